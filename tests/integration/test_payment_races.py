"""One idempotency key sent by several desks (separate processes) at the same instant.

Every desk must be given the FIRST result: the same payment, or the same credit note. The
test holds the row every desk needs (the membership being paid, the payment being refunded)
until all desks are queued behind it, so all of them are past their first look for the key
before any has committed: that is the moment the old code refused the late desks ("only
0.00 is due", "already refunded in full"). Failed on the old code; passes with the lock on
the key.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from decimal import Decimal

import pytest
from sqlalchemy import Engine, func, select, text

from fitmate_desktop.db.engine import make_engine
from fitmate_desktop.models import Payment
from fitmate_desktop.services import memberships as ms
from fitmate_desktop.services import payments
from fitmate_desktop.services.actor import Actor
from fitmate_desktop.services.payments import SaleItem
from fitmate_desktop.services.uow import unit_of_work
from tests.integration.factories import make_member, make_plan
from tests.integration.race_desks import Outcome, desks, waiting_desks

DESKS = 4


@pytest.fixture
def other_engine(db_url: str) -> Iterator[Engine]:
    engine = make_engine(db_url, pool_size=2, application_name="fitmate lock-holder")
    yield engine
    engine.dispose()


def _race(engine: Engine, locked_sql: str, row_id: int, start: object) -> list[Outcome]:
    """Hold ``locked_sql``'s row, start the desks, let go once every desk waits; results."""
    with engine.connect() as holder:
        holder.execute(text(locked_sql), {"id": row_id})
        with start as (procs, out):  # type: ignore[attr-defined]
            deadline = time.monotonic() + 120  # a safety net against a hang, not a timing check
            while waiting_desks(engine) < DESKS:
                assert time.monotonic() < deadline, "the desks never queued"
                assert all(p.is_alive() for p in procs), "a desk died before queueing"
                time.sleep(0.05)
            holder.rollback()
            outcomes = [out.get(timeout=120) for _ in procs]
    return sorted(outcomes, key=lambda o: o.desk)


def _with_key(key: uuid.UUID) -> int:
    with unit_of_work() as uow:
        return int(
            uow.session.scalar(
                select(func.count()).select_from(Payment).where(Payment.idempotency_key == key)
            )
            or 0
        )


def test_one_key_from_four_desks_gives_every_desk_the_first_payment(
    reception: Actor, db_url: str, other_engine: Engine
) -> None:
    member = make_member("Inês Duarte")
    sold = ms.sell_membership(actor=reception, member_id=member, plan_id=make_plan(price="39.90"))
    key = uuid.uuid4()
    outcomes = _race(
        other_engine,
        "SELECT 1 FROM memberships WHERE id = :id FOR UPDATE",
        sold.id,
        desks(db_url, reception, "take_payment", DESKS, idempotency_key=key, member_id=member,
              items=[SaleItem("Monthly", "39.90", membership_id=sold.id)], method="card"),
    )  # fmt: skip
    assert [o.error for o in outcomes] == [None] * DESKS, outcomes
    assert len({(o.payment_id, o.receipt_number) for o in outcomes}) == 1, outcomes
    assert _with_key(key) == 1
    (info,) = ms.member_memberships(actor=reception, member_id=member)
    assert (info.status, info.paid) == ("active", Decimal("39.90"))
    # The late desks' receipt numbers were given back: the next sale follows without a gap.
    nxt = payments.take_payment(actor=reception, idempotency_key=uuid.uuid4(), member_id=None,
                                items=[SaleItem("Towel", "2.00")], method="cash")  # fmt: skip
    assert int(nxt.receipt_number[-6:]) == int(outcomes[0].receipt_number[-6:]) + 1  # type: ignore[index]


def test_one_refund_key_from_four_desks_gives_every_desk_the_first_credit_note(
    reception: Actor, db_url: str, other_engine: Engine
) -> None:
    paid = payments.take_payment(actor=reception, idempotency_key=uuid.uuid4(), member_id=None,
                                 items=[SaleItem("Day pass", "12.00")], method="cash")  # fmt: skip
    key = uuid.uuid4()
    outcomes = _race(
        other_engine,
        "SELECT 1 FROM payments WHERE id = :id FOR UPDATE",
        paid.id,
        desks(db_url, reception, "refund_payment", DESKS, payment_id=paid.id, amount="12.00",
              reason="Closed pool", idempotency_key=key),
    )  # fmt: skip
    assert [o.error for o in outcomes] == [None] * DESKS, outcomes
    assert len({(o.payment_id, o.receipt_number) for o in outcomes}) == 1, outcomes
    assert outcomes[0].receipt_number.startswith("CR-")  # type: ignore[union-attr]
    assert _with_key(key) == 1
    again = payments.get_payment(actor=reception, payment_id=paid.id)
    assert (again.refunded, again.status) == (Decimal("12.00"), "refunded")
