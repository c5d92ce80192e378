"""The audit log: append-only rows chained by SHA-256, written inside the caller's transaction."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import secrets
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from fitmate_desktop.models import AuditLog
from fitmate_desktop.security.permissions import Permission
from fitmate_desktop.services.actor import Actor
from fitmate_desktop.services.uow import unit_of_work

# Serialises writers so each row links to the one before it, even across desks.
_AUDIT_LOCK_KEY = 0x46_49_54_41  # "FITA"


def _json_default(value: object) -> str:
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return str(value)


def _canonical(value: Any) -> Any:
    """JSON-safe, key-sorted copy so the hash does not depend on dict order or types."""
    return json.loads(json.dumps(value, default=_json_default, sort_keys=True))


def row_digest(prev_hash: str | None, fields: dict[str, Any]) -> str:
    payload = json.dumps(
        {"prev": prev_hash, **_canonical(fields)}, sort_keys=True, separators=(",", ":")
    )
    return hashlib.sha256(payload.encode()).hexdigest()


def content_digest(salt: str, *, before: Any, after: Any, reason: str | None) -> str:
    """sha256(salt | canonical content): what the chain commits to instead of the content.

    Redaction (erasing a member) removes the content and the salt and keeps this digest, so the
    chain still verifies and, the salt being gone, nobody can test a guessed name against it.
    """
    content = json.dumps(
        _canonical({"before": before, "after": after, "reason": reason}),
        sort_keys=True,
        separators=(",", ":"),
    )
    return hashlib.sha256(f"{salt}|{content}".encode()).hexdigest()


def _hashed_fields(row: AuditLog) -> dict[str, Any]:
    return {
        "occurred_at": row.occurred_at.astimezone(dt.UTC).isoformat(),
        "actor_user_id": row.actor_user_id,
        "actor_email": row.actor_email,
        "workstation": row.workstation,
        "site_id": row.site_id,
        "action": row.action,
        "entity_type": row.entity_type,
        "entity_id": row.entity_id,
        "content": row.content_digest,
    }


def record(
    session: Session,
    *,
    actor: Actor,
    action: str,
    entity_type: str,
    entity_id: object | None = None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    reason: str | None = None,
) -> None:
    """Append one audit row in the caller's transaction (it commits or rolls back with it)."""
    session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _AUDIT_LOCK_KEY})
    prev_hash = session.scalar(select(AuditLog.row_hash).order_by(AuditLog.id.desc()).limit(1))
    salt = secrets.token_hex(16)
    row = AuditLog(
        occurred_at=dt.datetime.now(dt.UTC).replace(microsecond=0),
        actor_user_id=actor.user_id or None,
        actor_email=actor.email,
        workstation=actor.workstation,
        site_id=actor.site_id,
        action=action,
        entity_type=entity_type,
        entity_id=None if entity_id is None else str(entity_id),
        before=_canonical(before) if before is not None else None,
        after=_canonical(after) if after is not None else None,
        reason=reason,
        prev_hash=prev_hash,
        content_salt=salt,
    )
    row.content_digest = content_digest(salt, before=row.before, after=row.after, reason=reason)
    row.row_hash = row_digest(prev_hash, _hashed_fields(row))
    session.add(row)


@dataclass(frozen=True)
class ChainCheck:
    """Result of verifying the audit chain: rows checked and the first broken row, if any."""

    rows_checked: int
    first_broken_id: int | None

    @property
    def intact(self) -> bool:
        return self.first_broken_id is None


def verify_chain(session: Session) -> ChainCheck:
    prev: str | None = None
    count = 0
    for row in session.scalars(select(AuditLog).order_by(AuditLog.id)).yield_per(1000):
        count += 1
        if row.redacted_at is None:
            content_ok = row.content_salt is not None and row.content_digest == content_digest(
                row.content_salt, before=row.before, after=row.after, reason=row.reason
            )
        else:  # redacted on erasure: only the digest is left, and nothing may be beside it
            content_ok = (row.before, row.after, row.reason, row.content_salt) == (None,) * 4
        if (
            not content_ok
            or row.prev_hash != prev
            or row.row_hash != row_digest(prev, _hashed_fields(row))
        ):
            return ChainCheck(count, row.id)
        prev = row.row_hash
    return ChainCheck(count, None)


