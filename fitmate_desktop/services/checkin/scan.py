"""A scan at the door: the member code -> verdict -> visit (or check-out), in three round trips.

An allowed check-in is: the pool's liveness ping, ONE statement reading everything the verdict
needs (``assessment.read_facts``), and ONE statement writing the visit, the class-pack visit,
the trainer's notice and the NOTIFY, which commits as it ends (``writes.insert_visit``, on an
autocommit connection). A refusal or a double scan is the first two only. An override writes
an audit row too, so it runs as an ordinary transaction (a few trips more; it is rare).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

from sqlalchemy import Connection, select
from sqlalchemy.exc import IntegrityError

from fitmate_desktop.models import Attendance
from fitmate_desktop.security.permissions import Permission
from fitmate_desktop.services import audit
from fitmate_desktop.services.actor import Actor
from fitmate_desktop.services.checkin.assessment import Facts, assess, read_facts
from fitmate_desktop.services.checkin.codes import normalise_member_code
from fitmate_desktop.services.checkin.results import (
    CheckInResult,
    MemberCard,
    checked_in,
    existing_visit,
    refused,
)
from fitmate_desktop.services.checkin.writes import TrainerNotice, close_visit, insert_visit
from fitmate_desktop.services.errors import Conflict, NotFound, ValidationError
from fitmate_desktop.services.uow import UnitOfWork, unit_of_work

# A second scan this soon after checking in is a double scan, not a check-out.
RESCAN_GRACE = dt.timedelta(minutes=2)
# A desk's clock may run this far ahead of the one that judges its queued scans.
CLOCK_SKEW = dt.timedelta(minutes=2)
# A scan held longer than this in a desk's offline queue is refused, not back-dated.
OLDEST_QUEUED_SCAN = dt.timedelta(hours=24)
# Older than this, a queued scan is not judged by how many are inside NOW.
LATE_SCAN = dt.timedelta(minutes=2)


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def site_of(actor: Actor) -> int:
    if actor.site_id is None:
        raise ValidationError("site", "This desk is not assigned to a gym site.")
    return actor.site_id


def scan_time(scanned_at: dt.datetime | None, received: dt.datetime) -> dt.datetime:
    """When the scan was made: ``scanned_at`` from a desk's offline queue, else now."""
    if scanned_at is None:
        return received
    if scanned_at.tzinfo is None or scanned_at.utcoffset() is None:
        raise ValidationError("scanned_at", "The scan time must carry its time zone.")
    if scanned_at > received + CLOCK_SKEW:
        raise ValidationError(
            "scanned_at",
            "This scan is dated in the future; check the date and time of this desk's clock.",
        )
    if received - scanned_at > OLDEST_QUEUED_SCAN:
        raise ValidationError(
            "scanned_at",
            "This scan waited more than 24 hours in the desk's queue and was not recorded. "
            "Check the member in again if they are here.",
        )
    return min(scanned_at, received)


def _connection(uow: UnitOfWork, *, autocommit: bool) -> Connection:
    if autocommit:
        # Each statement is its own transaction: no BEGIN, and the write commits as it ends.
        return uow.session.connection(execution_options={"isolation_level": "AUTOCOMMIT"})
    return uow.session.connection()


def as_found(card: MemberCard, facts: Facts) -> MemberCard:
    """The card for an existing visit: the class pack as it stands (nothing taken now)."""
    left = facts["m_visits_remaining"] if facts.class_pack_id is not None else None
    return dataclasses.replace(card, visits_left=left)


