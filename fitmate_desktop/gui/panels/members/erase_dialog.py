"""Erase a member's personal data on their request: irreversible, so it says everything first.

The dialog shows the service's preview (``data_rights.erasure_preview``): what is removed for
good, what is kept without personal details (payments, visits, the audit trail), and, in
words, what stops the erasure now (a running or unpaid membership, a visit in progress). The
admin writes a reason and types the confirmation text (``ERASE FM0001``) exactly; only then,
and only if nothing blocks it, is the red "Erase permanently" button enabled. The service
checks all of it again; its refusals come back next to the field they concern.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from fitmate_desktop.gui.context import GuiContext
from fitmate_desktop.gui.forms.ui_member_erase_dialog import Ui_MemberEraseDialog
from fitmate_desktop.gui.style import set_tone, tone_colors
from fitmate_desktop.gui.tasks import run_in_background
from fitmate_desktop.gui.widgets.form_support import FieldErrors
from fitmate_desktop.services import data_rights
from fitmate_desktop.services.data_rights import ErasurePreview, ErasureRefused, ErasureResult
from fitmate_desktop.services.errors import Unavailable

NOT_SENT = (
    "Not erased — the database could not be reached. Nothing was changed; try again when the "
    "connection is back."
)


def _count(rows: int) -> str:
    return f"{rows:,} record" + ("" if rows == 1 else "s")


def removed_lines(preview: ErasurePreview) -> list[str]:
    """What the erasure deletes, one line per kind of record the member has."""
    return [
        f"• {s.label}: {_count(s.rows)}"
        for s in preview.steps
        if s.action == "deleted" and s.rows > 0
    ]


def kept_lines(preview: ErasurePreview) -> list[str]:
    """What stays (anonymised, redacted or kept), with why, one line per kind of record."""
    return [
        f"• {s.label} ({_count(s.rows)}): {s.why.replace('<id>', str(preview.member_id))}"
        for s in preview.steps
        if s.action != "deleted" and s.rows > 0
    ]


class MemberEraseDialog(QDialog):
    """Erases the member of ``preview``; ``sig_erased(ErasureResult)`` when it is done."""

    sig_erased = Signal(object)

    def __init__(
        self,
        context: GuiContext,
        member_name: str,
        preview: ErasurePreview,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_MemberEraseDialog()
        self.ui.setupUi(self)
        self.context = context
        self.preview = preview
        self.member_name = member_name
        self.state = "editing"  # editing | sending | done
        self.outcome: ErasureResult | None = None
        ui = self.ui
        code = preview.member_code

        self.setWindowTitle(f"Erase member — {member_name} ({code})")
        self.setMinimumWidth(760)
        ui.titleLabel.setText(f"Erase {member_name}’s personal data ({code})")
        ui.introLabel.setText(
            "For a member who asked to be forgotten. This cannot be undone: there is no "
            f"restore and no copy. They stay in the accounts as “Erased member "
            f"{preview.member_id}”. Export their data first if they asked for a copy."
        )
        removed = removed_lines(preview)
        ui.removedList.setText(
            "\n".join(removed) if removed else "Nothing but their personal details."
        )
        ui.keptList.setText("\n".join(kept_lines(preview)))
        ui.confirmEdit.setPlaceholderText(preview.confirmation_text)
        ui.confirmHint.setText(f"Type {preview.confirmation_text} exactly, capitals included.")
        ui.statusLabel.setVisible(False)

        self.errors = FieldErrors(ui.formError)
        self.errors.bind("reason", ui.reasonError, ui.reasonEdit)
        self.errors.bind("confirmation", ui.confirmError, ui.confirmEdit)

        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        self._style_erase_button()
        ui.eraseButton.clicked.connect(self.erase)
        ui.cancelButton.clicked.connect(self.reject)
        # Enter moves from the reason to the confirmation, and there erases only once the text
        # is typed exactly (the typed text is the safety); it never presses a default button.
        ui.reasonEdit.returnPressed.connect(lambda: ui.confirmEdit.setFocus())
        ui.confirmEdit.returnPressed.connect(self.erase)
        ui.reasonEdit.textChanged.connect(self._update)
        ui.confirmEdit.textChanged.connect(self._update)
        self.show_blockers(preview.blockers)
        ui.reasonEdit.setFocus()

    def _style_erase_button(self) -> None:
        # Red, from the palette's "bad" tone (light and dark), like no other button here.
        bg, fg = tone_colors("bad")
        self.ui.eraseButton.setStyleSheet(
            f"QPushButton {{ background: {fg.name()}; color: {bg.name()};"
            f" border: 1px solid {fg.name()}; border-radius: 6px; padding: 7px 18px;"
            " font-weight: 600; min-height: 20px; }"
            "QPushButton:disabled { background: palette(button); color: palette(mid);"
            " border-color: palette(mid); }"
        )

    # -- state -----------------------------------------------------------------------------------

    def show_blockers(self, blockers: tuple[str, ...]) -> None:
        """Say what stops the erasure (nothing: the band is hidden)."""
        label = self.ui.blockersLabel
        self.blockers = blockers
        if blockers:
            label.setText(
                "This member cannot be erased yet:\n" + "\n".join(f"• {b}" for b in blockers)
            )
            set_tone(label, "bad")
        label.setVisible(bool(blockers))
        for edit in (self.ui.reasonEdit, self.ui.confirmEdit):
            edit.setEnabled(not blockers)
        self._update()

    def ready(self) -> bool:
        """Nothing blocks it, a reason is written and the confirmation typed exactly."""
        ui = self.ui
        return (
            not self.blockers
            and self.state == "editing"
            and bool(ui.reasonEdit.text().strip())
            and ui.confirmEdit.text().strip() == self.preview.confirmation_text
        )

    def _update(self) -> None:
        ui = self.ui
        ui.eraseButton.setEnabled(self.ready())
        typed = ui.confirmEdit.text().strip()
        expected = self.preview.confirmation_text
        if typed and not expected.startswith(typed):
            self.errors.show_field(
                "confirmation", f"That is not {expected}. Type it exactly.", focus=False
            )
        elif self.errors.message("confirmation").startswith("That is not"):
            self.errors.clear_field("confirmation")
        # The hint and the error share the place under the field: one line, never both.
        ui.confirmHint.setVisible(not self.errors.message("confirmation"))
        self._fit()

    def _fit(self) -> None:
        """Grow when an error line appears, rather than squeeze the lists above it."""
        layout = self.ui.dialogLayout
        layout.activate()
        if layout.hasHeightForWidth():
            needed = layout.totalHeightForWidth(self.width())
        else:
            needed = layout.totalSizeHint().height()
        if needed > self.height():
            self.resize(self.width(), needed)

    # -- erasing ---------------------------------------------------------------------------------

    def erase(self) -> None:
        """Erase, if everything is filled in (the service checks it all again)."""
        if not self.ready():
            return
        self.errors.clear()
        self.state = "sending"
        self._lock(True)
        self._status("info", "Erasing…")
        ui = self.ui
        actor, member_id = self.context.actor, self.preview.member_id
        confirmation, reason = ui.confirmEdit.text().strip(), ui.reasonEdit.text().strip()
        run_in_background(
            lambda: data_rights.erase_member(
                actor=actor, member_id=member_id, confirmation=confirmation, reason=reason
            ),
            on_done=self._erased,
            on_error=self._failed,
            parent=self,
        )

    def _failed(self, err: BaseException) -> None:
        self.state = "editing"
        self._lock(False)
        self.ui.statusLabel.setVisible(False)
        if isinstance(err, ErasureRefused):
            # Something changed since the preview (a membership sold at the desk meanwhile).
            self.show_blockers(err.blockers)
        elif isinstance(err, Unavailable):
            self.errors.show_form(NOT_SENT)
        else:
            # A field's refusal (a name in the reason) next to it; anything else in words.
            self.errors.show(err)
        self._update()

    def _erased(self, result: ErasureResult) -> None:
        self.state = "done"
        self.outcome = result
        self.sig_erased.emit(result)
        self.accept()

    def _lock(self, locked: bool) -> None:
        ui = self.ui
        ui.reasonEdit.setEnabled(not locked)
        ui.confirmEdit.setEnabled(not locked)
        ui.eraseButton.setEnabled(not locked and self.ready())

    def _status(self, tone: str, text: str) -> None:
        label = self.ui.statusLabel
        label.setText(text)
        label.setStyleSheet(f"color: {tone_colors(tone)[1].name()};")
        label.setVisible(True)

    def reject(self) -> None:
        if self.state == "sending":
            self._status("info", "Waiting for the database to answer…")
            return
        super().reject()
