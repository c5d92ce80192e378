"""Membership plans and memberships: sell, renew, upgrade with proration, freeze, cancel.

A membership is sold ``unpaid`` and becomes ``active`` when payments cover its price (see
``services.payments``); a free one is active at once. Frozen days push the end date out.
A class pack is sold with the plan's number of visits (``visits_remaining``; check-in takes
one per visit). Whether a sale renews automatically starts from the plan's own default.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fitmate_desktop.models import Membership, MembershipPlan, Payment, Trainee
from fitmate_desktop.security.permissions import Permission
from fitmate_desktop.services import audit
from fitmate_desktop.services.actor import Actor
from fitmate_desktop.services.errors import Conflict, NotFound, ValidationError
from fitmate_desktop.services.events import announce_changed
from fitmate_desktop.services.gym import load_gym_profile
from fitmate_desktop.services.member_access import require_visible
from fitmate_desktop.services.members import state_of
from fitmate_desktop.services.money import CENT, MAX_PRICE, parse_money
from fitmate_desktop.services.plans import PlanForm, PlanInfo, list_plans, save_plan
from fitmate_desktop.services.uow import unit_of_work
from fitmate_desktop.services.validation import check_date, check_id, check_optional_id, check_text

MAX_FREEZE_DAYS = 180
MAX_START_AHEAD = dt.timedelta(days=366)  # a sale starts at most a year ahead
MAX_RENEWALS_WINDOW = 366
# Plans and amounts live in their own modules; these names stay importable from here.
__all__ = ["CENT", "MAX_PRICE", "PlanForm", "PlanInfo", "list_plans", "parse_money", "save_plan"]


@dataclass(frozen=True)
class MembershipInfo:
    """One membership of a member, with what the desk shows and what is still to pay."""

    id: int
    member_id: int
    plan_id: int
    plan_name: str
    membership_type: str
    status: str
    start_date: dt.date
    end_date: dt.date
    price: Decimal
    currency: str
    paid: Decimal
    amount_due: Decimal
    auto_renew: bool
    frozen_from: dt.date | None
    frozen_until: dt.date | None
    days_left: int | None
    version: int
    visits_remaining: int | None = None  # class packs: visits left; None for other types


@dataclass(frozen=True)
class UpgradeQuote:
    """What an upgrade costs today: the new plan's price less the unused value of the old one."""

    membership_id: int
    new_plan_id: int
    new_plan_name: str
    credit: Decimal
    new_price: Decimal
    amount_due: Decimal
    start_date: dt.date
    end_date: dt.date
    currency: str


@dataclass(frozen=True)
class RenewalDue:
    """An auto-renewing membership that ends soon with nothing sold after it."""

    member_id: int
    member_name: str
    member_code: str
    membership_id: int
    plan_name: str
    end_date: dt.date
    price: Decimal
    currency: str


def membership_share(amount: Decimal, refunded: Decimal, items: Any, membership_id: int) -> Decimal:
    """What one receipt paid towards one membership: its lines for that membership only.

    Other items sold on the same receipt (a drink, a PT package) never count. A refund does
    not name a line, so it comes off the membership's lines first: money given back is never
    counted as paid. A receipt without lines (none are written so) counts whole, as before.
    """
    lines = [i for i in (items or []) if isinstance(i, dict)]
    if lines:
        share = sum(
            (Decimal(str(i["amount"])) for i in lines if i.get("membership_id") == membership_id),
            Decimal("0.00"),
        )
    else:
        share = amount
    return max(Decimal("0.00"), share - refunded).quantize(CENT)


def paid_towards(session: Session, membership_id: int) -> Decimal:
    """What has been paid for a membership so far: its own payment lines, refunds deducted."""
    rows = session.execute(
        select(Payment.amount, Payment.refund_amount, Payment.items).where(
            Payment.membership_id == membership_id,
            Payment.is_refund.is_(False),
            Payment.status.in_(("completed", "partially_refunded")),
        )
    )
    return sum(
        (membership_share(a, r, items, membership_id) for a, r, items in rows),
        Decimal("0.00"),
    )