@dataclass(frozen=True)
class AuditEntry:
    """One row of the Audit log panel."""

    id: int
    occurred_at: dt.datetime
    actor_email: str | None
    workstation: str | None
    action: str
    entity_type: str
    entity_id: str | None
    before: Any
    after: Any
    reason: str | None
    redacted: bool = False  # content removed when the member it named was erased


@dataclass(frozen=True)
class AuditPage:
    """A page of the audit log, newest first, and the id to continue before (None at the end)."""

    entries: tuple[AuditEntry, ...]
    next_before_id: int | None


def list_audit(
    *,
    actor: Actor,
    person: str = "",
    entity_type: str = "",
    since: dt.datetime | None = None,
    until: dt.datetime | None = None,
    before_id: int | None = None,
    limit: int = 200,
) -> AuditPage:
    """The audit log filtered by person (email part), entity type and time, newest first."""
    actor.require(Permission.AUDIT_VIEW, doing="read the audit log")
    limit = max(1, min(limit, 1000))
    stmt = select(AuditLog).order_by(AuditLog.id.desc()).limit(limit + 1)
    if person.strip():
        stmt = stmt.where(AuditLog.actor_email.ilike(f"%{person.strip()}%"))
    if entity_type.strip():
        stmt = stmt.where(AuditLog.entity_type == entity_type.strip())
    if since is not None:
        stmt = stmt.where(AuditLog.occurred_at >= since)
    if until is not None:
        stmt = stmt.where(AuditLog.occurred_at < until)
    if before_id is not None:
        stmt = stmt.where(AuditLog.id < before_id)
    with unit_of_work() as uow:
        rows = list(uow.session.scalars(stmt))
        more = len(rows) > limit
        rows = rows[:limit]
        entries = tuple(
            AuditEntry(
                id=r.id,
                occurred_at=r.occurred_at,
                actor_email=r.actor_email,
                workstation=r.workstation,
                action=r.action,
                entity_type=r.entity_type,
                entity_id=r.entity_id,
                before=r.before,
                after=r.after,
                reason=r.reason,
                redacted=r.redacted_at is not None,
            )
            for r in rows
        )
    # From the entries, not the ORM rows: those are detached (expired) once the unit of work
    # has closed, and reading one would raise.
    return AuditPage(entries=entries, next_before_id=entries[-1].id if more and entries else None)


# A loose index scan over ix_audit_log_entity: one index probe per distinct entity type, so the
# list is instant however many millions of rows the log holds (a plain DISTINCT reads them all).
_ENTITY_TYPES = text(
    """
    WITH RECURSIVE types(t) AS (
        (SELECT entity_type FROM audit_log ORDER BY entity_type LIMIT 1)
        UNION ALL
        SELECT (SELECT entity_type FROM audit_log WHERE entity_type > types.t
                ORDER BY entity_type LIMIT 1)
        FROM types WHERE types.t IS NOT NULL
    )
    SELECT t FROM types WHERE t IS NOT NULL
    """
)


def audit_entity_types(*, actor: Actor) -> tuple[str, ...]:
    """The entity types that occur in the log, sorted (the Audit log panel's filter list)."""
    actor.require(Permission.AUDIT_VIEW, doing="read the audit log")
    with unit_of_work() as uow:
        return tuple(str(t) for t in uow.session.scalars(_ENTITY_TYPES))


def check_chain(*, actor: Actor) -> ChainCheck:
    """Verify the whole chain (``fitmate audit check``, and the Audit log panel's Verify)."""
    actor.require(Permission.AUDIT_VIEW, doing="verify the audit log")
    with unit_of_work() as uow:
        return verify_chain(uow.session)
