"""The sign-in window: the first thing a desk shows, while the database connects behind it.

It must appear fast (see ``app.py``), so this module imports no service, model or SQLAlchemy
code at import time; the service calls are imported inside the functions that run on the
worker thread, after the window is already on screen.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from fitmate_desktop import __version__
from fitmate_desktop.gui.forms.ui_sign_in import Ui_SignInWindow
from fitmate_desktop.gui.style import (
    icon,
    icon_pixmap,
    muted_text_color,
    repolish,
    tone_colors,
)
from fitmate_desktop.gui.tasks import LatestOnly

if TYPE_CHECKING:
    from fitmate_desktop.services.auth import Actor

log = logging.getLogger(__name__)

NOT_READY = (
    "This account must finish setting up (two-step sign-in or a new password) before it "
    "can be used at this desk. Ask an administrator."
)
GENERIC_FAILURE = (
    "Something went wrong while signing in. Try again; if it keeps happening, "
    "tell an administrator."
)


def _sign_out(actor: Actor) -> None:
    from fitmate_desktop.services.auth import sign_out

    sign_out(actor=actor)


class SignInWindow(QWidget):
    """Email + password, field errors under the fields, a general error line, and the state
    of the database connection at the bottom (with Retry when it failed).

    Emits ``sig_signed_in(actor)`` once the service accepted the person, and
    ``sig_retry_connection`` when the user asks to try the database again.
    """

    sig_signed_in = Signal(object)
    sig_retry_connection = Signal()

    def __init__(
        self, *, workstation: str, site_code: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SignInWindow()
        self.ui.setupUi(self)
        self._workstation = workstation
        self._site_code = site_code
        self._connection = "connecting"  # connecting | ready | failed | blocked
        self._busy = False
        self._waiting_for_connection = False
        self._sign_in = LatestOnly(self)

        ui = self.ui
        ui.logoLabel.setPixmap(icon("fitmate", tinted=False).pixmap(64, 64))
        ui.versionLabel.setText(f"FitMate {__version__} · Desk {workstation}")
        ui.emailEdit.addAction(icon("mail"), QLineEdit.ActionPosition.LeadingPosition)
        ui.passwordEdit.addAction(icon("lock"), QLineEdit.ActionPosition.LeadingPosition)
        ui.retryButton.setIcon(icon("refresh"))
        ui.retryButton.setVisible(False)
        ui.formError.setVisible(False)
        ui.busyLabel.setText("Signing in…")

        # Keep the place of the error lines and the busy row even when they are empty or
        # hidden, so the card does not jump while the person is typing.
        for widget in (ui.busyRow, ui.emailError, ui.passwordError):
            policy = widget.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            widget.setSizePolicy(policy)
        ui.busyRow.setVisible(False)
        self._set_field_error("email", "")
        self._set_field_error("password", "")

        ui.signInButton.clicked.connect(self.submit)
        ui.retryButton.clicked.connect(self._on_retry)
        ui.emailEdit.textEdited.connect(lambda _text: self._set_field_error("email", ""))
        ui.passwordEdit.textEdited.connect(lambda _text: self._set_field_error("password", ""))
        self.set_connecting()
        ui.emailEdit.setFocus()

    # -- the database connection line ------------------------------------------------------------

    def set_gym_name(self, name: str) -> None:
        """Show the gym's name under the app title once the database told us."""
        self.ui.gymLabel.setText(name)
        self.setWindowTitle(f"FitMate — {name} — Sign in")

    def set_connecting(self, text: str = "Connecting to the database…") -> None:
        """Show that the database is still being reached (or started)."""
        self._connection = "connecting"
        self._show_connection(text, "clock", None, retry=False)
        self._update_enabled()

    def set_connected(self, database_label: str) -> None:
        """The database answered; signing in is possible."""
        self._connection = "ready"
        self._show_connection(f"Connected: {database_label}", "status-active", "ok", retry=False)
        self._update_enabled()
        if self._waiting_for_connection:
            self._waiting_for_connection = False
            self._set_busy(False)
            self.submit()

    def set_connection_failed(self, message: str) -> None:
        """The database could not be reached: say why (no traceback) and offer Retry."""
        self._connection = "failed"
        self._show_connection(message, "warning", "bad", retry=True)
        self._cancel_waiting()
        self._update_enabled()

    def set_blocked(self, message: str) -> None:
        """Connected, but this program may not be used on it (e.g. the schema is older)."""
        self._connection = "blocked"
        self._show_connection(message, "alert", "warn", retry=True)
        self._cancel_waiting()
        self._update_enabled()

    @property
    def connection_state(self) -> str:
        """``connecting``, ``ready``, ``failed`` or ``blocked``."""
        return self._connection

    def _show_connection(self, text: str, icon_name: str, tone: str | None, *, retry: bool) -> None:
        ui = self.ui
        color = tone_colors(tone)[1] if tone else muted_text_color()
        ui.connectionIcon.setPixmap(icon_pixmap(icon_name, 16, color=color))
        ui.connectionLabel.setText(text)
        ui.connectionLabel.setStyleSheet(f"color: {color.name()};" if tone else "")
        ui.retryButton.setVisible(retry)

    def _cancel_waiting(self) -> None:
        if self._waiting_for_connection:
            self._waiting_for_connection = False
            self._set_busy(False)

    def _on_retry(self) -> None:
        self.set_connecting()
        self.sig_retry_connection.emit()

    # -- signing in ------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter anywhere signs in. Not via QLineEdit.returnPressed: the line edit also passes
        # the key event on to us, and handling both would submit twice.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.focusWidget() is self.ui.emailEdit and not self.ui.passwordEdit.text():
                self.ui.passwordEdit.setFocus()
            else:
                self.submit()
            event.accept()
            return
        super().keyPressEvent(event)

    def submit(self) -> None:
        """Check the fields, then ask the auth service (off the GUI thread)."""
        if self._busy or self._connection in ("failed", "blocked"):
            return
        ui = self.ui
        email = ui.emailEdit.text().strip()
        password = ui.passwordEdit.text()
        self._set_form_error("")
        # Empty fields are answered at once, both at the same time; the service checks
        # everything again (format, the account) and its messages go to the same places.
        missing_email = "" if email else "Enter your email address."
        missing_password = "" if password else "Enter your password."
        self._set_field_error("email", missing_email)
        self._set_field_error("password", missing_password)
        if missing_email or missing_password:
            (ui.emailEdit if missing_email else ui.passwordEdit).setFocus()
            return
        if self._connection == "connecting":
            # Typed faster than the database started: sign in as soon as it is ready.
            self._waiting_for_connection = True
            self._set_busy(True, "Waiting for the database…")
            return

        self._set_busy(True, "Signing in…")
        workstation, site_code = self._workstation, self._site_code

        def work() -> Actor:
            from fitmate_desktop.services.auth import sign_in

            if site_code is None:
                return sign_in(email=email, password=password, workstation=workstation)
            return sign_in(
                email=email, password=password, workstation=workstation, site_code=site_code
            )

        self._sign_in.run(work, on_done=self._on_signed_in, on_error=self._on_failed)

    def _on_signed_in(self, actor: Actor) -> None:
        self._set_busy(False)
        if not getattr(actor, "ready", True):
            # The password was right, but the account owes a step this window cannot take
            # yet (two-step sign-in, a forced password change). Say so and end the session
            # instead of opening a main window in which the person may do nothing.
            self._set_form_error(NOT_READY)
            self.ui.passwordEdit.clear()
            self.ui.passwordEdit.setFocus()
            self._sign_in.run(lambda: _sign_out(actor), on_done=lambda _r: None)
            return
        self.ui.passwordEdit.clear()
        self.sig_signed_in.emit(actor)

    def _on_failed(self, err: BaseException) -> None:
        from fitmate_desktop.services.errors import (
            AuthenticationFailed,
            ServiceError,
            ValidationError,
        )

        self._set_busy(False)
        ui = self.ui
        if isinstance(err, ValidationError) and err.field in ("email", "password"):
            self._set_field_error(err.field, str(err))
            edit = ui.emailEdit if err.field == "email" else ui.passwordEdit
            edit.setFocus()
            edit.selectAll()
        elif isinstance(err, AuthenticationFailed):
            # Keep the email, clear the password: the usual mistake is the password.
            self._set_form_error(str(err))
            ui.passwordEdit.clear()
            ui.passwordEdit.setFocus()
        elif isinstance(err, ServiceError):
            self._set_form_error(str(err))
        else:
            log.error("Sign-in failed unexpectedly", exc_info=err)
            self._set_form_error(GENERIC_FAILURE)

    def reset(self, *, email: str = "") -> None:
        """Ready for the next person (after sign-out): email kept, password empty."""
        self._sign_in.cancel()
        self._set_busy(False)
        self._set_form_error("")
        self._set_field_error("email", "")
        self._set_field_error("password", "")
        if email:
            self.ui.emailEdit.setText(email)
        self.ui.passwordEdit.clear()
        (self.ui.passwordEdit if self.ui.emailEdit.text() else self.ui.emailEdit).setFocus()

    # -- helpers ---------------------------------------------------------------------------------

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        self.ui.busyRow.setVisible(busy)
        if text:
            self.ui.busyLabel.setText(text)
        self._update_enabled()

    def _update_enabled(self) -> None:
        ui = self.ui
        ui.emailEdit.setReadOnly(self._busy)
        ui.passwordEdit.setReadOnly(self._busy)
        ui.signInButton.setEnabled(not self._busy and self._connection in ("ready", "connecting"))

    def _set_field_error(self, field: str, message: str) -> None:
        label: QLabel = self.ui.emailError if field == "email" else self.ui.passwordError
        edit: QLineEdit = self.ui.emailEdit if field == "email" else self.ui.passwordEdit
        label.setText(message)
        label.setVisible(bool(message))
        if bool(edit.property("invalid")) != bool(message):
            edit.setProperty("invalid", bool(message))
            repolish(edit)
        # Screen readers announce the field with its error.
        edit.setAccessibleDescription(message)

    def _set_form_error(self, message: str) -> None:
        self.ui.formError.setText(message)
        self.ui.formError.setVisible(bool(message))

    def field_error(self, field: str) -> str:
        """The error under ``field`` (tests read it)."""
        label = self.ui.emailError if field == "email" else self.ui.passwordError
        return label.text() if label.isVisibleTo(self) else ""

    def form_error(self) -> str:
        """The general error line (tests read it)."""
        return self.ui.formError.text() if self.ui.formError.isVisibleTo(self) else ""

    @property
    def busy(self) -> bool:
        """True while signing in (or waiting for the database to sign in)."""
        return self._busy
