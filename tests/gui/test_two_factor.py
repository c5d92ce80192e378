"""The sign-in steps after the password: two-step enrolment and verification, the forced
password change, and leaving a step (which ends that session)."""

from __future__ import annotations

from collections.abc import Iterator

import pyotp
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from fitmate_desktop.gui.context import ConnectionInfo
from fitmate_desktop.gui.controller import AppController
from fitmate_desktop.models import AdminOTP, AdminSession, User
from fitmate_desktop.services.twofactor import WRONG_CODE
from fitmate_desktop.services.uow import unit_of_work
from tests.gui.conftest import WORKSTATION
from tests.gui.identity_support import (
    ADMIN_EMAIL,
    ADMIN_PASSWORD,
    create_admin,
    enrolled_admin,
    next_code,
    sign_in,
)


@pytest.fixture
def controller(qtbot: QtBot, connection_info: ConnectionInfo) -> Iterator[AppController]:
    controller = AppController(connect=lambda: connection_info, workstation=WORKSTATION)
    qtbot.addWidget(controller.sign_in_window)
    controller.show_sign_in()
    controller.connect_database()
    yield controller
    if controller.main_window is not None:
        controller.main_window.prepare_sign_out()
        controller.main_window.close()


def _sessions() -> list[AdminSession]:
    with unit_of_work() as uow:
        rows = list(uow.session.scalars(select(AdminSession).order_by(AdminSession.id)))
        uow.session.expunge_all()
        return rows


