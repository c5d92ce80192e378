"""Closing the day: counted per method, stored as counted, once per site and day, on paper."""

from __future__ import annotations

import datetime as dt
import io
import threading
import uuid
from decimal import Decimal

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from fitmate_desktop.models import AuditLog, CashUpCount, CashUpRecord
from fitmate_desktop.services import cashups, payments
from fitmate_desktop.services.actor import Actor
from fitmate_desktop.services.errors import Conflict, PermissionDenied, ValidationError
from fitmate_desktop.services.gym import load_gym_profile
from fitmate_desktop.services.payments import SaleItem
from fitmate_desktop.services.uow import unit_of_work

D = Decimal


def _sell(actor: Actor, amount: str, method: str) -> payments.PaymentInfo:
    return payments.take_payment(
        actor=actor,
        idempotency_key=uuid.uuid4(),
        member_id=None,
        items=[SaleItem("Day pass", amount)],
        method=method,
        provider_reference=None if method == "cash" else "TX-1",
    )


def _pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def _today() -> dt.date:
    with unit_of_work() as uow:
        return load_gym_profile(uow.session).today()


@pytest.fixture
def day(reception: Actor) -> payments.PaymentInfo:
    """Cash 30.00 + 12.50, card 40.00: the books expect 42.50 cash and 40.00 card."""
    _sell(reception, "30.00", "cash")
    _sell(reception, "12.50", "cash")
    return _sell(reception, "40.00", "card")


def test_closing_stores_expected_counted_and_difference_with_who_and_when(
    reception: Actor, day: payments.PaymentInfo
) -> None:
    before = dt.datetime.now(dt.UTC)
    closed = cashups.close_cash_up(
        actor=reception,
        day=_today(),
        counted={"cash": "40.00", "card": "40"},
        note="Two euros short, checked twice",
    )
    counts = {c.method: (c.expected, c.counted, c.difference) for c in closed.counts}
    assert counts == {
        "cash": (D("42.50"), D("40.00"), D("-2.50")),
        "card": (D("40.00"), D("40.00"), D("0.00")),
    }
    assert closed.counted_by == "Reception" and closed.workstation == "test-desk"
    assert closed.counted_at >= before - dt.timedelta(seconds=5)
    assert closed.difference_total == D("-2.50")
    with unit_of_work() as uow:
        record = uow.session.scalars(select(CashUpRecord)).one()
        assert (record.business_day, record.counted_by_id) == (_today(), reception.user_id)
        rows = uow.session.scalars(select(CashUpCount).order_by(CashUpCount.method)).all()
        assert [(r.method, r.difference) for r in rows] == [("card", D("0")), ("cash", D("-2.5"))]
        audit = uow.session.scalars(select(AuditLog).where(AuditLog.action == "cashup.close")).one()
        assert audit.entity_id == str(record.id) or audit.entity_id == record.id
        assert audit.after["cash"] == {"expected": "42.50", "counted": "40.00",
                                       "difference": "-2.50"}  # fmt: skip
    summary = cashups.cash_up(actor=reception)
    assert summary.closed == closed and not summary.changed_since_close


def test_a_later_refund_changes_the_books_but_not_the_stored_count(
    reception: Actor, day: payments.PaymentInfo
) -> None:
    cashups.close_cash_up(actor=reception, day=_today(), counted={"cash": "42.50", "card": "40"})
    payments.refund_payment(
        actor=reception, payment_id=day.id, amount="10.00", reason="Wrong pass",
        idempotency_key=uuid.uuid4(),
    )  # fmt: skip
    summary = cashups.cash_up(actor=reception)
    assert summary.expected_for("card") == D("30.00")  # the books now
    assert summary.closed is not None
    card = next(c for c in summary.closed.counts if c.method == "card")
    assert (card.expected, card.counted, card.difference) == (D("40.00"), D("40.00"), D("0.00"))
    assert summary.changed_since_close
    text = _pdf_text(cashups.cash_up_pdf(actor=reception))
    assert "changed after it was closed" in text


