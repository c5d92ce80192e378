"""Memberships and payments: one chronological simulation of sales, renewals and refunds,
replayed once for each table; afterwards, what the class packs have left."""

from __future__ import annotations

import datetime as dt
import heapq
import time
from collections.abc import Iterator
from decimal import ROUND_HALF_UP, Decimal
from itertools import accumulate
from typing import Any

from fitmate_desktop.services.demo.base import Loader, vat_of
from fitmate_desktop.services.demo.people import Member, membership_chain
from fitmate_desktop.services.demo.reference import CENT, PACKAGES, PLANS, TIMEZONE, VAT
from fitmate_desktop.services.demo.staff import Staff

_CANCEL_REASONS = (
    "Moving to Porto",
    "Medical reasons (certificate provided)",
    "Too expensive right now",
    "Opening hours don't suit the new job",
    "Joined a gym closer to work",
    "Unhappy with crowding at peak hours",
)
_TERMINALS = {"card": "SumUp"}  # the card terminal's provider, for the payment reference
_ADJUST_REASONS = (
    "Student discount applied after the sale",
    "Price match with the online promotion",
    "Charged the wrong plan; difference returned",
)


def write_billing(load: Loader, members: list[Member], staff: Staff) -> None:
    """Memberships, then payments: one chronological simulation, replayed for each table.

    Both tables want their rows in sale order (ids and receipt numbers rise with time) and a
    connection runs one COPY at a time, so the deterministic simulation runs twice rather
    than holding a million rows in memory.
    """
    started = time.perf_counter()
    load.purchases = _pt_purchases(load, members)
    first_membership = load.next_id("memberships") - 1
    first_payment = load.next_id("payments") - 1
    load.copy(
        "memberships",
        _MEMBERSHIP_COLUMNS,
        _billing_rows(load, members, staff, "m", first_membership, first_payment),
    )
    load.copy(
        "payments",
        _PAYMENT_COLUMNS,
        _billing_rows(load, members, staff, "p", first_membership, first_payment),
    )
    load.say(f"Memberships and payments ({time.perf_counter() - started:.1f} s)")


def _pt_purchases(load: Loader, members: list[Member]) -> list[tuple[int, int, int]]:
    """(sale minute key, member index, package) of PT packages, in sale order."""
    rng = load.rng("pt-purchases")
    cw = list(accumulate(p.share for p in PACKAGES))
    out = []
    for idx, m in enumerate(members):
        if m.trainer < 0 or rng.random() >= 0.25:
            continue
        lo = max(m.cov_start, load.today - 365)
        if m.cov_end < lo:
            continue
        day = rng.randint(lo, m.cov_end)
        for _ in range(rng.choice((1, 1, 1, 2, 2, 3))):
            if day > m.cov_end:
                break
            pkg = rng.choices(range(len(PACKAGES)), cum_weights=cw)[0]
            key = min(day * 1440 + rng.randint(600, 1200), load.clock.now_key - 1)
            out.append((key, idx, pkg))
            day += PACKAGES[pkg].validity_days + rng.randint(0, 40)
    out.sort()
    return out


