"""Changing one's own password: forced after an admin's reset, or from My account.

Current, new and repeat, with the rules shown under them. The repeat is checked here (it never
reaches the service); everything else is the service's decision (``auth.change_password``),
and its messages go under the field they are about. What was typed stays, except the
passwords a wrong answer makes useless.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget

from fitmate_desktop.gui.forms.ui_change_password import Ui_ChangePasswordForm
from fitmate_desktop.gui.panels.identity.step import StepPage
from fitmate_desktop.gui.tasks import LatestOnly
from fitmate_desktop.gui.widgets.form_support import FieldErrors

if TYPE_CHECKING:
    from fitmate_desktop.services.actor import Actor

RULES = (
    "At least 10 characters; not a common password and not your email address. A short "
    "sentence is easy to remember and hard to guess."
)
REPEAT_DIFFERS = "The two new passwords are not the same."


class ChangePasswordForm(StepPage):
    """The three password fields; ``sig_changed(actor)`` with the actor the service returned.

    ``forced=True`` (sign-in): titled "Choose a new password", with "Back to sign-in".
    ``forced=False`` (My account): titled "Change password", no Back, cleared after success.
    """

    sig_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, forced: bool = True) -> None:
        super().__init__(parent)
        self.ui = Ui_ChangePasswordForm()
        self.ui.setupUi(self)
        self._forced = forced
        self._actor: Actor | None = None
        self._task = LatestOnly(self)
        ui = self.ui
        self._setup_step(
            busy_row=ui.busyRow,
            busy_label=ui.busyLabel,
            back_button=ui.backButton,
            inputs=(ui.currentEdit, ui.newEdit, ui.repeatEdit),
        )
        self.errors = FieldErrors(ui.formError)
        self.errors.bind("current_password", ui.currentError, ui.currentEdit)
        self.errors.bind("new_password", ui.newError, ui.newEdit)
        self.errors.bind("repeat", ui.repeatError, ui.repeatEdit)
        ui.rulesLabel.setText(RULES)
        ui.saveButton.clicked.connect(self.submit)
        self.set_mode(forced=forced)

    def set_mode(self, *, forced: bool) -> None:
        """Forced (sign-in, after a reset) or by choice (My account); see the class docstring.

        The form is also a promoted widget of My account's Designer form, which builds it with
        the defaults and then calls this.
        """
        ui = self.ui
        self._forced = forced
        self.back_allowed = forced
        for widget in (ui.titleLabel, ui.accountLabel, ui.introLabel, ui.backButton):
            widget.setVisible(forced)
        # In a card of My account a reserved empty row under the button would look like a gap.
        policy = ui.busyRow.sizePolicy()
        policy.setRetainSizeWhenHidden(forced)
        ui.busyRow.setSizePolicy(policy)
        if forced:
            ui.titleLabel.setText("Choose a new password")
            ui.introLabel.setText(
                "An administrator set a temporary password for this account. Choose your own "
                "before you continue; nobody else will know it."
            )
            ui.currentLabel.setText("&Temporary password")
            ui.currentEdit.setPlaceholderText("The password you just signed in with")
            ui.saveButton.setText("Save and continue")
        else:
            ui.currentLabel.setText("&Current password")
            ui.currentEdit.setPlaceholderText("The password you signed in with")
            ui.saveButton.setText("Change password")

    def start(self, actor: Actor) -> None:
        """Empty fields, ready for ``actor``."""
        self._actor = actor
        self._task.cancel()
        self.set_busy(False)
        self.errors.clear()
        self.ui.accountLabel.setText(actor.email)
        for edit in (self.ui.currentEdit, self.ui.newEdit, self.ui.repeatEdit):
            edit.clear()
        if self._forced:
            self.ui.currentEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_actor(self, actor: Actor) -> None:
        """Whose password this form changes (My account sets it once)."""
        self._actor = actor

    def submit(self) -> None:
        """Check the repeat here, then ask the service (on a worker)."""
        if self.busy or self._actor is None:
            return
        ui = self.ui
        current, new, repeat = ui.currentEdit.text(), ui.newEdit.text(), ui.repeatEdit.text()
        self.errors.clear()
        missing = False
        if not current:
            self.errors.show_field("current_password", "Enter your current password.")
            missing = True
        if not new:
            self.errors.show_field("new_password", "Choose a new password.", focus=not missing)
            missing = True
        elif new != repeat:
            self.errors.show_field("repeat", REPEAT_DIFFERS, focus=not missing)
            missing = True
        if missing:
            return
        actor = self._actor
        self.set_busy(True, "Saving your password…")

        def work() -> Actor:
            from fitmate_desktop.services.auth import change_password

            return change_password(actor=actor, current_password=current, new_password=new)

        self._task.run(work, on_done=self._changed, on_error=self._failed)

    def _changed(self, actor: Actor) -> None:
        self.set_busy(False)
        self._actor = actor
        for edit in (self.ui.currentEdit, self.ui.newEdit, self.ui.repeatEdit):
            edit.clear()
        self.sig_changed.emit(actor)

    def _failed(self, err: BaseException) -> None:
        from fitmate_desktop.services.errors import ValidationError

        self.set_busy(False)
        if isinstance(err, ValidationError) and err.field == "current_password":
            self.ui.currentEdit.clear()
        elif isinstance(err, ValidationError) and err.field == "new_password":
            # The repeat must be typed again along with the new one.
            self.ui.repeatEdit.clear()
        self.errors.show(err)

    def message(self, field: str) -> str:
        """The error under ``field`` (tests read it)."""
        return self.errors.message(field)
