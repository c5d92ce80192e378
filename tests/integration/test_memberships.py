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


@pytest.fixture
def pack(admin: Actor) -> ms.PlanInfo:
    return ms.save_plan(
        actor=admin,
        form=ms.PlanForm(name="10 classes", membership_type="class_pack", duration_days=90,
                         price="75.00", visit_count=10),
    )  # fmt: skip


def test_a_class_pack_plan_needs_its_number_of_visits(admin: Actor) -> None:
    for visits, message in ((None, "how many visits"), (0, "1 to 1000"), (1001, "1 to 1000")):
        with pytest.raises(ValidationError, match=message) as err:
            ms.save_plan(
                actor=admin,
                form=ms.PlanForm(name="Pack", membership_type="class_pack", duration_days=90,
                                 price="75", visit_count=visits),
            )  # fmt: skip
        assert err.value.field == "visit_count"
    # Other types ignore a stray count (the form hides the field for them).
    monthly = ms.save_plan(
        actor=admin,
        form=ms.PlanForm(name="M", membership_type="monthly", duration_days=30, price="30",
                         visit_count=5),
    )  # fmt: skip
    assert monthly.visit_count is None


def test_selling_and_renewing_a_class_pack_gives_its_visits(
    reception: Actor, pack: ms.PlanInfo
) -> None:
    assert pack.visit_count == 10
    member = make_member("Ana Silva")
    sold = ms.sell_membership(actor=reception, member_id=member, plan_id=pack.id)
    assert sold.visits_remaining == 10
    renewed = ms.renew_membership(actor=reception, member_id=member)
    assert renewed.visits_remaining == 10 and renewed.start_date == sold.end_date + D(days=1)
    assert [m.visits_remaining for m in ms.member_memberships(actor=reception, member_id=member)
            ] == [10, 10]  # fmt: skip


def test_other_memberships_have_no_visit_count(reception: Actor, monthly: ms.PlanInfo) -> None:
    sold = ms.sell_membership(actor=reception, member_id=make_member("Bo"), plan_id=monthly.id)
    assert sold.visits_remaining is None


def test_the_database_refuses_a_negative_visit_count(reception: Actor, pack: ms.PlanInfo) -> None:
    from fitmate_desktop.models import Membership
    from tests.integration.factories import update_row

    sold = ms.sell_membership(actor=reception, member_id=make_member("Cy"), plan_id=pack.id)
    update_row(Membership, sold.id, visits_remaining=0)  # the last visit taken: fine
    with pytest.raises(Conflict) as err:
        update_row(Membership, sold.id, visits_remaining=-1)
    cause = err.value.__cause__
    assert cause is not None
    assert cause.orig.diag.constraint_name == "ck_memberships_visits_remaining_non_negative"  # type: ignore[attr-defined]


def test_renew_automatically_is_off_unless_the_plan_says_so(
    admin: Actor, reception: Actor, monthly: ms.PlanInfo
) -> None:
    assert monthly.auto_renew is False
    member = make_member("Dee")
    assert (
        ms.sell_membership(actor=reception, member_id=member, plan_id=monthly.id).auto_renew
        is False
    )
    auto = ms.save_plan(
        actor=admin,
        form=ms.PlanForm(name="Monthly auto", membership_type="monthly", duration_days=30,
                         price="28.00", auto_renew=True),
    )  # fmt: skip
    assert auto.auto_renew is True
    other = make_member("Eve")
    assert ms.sell_membership(actor=reception, member_id=other, plan_id=auto.id).auto_renew is True
    # The desk may still say no for this sale, and a renewal keeps the member's choice.
    no = ms.sell_membership(actor=reception, member_id=make_member("Fay"), plan_id=auto.id,
                            auto_renew=False)  # fmt: skip
    assert no.auto_renew is False
    assert ms.renew_membership(actor=reception, member_id=no.member_id).auto_renew is False
    # Renewing onto another plan brings that plan's default.
    switched = ms.renew_membership(actor=reception, member_id=member, plan_id=auto.id)
    assert switched.auto_renew is True
