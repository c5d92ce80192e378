"""The audit log under erasure: redaction keeps the chain, only for a member being erased,
only from an office login; migration 0009 re-seals the old chain (or refuses a broken one)."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, exc, func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from fitmate_desktop.db.embedded import create_database, drop_database
from fitmate_desktop.db.engine import configure_database, current_database
from fitmate_desktop.models import (
    AuditLog,
)
from fitmate_desktop.services import audit, data_rights, dbroles
from fitmate_desktop.services.actor import Actor
from fitmate_desktop.services.schema import alembic_config, schema_status, upgrade_to_head
from fitmate_desktop.services.uow import unit_of_work
from tests.integration.data_rights_support import (
    EMAIL,
    NAME,
    PHONE,
    Member,
    count_rows,
    engine,
    full_member,
    where_found,
)


@pytest.fixture
def member(reception: Actor, tmp_path: Path) -> Member:
    return full_member(reception, tmp_path)


def test_putting_content_back_into_a_redacted_audit_row_breaks_the_chain(
    admin: Actor, member: Member
) -> None:
    data_rights.erase_member(
        actor=admin, member_id=member.id, confirmation=f"ERASE {member.code}", reason="Request"
    )
    # The trigger refuses any update but a redaction, even to the table's owner...
    with pytest.raises(Exception, match="append-only"), engine().begin() as conn:
        conn.execute(text("UPDATE audit_log SET action = 'x' WHERE redacted_at IS NOT NULL"))
    _bypassing_the_guards(
        'UPDATE audit_log SET after = \'{"full_name": "Someone"}\' WHERE id = '
        "(SELECT min(id) FROM audit_log WHERE redacted_at IS NOT NULL)"
    )
    # ...and one who gets past it is caught by the chain.
    assert not audit.check_chain(actor=admin).intact
    _bypassing_the_guards("UPDATE audit_log SET after = NULL WHERE redacted_at IS NOT NULL")
    with engine().begin() as conn:  # the check as the migration made it, for the next tests
        conn.execute(
            text("ALTER TABLE audit_log VALIDATE CONSTRAINT ck_audit_log_redaction_complete")
        )


_REDACTION_CHECK = (
    "(redacted_at IS NULL AND content_salt IS NOT NULL) OR (redacted_at IS NOT NULL "
    "AND content_salt IS NULL AND before IS NULL AND after IS NULL AND reason IS NULL)"
)


def _bypassing_the_guards(statement: str) -> None:
    """Run ``statement`` as the owner with the trigger and the check out of the way (and back:
    the schema outlives the test)."""
    with engine().begin() as conn:
        conn.execute(text("ALTER TABLE audit_log DISABLE TRIGGER trg_audit_log_append_only"))
        conn.execute(text("ALTER TABLE audit_log DROP CONSTRAINT ck_audit_log_redaction_complete"))
        conn.execute(text(statement))
        conn.execute(text("ALTER TABLE audit_log ENABLE TRIGGER trg_audit_log_append_only"))
        conn.execute(
            text(
                "ALTER TABLE audit_log ADD CONSTRAINT ck_audit_log_redaction_complete "
                f"CHECK ({_REDACTION_CHECK}) NOT VALID"
            )
        )


def test_the_audit_redaction_works_only_for_a_member_being_erased(
    admin: Actor, member: Member
) -> None:
    with pytest.raises(Exception, match="is not being erased"), engine().begin() as conn:
        conn.execute(text("SELECT fitmate_audit_redact_member(:m)"), {"m": member.id})
    assert count_rows(AuditLog, entity_id=str(member.id)) >= 2
    with unit_of_work() as uow:
        assert uow.session.scalar(select(func.count(AuditLog.redacted_at))) == 0


# ------------------------------------------------------------- the database's own guards

OFFICE_PASSWORD = "office-login-for-tests-2026"


def _login_url(db_url: str, kind: str) -> str:
    dbroles.create_database_roles()
    name = f"{kind}_{uuid.uuid4().hex[:8]}"
    dbroles.create_login(name=name, password=OFFICE_PASSWORD, kind=kind)
    return (
        make_url(db_url)
        .set(username=name, password=OFFICE_PASSWORD)
        .render_as_string(hide_password=False)
    )


def test_a_desk_login_cannot_redact_the_audit_log_and_an_office_login_erases(
    db_url: str, admin: Actor, member: Member
) -> None:
    desk = create_engine(_login_url(db_url, "desk"))
    try:
        with pytest.raises(exc.ProgrammingError, match="permission denied"), desk.connect() as c:
            c.execute(text("SELECT fitmate_audit_redact_member(:m)"), {"m": member.id})
    finally:
        desk.dispose()
    owner_url = current_database().url
    configure_database(_login_url(db_url, "office"), workstation="test-desk")
    try:
        data_rights.erase_member(
            actor=admin, member_id=member.id, confirmation=f"ERASE {member.code}", reason="Asked"
        )
    finally:
        configure_database(owner_url, workstation="test-desk")
    assert where_found((NAME, EMAIL, PHONE)) == []
    assert audit.check_chain(actor=admin).intact


# ------------------------------------------------------------------ migration 0009 re-seals


@pytest.fixture
def old_db(db_url: str) -> Iterator[str]:
    name = "fitmate_reseal_test"
    drop_database(db_url, name)
    url = create_database(db_url, name)
    engine = create_engine(url)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0006")
    engine.dispose()
    yield url
    drop_database(db_url, name)


def _old_rows(url: str, count: int) -> None:
    """Audit rows as the old writer made them: the chain hashed the content itself."""
    engine = create_engine(url)
    prev = None
    with engine.begin() as conn:
        for n in range(count):
            moment = dt.datetime(2026, 11, 1, 9, 0, n % 60, tzinfo=dt.UTC)
            fields = {
                "occurred_at": moment.isoformat(),
                "actor_user_id": None,
                "actor_email": "system",
                "workstation": "cli",
                "site_id": None,
                "action": "member.register",
                "entity_type": "member",
                "entity_id": str(n),
                "before": None,
                "after": {"full_name": f"{NAME} {n}"},
                "reason": None,
            }
            digest = audit.row_digest(prev, fields)
            conn.execute(
                text(
                    "INSERT INTO audit_log (occurred_at, actor_email, workstation, action, "
                    "entity_type, entity_id, after, prev_hash, row_hash) VALUES (:t, 'system', "
                    "'cli', 'member.register', 'member', :e, CAST(:a AS jsonb), :p, :h)"
                ),
                {
                    "t": moment,
                    "e": str(n),
                    "a": json.dumps(fields["after"]),
                    "p": prev,
                    "h": digest,
                },
            )
            prev = digest
    engine.dispose()


def _chain_intact(url: str) -> bool:
    engine = create_engine(url)
    try:
        with Session(engine) as session:
            return audit.verify_chain(session).intact
    finally:
        engine.dispose()


def test_the_upgrade_re_seals_an_intact_chain_and_refuses_a_broken_one(old_db: str) -> None:
    _old_rows(old_db, 25)
    upgrade_to_head(old_db)
    assert _chain_intact(old_db)
    engine = create_engine(old_db)
    try:
        with engine.begin() as conn:
            salts = conn.execute(
                text("SELECT count(DISTINCT content_salt) FROM audit_log")
            ).scalar_one()
        assert salts == 25
        # Down and up again: the old scheme verifies after the downgrade, the new after.
        with engine.begin() as conn:
            command.downgrade(alembic_config(conn), "0006")
        with engine.begin() as conn:
            conn.execute(text("ALTER TABLE audit_log DISABLE TRIGGER trg_audit_log_append_only"))
            conn.execute(text("UPDATE audit_log SET after = '{}' WHERE entity_id = '7'"))
            conn.execute(text("ALTER TABLE audit_log ENABLE TRIGGER trg_audit_log_append_only"))
    finally:
        engine.dispose()
    with pytest.raises(RuntimeError, match="broken at row"):
        upgrade_to_head(old_db)
    assert schema_status(old_db).current == "0006"  # nothing half-done