def _billing_rows(
    load: Loader,
    members: list[Member],
    staff: Staff,
    want: str,
    membership_id: int,
    payment_id: int,
) -> Iterator[tuple[Any, ...]]:
    """Yield membership rows (``want="m"``) or payment rows (``"p"``) in sale order.

    A heap holds each member's next membership sale, the PT package sales and the refunds
    decided so far; popping it gives events in time order. Everything both passes need
    (ids, receipt numbers, refund decisions) is computed in both, from the same stream.
    """
    rng = load.rng("billing")
    clock = load.clock
    today, now_key = load.today, clock.now_key
    site = load.site_id
    plan_ids, package_ids = load.plan_ids, load.package_ids
    desks, admin = staff.desks, staff.admin
    desk_ws = ("Reception 1", "Reception 2")
    zero = Decimal(0)
    last_membership = [0] * len(members)
    receipts: dict[str, int] = {}  # "R-2026" -> last number (services.counters series)
    years: dict[int, int] = {}
    heap: list[tuple[int, int, int, Any]] = []
    seq = 0

    def sale_key(day: int) -> int:
        return min(day * 1440 + 540 + int(691 * rng.random()), now_key - 1)

    day_texts: dict[int, str] = {}

    def day_text(ordinal: int) -> str:
        text = day_texts.get(ordinal)
        if text is None:
            text = day_texts[ordinal] = f"{dt.date.fromordinal(ordinal):%d %b %Y}"
        return text

    for idx, m in enumerate(members):
        chain = membership_chain(m, today)
        link = next(chain, None)
        if link is not None:
            heap.append((sale_key(m.joined), seq, 0, (idx, link, chain)))
            seq += 1
    for key, idx, pkg in load.purchases:
        heap.append((key, seq, 1, (idx, pkg)))
        seq += 1
    heapq.heapify(heap)

    while heap:
        key, _, kind, payload = heapq.heappop(heap)
        day = key // 1440
        year = years.get(day)
        if year is None:
            year = years[day] = dt.date.fromordinal(day).year
        at = clock.at(key)
        if kind == 0:  # a membership is sold (and paid, unless it is unpaid)
            idx, link, chain = payload
            m = members[idx]
            s, e, p, status, frozen_from, frozen_days = link
            plan = PLANS[p]
            membership_id += 1
            seller = desks[key & 1] if key % 7 else admin
            cancel_day = max(s, min(m.stop, today))
            if want == "m":
                cancelled_at = reason = None
                if status == "cancelled":
                    c_key = min(max(cancel_day * 1440 + 700, key + 30), now_key - 1)
                    cancelled_at = clock.at(max(c_key, key))
                    reason = _CANCEL_REASONS[m.id % len(_CANCEL_REASONS)]
                yield (
                    membership_id, m.id, plan_ids[p], site, plan.membership_type, status,
                    dt.date.fromordinal(s), dt.date.fromordinal(e), plan.price,
                    m.auto_renew,
                    dt.date.fromordinal(frozen_from) if frozen_days else None,
                    dt.date.fromordinal(frozen_from + frozen_days - 1) if frozen_days else None,
                    frozen_days, cancelled_at, reason, last_membership[idx] or None, seller,
                    at, cancelled_at or at,
                )  # fmt: skip
            last_membership[idx] = membership_id
            if status != "unpaid":
                payment_id += 1
                series = f"R-{year}"
                receipts[series] = receipt = receipts.get(series, 0) + 1
                number = f"{series}-{receipt:06d}"
                refund, refund_reason, refund_key = None, "", 0
                roll = rng.random()
                if status == "cancelled":
                    refund_key = max(key + 30, cancel_day * 1440 + rng.randint(600, 1100))
                    if cancel_day - s <= 14 and roll < 0.7:
                        refund = plan.price
                        refund_reason = "Cancelled within the 14-day cooling-off period"
                    elif roll < 0.5 and e > cancel_day:
                        share = Decimal(e - cancel_day) / Decimal(e - s + 1)
                        refund = (plan.price * share).quantize(CENT, ROUND_HALF_UP)
                        why = _CANCEL_REASONS[m.id % len(_CANCEL_REASONS)]
                        refund_reason = f"Pro-rata refund: {why[0].lower()}{why[1:]}"
                        if refund < 1:
                            refund = None
                elif roll < 0.003 and plan.price > 20:
                    refund = Decimal(rng.choice(("5.00", "7.50", "10.00")))
                    refund_reason = rng.choice(_ADJUST_REASONS)
                    refund_key = key + rng.randint(1, 10) * 1440 + rng.randint(-120, 120)
                if refund is not None:
                    refund_key = min(refund_key, now_key - 1)
                    if refund_key <= key:
                        refund = None
                if want == "p":
                    # Renewals of auto-renewing members are collected by direct debit.
                    online = m.auto_renew and s != m.joined
                    method = "transfer" if online else m.method
                    status_p = "completed"
                    if refund is not None:
                        status_p = "refunded" if refund == plan.price else "partially_refunded"
                    text = f"{plan.name}, {day_text(s)} to {day_text(e)}"
                    # The same line layout as services.payments writes.
                    items = (
                        f'[{{"description": "{text}", "quantity": 1, '
                        f'"unit_price": "{plan.price}", "amount": "{plan.price}", '
                        f'"membership_id": {membership_id}, "pt_package_id": null}}]'
                    )
                    yield (
                        payment_id, at, clock.at(refund_key) if refund is not None else at,
                        m.id, site, membership_id, None, text, items,
                        plan.price, VAT, plan.tax, method,
                        "SEPA Direct Debit" if online else _TERMINALS.get(method),
                        f"DD-{m.id:07d}-{payment_id:08d}" if online else None,
                        status_p, number, None if online else seller,
                        None if online else desk_ws[key & 1],
                        False, None, None, refund or zero,
                    )  # fmt: skip
                if refund is not None:
                    method = "transfer" if m.auto_renew and s != m.joined else m.method
                    refund_info = (m.id, payment_id, refund, refund_reason, number, method)
                    heapq.heappush(heap, (refund_key, seq, 2, refund_info))
                    seq += 1
            nxt = next(chain, None)
            if nxt is not None:
                # A renewal starting after today was sold ahead (and is not paid yet).
                n_key = sale_key(max(today - 3, s) if nxt[0] > today else nxt[0])
                heapq.heappush(heap, (max(n_key, key + 1), seq, 0, (idx, nxt, chain)))
                seq += 1
        elif kind == 1:  # a PT package is sold
            idx, pkg_i = payload
            m = members[idx]
            pkg = PACKAGES[pkg_i]
            payment_id += 1
            series = f"R-{year}"
            receipts[series] = receipt = receipts.get(series, 0) + 1
            if want == "p":
                method = "card" if m.method == "transfer" else m.method
                text = f"{pkg.name} with {staff.trainer_names[m.trainer]}"
                items = (
                    f'[{{"description": "{text}", "quantity": 1, '
                    f'"unit_price": "{pkg.price}", "amount": "{pkg.price}", '
                    f'"membership_id": null, "pt_package_id": {package_ids[pkg_i]}}}]'
                )
                yield (
                    payment_id, at, at, m.id, site, None, package_ids[pkg_i], text, items,
                    pkg.price, VAT, vat_of(pkg.price), method,
                    "SumUp" if method == "card" else None, None, "completed",
                    f"{series}-{receipt:06d}", desks[key & 1], desk_ws[key & 1],
                    False, None, None, zero,
                )  # fmt: skip
        else:  # a refund: a payment row of its own, with a credit-note number
            member_id, original, amount, reason, original_number, method = payload
            payment_id += 1
            series = f"CR-{year}"
            receipts[series] = receipt = receipts.get(series, 0) + 1
            if want == "p":
                text = f"Refund of {original_number}"
                items = (
                    f'[{{"description": "{text}", "quantity": 1, "unit_price": "{amount}", '
                    f'"amount": "{amount}", "membership_id": null, "pt_package_id": null}}]'
                )
                yield (
                    payment_id, at, at, member_id, site, None, None, text, items, amount,
                    VAT, vat_of(amount), method, None, None, "completed",
                    f"{series}-{receipt:06d}", admin, "Office", True, original, reason, zero,
                )  # fmt: skip
    load.ids["memberships"] = membership_id
    load.ids["payments"] = payment_id
    load.receipts = dict(receipts)


