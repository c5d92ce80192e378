"""Erase a member's personal data on request: irreversible, admins only, typed confirmation.

What happens to each table is in the registry (``domains.py``): photos, measurements, plans,
logs, messages and reports are deleted; the member's row, memberships, payments and visits stay
for the accounts and the counts, pointing at "Erased member <id>", with the name, email and
phone replaced wherever free text held them; the audit rows about the member are redacted
(content gone, chain intact, see migration 0009).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Table, delete, func, select, update
from sqlalchemy.orm import Session

from fitmate_desktop.models import Attendance, Membership, MembershipPlan, Trainee
from fitmate_desktop.security.permissions import Permission
from fitmate_desktop.services import audit
from fitmate_desktop.services.actor import Actor
from fitmate_desktop.services.data_rights.export import member_keys
from fitmate_desktop.services.data_rights.registry import (
    EraseAction,
    MemberKeys,
    MemberTable,
    erase_plan,
    picture_file,
    scrub_value,
)
from fitmate_desktop.services.errors import NotFound, ServiceError, ValidationError
from fitmate_desktop.services.events import announce_changed
from fitmate_desktop.services.gym import load_gym_profile
from fitmate_desktop.services.text import long_date
from fitmate_desktop.services.uow import unit_of_work
from fitmate_desktop.services.validation import require_text

REASON_MAX = 500
_VERB = {
    EraseAction.DELETE: "deleted",
    EraseAction.ANONYMISE: "anonymised",
    EraseAction.KEEP: "kept",
    EraseAction.CUSTOM: "redacted",
}


class ErasureRefused(ServiceError):
    """The member cannot be erased yet; ``blockers`` says why, one sentence each."""

    def __init__(self, blockers: tuple[str, ...]) -> None:
        super().__init__("This member cannot be erased yet: " + " ".join(blockers))
        self.blockers = blockers


@dataclass(frozen=True)
class ErasureStep:
    """What an erasure does (or did) to one kind of record."""

    table: str
    label: str
    action: str  # deleted | anonymised | kept | redacted
    rows: int
    why: str


@dataclass(frozen=True)
class ErasurePreview:
    """What the erasure dialog shows before anything happens."""

    member_id: int
    member_code: str
    confirmation_text: str  # what the admin must type
    blockers: tuple[str, ...]
    steps: tuple[ErasureStep, ...]

    @property
    def allowed(self) -> bool:
        return not self.blockers


@dataclass(frozen=True)
class ErasureResult:
    """What an erasure did."""

    member_id: int
    anonymous_name: str
    erased_at: dt.datetime
    steps: tuple[ErasureStep, ...]
    files_removed: int = 0
    # Photo files the rows pointed at that this desk could not delete (a read-only share):
    # shown to the admin to remove by hand; never stored anywhere.
    files_left: tuple[str, ...] = ()


def confirmation_text(member_code: str) -> str:
    return f"ERASE {member_code}"


def _blockers(session: Session, member: Trainee, today: dt.date) -> tuple[str, ...]:
    if member.erased_at is not None:
        return ("Their personal data was already erased.",)
    out: list[str] = []
    rows = session.execute(
        select(Membership.status, Membership.end_date, MembershipPlan.name)
        .join(MembershipPlan, MembershipPlan.id == Membership.plan_id)
        .where(
            Membership.trainee_id == member.id,
            Membership.status.in_(("unpaid", "active", "frozen")),
        )
        .order_by(Membership.end_date)
    ).all()
    for status, end, plan in rows:
        if status == "unpaid":
            out.append(
                f"They owe money on an unpaid membership ({plan}): take the payment or "
                "cancel it first."
            )
        elif end >= today:
            out.append(
                f"They have a {'frozen' if status == 'frozen' else 'running'} membership "
                f"({plan}, until {long_date(end)}): cancel it or let it end first."
            )
    inside = session.scalar(
        select(func.count())
        .select_from(Attendance)
        .where(Attendance.trainee_id == member.id, Attendance.checked_out_at.is_(None))
    )
    if inside:
        out.append("They are checked in right now: check them out first.")
    return tuple(out)


def _count(session: Session, entry: MemberTable, keys: MemberKeys) -> int:
    return int(
        session.scalar(select(func.count()).select_from(entry.table).where(entry.where(keys))) or 0
    )


def erasure_preview(*, actor: Actor, member_id: int) -> ErasurePreview:
    """What erasing the member would do, and what stops it now (for the erasure dialog)."""
    actor.require(Permission.MEMBERS_ERASE, doing="erase a member's personal data")
    with unit_of_work() as uow:
        session = uow.session
        member = session.get(Trainee, member_id)
        if member is None:
            raise NotFound("This member no longer exists.")
        keys = member_keys(session, member)
        today = load_gym_profile(session).today()
        steps = tuple(
            ErasureStep(e.name, e.label, _VERB[e.erase], _count(session, e, keys), e.why)
            for e in erase_plan()
        )
        return ErasurePreview(
            member_id=member.id,
            member_code=member.member_code,
            confirmation_text=confirmation_text(member.member_code),
            blockers=_blockers(session, member, today),
            steps=steps,
        )


def _reason(reason: str, keys: MemberKeys) -> str:
    text = require_text("reason", reason, label="the reason", max_length=REASON_MAX)
    lowered = text.casefold()
    if any(len(s) >= 3 and s.casefold() in lowered for s in keys.personal_strings):
        # The reason is kept in the audit log, which must hold nothing personal afterwards.
        raise ValidationError(
            "reason",
            "Leave the member's name, email and phone out of the reason: it is kept in the "
            "audit log. Write, for example, “Erasure requested in writing on 8 Dec”.",
        )
    return text


def _value(value: Any, keys: MemberKeys) -> Any:
    return value(keys) if callable(value) else value


def _anonymise(session: Session, entry: MemberTable, keys: MemberKeys) -> int:
    table: Table = entry.table
    where = entry.where(keys)
    has_version = "version" in table.c
    if entry.scrub:
        pk = list(table.primary_key.columns)
        cols = [table.c[c] for c in entry.scrub]
        for row in session.execute(select(*pk, *cols).where(where)).all():
            ident = row[: len(pk)]
            old = dict(zip(entry.scrub, row[len(pk) :], strict=True))
            new = {k: scrub_value(v, keys) for k, v in old.items()}
            changed = {k: v for k, v in new.items() if v != old[k]}
            if not changed:
                continue
            if has_version:
                changed["version"] = table.c.version + 1
            match = [c == v for c, v in zip(pk, ident, strict=True)]
            session.execute(update(table).where(*match).values(**changed))
    values = {k: _value(v, keys) for k, v in entry.anonymise.items()}
    if values:
        if has_version:
            # A desk holding the member's edit form open must not save the old data back.
            values["version"] = table.c.version + 1
        done = session.execute(update(table).where(where).values(**values))
        return int(getattr(done, "rowcount", 0) or 0)
    return _count(session, entry, keys)


def _erase_table(session: Session, entry: MemberTable, keys: MemberKeys) -> int:
    if entry.erase is EraseAction.CUSTOM:
        assert entry.erase_hook is not None
        return entry.erase_hook(session, keys)
    if entry.erase is EraseAction.DELETE:
        result = session.execute(delete(entry.table).where(entry.where(keys)))
        return int(getattr(result, "rowcount", 0) or 0)
    if entry.erase is EraseAction.ANONYMISE:
        return _anonymise(session, entry, keys)
    return _count(session, entry, keys)


def erase_member(*, actor: Actor, member_id: int, confirmation: str, reason: str) -> ErasureResult:
    """Erase the member's personal data. Irreversible.

    ``confirmation`` must be exactly ``ERASE <member code>`` (see ``erasure_preview``), and
    ``reason`` says why (a request in writing, its date), without naming the member. Refused,
    with every reason, while they have a running or unpaid membership or are in the gym.
    """
    actor.require(Permission.MEMBERS_ERASE, doing="erase a member's personal data")
    with unit_of_work() as uow:
        session = uow.session
        # Locked, so a desk selling a membership or checking them in meanwhile waits for us
        # and then sees the erased member, not half of one.
        member = session.get(Trainee, member_id, with_for_update=True)
        if member is None:
            raise NotFound("This member no longer exists.")
        keys = member_keys(session, member)
        why = _reason(reason, keys)
        expected = confirmation_text(member.member_code)
        if (confirmation or "").strip() != expected:
            raise ValidationError("confirmation", f"Type {expected} exactly to confirm.")
        blockers = _blockers(session, member, load_gym_profile(session).today())
        if blockers:
            raise ErasureRefused(blockers)
        site_id = member.site_id
        session.expunge(member)  # the rows are rewritten below with plain UPDATEs
        files = _file_paths(session, keys)
        # Marked first: the audit redaction (the plan's first step) works only on a member
        # being erased, and reads the name from the row before it is anonymised.
        session.execute(update(Trainee).where(Trainee.id == member_id).values(erased_at=func.now()))
        steps = tuple(
            ErasureStep(e.name, e.label, _VERB[e.erase], _erase_table(session, e, keys), e.why)
            for e in erase_plan()
        )
        erased_at = session.scalar(select(Trainee.erased_at).where(Trainee.id == member_id))
        assert erased_at is not None
        audit.record(
            session,
            actor=actor,
            action="member.erase",
            entity_type="member",
            entity_id=member_id,
            # Table names and counts only: nothing here says who the member was.
            after={"steps": {s.table: {"action": s.action, "rows": s.rows} for s in steps}},
            reason=why,
        )
        announce_changed(session, "members", "memberships", "payments", site_id=site_id)
        uow.commit()
    # After the commit: a file deleted for an erasure that then rolled back could not come back.
    removed, left = _remove_files(files)
    return ErasureResult(
        member_id=member_id,
        anonymous_name=keys.anonymous_name,
        erased_at=erased_at,
        steps=steps,
        files_removed=removed,
        files_left=left,
    )


def _file_paths(session: Session, keys: MemberKeys) -> list[str]:
    """The photo files the member's rows point at (their rows go or lose the path)."""
    paths: list[str] = []
    for entry in erase_plan():
        if entry.file_path_column:
            column = entry.table.c[entry.file_path_column]
            stmt = select(column).where(entry.where(keys), column.is_not(None))
            paths += [str(p) for p in session.scalars(stmt) if str(p).strip()]
    return paths


def _remove_files(paths: list[str]) -> tuple[int, tuple[str, ...]]:
    removed = 0
    left: list[str] = []
    for name in dict.fromkeys(paths):
        path = picture_file(name)
        if path is None:
            if Path(name).exists():
                left.append(name)  # there, but not a picture this program may delete
            continue
        try:
            path.unlink()
            removed += 1
        except OSError:
            left.append(name)
    return removed, tuple(left)
