"""Accounts, sign-ins and two-step codes for the identity and admin GUI tests."""

from __future__ import annotations

import time

import pyotp
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from fitmate_desktop.gui.controller import AppController
from fitmate_desktop.services.actor import Actor

ADMIN_EMAIL = "olga.owner@test.fitmate"
ADMIN_PASSWORD = "Owner-Pass-2026!"
ADMIN_NAME = "Olga Ferreira"


def create_admin(*, require_two_step: bool = True) -> None:
    """An admin account; with ``require_two_step=False`` the gym lets admins in without it."""
    from fitmate_desktop.models import AdminSettings
    from fitmate_desktop.services import users
    from fitmate_desktop.services.uow import unit_of_work

    users.create_user_from_cli(
        email=ADMIN_EMAIL, password=ADMIN_PASSWORD, role="ADMIN", full_name=ADMIN_NAME
    )
    if not require_two_step:
        with unit_of_work() as uow:
            settings = uow.session.get(AdminSettings, 1)
            assert settings is not None
            settings.require_admin_2fa = False
            uow.commit()


def ready_admin(workstation: str = "office-1") -> Actor:
    """A signed-in admin without two-step sign-in (the gym's policy off)."""
    from fitmate_desktop.services import auth

    create_admin(require_two_step=False)
    actor = auth.sign_in(email=ADMIN_EMAIL, password=ADMIN_PASSWORD, workstation=workstation)
    assert actor.ready
    return actor


def enrolled_admin(workstation: str = "office-1") -> tuple[Actor, str, tuple[str, ...]]:
    """An admin enrolled in two-step sign-in through the services: (actor, secret, codes)."""
    from fitmate_desktop.services import auth, twofactor

    create_admin()
    pending = auth.sign_in(email=ADMIN_EMAIL, password=ADMIN_PASSWORD, workstation=workstation)
    enrolment = twofactor.start_enrolment(actor=pending)
    done = twofactor.confirm_enrolment(
        actor=pending, secret=enrolment.secret, code=pyotp.TOTP(enrolment.secret).now()
    )
    return done.actor, enrolment.secret, done.recovery_codes


def next_code(secret: str) -> str:
    """A code of the next 30-second step: valid now, and not the one just used."""
    return pyotp.TOTP(secret).at(time.time() + 30)


def sign_in(qtbot: QtBot, controller: AppController, email: str, password: str) -> None:
    """Type the email and the password into the sign-in window and press Enter."""
    window = controller.sign_in_window
    window.ui.emailEdit.clear()
    qtbot.keyClicks(window.ui.emailEdit, email)
    window.ui.passwordEdit.clear()
    qtbot.keyClicks(window.ui.passwordEdit, password)
    qtbot.keyClick(window.ui.passwordEdit, Qt.Key.Key_Return)


def confirm_box(parent_text: str, button_text: str) -> None:
    """Press ``button_text`` in the open question whose text contains ``parent_text``."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible() and parent_text in widget.text():
            for button in widget.buttons():
                if button.text() == button_text:
                    button.click()
                    return
    raise AssertionError(f"No open question containing {parent_text!r} with {button_text!r}")


def open_question_texts() -> list[str]:
    """The texts of the questions on screen."""
    return [
        w.text()
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.isVisible()
    ]
