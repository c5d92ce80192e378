"""Visits after the scan: check-out from the list, undo a mistaken check-in, who is in the gym
now, and closing visits left open past closing time."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from fitmate_desktop.models import Attendance, GymScheduleSlot, Trainee
from fitmate_desktop.security.permissions import Permission
from fitmate_desktop.services import audit
from fitmate_desktop.services.actor import Actor
from fitmate_desktop.services.checkin.assessment import assess, read_facts
from fitmate_desktop.services.checkin.results import (
    CheckInResult,
    MemberCard,
    Presence,
    PresentVisit,
    existing_visit,
)
from fitmate_desktop.services.checkin.scan import as_found, clock_of, now, site_of
from fitmate_desktop.services.errors import NotFound, ValidationError
from fitmate_desktop.services.events import CHANNEL_PRESENCE, announce
from fitmate_desktop.services.gym import GymProfile, load_gym_profile
from fitmate_desktop.services.uow import unit_of_work

UNDO_WINDOW = dt.timedelta(minutes=1)

# Undoing a class-pack check-in gives its visit back (never past what the pack holds).
_GIVE_BACK = text(
    "UPDATE memberships m SET visits_remaining = least(m.visits_remaining + 1, p.visit_count) "
    "FROM membership_plans p WHERE p.id = m.plan_id AND m.id = :membership_id "
    "AND m.visits_remaining IS NOT NULL"
)


def close_visit_row(
    visit: Attendance, at: dt.datetime, scan_id: uuid.UUID | None, *, auto: bool = False
) -> None:
    """Close an ORM-loaded visit at ``at`` (never before it began)."""
    at = max(at, visit.checked_in_at)
    visit.checked_out_at = at
    visit.duration_minutes = int((at - visit.checked_in_at).total_seconds() // 60)
    visit.checkout_scan_id = scan_id
    visit.auto_closed = auto


def _payload(event: str, visit: Attendance, card: MemberCard) -> dict[str, Any]:
    return {
        "event": event,
        "site_id": visit.site_id,
        "visit_id": visit.id,
        "member_id": card.id,
        "full_name": card.full_name,
        "member_code": card.member_code,
        "checked_in_at": visit.checked_in_at.isoformat(),
        "checked_out_at": visit.checked_out_at.isoformat() if visit.checked_out_at else None,
    }


def check_out(*, actor: Actor, visit_id: int) -> CheckInResult:
    """Check a member out from the "In the gym now" list."""
    actor.require(Permission.CHECKIN, doing="check members out")
    with unit_of_work() as uow:
        session = uow.session
        visit = session.get(Attendance, visit_id, with_for_update=True)
        if visit is None:
            raise NotFound("This visit no longer exists.")
        at = now()
        facts = read_facts(
            session.connection(), site_id=visit.site_id, at=at, member_id=visit.trainee_id
        )
        card, _red, _amber = assess(facts, site_id=visit.site_id, at=at)
        card = as_found(card, facts)
        if visit.checked_out_at is None:
            close_visit_row(visit, at, None)
            announce(session, CHANNEL_PRESENCE, _payload("check_out", visit, card))
            uow.commit()
        return existing_visit(
            card,
            visit_id=visit.id,
            checked_in_at=visit.checked_in_at,
            checked_out_at=visit.checked_out_at,
            duration_minutes=visit.duration_minutes,
            clock=clock_of(facts, visit.checked_in_at),
        )


def undo_check_in(*, actor: Actor, visit_id: int) -> None:
    """Remove a check-in made by mistake, within a minute of it; audited with what was removed.

    A class-pack check-in gets its visit back.
    """
    actor.require(Permission.CHECKIN, doing="undo a check-in")
    with unit_of_work() as uow:
        session = uow.session
        visit = session.get(Attendance, visit_id, with_for_update=True)
        if visit is None:
            raise NotFound("This visit no longer exists.")
        if now() - visit.checked_in_at > UNDO_WINDOW:
            raise ValidationError(
                "visit", "A check-in can be undone within a minute only; check the member out."
            )
        before = {
            "member_id": visit.trainee_id,
            "checked_in_at": visit.checked_in_at,
            "verdict": visit.verdict,
            "override_reason": visit.override_reason,
        }
        member = session.get(Trainee, visit.trainee_id)
        assert member is not None
        # The membership the check-in judged (and took a class-pack visit from, if it is one).
        facts = read_facts(
            session.connection(),
            site_id=visit.site_id,
            at=visit.checked_in_at,
            member_id=visit.trainee_id,
        )
        payload = {
            "event": "undo",
            "site_id": visit.site_id,
            "visit_id": visit.id,
            "member_id": visit.trainee_id,
            "full_name": member.full_name,
        }
        session.delete(visit)
        if facts.class_pack_id is not None:
            session.execute(_GIVE_BACK, {"membership_id": facts.class_pack_id})
        audit.record(
            session,
            actor=actor,
            action="checkin.undo",
            entity_type="attendance",
            entity_id=visit_id,
            before=before,
        )
        announce(session, CHANNEL_PRESENCE, payload)
        uow.commit()


def current_slot(
    session: Session, site_id: int, profile: GymProfile, at: dt.datetime
) -> GymScheduleSlot | None:
    local = at.astimezone(profile.zone)
    return session.scalars(
        select(GymScheduleSlot)
        .where(
            GymScheduleSlot.site_id == site_id,
            GymScheduleSlot.day_of_week == local.weekday(),
            GymScheduleSlot.opens_at <= local.time(),
            GymScheduleSlot.closes_at > local.time(),
        )
        .order_by(GymScheduleSlot.opens_at.desc())
        .limit(1)
    ).first()


def present_now(*, actor: Actor, limit: int = 500) -> Presence:
    """Who is in the gym now at the desk's site, newest first, and the current capacity."""
    actor.require(Permission.CHECKIN, doing="see who is in the gym")
    site_id = site_of(actor)
    with unit_of_work() as uow:
        session = uow.session
        profile = load_gym_profile(session)
        rows = session.execute(
            select(
                Attendance.id,
                Attendance.trainee_id,
                Trainee.full_name,
                Trainee.member_code,
                Attendance.checked_in_at,
                Attendance.verdict,
            )
            .join(Trainee, Trainee.id == Attendance.trainee_id)
            .where(Attendance.site_id == site_id, Attendance.checked_out_at.is_(None))
            .order_by(Attendance.checked_in_at.desc())
            .limit(limit)
        ).all()
        slot = current_slot(session, site_id, profile, now())
        count = session.scalar(
            select(func.count())
            .select_from(Attendance)
            .where(Attendance.site_id == site_id, Attendance.checked_out_at.is_(None))
        )
        return Presence(
            site_id=site_id,
            count=int(count or 0),
            capacity=slot.capacity if slot else None,
            slot_label=slot.label if slot else None,
            visits=tuple(PresentVisit(*r) for r in rows),
        )


