"""The second step of an enrolled admin's sign-in: a 6-digit code, or a recovery code."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget

from fitmate_desktop.gui.forms.ui_two_factor_verify import Ui_TwoFactorVerifyPage
from fitmate_desktop.gui.panels.identity.step import StepPage
from fitmate_desktop.gui.tasks import LatestOnly
from fitmate_desktop.gui.widgets.form_support import FieldErrors
from fitmate_desktop.gui.widgets.look import monospace_font

if TYPE_CHECKING:
    from fitmate_desktop.services.actor import Actor

CODE_MISSING = "Type the 6-digit code from your authenticator app, or a recovery code."


class VerifyPage(StepPage):
    """One field for the code. A wrong, expired or reused code is refused under the field.

    ``start(actor)``; ``sig_verified(actor)`` with the actor the service returned.
    """

    sig_verified = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_TwoFactorVerifyPage()
        self.ui.setupUi(self)
        self._actor: Actor | None = None
        self._task = LatestOnly(self)
        ui = self.ui
        self._setup_step(
            busy_row=ui.busyRow,
            busy_label=ui.busyLabel,
            back_button=ui.backButton,
            inputs=(ui.codeEdit,),
        )
        self.errors = FieldErrors(ui.formError)
        self.errors.bind("code", ui.codeError, ui.codeEdit)
        ui.titleLabel.setText("Two-step sign-in")
        ui.introLabel.setText(
            "Open the authenticator app on your phone and type the 6-digit code for FitMate. "
            "Lost your phone? Type one of your recovery codes instead."
        )
        ui.codeEdit.setFont(monospace_font(13))
        ui.verifyButton.clicked.connect(self.submit)

    def start(self, actor: Actor) -> None:
        """Ready for ``actor``'s code."""
        self._actor = actor
        self._task.cancel()
        self.set_busy(False)
        self.errors.clear()
        self.ui.accountLabel.setText(actor.email)
        self.ui.codeEdit.clear()
        self.ui.codeEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def submit(self) -> None:
        """Check the code (on a worker)."""
        if self.busy or self._actor is None:
            return
        code = self.ui.codeEdit.text().strip()
        self.errors.clear()
        if not code:
            self.errors.show_field("code", CODE_MISSING)
            return
        actor = self._actor
        self.set_busy(True, "Checking the code…")

        def work() -> Actor:
            from fitmate_desktop.services.twofactor import verify_second_factor

            return verify_second_factor(actor=actor, code=code)

        self._task.run(work, on_done=self._verified, on_error=self._failed)

    def _verified(self, actor: Actor) -> None:
        self.set_busy(False)
        self.ui.codeEdit.clear()
        self.sig_verified.emit(actor)

    def _failed(self, err: BaseException) -> None:
        from fitmate_desktop.services.errors import AuthenticationFailed

        self.set_busy(False)
        if isinstance(err, AuthenticationFailed):
            # Wrong, expired or already used: the message belongs to the code the person typed.
            self.errors.show_field("code", str(err))
        else:
            self.errors.show(err)
