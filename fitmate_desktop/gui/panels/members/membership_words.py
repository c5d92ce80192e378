"""Words and dates the membership dialogs share: plan types, periods, visits left.

Plain helpers (no dialogs), so the sell/renew dialog (``membership_actions``), the small
change dialogs (``membership_changes``), the plans panel and the member views all say a plan
and a period the same way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QDate

from fitmate_desktop.gui.format import Formatter
from fitmate_desktop.services import memberships as memberships_service
from fitmate_desktop.services.memberships import MembershipInfo, PlanInfo

TYPE_LABELS = {
    "day": "Day pass",
    "monthly": "Monthly",
    "quarterly": "Quarterly",
    "semiannual": "Six months",
    "annual": "Annual",
    "class_pack": "Class pack",
}
MAX_FREEZE_DAYS = memberships_service.MAX_FREEZE_DAYS


def qdate(day: dt.date) -> QDate:
    """A Python date as a QDate."""
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> dt.date:
    """A QDate as a Python date."""
    return dt.date(day.year(), day.month(), day.day())


def duration_text(days: int) -> str:
    """``30 days``, ``1 year``, ``90 days``."""
    if days == 365 or days == 366:
        return "1 year"
    return "1 day" if days == 1 else f"{days} days"


def visits_text(count: int) -> str:
    """``1 visit``, ``10 visits``."""
    return "1 visit" if count == 1 else f"{count} visits"


def visits_left_text(membership: MembershipInfo) -> str:
    """``3 visits left`` for a class pack (``No visits left``), "" for other memberships."""
    left = membership.visits_remaining
    if left is None:
        return ""
    return "No visits left" if left == 0 else f"{visits_text(left)} left"


def plan_summary(plan: PlanInfo) -> str:
    """``30 days · 3 visits a week · 06:00–16:00 · all sites`` (a pack: ``10 visits``)."""
    parts = [f"{TYPE_LABELS.get(plan.membership_type, plan.membership_type)}, "]
    parts[0] += duration_text(plan.duration_days)
    if plan.visit_count is not None:
        parts.append(visits_text(plan.visit_count))
    elif plan.visits_per_week:
        parts.append(f"{plan.visits_per_week} visits a week")
    else:
        parts.append("unlimited visits")
    if plan.access_from and plan.access_until:
        parts.append(f"{plan.access_from:%H:%M}–{plan.access_until:%H:%M}")
    else:
        parts.append("any opening hour")
    if plan.all_sites:
        parts.append("all sites")
    return " · ".join(parts)


def plan_choice(plan: PlanInfo, fmt: Formatter) -> str:
    """The plan as a combo entry: ``Monthly — €39.90 · 30 days``."""
    return (
        f"{plan.name} — {fmt.money(plan.price, plan.currency)} · "
        f"{duration_text(plan.duration_days)}"
    )


def period_text(fmt: Formatter, start: dt.date, end: dt.date) -> str:
    """``1 Apr 2026 – 30 Apr 2026``."""
    return f"{fmt.date(start)} – {fmt.date(end)}"


def renewal_start(memberships: Sequence[MembershipInfo], today: dt.date) -> dt.date:
    """Where a renewal starts: the day after the latest running membership ends, else today.

    The same rule as ``memberships.renew_membership``, so the dialog shows the real dates.
    """
    running = [m for m in memberships if m.status != "cancelled"]
    if not running:
        return today
    latest = max(running, key=lambda m: m.end_date)
    return latest.end_date + dt.timedelta(days=1) if latest.end_date >= today else today


def unfreeze_preview(membership: MembershipInfo, today: dt.date) -> dt.date:
    """The end date after unfreezing today (the same rule as the service)."""
    m = membership
    if m.frozen_from is None:
        return m.end_date
    until = m.frozen_until or m.frozen_from
    if m.frozen_from >= today:
        unused = (until - m.frozen_from).days + 1
    else:
        unused = (until - today).days + 1
    return m.end_date - dt.timedelta(days=max(0, unused))


def describe_due(fmt: Formatter, membership: MembershipInfo) -> str:
    """``€39.90 due`` or an empty string."""
    if membership.amount_due > Decimal(0) and membership.status != "cancelled":
        return f"{fmt.money(membership.amount_due, membership.currency)} due"
    return ""
