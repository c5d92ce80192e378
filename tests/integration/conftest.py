"""Accounts for service tests: one signed-in actor per desk role."""

from __future__ import annotations

import pytest

from fitmate_desktop.services import auth, users
from fitmate_desktop.services.actor import Actor

PASSWORDS = {
    "ADMIN": "Admin-Pass-2026!",
    "RECEPTION": "Desk-Pass-2026!",
    "TRAINER": "Coach-Pass-2026!",
}


def _signed_in(role: str) -> Actor:
    email = f"{role.lower()}@test.fitmate"
    users.create_user_from_cli(email=email, password=PASSWORDS[role], role=role)
    return auth.sign_in(email=email, password=PASSWORDS[role], workstation="test-desk")


@pytest.fixture
def admin() -> Actor:
    return _signed_in("ADMIN")


@pytest.fixture
def reception() -> Actor:
    return _signed_in("RECEPTION")


@pytest.fixture
def trainer() -> Actor:
    return _signed_in("TRAINER")
