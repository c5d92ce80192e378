"""Database roles: a desk's own login cannot read what its staff may not see, even in psql."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import create_engine, exc, text
from sqlalchemy.engine import make_url

from fitmate_desktop.db.engine import configure_database, current_database
from fitmate_desktop.services import audit, checkin, dbroles, settings
from fitmate_desktop.services.actor import Actor
from fitmate_desktop.services.errors import PermissionDenied
from tests.integration.factories import give_membership, make_member, make_plan, open_all_week

DESK_PASSWORD = "front-desk-login-2026"


@pytest.fixture
def desk_url(db_url: str) -> str:
    dbroles.create_database_roles()
    name = f"desk_{uuid.uuid4().hex[:8]}"
    dbroles.create_login(name=name, password=DESK_PASSWORD, kind="desk")
    return (
        make_url(db_url)
        .set(username=name, password=DESK_PASSWORD)
        .render_as_string(hide_password=False)
    )


def _refused(url: str, statement: str) -> None:
    engine = create_engine(url)
    try:
        with pytest.raises(exc.ProgrammingError, match="permission denied"), engine.connect() as c:
            c.execute(text(statement))
    finally:
        engine.dispose()


@pytest.mark.parametrize(
    "statement",
    [
        "SELECT base_salary FROM trainer_salaries",
        "SELECT amount FROM trainer_revenue",
        "SELECT amount FROM expenses",
        "SELECT bank_iban FROM trainers",
        "SELECT health_notes FROM trainers",
        "SELECT * FROM trainers",
        "SELECT secret_encrypted FROM admin_otps",
        "SELECT after FROM audit_log",
        "UPDATE audit_log SET reason = 'x'",
        "DELETE FROM payments",
    ],
)
def test_a_desk_login_cannot_read_payroll_bank_health_or_secrets(
    desk_url: str, statement: str
) -> None:
    _refused(desk_url, statement)


def test_the_desk_program_still_works_on_a_desk_login(reception: Actor, desk_url: str) -> None:
    open_all_week()
    member = make_member("Ana Silva", code="FM000001")
    today = dt.date.today()
    give_membership(
        member, make_plan(), start=today - dt.timedelta(days=3), end=today + dt.timedelta(days=27)
    )
    owner_url = current_database().url
    configure_database(desk_url, workstation="test-desk")
    try:
        result = checkin.check_in("FM000001", actor=reception)
        assert result.outcome == "checked_in"
        admin_like = Actor(**{**reception.__dict__, "permissions": frozenset({"settings.manage"})})
        settings.get_settings(actor=admin_like)  # admin_settings is readable
        with pytest.raises(PermissionDenied, match="database login"):
            audit.list_audit(
                actor=Actor(**{**reception.__dict__, "permissions": frozenset({"audit.view"})})
            )
    finally:
        configure_database(owner_url, workstation="test-desk")


def test_the_program_role_is_not_a_superuser(db_url: str) -> None:
    engine = create_engine(db_url)
    try:
        with engine.connect() as conn:
            assert (
                conn.execute(
                    text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
                ).scalar()
                is False
            )
    finally:
        engine.dispose()
