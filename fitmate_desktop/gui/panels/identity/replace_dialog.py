"""Replacing (or setting up) one's own two-step sign-in from My account, in a dialog.

The same two pages as the first sign-in: the QR code and key with a code to confirm, then the
new recovery codes, shown once. Cancel before confirming leaves the current enrolment as it
was (the service stores nothing until a correct code arrives).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from fitmate_desktop.gui.panels.identity.enrolment import EnrolmentPage, RecoveryCodesPage
from fitmate_desktop.gui.panels.identity.step import StepStack
from fitmate_desktop.gui.widgets.look import use_identity_style

if TYPE_CHECKING:
    from fitmate_desktop.services.actor import Actor
    from fitmate_desktop.services.twofactor import EnrolmentDone


class ReplaceTwoFactorDialog(QDialog):
    """Enrolment then recovery codes; ``sig_replaced(codes_count)`` once the codes were saved."""

    sig_replaced = Signal(int)

    def __init__(self, actor: Actor, parent: QWidget, *, gym: str = "FitMate") -> None:
        super().__init__(parent)
        self.setWindowTitle("Two-step sign-in")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        use_identity_style(self)
        self._actor = actor
        self._gym = gym
        self._enrolled = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 20)
        self.stack = StepStack(self)
        layout.addWidget(self.stack)
        self.enrol_page = EnrolmentPage(self.stack, replacing=True)
        self.codes_page = RecoveryCodesPage(self.stack)
        self.stack.addWidget(self.enrol_page)
        self.stack.addWidget(self.codes_page)
        self.enrol_page.sig_back.connect(self.reject)
        self.enrol_page.sig_enrolled.connect(self._on_enrolled)
        self.codes_page.sig_continue.connect(self._done)
        self.setMinimumWidth(440)
        self.enrol_page.start(actor)

    @property
    def enrolled(self) -> bool:
        """True once the new enrolment is stored (the codes page is showing)."""
        return self._enrolled

    def _on_enrolled(self, done: EnrolmentDone) -> None:
        self._enrolled = True
        self.codes_page.show_codes(done.recovery_codes, account=self._actor.email, gym=self._gym)
        self.stack.setCurrentWidget(self.codes_page)
        self.codes_page.focus_first()
        self.adjustSize()

    def _done(self) -> None:
        self.sig_replaced.emit(len(self.codes_page.codes))
        self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Qt gotcha: QDialog closes on Esc by itself. Once the new codes exist, leaving
        # without confirming they were saved would lose them unseen: Esc does nothing then.
        if event.key() == Qt.Key.Key_Escape and self._enrolled:
            event.accept()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        # Also what the window's close button does (QDialog.closeEvent rejects).
        if self._enrolled:
            # Closing the window after enrolment counts as done: the codes were on screen.
            self._done()
            return
        super().reject()