def test_a_fresh_admin_enrols_sees_the_codes_once_and_then_must_verify(
    qtbot: QtBot, controller: AppController
) -> None:
    create_admin()  # the gym's default: admins must use two-step sign-in
    window = controller.sign_in_window
    sign_in(qtbot, controller, ADMIN_EMAIL, ADMIN_PASSWORD)

    # Enrolment: a QR code and the key in groups of four, nothing stored yet.
    assert window.current_step == "enrol"
    assert controller.main_window is None
    page = window.enrol_page
    assert page.has_qr()
    secret = page.secret
    assert page.ui.secretLabel.text().replace("\n", " ").split() == [
        secret[i : i + 4] for i in range(0, len(secret), 4)
    ]
    with unit_of_work() as uow:
        assert uow.session.scalars(select(AdminOTP)).first() is None

    qtbot.keyClicks(page.ui.codeEdit, "12 3")
    qtbot.keyClick(page.ui.codeEdit, Qt.Key.Key_Return)
    assert page.errors.message("code") == "The code has 6 digits, like 123 456."
    assert window.current_step == "enrol"

    used_code = pyotp.TOTP(secret).now()
    page.ui.codeEdit.clear()
    qtbot.keyClicks(page.ui.codeEdit, used_code)
    qtbot.keyClick(page.ui.codeEdit, Qt.Key.Key_Return)

    # The ten recovery codes, once; Continue only after saying they were saved.
    assert window.current_step == "recovery_codes"
    codes_page = window.codes_page
    assert len(codes_page.codes) == 10 and len(set(codes_page.codes)) == 10
    assert all(code in codes_page.codes_text() for code in codes_page.codes)
    assert not codes_page.ui.continueButton.isEnabled()
    qtbot.keyClick(codes_page, Qt.Key.Key_Escape)  # no way back: the codes would be lost
    assert window.current_step == "recovery_codes"
    qtbot.mouseClick(codes_page.ui.savedCheck, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(codes_page.ui.continueButton, Qt.MouseButton.LeftButton)

    main = controller.main_window
    assert main is not None
    assert main.context.actor.ready and main.context.actor.second_factor == "verified"
    assert "users" in [spec.name for spec in main.panel_specs]
    with unit_of_work() as uow:
        otp = uow.session.scalars(select(AdminOTP)).one()
        assert otp.confirmed_at is not None
    assert _sessions()[-1].two_factor_verified

    # The next sign-in asks for a code; the one already used is refused under the field.
    qtbot.mouseClick(main.ui.signOutButton, Qt.MouseButton.LeftButton)
    assert controller.main_window is None
    sign_in(qtbot, controller, ADMIN_EMAIL, ADMIN_PASSWORD)
    assert window.current_step == "verify"
    verify = window.verify_page
    qtbot.keyClicks(verify.ui.codeEdit, used_code)
    qtbot.keyClick(verify.ui.codeEdit, Qt.Key.Key_Return)
    assert verify.errors.message("code") == WRONG_CODE
    assert verify.ui.codeEdit.text() == used_code  # kept, selected for overtyping
    assert controller.main_window is None

    verify.ui.codeEdit.clear()
    qtbot.keyClicks(verify.ui.codeEdit, next_code(secret))
    qtbot.keyClick(verify.ui.codeEdit, Qt.Key.Key_Return)
    assert controller.main_window is not None
    assert window.current_step == "password"


def test_a_recovery_code_works_once(qtbot: QtBot, controller: AppController) -> None:
    actor, _secret, codes = enrolled_admin()
    from fitmate_desktop.services.auth import sign_out

    sign_out(actor=actor)
    window = controller.sign_in_window
    sign_in(qtbot, controller, ADMIN_EMAIL, ADMIN_PASSWORD)
    qtbot.keyClicks(window.verify_page.ui.codeEdit, codes[0].lower())
    qtbot.keyClick(window.verify_page.ui.codeEdit, Qt.Key.Key_Return)
    main = controller.main_window
    assert main is not None

    qtbot.mouseClick(main.ui.signOutButton, Qt.MouseButton.LeftButton)
    sign_in(qtbot, controller, ADMIN_EMAIL, ADMIN_PASSWORD)
    qtbot.keyClicks(window.verify_page.ui.codeEdit, codes[0])
    qtbot.keyClick(window.verify_page.ui.codeEdit, Qt.Key.Key_Return)
    assert window.verify_page.errors.message("code") == WRONG_CODE
    assert controller.main_window is None


def test_an_empty_code_is_answered_at_once(qtbot: QtBot, controller: AppController) -> None:
    enrolled_admin()
    window = controller.sign_in_window
    sign_in(qtbot, controller, ADMIN_EMAIL, ADMIN_PASSWORD)
    qtbot.mouseClick(window.verify_page.ui.verifyButton, Qt.MouseButton.LeftButton)
    assert "6-digit code" in window.verify_page.errors.message("code")


def test_esc_on_a_step_returns_to_sign_in_and_ends_that_session(
    qtbot: QtBot, controller: AppController
) -> None:
    enrolled_admin()
    window = controller.sign_in_window
    sign_in(qtbot, controller, ADMIN_EMAIL, ADMIN_PASSWORD)
    assert window.current_step == "verify"
    pending = window.pending_actor
    assert pending is not None

    qtbot.keyClick(window.verify_page.ui.codeEdit, Qt.Key.Key_Escape)

    assert window.current_step == "password"
    assert window.pending_actor is None
    assert window.ui.emailEdit.text() == ADMIN_EMAIL
    assert window.ui.passwordEdit.text() == ""
    assert window.ui.passwordEdit.hasFocus()
    ended = next(row for row in _sessions() if row.id == pending.session_id)
    assert ended.ended_at is not None and ended.end_reason == "signed_out"


def test_back_from_enrolment_stores_nothing(qtbot: QtBot, controller: AppController) -> None:
    create_admin()
    window = controller.sign_in_window
    sign_in(qtbot, controller, ADMIN_EMAIL, ADMIN_PASSWORD)
    qtbot.mouseClick(window.enrol_page.ui.backButton, Qt.MouseButton.LeftButton)
    assert window.current_step == "password"
    with unit_of_work() as uow:
        assert uow.session.scalars(select(AdminOTP)).first() is None
    assert all(row.ended_at is not None for row in _sessions())


def test_a_temporary_password_must_be_replaced_before_the_desk_opens(
    qtbot: QtBot, controller: AppController
) -> None:
    from fitmate_desktop.services import auth, users
    from fitmate_desktop.services.actor import system_actor

    users.create_user(
        actor=system_actor(),
        email="rita.desk@test.fitmate",
        full_name="Rita Lopes",
        role="RECEPTION",
        password="Temporary-2026!",
        must_change_password=True,
    )
    window = controller.sign_in_window
    sign_in(qtbot, controller, "rita.desk@test.fitmate", "Temporary-2026!")
    assert window.current_step == "change_password"
    form = window.password_page
    ui = form.ui
    assert "At least 10 characters" in ui.rulesLabel.text()

    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    assert form.message("current_password") == "Enter your current password."
    assert form.message("new_password") == "Choose a new password."

    qtbot.keyClicks(ui.currentEdit, "Temporary-2026!")
    qtbot.keyClicks(ui.newEdit, "Rita-Own-Secret-1")
    qtbot.keyClicks(ui.repeatEdit, "Rita-Own-Secret-2")
    qtbot.keyClick(ui.repeatEdit, Qt.Key.Key_Return)
    assert form.message("repeat") == "The two new passwords are not the same."
    assert ui.currentEdit.text() == "Temporary-2026!"  # nothing typed is lost

    ui.newEdit.clear()
    ui.repeatEdit.clear()
    qtbot.keyClicks(ui.newEdit, "short")
    qtbot.keyClicks(ui.repeatEdit, "short")
    qtbot.keyClick(ui.repeatEdit, Qt.Key.Key_Return)
    assert form.message("new_password") == "Use at least 10 characters."

    ui.currentEdit.clear()
    ui.newEdit.clear()
    qtbot.keyClicks(ui.currentEdit, "not-the-temporary")
    qtbot.keyClicks(ui.newEdit, "Rita-Own-Secret-1")
    qtbot.keyClicks(ui.repeatEdit, "Rita-Own-Secret-1")
    qtbot.keyClick(ui.repeatEdit, Qt.Key.Key_Return)
    assert form.message("current_password") == "The current password is not correct."
    assert controller.main_window is None

    qtbot.keyClicks(ui.currentEdit, "Temporary-2026!")
    ui.repeatEdit.clear()
    qtbot.keyClicks(ui.repeatEdit, "Rita-Own-Secret-1")
    qtbot.keyClick(ui.repeatEdit, Qt.Key.Key_Return)

    main = controller.main_window
    assert main is not None and main.context.actor.ready
    with unit_of_work() as uow:
        user = uow.session.scalars(select(User).where(User.email == "rita.desk@test.fitmate")).one()
        assert not user.must_change_password
    main.prepare_sign_out()
    # The new password is the one that works now.
    assert auth.sign_in(
        email="rita.desk@test.fitmate", password="Rita-Own-Secret-1", workstation=WORKSTATION
    ).ready


def test_an_admin_owing_both_steps_verifies_first_then_changes_the_password(
    qtbot: QtBot, controller: AppController
) -> None:
    from fitmate_desktop.services import accounts
    from fitmate_desktop.services.actor import system_actor

    actor, secret, _codes = enrolled_admin()
    accounts.reset_password(
        actor=system_actor(), user_id=actor.user_id, temporary_password="Temporary-2026!"
    )
    window = controller.sign_in_window
    sign_in(qtbot, controller, ADMIN_EMAIL, "Temporary-2026!")
    assert window.current_step == "verify"
    qtbot.keyClicks(window.verify_page.ui.codeEdit, next_code(secret))
    qtbot.keyClick(window.verify_page.ui.codeEdit, Qt.Key.Key_Return)
    assert window.current_step == "change_password"
    ui = window.password_page.ui
    qtbot.keyClicks(ui.currentEdit, "Temporary-2026!")
    qtbot.keyClicks(ui.newEdit, "Olga-New-Secret-9")
    qtbot.keyClicks(ui.repeatEdit, "Olga-New-Secret-9")
    qtbot.keyClick(ui.repeatEdit, Qt.Key.Key_Return)
    assert controller.main_window is not None
