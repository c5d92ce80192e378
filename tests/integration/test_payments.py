"""Payments, receipts, refunds and cash-up, with the guarantees that matter to money."""

from __future__ import annotations

import io
import threading
import uuid
from decimal import Decimal

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from fitmate_desktop.models import AdminSettings, Payment
from fitmate_desktop.services import cashups, payments
from fitmate_desktop.services.actor import Actor
from fitmate_desktop.services.errors import Conflict, PermissionDenied, ValidationError
from fitmate_desktop.services.payments import SaleItem
from fitmate_desktop.services.uow import unit_of_work
from tests.integration.factories import make_member, update_row


def _sell(actor: Actor, member: int | None, amount: str = "45.00", *, key: uuid.UUID | None = None,
          method: str = "card") -> payments.PaymentInfo:  # fmt: skip
    return payments.take_payment(
        actor=actor,
        idempotency_key=key or uuid.uuid4(),
        member_id=member,
        items=[SaleItem("Day pass", amount)],
        method=method,
    )


def _pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def _count(model: type = Payment) -> int:
    with unit_of_work() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(model)) or 0)


def test_payment_gets_a_receipt_number_and_tax(reception: Actor) -> None:
    member = make_member("João Gonçalves", code="FM000123")
    paid = _sell(reception, member, "45.00")
    assert paid.receipt_number.startswith("R-") and paid.receipt_number.endswith("-000001")
    assert paid.amount == Decimal("45.00") and paid.tax_rate == Decimal("23.00")
    assert paid.tax_amount == Decimal("8.41")
    assert (paid.member_name, paid.taken_by, paid.status) == (
        "João Gonçalves",
        "Reception",
        "completed",
    )


def test_same_key_never_charges_twice(reception: Actor) -> None:
    key = uuid.uuid4()
    first = _sell(reception, None, key=key)
    again = _sell(reception, None, key=key)
    assert again.id == first.id and _count() == 1


