"""Payments, receipts and refunds (the end-of-day cash-up is ``services.cashups``).

- Idempotent: each payment dialog carries a key, unique in the database; a double click or a
  retry after a lost connection returns the first payment instead of charging twice.
- Gapless receipt numbers per series and year (``services.counters``).
- Refunds are rows of their own with a credit-note number; the original is never edited except
  for its running ``refund_amount``, which a row lock and a CHECK keep within what was paid.
- No card numbers are ever stored: a provider reference that looks like one is refused.
- Cash: what the member handed over and the change are stored with the payment (a CHECK
  keeps ``change = tendered - amount``) and printed on the receipt.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from fitmate_desktop.documents.receipt import ReceiptData, ReceiptLine, render_receipt
from fitmate_desktop.models import AdminSettings, Membership, Payment, PTPackage, Trainee, User
from fitmate_desktop.security.permissions import Permission, Role
from fitmate_desktop.services import audit
from fitmate_desktop.services.actor import Actor
from fitmate_desktop.services.counters import next_number
from fitmate_desktop.services.documents import gym_header
from fitmate_desktop.services.errors import NotFound, PermissionDenied, ValidationError
from fitmate_desktop.services.events import announce_changed
from fitmate_desktop.services.gym import GymProfile, load_gym_profile
from fitmate_desktop.services.memberships import CENT, paid_towards, parse_money
from fitmate_desktop.services.uow import unit_of_work
from fitmate_desktop.services.validation import check_date, check_id, check_optional_id, check_text

METHODS = ("cash", "card", "transfer", "other")
METHOD_LABELS = {"cash": "Cash", "card": "Card", "transfer": "Bank transfer", "other": "Other"}
MAX_ITEMS = 50
_KEY_LOCKS = 0x464D_504B  # "FMPK": the lock namespace of idempotency keys
_CARD_NUMBER = re.compile(r"(?:\d[ -]?){13,19}")


@dataclass(frozen=True)
class SaleItem:
    """One line of a sale: a membership, a PT package or anything else."""

    description: str
    amount: Decimal | str  # the line total, tax included
    quantity: int = 1
    membership_id: int | None = None
    pt_package_id: int | None = None


@dataclass(frozen=True)
class PaymentLine:
    description: str
    quantity: int
    unit_price: Decimal
    amount: Decimal


@dataclass(frozen=True)
class PaymentInfo:
    """A payment or a refund (credit note) as lists, dialogs and receipts show it."""

    id: int
    receipt_number: str
    created_at: dt.datetime
    member_id: int | None
    member_name: str | None
    member_code: str | None
    description: str
    lines: tuple[PaymentLine, ...]
    amount: Decimal
    tax_rate: Decimal
    tax_amount: Decimal
    currency: str
    method: str
    provider_reference: str | None
    status: str
    taken_by: str | None
    workstation: str | None
    is_refund: bool
    refund_of_id: int | None
    refund_of_number: str | None
    refund_reason: str | None
    refunded: Decimal
    refundable: Decimal
    cash_tendered: Decimal | None = None  # cash handed over (None: not recorded)
    change_given: Decimal | None = None


# ----------------------------------------------------------------------------- helpers


def _tax_of(amount: Decimal, rate: Decimal) -> Decimal:
    """Prices include tax: the tax part of ``amount`` at ``rate`` percent."""
    if rate <= 0:
        return Decimal("0.00")
    return (amount * rate / (Decimal(100) + rate)).quantize(CENT, ROUND_HALF_UP)


def _receipt_number(session: Session, prefix: str, profile: GymProfile) -> str:
    year = dt.datetime.now(profile.zone).year
    return f"{prefix}-{year}-{next_number(session, f'{prefix}-{year}'):06d}"


def _check_reference(reference: str | None) -> str | None:
    ref = check_text("provider_reference", reference, max_length=128, label="The reference")
    if not ref:
        return None
    if _CARD_NUMBER.search(ref):
        raise ValidationError(
            "provider_reference",
            "This looks like a card number. Never type card numbers; use the terminal's "
            "transaction reference.",
        )
    return ref


def _check_key(key: object) -> None:
    if not isinstance(key, uuid.UUID):
        raise ValidationError("idempotency_key", "This payment dialog has no valid key.")


def _info(session: Session, p: Payment) -> PaymentInfo:
    member = session.get(Trainee, p.trainee_id) if p.trainee_id else None
    staff = session.scalar(select(User.full_name).where(User.id == p.taken_by_id))
    original = session.get(Payment, p.refund_of_id) if p.refund_of_id else None
    lines = tuple(
        PaymentLine(
            description=str(i["description"]),
            quantity=int(i.get("quantity", 1)),
            unit_price=Decimal(str(i["unit_price"])),
            amount=Decimal(str(i["amount"])),
        )
        for i in (p.items or [])
    )
    return PaymentInfo(
        id=p.id,
        receipt_number=p.receipt_number or "",
        created_at=p.created_at,
        member_id=p.trainee_id,
        member_name=member.full_name if member else None,
        member_code=member.member_code if member else None,
        description=p.description,
        lines=lines,
        amount=p.amount,
        tax_rate=p.tax_rate,
        tax_amount=p.tax_amount,
        currency=p.currency,
        method=p.method,
        provider_reference=p.provider_reference,
        status=p.status,
        taken_by=staff,
        workstation=p.workstation,
        is_refund=p.is_refund,
        refund_of_id=p.refund_of_id,
        refund_of_number=original.receipt_number if original else None,
        refund_reason=p.refund_reason,
        refunded=p.refund_amount,
        refundable=Decimal("0.00") if p.is_refund else p.amount - p.refund_amount,
        cash_tendered=p.cash_tendered,
        change_given=p.change_given,
    )


def _settings(session: Session) -> AdminSettings:
    settings = session.get(AdminSettings, 1)
    if settings is None:
        raise ValidationError("settings", "The gym's settings are missing; ask an admin.")
    return settings


def _validated_lines(
    session: Session, items: Sequence[SaleItem], member_id: int | None
) -> tuple[list[dict[str, Any]], Membership | None, int | None]:
    if not items:
        raise ValidationError("items", "Add at least one item to charge.")
    if len(items) > MAX_ITEMS:
        raise ValidationError("items", f"At most {MAX_ITEMS} items on one receipt.")
    lines: list[dict[str, Any]] = []
    membership: Membership | None = None
    package_id: int | None = None
    for n, item in enumerate(items):
        field = f"items[{n}]"
        # Long descriptions are cut to 200 on the receipt; past 1000 it is not a description.
        wording = check_text(field, item.description, max_length=1000, label="The description")
        if not wording:
            raise ValidationError(field, "Describe what is being paid for.")
        check_optional_id(field, item.membership_id)
        check_optional_id(field, item.pt_package_id)
        if isinstance(item.quantity, bool) or not isinstance(item.quantity, int):
            raise ValidationError(field, "The quantity must be a whole number.")
        if not 1 <= item.quantity <= 999:
            raise ValidationError(field, "The quantity must be 1 to 999.")
        amount = parse_money(item.amount, field=field)
        if amount <= 0:
            raise ValidationError(field, "Each item must cost more than zero.")
        if item.membership_id is not None:
            if membership is not None:
                raise ValidationError(field, "One membership per receipt.")
            membership = session.get(Membership, item.membership_id, with_for_update=True)
            if membership is None or membership.trainee_id != member_id:
                raise ValidationError(field, "This membership is not the member's.")
            if membership.status == "cancelled":
                raise ValidationError(field, "This membership was cancelled.")
        if item.pt_package_id is not None:
            if session.get(PTPackage, item.pt_package_id) is None:
                raise ValidationError(field, "This PT package no longer exists.")
            package_id = item.pt_package_id
        lines.append(
            {
                "description": wording[:200],
                "quantity": item.quantity,
                "unit_price": str((amount / item.quantity).quantize(CENT, ROUND_HALF_UP)),
                "amount": str(amount),
                "membership_id": item.membership_id,
                "pt_package_id": item.pt_package_id,
            }
        )
    return lines, membership, package_id


def _first_with_key(session: Session, key: uuid.UUID) -> Payment | None:
    """The payment (or credit note) already made with ``key``, after waiting for any desk
    that is making it right now.

    Desks sending one key at once queue on a transaction lock taken from the key, so the
    late ones look only after the first has committed (or given up) and return its result.
    Without the queue a late desk would pass this look, then wait on the membership's or
    the original payment's row lock and, once the first committed, be refused ("nothing is
    due", "already refunded") instead of being given the first result. READ COMMITTED (the
    default) gives the statement after the lock a fresh view, so the first's row is seen.
    """
    # The two-number form has a key space of its own (the audit log's lock uses the other);
    # 32 bits of the key: a collision only makes two different sales take turns.
    lock_id = int.from_bytes(key.bytes[:4], "big", signed=True)
    session.execute(text("SELECT pg_advisory_xact_lock(:ns, :k)"), {"ns": _KEY_LOCKS, "k": lock_id})
    done = session.scalars(select(Payment).where(Payment.idempotency_key == key))
    return done.first()


def _membership_paid(session: Session, membership: Membership) -> None:
    """Activate an unpaid membership once its payments cover its price."""
    if membership.status == "unpaid" and paid_towards(session, membership.id) >= membership.price:
        membership.status = "active"


# ----------------------------------------------------------------------------- services


def take_payment(
    *,
    actor: Actor,
    idempotency_key: uuid.UUID,
    member_id: int | None,
    items: Sequence[SaleItem],
    method: str,
    provider_reference: str | None = None,
    cash_tendered: Decimal | str | None = None,
) -> PaymentInfo:
    """Charge for one or more items and issue the receipt number, exactly once per key.

    ``cash_tendered`` (cash only): what the member handed over; it must cover the total, and
    the change is stored beside it. None or "" records no tendered amount.
    """
    actor.require(Permission.PAYMENTS_TAKE, doing="take payments")
    _check_key(idempotency_key)
    check_optional_id("member", member_id)
    if method not in METHODS:
        raise ValidationError("method", "Choose cash, card, bank transfer or other.")
    reference = _check_reference(provider_reference)
    tendered: Decimal | None = None
    if cash_tendered is not None and str(cash_tendered).strip():
        if method != "cash":
            raise ValidationError("cash_tendered", "Only a cash payment has money tendered.")
        tendered = parse_money(cash_tendered, field="cash_tendered")
    if actor.site_id is None:
        raise ValidationError("site", "This desk is not assigned to a gym site.")

    with unit_of_work() as uow:
        session = uow.session
        if (existing := _first_with_key(session, idempotency_key)) is not None:
            return _info(session, existing)
        if member_id is not None:
            member = session.get(Trainee, member_id)
            if member is None or member.deleted_at is not None:
                raise ValidationError("member", "This member no longer exists or is archived.")
        lines, membership, package_id = _validated_lines(session, items, member_id)
        total = sum((Decimal(line["amount"]) for line in lines), Decimal("0.00"))
        if tendered is not None and tendered < total:
            raise ValidationError(
                "cash_tendered",
                f"Less than the total ({total}): {total - tendered} more is needed.",
            )
        if membership is not None:
            outstanding = membership.price - paid_towards(session, membership.id)
            membership_line = next(li for li in lines if li["membership_id"] == membership.id)
            if Decimal(membership_line["amount"]) > outstanding:
                raise ValidationError(
                    "items", f"Only {outstanding} {membership.currency} is due on this membership."
                )
        settings = _settings(session)
        profile = load_gym_profile(session)
        try:
            with session.begin_nested():
                payment = Payment(
                    trainee_id=member_id,
                    site_id=actor.site_id,
                    membership_id=membership.id if membership else None,
                    pt_package_id=package_id,
                    description="; ".join(li["description"] for li in lines)[:300],
                    items=lines,
                    amount=total,
                    tax_rate=settings.tax_rate,
                    tax_amount=_tax_of(total, settings.tax_rate),
                    currency=settings.currency,
                    method=method,
                    provider_reference=reference,
                    cash_tendered=tendered,
                    change_given=None if tendered is None else tendered - total,
                    status="completed",
                    receipt_number=_receipt_number(session, "R", profile),
                    idempotency_key=idempotency_key,
                    taken_by_id=actor.user_id or None,
                    workstation=actor.workstation,
                )
                session.add(payment)
                session.flush()
        except IntegrityError:
            # The same dialog's retry raced the first attempt: the first one stands.
            first = session.scalars(
                select(Payment).where(Payment.idempotency_key == idempotency_key)
            ).first()
            if first is None:
                raise
            return _info(session, first)
        if membership is not None:
            _membership_paid(session, membership)
        audit.record(
            session,
            actor=actor,
            action="payment.take",
            entity_type="payment",
            entity_id=payment.id,
            after={
                "receipt_number": payment.receipt_number,
                "amount": total,
                "method": method,
                "member_id": member_id,
                **(
                    {"cash_tendered": tendered, "change_given": tendered - total}
                    if tendered is not None
                    else {}
                ),
            },
        )
        announce_changed(session, "payments", "memberships", "members", site_id=actor.site_id)
        info = _info(session, payment)
        uow.commit()
        return info


def refund_payment(
    *,
    actor: Actor,
    payment_id: int,
    amount: Decimal | str,
    reason: str,
    idempotency_key: uuid.UUID,
) -> PaymentInfo:
    """Refund all or part of a payment; returns the credit note. Never more than was paid."""
    actor.require(Permission.PAYMENTS_REFUND, doing="refund payments")
    _check_key(idempotency_key)
    check_id("payment", payment_id)
    why = check_text("reason", reason, max_length=500, label="The reason")
    if not why:
        raise ValidationError("reason", "Say why the money is refunded.")
    value = parse_money(amount, field="amount")
    if value <= 0:
        raise ValidationError("amount", "Refund more than zero.")

    with unit_of_work() as uow:
        session = uow.session
        if (existing := _first_with_key(session, idempotency_key)) is not None:
            return _info(session, existing)
        # The row lock makes two desks refunding the same payment take turns; the CHECK
        # constraint (refund_amount <= amount) is the last word if anything slips past.
        original = session.get(Payment, payment_id, with_for_update=True)
        if original is None:
            raise NotFound("This payment no longer exists.")
        if original.is_refund:
            raise ValidationError("payment", "A refund cannot be refunded.")
        remaining = original.amount - original.refund_amount
        if value > remaining:
            if remaining <= 0:
                raise ValidationError("amount", "This payment has already been refunded in full.")
            raise ValidationError(
                "amount", f"At most {remaining} {original.currency} can still be refunded."
            )
        settings = _settings(session)
        if actor.role == Role.RECEPTION and value > settings.reception_refund_limit:
            raise PermissionDenied(
                f"Refunds over {settings.reception_refund_limit} {settings.currency} need an admin."
            )
        profile = load_gym_profile(session)
        line = {
            "description": f"Refund of {original.receipt_number}",
            "quantity": 1,
            "unit_price": str(value),
            "amount": str(value),
            "membership_id": None,
            "pt_package_id": None,
        }
        refund = Payment(
            trainee_id=original.trainee_id,
            site_id=actor.site_id or original.site_id,
            description=line["description"],
            items=[line],
            amount=value,
            tax_rate=original.tax_rate,
            tax_amount=_tax_of(value, original.tax_rate),
            currency=original.currency,
            method=original.method,
            status="completed",
            receipt_number=_receipt_number(session, "CR", profile),
            idempotency_key=idempotency_key,
            taken_by_id=actor.user_id or None,
            workstation=actor.workstation,
            is_refund=True,
            refund_of_id=original.id,
            refund_reason=why,
        )
        session.add(refund)
        before = {"refund_amount": original.refund_amount, "status": original.status}
        original.refund_amount = original.refund_amount + value
        original.status = (
            "refunded" if original.refund_amount >= original.amount else "partially_refunded"
        )
        session.flush()
        audit.record(
            session,
            actor=actor,
            action="payment.refund",
            entity_type="payment",
            entity_id=original.id,
            before=before,
            after={
                "refund_amount": original.refund_amount,
                "status": original.status,
                "credit_note": refund.receipt_number,
            },
            reason=why,
        )
        announce_changed(session, "payments", site_id=refund.site_id)
        info = _info(session, refund)
        uow.commit()
        return info


def get_payment(*, actor: Actor, payment_id: int) -> PaymentInfo:
    actor.require(Permission.PAYMENTS_TAKE, doing="see payments")
    check_id("payment", payment_id)
    with unit_of_work() as uow:
        p = uow.session.get(Payment, payment_id)
        if p is None:
            raise NotFound("This payment no longer exists.")
        return _info(uow.session, p)


def list_payments(
    *,
    actor: Actor,
    member_id: int | None = None,
    day: dt.date | None = None,
    limit: int = 200,
) -> tuple[PaymentInfo, ...]:
    """Payments and refunds, newest first: of one member, or of one day at this desk's site."""
    actor.require(Permission.PAYMENTS_TAKE, doing="see payments")
    check_optional_id("member", member_id)
    if day is not None:
        day = check_date("day", day, label="The day")
    with unit_of_work() as uow:
        session = uow.session
        stmt = select(Payment).order_by(Payment.created_at.desc(), Payment.id.desc())
        if member_id is not None:
            stmt = stmt.where(Payment.trainee_id == member_id)
        if day is not None:
            start, end = load_gym_profile(session).day_bounds(day)
            stmt = stmt.where(Payment.created_at >= start, Payment.created_at < end)
            if actor.site_id is not None:
                stmt = stmt.where(Payment.site_id == actor.site_id)
        rows = session.scalars(stmt.limit(max(1, min(limit, 1000))))
        return tuple(_info(session, p) for p in rows)


