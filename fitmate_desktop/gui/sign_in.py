"""The sign-in window: the first thing a desk shows, while the database connects behind it.

It must appear fast (see ``app.py``), so this module imports no service, model or SQLAlchemy
code at import time; the service calls are imported inside the functions that run on the
worker thread, after the window is already on screen.

After a correct password the account may still owe steps (``Actor.ready`` is False): each is
a page of the same card, in this order:

1. ``second_factor == "enrol"`` (an admin without two-step sign-in): QR code and key, a code
   to confirm, then the recovery codes, shown once;
2. ``second_factor == "verify"``: the 6-digit code (or a recovery code);
3. ``must_change_password``: current, new and repeat.

Esc or "Back to sign-in" on a step ends that session (``auth.sign_out``) and returns to the
password with the email kept. Once the actor is ready, ``sig_signed_in(actor)`` is emitted.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from fitmate_desktop import __version__
from fitmate_desktop.gui.forms.ui_sign_in import Ui_SignInWindow
from fitmate_desktop.gui.panels.identity.enrolment import EnrolmentPage, RecoveryCodesPage
from fitmate_desktop.gui.panels.identity.password import ChangePasswordForm
from fitmate_desktop.gui.panels.identity.step import StepPage
from fitmate_desktop.gui.panels.identity.verify import VerifyPage
from fitmate_desktop.gui.style import (
    icon,
    icon_pixmap,
    muted_text_color,
    repolish,
    tone_colors,
)
from fitmate_desktop.gui.tasks import LatestOnly
from fitmate_desktop.gui.widgets.look import use_identity_style

if TYPE_CHECKING:
    from fitmate_desktop.services.auth import Actor
    from fitmate_desktop.services.twofactor import EnrolmentDone

log = logging.getLogger(__name__)

NOT_READY = "This account cannot finish signing in at this desk. Ask an administrator to check it."
GENERIC_FAILURE = (
    "Something went wrong while signing in. Try again; if it keeps happening, "
    "tell an administrator."
)


def _sign_out(actor: Actor) -> None:
    from fitmate_desktop.services.auth import sign_out

    sign_out(actor=actor)


def _end_session_quietly(actor: Actor) -> None:
    """End a half-finished sign-in's session row in the background (nobody waits for it)."""
    from fitmate_desktop.gui.tasks import run_in_background

    run_in_background(
        lambda: _sign_out(actor),
        on_done=lambda _result: None,
        on_error=lambda err: log.warning("Sign-out was not recorded: %s", err),
    )