def membership_info(session: Session, m: Membership, today: dt.date) -> MembershipInfo:
    plan_name = session.scalar(select(MembershipPlan.name).where(MembershipPlan.id == m.plan_id))
    paid = paid_towards(session, m.id)
    status, days_left = state_of(m, today)
    return MembershipInfo(
        id=m.id,
        member_id=m.trainee_id,
        plan_id=m.plan_id,
        plan_name=plan_name or "",
        membership_type=m.membership_type,
        status=status,
        start_date=m.start_date,
        end_date=m.end_date,
        price=m.price,
        currency=m.currency,
        paid=paid,
        amount_due=max(Decimal("0.00"), m.price - paid),
        auto_renew=m.auto_renew,
        frozen_from=m.frozen_from,
        frozen_until=m.frozen_until,
        days_left=days_left,
        version=m.version,
        visits_remaining=m.visits_remaining,
    )


# ----------------------------------------------------------------------------- memberships


def _member(session: Session, member_id: int) -> Trainee:
    member = session.get(Trainee, member_id)
    if member is None or member.deleted_at is not None:
        raise NotFound("This member no longer exists or is archived.")
    return member


def _active_plan(session: Session, plan_id: int) -> MembershipPlan:
    plan = session.get(MembershipPlan, plan_id)
    if plan is None or not plan.is_active:
        raise ValidationError("plan", "This plan is not for sale any more.")
    return plan


def _locked(session: Session, membership_id: int, expected_version: int | None) -> Membership:
    m = session.get(Membership, membership_id, with_for_update=True)
    if m is None:
        raise NotFound("This membership no longer exists.")
    if expected_version is not None and m.version != expected_version:
        raise Conflict(
            "Another desk changed this membership a moment ago. Reload it and try again.",
            current=membership_info(session, m, load_gym_profile(session).today()),
        )
    return m


def _snapshot(m: Membership) -> dict[str, Any]:
    return {
        "status": m.status,
        "start_date": m.start_date,
        "end_date": m.end_date,
        "price": m.price,
        "auto_renew": m.auto_renew,
        "frozen_from": m.frozen_from,
        "frozen_until": m.frozen_until,
        "visits_remaining": m.visits_remaining,
    }


def _finish(
    session: Session, actor: Actor, m: Membership, action: str, before: dict | None, **kw: Any
) -> MembershipInfo:
    session.flush()
    audit.record(
        session,
        actor=actor,
        action=action,
        entity_type="membership",
        entity_id=m.id,
        before=before,
        after=_snapshot(m),
        **kw,
    )
    announce_changed(session, "memberships", "members", site_id=m.site_id)
    return membership_info(session, m, load_gym_profile(session).today())


def sell_membership(
    *,
    actor: Actor,
    member_id: int,
    plan_id: int,
    start_date: dt.date | None = None,
    auto_renew: bool | None = None,
) -> MembershipInfo:
    """Sell a plan to a member from ``start_date`` (today by default); unpaid until paid.

    ``auto_renew`` None takes the plan's default; a class pack starts with its visits.
    """
    actor.require(Permission.MEMBERSHIPS_SELL, doing="sell memberships")
    check_id("member", member_id)
    check_id("plan", plan_id)
    if start_date is not None:
        start_date = check_date("start_date", start_date, label="The start date")
    with unit_of_work() as uow:
        session = uow.session
        today = load_gym_profile(session).today()
        member = _member(session, member_id)
        plan = _active_plan(session, plan_id)
        start = start_date or today
        if start < today - dt.timedelta(days=31):
            raise ValidationError("start_date", "A membership cannot start more than a month ago.")
        if start > today + MAX_START_AHEAD:
            raise ValidationError("start_date", "A membership can start at most a year ahead.")
        m = Membership(
            trainee_id=member.id,
            plan_id=plan.id,
            site_id=actor.site_id or member.site_id,
            membership_type=plan.membership_type,
            status="active" if plan.price == 0 else "unpaid",
            start_date=start,
            end_date=_period_end("start_date", start, plan.duration_days),
            price=plan.price,
            currency=plan.currency,
            auto_renew=plan.auto_renew if auto_renew is None else auto_renew,
            visits_remaining=_pack_visits(plan),
            sold_by_id=actor.user_id or None,
        )
        session.add(m)
        info = _finish(session, actor, m, "membership.sell", None)
        uow.commit()
        return info


