"""Selling, renewing, upgrading, freezing and cancelling memberships."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

import pytest
from sqlalchemy import select

from fitmate_desktop.models import AuditLog
from fitmate_desktop.services import memberships as ms
from fitmate_desktop.services import payments
from fitmate_desktop.services.actor import Actor
from fitmate_desktop.services.errors import Conflict, PermissionDenied, ValidationError
from fitmate_desktop.services.uow import unit_of_work
from tests.integration.factories import make_member

D = dt.timedelta


@pytest.fixture
def monthly(admin: Actor) -> ms.PlanInfo:
    return ms.save_plan(
        actor=admin,
        form=ms.PlanForm(name="Monthly", membership_type="monthly", duration_days=30,
                         price="30.00"),
    )  # fmt: skip


@pytest.fixture
def annual(admin: Actor) -> ms.PlanInfo:
    return ms.save_plan(
        actor=admin,
        form=ms.PlanForm(name="Annual", membership_type="annual", duration_days=365,
                         price="300.00", features=("Sauna", "Classes")),
    )  # fmt: skip


def _pay(actor: Actor, info: ms.MembershipInfo, amount: str | None = None) -> None:
    payments.take_payment(
        actor=actor,
        idempotency_key=uuid.uuid4(),
        member_id=info.member_id,
        items=[payments.SaleItem(info.plan_name, amount or str(info.amount_due),
                                 membership_id=info.id)],
        method="cash",
    )  # fmt: skip


def test_plans_are_admin_only_and_validated(admin: Actor, reception: Actor) -> None:
    form = ms.PlanForm(name="Off-peak", membership_type="monthly", duration_days=30, price="19.9")
    with pytest.raises(PermissionDenied):
        ms.save_plan(actor=reception, form=form)
    for bad, field in [
        (ms.PlanForm(name="", membership_type="monthly", duration_days=30, price="1"), "name"),
        (ms.PlanForm(name="X", membership_type="weekly", duration_days=30, price="1"),
         "membership_type"),
        (ms.PlanForm(name="X", membership_type="monthly", duration_days=0, price="1"),
         "duration_days"),
        (ms.PlanForm(name="X", membership_type="monthly", duration_days=30, price="-1"), "price"),
        (ms.PlanForm(name="X", membership_type="monthly", duration_days=30, price="1.234"),
         "price"),
        (ms.PlanForm(name="X", membership_type="monthly", duration_days=30, price="1",
                     access_from=dt.time(16), access_until=dt.time(6)), "access_until"),
    ]:  # fmt: skip
        with pytest.raises(ValidationError) as err:
            ms.save_plan(actor=admin, form=bad)
        assert err.value.field == field
    plan = ms.save_plan(actor=admin, form=form)
    assert plan.price == Decimal("19.90") and plan.currency == "EUR"
    assert [p.name for p in ms.list_plans(actor=reception)] == ["Off-peak"]


def test_sold_unpaid_then_active_when_paid(reception: Actor, monthly: ms.PlanInfo) -> None:
    member = make_member("Ana Silva")
    sold = ms.sell_membership(actor=reception, member_id=member, plan_id=monthly.id)
    assert (sold.status, sold.amount_due, sold.paid) == ("unpaid", Decimal("30.00"), 0)
    assert sold.end_date - sold.start_date == D(days=29)
    _pay(reception, sold, "10.00")
    assert ms.member_memberships(actor=reception, member_id=member)[0].status == "unpaid"
    _pay(reception, sold, "20.00")
    [now] = ms.member_memberships(actor=reception, member_id=member)
    assert (now.status, now.amount_due) == ("active", Decimal("0.00"))
    with pytest.raises(ValidationError, match=r"Only 0\.00"):
        _pay(reception, now, "1.00")


def test_renewal_starts_when_the_current_one_ends(reception: Actor, monthly: ms.PlanInfo) -> None:
    member = make_member("Ana Silva")
    first = ms.sell_membership(actor=reception, member_id=member, plan_id=monthly.id)
    renewal = ms.renew_membership(actor=reception, member_id=member)
    assert renewal.start_date == first.end_date + D(days=1)
    assert renewal.plan_id == monthly.id and renewal.status == "unpaid"


def test_upgrade_credits_the_unused_part(
    reception: Actor, monthly: ms.PlanInfo, annual: ms.PlanInfo
) -> None:
    member = make_member("Ana Silva")
    start = dt.date.today() - D(days=15)
    sold = ms.sell_membership(actor=reception, member_id=member, plan_id=monthly.id,
                              start_date=start)  # fmt: skip
    _pay(reception, sold)
    quote = ms.quote_upgrade(actor=reception, membership_id=sold.id, new_plan_id=annual.id)
    unused = (sold.end_date - max(dt.date.today(), start)).days + 1
    assert quote.credit == (Decimal("30.00") * unused / 30).quantize(Decimal("0.01"))
    assert quote.amount_due == Decimal("300.00") - quote.credit
    current = ms.member_memberships(actor=reception, member_id=member)[0]
    new = ms.upgrade_membership(actor=reception, membership_id=sold.id, new_plan_id=annual.id,
                                expected_version=current.version)  # fmt: skip
    assert (new.plan_name, new.price, new.status) == ("Annual", quote.amount_due, "unpaid")
    old = next(m for m in ms.member_memberships(actor=reception, member_id=member)
               if m.id == sold.id)  # fmt: skip
    assert old.status == "cancelled"


def test_freeze_moves_the_end_date_and_unfreeze_gives_it_back(
    reception: Actor, monthly: ms.PlanInfo
) -> None:
    member = make_member("Ana Silva")
    sold = ms.sell_membership(actor=reception, member_id=member, plan_id=monthly.id)
    _pay(reception, sold)
    info = ms.member_memberships(actor=reception, member_id=member)[0]
    today = dt.date.today()
    with pytest.raises(ValidationError) as err:
        ms.freeze_membership(actor=reception, membership_id=info.id, start=today + D(days=5),
                             end=today + D(days=2), expected_version=info.version)  # fmt: skip
    assert err.value.field == "end"
    frozen = ms.freeze_membership(actor=reception, membership_id=info.id, start=today,
                                  end=today + D(days=9), expected_version=info.version)  # fmt: skip
    assert frozen.status == "frozen" and frozen.end_date == info.end_date + D(days=10)
    back = ms.unfreeze_membership(actor=reception, membership_id=info.id,
                                  expected_version=frozen.version)  # fmt: skip
    assert back.status in ("active", "expiring") and back.end_date == info.end_date
    with unit_of_work() as uow:
        actions = uow.session.scalars(
            select(AuditLog.action).where(AuditLog.entity_type == "membership")
        ).all()
    assert actions == ["membership.sell", "membership.freeze", "membership.unfreeze"]


def test_stale_version_is_a_conflict_not_an_overwrite(
    reception: Actor, monthly: ms.PlanInfo
) -> None:
    member = make_member("Ana Silva")
    sold = ms.sell_membership(actor=reception, member_id=member, plan_id=monthly.id)
    ms.set_auto_renew(actor=reception, membership_id=sold.id, auto_renew=True,
                      expected_version=sold.version)  # fmt: skip
    with pytest.raises(Conflict) as err:
        ms.cancel_membership(actor=reception, membership_id=sold.id, reason="Moving",
                             expected_version=sold.version)  # fmt: skip
    assert err.value.current is not None and err.value.current.auto_renew is True
    assert ms.member_memberships(actor=reception, member_id=member)[0].status == "unpaid"


def test_cancel_needs_a_reason(reception: Actor, monthly: ms.PlanInfo) -> None:
    member = make_member("Ana Silva")
    sold = ms.sell_membership(actor=reception, member_id=member, plan_id=monthly.id)
    with pytest.raises(ValidationError):
        ms.cancel_membership(actor=reception, membership_id=sold.id, reason=" ",
                             expected_version=sold.version)  # fmt: skip
    done = ms.cancel_membership(actor=reception, membership_id=sold.id, reason="Moving away",
                                expected_version=sold.version)  # fmt: skip
    assert done.status == "cancelled" and not done.auto_renew


def test_renewals_due_lists_auto_renewing_memberships_without_a_successor(
    reception: Actor, monthly: ms.PlanInfo
) -> None:
    ana, bruno = make_member("Ana Silva"), make_member("Bruno Costa")
    start = dt.date.today() - D(days=25)
    for m in (ana, bruno):
        sold = ms.sell_membership(actor=reception, member_id=m, plan_id=monthly.id,
                                  start_date=start, auto_renew=True)  # fmt: skip
        _pay(reception, sold)
    ms.renew_membership(actor=reception, member_id=bruno)
    due = ms.renewals_due(actor=reception, within_days=7)
    assert [d.member_name for d in due] == ["Ana Silva"]