def close_stale_visits(*, actor: Actor) -> int:
    """Close visits left open past closing time with that closing time, marked auto-closed.

    A visit is stale when the slot it started in has closed and no later slot of the same day
    continues it; visits from earlier days are always stale. Returns how many were closed.
    """
    actor.require(Permission.CHECKIN, doing="close visits")
    site_id = site_of(actor)
    closed = 0
    with unit_of_work() as uow:
        session = uow.session
        profile = load_gym_profile(session)
        at = now()
        today = at.astimezone(profile.zone).date()
        open_visits = session.scalars(
            select(Attendance)
            .where(Attendance.site_id == site_id, Attendance.checked_out_at.is_(None))
            .with_for_update(skip_locked=True)
        ).all()
        for visit in open_visits:
            local_in = visit.checked_in_at.astimezone(profile.zone)
            closing = session.scalar(
                select(func.max(GymScheduleSlot.closes_at)).where(
                    GymScheduleSlot.site_id == site_id,
                    GymScheduleSlot.day_of_week == local_in.weekday(),
                )
            )
            if closing is None:
                # No opening hours that day: close at midnight of a past day only.
                if local_in.date() >= today:
                    continue
                close_at = dt.datetime.combine(
                    local_in.date() + dt.timedelta(days=1), dt.time(), tzinfo=profile.zone
                )
            else:
                close_at = dt.datetime.combine(local_in.date(), closing, tzinfo=profile.zone)
                if close_at > at:
                    continue
            close_visit_row(visit, close_at, None, auto=True)
            closed += 1
        if closed:
            announce(session, CHANNEL_PRESENCE, {"event": "auto_close", "site_id": site_id})
        uow.commit()
    return closed
