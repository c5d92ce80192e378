"""How a membership status looks: a tone (colour), an icon and words — never colour alone."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class StatusLook:
    """The three redundant signals of a status plus a longer explanation for the tooltip."""

    text: str
    tone: str  # "ok" | "warn" | "bad" | "info" | "muted" (see style.TONES)
    icon: str  # icon name under resources/icons/
    tooltip: str


def _days(n: int) -> str:
    return "1 day" if n == 1 else f"{n} days"


def _ago(days: int) -> str:
    """``3 days``, ``5 weeks``, ``10 months``, ``2 years``: short enough for a badge."""
    if days <= 31:
        return _days(days)
    if days < 63:
        return f"{days // 7} weeks"
    if days < 730:
        return f"{round(days / 30.44)} months"
    return f"{days // 365} years"


def member_status_look(status: str, days_left: int | None) -> StatusLook:
    """The badge for a member's status as the members service reports it."""
    if status == "active":
        tip = "Membership active" + (f", {_days(days_left)} left" if days_left else "")
        return StatusLook("Active", "ok", "status-active", tip)
    if status == "expiring":
        if days_left is None or days_left < 0:
            text = "Ends soon"
        elif days_left == 0:
            text = "Ends today"
        elif days_left == 1:
            text = "Ends tomorrow"
        else:
            text = f"Ends in {days_left} days"
        return StatusLook(text, "warn", "status-expiring", f"Membership {text.lower()}")
    if status == "expired":
        if days_left is not None and days_left < 0:
            text = f"Expired {_ago(-days_left)} ago"
        else:
            text = "Expired"
        return StatusLook(text, "bad", "status-expired", "Membership has ended; offer a renewal")
    if status == "frozen":
        return StatusLook("Frozen", "info", "status-frozen", "Membership is frozen (paused)")
    if status == "unpaid":
        return StatusLook("Unpaid", "bad", "status-unpaid", "Payment due on the membership")
    if status == "cancelled":
        return StatusLook("Cancelled", "muted", "status-cancelled", "Membership was cancelled")
    return StatusLook("No membership", "muted", "status-none", "No current membership")
