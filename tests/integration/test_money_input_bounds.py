"""Far dates, ids past the column's range and NUL characters in the money services.

Each is refused with a message at its field and nothing written. On the old code far dates
crashed selling, renewing and freezing with a raw OverflowError (year 9999), a start years
ahead was sold, ids past BIGINT and NUL in text reached PostgreSQL and came back as the
generic "Something went wrong while saving".
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import func, select

from fitmate_desktop.models import (
    AuditLog,
    CashUpRecord,
    Membership,
    MembershipPlan,
    Payment,
)
from fitmate_desktop.services import cashups, payments
from fitmate_desktop.services import memberships as ms
from fitmate_desktop.services.actor import Actor
from fitmate_desktop.services.errors import ValidationError
from fitmate_desktop.services.payments import SaleItem
from fitmate_desktop.services.uow import unit_of_work
from tests.integration.factories import give_membership, make_member

TODAY = dt.date.today()
FAR = dt.date(9999, 12, 31)
YEAR_ONE = dt.date(1, 1, 1)
AHEAD = TODAY + dt.timedelta(days=3 * 365)
TOO_BIG = (2**63, -1, 0)  # past BIGINT, negative, zero
NUL = "Monthly\x00"


@dataclass
class World:
    """Who is at the desk and what they work on: a member with a paid, running membership."""

    desk: Actor
    admin: Actor
    member: int
    plan: ms.PlanInfo
    membership: ms.MembershipInfo
    payment: payments.PaymentInfo


@pytest.fixture
def world(reception: Actor, admin: Actor) -> World:
    plan = ms.save_plan(actor=admin, form=ms.PlanForm(name="Monthly", membership_type="monthly",
                                                     duration_days=30, price="30.00"))  # fmt: skip
    member = make_member("Ana Silva")
    sold = ms.sell_membership(actor=reception, member_id=member, plan_id=plan.id)
    paid = payments.take_payment(actor=reception, idempotency_key=uuid.uuid4(), member_id=member,
                                 items=[SaleItem("Monthly", "30.00", membership_id=sold.id)],
                                 method="cash")  # fmt: skip
    (running,) = ms.member_memberships(actor=reception, member_id=member)
    return World(reception, admin, member, plan, running, paid)


Call = Callable[[World, Any], object]


def _sell(w: World, v: Any) -> object:
    return ms.sell_membership(actor=w.desk, member_id=w.member, plan_id=w.plan.id, start_date=v)


def _freeze(w: World, start: Any, end: Any, reason: str = "") -> object:
    return ms.freeze_membership(actor=w.desk, membership_id=w.membership.id, start=start, end=end,
                                expected_version=w.membership.version, reason=reason)  # fmt: skip


def _pay(w: World, **item: Any) -> object:
    fields: dict[str, Any] = {"description": "Water", "amount": "1.00", **item}
    return payments.take_payment(actor=w.desk, idempotency_key=uuid.uuid4(), member_id=w.member,
                                 items=[SaleItem(**fields)], method="card")  # fmt: skip


def _refund(w: World, payment_id: int, reason: str = "Wrong item") -> object:
    return payments.refund_payment(actor=w.desk, payment_id=payment_id, amount="1.00",
                                   reason=reason, idempotency_key=uuid.uuid4())  # fmt: skip


def _plan(w: World, **change: Any) -> object:
    fields: dict[str, Any] = {"name": "Off-peak", "membership_type": "monthly",
                              "duration_days": 30, "price": "19.90", **change}  # fmt: skip
    return ms.save_plan(actor=w.admin, form=ms.PlanForm(**fields))


def _close(w: World, day: Any, note: str = "") -> object:
    return cashups.close_cash_up(actor=w.desk, day=day, counted={"cash": "30.00"}, note=note)


DATES: list[tuple[str, Call, Any, str]] = [
    ("sell", _sell, FAR, "start_date"),
    ("sell", _sell, YEAR_ONE, "start_date"),
    ("sell", _sell, AHEAD, "start_date"),
    ("freeze from", lambda w, v: _freeze(w, v, v), FAR, "start"),
    ("freeze from", lambda w, v: _freeze(w, v, TODAY), YEAR_ONE, "start"),
    ("freeze until", lambda w, v: _freeze(w, TODAY, v), FAR, "end"),
    ("cash-up", lambda w, v: cashups.cash_up(actor=w.desk, day=v), FAR, "day"),
    ("cash-up", lambda w, v: cashups.cash_up(actor=w.desk, day=v), YEAR_ONE, "day"),
    ("cash-up pdf", lambda w, v: cashups.cash_up_pdf(actor=w.desk, day=v), FAR, "day"),
    ("close cash-up", _close, FAR, "day"),
    ("close cash-up", _close, YEAR_ONE, "day"),
    ("payments of a day", lambda w, v: payments.list_payments(actor=w.desk, day=v), FAR, "day"),
    ("payments of a day", lambda w, v: payments.list_payments(actor=w.desk, day=v), YEAR_ONE,
     "day"),
    ("renewals window", lambda w, v: ms.renewals_due(actor=w.desk, within_days=v), 10**9,
     "within_days"),
]  # fmt: skip

IDS: list[tuple[str, Call, str]] = [
    ("sell member", lambda w, v: ms.sell_membership(actor=w.desk, member_id=v, plan_id=w.plan.id),
     "member"),
    ("sell plan", lambda w, v: ms.sell_membership(actor=w.desk, member_id=w.member, plan_id=v),
     "plan"),
    ("renew member", lambda w, v: ms.renew_membership(actor=w.desk, member_id=v), "member"),
    ("renew plan", lambda w, v: ms.renew_membership(actor=w.desk, member_id=w.member, plan_id=v),
     "plan"),
    ("quote", lambda w, v: ms.quote_upgrade(actor=w.desk, membership_id=v, new_plan_id=w.plan.id),
     "membership"),
    ("upgrade", lambda w, v: ms.upgrade_membership(actor=w.desk, membership_id=v,
                                                   new_plan_id=w.plan.id, expected_version=1),
     "membership"),
    ("upgrade plan", lambda w, v: ms.upgrade_membership(actor=w.desk,
                                                        membership_id=w.membership.id,
                                                        new_plan_id=v, expected_version=1),
     "plan"),
    ("freeze", lambda w, v: ms.freeze_membership(actor=w.desk, membership_id=v, start=TODAY,
                                                 end=TODAY, expected_version=1), "membership"),
    ("unfreeze", lambda w, v: ms.unfreeze_membership(actor=w.desk, membership_id=v,
                                                     expected_version=1), "membership"),
    ("cancel", lambda w, v: ms.cancel_membership(actor=w.desk, membership_id=v, reason="x",
                                                 expected_version=1), "membership"),
    ("auto-renew", lambda w, v: ms.set_auto_renew(actor=w.desk, membership_id=v, auto_renew=True,
                                                  expected_version=1), "membership"),
    ("memberships of", lambda w, v: ms.member_memberships(actor=w.desk, member_id=v), "member"),
    ("plan", lambda w, v: ms.save_plan(
        actor=w.admin, plan_id=v, form=ms.PlanForm(name="Third", membership_type="monthly",
                                                   duration_days=30, price="1")), "plan"),
    ("pay member", lambda w, v: payments.take_payment(
        actor=w.desk, idempotency_key=uuid.uuid4(), member_id=v,
        items=[SaleItem("Water", "1.00")], method="card"), "member"),
    ("pay membership line", lambda w, v: _pay(w, membership_id=v), "items[0]"),
    ("pay PT package line", lambda w, v: _pay(w, pt_package_id=v), "items[0]"),
    ("refund", _refund, "payment"),
    ("get payment", lambda w, v: payments.get_payment(actor=w.desk, payment_id=v), "payment"),
    ("receipt", lambda w, v: payments.receipt_pdf(actor=w.desk, payment_id=v), "payment"),
    ("payments of member", lambda w, v: payments.list_payments(actor=w.desk, member_id=v),
     "member"),
]  # fmt: skip

TEXTS: list[tuple[str, Call, str]] = [
    ("item description", lambda w, v: _pay(w, description=v), "items[0]"),
    ("provider reference", lambda w, v: payments.take_payment(
        actor=w.desk, idempotency_key=uuid.uuid4(), member_id=None,
        items=[SaleItem("Water", "1.00")], method="card", provider_reference=v),
     "provider_reference"),
    ("refund reason", lambda w, v: _refund(w, w.payment.id, v), "reason"),
    ("cancel reason", lambda w, v: ms.cancel_membership(
        actor=w.desk, membership_id=w.membership.id, reason=v,
        expected_version=w.membership.version), "reason"),
    ("freeze reason", lambda w, v: _freeze(w, TODAY, TODAY, v), "reason"),
    ("plan name", lambda w, v: _plan(w, name=v), "name"),
    ("plan description", lambda w, v: _plan(w, description=v), "description"),
    ("plan feature", lambda w, v: _plan(w, features=("Sauna", v)), "features"),
    ("plan currency", lambda w, v: _plan(w, currency="EU\x00"), "currency"),
    ("cash-up note", lambda w, v: _close(w, TODAY, v), "note"),
]  # fmt: skip

PLAN_NUMBERS: list[tuple[str, dict[str, Any], str]] = [
    ("duration past INTEGER", {"duration_days": 2**31}, "duration_days"),
    ("duration not a number", {"duration_days": "30\x00"}, "duration_days"),
    ("visits per week past INTEGER", {"visits_per_week": 2**63}, "visits_per_week"),
    ("pack visits past INTEGER", {"membership_type": "class_pack", "visit_count": 2**31},
     "visit_count"),
]  # fmt: skip


def _counts() -> tuple[int, ...]:
    with unit_of_work() as uow:
        return tuple(
            int(uow.session.scalar(select(func.count()).select_from(model)) or 0)
            for model in (Membership, Payment, MembershipPlan, CashUpRecord, AuditLog)
        )


def _refused_at(field: str, call: Callable[[], object]) -> None:
    before = _counts()
    with pytest.raises(ValidationError) as err:
        call()
    assert err.value.field == field, str(err.value)
    assert _counts() == before


@pytest.mark.parametrize(("what", "call", "value", "field"), DATES, ids=[d[0] for d in DATES])
def test_far_dates_are_refused_at_the_field(
    world: World, what: str, call: Call, value: Any, field: str
) -> None:
    _refused_at(field, lambda: call(world, value))


@pytest.mark.parametrize("value", TOO_BIG, ids=["2**63", "-1", "0"])
@pytest.mark.parametrize(("what", "call", "field"), IDS, ids=[i[0] for i in IDS])
def test_ids_outside_the_column_are_refused_at_the_field(
    world: World, what: str, call: Call, field: str, value: int
) -> None:
    _refused_at(field, lambda: call(world, value))


@pytest.mark.parametrize(("what", "call", "field"), TEXTS, ids=[t[0] for t in TEXTS])
def test_nul_in_text_is_refused_at_the_field(
    world: World, what: str, call: Call, field: str
) -> None:
    _refused_at(field, lambda: call(world, NUL))


@pytest.mark.parametrize(
    ("what", "change", "field"), PLAN_NUMBERS, ids=[p[0] for p in PLAN_NUMBERS]
)
def test_plan_numbers_outside_their_column_are_refused(
    world: World, what: str, change: dict[str, Any], field: str
) -> None:
    _refused_at(field, lambda: _plan(world, **change))


def test_renewing_after_a_membership_ending_in_year_9999_is_refused_not_crashed(
    world: World,
) -> None:
    # A row from before dates were bounded: the day after it does not exist.
    give_membership(world.member, world.plan.id, start=TODAY, end=FAR)
    _refused_at("start_date", lambda: ms.renew_membership(actor=world.desk, member_id=world.member))


def test_sane_dates_still_sell_and_freeze(world: World) -> None:
    later = ms.sell_membership(actor=world.desk, member_id=world.member, plan_id=world.plan.id,
                               start_date=TODAY + dt.timedelta(days=300))  # fmt: skip
    assert later.start_date == TODAY + dt.timedelta(days=300)
    frozen = _freeze(world, TODAY + dt.timedelta(days=2), TODAY + dt.timedelta(days=8))
    assert frozen.end_date == world.membership.end_date + dt.timedelta(days=7)  # type: ignore[attr-defined]
