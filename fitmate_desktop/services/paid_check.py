"""Memberships made active by other items on their receipt (the check behind
``fitmate db check-payments``).

Until the rule was fixed, a membership's "paid towards" summed its whole receipt, so a drink or
a PT package sold on the same receipt could make an unpaid membership active. The fix applies
to payments from now on; this lists the rows it left behind: memberships running as paid whose
own payment lines (``services.memberships.paid_towards``) do not cover the price, although
their receipts' totals did.

A check rather than a migration that puts them back to unpaid: those members were let in as
paid, may have settled the difference some other way, and check-in refuses an unpaid
membership. Whether to charge the rest or correct the sale is for the office to decide per
member, not for an upgrade to do silently at the door.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from fitmate_desktop.models import Membership, MembershipPlan, Payment, Trainee
from fitmate_desktop.security.permissions import Permission
from fitmate_desktop.services.actor import Actor
from fitmate_desktop.services.memberships import membership_share
from fitmate_desktop.services.uow import unit_of_work

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class OverpaidByOtherItems:
    """A membership counted as paid only because of other lines on its receipts."""

    membership_id: int
    member_code: str
    member_name: str
    plan_name: str
    status: str
    price: Decimal
    currency: str
    paid_by_receipts: Decimal  # what the old rule counted: the receipts' totals
    paid_by_lines: Decimal  # what the fixed rule counts: the membership's own lines
    receipts: tuple[str, ...]


def memberships_paid_by_other_items(*, actor: Actor) -> tuple[OverpaidByOtherItems, ...]:
    """Running memberships whose state the fixed "paid towards" rule would not have given."""
    actor.require(Permission.PAYMENTS_REFUND, doing="check the payments")
    with unit_of_work() as uow:
        session = uow.session
        old: dict[int, Decimal] = defaultdict(lambda: ZERO)
        new: dict[int, Decimal] = defaultdict(lambda: ZERO)
        receipts: dict[int, list[str]] = defaultdict(list)
        rows = session.execute(
            select(
                Payment.membership_id,
                Payment.amount,
                Payment.refund_amount,
                Payment.items,
                Payment.receipt_number,
            )
            .where(
                Payment.membership_id.is_not(None),
                Payment.is_refund.is_(False),
                Payment.status.in_(("completed", "partially_refunded")),
            )
            .order_by(Payment.id)
            .execution_options(yield_per=2000)
        )
        for membership_id, amount, refunded, items, number in rows:
            old[membership_id] += amount - refunded
            new[membership_id] += membership_share(amount, refunded, items, membership_id)
            receipts[membership_id].append(number or "")
        suspects = [m for m in old if new[m] < old[m]]
        found: list[OverpaidByOtherItems] = []
        for start in range(0, len(suspects), 1000):
            chunk = suspects[start : start + 1000]
            for m, code, name, plan in session.execute(
                select(Membership, Trainee.member_code, Trainee.full_name, MembershipPlan.name)
                .join(Trainee, Trainee.id == Membership.trainee_id)
                .join(MembershipPlan, MembershipPlan.id == Membership.plan_id)
                .where(
                    Membership.id.in_(chunk),
                    Membership.status.not_in(("unpaid", "cancelled")),
                    Membership.price > 0,
                )
                .order_by(Membership.id)
            ):
                if old[m.id] >= m.price > new[m.id]:
                    found.append(
                        OverpaidByOtherItems(
                            membership_id=m.id,
                            member_code=code,
                            member_name=name,
                            plan_name=plan,
                            status=m.status,
                            price=m.price,
                            currency=m.currency,
                            paid_by_receipts=old[m.id],
                            paid_by_lines=new[m.id],
                            receipts=tuple(receipts[m.id]),
                        )
                    )
        return tuple(found)