def test_same_key_from_two_threads_at_once_charges_once(reception: Actor) -> None:
    key = uuid.uuid4()
    barrier = threading.Barrier(4)
    ids: list[int] = []

    def click() -> None:
        barrier.wait()
        ids.append(_sell(reception, None, key=key).id)

    threads = [threading.Thread(target=click) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(set(ids)) == 1 and len(ids) == 4 and _count() == 1


def test_receipts_stay_gapless_under_concurrent_sales(reception: Actor) -> None:
    barrier = threading.Barrier(6)

    def desk() -> None:
        barrier.wait()
        for _ in range(5):
            _sell(reception, None, "5.00")

    threads = [threading.Thread(target=desk) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    with unit_of_work() as uow:
        numbers = sorted(uow.session.scalars(select(Payment.receipt_number)).all())
    assert [int(n.rsplit("-", 1)[1]) for n in numbers] == list(range(1, 31))


@pytest.mark.parametrize(
    ("amount", "method", "reference", "field"),
    [
        ("-5", "cash", None, "items[0]"),
        ("0", "cash", None, "items[0]"),
        ("1000000", "cash", None, "items[0]"),
        ("abc", "cash", None, "items[0]"),
        ("5", "bitcoin", None, "method"),
        ("5", "card", "4111 1111 1111 1111", "provider_reference"),
    ],
)
def test_bad_input_is_refused_and_nothing_written(
    reception: Actor, amount: str, method: str, reference: str | None, field: str
) -> None:
    with pytest.raises(ValidationError) as err:
        payments.take_payment(
            actor=reception,
            idempotency_key=uuid.uuid4(),
            member_id=None,
            items=[SaleItem("Towel", amount)],
            method=method,
            provider_reference=reference,
        )
    assert err.value.field == field
    assert _count() == 0


def test_refunds_partial_then_full_never_beyond(reception: Actor) -> None:
    paid = _sell(reception, make_member("Ana Silva"), "45.00")
    credit = payments.refund_payment(
        actor=reception,
        payment_id=paid.id,
        amount="15.00",
        reason="Towel not used",
        idempotency_key=uuid.uuid4(),
    )
    assert credit.is_refund and credit.receipt_number.startswith("CR-")
    assert credit.refund_of_number == paid.receipt_number
    assert payments.get_payment(actor=reception, payment_id=paid.id).status == "partially_refunded"
    with pytest.raises(ValidationError, match=r"At most 30\.00"):
        payments.refund_payment(
            actor=reception,
            payment_id=paid.id,
            amount="30.01",
            reason="x",
            idempotency_key=uuid.uuid4(),
        )
    payments.refund_payment(
        actor=reception,
        payment_id=paid.id,
        amount="30.00",
        reason="Closed early",
        idempotency_key=uuid.uuid4(),
    )
    original = payments.get_payment(actor=reception, payment_id=paid.id)
    assert (original.status, original.refundable, original.amount) == (
        "refunded",
        Decimal("0.00"),
        Decimal("45.00"),
    )
    with pytest.raises(ValidationError, match="already been refunded in full"):
        payments.refund_payment(
            actor=reception,
            payment_id=paid.id,
            amount="1",
            reason="x",
            idempotency_key=uuid.uuid4(),
        )


def test_two_desks_refunding_at_once_never_exceed_the_payment(admin: Actor) -> None:
    paid = _sell(admin, None, "50.00")
    barrier = threading.Barrier(5)
    outcomes: list[str] = []

    def desk() -> None:
        barrier.wait()
        try:
            payments.refund_payment(
                actor=admin,
                payment_id=paid.id,
                amount="20.00",
                reason="Double",
                idempotency_key=uuid.uuid4(),
            )
            outcomes.append("ok")
        except ValidationError:
            outcomes.append("refused")

    threads = [threading.Thread(target=desk) for _ in range(5)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes) == ["ok", "ok", "refused", "refused", "refused"]
    with unit_of_work() as uow:
        refunded = uow.session.scalar(
            select(func.sum(Payment.amount)).where(Payment.refund_of_id == paid.id)
        )
    assert refunded == Decimal("40.00")
    assert payments.get_payment(actor=admin, payment_id=paid.id).refunded == Decimal("40.00")


def test_reception_refund_limit_comes_from_settings(reception: Actor, admin: Actor) -> None:
    update_row(AdminSettings, 1, reception_refund_limit=Decimal("25.00"))
    paid = _sell(reception, None, "45.00")
    with pytest.raises(PermissionDenied, match="need an admin"):
        payments.refund_payment(
            actor=reception,
            payment_id=paid.id,
            amount="25.01",
            reason="x",
            idempotency_key=uuid.uuid4(),
        )
    payments.refund_payment(
        actor=admin,
        payment_id=paid.id,
        amount="45.00",
        reason="Admin ok",
        idempotency_key=uuid.uuid4(),
    )


def test_trainers_cannot_take_or_refund(trainer: Actor, reception: Actor) -> None:
    with pytest.raises(PermissionDenied):
        _sell(trainer, None)
    paid = _sell(reception, None)
    with pytest.raises(PermissionDenied):
        payments.refund_payment(
            actor=trainer, payment_id=paid.id, amount="1", reason="x", idempotency_key=uuid.uuid4()
        )


def test_receipt_pdf_reads_back_with_names_numbers_and_totals(reception: Actor) -> None:
    update_row(AdminSettings, 1, gym_name="FitMate Alfama", receipt_footer="Obrigado!")
    member = make_member("Zoë Müller", code="FM000777")
    paid = payments.take_payment(
        actor=reception,
        idempotency_key=uuid.uuid4(),
        member_id=member,
        items=[SaleItem("Monthly membership", "39.90"), SaleItem("Protein bar", "5.00", 2)],
        method="card",
        provider_reference="TX-99812",
    )
    text = _pdf_text(payments.receipt_pdf(actor=reception, payment_id=paid.id))
    for expected in ("FitMate Alfama", paid.receipt_number, "Zoë Müller", "FM000777",
                     "Monthly membership", "39.90", "Protein bar", "44.90", "8.40",
                     "TX-99812", "Reception", "Obrigado!"):  # fmt: skip
        assert expected in text, expected
    credit = payments.refund_payment(
        actor=reception,
        payment_id=paid.id,
        amount="5.00",
        reason="Bar expired",
        idempotency_key=uuid.uuid4(),
    )
    text = _pdf_text(payments.receipt_pdf(actor=reception, payment_id=credit.id))
    assert credit.receipt_number in text and paid.receipt_number in text and "Bar expired" in text


def test_cash_up_totals_per_method_and_staff(reception: Actor, admin: Actor) -> None:
    _sell(reception, None, "10.00", method="cash")
    _sell(reception, None, "20.00", method="cash")
    card = _sell(admin, None, "30.00", method="card")
    payments.refund_payment(
        actor=admin, payment_id=card.id, amount="5.00", reason="x", idempotency_key=uuid.uuid4()
    )
    summary = cashups.cash_up(actor=reception)
    by_method = {r.label: (r.count, r.gross, r.refunds, r.net) for r in summary.by_method}
    assert by_method == {
        "Card": (1, Decimal("30.00"), Decimal("5.00"), Decimal("25.00")),
        "Cash": (2, Decimal("30.00"), Decimal("0.00"), Decimal("30.00")),
    }
    by_staff = {r.label: r.net for r in summary.by_staff}
    assert by_staff == {"Admin": Decimal("25.00"), "Reception": Decimal("30.00")}
    assert summary.total.net == Decimal("55.00")
    assert summary.expected_for("cash") == Decimal("30.00")
    assert summary.expected_for("card") == Decimal("25.00")
    text = _pdf_text(cashups.cash_up_pdf(actor=reception))
    assert "55.00" in text and "Cash" in text and "Reception" in text
    assert "Not counted yet" in text


def _cash(actor: Actor, amount: str, tendered: str | None) -> payments.PaymentInfo:
    return payments.take_payment(
        actor=actor,
        idempotency_key=uuid.uuid4(),
        member_id=make_member("Rui Lopes", code="FM000321"),
        items=[SaleItem("Monthly membership", amount)],
        method="cash",
        cash_tendered=tendered,
    )


def test_cash_tendered_and_change_are_stored_and_printed(reception: Actor) -> None:
    paid = _cash(reception, "39.90", "50")
    assert (paid.cash_tendered, paid.change_given) == (Decimal("50.00"), Decimal("10.10"))
    with unit_of_work() as uow:
        row = uow.session.get(Payment, paid.id)
        assert row is not None
        assert (row.cash_tendered, row.change_given) == (Decimal("50.00"), Decimal("10.10"))
    text = _pdf_text(payments.receipt_pdf(actor=reception, payment_id=paid.id))
    assert "Paid in cash" in text
    assert "Cash tendered" in text and "50.00" in text
    assert "Change given" in text and "10.10" in text


def test_cash_without_a_tendered_amount_prints_no_change_lines(reception: Actor) -> None:
    paid = _cash(reception, "39.90", None)
    assert paid.cash_tendered is None and paid.change_given is None
    text = _pdf_text(payments.receipt_pdf(actor=reception, payment_id=paid.id))
    assert "Paid in cash" in text and "tendered" not in text and "Change" not in text


@pytest.mark.parametrize(
    ("method", "tendered", "message"),
    [
        ("cash", "39.89", r"Less than the total \(39\.90\): 0\.01 more"),
        ("cash", "-1", "cannot be negative"),
        ("cash", "fifty", "like 39.90"),
        ("card", "50", "Only a cash payment"),
    ],
)
def test_tendered_less_than_the_total_or_not_cash_is_refused(
    reception: Actor, method: str, tendered: str, message: str
) -> None:
    with pytest.raises(ValidationError, match=message) as err:
        payments.take_payment(
            actor=reception,
            idempotency_key=uuid.uuid4(),
            member_id=None,
            items=[SaleItem("Monthly membership", "39.90")],
            method=method,
            cash_tendered=tendered,
        )
    assert err.value.field == "cash_tendered"
    assert _count() == 0


def _refused_by(err: BaseException) -> str:
    """The name of the database constraint behind a refused write."""
    cause = err.__cause__
    assert isinstance(cause, IntegrityError), err
    return str(cause.orig.diag.constraint_name)  # type: ignore[union-attr]


def test_the_database_refuses_change_that_does_not_add_up(reception: Actor) -> None:
    paid = _cash(reception, "39.90", "50.00")
    for wrong in (
        {"change_given": Decimal("20.00")},
        {"cash_tendered": Decimal("30.00"), "change_given": Decimal("-9.90")},
        {"method": "card"},
    ):
        with pytest.raises(Conflict) as err:
            update_row(Payment, paid.id, **wrong)
        assert _refused_by(err.value) == "ck_payments_change_from_cash"


def test_a_credit_note_names_its_receipt_amount_and_reason_not_keep_this_receipt(
    reception: Actor,
) -> None:
    update_row(
        AdminSettings,
        1,
        receipt_footer="IVA incluído à taxa legal em vigor. Keep this receipt for your records.",
    )
    paid = _cash(reception, "39.90", "40.00")
    receipt = _pdf_text(payments.receipt_pdf(actor=reception, payment_id=paid.id))
    assert "Keep this receipt for your records." in receipt
    credit = payments.refund_payment(
        actor=reception,
        payment_id=paid.id,
        amount="12.50",
        reason="Charged twice for the towel",
        idempotency_key=uuid.uuid4(),
    )
    text = _pdf_text(payments.receipt_pdf(actor=reception, payment_id=credit.id))
    assert f"Credit note {credit.receipt_number}" in text
    assert f"Credit note for receipt {paid.receipt_number}" in text
    assert "12.50 refunded" in text
    assert "Reason: Charged twice for the towel" in text
    assert "Refunded in cash" in text
    assert "Keep this receipt" not in text and "tendered" not in text
    assert "IVA incluído à taxa legal em vigor." in text  # the legal line stays
    assert f"Keep this credit note with receipt {paid.receipt_number}." in text