def renew_membership(
    *, actor: Actor, member_id: int, plan_id: int | None = None, auto_renew: bool | None = None
) -> MembershipInfo:
    """Sell the next period: it starts the day after the current one ends (or today)."""
    actor.require(Permission.MEMBERSHIPS_SELL, doing="renew memberships")
    check_id("member", member_id)
    check_optional_id("plan", plan_id)
    with unit_of_work() as uow:
        session = uow.session
        today = load_gym_profile(session).today()
        _member(session, member_id)
        latest = session.scalars(
            select(Membership)
            .where(Membership.trainee_id == member_id, Membership.status != "cancelled")
            .order_by(Membership.end_date.desc())
            .limit(1)
        ).first()
        if plan_id is None:
            if latest is None:
                raise ValidationError("plan", "Choose a plan: this member has none to renew.")
            plan_id = latest.plan_id
        plan = _active_plan(session, plan_id)
        start = today
        if latest is not None and latest.end_date >= today:
            start = _period_end("start_date", latest.end_date, 2)
        m = Membership(
            trainee_id=member_id,
            plan_id=plan.id,
            site_id=actor.site_id or (latest.site_id if latest else 1),
            membership_type=plan.membership_type,
            status="active" if plan.price == 0 else "unpaid",
            start_date=start,
            end_date=_period_end("start_date", start, plan.duration_days),
            price=plan.price,
            currency=plan.currency,
            auto_renew=_renewal_auto_renew(auto_renew, latest, plan),
            visits_remaining=_pack_visits(plan),
            renewed_from_id=latest.id if latest else None,
            sold_by_id=actor.user_id or None,
        )
        session.add(m)
        info = _finish(session, actor, m, "membership.renew", None)
        uow.commit()
        return info


def _period_end(field: str, start: dt.date, days: int) -> dt.date:
    """The last day of ``days`` days from ``start``, inside the sane range or a field error.

    Rows written before dates were bounded can end near year 9999, where the arithmetic
    itself overflows: that is a refusal at the field too, not an OverflowError.
    """
    try:
        end = start + dt.timedelta(days=days - 1)
    except OverflowError:
        raise ValidationError(field, "This period would end too far in the future.") from None
    return check_date(field, end, label="The period's end")


def _pack_visits(plan: MembershipPlan) -> int | None:
    """What a new membership of ``plan`` starts with: the pack's visits, or None (no pack)."""
    return plan.visit_count if plan.membership_type == "class_pack" else None


def _renewal_auto_renew(
    asked: bool | None, latest: Membership | None, plan: MembershipPlan
) -> bool:
    """A renewal keeps the member's choice for the same plan; a new plan brings its default."""
    if asked is not None:
        return asked
    if latest is not None and latest.plan_id == plan.id:
        return latest.auto_renew
    return plan.auto_renew


def _quote(session: Session, m: Membership, plan: MembershipPlan, today: dt.date) -> UpgradeQuote:
    total_days = (m.end_date - m.start_date).days + 1
    unused_days = max(0, (m.end_date - max(today, m.start_date)).days + 1)
    paid = paid_towards(session, m.id)
    credit = (paid * unused_days / total_days).quantize(CENT, ROUND_HALF_UP)
    return UpgradeQuote(
        membership_id=m.id,
        new_plan_id=plan.id,
        new_plan_name=plan.name,
        credit=credit,
        new_price=plan.price,
        amount_due=max(Decimal("0.00"), plan.price - credit),
        start_date=today,
        end_date=_period_end("plan", today, plan.duration_days),
        currency=plan.currency,
    )


def quote_upgrade(*, actor: Actor, membership_id: int, new_plan_id: int) -> UpgradeQuote:
    """What switching to ``new_plan_id`` today costs, with the unused part of this one credited."""
    actor.require(Permission.MEMBERSHIPS_SELL, doing="upgrade memberships")
    check_id("membership", membership_id)
    check_id("plan", new_plan_id)
    with unit_of_work() as uow:
        session = uow.session
        m = session.get(Membership, membership_id)
        if m is None:
            raise NotFound("This membership no longer exists.")
        return _quote(session, m, _active_plan(session, new_plan_id), _today(session))


def _today(session: Session) -> dt.date:
    return load_gym_profile(session).today()


