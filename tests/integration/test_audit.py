"""The audit log: written by services, append-only, and tamper-evident."""

from __future__ import annotations

import pytest
from sqlalchemy import exc, text

from fitmate_desktop.db.engine import current_database
from fitmate_desktop.services import audit, users
from fitmate_desktop.services.actor import Actor
from fitmate_desktop.services.errors import PermissionDenied


def _make_history(admin: Actor) -> None:
    for n in range(3):
        users.create_user(
            actor=admin,
            email=f"s{n}@gym.pt",
            full_name=f"Staff {n}",
            role="RECEPTION",
            password="Desk-Pass-2026!",
        )


def test_services_write_rows_the_admin_can_filter(admin: Actor, reception: Actor) -> None:
    _make_history(admin)
    page = audit.list_audit(actor=admin, entity_type="user")
    assert [e.action for e in page.entries][:3] == ["user.create"] * 3
    assert page.entries[0].after["email"] == "s2@gym.pt"
    assert audit.list_audit(actor=admin, person="nobody").entries == ()
    with pytest.raises(PermissionDenied):
        audit.list_audit(actor=reception)


def test_rows_cannot_be_updated_or_deleted(admin: Actor) -> None:
    _make_history(admin)
    for statement in ("UPDATE audit_log SET action = 'x'", "DELETE FROM audit_log"):
        with (
            pytest.raises(exc.DBAPIError, match="append-only"),
            current_database().engine.begin() as conn,
        ):
            conn.execute(text(statement))


def test_a_direct_sql_update_breaks_the_chain_and_is_found(admin: Actor) -> None:
    _make_history(admin)
    assert audit.check_chain(actor=admin).intact
    with current_database().engine.begin() as conn:
        # A database owner can switch the guard off; the hash chain still tells.
        conn.execute(text("ALTER TABLE audit_log DISABLE TRIGGER trg_audit_log_append_only"))
        victim = conn.execute(text("SELECT min(id) + 1 FROM audit_log")).scalar_one()
        conn.execute(
            text('UPDATE audit_log SET after = \'{"email": "evil@x.pt"}\' WHERE id = :i'),
            {"i": victim},
        )
        conn.execute(text("ALTER TABLE audit_log ENABLE TRIGGER trg_audit_log_append_only"))
    result = audit.check_chain(actor=admin)
    assert not result.intact and result.first_broken_id == victim
