"""The check-in panel's stylesheet and how each outcome looks (tone + icon + words)."""

from __future__ import annotations

import string
from dataclasses import dataclass
from functools import cache

from PySide6.QtGui import QGuiApplication, QPalette

from fitmate_desktop.gui import style
from fitmate_desktop.gui.style import resources_dir
from fitmate_desktop.services.text import shown

# Reasons the service gives, by whether they refuse (red) or only warn (amber).
RED_REASONS = frozenset(
    {
        "no_membership",
        "not_started",
        "expired",
        "frozen",
        "cancelled",
        "unpaid",
        "outside_plan_hours",
        "weekly_limit",
        "other_site",
        "closed",
        "at_capacity",
        "no_visits_left",
    }
)
# Reasons that only warn. A code in neither set (one the service added later) takes the tone
# of its answer: it refused entry (red) or it did not (amber).
AMBER_REASONS = frozenset({"expiring", "payment_due", "birthday", "health", "few_visits_left"})

REASON_ICONS = {
    "no_membership": "status-none",
    "not_started": "calendar",
    "expired": "status-expired",
    "frozen": "status-frozen",
    "cancelled": "status-cancelled",
    "unpaid": "status-unpaid",
    "payment_due": "status-unpaid",
    "outside_plan_hours": "clock",
    "weekly_limit": "calendar",
    "other_site": "desk",
    "closed": "clock",
    "at_capacity": "members",
    "expiring": "status-expiring",
    "birthday": "cake",
    "health": "health",
    "no_visits_left": "status-none",
    "few_visits_left": "status-expiring",
}


@dataclass(frozen=True)
class OutcomeLook:
    """How one answer looks on the card band and in the previous-scans list."""

    tone: str  # style.TONES key
    icon: str
    words: str  # short outcome for the list ("Checked in")


def outcome_look(outcome: str, verdict: str, overridden: bool = False) -> OutcomeLook:
    """The look of a ``CheckInResult``'s outcome; every look has its own icon and words."""
    if outcome == "checked_in":
        if overridden:
            return OutcomeLook("bad", "verdict-override", "Checked in anyway")
        if verdict == "amber":
            return OutcomeLook("warn", "verdict-amber", "Checked in · note")
        return OutcomeLook("ok", "verdict-green", "Checked in")
    if outcome == "checked_out":
        return OutcomeLook("info", "checkout", "Checked out")
    if outcome == "already_in":
        return OutcomeLook("warn", "verdict-amber", "Already in")
    return OutcomeLook("bad", "verdict-red", "Not checked in")


PENDING_LOOK = OutcomeLook("muted", "verdict-pending", "Waiting to send")
PROBLEM_LOOK = OutcomeLook("bad", "alert", "Unknown code")
UNDONE_LOOK = OutcomeLook("muted", "undo", "Check-in undone")


def reason_tone(code: str, *, refused: bool = False) -> str:
    """``bad`` for a reason that refuses entry, ``warn`` for a warning.

    ``refused`` says whether the answer the reason came with refused entry: it decides the
    tone of a reason code this desk does not know yet.
    """
    if code in RED_REASONS:
        return "bad"
    if code in AMBER_REASONS:
        return "warn"
    return "bad" if refused else "warn"


# Unicode categories never shown as typed: control characters (Cc), format characters such as
# zero-width spaces and right-to-left overrides (Cf), private use (Co), unpaired surrogates (Cs)
# and line/paragraph separators (Zl, Zp).
SHOWN_MAX = 32


def shown_text(raw: str, limit: int = SHOWN_MAX) -> str:
    """What a scan or typed text looks like on the check-in screen: the shared cleaner
    (``services.text.shown``: no escape sequences, controls, bidi overrides or zero-width
    characters) at the card's length."""
    return shown(raw, limit)


@cache
def _template() -> string.Template:
    path = resources_dir() / "style" / "checkin.qss"
    return string.Template(path.read_text(encoding="utf-8"))


def panel_stylesheet(palette: QPalette | None = None) -> str:
    """The panel's own rules with the semantic colours of ``palette``'s light/dark variant."""
    pal = palette if palette is not None else QGuiApplication.palette()
    # The same variables as the application stylesheet, so both always agree on colours.
    values = style._stylesheet_variables(pal)
    return _template().safe_substitute(values)