def receipt_pdf(*, actor: Actor, payment_id: int) -> bytes:
    """The receipt (or credit note) as a PDF with the embedded Unicode font."""
    actor.require(Permission.PAYMENTS_TAKE, doing="print receipts")
    check_id("payment", payment_id)
    with unit_of_work() as uow:
        session = uow.session
        p = session.get(Payment, payment_id)
        if p is None:
            raise NotFound("This payment no longer exists.")
        info = _info(session, p)
        header = gym_header(session)
    return render_receipt(
        ReceiptData(
            gym=header,
            receipt_number=info.receipt_number,
            issued_at=info.created_at,
            member_name=info.member_name,
            member_code=info.member_code,
            lines=tuple(
                ReceiptLine(li.description, li.quantity, li.unit_price, li.amount)
                for li in info.lines
            ),
            total=info.amount,
            tax_rate=info.tax_rate,
            tax_amount=info.tax_amount,
            currency=info.currency,
            method=info.method,
            provider_reference=info.provider_reference,
            staff_name=info.taken_by or "—",
            workstation=info.workstation,
            is_refund=info.is_refund,
            refund_of_number=info.refund_of_number,
            refund_reason=info.refund_reason,
            cash_tendered=info.cash_tendered,
            change_given=info.change_given,
        )
    )
