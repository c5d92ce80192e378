"""Table models of the Users & roles panel: staff accounts and desk sessions.

Both lists are short (a gym has tens of staff and desks), so each is read whole and sorted
and filtered on the desk through a ``QSortFilterProxyModel``; ``SORT_ROLE`` gives every
column a value that sorts right (timestamps, not their words).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from fitmate_desktop.gui.status import StatusLook
from fitmate_desktop.gui.style import muted_text_color
from fitmate_desktop.gui.widgets.badge_delegate import BADGE_ROLE
from fitmate_desktop.gui.widgets.records_model import Column, RecordsModel

if TYPE_CHECKING:
    from fitmate_desktop.services.accounts import Account, DeskSession

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
MISSING = "—"
AnyIndex = QModelIndex | QPersistentModelIndex

ROLE_TITLES = {"ADMIN": "Admin", "RECEPTION": "Reception", "TRAINER": "Trainer"}
ROLE_HINTS = {
    "ADMIN": "Everything, including payroll, settings, accounts and the audit log. "
    "Signs in with two-step sign-in.",
    "RECEPTION": "Check-in, members, memberships, payments and refunds up to the limit in "
    "Settings, the cash-up.",
    "TRAINER": "Their own trainees: measurements, plans, sessions and messages.",
}


def role_title(role: str) -> str:
    """``RECEPTION`` -> ``Reception``."""
    return ROLE_TITLES.get(role, role.title())


def account_status_look(account: Account) -> StatusLook:
    """Archived, locked, new password due, or active: tone + icon + words."""
    if account.archived:
        return StatusLook(
            "Archived", "muted", "archive", "Archived: cannot sign in; their history is kept"
        )
    if account.locked:
        return StatusLook(
            "Locked",
            "bad",
            "lock",
            f"Locked after {account.failed_attempts} failed sign-ins; Unlock lets them try again",
        )
    if account.must_change_password:
        return StatusLook(
            "New password due", "warn", "key", "Chooses a new password at the next sign-in"
        )
    return StatusLook("Active", "ok", "status-active", "Can sign in")


def two_step_look(account: Account) -> StatusLook | None:
    """Only admins sign in with two steps; None for the other roles."""
    if account.role != "ADMIN":
        return None
    if account.two_factor:
        return StatusLook("On", "ok", "shield-check", "Two-step sign-in is set up")
    return StatusLook(
        "Not set up", "warn", "shield-alert", "Sets up two-step sign-in at the next sign-in"
    )


def session_status_look(session: DeskSession) -> StatusLook:
    """Live, revoked, or ended (and why)."""
    if session.ended_at is None:
        return StatusLook("Live", "ok", "status-active", "Signed in now")
    if session.revoked_at is not None or session.end_reason == "revoked":
        return StatusLook("Revoked", "bad", "revoke", "Ended by an admin")
    reasons = {
        "signed_out": "Signed out",
        "account_archived": "Account archived",
    }
    text = reasons.get(session.end_reason or "", "Ended")
    return StatusLook(text, "muted", "status-cancelled", text)


class AccountsModel(RecordsModel):
    """Staff accounts: name, email, role, two-step sign-in, status, last sign-in."""

    columns = (
        Column("name", "Name", 160),
        Column("email", "Email", 215),
        Column("role", "Role", 90),
        Column("two_step", "Two-step", 115),
        Column("status", "Status", 165),
        Column("last_sign_in", "Last sign-in", 120),
    )
    BADGE_COLUMNS = frozenset({"two_step", "status"})

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        account: Account = self._rows[index.row()]
        key = self.columns[index.column()].key
        if role == ID_ROLE:
            return account.id
        if key == "status":
            look: StatusLook | None = account_status_look(account)
        elif key == "two_step":
            look = two_step_look(account)
        else:
            look = None
        if role == BADGE_ROLE:
            return look
        if role == Qt.ItemDataRole.DisplayRole:
            if look is not None:
                return look.text
            return self._text(account, key)
        if role == SORT_ROLE:
            if key == "last_sign_in":
                return self.when_texts(account.last_login_at)[2]
            if look is not None:
                return look.text
            text = self._text(account, key)
            return text.lower()
        if role == Qt.ItemDataRole.ToolTipRole:
            if look is not None:
                return look.tooltip
            if key == "last_sign_in":
                return self.when_texts(account.last_login_at)[1] or "Has not signed in yet"
            if key == "two_step":
                return "Two-step sign-in is for admin accounts"
            return None
        if role == Qt.ItemDataRole.ForegroundRole and account.archived:
            return muted_text_color()
        return None

    def _text(self, account: Account, key: str) -> str:
        if key == "name":
            return account.full_name
        if key == "email":
            return account.email
        if key == "role":
            return role_title(account.role)
        if key == "two_step":
            return MISSING
        if key == "last_sign_in":
            return self.when_texts(account.last_login_at)[0]
        return ""


class SessionsModel(RecordsModel):
    """Desk sessions: who, role, desk, host, address, version, times, two-step, status."""

    columns = (
        Column("person", "Person", 160),
        Column("role", "Role", 90),
        Column("desk", "Desk", 100),
        Column("host", "Computer", 120),
        Column("ip", "IP address", 110),
        Column("version", "Version", 70),
        Column("started", "Started", 120),
        Column("last_activity", "Last activity", 120),
        Column("two_step", "Two-step", 85),
        Column("status", "Status", 110),
    )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        session: DeskSession = self._rows[index.row()]
        key = self.columns[index.column()].key
        if role == ID_ROLE:
            return session.id
        look = session_status_look(session) if key == "status" else None
        if role == BADGE_ROLE:
            return look
        if role == Qt.ItemDataRole.DisplayRole:
            return look.text if look is not None else self._text(session, key)
        if role == SORT_ROLE:
            if key == "started":
                return session.started_at.timestamp()
            if key == "last_activity":
                return session.last_activity_at.timestamp()
            return (look.text if look is not None else self._text(session, key)).lower()
        if role == Qt.ItemDataRole.ToolTipRole:
            if look is not None:
                if session.ended_at is not None:
                    return f"{look.tooltip}: {self.fmt.exact_datetime(session.ended_at)}"
                return look.tooltip
            if key == "started":
                return self.fmt.exact_datetime(session.started_at)
            if key == "last_activity":
                return self.fmt.exact_datetime(session.last_activity_at)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and session.ended_at is not None:
            return muted_text_color()
        return None

    def _text(self, session: DeskSession, key: str) -> str:
        if key == "person":
            return session.full_name
        if key == "role":
            return role_title(session.role)
        if key == "desk":
            return session.workstation
        if key == "host":
            return session.host_name or MISSING
        if key == "ip":
            return session.ip_address or MISSING
        if key == "version":
            return session.app_version or MISSING
        if key == "started":
            return self.fmt.relative(session.started_at)
        if key == "last_activity":
            return self.fmt.relative(session.last_activity_at)
        if key == "two_step":
            if session.role != "ADMIN":
                return MISSING
            return "Verified" if session.two_factor_verified else "No"
        return ""