def test_a_second_close_of_the_same_day_is_refused_naming_who_closed_it(
    reception: Actor, admin: Actor, day: payments.PaymentInfo
) -> None:
    cashups.close_cash_up(actor=reception, day=_today(), counted={"cash": "42.50", "card": "40"})
    with pytest.raises(
        Conflict, match=r"already closed by Reception on .* at \d\d:\d\d at test-desk"
    ):
        cashups.close_cash_up(actor=admin, day=_today(), counted={"cash": "1", "card": "1"})
    with unit_of_work() as uow:
        assert len(uow.session.scalars(select(CashUpRecord)).all()) == 1


def test_two_desks_closing_at_once_store_one_close(
    reception: Actor, admin: Actor, day: payments.PaymentInfo
) -> None:
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def desk(actor: Actor) -> None:
        barrier.wait()
        try:
            cashups.close_cash_up(
                actor=actor, day=_today(), counted={"cash": "42.50", "card": "40"}
            )
            outcomes.append("closed")
        except Conflict as err:
            outcomes.append("refused" if "already closed by" in str(err) else str(err))

    threads = [threading.Thread(target=desk, args=(a,)) for a in (reception, admin)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes) == ["closed", "refused"]


def test_every_method_with_money_needs_a_count_and_bad_amounts_are_refused(
    reception: Actor, day: payments.PaymentInfo
) -> None:
    for counted, field, message in (
        ({"cash": "42.50"}, "counted.card", "Enter what you counted for card"),
        ({"cash": "-1", "card": "40"}, "counted.cash", "cannot be negative"),
        ({"cash": "4x", "card": "40"}, "counted.cash", "like 39.90"),
    ):
        with pytest.raises(ValidationError, match=message) as err:
            cashups.close_cash_up(actor=reception, day=_today(), counted=counted)
        assert err.value.field == field
    with pytest.raises(ValidationError, match="not come yet"):
        cashups.close_cash_up(
            actor=reception, day=_today() + dt.timedelta(days=1), counted={"cash": "0"}
        )
    with unit_of_work() as uow:
        assert uow.session.scalars(select(CashUpRecord)).first() is None


def test_books_that_moved_while_counting_are_refused_with_the_fresh_day(
    reception: Actor, day: payments.PaymentInfo
) -> None:
    seen = dict(cashups.cash_up(actor=reception).expected)
    _sell(reception, "5.00", "cash")  # another desk, while this one counted
    with pytest.raises(Conflict, match="changed while you counted") as err:
        cashups.close_cash_up(
            actor=reception, day=_today(), counted={"cash": "42.50", "card": "40"},
            expected_seen=seen,
        )  # fmt: skip
    fresh = err.value.current
    assert isinstance(fresh, cashups.CashUp) and fresh.expected_for("cash") == D("47.50")


def test_trainers_cannot_close_the_day(trainer: Actor) -> None:
    with pytest.raises(PermissionDenied):
        cashups.close_cash_up(actor=trainer, day=_today(), counted={"cash": "0"})


def test_the_cash_up_pdf_shows_expected_counted_difference_and_who_when(
    reception: Actor, day: payments.PaymentInfo
) -> None:
    cashups.close_cash_up(
        actor=reception, day=_today(), counted={"cash": "40.00", "card": "41.00"},
        note="Float left in the drawer",
    )  # fmt: skip
    text = _pdf_text(cashups.cash_up_pdf(actor=reception))
    for expected in ("Expected", "Counted", "Difference", "42.50", "40.00", "− €2.50",
                     "+ €1.00", "− €1.50", "Counted by Reception on", "at test-desk",
                     "Note: Float left in the drawer", "By payment method", "82.50"):  # fmt: skip
        assert expected in text, expected
    assert "Not counted yet" not in text
