"""The front door: scan -> verdict (green, amber, red) -> visit, check-out, who is in the gym now.

A check-in is a handful of indexed statements and one commit. The database's partial unique
index (one open visit per member) is the final word when two desks scan the same member at the
same instant; the loser is told "already checked in". Every check-in and check-out is announced
on ``fitmate_presence`` so every desk's "In the gym now" updates within a second.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, case, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from fitmate_desktop.models import (
    Attendance,
    GymScheduleSlot,
    GymSite,
    Membership,
    MembershipPlan,
    Notification,
    Trainee,
    Trainer,
)
from fitmate_desktop.security.permissions import Permission
from fitmate_desktop.services import audit
from fitmate_desktop.services.actor import Actor
from fitmate_desktop.services.errors import Conflict, NotFound, ValidationError
from fitmate_desktop.services.events import CHANNEL_PRESENCE, announce
from fitmate_desktop.services.gym import GymProfile, load_gym_profile
from fitmate_desktop.services.members import state_of
from fitmate_desktop.services.uow import unit_of_work

# A second scan this soon after checking in is a double scan, not a check-out.
RESCAN_GRACE = dt.timedelta(minutes=2)
UNDO_WINDOW = dt.timedelta(minutes=1)

# Scanners add AIM symbology identifiers (]C1, ]Q3 …), STX/ETX, asterisks (Code 39) or spaces.
_SYMBOLOGY_PREFIX = re.compile(r"^\][A-Za-z][0-9]")
_CODE_OK = re.compile(r"^[A-Z0-9][A-Z0-9\-_./]{0,31}$")


def normalise_member_code(raw: str) -> str:
    """What the scanner or the keyboard typed -> the member code as stored (upper case)."""
    code = "".join(ch for ch in (raw or "") if ch.isprintable()).strip()
    code = _SYMBOLOGY_PREFIX.sub("", code).strip().strip("*~").strip()
    code = code.replace(" ", "").upper()
    if not code:
        raise ValidationError("code", "Scan a card or type a member code.")
    if not _CODE_OK.match(code):
        raise ValidationError("code", f"'{raw.strip()[:40]}' is not a member code.")
    return code


@dataclass(frozen=True)
class Reason:
    """Why a verdict is amber or red: a code for the program, words for the desk."""

    code: str
    message: str


@dataclass(frozen=True)
class MemberCard:
    """What the verdict card shows about the member."""

    id: int
    full_name: str
    member_code: str
    photo_path: str | None
    plan_name: str | None
    status: str
    days_left: int | None
    membership_end: dt.date | None
    visits_this_week: int
    health_conditions: str | None
    visits_left: int | None = None  # class packs: visits left after this scan; None otherwise


@dataclass(frozen=True)
class CheckInResult:
    """The verdict of one scan and what was written (if anything)."""

    outcome: str  # checked_in | checked_out | already_in | refused
    verdict: str  # green | amber | red
    headline: str
    member: MemberCard
    reasons: tuple[Reason, ...] = ()
    actions: tuple[str, ...] = ()  # take_payment | renew | override
    visit_id: int | None = None
    checked_in_at: dt.datetime | None = None
    checked_out_at: dt.datetime | None = None
    overridden: bool = False

    @property
    def other_reasons(self) -> tuple[Reason, ...]:
        """The reasons the headline does not already say (the card lists these, once each)."""
        return tuple(r for r in self.reasons if r.message not in self.headline)


@dataclass(frozen=True)
class PresentVisit:
    """One line of "In the gym now"."""

    visit_id: int
    member_id: int
    full_name: str
    member_code: str
    checked_in_at: dt.datetime
    verdict: str


@dataclass(frozen=True)
class Presence:
    """Who is in the gym now, against the capacity of the current opening-hours slot."""

    site_id: int
    count: int
    capacity: int | None
    slot_label: str | None
    visits: tuple[PresentVisit, ...] = field(default_factory=tuple)


# ---------------------------------------------------------------------------- helpers


def _site_id(actor: Actor) -> int:
    if actor.site_id is None:
        raise ValidationError("site", "This desk is not assigned to a gym site.")
    return actor.site_id


def _find_member(session: Session, code: str, site_id: int) -> Trainee:
    rows = session.scalars(
        select(Trainee)
        .where(Trainee.member_code == code)
        .order_by(case((Trainee.site_id == site_id, 0), else_=1), Trainee.id)
        .limit(1)
    ).all()
    if not rows:
        raise NotFound(f"No member has the code {code}. Check the card or search by name.")
    return rows[0]


def _current_membership(
    session: Session, member_id: int, today: dt.date
) -> tuple[Membership, MembershipPlan] | None:
    covers_today = and_(
        Membership.start_date <= today,
        Membership.end_date >= today,
        Membership.status != "cancelled",
    )
    row = session.execute(
        select(Membership, MembershipPlan)
        .join(MembershipPlan, MembershipPlan.id == Membership.plan_id)
        .where(Membership.trainee_id == member_id)
        .order_by(case((covers_today, 0), else_=1), Membership.end_date.desc())
        .limit(1)
    ).first()
    return (row[0], row[1]) if row else None


def _week_start(profile: GymProfile, now: dt.datetime) -> dt.datetime:
    local = now.astimezone(profile.zone)
    monday = local.date() - dt.timedelta(days=local.weekday())
    return dt.datetime.combine(monday, dt.time(), tzinfo=profile.zone)


def _visits_since(session: Session, member_id: int, since: dt.datetime) -> int:
    return int(
        session.scalar(
            select(func.count())
            .select_from(Attendance)
            .where(Attendance.trainee_id == member_id, Attendance.checked_in_at >= since)
        )
        or 0
    )


def _current_slot(
    session: Session, site_id: int, profile: GymProfile, now: dt.datetime
) -> GymScheduleSlot | None:
    local = now.astimezone(profile.zone)
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


def _open_count(session: Session, site_id: int) -> int:
    return int(
        session.scalar(
            select(func.count())
            .select_from(Attendance)
            .where(Attendance.site_id == site_id, Attendance.checked_out_at.is_(None))
        )
        or 0
    )


def _fmt_day(day: dt.date) -> str:
    return f"{day.day} {day:%B %Y}"


def _days(n: int) -> str:
    return "1 day" if n == 1 else f"{n} days"


def _assess(
    session: Session,
    member: Trainee,
    site_id: int,
    profile: GymProfile,
    now: dt.datetime,
) -> tuple[MemberCard, list[Reason], list[Reason]]:
    """Build the card and the red (refusing) and amber (warning) reasons, in that order."""
    today = now.astimezone(profile.zone).date()
    current = _current_membership(session, member.id, today)
    week_visits = _visits_since(session, member.id, _week_start(profile, now))
    red: list[Reason] = []
    amber: list[Reason] = []

    if current is None:
        status, days_left, plan_name, end = "none", None, None, None
        red.append(Reason("no_membership", "No membership. Sell one to let them in."))
    else:
        m, plan = current
        status, days_left = state_of(m, today)
        plan_name, end = plan.name, m.end_date
        if m.start_date > today and status not in ("cancelled", "frozen", "unpaid"):
            red.append(Reason("not_started", f"Membership starts on {_fmt_day(m.start_date)}."))
        elif status == "expired":
            ago = -(days_left or 0)
            when = "today" if ago == 0 else f"{_days(ago)} ago"
            red.append(Reason("expired", f"Membership ended on {_fmt_day(m.end_date)} ({when})."))
        elif status == "frozen":
            until = f" until {_fmt_day(m.frozen_until)}" if m.frozen_until else ""
            red.append(Reason("frozen", f"Membership is frozen{until}."))
        elif status == "cancelled":
            red.append(Reason("cancelled", "Membership was cancelled."))
        elif status == "unpaid":
            red.append(Reason("unpaid", f"Payment due since {_fmt_day(m.start_date)}."))
        else:
            if plan.access_from is not None and plan.access_until is not None:
                local_time = now.astimezone(profile.zone).time()
                if not plan.access_from <= local_time < plan.access_until:
                    red.append(
                        Reason(
                            "outside_plan_hours",
                            f"{plan.name} allows visits {plan.access_from:%H:%M}–"
                            f"{plan.access_until:%H:%M} only.",
                        )
                    )
            if plan.visits_per_week is not None and week_visits >= plan.visits_per_week:
                red.append(
                    Reason(
                        "weekly_limit",
                        f"Already {week_visits} visits this week "
                        f"(plan allows {plan.visits_per_week}).",
                    )
                )
            if m.site_id != site_id and not plan.all_sites:
                red.append(Reason("other_site", f"{plan.name} is valid at the home gym only."))
            if status == "expiring" and days_left is not None:
                ends = "today" if days_left == 0 else f"in {_days(days_left)}"
                amber.append(Reason("expiring", f"Membership ends {ends}."))
            renewal_due = session.scalar(
                select(Membership.start_date)
                .where(
                    Membership.trainee_id == member.id,
                    Membership.status == "unpaid",
                    Membership.start_date > today,
                )
                .limit(1)
            )
            if renewal_due is not None:
                amber.append(
                    Reason("payment_due", f"Renewal from {_fmt_day(renewal_due)} is unpaid.")
                )

    slot = _current_slot(session, site_id, profile, now)
    # A site without any opening hours set up is never "closed" (a single gym that has not
    # filled them in yet); the second query only runs when no slot covers now.
    closed = slot is not None and slot.slot_type == "closed"
    if slot is None:
        closed = (
            session.scalar(
                select(GymScheduleSlot.id).where(GymScheduleSlot.site_id == site_id).limit(1)
            )
            is not None
        )
    if closed:
        red.append(Reason("closed", "The gym is closed now (outside opening hours)."))
    elif slot is not None and _open_count(session, site_id) >= slot.capacity:
        red.append(Reason("at_capacity", f"The gym is full ({slot.capacity} inside)."))

    if member.date_of_birth is not None and (
        (member.date_of_birth.month, member.date_of_birth.day) == (today.month, today.day)
    ):
        amber.append(Reason("birthday", "Birthday today! 🎂"))
    if member.health_flagged:
        note = (member.health_conditions or "see the trainer's note").strip()
        amber.append(Reason("health", f"Health: {note}"))

    card = MemberCard(
        id=member.id,
        full_name=member.full_name,
        member_code=member.member_code,
        photo_path=member.photo_path,
        plan_name=plan_name,
        status=status,
        days_left=days_left,
        membership_end=end,
        visits_this_week=week_visits,
        health_conditions=member.health_conditions if member.health_flagged else None,
    )
    return card, red, amber


def _first_name(card: MemberCard) -> str:
    return card.full_name.split()[0] if card.full_name.split() else card.full_name


def _next_actions(red: list[Reason]) -> tuple[str, ...]:
    codes = {r.code for r in red}
    actions: list[str] = []
    if codes & {"unpaid"}:
        actions.append("take_payment")
    if codes & {"expired", "no_membership", "cancelled"}:
        actions.append("renew")
    actions.append("override")
    return tuple(actions)


def _presence_payload(event: str, visit: Attendance, card: MemberCard) -> dict[str, Any]:
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


def _notify_trainer(session: Session, member: Trainee, site_id: int) -> None:
    if member.trainer_id is None:
        return
    trainer_user = session.scalar(select(Trainer.user_id).where(Trainer.id == member.trainer_id))
    if trainer_user is None:
        return
    site_name = session.scalar(select(GymSite.name).where(GymSite.id == site_id))
    where = f" at {site_name}" if site_name else ""
    session.add(
        Notification(
            user_id=trainer_user,
            type="trainee_arrived",
            title=f"{member.full_name} arrived{where}",
            payload={"member_id": member.id},
        )
    )


# ---------------------------------------------------------------------------- services


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
    a scan held in a desk's offline queue was made (the visit keeps that time).
    """
    actor.require(Permission.CHECKIN, doing="check members in")
    code = normalise_member_code(member_code)
    reason_text = (override_reason or "").strip() or None
    if reason_text is not None:
        actor.require(Permission.CHECKIN_OVERRIDE, doing="check in a refused member")
        if len(reason_text) > 500:
            raise ValidationError("reason", "Keep the reason under 500 characters.")
    site_id = _site_id(actor)

    with unit_of_work() as uow:
        session = uow.session
        if scan_id is not None:
            replay = _replayed_scan(session, scan_id)
            if replay is not None:
                member = session.get(Trainee, replay.trainee_id)
                assert member is not None
                profile = load_gym_profile(session)
                card, _red, _amber = _assess(session, member, site_id, profile, _now())
                return _visit_result(card, replay, profile)

        profile = load_gym_profile(session)
        now = _now()
        member = _find_member(session, code, site_id)
        if member.deleted_at is not None:
            raise ValidationError(
                "code", f"{member.full_name}'s record is archived. Restore it to check them in."
            )
        open_visit = session.scalars(
            select(Attendance)
            .where(Attendance.trainee_id == member.id, Attendance.checked_out_at.is_(None))
            .with_for_update()
        ).first()
        card, red, amber = _assess(session, member, site_id, profile, now)

        if open_visit is not None:
            if now - open_visit.checked_in_at < RESCAN_GRACE:
                return _visit_result(card, open_visit, profile)
            _close_visit(open_visit, now, scan_id)
            announce(session, CHANNEL_PRESENCE, _presence_payload("check_out", open_visit, card))
            uow.commit()
            return _visit_result(card, open_visit, profile)

        if red and reason_text is None:
            return CheckInResult(
                outcome="refused",
                verdict="red",
                headline=f"Not checked in — {red[0].message}",
                member=card,
                reasons=tuple(red + amber),
                actions=_next_actions(red),
            )

        visit = Attendance(
            trainee_id=member.id,
            site_id=site_id,
            checked_in_at=now,
            verdict="red" if red else ("amber" if amber else "green"),
            override_reason=reason_text if red else None,
            checked_in_by_id=actor.user_id or None,
            workstation=actor.workstation,
            scan_id=scan_id,
        )
        try:
            # Added inside the savepoint so a refused insert leaves nothing pending behind.
            with session.begin_nested():
                session.add(visit)
                session.flush()
        except IntegrityError:
            # Another desk checked this member in at the same instant: theirs stands.
            existing = session.scalars(
                select(Attendance).where(
                    Attendance.trainee_id == member.id, Attendance.checked_out_at.is_(None)
                )
            ).first()
            if existing is None:
                raise Conflict("This scan could not be saved; scan again.") from None
            return _visit_result(card, existing, profile)

        if red:
            audit.record(
                session,
                actor=actor,
                action="checkin.override",
                entity_type="attendance",
                entity_id=visit.id,
                after={"member_id": member.id, "refusals": [r.code for r in red]},
                reason=reason_text,
            )
        _notify_trainer(session, member, site_id)
        announce(session, CHANNEL_PRESENCE, _presence_payload("check_in", visit, card))
        uow.commit()

    if red:
        headline = f"Checked in anyway — {red[0].message}"
        verdict = "red"
    elif amber:
        headline = f"Checked in — {amber[0].message}"
        verdict = "amber"
    else:
        headline = f"Welcome, {_first_name(card)}"
        verdict = "green"
    return CheckInResult(
        outcome="checked_in",
        verdict=verdict,
        headline=headline,
        member=card,
        reasons=tuple(red + amber),
        visit_id=visit.id,
        checked_in_at=visit.checked_in_at,
        overridden=bool(red),
    )


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _replayed_scan(session: Session, scan_id: uuid.UUID) -> Attendance | None:
    return session.scalars(
        select(Attendance).where(
            (Attendance.scan_id == scan_id) | (Attendance.checkout_scan_id == scan_id)
        )
    ).first()


