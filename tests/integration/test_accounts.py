"""Users & roles, sessions, the idle lock, password changes and settings, as services."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from fitmate_desktop.services import accounts, auth, settings, users
from fitmate_desktop.services.actor import Actor
from fitmate_desktop.services.errors import (
    AuthenticationFailed,
    Conflict,
    PermissionDenied,
    ValidationError,
)

PASSWORD = "Desk-Pass-2026!"


@pytest.fixture
def desk(admin: Actor) -> int:
    return users.create_user(
        actor=admin,
        email="desk@gym.pt",
        full_name="Front Desk",
        role="RECEPTION",
        password=PASSWORD,
    ).id


def test_admin_lists_edits_and_archives_staff(admin: Actor, desk: int) -> None:
    names = [a.full_name for a in accounts.list_accounts(actor=admin)]
    assert names == ["Admin", "Front Desk"]
    accounts.update_account(
        actor=admin, user_id=desk, full_name="Rita Front", email="rita@gym.pt", role="TRAINER"
    )
    [rita] = [a for a in accounts.list_accounts(actor=admin) if a.id == desk]
    assert (rita.full_name, rita.email, rita.role) == ("Rita Front", "rita@gym.pt", "TRAINER")
    accounts.set_account_archived(actor=admin, user_id=desk, archived=True)
    with pytest.raises(AuthenticationFailed):
        auth.sign_in(email="rita@gym.pt", password=PASSWORD, workstation="d")
    with pytest.raises(ValidationError):
        accounts.update_account(
            actor=admin, user_id=admin.user_id, full_name="A", email=admin.email, role="RECEPTION"
        )


def test_reception_cannot_manage_accounts(reception: Actor, desk: int) -> None:
    for call in (
        lambda: accounts.list_accounts(actor=reception),
        lambda: accounts.unlock_account(actor=reception, user_id=desk),
        lambda: accounts.reset_password(
            actor=reception, user_id=desk, temporary_password="Another-Pass-99"
        ),
        lambda: accounts.list_sessions(actor=reception),
        lambda: settings.get_settings(actor=reception),
    ):
        with pytest.raises(PermissionDenied):
            call()


def test_unlock_after_lockout(admin: Actor, desk: int) -> None:
    for _ in range(auth.FREE_ATTEMPTS):
        with pytest.raises(AuthenticationFailed):
            auth.sign_in(email="desk@gym.pt", password="wrong", workstation="d")
    assert [a.locked for a in accounts.list_accounts(actor=admin) if a.id == desk] == [True]
    accounts.unlock_account(actor=admin, user_id=desk)
    assert auth.sign_in(email="desk@gym.pt", password=PASSWORD, workstation="d").ready


def test_reset_password_forces_a_change_at_next_sign_in(admin: Actor, desk: int) -> None:
    accounts.reset_password(actor=admin, user_id=desk, temporary_password="Temporary-Pass-1")
    actor = auth.sign_in(email="desk@gym.pt", password="Temporary-Pass-1", workstation="d")
    assert actor.must_change_password and not actor.ready and actor.permissions == frozenset()
    with pytest.raises(ValidationError) as err:
        auth.change_password(actor=actor, current_password="Temporary-Pass-1", new_password="short")
    assert err.value.field == "new_password"
    with pytest.raises(ValidationError) as err:
        auth.change_password(actor=actor, current_password="nope", new_password="Brand-New-Pass-77")
    assert err.value.field == "current_password"
    done = auth.change_password(
        actor=actor, current_password="Temporary-Pass-1", new_password="Brand-New-Pass-77"
    )
    assert done.ready and done.can("checkin.use")


def test_idle_unlock_and_revoked_sessions(admin: Actor, desk: int) -> None:
    actor = auth.sign_in(email="desk@gym.pt", password=PASSWORD, workstation="front-2")
    auth.unlock_desk(actor=actor, password=PASSWORD)
    with pytest.raises(AuthenticationFailed):
        auth.unlock_desk(actor=actor, password="wrong")
    live = accounts.list_sessions(actor=admin)
    assert {s.workstation for s in live} == {"test-desk", "front-2"}
    state = auth.heartbeat(actor=actor, active=True)
    assert not state.revoked and state.idle_minutes == 30
    accounts.revoke_session(actor=admin, session_id=actor.session_id)
    assert auth.heartbeat(actor=actor, active=False).revoked
    with pytest.raises(AuthenticationFailed, match="ended by an admin"):
        auth.unlock_desk(actor=actor, password=PASSWORD)
    assert auth.heartbeat(actor=admin, active=True).idle_minutes == 15


def test_settings_validate_every_field_and_change_nothing_on_error(admin: Actor) -> None:
    current = settings.get_settings(actor=admin)
    bad_values = {
        "gym_name": " ",
        "email": "x@",
        "timezone": "Mars/Olympus",
        "locale": "english",
        "currency": "EURO",
        "tax_rate": Decimal("101"),
        "idle_minutes_admin": 0,
        "reception_refund_limit": Decimal("-1"),
        "backup_schedule": "hourly",
        "logo_path": "/no/such/logo.png",
    }
    for name, value in bad_values.items():
        with pytest.raises(ValidationError) as err:
            settings.save_settings(actor=admin, settings=replace(current, **{name: value}))
        assert err.value.field == name
    assert settings.get_settings(actor=admin) == current
    saved = settings.save_settings(
        actor=admin,
        settings=replace(
            current,
            gym_name="FitMate Porto",
            tax_rate=Decimal("6"),
            reception_refund_limit=Decimal("50.00"),
            timezone="Europe/Madrid",
        ),
    )
    assert saved.gym_name == "FitMate Porto" and saved.version == current.version + 1
    with pytest.raises(Conflict):
        settings.save_settings(actor=admin, settings=replace(current, gym_name="Stale"))
