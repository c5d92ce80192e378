"""The audit log table: pages of ``list_audit`` appended as "Load more" asks for them.

The log only grows and is read newest first with a keyset (``before_id``), so appending a page
never moves the rows already shown; the whole log is never loaded.
"""

from __future__ import annotations

import html
import json
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QGuiApplication

from fitmate_desktop.gui.panels.audit.fields import field_label, field_order, format_value
from fitmate_desktop.gui.widgets.records_model import Column, RecordsModel

if TYPE_CHECKING:
    from fitmate_desktop.gui.format import Formatter
    from fitmate_desktop.services.audit import AuditEntry

AnyIndex = QModelIndex | QPersistentModelIndex
MISSING = "—"

ENTITY_TITLES = {
    "user": "Account",
    "settings": "Settings",
    "admin_session": "Desk session",
    "member": "Member",
    "membership": "Membership",
    "membership_plan": "Plan",
    "plan": "Plan",
    "payment": "Payment",
    "refund": "Refund",
    "receipt": "Receipt",
    "visit": "Visit",
    "cash_up": "Cash-up",
    "attendance": "Visit",
}
ACTION_TITLES = {
    "user.create": "Account created",
    "user.update": "Account details changed",
    "user.archive": "Account archived",
    "user.restore": "Account restored",
    "user.password_reset": "Password reset by an admin",
    "user.password_change": "Password changed",
    "user.unlock": "Sign-in unlocked",
    "2fa.enrol": "Two-step sign-in set up",
    "2fa.reset": "Two-step sign-in reset",
    "2fa.recovery_code_used": "Recovery code used",
    "session.revoke": "Desk session revoked",
    "settings.update": "Settings changed",
    "member.register": "Member registered",
    "member.update": "Member details changed",
    "member.archive": "Member archived",
    "member.restore": "Member restored",
    "membership.sell": "Membership sold",
    "membership.renew": "Membership renewed",
    "membership.freeze": "Membership frozen",
    "membership.unfreeze": "Freeze ended",
    "membership.cancel": "Membership cancelled",
    "membership.auto_renew": "Automatic renewal changed",
    "membership.upgrade_from": "Membership upgraded (old one)",
    "membership.upgrade_to": "Membership upgraded (new one)",
    "payment.take": "Payment taken",
    "payment.refund": "Payment refunded",
    "plan.create": "Plan created",
    "plan.update": "Plan changed",
    "checkin.override": "Checked in anyway",
    "checkin.undo": "Check-in undone",
}


def entity_title(entity_type: str) -> str:
    """``admin_session`` -> ``Desk session``."""
    return ENTITY_TITLES.get(entity_type, entity_type.replace("_", " ").capitalize())


def action_title(action: str) -> str:
    """``user.password_reset`` -> ``Password reset by an admin``; unknown ones made readable."""
    known = ACTION_TITLES.get(action)
    if known:
        return known
    return action.replace(".", " · ").replace("_", " ").capitalize()


COLUMNS = (
    Column("time", "Time", 150),
    Column("person", "Person", 210),
    Column("desk", "Desk", 110),
    Column("action", "Action", 230),
    Column("entity", "Record", 120),
    Column("entity_id", "Id", 70),
    Column("reason", "Reason", 200),
)


class AuditModel(RecordsModel):
    """Audit entries, newest first; ``append_rows`` adds an older page at the bottom."""

    columns = COLUMNS

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._rows[index.row()]
        key = self.column_key(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "time":
                return self.fmt.exact_datetime(entry.occurred_at)
            if key == "action":
                return entry.action
            if key == "entity":
                return entry.entity_type
            if key == "reason" and entry.reason:
                return entry.reason
        return None

    def _text(self, entry: AuditEntry, key: str) -> str:
        if key == "time":
            local = self.fmt.local(entry.occurred_at)
            return f"{self.fmt.date(local.date())}  {self.fmt.time(local)}"
        if key == "person":
            return entry.actor_email or MISSING
        if key == "desk":
            return entry.workstation or MISSING
        if key == "action":
            return action_title(entry.action)
        if key == "entity":
            return entity_title(entry.entity_type)
        if key == "entity_id":
            return entry.entity_id or MISSING
        if key == "reason":
            return (entry.reason or "").replace("\n", " ")
        return ""


# --- before / after ----------------------------------------------------------------------------


def changed_keys(before: Any, after: Any) -> set[str]:
    """Top-level keys whose value differs (added and removed ones included)."""
    if isinstance(before, dict) and isinstance(after, dict):
        return {k for k in set(before) | set(after) if before.get(k) != after.get(k)}
    if isinstance(before, dict) and after is None:
        return set(before)
    if isinstance(after, dict) and before is None:
        return set(after)
    return set()


def _json(value: Any) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False, sort_keys=True, default=str)


def render_side(
    value: Any,
    changed: set[str],
    *,
    highlight: QColor,
    text_color: QColor,
    muted: QColor,
    other: Any,
    fmt: Formatter,
    entity_type: str = "",
) -> str:
    """HTML for one side: one line per field ("Membership end: 8 Jan 2027"), changed ones marked
    and on a highlight.

    Labels and values come from ``fields`` (the one table of them). Fields present only on the
    other side are listed as "(not set)" so both sides line up field for field.
    """
    if value is None and not isinstance(other, dict):
        return f'<p style="color:{muted.name()}; font-style: italic;">Nothing recorded</p>'
    if not isinstance(value, dict) and not isinstance(other, dict):
        mono = "font-family: 'DejaVu Sans Mono', Consolas, Menlo, monospace;"
        return f'<pre style="{mono}">{html.escape(_json(value))}</pre>'
    mine = value if isinstance(value, dict) else {}
    theirs = other if isinstance(other, dict) else {}
    # Labelled values read in the body font (the views' own font is monospace, for raw JSON).
    family = QGuiApplication.font().family().replace("'", "")
    blocks = []
    for key in field_order(set(mine) | set(theirs), entity_type):
        is_changed = key in changed
        style = f"font-family: '{family}'; white-space: pre-wrap; padding: 3px 6px; margin: 0;"
        if is_changed:
            style += f" background-color: {highlight.name()}; color: {text_color.name()};"
        label = html.escape(field_label(key, entity_type))
        if key in mine:
            body = html.escape(format_value(key, mine[key], fmt))
        else:
            body = f'<span style="color:{muted.name()}; font-style: italic;">(not set)</span>'
        marker = "● " if is_changed else "&nbsp;&nbsp;"
        blocks.append(f'<div style="{style}">{marker}<b>{label}:</b> {body}</div>')
    if not blocks:
        return f'<p style="color:{muted.name()}; font-style: italic;">Nothing recorded</p>'
    return "".join(blocks)