_MEMBERSHIP_COLUMNS = (
    "id", "trainee_id", "plan_id", "site_id", "membership_type", "status", "start_date",
    "end_date", "price", "auto_renew", "frozen_from", "frozen_until", "frozen_days_total",
    "cancelled_at", "cancel_reason", "renewed_from_id", "sold_by_id", "created_at", "updated_at",
)  # fmt: skip
_PAYMENT_COLUMNS = (
    "id", "created_at", "updated_at", "trainee_id", "site_id", "membership_id", "pt_package_id",
    "description", "items", "amount", "tax_rate", "tax_amount", "method", "provider",
    "provider_reference", "status", "receipt_number", "taken_by_id", "workstation", "is_refund",
    "refund_of_id", "refund_reason", "refund_amount",
)  # fmt: skip


def write_class_pack_visits(load: Loader) -> None:
    """What each class pack sold has left: the plan's visits less those made while it ran.

    Run after the visits are written (one pass over them, joined on the member); a pack used
    more often than it holds has none left, never fewer (the database refuses a negative
    count). Days are the gym's days, as the desk counts them.
    """
    load.cur.execute(
        """
        WITH packs AS (
            SELECT m.id, m.trainee_id, m.start_date, m.end_date, p.visit_count
            FROM memberships m JOIN membership_plans p ON p.id = m.plan_id
            WHERE m.membership_type = 'class_pack' AND p.visit_count IS NOT NULL
        ), used AS (
            SELECT k.id, count(a.id) AS visits
            FROM packs k LEFT JOIN attendance a ON a.trainee_id = k.trainee_id
                 AND (a.checked_in_at AT TIME ZONE %(tz)s)::date BETWEEN k.start_date AND k.end_date
            GROUP BY k.id
        )
        UPDATE memberships m SET visits_remaining = greatest(0, k.visit_count - u.visits)
        FROM packs k JOIN used u ON u.id = k.id
        WHERE m.id = k.id
        """,
        {"tz": TIMEZONE},
    )
