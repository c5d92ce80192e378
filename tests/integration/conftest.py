"""Accounts for service tests: one signed-in actor per desk role."""

from __future__ import annotations

import pytest

from fitmate_desktop.models import AdminSettings
from fitmate_desktop.services import auth, users
from fitmate_desktop.services.actor import Actor
from fitmate_desktop.services.uow import unit_of_work

PASSWORDS = {
    "ADMIN": "Admin-Pass-2026!",
    "RECEPTION": "Desk-Pass-2026!",
    "TRAINER": "Coach-Pass-2026!",
}


def _signed_in(role: str) -> Actor:
    email = f"{role.lower()}@test.fitmate"
    users.create_user_from_cli(email=email, password=PASSWORDS[role], role=role)
    if role == "ADMIN":
        # Most tests are not about two-factor sign-in (tests/integration/test_twofactor.py is):
        # the gym's policy lets this admin in with the password alone.
        with unit_of_work() as uow:
            settings = uow.session.get(AdminSettings, 1)
            assert settings is not None
            settings.require_admin_2fa = False
            uow.commit()
    actor = auth.sign_in(email=email, password=PASSWORDS[role], workstation="test-desk")
    assert actor.ready
    return actor


@pytest.fixture
def admin() -> Actor:
    return _signed_in("ADMIN")


@pytest.fixture
def reception() -> Actor:
    return _signed_in("RECEPTION")


@pytest.fixture
def trainer() -> Actor:
    return _signed_in("TRAINER")