def upgrade_membership(
    *, actor: Actor, membership_id: int, new_plan_id: int, expected_version: int
) -> MembershipInfo:
    """End this membership today and start the new plan, priced with the prorated credit."""
    actor.require(Permission.MEMBERSHIPS_SELL, doing="upgrade memberships")
    check_id("membership", membership_id)
    check_id("plan", new_plan_id)
    with unit_of_work() as uow:
        session = uow.session
        today = _today(session)
        old = _locked(session, membership_id, expected_version)
        if state_of(old, today)[0] not in ("active", "expiring"):
            raise ValidationError("membership", "Only a running, paid membership can be upgraded.")
        plan = _active_plan(session, new_plan_id)
        if plan.id == old.plan_id:
            raise ValidationError("plan", "Choose a different plan to upgrade to.")
        quote = _quote(session, old, plan, today)
        before = _snapshot(old)
        old.status = "cancelled"
        old.cancelled_at = dt.datetime.now(dt.UTC)
        old.cancel_reason = f"Upgraded to {plan.name} (credit {quote.credit} {old.currency})"
        audit.record(
            session,
            actor=actor,
            action="membership.upgrade_from",
            entity_type="membership",
            entity_id=old.id,
            before=before,
            after=_snapshot(old),
        )
        new = Membership(
            trainee_id=old.trainee_id,
            plan_id=plan.id,
            site_id=old.site_id,
            membership_type=plan.membership_type,
            status="active" if quote.amount_due == 0 else "unpaid",
            start_date=quote.start_date,
            end_date=quote.end_date,
            price=quote.amount_due,
            currency=plan.currency,
            auto_renew=old.auto_renew,
            visits_remaining=_pack_visits(plan),
            renewed_from_id=old.id,
            sold_by_id=actor.user_id or None,
        )
        session.add(new)
        info = _finish(session, actor, new, "membership.upgrade_to", None)
        uow.commit()
        return info


def freeze_membership(
    *,
    actor: Actor,
    membership_id: int,
    start: dt.date,
    end: dt.date,
    expected_version: int,
    reason: str = "",
) -> MembershipInfo:
    """Freeze for a date range; the end date moves out by the frozen days."""
    actor.require(Permission.MEMBERSHIPS_SELL, doing="freeze memberships")
    check_id("membership", membership_id)
    start = check_date("start", start, label="The freeze's first day")
    end = check_date("end", end, label="The freeze's last day")
    why = check_text("reason", reason, max_length=500, label="The reason")
    if end < start:
        raise ValidationError("end", "The freeze must end on or after the day it starts.")
    days = (end - start).days + 1
    if days > MAX_FREEZE_DAYS:
        raise ValidationError("end", f"A freeze can last at most {MAX_FREEZE_DAYS} days.")
    with unit_of_work() as uow:
        session = uow.session
        today = _today(session)
        m = _locked(session, membership_id, expected_version)
        if start < today:
            raise ValidationError("start", "A freeze cannot start in the past.")
        if m.status in ("cancelled", "unpaid") or m.end_date < today:
            raise ValidationError("membership", "Only a running, paid membership can be frozen.")
        if m.frozen_from is not None and (m.frozen_until or m.frozen_from) >= today:
            raise ValidationError("membership", "This membership already has a freeze planned.")
        if start > m.end_date:
            raise ValidationError("start", "The freeze starts after the membership ends.")
        before = _snapshot(m)
        m.frozen_from, m.frozen_until = start, end
        m.end_date = _period_end("end", m.end_date, days + 1)
        m.frozen_days_total += days
        info = _finish(session, actor, m, "membership.freeze", before, reason=why or None)
        uow.commit()
        return info


def unfreeze_membership(
    *, actor: Actor, membership_id: int, expected_version: int
) -> MembershipInfo:
    """End a freeze today (or drop a planned one); unused frozen days come off the end date."""
    actor.require(Permission.MEMBERSHIPS_SELL, doing="unfreeze memberships")
    check_id("membership", membership_id)
    with unit_of_work() as uow:
        session = uow.session
        today = _today(session)
        m = _locked(session, membership_id, expected_version)
        if m.status == "frozen" and m.frozen_from is None:
            before = _snapshot(m)
            m.status = "active"
            info = _finish(session, actor, m, "membership.unfreeze", before)
            uow.commit()
            return info
        if m.frozen_from is None or (m.frozen_until or m.frozen_from) < today:
            raise ValidationError("membership", "This membership is not frozen.")
        before = _snapshot(m)
        until = m.frozen_until or m.frozen_from
        if m.frozen_from >= today:
            unused = (until - m.frozen_from).days + 1
            m.frozen_from = m.frozen_until = None
        else:
            unused = (until - today).days + 1
            m.frozen_until = today - dt.timedelta(days=1)
        m.end_date = m.end_date - dt.timedelta(days=unused)
        m.frozen_days_total = max(0, m.frozen_days_total - unused)
        info = _finish(session, actor, m, "membership.unfreeze", before)
        uow.commit()
        return info


