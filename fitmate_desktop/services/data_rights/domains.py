"""Each domain's member data, registered once: what an export writes and what an erasure does.

Add a table here (or call ``register_member_data`` from the domain's own module) when a domain
gains one that points at a member; ``tests/unit/test_data_rights_registry.py`` fails until then.

The rule of the house (DESIGN.md, rule 6): money and visits stay, anonymised, for the accounts
and the counts; everything else personal goes.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ColumnElement, Table, false, func, or_, select

from fitmate_desktop.models import (
    AIReport,
    Attendance,
    AuditLog,
    DietPlan,
    Measurement,
    MemberPhoto,
    Membership,
    Message,
    Notification,
    NutritionLog,
    Payment,
    ProgressMeasurement,
    ProgressPhoto,
    PTSession,
    Trainee,
    TrainerMessage,
    User,
    Workout,
    WorkoutPlan,
)
from fitmate_desktop.services.data_rights.registry import (
    EraseAction,
    MemberKeys,
    MemberTable,
    register_member_data,
)


def _table(model: Any) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


def _now(_keys: MemberKeys) -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _anonymous_name(keys: MemberKeys) -> str:
    return keys.anonymous_name


def _own_row(table: Table, keys: MemberKeys) -> ColumnElement[bool]:
    return table.c.id == keys.member_id


def _own_account(table: Table, keys: MemberKeys) -> ColumnElement[bool]:
    return table.c.id == keys.user_id if keys.user_id is not None else false()


def _account_messages(table: Table, keys: MemberKeys) -> ColumnElement[bool]:
    if keys.user_id is None:
        return false()
    return or_(table.c.sender_id == keys.user_id, table.c.recipient_id == keys.user_id)


def _notifications(table: Table, keys: MemberKeys) -> ColumnElement[bool]:
    # "Ana Silva arrived" to her trainer carries the member in its payload (services/checkin).
    about = table.c.payload["member_id"].astext == str(keys.member_id)
    return or_(about, table.c.user_id == keys.user_id) if keys.user_id is not None else about


def _audit_about(table: Table, keys: MemberKeys) -> ColumnElement[bool]:
    return (table.c.entity_type == "member") & (table.c.entity_id == str(keys.member_id))


def _redact_audit(session: Any, keys: MemberKeys) -> int:
    """Redact the audit rows about the member or holding their name, email or phone.

    Done by a SECURITY DEFINER function (migration 0009): no login may UPDATE the audit log,
    and the append-only trigger lets only this shape of update through. It reads the personal
    strings from the member's row itself, so it must run before that row is anonymised.
    """
    ids = session.scalar(select(func.fitmate_audit_redact_member(keys.member_id)))
    return len(ids or ())


# ---------------------------------------------------------------- identity: the member

register_member_data(
    MemberTable(
        table=_table(Trainee),
        domain="members",
        label="Profile",
        erase=EraseAction.ANONYMISE,
        link=_own_row,
        export_exclude=("search_key", "version"),
        summary=("member_code", "full_name", "email", "phone", "joined_on"),
        file_path_column="photo_path",  # an older photo file, before photos lived in the db
        anonymise={
            "full_name": _anonymous_name,
            "email": None,
            "phone": None,
            "date_of_birth": None,
            "gender": None,
            "address": None,
            "emergency_contact_name": None,
            "emergency_contact_phone": None,
            "health_conditions": None,
            "health_flagged": False,
            "fitness_goal": None,
            "target_weight_kg": None,
            "trainer_id": None,
            "photo_path": None,
            "notes": None,
            "erased_at": _now,
            "deleted_at": _now,
        },
        erase_order=900,  # last: the audit redaction reads the name from this row first
        why="The member's row stays as “Erased member <id>” so payments and visits keep "
        "pointing at it; every personal field is cleared.",
    )
)
register_member_data(
    MemberTable(
        table=_table(MemberPhoto),
        domain="members",
        label="Member photo",
        erase=EraseAction.DELETE,
        order_by=("trainee_id",),
        summary=("mime_type", "updated_at"),
        erase_order=10,
        why="Deleted.",
    )
)
register_member_data(
    MemberTable(
        table=_table(User),
        domain="members",
        label="Portal account",
        erase=EraseAction.ANONYMISE,
        link=_own_account,
        # Never the password hash or the lock-out counters: they are security data, not the
        # member's, and a hash in an export file is an offline attack waiting to happen.
        export_columns=("email", "full_name", "phone", "role", "created_at", "last_login_at"),
        summary=("email", "created_at", "last_login_at"),
        anonymise={
            "email": lambda keys: f"erased-{keys.user_id}@erased.invalid",
            "full_name": _anonymous_name,
            "phone": None,
            "password_hash": None,
            "is_active": False,
            "deleted_at": _now,
        },
        erase_order=850,
        why="Closed and anonymised.",
    )
)

# ---------------------------------------------------------------- trainees: body and visits

register_member_data(
    MemberTable(
        table=_table(ProgressMeasurement),
        domain="trainees",
        label="Progress checkpoints",
        erase=EraseAction.DELETE,
        order_by=("recorded_at", "id"),
        summary=("recorded_at", "metric", "value", "target_value", "unit"),
        erase_order=20,  # before measurements: a checkpoint may point at one
        why="Deleted.",
    )
)
register_member_data(
    MemberTable(
        table=_table(Measurement),
        domain="trainees",
        label="Measurements",
        erase=EraseAction.DELETE,
        order_by=("measured_at", "id"),
        summary=("measured_at", "weight_kg", "body_fat_pct", "waist_cm"),
        erase_order=30,
        why="Deleted.",
    )
)
register_member_data(
    MemberTable(
        table=_table(Attendance),
        domain="trainees",
        label="Visits",
        erase=EraseAction.ANONYMISE,
        order_by=("checked_in_at", "id"),
        summary=("checked_in_at", "checked_out_at", "verdict"),
        scrub=("override_reason",),
        why="Kept for the gym's visit counts, pointing at the anonymised member.",
    )
)

# ---------------------------------------------------------------- billing

register_member_data(
    MemberTable(
        table=_table(Membership),
        domain="billing",
        label="Memberships",
        erase=EraseAction.ANONYMISE,
        order_by=("start_date", "id"),
        summary=("membership_type", "status", "start_date", "end_date", "price"),
        scrub=("cancel_reason",),
        why="Kept for the accounts.",
    )
)
register_member_data(
    MemberTable(
        table=_table(Payment),
        domain="billing",
        label="Payments and refunds",
        erase=EraseAction.ANONYMISE,
        order_by=("created_at", "id"),
        export_exclude=("idempotency_key", "version"),
        summary=("created_at", "receipt_number", "description", "amount", "method"),
        scrub=("description", "items", "refund_reason"),
        why="Kept for the accounts and receipts; names in their text are replaced.",
    )
)

# ---------------------------------------------------------------- training

register_member_data(
    MemberTable(
        table=_table(Workout),
        domain="training",
        label="Workout log",
        erase=EraseAction.DELETE,
        order_by=("performed_at", "id"),
        summary=("performed_at", "duration_minutes", "calories_burned", "accuracy_pct"),
        erase_order=40,  # before the plans they follow
        why="Deleted.",
    )
)
register_member_data(
    MemberTable(
        table=_table(WorkoutPlan),
        domain="training",
        label="Workout plans",
        erase=EraseAction.DELETE,
        order_by=("starts_on", "id"),
        summary=("title", "starts_on", "ends_on", "is_active"),
        erase_order=45,
        why="Deleted.",
    )
)
register_member_data(
    MemberTable(
        table=_table(PTSession),
        domain="training",
        label="Personal training sessions",
        erase=EraseAction.ANONYMISE,
        order_by=("scheduled_start", "id"),
        summary=("scheduled_start", "status", "rating"),
        anonymise={
            "trainer_feedback": None,
            "trainee_feedback": None,
            "performance_json": {},
            "rating": None,
        },
        why="Kept without feedback or metrics: trainers' pay counts the sessions.",
    )
)
register_member_data(
    MemberTable(
        table=_table(AIReport),
        domain="training",
        label="Insight reports",
        erase=EraseAction.DELETE,
        order_by=("period_start", "id"),
        summary=("period_start", "period_end", "generator_version"),
        erase_order=50,
        why="Deleted.",
    )
)

# ---------------------------------------------------------------- nutrition and wellness

register_member_data(
    MemberTable(
        table=_table(DietPlan),
        domain="nutrition",
        label="Diet plans",
        erase=EraseAction.DELETE,
        order_by=("starts_on", "id"),
        summary=("title", "daily_calories", "starts_on", "ends_on"),
        erase_order=60,
        why="Deleted.",
    )
)
register_member_data(
    MemberTable(
        table=_table(NutritionLog),
        domain="nutrition",
        label="Nutrition log",
        erase=EraseAction.DELETE,
        order_by=("logged_on", "id"),
        summary=("logged_on", "meal_type", "food_name", "calories"),
        erase_order=55,
        why="Deleted.",
    )
)
register_member_data(
    MemberTable(
        table=_table(ProgressPhoto),
        domain="nutrition",
        label="Progress photos",
        erase=EraseAction.DELETE,
        order_by=("taken_on", "id"),
        summary=("taken_on", "kind", "pose"),
        file_path_column="file_path",
        erase_order=15,
        why="Deleted.",
    )
)

# ---------------------------------------------------------------- communication

register_member_data(
    MemberTable(
        table=_table(TrainerMessage),
        domain="communication",
        label="Messages with the trainer",
        erase=EraseAction.DELETE,
        order_by=("sent_at", "id"),
        summary=("sent_at", "from_trainer", "body"),
        erase_order=70,
        why="Deleted.",
    )
)
register_member_data(
    MemberTable(
        table=_table(Message),
        domain="communication",
        label="Messages",
        erase=EraseAction.DELETE,
        link=_account_messages,
        order_by=("sent_at", "id"),
        summary=("sent_at", "subject", "body"),
        erase_order=75,
        why="Deleted.",
    )
)
register_member_data(
    MemberTable(
        table=_table(Notification),
        domain="communication",
        label="Notifications about the member",
        erase=EraseAction.DELETE,
        link=_notifications,
        order_by=("created_at", "id"),
        summary=("created_at", "type", "title"),
        erase_order=80,
        why="Deleted.",
    )
)

# ---------------------------------------------------------------- the audit log

register_member_data(
    MemberTable(
        table=_table(AuditLog),
        domain="identity",
        label="Audit log entries",
        erase=EraseAction.CUSTOM,
        link=_audit_about,
        # The gym's record of what staff did, not the member's data; an admin reads it in the
        # Audit log panel. Its content about the member is redacted on erasure.
        export=False,
        erase_hook=_redact_audit,
        erase_order=5,
        why="Kept as a record of what staff did; the member's details in it are redacted.",
    )
)
