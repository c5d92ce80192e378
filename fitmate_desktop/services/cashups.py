"""The end-of-day cash-up: the books of a day, and the count of the person who closes it.

- ``cash_up`` adds up a day at this desk's site (per method, per staff member) and, once the
  day is closed, returns the stored count with it.
- ``close_cash_up`` stores, per payment method, what the books expected and what the person
  closing counted, with who and when. Stored, never recomputed: a refund of that day made
  later changes the books (and the sheet says so) but not what was counted. One close per
  site and day (a unique constraint); a second is refused naming who closed it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from fitmate_desktop.documents.cashup import CashUpCountRow, CashUpData, CashUpRow, render_cash_up
from fitmate_desktop.models import CashUpCount, CashUpRecord, Payment, User
from fitmate_desktop.security.permissions import Permission
from fitmate_desktop.services import audit
from fitmate_desktop.services.actor import Actor
from fitmate_desktop.services.documents import gym_header
from fitmate_desktop.services.errors import Conflict, ValidationError
from fitmate_desktop.services.events import announce_changed
from fitmate_desktop.services.gym import GymProfile, load_gym_profile
from fitmate_desktop.services.memberships import parse_money
from fitmate_desktop.services.payments import METHOD_LABELS, METHODS
from fitmate_desktop.services.text import quoted
from fitmate_desktop.services.uow import unit_of_work
from fitmate_desktop.services.validation import check_date, check_text

ZERO = Decimal("0.00")
MAX_NOTE = 500


@dataclass(frozen=True)
class MethodCount:
    """One payment method of a closed day: expected by the books, counted, the difference."""

    method: str  # cash, card, transfer, other
    label: str  # "Cash", "Bank transfer"
    expected: Decimal
    counted: Decimal
    difference: Decimal  # counted - expected: negative is money missing


@dataclass(frozen=True)
class ClosedCashUp:
    """A stored cash-up: who counted, when, at which desk, and the counts as they were."""

    id: int
    day: dt.date
    counted_by: str
    counted_at: dt.datetime
    workstation: str | None
    note: str | None
    currency: str
    counts: tuple[MethodCount, ...]

    @property
    def expected_total(self) -> Decimal:
        return sum((c.expected for c in self.counts), ZERO)

    @property
    def counted_total(self) -> Decimal:
        return sum((c.counted for c in self.counts), ZERO)

    @property
    def difference_total(self) -> Decimal:
        return sum((c.difference for c in self.counts), ZERO)


@dataclass(frozen=True)
class CashUp:
    """A day at one site: the books now, and the stored count once the day is closed.

    ``expected`` is what each method should hold by the books now (net of refunds), by method
    code, in the order of ``payments.METHODS``. ``changed_since_close``: the books no longer
    agree with what was expected when the day was closed (a later refund of that day).
    """

    day: dt.date
    currency: str
    by_method: tuple[CashUpRow, ...]
    by_staff: tuple[CashUpRow, ...]
    total: CashUpRow
    first_receipt: str | None
    last_receipt: str | None
    expected: tuple[tuple[str, Decimal], ...] = ()
    closed: ClosedCashUp | None = None
    changed_since_close: bool = False

    def expected_for(self, method: str) -> Decimal:
        return dict(self.expected).get(method, ZERO)


def _summary(session: Session, profile: GymProfile, day: dt.date, site_id: int | None) -> CashUp:
    start, end = profile.day_bounds(day)
    where: list[Any] = [Payment.created_at >= start, Payment.created_at < end]
    if site_id is not None:
        where.append(Payment.site_id == site_id)
    sale = Payment.is_refund.is_(False)
    refund = Payment.is_refund.is_(True)

    def grouped(key: Any) -> list[tuple[Any, int, Decimal, Decimal]]:
        rows = session.execute(
            select(
                key,
                func.count().filter(sale),
                func.coalesce(func.sum(Payment.amount).filter(sale), 0),
                func.coalesce(func.sum(Payment.amount).filter(refund), 0),
            )
            .select_from(Payment)
            .outerjoin(User, User.id == Payment.taken_by_id)
            .where(*where)
            .group_by(key)
            .order_by(key)
        ).all()
        return [(k, int(n), Decimal(g), Decimal(r)) for k, n, g, r in rows]

    def row(label: str, count: int, gross: Decimal, refunds: Decimal) -> CashUpRow:
        return CashUpRow(
            label=label, count=count, gross=gross, refunds=refunds, net=gross - refunds
        )

    methods = grouped(Payment.method)
    by_method = [row(METHOD_LABELS.get(str(k), str(k)), n, g, r) for k, n, g, r in methods]
    by_staff = [row(str(k or "—"), n, g, r) for k, n, g, r in grouped(User.full_name)]
    net = {str(k): g - r for k, _n, g, r in methods}
    total = CashUpRow(
        label="Total",
        count=sum(r.count for r in by_method),
        gross=sum((r.gross for r in by_method), ZERO),
        refunds=sum((r.refunds for r in by_method), ZERO),
        net=sum((r.net for r in by_method), ZERO),
    )
    first, last = session.execute(
        select(func.min(Payment.receipt_number), func.max(Payment.receipt_number)).where(
            *where, sale
        )
    ).one()
    closed = _closed(session, site_id, day) if site_id is not None else None
    expected = tuple((m, net.get(m, ZERO)) for m in METHODS)
    changed = closed is not None and any(
        c.expected != net.get(c.method, ZERO) for c in closed.counts
    )
    return CashUp(
        day=day,
        currency=profile.currency,
        by_method=tuple(by_method),
        by_staff=tuple(by_staff),
        total=total,
        first_receipt=first,
        last_receipt=last,
        expected=expected,
        closed=closed,
        changed_since_close=changed,
    )


def _closed(session: Session, site_id: int | None, day: dt.date) -> ClosedCashUp | None:
    record = session.scalars(
        select(CashUpRecord).where(
            CashUpRecord.site_id == site_id, CashUpRecord.business_day == day
        )
    ).first()
    if record is None:
        return None
    name = session.scalar(select(User.full_name).where(User.id == record.counted_by_id))
    order = {m: i for i, m in enumerate(METHODS)}
    counts = sorted(
        session.scalars(select(CashUpCount).where(CashUpCount.cash_up_id == record.id)),
        key=lambda c: order.get(c.method, 99),
    )
    return ClosedCashUp(
        id=record.id,
        day=record.business_day,
        counted_by=name or "—",
        counted_at=record.counted_at,
        workstation=record.workstation,
        note=record.note,
        currency=record.currency,
        counts=tuple(
            MethodCount(
                method=c.method,
                label=METHOD_LABELS.get(c.method, c.method),
                expected=c.expected,
                counted=c.counted,
                difference=c.difference,
            )
            for c in counts
        ),
    )


def cash_up(*, actor: Actor, day: dt.date | None = None) -> CashUp:
    """Totals of a day at this desk's site: sales, refunds and net, per method and per staff,
    with the stored count if the day has been closed."""
    actor.require(Permission.CASHUP_VIEW, doing="see the cash-up")
    if day is not None:
        day = check_date("day", day, label="The day")
    with unit_of_work() as uow:
        profile = load_gym_profile(uow.session)
        return _summary(uow.session, profile, day or profile.today(), actor.site_id)


def _already_closed(profile: GymProfile, closed: ClosedCashUp) -> Conflict:
    when = closed.counted_at.astimezone(profile.zone)
    where = f" at {closed.workstation}" if closed.workstation else ""
    return Conflict(
        f"This day was already closed by {closed.counted_by} on {when:%d %b %Y} at "
        f"{when:%H:%M}{where}. A closed day is not counted again.",
        current=closed,
    )


def close_cash_up(
    *,
    actor: Actor,
    day: dt.date,
    counted: Mapping[str, Decimal | str],
    note: str = "",
    expected_seen: Mapping[str, Decimal] | None = None,
) -> ClosedCashUp:
    """Close ``day`` at this desk's site with what was counted per payment method.

    Every method the books expect money for needs a count (``counted.<method>`` errors name
    it). ``expected_seen`` is what the screen showed while the person counted: if the books
    moved since (a payment at another desk), nothing is stored and ``Conflict`` carries the
    fresh day to count against.
    """
    actor.require(Permission.CASHUP_VIEW, doing="close the cash-up")
    actor.require(Permission.PAYMENTS_TAKE, doing="close the cash-up")
    if actor.site_id is None:
        raise ValidationError("site", "This desk is not assigned to a gym site.")
    day = check_date("day", day, label="The day")
    why = check_text("note", note, max_length=MAX_NOTE, label="The note")
    amounts: dict[str, Decimal] = {}
    for method, value in counted.items():
        if method not in METHODS:
            raise ValidationError("counted", f"Unknown payment method: {quoted(method)}.")
        if value is None or not str(value).strip():
            continue
        amounts[method] = parse_money(value, field=f"counted.{method}")

    with unit_of_work() as uow:
        session = uow.session
        profile = load_gym_profile(session)
        if day > profile.today():
            raise ValidationError("day", "A day that has not come yet cannot be closed.")
        summary = _summary(session, profile, day, actor.site_id)
        if summary.closed is not None:
            raise _already_closed(profile, summary.closed)
        books = dict(summary.expected)
        if expected_seen is not None and any(
            books.get(m, ZERO) != Decimal(expected_seen.get(m, ZERO)) for m in METHODS
        ):
            raise Conflict(
                "The takings changed while you counted (a payment or refund was just "
                "recorded). The expected amounts are updated: check them and close again.",
                current=summary,
            )
        for method in METHODS:
            if books[method] != 0 and method not in amounts:
                label = METHOD_LABELS[method].lower()
                raise ValidationError(f"counted.{method}", f"Enter what you counted for {label}.")
        if not amounts:
            raise ValidationError("counted.cash", "Enter what you counted in the drawer.")
        record = CashUpRecord(
            site_id=actor.site_id,
            business_day=day,
            counted_by_id=actor.user_id,
            workstation=actor.workstation,
            note=why or None,
            currency=profile.currency,
        )
        try:
            with session.begin_nested():
                session.add(record)
                session.flush()
        except IntegrityError:
            # Another desk closed the same day a moment ago: theirs stands.
            closed = _closed(session, actor.site_id, day)
            if closed is None:
                raise
            raise _already_closed(profile, closed) from None
        methods = [m for m in METHODS if m in amounts or books[m] != 0]
        for method in methods:
            session.add(
                CashUpCount(
                    cash_up_id=record.id,
                    method=method,
                    expected=books[method],
                    counted=amounts.get(method, ZERO),
                )
            )
        session.flush()
        closed = _closed(session, actor.site_id, day)
        assert closed is not None
        audit.record(
            session,
            actor=actor,
            action="cashup.close",
            entity_type="cash_up",
            entity_id=record.id,
            after={
                "business_day": day,
                **{
                    f"{c.method}": {
                        "expected": c.expected,
                        "counted": c.counted,
                        "difference": c.difference,
                    }
                    for c in closed.counts
                },
            },
            reason=why or None,
        )
        announce_changed(session, "payments", site_id=actor.site_id)
        uow.commit()
        return closed


def cash_up_pdf(*, actor: Actor, day: dt.date | None = None) -> bytes:
    """The cash-up as a printable PDF: the books, and the count with who and when if closed."""
    summary = cash_up(actor=actor, day=day)
    with unit_of_work() as uow:
        header = gym_header(uow.session)
    closed = summary.closed
    if closed is not None:
        counts = tuple(
            CashUpCountRow(c.label, c.expected, c.counted, c.difference) for c in closed.counts
        )
    else:
        counts = tuple(
            CashUpCountRow(METHOD_LABELS[m], amount, None, None)
            for m, amount in summary.expected
            if amount != 0 or m == "cash"
        )
    return render_cash_up(
        CashUpData(
            gym=header,
            day=summary.day,
            generated_at=dt.datetime.now(dt.UTC),
            currency=summary.currency,
            by_method=summary.by_method,
            by_staff=summary.by_staff,
            total=summary.total,
            first_receipt=summary.first_receipt,
            last_receipt=summary.last_receipt,
            prepared_by=actor.full_name,
            counts=counts,
            counted_by=closed.counted_by if closed else None,
            counted_at=closed.counted_at if closed else None,
            counted_workstation=closed.workstation if closed else None,
            count_note=closed.note if closed else None,
            changed_since_close=summary.changed_since_close,
        )
    )
