"""The single table of which role may do what. Services check it on every call."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    ADMIN = "ADMIN"
    RECEPTION = "RECEPTION"
    TRAINER = "TRAINER"
    TRAINEE = "TRAINEE"


class Permission(StrEnum):
    MEMBERS_VIEW = "members.view"
    MEMBERS_EDIT = "members.edit"
    MEMBERS_ARCHIVE = "members.archive"
    MEMBERS_HEALTH_VIEW = "members.health.view"
    # Members' data rights (services/data_rights): admins only, see the package docstring.
    MEMBERS_EXPORT = "members.export"
    MEMBERS_ERASE = "members.erase"
    CHECKIN = "checkin.use"
    CHECKIN_OVERRIDE = "checkin.override"
    MEMBERSHIPS_SELL = "memberships.sell"
    PLANS_MANAGE = "plans.manage"
    PAYMENTS_TAKE = "payments.take"
    PAYMENTS_REFUND = "payments.refund"
    CASHUP_VIEW = "cashup.view"
    MESSAGES_USE = "messages.use"
    TRAINING_OWN = "training.own"
    TRAINING_ALL = "training.all"
    TRAINER_SELF = "trainer.self"
    TRAINERS_MANAGE = "trainers.manage"
    PAYROLL_MANAGE = "payroll.manage"
    EXPENSES_MANAGE = "expenses.manage"
    EQUIPMENT_MANAGE = "equipment.manage"
    SCHEDULE_MANAGE = "schedule.manage"
    USERS_MANAGE = "users.manage"
    SETTINGS_MANAGE = "settings.manage"
    AUDIT_VIEW = "audit.view"
    SESSIONS_MANAGE = "sessions.manage"
    DASHBOARD_VIEW = "dashboard.view"


_RECEPTION = frozenset(
    {
        Permission.MEMBERS_VIEW,
        Permission.MEMBERS_EDIT,
        Permission.MEMBERS_HEALTH_VIEW,  # the desk looks out for flagged conditions
        Permission.CHECKIN,
        Permission.CHECKIN_OVERRIDE,  # with a reason, audited
        Permission.MEMBERSHIPS_SELL,
        Permission.PAYMENTS_TAKE,
        Permission.PAYMENTS_REFUND,  # up to the refund limit in settings
        Permission.CASHUP_VIEW,
        Permission.MESSAGES_USE,
    }
)

_TRAINER = frozenset(
    {
        Permission.MEMBERS_VIEW,
        Permission.MEMBERS_HEALTH_VIEW,  # own trainees only (services.members checks)
        Permission.TRAINING_OWN,
        Permission.TRAINER_SELF,
        Permission.MESSAGES_USE,
    }
)

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset(Permission),
    Role.RECEPTION: _RECEPTION,
    Role.TRAINER: _TRAINER,
    Role.TRAINEE: frozenset(),
}

DESKTOP_ROLES = frozenset({Role.ADMIN, Role.RECEPTION, Role.TRAINER})


def permissions_for(role: str) -> frozenset[str]:
    return frozenset(str(p) for p in ROLE_PERMISSIONS.get(Role(role), frozenset()))