def check_in(
    member_code: str,
    *,
    actor: Actor,
    override_reason: str | None = None,
    scan_id: uuid.UUID | None = None,
    scanned_at: dt.datetime | None = None,
) -> CheckInResult:
    """Scan -> verdict. Green and amber check in; red refuses unless overridden with a reason.

    A member already inside is checked out by a second scan (after a short grace period).
    ``scan_id`` makes a scan re-sent after a lost connection harmless; ``scanned_at`` is when
    a scan held in a desk's offline queue was made: the visit keeps that time and is judged
    by it (the server's own time goes in ``recorded_at``).
    """
    actor.require(Permission.CHECKIN, doing="check members in")
    code = normalise_member_code(member_code)
    reason_text = (override_reason or "").strip() or None
    if reason_text is not None:
        actor.require(Permission.CHECKIN_OVERRIDE, doing="check in a refused member")
        if len(reason_text) > 500:
            raise ValidationError("reason", "Keep the reason under 500 characters.")
    site_id = site_of(actor)
    received = now()
    at = scan_time(scanned_at, received)

    with unit_of_work() as uow:
        conn = _connection(uow, autocommit=reason_text is None)
        facts = read_facts(conn, site_id=site_id, at=at, code=code, scan_id=scan_id)
        if not facts.found:
            raise NotFound(f"No member has the code {code}. Check the card or search by name.")
        card, red, amber = assess(
            facts, site_id=site_id, at=at, count_capacity=received - at <= LATE_SCAN
        )
        if facts["replay_id"] is not None:
            return _replayed(facts, card)
        if facts.archived:
            raise ValidationError(
                "code", f"{card.full_name}'s record is archived. Restore it to check them in."
            )

        open_visit = facts.open_visit
        if open_visit is not None:
            visit_id, since = open_visit
            if at - since < RESCAN_GRACE:
                return _already_in(as_found(card, facts), facts, visit_id, since)
            closed = close_visit(
                conn,
                visit_id=visit_id,
                at=at,
                scan_id=scan_id,
                member_id=card.id,
                member_code=card.member_code,
                full_name=card.full_name,
            )
            uow.commit()
            if closed is None:  # closed meanwhile by another desk: say how it stands now
                return _after_race(uow, code, site_id, at, closed_visit_id=visit_id)
            return existing_visit(
                as_found(card, facts),
                visit_id=closed.id,
                checked_in_at=closed.checked_in_at,
                checked_out_at=closed.checked_out_at,
                duration_minutes=closed.duration_minutes,
                clock="",
            )

        if red and reason_text is None:
            return refused(card, red, amber)

        pack_id = facts.class_pack_id if (facts["m_visits_remaining"] or 0) > 0 else None
        trainer_user = facts["trainer_user_id"]
        notice = None
        if trainer_user is not None:
            where = f" at {facts['site_name']}" if facts["site_name"] else ""
            notice = TrainerNotice(int(trainer_user), f"{card.full_name} arrived{where}", card.id)
        try:
            visit = insert_visit(
                conn,
                member_id=card.id,
                member_code=card.member_code,
                full_name=card.full_name,
                site_id=site_id,
                at=at,
                verdict="red" if red else ("amber" if amber else "green"),
                override_reason=reason_text if red else None,
                by_user_id=actor.user_id or None,
                workstation=actor.workstation,
                scan_id=scan_id,
                pack_id=pack_id,
                notice=notice,
            )
        except IntegrityError:
            # Another desk checked this member in at the same instant: theirs stands (and the
            # class-pack visit this statement took went back with it).
            uow.session.rollback()
            return _after_race(uow, code, site_id, at)
        if visit is None:
            # The class pack's last visit went to another desk between reading and writing.
            uow.session.rollback()
            return _after_race(uow, code, site_id, at)
        if red:
            audit.record(
                uow.session,
                actor=actor,
                action="checkin.override",
                entity_type="attendance",
                entity_id=visit.id,
                after={"member_id": card.id, "refusals": [r.code for r in red]},
                reason=reason_text,
            )
        uow.commit()

    if pack_id is not None:
        card = dataclasses.replace(card, visits_left=visit.visits_left)
    return checked_in(card, red, amber, visit_id=visit.id, checked_in_at=visit.checked_in_at)


def _replayed(facts: Facts, card: MemberCard) -> CheckInResult:
    """A scan already recorded (re-sent after a lost answer): say what it did, write nothing."""
    if facts["replay_member_id"] != card.id:
        raise Conflict("This scan was already recorded for another member; scan the card again.")
    return existing_visit(
        as_found(card, facts),
        visit_id=int(facts["replay_id"]),
        checked_in_at=facts["replay_in"],
        checked_out_at=facts["replay_out"],
        duration_minutes=facts["replay_minutes"],
        clock=clock_of(facts, facts["replay_in"]),
    )


def _already_in(card: MemberCard, facts: Facts, visit_id: int, since: dt.datetime) -> CheckInResult:
    return existing_visit(
        card,
        visit_id=visit_id,
        checked_in_at=since,
        checked_out_at=None,
        duration_minutes=None,
        clock=clock_of(facts, since),
    )


def clock_of(facts: Facts, at: dt.datetime) -> str:
    """``at`` as the desk's clock shows it (the gym's time zone)."""
    return f"{at.astimezone(facts.profile.zone):%H:%M}"


def _after_race(
    uow: UnitOfWork,
    code: str,
    site_id: int,
    at: dt.datetime,
    *,
    closed_visit_id: int | None = None,
) -> CheckInResult:
    """Another desk wrote first: read again and answer as things stand (a trip or two more)."""
    conn = _connection(uow, autocommit=True)
    facts = read_facts(conn, site_id=site_id, at=at, code=code)
    card, red, amber = assess(facts, site_id=site_id, at=at)
    if facts.open_visit is not None:
        visit_id, since = facts.open_visit
        return _already_in(as_found(card, facts), facts, visit_id, since)
    # An open visit older than a later, closed one (an offline queue sent late) is not the
    # member's latest visit: the open-visit index finds it.
    still_open = uow.session.scalars(
        select(Attendance).where(
            Attendance.trainee_id == card.id, Attendance.checked_out_at.is_(None)
        )
    ).first()
    if still_open is not None:
        return _already_in(as_found(card, facts), facts, still_open.id, still_open.checked_in_at)
    if closed_visit_id is not None:
        visit = uow.session.get(Attendance, closed_visit_id)
        if visit is not None:
            return existing_visit(
                as_found(card, facts),
                visit_id=visit.id,
                checked_in_at=visit.checked_in_at,
                checked_out_at=visit.checked_out_at,
                duration_minutes=visit.duration_minutes,
                clock=clock_of(facts, visit.checked_in_at),
            )
    if red:
        return refused(card, red, amber)
    raise Conflict("This scan could not be saved; scan again.")