def _visit_result(card: MemberCard, visit: Attendance, profile: GymProfile) -> CheckInResult:
    """The result for an existing visit: "checked out" if it is closed, else "already in"."""
    if visit.checked_out_at is not None:
        return CheckInResult(
            outcome="checked_out",
            verdict="green",
            headline=f"Goodbye, {_first_name(card)} — {_stay(visit)}",
            member=card,
            visit_id=visit.id,
            checked_in_at=visit.checked_in_at,
            checked_out_at=visit.checked_out_at,
        )
    return CheckInResult(
        outcome="already_in",
        verdict="amber",
        headline=f"{_first_name(card)} is already checked in (since {_clock(visit, profile)})",
        member=card,
        visit_id=visit.id,
        checked_in_at=visit.checked_in_at,
    )


def _clock(visit: Attendance, profile: GymProfile) -> str:
    return f"{visit.checked_in_at.astimezone(profile.zone):%H:%M}"


def _stay(visit: Attendance) -> str:
    minutes = visit.duration_minutes or 0
    return f"{minutes // 60} h {minutes % 60:02d} min" if minutes >= 60 else f"{minutes} min"


def _close_visit(
    visit: Attendance, at: dt.datetime, scan_id: uuid.UUID | None, *, auto: bool = False
) -> None:
    at = max(at, visit.checked_in_at)
    visit.checked_out_at = at
    visit.duration_minutes = int((at - visit.checked_in_at).total_seconds() // 60)
    visit.checkout_scan_id = scan_id
    visit.auto_closed = auto


def check_out(*, actor: Actor, visit_id: int) -> CheckInResult:
    """Check a member out from the "In the gym now" list."""
    actor.require(Permission.CHECKIN, doing="check members out")
    with unit_of_work() as uow:
        session = uow.session
        visit = session.get(Attendance, visit_id, with_for_update=True)
        if visit is None:
            raise NotFound("This visit no longer exists.")
        member = session.get(Trainee, visit.trainee_id)
        assert member is not None
        profile = load_gym_profile(session)
        card, _red, _amber = _assess(session, member, visit.site_id, profile, _now())
        if visit.checked_out_at is not None:
            return _visit_result(card, visit, profile)
        _close_visit(visit, _now(), None)
        announce(session, CHANNEL_PRESENCE, _presence_payload("check_out", visit, card))
        uow.commit()
        return _visit_result(card, visit, profile)


def undo_check_in(*, actor: Actor, visit_id: int) -> None:
    """Remove a check-in made by mistake, within a minute of it; audited with what was removed."""
    actor.require(Permission.CHECKIN, doing="undo a check-in")
    with unit_of_work() as uow:
        session = uow.session
        visit = session.get(Attendance, visit_id, with_for_update=True)
        if visit is None:
            raise NotFound("This visit no longer exists.")
        if _now() - visit.checked_in_at > UNDO_WINDOW:
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
        payload = {
            "event": "undo",
            "site_id": visit.site_id,
            "visit_id": visit.id,
            "member_id": visit.trainee_id,
            "full_name": member.full_name,
        }
        session.delete(visit)
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


def present_now(*, actor: Actor, limit: int = 500) -> Presence:
    """Who is in the gym now at the desk's site, newest first, and the current capacity."""
    actor.require(Permission.CHECKIN, doing="see who is in the gym")
    site_id = _site_id(actor)
    with unit_of_work() as uow:
        session = uow.session
        profile = load_gym_profile(session)
        now = _now()
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
        slot = _current_slot(session, site_id, profile, now)
        return Presence(
            site_id=site_id,
            count=_open_count(session, site_id),
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
    site_id = _site_id(actor)
    closed = 0
    with unit_of_work() as uow:
        session = uow.session
        profile = load_gym_profile(session)
        now = _now()
        today = now.astimezone(profile.zone).date()
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
                if close_at > now:
                    continue
            _close_visit(visit, close_at, None, auto=True)
            closed += 1
        if closed:
            announce(session, CHANNEL_PRESENCE, {"event": "auto_close", "site_id": site_id})
        uow.commit()
    return closed