class SignInWindow(QWidget):
    """Email + password, field errors under the fields, a general error line, and the state
    of the database connection at the bottom (with Retry when it failed); then the steps the
    account still owes (two-step sign-in, a new password), each a page of the same card.

    Emits ``sig_signed_in(actor)`` once the person is completely signed in (``actor.ready``),
    and ``sig_retry_connection`` when the user asks to try the database again.
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
        self._pending: Actor | None = None  # signed in with the password, steps still owed
        self._gym_name = "FitMate"

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
        self._build_steps()
        self.set_connecting()
        ui.emailEdit.setFocus()

    def _build_steps(self) -> None:
        stack = self.ui.stepStack
        self.enrol_page = EnrolmentPage(stack)
        self.codes_page = RecoveryCodesPage(stack)
        self.verify_page = VerifyPage(stack)
        self.password_page = ChangePasswordForm(stack, forced=True)
        self._steps: dict[str, QWidget] = {
            "password": self.ui.passwordPage,
            "enrol": self.enrol_page,
            "recovery_codes": self.codes_page,
            "verify": self.verify_page,
            "change_password": self.password_page,
        }
        for page in (self.enrol_page, self.codes_page, self.verify_page, self.password_page):
            stack.addWidget(page)
            page.sig_back.connect(self.back_to_sign_in)
        self.enrol_page.sig_enrolled.connect(self._on_enrolled)
        self.codes_page.sig_continue.connect(self._after_recovery_codes)
        self.verify_page.sig_verified.connect(self._advance)
        self.password_page.sig_changed.connect(self._advance)
        stack.currentChanged.connect(self._fit_to_step)
        # Links, codes and the QR frame of the step pages.
        use_identity_style(self)
        self._fit_to_step(stack.currentIndex())

    # -- the database connection line ------------------------------------------------------------

    def set_gym_name(self, name: str) -> None:
        """Show the gym's name under the app title once the database told us."""
        self._gym_name = name
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
        # the key event on to us, and handling both would submit twice. The step pages handle
        # their own keys; whatever they leave is not ours to act on.
        if self.current_step != "password":
            super().keyPressEvent(event)
            return
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
        self.ui.passwordEdit.clear()
        self._advance(actor)

    # -- the steps after the password ------------------------------------------------------------

    @property
    def current_step(self) -> str:
        """``password``, ``enrol``, ``recovery_codes``, ``verify`` or ``change_password``."""
        page = self.ui.stepStack.currentWidget()
        for name, widget in self._steps.items():
            if widget is page:
                return name
        return "password"

    @property
    def pending_actor(self) -> Actor | None:
        """The person between the password and the last step (None otherwise)."""
        return self._pending

    def _advance(self, actor: Actor) -> None:
        """Show the next step ``actor`` owes, or hand the ready actor over."""
        if actor.ready:
            self._pending = None
            self._show_step("password")
            self.sig_signed_in.emit(actor)
            return
        self._pending = actor
        # Identity first (the second factor), then the new password.
        if actor.second_factor == "enrol":
            self._show_step("enrol")
            self.enrol_page.start(actor)
        elif actor.second_factor == "verify":
            self._show_step("verify")
            self.verify_page.start(actor)
        elif actor.must_change_password:
            self._show_step("change_password")
            self.password_page.start(actor)
        else:
            # A state this window does not know: end the session rather than guess.
            self._pending = None
            self._show_step("password")
            self._set_form_error(NOT_READY)
            _end_session_quietly(actor)

    def _on_enrolled(self, done: EnrolmentDone) -> None:
        self._pending = done.actor
        self.codes_page.show_codes(
            done.recovery_codes, account=done.actor.email, gym=self._gym_name
        )
        self._show_step("recovery_codes")

    def _after_recovery_codes(self) -> None:
        if self._pending is not None:
            self._advance(self._pending)

    def back_to_sign_in(self) -> None:
        """Leave the steps: end that session and go back to the password, email kept."""
        actor, self._pending = self._pending, None
        self._show_step("password")
        if actor is not None:
            _end_session_quietly(actor)
        self._set_form_error("")
        self.ui.passwordEdit.clear()
        (self.ui.passwordEdit if self.ui.emailEdit.text() else self.ui.emailEdit).setFocus()

    def _show_step(self, name: str) -> None:
        page = self._steps[name]
        self.ui.stepStack.setCurrentWidget(page)
        if isinstance(page, StepPage):
            # After the page is shown: a hidden widget cannot take the focus.
            page.focus_first()

    def _fit_to_step(self, _index: int) -> None:
        # Qt gotcha: right after a page appears its layout has not run yet, and the height
        # asked for now can be far too tall. Measure once the pending layout requests ran.
        QTimer.singleShot(0, self._fit_now)

    def _fit_now(self) -> None:
        # The stack takes the size of the page on screen (StepStack); grow the window when a
        # step needs more room than the password did, never shrink it under the person.
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        # Word-wrapped labels make sizeHint() guess tall; the height for the actual width is
        # what the card needs.
        if layout.hasHeightForWidth():
            height = layout.totalHeightForWidth(self.width())
        else:
            height = layout.totalSizeHint().height()
        if height > self.height():
            self.resize(self.width(), height)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing the window half-way through the steps ends that session too.
        if self._pending is not None:
            actor, self._pending = self._pending, None
            _end_session_quietly(actor)
        super().closeEvent(event)

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
        if self._pending is not None:
            actor, self._pending = self._pending, None
            _end_session_quietly(actor)
        self._show_step("password")
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