def cancel_membership(
    *, actor: Actor, membership_id: int, reason: str, expected_version: int
) -> MembershipInfo:
    """Cancel with a reason; payments stay as they are (refunds are separate)."""
    actor.require(Permission.MEMBERSHIPS_SELL, doing="cancel memberships")
    check_id("membership", membership_id)
    why = check_text("reason", reason, max_length=500, label="The reason")
    if not why:
        raise ValidationError("reason", "Say why the membership is cancelled.")
    with unit_of_work() as uow:
        session = uow.session
        m = _locked(session, membership_id, expected_version)
        if m.status == "cancelled":
            raise ValidationError("membership", "This membership is already cancelled.")
        before = _snapshot(m)
        m.status = "cancelled"
        m.cancelled_at = dt.datetime.now(dt.UTC)
        m.cancel_reason = why
        m.auto_renew = False
        info = _finish(session, actor, m, "membership.cancel", before, reason=why)
        uow.commit()
        return info


def set_auto_renew(
    *, actor: Actor, membership_id: int, auto_renew: bool, expected_version: int
) -> MembershipInfo:
    actor.require(Permission.MEMBERSHIPS_SELL, doing="change auto-renewal")
    check_id("membership", membership_id)
    with unit_of_work() as uow:
        session = uow.session
        m = _locked(session, membership_id, expected_version)
        before = _snapshot(m)
        m.auto_renew = auto_renew
        info = _finish(session, actor, m, "membership.auto_renew", before)
        uow.commit()
        return info


def member_memberships(*, actor: Actor, member_id: int) -> tuple[MembershipInfo, ...]:
    """All memberships of a member, newest first (a trainer: of their own trainees only)."""
    actor.require(Permission.MEMBERS_VIEW, doing="see memberships")
    check_id("member", member_id)
    with unit_of_work() as uow:
        session = uow.session
        require_visible(session, actor, member_id)
        today = _today(session)
        rows = session.scalars(
            select(Membership)
            .where(Membership.trainee_id == member_id)
            .order_by(Membership.end_date.desc(), Membership.id.desc())
        )
        return tuple(membership_info(session, m, today) for m in rows)


def renewals_due(*, actor: Actor, within_days: int = 14) -> tuple[RenewalDue, ...]:
    """Auto-renewing memberships ending within ``within_days`` with nothing sold after them."""
    actor.require(Permission.MEMBERSHIPS_SELL, doing="see renewals")
    if isinstance(within_days, bool) or not isinstance(within_days, int):
        raise ValidationError("within_days", "Give the window in whole days.")
    if not 0 <= within_days <= MAX_RENEWALS_WINDOW:
        raise ValidationError(
            "within_days", f"Look 0 to {MAX_RENEWALS_WINDOW} days ahead for renewals."
        )
    with unit_of_work() as uow:
        session = uow.session
        today = _today(session)
        nxt = Membership.__table__.alias("nxt")
        rows = session.execute(
            select(Membership, Trainee.full_name, Trainee.member_code, MembershipPlan.name)
            .join(Trainee, Trainee.id == Membership.trainee_id)
            .join(MembershipPlan, MembershipPlan.id == Membership.plan_id)
            .where(
                Membership.auto_renew.is_(True),
                Membership.status.in_(("active", "frozen")),
                Membership.end_date.between(today, today + dt.timedelta(days=within_days)),
                Trainee.deleted_at.is_(None),
                ~select(nxt.c.id)
                .where(
                    nxt.c.trainee_id == Membership.trainee_id,
                    nxt.c.start_date > Membership.end_date - dt.timedelta(days=1),
                    nxt.c.status != "cancelled",
                    nxt.c.id != Membership.id,
                )
                .exists(),
            )
            .order_by(Membership.end_date, Trainee.full_name)
        ).all()
        return tuple(
            RenewalDue(
                member_id=m.trainee_id,
                member_name=name,
                member_code=code,
                membership_id=m.id,
                plan_name=plan_name,
                end_date=m.end_date,
                price=m.price,
                currency=m.currency,
            )
            for m, name, code, plan_name in rows
        )
