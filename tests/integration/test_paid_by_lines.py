"""A membership is paid only by its own lines on a receipt, never by other items sold with it.

Failed on the old code: "paid towards" summed the whole receipt, so a 10.00 part-payment of a
39.90 membership with a 41.00 PT package on the same receipt showed "paid 51.00 of 39.90" and
made the membership active.
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from decimal import Decimal
from pathlib import Path

from fitmate_desktop.models import Membership
from fitmate_desktop.services import memberships as ms
from fitmate_desktop.services import payments
from fitmate_desktop.services.actor import Actor
from fitmate_desktop.services.paid_check import memberships_paid_by_other_items
from fitmate_desktop.services.payments import SaleItem
from tests.integration.factories import make_member, make_plan, update_row


def _sell(actor: Actor, name: str) -> ms.MembershipInfo:
    member = make_member(name)
    return ms.sell_membership(actor=actor, member_id=member, plan_id=make_plan(price="39.90"))


def _pay(actor: Actor, sold: ms.MembershipInfo, towards: str, *others: SaleItem) -> None:
    payments.take_payment(
        actor=actor,
        idempotency_key=uuid.uuid4(),
        member_id=sold.member_id,
        items=[SaleItem("Monthly", towards, membership_id=sold.id), *others],
        method="card",
    )


def _now(actor: Actor, sold: ms.MembershipInfo) -> ms.MembershipInfo:
    return next(
        m for m in ms.member_memberships(actor=actor, member_id=sold.member_id) if m.id == sold.id
    )


def test_other_items_on_the_receipt_do_not_pay_the_membership(reception: Actor) -> None:
    sold = _sell(reception, "Marta Reis")
    _pay(reception, sold, "10.00", SaleItem("PT package", "41.00"), SaleItem("Water", "1.50", 3))
    now = _now(reception, sold)
    assert (now.status, now.paid, now.amount_due) == ("unpaid", Decimal("10.00"), Decimal("29.90"))
    # The rest, on a receipt of its own with a drink: now it is paid, and only then.
    _pay(reception, sold, "29.90", SaleItem("Protein bar", "2.50"))
    now = _now(reception, sold)
    assert (now.status, now.paid, now.amount_due) == ("active", Decimal("39.90"), Decimal("0.00"))


def test_what_may_still_be_paid_counts_the_membership_lines_only(reception: Actor) -> None:
    sold = _sell(reception, "Marta Reis")
    _pay(reception, sold, "10.00", SaleItem("PT package", "41.00"))
    # Old rule: "Only 0.00 EUR is due" (51.00 counted); 29.90 is what is really due.
    _pay(reception, sold, "29.90")
    assert _now(reception, sold).status == "active"


def test_a_refund_comes_off_the_membership_line_first(reception: Actor) -> None:
    sold = _sell(reception, "Marta Reis")
    _pay(reception, sold, "39.90", SaleItem("Towel", "5.00"))
    (receipt,) = payments.list_payments(actor=reception, member_id=sold.member_id)
    payments.refund_payment(actor=reception, payment_id=receipt.id, amount="5.00",
                            reason="Towel returned", idempotency_key=uuid.uuid4())  # fmt: skip
    # The refund does not say which line it is for: money given back is never counted paid.
    assert _now(reception, sold).paid == Decimal("34.90")


def _check_payments() -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "fitmate_desktop", "db", "check-payments"],
        capture_output=True,
        text=True,
        env=dict(os.environ),
        cwd=Path(__file__).resolve().parents[2],
        timeout=120,
    )


def test_check_payments_lists_memberships_the_old_rule_activated(
    reception: Actor, admin: Actor
) -> None:
    fine = _sell(reception, "Paid Properly")
    _pay(reception, fine, "39.90", SaleItem("Water", "1.50"))
    clean = _check_payments()
    assert clean.returncode == 0, clean.stderr
    assert "covered by its own payment lines" in clean.stdout
    # What the old rule left behind: 10.00 of 39.90 on a 51.00 receipt, made active.
    wrong = _sell(reception, "Teresa Lobo")
    _pay(reception, wrong, "10.00", SaleItem("PT package", "41.00"))
    update_row(Membership, wrong.id, status="active")
    (found,) = memberships_paid_by_other_items(actor=admin)
    assert (found.membership_id, found.member_name, found.price) == (
        wrong.id, "Teresa Lobo", Decimal("39.90"))  # fmt: skip
    assert (found.paid_by_lines, found.paid_by_receipts) == (Decimal("10.00"), Decimal("51.00"))
    listed = _check_payments()
    assert listed.returncode == 1, listed.stderr
    assert "Teresa Lobo" in listed.stdout and "its lines paid 10.00" in listed.stdout
    assert "Paid Properly" not in listed.stdout and "Traceback" not in listed.stderr
