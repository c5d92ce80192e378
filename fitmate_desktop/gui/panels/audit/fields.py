"""What the audit log's before/after calls each field, and how it shows the field's value.

The services write their records as JSON (``services.audit`` makes dates ISO strings and money
decimal strings); people read "Membership end: 8 Jan 2027" and "Price: €39.90", not
``"end_date": "2027-01-08"``. This is the one table of field labels and kinds, used for both
sides of every entry; a field it does not know still reads well (``frozen_days`` ->
"Frozen days", values shown by what they look like).
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from typing import Any

from fitmate_desktop.gui.format import Formatter

MISSING = "—"

# Kinds of value: how one is shown.
TEXT, MONEY, DATE, MOMENT, PERCENT, MINUTES, CHOICE, SECRET = (
    "text", "money", "date", "moment", "percent", "minutes", "choice", "secret",
)  # fmt: skip

# key -> (label, kind), in the order the fields are listed on a side.
FIELDS: dict[str, tuple[str, str]] = {
    # people
    "member_code": ("Member code", TEXT),
    "full_name": ("Full name", TEXT),
    "email": ("Email", TEXT),
    "phone": ("Phone", TEXT),
    "role": ("Role", CHOICE),
    "date_of_birth": ("Date of birth", DATE),
    "gender": ("Gender", CHOICE),
    "address": ("Address", TEXT),
    "emergency_contact_name": ("Emergency contact", TEXT),
    "emergency_contact_phone": ("Emergency phone", TEXT),
    "health_conditions": ("Health conditions", SECRET),
    "health_flagged": ("Health flag", TEXT),
    "fitness_goal": ("Fitness goal", TEXT),
    "target_weight_kg": ("Target weight (kg)", TEXT),
    "trainer_id": ("Trainer", TEXT),
    "notes": ("Notes", TEXT),
    "archived": ("Archived", TEXT),
    # memberships and plans
    "name": ("Name", TEXT),
    "membership_type": ("Type", CHOICE),
    "status": ("Status", CHOICE),
    "start_date": ("Start", DATE),
    "end_date": ("End", DATE),
    "duration_days": ("Length (days)", TEXT),
    "price": ("Price", MONEY),
    "visit_count": ("Visits in the pack", TEXT),
    "visits_remaining": ("Visits left", TEXT),
    "visits_per_week": ("Visits a week", TEXT),
    "auto_renew": ("Renews automatically", TEXT),
    "frozen_from": ("Frozen from", DATE),
    "frozen_until": ("Frozen until", DATE),
    "access_from": ("Access from", TEXT),
    "access_until": ("Access until", TEXT),
    "all_sites": ("Valid at every site", TEXT),
    "is_active": ("Active", TEXT),
    # money
    "receipt_number": ("Receipt", TEXT),
    "credit_note": ("Credit note", TEXT),
    "amount": ("Amount", MONEY),
    "refund_amount": ("Refunded", MONEY),
    "cash_tendered": ("Cash tendered", MONEY),
    "change_given": ("Change given", MONEY),
    "method": ("Method", CHOICE),
    "member_id": ("Member", TEXT),
    # visits
    "checked_in_at": ("Checked in", MOMENT),
    "checked_out_at": ("Checked out", MOMENT),
    "verdict": ("Verdict", CHOICE),
    "refusals": ("Refused because", CHOICE),
    # accounts and desks
    "failed_attempts": ("Failed sign-ins", TEXT),
    "locked_until": ("Locked until", MOMENT),
    "enrolled": ("Two-step sign-in set up", TEXT),
    "user_id": ("Account", TEXT),
    "workstation": ("Desk", TEXT),
    # settings
    "gym_name": ("Gym name", TEXT),
    "tax_id": ("Tax number", TEXT),
    "logo_path": ("Logo", TEXT),
    "timezone": ("Time zone", TEXT),
    "locale": ("Language and formats", TEXT),
    "currency": ("Currency", TEXT),
    "tax_rate": ("VAT rate", PERCENT),
    "receipt_footer": ("Receipt footer", TEXT),
    "idle_minutes_admin": ("Admin idle lock", MINUTES),
    "idle_minutes_staff": ("Staff idle lock", MINUTES),
    "reception_refund_limit": ("Reception refund limit", MONEY),
    "require_admin_2fa": ("Admins need two-step sign-in", TEXT),
    "backup_dir": ("Backup folder", TEXT),
    "backup_schedule": ("Backup schedule", CHOICE),
    "notification_prefs": ("Notifications", TEXT),
}
# Where a record gives a field a more exact name than the general one.
ENTITY_FIELDS: dict[tuple[str, str], str] = {
    ("membership", "start_date"): "Membership start",
    ("membership", "end_date"): "Membership end",
    ("membership_plan", "price"): "Price",
    ("membership_plan", "name"): "Plan name",
}
_ORDER = {key: position for position, key in enumerate(FIELDS)}
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_MOMENT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")


def field_label(key: str, entity_type: str = "") -> str:
    """``end_date`` of a membership -> "Membership end"; an unknown key made readable."""
    exact = ENTITY_FIELDS.get((entity_type, key))
    if exact:
        return exact
    known = FIELDS.get(key)
    if known:
        return known[0]
    words = key.removesuffix("_id").replace("_", " ").strip()
    return words[:1].upper() + words[1:] if words else key


def field_order(keys: set[str] | list[str], entity_type: str = "") -> list[str]:
    """The keys in the table's order, unknown ones after them by label."""
    return sorted(
        keys, key=lambda k: (_ORDER.get(k, len(_ORDER)), field_label(k, entity_type).casefold())
    )


def format_value(key: str, value: Any, fmt: Formatter) -> str:
    """A stored value as the desk shows it: dates, money with currency, Yes/No, "—" for none."""
    if value is None or value == "":
        return MISSING
    kind = FIELDS.get(key, ("", _guess_kind(key)))[1]
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, list):
        return ", ".join(format_value(key, item, fmt) for item in value) or MISSING
    if isinstance(value, dict):
        parts = [f"{field_label(k)}: {format_value(k, v, fmt)}" for k, v in sorted(value.items())]
        return "; ".join(parts) or MISSING
    text = str(value)
    try:
        if kind == MONEY:
            return fmt.money(Decimal(text))
        if kind == PERCENT:
            return f"{Decimal(text).normalize():f} %"
        if kind == MINUTES:
            return f"{int(value)} min"
        if kind == DATE or (kind == TEXT and _ISO_DATE.match(text)):
            return fmt.date(dt.date.fromisoformat(text))
        if kind == MOMENT or (kind == TEXT and _ISO_MOMENT.match(text)):
            moment = fmt.local(dt.datetime.fromisoformat(text))
            return f"{fmt.date(moment.date())} {fmt.time(moment)}"
    except (InvalidOperation, ValueError, TypeError):
        return text  # not what the kind expects (an older row): shown as it was stored
    if kind == CHOICE:
        return text.replace("_", " ").replace(".", " ").capitalize()
    if kind == SECRET:
        return "Set (not shown)" if text == "(set)" else text
    return text


def _guess_kind(key: str) -> str:
    if key.endswith(("_date", "_on")):
        return DATE
    if key.endswith("_at"):
        return MOMENT
    return TEXT
