"""The Users & roles dialogs: a new account or its details, and a temporary password.

Both are window-modal and opened with ``open()`` (never ``exec()``), so nothing blocks: the
service runs on a worker, errors appear next to their field with everything typed kept, and
the dialog closes (``accepted``) only once the service said yes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from fitmate_desktop.gui.forms.ui_account_dialog import Ui_AccountDialog
from fitmate_desktop.gui.forms.ui_reset_password_dialog import Ui_ResetPasswordDialog
from fitmate_desktop.gui.panels.users.models import ROLE_HINTS, ROLE_TITLES
from fitmate_desktop.gui.style import icon, repolish
from fitmate_desktop.gui.tasks import LatestOnly
from fitmate_desktop.gui.widgets.form_support import FieldErrors
from fitmate_desktop.gui.widgets.look import (
    level_labels,
    mark_invalid,
    temporary_password,
    use_identity_style,
)
from fitmate_desktop.services.errors import Conflict

if TYPE_CHECKING:
    from fitmate_desktop.services.accounts import Account
    from fitmate_desktop.services.actor import Actor


class AccountDialog(QDialog):
    """New account (name, email, phone, role, temporary password) or Edit (no password).

    ``sig_saved(user_id, full_name)`` after the service saved it.
    """

    sig_saved = Signal(int, str)

    def __init__(self, actor: Actor, parent: QWidget, *, account: Account | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AccountDialog()
        self.ui.setupUi(self)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        use_identity_style(self)
        self._actor = actor
        self._account = account
        self._task = LatestOnly(self)
        ui = self.ui
        self.errors = FieldErrors(ui.formError)
        self.errors.bind("full_name", ui.nameError, ui.nameEdit)
        self.errors.bind("email", ui.emailError, ui.emailEdit)
        self.errors.bind("phone", ui.phoneError, ui.phoneEdit)
        self.errors.bind("role", ui.roleError, ui.roleCombo)
        self.errors.bind("password", ui.passwordError, ui.passwordEdit)
        for role, title in ROLE_TITLES.items():
            ui.roleCombo.addItem(title, role)
        ui.roleCombo.currentIndexChanged.connect(self._show_role_hint)
        ui.roleCombo.currentIndexChanged.connect(
            lambda _i: mark_invalid(ui.roleCombo, bool(self.errors.message("role")))
        )
        ui.generateButton.setIcon(icon("key"))
        ui.generateButton.clicked.connect(self._generate)
        self._save_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self._save_button.setProperty("primary", True)
        repolish(self._save_button)
        level_labels(ui.nameLabel, ui.emailLabel, ui.phoneLabel, ui.passwordLabel)
        level_labels(ui.roleLabel, box=True)
        ui.buttonBox.accepted.connect(self.submit)
        ui.buttonBox.rejected.connect(self.reject)

        if account is None:
            self.setWindowTitle("New account")
            ui.introLabel.setText(
                "A staff account for this program. Members are registered in Members, not here."
            )
            ui.roleCombo.setCurrentIndex(ui.roleCombo.findData("RECEPTION"))
            self._save_button.setText("Create account")
        else:
            self.setWindowTitle(f"Edit {account.full_name}")
            ui.introLabel.setText("Changes are recorded in the audit log with who made them.")
            ui.nameEdit.setText(account.full_name)
            ui.emailEdit.setText(account.email)
            ui.phoneEdit.setText(account.phone or "")
            ui.roleCombo.setCurrentIndex(max(0, ui.roleCombo.findData(account.role)))
            for widget in (ui.passwordLabel, ui.passwordEdit, ui.generateButton, ui.passwordHint):
                widget.setVisible(False)
            self._save_button.setText("Save changes")
        self._show_role_hint()
        ui.nameEdit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.resize(max(self.width(), 520), self.sizeHint().height())

    def _show_role_hint(self) -> None:
        self.ui.roleHint.setText(ROLE_HINTS.get(str(self.ui.roleCombo.currentData()), ""))

    def _generate(self) -> None:
        self.ui.passwordEdit.setText(temporary_password())
        self.errors.clear_field("password")
        self.ui.passwordEdit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.ui.passwordEdit.selectAll()

    def submit(self) -> None:
        """Send the form to the service (on a worker); errors come back next to the fields."""
        if self._task.busy:
            return
        ui = self.ui
        name = ui.nameEdit.text().strip()
        email = ui.emailEdit.text().strip()
        phone = ui.phoneEdit.text().strip()
        role = str(ui.roleCombo.currentData())
        password = ui.passwordEdit.text()
        self.errors.clear()
        mark_invalid(ui.roleCombo, False)
        actor, account = self._actor, self._account
        self._save_button.setEnabled(False)

        def work() -> tuple[int, str]:
            if account is None:
                from fitmate_desktop.services.users import create_user

                created = create_user(
                    actor=actor,
                    email=email,
                    full_name=name,
                    role=role,
                    password=password,
                    phone=phone,
                    must_change_password=True,
                )
                return created.id, created.full_name
            from fitmate_desktop.services.accounts import update_account

            update_account(
                actor=actor,
                user_id=account.id,
                full_name=name,
                email=email,
                role=role,
                phone=phone,
            )
            return account.id, name

        self._task.run(work, on_done=self._saved, on_error=self._failed)

    def _saved(self, result: tuple[int, str]) -> None:
        self._save_button.setEnabled(True)
        user_id, name = result
        self.sig_saved.emit(user_id, name)
        self.accept()

    def _failed(self, err: BaseException) -> None:
        self._save_button.setEnabled(True)
        if isinstance(err, Conflict):
            # The only conflict here is an email someone else already has.
            self.errors.show_field("email", str(err))
            return
        self.errors.show(err)
        if self.errors.message("role"):
            mark_invalid(self.ui.roleCombo, True)


class ResetPasswordDialog(QDialog):
    """A temporary password for one person; they must choose their own at the next sign-in.

    ``sig_done(user_id, full_name)`` after the service set it.
    """

    sig_done = Signal(int, str)

    def __init__(self, actor: Actor, account: Account, parent: QWidget) -> None:
        super().__init__(parent)
        self.ui = Ui_ResetPasswordDialog()
        self.ui.setupUi(self)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        use_identity_style(self)
        self._actor = actor
        self._account = account
        self._task = LatestOnly(self)
        ui = self.ui
        self.setWindowTitle(f"Reset the password of {account.full_name}")
        ui.introLabel.setText(
            f"Give {account.full_name} a temporary password. Their current password stops "
            "working now, and they choose a new one at their next sign-in."
        )
        self.errors = FieldErrors(ui.formError)
        self.errors.bind("password", ui.passwordError, ui.passwordEdit)
        ui.generateButton.setIcon(icon("key"))
        ui.generateButton.clicked.connect(self._generate)
        self._ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setText("Reset password")
        self._ok.setProperty("primary", True)
        repolish(self._ok)
        ui.buttonBox.accepted.connect(self.submit)
        ui.buttonBox.rejected.connect(self.reject)
        ui.passwordEdit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.resize(max(self.width(), 480), self.sizeHint().height())

    def _generate(self) -> None:
        self.ui.passwordEdit.setText(temporary_password())
        self.errors.clear_field("password")
        self.ui.passwordEdit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.ui.passwordEdit.selectAll()

    def submit(self) -> None:
        """Set the temporary password (on a worker)."""
        if self._task.busy:
            return
        password = self.ui.passwordEdit.text()
        self.errors.clear()
        if not password:
            self.errors.show_field("password", "Type a temporary password, or press Generate.")
            return
        actor, account = self._actor, self._account
        self._ok.setEnabled(False)

        def work() -> None:
            from fitmate_desktop.services.accounts import reset_password

            reset_password(actor=actor, user_id=account.id, temporary_password=password)

        self._task.run(work, on_done=self._done, on_error=self._failed)

    def _done(self, _result: object) -> None:
        self._ok.setEnabled(True)
        self.sig_done.emit(self._account.id, self._account.full_name)
        self.accept()

    def _failed(self, err: BaseException) -> None:
        self._ok.setEnabled(True)
        self.errors.show(err)
