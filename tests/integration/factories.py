"""Small builders for test data, written through the ORM in one committed transaction."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from fitmate_desktop.models import Membership, MembershipPlan, Trainee
from fitmate_desktop.services.uow import unit_of_work

_counter = iter(range(1, 1_000_000))


def make_plan(name: str = "Monthly", *, days: int = 30, price: str = "39.90") -> int:
    with unit_of_work() as uow:
        plan = MembershipPlan(
            name=f"{name} {next(_counter)}",
            membership_type="monthly",
            duration_days=days,
            price=Decimal(price),
        )
        uow.session.add(plan)
        uow.flush()
        uow.commit()
        return plan.id


def make_member(
    full_name: str,
    *,
    code: str | None = None,
    email: str | None = None,
    phone: str | None = None,
    health: str | None = None,
) -> int:
    with unit_of_work() as uow:
        member = Trainee(
            site_id=1,
            member_code=code or f"T{next(_counter):06d}",
            full_name=full_name,
            email=email,
            phone=phone,
            health_conditions=health,
        )
        uow.session.add(member)
        uow.flush()
        uow.commit()
        return member.id


def give_membership(
    member_id: int,
    plan_id: int,
    *,
    start: dt.date,
    end: dt.date,
    status: str = "active",
    price: str = "39.90",
) -> int:
    with unit_of_work() as uow:
        m = Membership(
            trainee_id=member_id,
            plan_id=plan_id,
            site_id=1,
            membership_type="monthly",
            status=status,
            start_date=start,
            end_date=end,
            price=Decimal(price),
        )
        uow.session.add(m)
        uow.flush()
        uow.commit()
        return m.id


def open_all_week(*, capacity: int = 80, site_id: int = 1) -> None:
    """Opening hours covering every minute of every day, so tests never depend on the clock."""
    from fitmate_desktop.models import GymScheduleSlot

    with unit_of_work() as uow:
        for day in range(7):
            uow.session.add(
                GymScheduleSlot(
                    site_id=site_id,
                    day_of_week=day,
                    opens_at=dt.time(0, 0),
                    closes_at=dt.time(23, 59, 59),
                    capacity=capacity,
                    label="All day",
                )
            )
        uow.commit()


def update_row(model: type, row_id: int, **values: object) -> None:
    with unit_of_work() as uow:
        row = uow.session.get(model, row_id)
        assert row is not None
        for key, value in values.items():
            setattr(row, key, value)
        uow.commit()
