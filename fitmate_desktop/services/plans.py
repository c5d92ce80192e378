"""Membership plans: what is for sale, at what price, for how long, with what access.

Admins create and change plans; memberships already sold keep their own price and dates. A
class pack says how many visits it holds; a plan says whether its sales renew automatically
by default.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from fitmate_desktop.models import MembershipPlan
from fitmate_desktop.models.billing import MEMBERSHIP_TYPES
from fitmate_desktop.security.permissions import Permission
from fitmate_desktop.services import audit
from fitmate_desktop.services.actor import Actor
from fitmate_desktop.services.errors import NotFound, ValidationError
from fitmate_desktop.services.events import announce_changed
from fitmate_desktop.services.money import parse_money
from fitmate_desktop.services.uow import unit_of_work
from fitmate_desktop.services.validation import check_optional_id, check_text

MAX_PACK_VISITS = 1000
MAX_FEATURES = 50


@dataclass(frozen=True)
class PlanInfo:
    """A membership plan as the plan list and the sell dialog show it."""

    id: int
    name: str
    membership_type: str
    duration_days: int
    price: Decimal
    currency: str
    visits_per_week: int | None
    access_from: dt.time | None
    access_until: dt.time | None
    all_sites: bool
    features: tuple[str, ...]
    description: str | None
    is_active: bool
    visit_count: int | None = None  # class packs: visits in the pack
    auto_renew: bool = False  # whether a sale renews automatically by default


@dataclass(frozen=True)
class PlanForm:
    """What the plan editor sends."""

    name: str
    membership_type: str
    duration_days: int
    price: str | Decimal
    currency: str = "EUR"
    visits_per_week: int | None = None
    access_from: dt.time | None = None
    access_until: dt.time | None = None
    all_sites: bool = False
    features: tuple[str, ...] = ()
    description: str = ""
    is_active: bool = True
    visit_count: int | None = None  # required for class packs, ignored by other types
    auto_renew: bool = False


def _plan_info(p: MembershipPlan) -> PlanInfo:
    return PlanInfo(
        id=p.id,
        name=p.name,
        membership_type=p.membership_type,
        duration_days=p.duration_days,
        price=p.price,
        currency=p.currency,
        visits_per_week=p.visits_per_week,
        access_from=p.access_from,
        access_until=p.access_until,
        all_sites=p.all_sites,
        features=tuple(str(f) for f in (p.features or [])),
        description=p.description,
        is_active=p.is_active,
        visit_count=p.visit_count,
        auto_renew=p.auto_renew,
    )


def list_plans(*, actor: Actor, include_inactive: bool = False) -> tuple[PlanInfo, ...]:
    actor.require(Permission.MEMBERS_VIEW, doing="see membership plans")
    with unit_of_work() as uow:
        stmt = select(MembershipPlan).order_by(MembershipPlan.price, MembershipPlan.name)
        if not include_inactive:
            stmt = stmt.where(MembershipPlan.is_active)
        return tuple(_plan_info(p) for p in uow.session.scalars(stmt))


def _whole(field: str, value: object) -> int:
    """A count typed by an admin as an int, or a field error (never a raw ValueError)."""
    if isinstance(value, bool):
        raise ValidationError(field, "Enter a whole number.")
    try:
        return int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        raise ValidationError(field, "Enter a whole number.") from None


def save_plan(*, actor: Actor, form: PlanForm, plan_id: int | None = None) -> PlanInfo:
    """Create or change a plan (admins). Memberships already sold keep their own price."""
    actor.require(Permission.PLANS_MANAGE, doing="change membership plans")
    check_optional_id("plan", plan_id)
    name = check_text("name", form.name, max_length=120, label="The name")
    if not name:
        raise ValidationError("name", "Give the plan a name.")
    if form.membership_type not in MEMBERSHIP_TYPES:
        raise ValidationError("membership_type", "Choose a plan type from the list.")
    if not 1 <= _whole("duration_days", form.duration_days) <= 3660:
        raise ValidationError("duration_days", "The duration must be 1 to 3660 days.")
    price = parse_money(form.price, field="price")
    description = check_text("description", form.description, max_length=2000,
                             label="The description")  # fmt: skip
    if len(form.features) > MAX_FEATURES:
        raise ValidationError("features", f"At most {MAX_FEATURES} features.")
    features = [check_text("features", f, max_length=200, label="A feature") for f in form.features]
    if form.visits_per_week is not None and not (
        1 <= _whole("visits_per_week", form.visits_per_week) <= 21
    ):
        raise ValidationError("visits_per_week", "Visits per week must be 1 to 21, or unlimited.")
    if (form.access_from is None) != (form.access_until is None):
        raise ValidationError("access_until", "Give both the start and the end of access hours.")
    if form.access_from and form.access_until and form.access_until <= form.access_from:
        raise ValidationError("access_until", "Access must end after it starts.")
    currency = (form.currency or "").strip().upper()
    if len(currency) != 3 or not currency.isalpha():
        raise ValidationError("currency", "Use a three-letter currency code, like EUR.")
    visit_count: int | None = None
    if form.membership_type == "class_pack":
        if form.visit_count is None:
            raise ValidationError("visit_count", "Say how many visits the class pack holds.")
        if not 1 <= _whole("visit_count", form.visit_count) <= MAX_PACK_VISITS:
            raise ValidationError(
                "visit_count", f"A class pack holds 1 to {MAX_PACK_VISITS} visits."
            )
        visit_count = int(form.visit_count)
    values: dict[str, Any] = {
        "name": name,
        "membership_type": form.membership_type,
        "duration_days": int(form.duration_days),
        "price": price,
        "currency": currency,
        "visits_per_week": form.visits_per_week,
        "access_from": form.access_from,
        "access_until": form.access_until,
        "all_sites": form.all_sites,
        "features": [f for f in features if f],
        "description": description or None,
        "is_active": form.is_active,
        "visit_count": visit_count,
        "auto_renew": bool(form.auto_renew),
    }
    with unit_of_work() as uow:
        session = uow.session
        clash = session.scalar(
            select(MembershipPlan.id).where(
                func.lower(MembershipPlan.name) == name.lower(),
                MembershipPlan.id != (plan_id or 0),
            )
        )
        if clash is not None:
            raise ValidationError("name", "Another plan already has this name.")
        if plan_id is None:
            plan = MembershipPlan(**values)
            session.add(plan)
            before = None
        else:
            found = session.get(MembershipPlan, plan_id, with_for_update=True)
            if found is None:
                raise NotFound("This plan no longer exists.")
            plan = found
            before = {k: getattr(plan, k) for k in values}
            for key, value in values.items():
                setattr(plan, key, value)
        session.flush()
        audit.record(
            session,
            actor=actor,
            action="plan.create" if plan_id is None else "plan.update",
            entity_type="membership_plan",
            entity_id=plan.id,
            before=before,
            after=values,
        )
        announce_changed(session, "plans")
        info = _plan_info(plan)
        uow.commit()
        return info
