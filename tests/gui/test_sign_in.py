"""The sign-in window and the way from it into the main window and back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from fitmate_desktop.app import SCHEMA_TOO_OLD
from fitmate_desktop.gui.context import ConnectionFailed, ConnectionInfo, GymInfo
from fitmate_desktop.gui.controller import AppController
from fitmate_desktop.gui.sign_in import SignInWindow
from tests.gui.conftest import WORKSTATION, Account


@pytest.fixture
def window(qtbot: QtBot) -> SignInWindow:
    window = SignInWindow(workstation=WORKSTATION)
    qtbot.addWidget(window)
    window.set_connected("embedded")
    window.show()
    return window


@pytest.fixture
def controller(qtbot: QtBot, connection_info: ConnectionInfo) -> AppController:
    controller = AppController(connect=lambda: connection_info, workstation=WORKSTATION)
    qtbot.addWidget(controller.sign_in_window)
    controller.show_sign_in()
    controller.connect_database()
    yield controller
    if controller.main_window is not None:
        controller.main_window.prepare_sign_out()
        controller.main_window.close()


def test_wrong_password_says_so_and_keeps_the_email(
    qtbot: QtBot, window: SignInWindow, desk_account: Account
) -> None:
    with qtbot.assertNotEmitted(window.sig_signed_in):
        qtbot.keyClicks(window.ui.emailEdit, desk_account.email)
        qtbot.keyClicks(window.ui.passwordEdit, "not-the-password")
        qtbot.keyClick(window.ui.passwordEdit, Qt.Key.Key_Return)

    assert window.form_error() == "Email or password is not correct."
    assert window.ui.emailEdit.text() == desk_account.email
    assert window.ui.passwordEdit.text() == ""
    assert window.ui.passwordEdit.hasFocus()
    assert not window.busy


def test_empty_fields_get_errors_next_to_them(qtbot: QtBot, window: SignInWindow) -> None:
    qtbot.mouseClick(window.ui.signInButton, Qt.MouseButton.LeftButton)

    assert window.field_error("email") == "Enter your email address."
    assert window.field_error("password") == "Enter your password."
    assert window.form_error() == ""
    assert window.ui.emailEdit.property("invalid") is True


def test_typing_clears_the_field_error(qtbot: QtBot, window: SignInWindow) -> None:
    qtbot.mouseClick(window.ui.signInButton, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(window.ui.emailEdit, "r")
    assert window.field_error("email") == ""
    assert window.field_error("password") == "Enter your password."


def test_a_malformed_email_gets_the_services_message_under_the_email(
    qtbot: QtBot, window: SignInWindow
) -> None:
    qtbot.keyClicks(window.ui.emailEdit, "rita at the desk")
    qtbot.keyClicks(window.ui.passwordEdit, "whatever-it-is")
    qtbot.keyClick(window.ui.passwordEdit, Qt.Key.Key_Return)

    assert "email address" in window.field_error("email")
    assert window.form_error() == ""
    assert window.ui.passwordEdit.text() == "whatever-it-is"  # nothing typed is lost


def test_enter_in_the_email_field_moves_on_to_the_password(
    qtbot: QtBot, window: SignInWindow
) -> None:
    qtbot.keyClicks(window.ui.emailEdit, "rita@example.com")
    qtbot.keyClick(window.ui.emailEdit, Qt.Key.Key_Return)
    assert window.ui.passwordEdit.hasFocus()
    assert window.field_error("password") == ""


def test_correct_sign_in_opens_the_main_window_with_members(
    qtbot: QtBot, controller: AppController, desk_account: Account
) -> None:
    sign_in = controller.sign_in_window
    assert sign_in.connection_state == "ready"
    assert sign_in.ui.connectionLabel.text() == "Connected: embedded"

    qtbot.keyClicks(sign_in.ui.emailEdit, desk_account.email)
    qtbot.keyClicks(sign_in.ui.passwordEdit, desk_account.password)
    qtbot.keyClick(sign_in.ui.passwordEdit, Qt.Key.Key_Return)

    window = controller.main_window
    assert window is not None
    qtbot.waitExposed(window)
    assert not sign_in.isVisible()
    titles = [window.ui.navList.item(i).text() for i in range(window.ui.navList.count())]
    assert "Members" in titles
    assert window.current_panel() is window.panel(window.panel_specs[0].name)


def test_signing_out_returns_to_sign_in_with_the_email_kept(
    qtbot: QtBot, controller: AppController, desk_account: Account
) -> None:
    sign_in = controller.sign_in_window
    qtbot.keyClicks(sign_in.ui.emailEdit, desk_account.email)
    qtbot.keyClicks(sign_in.ui.passwordEdit, desk_account.password)
    qtbot.keyClick(sign_in.ui.passwordEdit, Qt.Key.Key_Return)
    window = controller.main_window
    assert window is not None

    qtbot.mouseClick(window.ui.signOutButton, Qt.MouseButton.LeftButton)

    assert controller.main_window is None
    assert sign_in.isVisible()
    assert sign_in.ui.emailEdit.text() == desk_account.email
    assert sign_in.ui.passwordEdit.text() == ""


def test_an_unreachable_database_says_why_and_offers_retry(qtbot: QtBot) -> None:
    attempts: list[int] = []

    def connect() -> ConnectionInfo:
        attempts.append(1)
        if len(attempts) == 1:
            raise ConnectionFailed("The database server (db:5432/fitmate) cannot be reached.")
        return ConnectionInfo(database_label="db:5432/fitmate", gym=GymInfo(name="Harbour Gym"))

    controller = AppController(connect=connect, workstation=WORKSTATION)
    sign_in = controller.sign_in_window
    qtbot.addWidget(sign_in)
    controller.show_sign_in()
    controller.connect_database()

    assert sign_in.connection_state == "failed"
    assert "cannot be reached" in sign_in.ui.connectionLabel.text()
    assert "Traceback" not in sign_in.ui.connectionLabel.text()
    assert sign_in.ui.retryButton.isVisible()
    assert not sign_in.ui.signInButton.isEnabled()

    qtbot.mouseClick(sign_in.ui.retryButton, Qt.MouseButton.LeftButton)

    assert sign_in.connection_state == "ready"
    assert sign_in.ui.connectionLabel.text() == "Connected: db:5432/fitmate"
    assert sign_in.ui.gymLabel.text() == "Harbour Gym"
    assert not sign_in.ui.retryButton.isVisible()


def test_an_unexpected_start_up_error_shows_no_traceback(qtbot: QtBot) -> None:
    def connect() -> ConnectionInfo:
        raise RuntimeError("psycopg.OperationalError: something deep inside")

    controller = AppController(connect=connect, workstation=WORKSTATION)
    qtbot.addWidget(controller.sign_in_window)
    controller.connect_database()

    text = controller.sign_in_window.ui.connectionLabel.text()
    assert "psycopg" not in text
    assert "Retry" in text


def test_an_older_schema_on_a_shared_server_blocks_sign_in(qtbot: QtBot) -> None:
    info = ConnectionInfo(
        database_label="db:5432/fitmate", gym=GymInfo(), schema_ok=False, message=SCHEMA_TOO_OLD
    )
    controller = AppController(connect=lambda: info, workstation=WORKSTATION)
    sign_in = controller.sign_in_window
    qtbot.addWidget(sign_in)
    controller.show_sign_in()
    controller.connect_database()

    assert sign_in.connection_state == "blocked"
    assert sign_in.ui.connectionLabel.text() == (
        "This database's schema is older than this program. "
        "An administrator runs: fitmate db upgrade"
    )
    assert not sign_in.ui.signInButton.isEnabled()
    with qtbot.assertNotEmitted(sign_in.sig_signed_in):
        qtbot.keyClicks(sign_in.ui.emailEdit, "rita@example.com")
        qtbot.keyClicks(sign_in.ui.passwordEdit, "anything-at-all")
        qtbot.keyClick(sign_in.ui.passwordEdit, Qt.Key.Key_Return)


def test_signing_in_before_the_database_is_ready_waits_for_it(
    qtbot: QtBot, desk_account: Account, connection_info: ConnectionInfo
) -> None:
    window = SignInWindow(workstation=WORKSTATION)
    qtbot.addWidget(window)
    window.show()
    qtbot.keyClicks(window.ui.emailEdit, desk_account.email)
    qtbot.keyClicks(window.ui.passwordEdit, desk_account.password)
    qtbot.keyClick(window.ui.passwordEdit, Qt.Key.Key_Return)
    assert window.busy
    assert window.ui.busyLabel.text() == "Waiting for the database…"

    with qtbot.waitSignal(window.sig_signed_in) as signed_in:
        window.set_connected(connection_info.database_label)
    assert signed_in.args[0].email == desk_account.email


def test_an_admin_owing_two_step_sign_in_is_taken_to_enrolment(
    qtbot: QtBot, window: SignInWindow
) -> None:
    from fitmate_desktop.services import users

    # Administrators must enrol a second factor first (the database's default settings).
    users.create_user_from_cli(
        email="olga.owner@test.fitmate", password="Owner-Pass-2026!", role="ADMIN"
    )
    with qtbot.assertNotEmitted(window.sig_signed_in):
        qtbot.keyClicks(window.ui.emailEdit, "olga.owner@test.fitmate")
        qtbot.keyClicks(window.ui.passwordEdit, "Owner-Pass-2026!")
        qtbot.keyClick(window.ui.passwordEdit, Qt.Key.Key_Return)
    assert window.current_step == "enrol"
    assert window.enrol_page.has_qr()
    assert window.ui.passwordEdit.text() == ""
