"""Database roles: a desk's own login cannot read what its staff may not see, even in psql."""

from __future__ import annotations

import datetime as dt
import os
import uuid

import pytest
from sqlalchemy import create_engine, exc, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from fitmate_desktop.db.engine import configure_database, current_database
from fitmate_desktop.models import User
from fitmate_desktop.security.passwords import hash_password, verify_password
from fitmate_desktop.security.secrets import SecretBox, new_key
from fitmate_desktop.security.verifiers import is_sealed, open_verifier
from fitmate_desktop.services import accounts, audit, auth, checkin, dbroles, settings, users
from fitmate_desktop.services.actor import Actor
from fitmate_desktop.services.errors import AuthenticationFailed, PermissionDenied
from fitmate_desktop.services.uow import unit_of_work
from tests.integration.factories import (
    give_membership,
    make_member,
    make_plan,
    open_all_week,
    update_row,
)

DESK_PASSWORD = "front-desk-login-2026"


def _login_url(db_url: str, kind: str) -> str:
    dbroles.create_database_roles()
    name = f"{kind}_{uuid.uuid4().hex[:8]}"
    dbroles.create_login(name=name, password=DESK_PASSWORD, kind=kind)
    return (
        make_url(db_url)
        .set(username=name, password=DESK_PASSWORD)
        .render_as_string(hide_password=False)
    )


@pytest.fixture
def desk_url(db_url: str) -> str:
    return _login_url(db_url, "desk")


@pytest.fixture
def office_url(db_url: str) -> str:
    return _login_url(db_url, "office")


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
        "UPDATE users SET role = 'ADMIN'",
        "UPDATE users SET email = 'attacker@example.com'",
        "INSERT INTO users (email, full_name, role) VALUES ('x@example.com', 'X', 'ADMIN')",
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


# --------------------------------------------------------------------------- office verifiers

ADMIN_PASSWORD = "Office-Pass-2026!"
STAFF_PASSWORD = "Front-Pass-2026!"


def _office_and_desk_accounts() -> int:
    users.create_user_from_cli(email="boss@gym.pt", password=ADMIN_PASSWORD, role="ADMIN")
    users.create_user_from_cli(email="front@gym.pt", password=STAFF_PASSWORD, role="RECEPTION")
    with unit_of_work() as uow:
        return uow.session.scalars(select(User.id).where(User.email == "boss@gym.pt")).one()


def _everything_readable(url: str) -> list[str]:
    """Every value of every column this login may SELECT, as text."""
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as conn:
            grants = conn.execute(
                text(
                    "SELECT table_name, column_name FROM information_schema.column_privileges "
                    "WHERE table_schema = 'public' AND privilege_type = 'SELECT' "
                    "ORDER BY table_name, column_name"
                )
            ).all()
            columns: dict[str, set[str]] = {}
            for table, column in grants:
                columns.setdefault(table, set()).add(column)
            values: list[str] = []
            for table, names in columns.items():
                listed = ", ".join(f'"{c}"::text' for c in sorted(names))
                for row in conn.execute(text(f'SELECT {listed} FROM "{table}"')):
                    values.extend(v for v in row if v is not None)
            assert "users" in columns and "password_hash" in columns["users"]
            return values
    finally:
        engine.dispose()


def test_a_desk_login_cannot_read_or_derive_an_office_accounts_verifier(desk_url: str) -> None:
    # Fails on the old code: the desk login read the admin's argon2id hash as it was, and
    # could guess at it offline for as long as it liked.
    boss_id = _office_and_desk_accounts()
    with unit_of_work() as uow:
        stored = uow.session.get(User, boss_id).password_hash  # type: ignore[union-attr]
    verifier = open_verifier(auth.office_box(), user_id=boss_id, stored=stored)
    assert verifier is not None and verifier.startswith("$argon2id$")
    assert verify_password(verifier, ADMIN_PASSWORD)  # the real verifier, with the office key

    seen = _everything_readable(desk_url)
    assert stored in seen  # the desk reads the sealed form ...
    assert not any(verifier in value for value in seen)  # ... never the verifier itself
    argon_hashes = [v for v in seen if v.startswith("$argon2")]
    assert argon_hashes  # desk staff's own hashes: desks verify them
    assert not any(verify_password(h, ADMIN_PASSWORD) for h in argon_hashes)
    # Nor from the sealed form without the office key: another key opens nothing.
    assert open_verifier(SecretBox(new_key()), user_id=boss_id, stored=stored) is None


def test_a_desk_login_cannot_overwrite_an_office_account(desk_url: str) -> None:
    boss_id = _office_and_desk_accounts()
    engine = create_engine(desk_url, poolclass=NullPool)
    try:
        with engine.begin() as conn:
            changed = conn.execute(
                text(
                    "UPDATE users SET password_hash = :h, second_factor_failures = 0, "
                    "failed_attempts = 0 WHERE role = 'ADMIN'"
                ),
                {"h": hash_password("Desk-Chosen-Pass-1")},
            )
            assert changed.rowcount == 0  # row security: office rows are not a desk's
    finally:
        engine.dispose()
    owner_side = auth.sign_in(email="boss@gym.pt", password=ADMIN_PASSWORD, workstation="office")
    assert owner_side.user_id == boss_id


def test_desk_staff_sign_in_at_desks_and_admins_at_office_desks(
    desk_url: str, office_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _office_and_desk_accounts()
    owner_url = current_database().url
    office_key = os.environ["FITMATE_SECRET_KEY"]
    monkeypatch.delenv("FITMATE_SECRET_KEY")  # a reception desk has no office key
    configure_database(desk_url, workstation="front-1")
    try:
        assert auth.sign_in(email="front@gym.pt", password=STAFF_PASSWORD, workstation="front-1")
        with pytest.raises(AuthenticationFailed):
            auth.sign_in(email="boss@gym.pt", password=ADMIN_PASSWORD, workstation="front-1")
        monkeypatch.setenv("FITMATE_SECRET_KEY", office_key)
        configure_database(office_url, workstation="office-1")
        boss = auth.sign_in(email="boss@gym.pt", password=ADMIN_PASSWORD, workstation="office-1")
        assert boss.second_factor == "enrol"  # the password was right; the code step is next
    finally:
        configure_database(owner_url, workstation="test-desk")


def test_an_admin_from_before_sealing_is_sealed_at_the_next_office_sign_in() -> None:
    boss_id = _office_and_desk_accounts()
    update_row(User, boss_id, password_hash=hash_password(ADMIN_PASSWORD))  # as before 0008
    auth.sign_in(email="boss@gym.pt", password=ADMIN_PASSWORD, workstation="office")
    with unit_of_work() as uow:
        stored = uow.session.get(User, boss_id).password_hash  # type: ignore[union-attr]
    assert stored is not None and not stored.startswith("$argon2") and is_sealed(stored)


def test_promoting_seals_and_demoting_opens_the_verifier(admin: Actor) -> None:
    _office_and_desk_accounts()
    with unit_of_work() as uow:
        front = uow.session.scalars(select(User).where(User.email == "front@gym.pt")).one()
        front_id = front.id
    accounts.update_account(
        actor=admin, user_id=front_id, full_name="Front", email="front@gym.pt", role="ADMIN"
    )
    with unit_of_work() as uow:
        assert is_sealed(uow.session.get(User, front_id).password_hash)  # type: ignore[union-attr]
    accounts.update_account(
        actor=admin, user_id=front_id, full_name="Front", email="front@gym.pt", role="RECEPTION"
    )
    assert auth.sign_in(email="front@gym.pt", password=STAFF_PASSWORD, workstation="d").ready
