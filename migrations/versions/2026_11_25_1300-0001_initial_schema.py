"""Initial schema: the 32 seed entities, sites, workstations, receipts and the audit log.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Trusted extensions since PostgreSQL 13: a database owner may create them without superuser.
EXTENSIONS = ("pg_trgm", "btree_gist")

UPDATED_AT_FUNCTION = """
CREATE OR REPLACE FUNCTION fitmate_touch_updated_at() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END $$;
"""


def _tables_with_updated_at() -> list[str]:
    bind = op.get_bind()
    rows = bind.execute(
        sa.text(
            "SELECT table_name FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND column_name = 'updated_at' "
            "ORDER BY table_name"
        )
    )
    return [r[0] for r in rows]


def upgrade() -> None:
    for ext in EXTENSIONS:
        op.execute(f"CREATE EXTENSION IF NOT EXISTS {ext}")
    op.create_table(
        "admin_settings",
        sa.Column("id", sa.SmallInteger(), server_default="1", nullable=False),
        sa.Column("gym_name", sa.String(length=200), server_default="FitMate Gym", nullable=False),
        sa.Column("address", sa.Text(), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("tax_id", sa.String(length=40), nullable=True),
        sa.Column("logo_path", sa.Text(), nullable=True),
        sa.Column("timezone", sa.String(length=64), server_default="Europe/Lisbon", nullable=False),
        sa.Column("locale", sa.String(length=16), server_default="en_GB", nullable=False),
        sa.Column("currency", sa.CHAR(length=3), server_default="EUR", nullable=False),
        sa.Column(
            "tax_rate", sa.Numeric(precision=5, scale=2), server_default="23.00", nullable=False
        ),
        sa.Column("receipt_footer", sa.Text(), nullable=True),
        sa.Column("idle_minutes_admin", sa.Integer(), server_default="15", nullable=False),
        sa.Column("idle_minutes_staff", sa.Integer(), server_default="30", nullable=False),
        sa.Column(
            "reception_refund_limit",
            sa.Numeric(precision=12, scale=2),
            server_default="100.00",
            nullable=False,
        ),
        sa.Column(
            "require_admin_2fa", sa.Boolean(), server_default=sa.text("true"), nullable=False
        ),
        sa.Column("backup_dir", sa.Text(), nullable=True),
        sa.Column("backup_schedule", sa.String(length=64), nullable=True),
        sa.Column("last_backup_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column(
            "notification_prefs",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'{}'::jsonb"),
            nullable=False,
        ),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_admin_settings_single_row")),
        sa.CheckConstraint(
            "idle_minutes_admin BETWEEN 1 AND 480 AND idle_minutes_staff BETWEEN 1 AND 480",
            name=op.f("ck_admin_settings_idle_minutes_range"),
        ),
        sa.CheckConstraint(
            "reception_refund_limit >= 0", name=op.f("ck_admin_settings_refund_limit_non_negative")
        ),
        sa.CheckConstraint(
            "tax_rate >= 0 AND tax_rate <= 100", name=op.f("ck_admin_settings_tax_rate_range")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_admin_settings")),
    )
    op.create_table(
        "gym_sites",
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("address", sa.Text(), nullable=True),
        sa.Column("timezone", sa.String(length=64), server_default="Europe/Lisbon", nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.Column("is_active", sa.Boolean(), server_default=sa.text("true"), nullable=False),
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "capacity IS NULL OR capacity > 0", name=op.f("ck_gym_sites_capacity_positive")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_gym_sites")),
        sa.UniqueConstraint("code", name=op.f("uq_gym_sites_code")),
    )
    op.create_table(
        "membership_plans",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("membership_type", sa.String(length=16), nullable=False),
        sa.Column("duration_days", sa.Integer(), nullable=False),
        sa.Column("price", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("visits_per_week", sa.Integer(), nullable=True),
        sa.Column("access_from", sa.Time(), nullable=True),
        sa.Column("access_until", sa.Time(), nullable=True),
        sa.Column("all_sites", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column(
            "features",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'[]'::jsonb"),
            nullable=False,
        ),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("is_active", sa.Boolean(), server_default=sa.text("true"), nullable=False),
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("currency", sa.CHAR(length=3), server_default="EUR", nullable=False),
        sa.CheckConstraint(
            "membership_type IN ('day','monthly','quarterly','semiannual','annual','class_pack')",
            name=op.f("ck_membership_plans_type_valid"),
        ),
        sa.CheckConstraint(
            "(access_from IS NULL) = (access_until IS NULL)",
            name=op.f("ck_membership_plans_access_hours_paired"),
        ),
        sa.CheckConstraint("duration_days > 0", name=op.f("ck_membership_plans_duration_positive")),
        sa.CheckConstraint("price >= 0", name=op.f("ck_membership_plans_price_non_negative")),
        sa.CheckConstraint(
            "visits_per_week IS NULL OR visits_per_week > 0",
            name=op.f("ck_membership_plans_visits_positive"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_membership_plans")),
        sa.UniqueConstraint("name", name=op.f("uq_membership_plans_name")),
    )
    op.create_table(
        "pt_packages",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("sessions_count", sa.Integer(), nullable=False),
        sa.Column("validity_days", sa.Integer(), nullable=False),
        sa.Column("session_minutes", sa.Integer(), server_default="60", nullable=False),
        sa.Column("price", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column(
            "features",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'[]'::jsonb"),
            nullable=False,
        ),
        sa.Column("is_active", sa.Boolean(), server_default=sa.text("true"), nullable=False),
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("currency", sa.CHAR(length=3), server_default="EUR", nullable=False),
        sa.CheckConstraint("price >= 0", name=op.f("ck_pt_packages_price_non_negative")),
        sa.CheckConstraint("session_minutes > 0", name=op.f("ck_pt_packages_minutes_positive")),
        sa.CheckConstraint("sessions_count > 0", name=op.f("ck_pt_packages_sessions_positive")),
        sa.CheckConstraint("validity_days > 0", name=op.f("ck_pt_packages_validity_positive")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pt_packages")),
        sa.UniqueConstraint("name", name=op.f("uq_pt_packages_name")),
    )
    op.create_table(
        "receipt_counters",
        sa.Column("series", sa.String(length=32), nullable=False),
        sa.Column("next_number", sa.Integer(), server_default="1", nullable=False),
        sa.CheckConstraint("next_number > 0", name=op.f("ck_receipt_counters_next_positive")),
        sa.PrimaryKeyConstraint("series", name=op.f("pk_receipt_counters")),
    )
    op.create_table(
        "equipment",
        sa.Column("site_id", sa.BigInteger(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("serial_number", sa.String(length=64), nullable=True),
        sa.Column("purchased_on", sa.Date(), nullable=True),
        sa.Column("purchase_price", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("status", sa.String(length=16), server_default="ok", nullable=False),
        sa.Column("last_maintenance_on", sa.Date(), nullable=True),
        sa.Column("maintenance_interval_days", sa.Integer(), nullable=True),
        sa.Column("next_maintenance_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("currency", sa.CHAR(length=3), server_default="EUR", nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "status IN ('ok','maintenance','out_of_order','retired')",
            name=op.f("ck_equipment_status_valid"),
        ),
        sa.CheckConstraint(
            "maintenance_interval_days IS NULL OR maintenance_interval_days > 0",
            name=op.f("ck_equipment_interval_positive"),
        ),
        sa.CheckConstraint(
            "purchase_price IS NULL OR purchase_price >= 0",
            name=op.f("ck_equipment_price_non_negative"),
        ),
        sa.ForeignKeyConstraint(
            ["site_id"],
            ["gym_sites.id"],
            name=op.f("fk_equipment_site_id_gym_sites"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_equipment")),
    )
    op.create_index(
        op.f("ix_equipment_next_maintenance_on"), "equipment", ["next_maintenance_on"], unique=False
    )
    op.create_index(op.f("ix_equipment_site_id"), "equipment", ["site_id"], unique=False)
    op.create_table(
        "gym_schedule_slots",
        sa.Column("site_id", sa.BigInteger(), nullable=False),
        sa.Column("day_of_week", sa.SmallInteger(), nullable=False),
        sa.Column("opens_at", sa.Time(), nullable=False),
        sa.Column("closes_at", sa.Time(), nullable=False),
        sa.Column("slot_type", sa.String(length=16), server_default="open", nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=120), nullable=True),
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "slot_type IN ('open','staffed','unstaffed','women_only','class','closed')",
            name=op.f("ck_gym_schedule_slots_type_valid"),
        ),
        sa.CheckConstraint("capacity > 0", name=op.f("ck_gym_schedule_slots_capacity_positive")),
        sa.CheckConstraint(
            "closes_at > opens_at", name=op.f("ck_gym_schedule_slots_closes_after_opens")
        ),
        sa.CheckConstraint(
            "day_of_week BETWEEN 0 AND 6", name=op.f("ck_gym_schedule_slots_weekday")
        ),
        sa.ForeignKeyConstraint(
            ["site_id"],
            ["gym_sites.id"],
            name=op.f("fk_gym_schedule_slots_site_id_gym_sites"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_gym_schedule_slots")),
    )
    op.create_index(
        "ix_gym_schedule_slots_site_day",
        "gym_schedule_slots",
        ["site_id", "day_of_week", "opens_at"],
        unique=False,
    )
    op.create_index(
        op.f("ix_gym_schedule_slots_site_id"), "gym_schedule_slots", ["site_id"], unique=False
    )
    op.create_table(
        "users",
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column(
            "role",
            sa.Enum(
                "ADMIN",
                "RECEPTION",
                "TRAINER",
                "TRAINEE",
                name="user_role",
                native_enum=False,
                create_constraint=True,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("password_hash", sa.String(length=255), nullable=True),
        sa.Column("is_active", sa.Boolean(), server_default=sa.text("true"), nullable=False),
        sa.Column(
            "must_change_password", sa.Boolean(), server_default=sa.text("false"), nullable=False
        ),
        sa.Column("failed_attempts", sa.Integer(), server_default="0", nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_login_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("password_changed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("site_id", sa.BigInteger(), nullable=True),
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "failed_attempts >= 0", name=op.f("ck_users_failed_attempts_non_negative")
        ),
        sa.ForeignKeyConstraint(
            ["site_id"],
            ["gym_sites.id"],
            name=op.f("fk_users_site_id_gym_sites"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
    )
    op.create_index(op.f("ix_users_role"), "users", ["role"], unique=False)
    op.create_index(op.f("ix_users_site_id"), "users", ["site_id"], unique=False)
    op.create_index("uq_users_email", "users", [sa.literal_column("lower(email)")], unique=True)
    op.create_table(
        "workstations",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("site_id", sa.BigInteger(), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["site_id"],
            ["gym_sites.id"],
            name=op.f("fk_workstations_site_id_gym_sites"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workstations")),
        sa.UniqueConstraint("name", name=op.f("uq_workstations_name")),
    )
    op.create_index(op.f("ix_workstations_site_id"), "workstations", ["site_id"], unique=False)
    op.create_table(
        "admin_otps",
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("secret_encrypted", sa.String(length=512), nullable=False),
        sa.Column("confirmed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_used_step", sa.BigInteger(), nullable=True),
        sa.Column(
            "recovery_codes",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'[]'::jsonb"),
            nullable=False,
        ),
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_admin_otps_user_id_users"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_admin_otps")),
    )
    op.create_index("uq_admin_otps_user_id", "admin_otps", ["user_id"], unique=True)
    op.create_table(
        "admin_sessions",
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("site_id", sa.BigInteger(), nullable=True),
        sa.Column("workstation", sa.String(length=120), nullable=False),
        sa.Column("host_name", sa.String(length=255), nullable=True),
        sa.Column("ip_address", sa.String(length=45), nullable=True),
        sa.Column("app_version", sa.String(length=32), nullable=True),
        sa.Column(
            "started_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column(
            "last_activity_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column(
            "two_factor_verified", sa.Boolean(), server_default=sa.text("false"), nullable=False
        ),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("end_reason", sa.String(length=32), nullable=True),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked_by_id", sa.BigInteger(), nullable=True),
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.ForeignKeyConstraint(
            ["revoked_by_id"],
            ["users.id"],
            name=op.f("fk_admin_sessions_revoked_by_id_users"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["site_id"],
            ["gym_sites.id"],
            name=op.f("fk_admin_sessions_site_id_gym_sites"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_admin_sessions_user_id_users"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_admin_sessions")),
    )
    op.create_index(
        "ix_admin_sessions_live",
        "admin_sessions",
        ["user_id"],
        unique=False,
        postgresql_where=sa.text("ended_at IS NULL"),
    )
    op.create_index(op.f("ix_admin_sessions_site_id"), "admin_sessions", ["site_id"], unique=False)
    op.create_index(op.f("ix_admin_sessions_user_id"), "admin_sessions", ["user_id"], unique=False)
    op.create_table(
        "audit_log",
        sa.Column(
            "occurred_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("actor_user_id", sa.BigInteger(), nullable=True),
        sa.Column("actor_email", sa.String(length=254), nullable=True),
        sa.Column("workstation", sa.String(length=120), nullable=True),
        sa.Column("site_id", sa.BigInteger(), nullable=True),
        sa.Column("action", sa.String(length=64), nullable=False),
        sa.Column("entity_type", sa.String(length=64), nullable=False),
        sa.Column("entity_id", sa.String(length=64), nullable=True),
        sa.Column("before", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("after", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("prev_hash", sa.CHAR(length=64), nullable=True),
        sa.Column("row_hash", sa.CHAR(length=64), nullable=False),
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.ForeignKeyConstraint(
            ["actor_user_id"],
            ["users.id"],
            name=op.f("fk_audit_log_actor_user_id_users"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["site_id"],
            ["gym_sites.id"],
            name=op.f("fk_audit_log_site_id_gym_sites"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    op.create_index(
        op.f("ix_audit_log_actor_user_id"), "audit_log", ["actor_user_id"], unique=False
    )
    op.create_index("ix_audit_log_entity", "audit_log", ["entity_type", "entity_id"], unique=False)
    op.create_index(op.f("ix_audit_log_occurred_at"), "audit_log", ["occurred_at"], unique=False)
    op.create_index(op.f("ix_audit_log_site_id"), "audit_log", ["site_id"], unique=False)
    op.create_table(
        "expenses",
        sa.Column("site_id", sa.BigInteger(), nullable=False),
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("description", sa.String(length=300), nullable=False),
        sa.Column("vendor", sa.String(length=200), nullable=True),
        sa.Column("amount", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column(
            "tax_amount", sa.Numeric(precision=12, scale=2), server_default="0", nullable=False
        ),
        sa.Column("spent_on", sa.Date(), nullable=False),
        sa.Column("bill_path", sa.Text(), nullable=True),
        sa.Column("bill_sha256", sa.String(length=64), nullable=True),
        sa.Column("recorded_by_id", sa.BigInteger(), nullable=True),
        sa.Column("approved_by_id", sa.BigInteger(), nullable=True),
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("currency", sa.CHAR(length=3), server_default="EUR", nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint("amount > 0", name=op.f("ck_expenses_amount_positive")),
        sa.CheckConstraint(
            "tax_amount >= 0 AND tax_amount <= amount", name=op.f("ck_expenses_tax_within_amount")
        ),
        sa.ForeignKeyConstraint(
            ["approved_by_id"],
            ["users.id"],
            name=op.f("fk_expenses_approved_by_id_users"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"],
            ["users.id"],
            name=op.f("fk_expenses_recorded_by_id_users"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["site_id"],
            ["gym_sites.id"],
            name=op.f("fk_expenses_site_id_gym_sites"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_expenses")),
    )
    op.create_index(op.f("ix_expenses_category"), "expenses", ["category"], unique=False)
    op.create_index(op.f("ix_expenses_site_id"), "expenses", ["site_id"], unique=False)
    op.create_index(op.f("ix_expenses_spent_on"), "expenses", ["spent_on"], unique=False)
    op.create_table(
        "messages",
        sa.Column("sender_id", sa.BigInteger(), nullable=False),
        sa.Column("recipient_id", sa.BigInteger(), nullable=False),
        sa.Column("subject", sa.String(length=200), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column(
            "sent_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.Column("is_read", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("read_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint("length(body) > 0", name=op.f("ck_messages_body_not_empty")),
        sa.ForeignKeyConstraint(
            ["recipient_id"],
            ["users.id"],
            name=op.f("fk_messages_recipient_id_users"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["sender_id"],
            ["users.id"],
            name=op.f("fk_messages_sender_id_users"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_messages")),
    )
    op.create_index(op.f("ix_messages_is_read"), "messages", ["is_read"], unique=False)
    op.create_index(op.f("ix_messages_recipient_id"), "messages", ["recipient_id"], unique=False)
    op.create_index(op.f("ix_messages_sender_id"), "messages", ["sender_id"], unique=False)
    op.create_table(
        "notifications",
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("type", sa.String(length=32), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=True),
        sa.Column(
            "payload",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'{}'::jsonb"),
            nullable=False,
        ),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("is_read", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("read_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_notifications_user_id_users"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notifications")),
    )
    op.create_index(op.f("ix_notifications_is_read"), "notifications", ["is_read"], unique=False)
    op.create_index(
        "ix_notifications_unread",
        "notifications",
        ["user_id"],
        unique=False,
        postgresql_where=sa.text("NOT is_read"),
    )
    op.create_index(op.f("ix_notifications_user_id"), "notifications", ["user_id"], unique=False)
    op.create_table(
        "trainers",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("site_id", sa.BigInteger(), nullable=True),
        sa.Column("specialization", sa.String(length=200), nullable=True),
        sa.Column(
            "certifications",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'[]'::jsonb"),
            nullable=False,
        ),
        sa.Column("experience_years", sa.SmallInteger(), server_default="0", nullable=False),
        sa.Column("bio", sa.Text(), nullable=True),
        sa.Column("hire_date", sa.Date(), nullable=True),
        sa.Column("is_active", sa.Boolean(), server_default=sa.text("true"), nullable=False),
        sa.Column("bank_account_holder", sa.String(length=200), nullable=True),
        sa.Column("bank_iban", sa.String(length=64), nullable=True),
        sa.Column("bank_name", sa.String(length=200), nullable=True),
        sa.Column("health_notes", sa.Text(), nullable=True),
        sa.Column("emergency_contact_name", sa.String(length=200), nullable=True),
        sa.Column("emergency_contact_phone", sa.String(length=40), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.CheckConstraint(
            "experience_years >= 0", name=op.f("ck_trainers_experience_non_negative")
        ),
        sa.ForeignKeyConstraint(
            ["site_id"],
            ["gym_sites.id"],
            name=op.f("fk_trainers_site_id_gym_sites"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_trainers_user_id_users"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trainers")),
        sa.UniqueConstraint("user_id", name=op.f("uq_trainers_user_id")),
    )
    op.create_index(op.f("ix_trainers_site_id"), "trainers", ["site_id"], unique=False)
    op.create_table(
        "trainees",
        sa.Column("user_id", sa.BigInteger(), nullable=True),
        sa.Column("site_id", sa.BigInteger(), nullable=False),
        sa.Column("member_code", sa.String(length=32), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("date_of_birth", sa.Date(), nullable=True),
        sa.Column("gender", sa.String(length=16), nullable=True),
        sa.Column("address", sa.Text(), nullable=True),
        sa.Column("emergency_contact_name", sa.String(length=200), nullable=True),
        sa.Column("emergency_contact_phone", sa.String(length=40), nullable=True),
        sa.Column("health_conditions", sa.Text(), nullable=True),
        sa.Column("health_flagged", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("fitness_goal", sa.Text(), nullable=True),
        sa.Column("target_weight_kg", sa.Numeric(precision=5, scale=2), nullable=True),
        sa.Column("trainer_id", sa.UUID(), nullable=True),
        sa.Column("photo_path", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("joined_on", sa.Date(), server_default=sa.text("CURRENT_DATE"), nullable=False),
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.CheckConstraint(
            "length(btrim(full_name)) > 0", name=op.f("ck_trainees_full_name_not_blank")
        ),
        sa.CheckConstraint(
            "length(btrim(member_code)) > 0", name=op.f("ck_trainees_member_code_not_blank")
        ),
        sa.CheckConstraint(
            "target_weight_kg IS NULL OR target_weight_kg > 0",
            name=op.f("ck_trainees_target_weight_positive"),
        ),
        sa.ForeignKeyConstraint(
            ["site_id"],
            ["gym_sites.id"],
            name=op.f("fk_trainees_site_id_gym_sites"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["trainer_id"],
            ["trainers.id"],
            name=op.f("fk_trainees_trainer_id_trainers"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_trainees_user_id_users"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trainees")),
        sa.UniqueConstraint("site_id", "member_code", name=op.f("uq_trainees_site_id_member_code")),
        sa.UniqueConstraint("user_id", name=op.f("uq_trainees_user_id")),
    )
    op.create_index(
        "ix_trainees_email_trgm",
        "trainees",
        ["email"],
        unique=False,
        postgresql_using="gin",
        postgresql_ops={"email": "gin_trgm_ops"},
    )
    op.create_index(
        "ix_trainees_full_name_trgm",
        "trainees",
        ["full_name"],
        unique=False,
        postgresql_using="gin",
        postgresql_ops={"full_name": "gin_trgm_ops"},
    )
    op.create_index("ix_trainees_member_code", "trainees", ["member_code"], unique=False)
    op.create_index(
        "ix_trainees_member_code_trgm",
        "trainees",
        ["member_code"],
        unique=False,
        postgresql_using="gin",
        postgresql_ops={"member_code": "gin_trgm_ops"},
    )
    op.create_index(
        "ix_trainees_name_order",
        "trainees",
        [sa.literal_column("lower(full_name)"), "id"],
        unique=False,
    )
    op.create_index(
        "ix_trainees_phone_trgm",
        "trainees",
        ["phone"],
        unique=False,
        postgresql_using="gin",
        postgresql_ops={"phone": "gin_trgm_ops"},
    )
    op.create_index(op.f("ix_trainees_site_id"), "trainees", ["site_id"], unique=False)
    op.create_index(op.f("ix_trainees_trainer_id"), "trainees", ["trainer_id"], unique=False)
    op.create_table(
        "trainer_documents",
        sa.Column("trainer_id", sa.UUID(), nullable=False),
        sa.Column("doc_type", sa.String(length=32), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("file_path", sa.Text(), nullable=True),
        sa.Column("file_sha256", sa.String(length=64), nullable=True),
        sa.Column("issued_on", sa.Date(), nullable=True),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=16), server_default="pending", nullable=False),
        sa.Column("verified_by_id", sa.BigInteger(), nullable=True),
        sa.Column("verified_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "status IN ('pending','verified','rejected')",
            name=op.f("ck_trainer_documents_status_valid"),
        ),
        sa.CheckConstraint(
            "expires_on IS NULL OR issued_on IS NULL OR expires_on >= issued_on",
            name=op.f("ck_trainer_documents_dates_ordered"),
        ),
        sa.ForeignKeyConstraint(
            ["trainer_id"],
            ["trainers.id"],
            name=op.f("fk_trainer_documents_trainer_id_trainers"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["verified_by_id"],
            ["users.id"],
            name=op.f("fk_trainer_documents_verified_by_id_users"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trainer_documents")),
    )
    op.create_index(
        op.f("ix_trainer_documents_trainer_id"), "trainer_documents", ["trainer_id"], unique=False
    )
    op.create_table(
        "trainer_leaves",
        sa.Column("trainer_id", sa.UUID(), nullable=False),
        sa.Column("leave_type", sa.String(length=16), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("days", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("status", sa.String(length=16), server_default="pending", nullable=False),
        sa.Column("decided_by_id", sa.BigInteger(), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("decision_note", sa.Text(), nullable=True),
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "leave_type IN ('annual','sick','unpaid','parental','other')",
            name=op.f("ck_trainer_leaves_type_valid"),
        ),
        sa.CheckConstraint(
            "status IN ('pending','approved','rejected','cancelled')",
            name=op.f("ck_trainer_leaves_status_valid"),
        ),
        sa.CheckConstraint("days > 0", name=op.f("ck_trainer_leaves_days_positive")),
        sa.CheckConstraint("end_date >= start_date", name=op.f("ck_trainer_leaves_dates_ordered")),
        sa.ForeignKeyConstraint(
            ["decided_by_id"],
            ["users.id"],
            name=op.f("fk_trainer_leaves_decided_by_id_users"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["trainer_id"],
            ["trainers.id"],
            name=op.f("fk_trainer_leaves_trainer_id_trainers"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trainer_leaves")),
    )
    op.create_index(
        op.f("ix_trainer_leaves_trainer_id"), "trainer_leaves", ["trainer_id"], unique=False
    )
    op.create_table(
        "trainer_salaries",
        sa.Column("trainer_id", sa.UUID(), nullable=False),
        sa.Column("salary_type", sa.String(length=16), nullable=False),
        sa.Column(
            "base_salary", sa.Numeric(precision=12, scale=2), server_default="0", nullable=False
        ),
        sa.Column(
            "commission_rate", sa.Numeric(precision=5, scale=2), server_default="0", nullable=False
        ),
        sa.Column(
            "pt_session_rate", sa.Numeric(precision=12, scale=2), server_default="0", nullable=False
        ),
        sa.Column(
            "performance_bonus",
            sa.Numeric(precision=12, scale=2),
            server_default="0",
            nullable=False,
        ),
        sa.Column(
            "bonus_rules",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'{}'::jsonb"),
            nullable=False,
        ),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("effective_to", sa.Date(), nullable=True),
        sa.Column("is_active", sa.Boolean(), server_default=sa.text("true"), nullable=False),
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("currency", sa.CHAR(length=3), server_default="EUR", nullable=False),
        postgresql.ExcludeConstraint(
            (sa.column("trainer_id"), "="),
            (sa.text("daterange(effective_from, effective_to, '[]')"), "&&"),
            where=sa.text("is_active"),
            using="gist",
            name="ex_trainer_salaries_one_active",
        ),
        sa.CheckConstraint(
            "salary_type IN ('fixed','commission','hybrid')",
            name=op.f("ck_trainer_salaries_type_valid"),
        ),
        sa.CheckConstraint(
            "base_salary >= 0 AND performance_bonus >= 0 AND pt_session_rate >= 0",
            name=op.f("ck_trainer_salaries_amounts_non_negative"),
        ),
        sa.CheckConstraint(
            "commission_rate BETWEEN 0 AND 100", name=op.f("ck_trainer_salaries_commission_range")
        ),
        sa.CheckConstraint(
            "effective_to IS NULL OR effective_to >= effective_from",
            name=op.f("ck_trainer_salaries_dates_ordered"),
        ),
        sa.ForeignKeyConstraint(
            ["trainer_id"],
            ["trainers.id"],
            name=op.f("fk_trainer_salaries_trainer_id_trainers"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trainer_salaries")),
    )
    op.create_index(
        op.f("ix_trainer_salaries_trainer_id"), "trainer_salaries", ["trainer_id"], unique=False
    )
    op.create_table(
        "trainer_schedules",
        sa.Column("trainer_id", sa.UUID(), nullable=False),
        sa.Column("site_id", sa.BigInteger(), nullable=True),
        sa.Column("is_recurring", sa.Boolean(), server_default=sa.text("true"), nullable=False),
        sa.Column("day_of_week", sa.SmallInteger(), nullable=True),
        sa.Column("specific_date", sa.Date(), nullable=True),
        sa.Column("start_time", sa.Time(), nullable=False),
        sa.Column("end_time", sa.Time(), nullable=False),
        sa.Column("is_available", sa.Boolean(), server_default=sa.text("true"), nullable=False),
        sa.Column("session_type", sa.String(length=32), server_default="floor", nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "(is_recurring AND day_of_week IS NOT NULL) OR (NOT is_recurring AND specific_date IS NOT NULL)",
            name=op.f("ck_trainer_schedules_recurring_or_dated"),
        ),
        sa.CheckConstraint(
            "day_of_week IS NULL OR day_of_week BETWEEN 0 AND 6",
            name=op.f("ck_trainer_schedules_weekday"),
        ),
        sa.CheckConstraint(
            "end_time > start_time", name=op.f("ck_trainer_schedules_ends_after_start")
        ),
        sa.ForeignKeyConstraint(
            ["site_id"],
            ["gym_sites.id"],
            name=op.f("fk_trainer_schedules_site_id_gym_sites"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["trainer_id"],
            ["trainers.id"],
            name=op.f("fk_trainer_schedules_trainer_id_trainers"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trainer_schedules")),
    )
    op.create_index(
        op.f("ix_trainer_schedules_site_id"), "trainer_schedules", ["site_id"], unique=False
    )
    op.create_index(
        op.f("ix_trainer_schedules_trainer_id"), "trainer_schedules", ["trainer_id"], unique=False
    )
    op.create_table(
        "ai_reports",
        sa.Column("trainee_id", sa.BigInteger(), nullable=False),
        sa.Column("created_by_id", sa.BigInteger(), nullable=True),
        sa.Column("generator_version", sa.String(length=32), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column(
            "report_json",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'{}'::jsonb"),
            nullable=False,
        ),
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.CheckConstraint("period_end >= period_start", name=op.f("ck_ai_reports_dates_ordered")),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["users.id"],
            name=op.f("fk_ai_reports_created_by_id_users"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["trainee_id"],
            ["trainees.id"],
            name=op.f("fk_ai_reports_trainee_id_trainees"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ai_reports")),
    )
    op.create_index(op.f("ix_ai_reports_trainee_id"), "ai_reports", ["trainee_id"], unique=False)
    op.create_table(
        "attendance",
        sa.Column("trainee_id", sa.BigInteger(), nullable=False),
        sa.Column("site_id", sa.BigInteger(), nullable=False),
        sa.Column(
            "checked_in_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("checked_out_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("duration_minutes", sa.Integer(), nullable=True),
        sa.Column("auto_closed", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("verdict", sa.String(length=8), server_default="green", nullable=False),
        sa.Column("override_reason", sa.Text(), nullable=True),
        sa.Column("checked_in_by_id", sa.BigInteger(), nullable=True),
        sa.Column("workstation", sa.String(length=120), nullable=True),
        sa.Column("scan_id", sa.UUID(), nullable=True),
        sa.Column("checkout_scan_id", sa.UUID(), nullable=True),
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.CheckConstraint(
            "verdict IN ('green','amber','red')", name=op.f("ck_attendance_verdict_valid")
        ),
        sa.CheckConstraint(
            "checked_out_at IS NULL OR checked_out_at >= checked_in_at",
            name=op.f("ck_attendance_out_after_in"),
        ),
        sa.CheckConstraint(
            "duration_minutes IS NULL OR duration_minutes >= 0",
            name=op.f("ck_attendance_duration_non_negative"),
        ),
        sa.ForeignKeyConstraint(
            ["checked_in_by_id"],
            ["users.id"],
            name=op.f("fk_attendance_checked_in_by_id_users"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["site_id"],
            ["gym_sites.id"],
            name=op.f("fk_attendance_site_id_gym_sites"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["trainee_id"],
            ["trainees.id"],
            name=op.f("fk_attendance_trainee_id_trainees"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendance")),
    )
    op.create_index(
        "ix_attendance_open_by_site",
        "attendance",
        ["site_id"],
        unique=False,
        postgresql_where=sa.text("checked_out_at IS NULL"),
    )
    op.create_index(op.f("ix_attendance_site_id"), "attendance", ["site_id"], unique=False)
    op.create_index(
        "ix_attendance_site_time", "attendance", ["site_id", "checked_in_at"], unique=False
    )
    op.create_index(
        "ix_attendance_trainee_time", "attendance", ["trainee_id", "checked_in_at"], unique=False
    )
    op.create_index("uq_attendance_scan_id", "attendance", ["scan_id"], unique=True)
    op.create_index(
        "uq_attendance_checkout_scan_id", "attendance", ["checkout_scan_id"], unique=True
    )
    op.create_index(
        "uq_attendance_open_visit",
        "attendance",
        ["trainee_id"],
        unique=True,
        postgresql_where=sa.text("checked_out_at IS NULL"),
    )
    op.create_table(
        "diet_plans",
        sa.Column("trainee_id", sa.BigInteger(), nullable=False),
        sa.Column("trainer_id", sa.UUID(), nullable=True),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("daily_calories", sa.Integer(), nullable=True),
        sa.Column("protein_g", sa.Integer(), nullable=True),
        sa.Column("carbs_g", sa.Integer(), nullable=True),
        sa.Column("fat_g", sa.Integer(), nullable=True),
        sa.Column(
            "plan_json",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'{}'::jsonb"),
            nullable=False,
        ),
        sa.Column("starts_on", sa.Date(), server_default=sa.text("CURRENT_DATE"), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("is_active", sa.Boolean(), server_default=sa.text("true"), nullable=False),
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "(daily_calories IS NULL OR daily_calories >= 0) AND (protein_g IS NULL OR protein_g >= 0) AND (carbs_g IS NULL OR carbs_g >= 0) AND (fat_g IS NULL OR fat_g >= 0)",
            name=op.f("ck_diet_plans_targets_non_negative"),
        ),
        sa.CheckConstraint(
            "ends_on IS NULL OR ends_on >= starts_on", name=op.f("ck_diet_plans_dates_ordered")
        ),
        sa.ForeignKeyConstraint(
            ["trainee_id"],
            ["trainees.id"],
            name=op.f("fk_diet_plans_trainee_id_trainees"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["trainer_id"],
            ["trainers.id"],
            name=op.f("fk_diet_plans_trainer_id_trainers"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_diet_plans")),
    )
    op.create_index(op.f("ix_diet_plans_trainee_id"), "diet_plans", ["trainee_id"], unique=False)
    op.create_index(op.f("ix_diet_plans_trainer_id"), "diet_plans", ["trainer_id"], unique=False)
    op.create_table(
        "measurements",
        sa.Column("trainee_id", sa.BigInteger(), nullable=False),
        sa.Column(
            "measured_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("recorded_by_id", sa.BigInteger(), nullable=True),
        sa.Column("weight_kg", sa.Numeric(precision=5, scale=2), nullable=True),
        sa.Column("body_fat_pct", sa.Numeric(precision=4, scale=1), nullable=True),
        sa.Column("muscle_mass_kg", sa.Numeric(precision=5, scale=2), nullable=True),
        sa.Column("chest_cm", sa.Numeric(precision=5, scale=1), nullable=True),
        sa.Column("waist_cm", sa.Numeric(precision=5, scale=1), nullable=True),
        sa.Column("hips_cm", sa.Numeric(precision=5, scale=1), nullable=True),
        sa.Column("arm_cm", sa.Numeric(precision=5, scale=1), nullable=True),
        sa.Column("thigh_cm", sa.Numeric(precision=5, scale=1), nullable=True),
        sa.Column("resting_hr", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "(weight_kg IS NULL OR weight_kg > 0) AND (body_fat_pct IS NULL OR body_fat_pct BETWEEN 0 AND 100) AND (muscle_mass_kg IS NULL OR muscle_mass_kg >= 0) AND (chest_cm IS NULL OR chest_cm > 0) AND (waist_cm IS NULL OR waist_cm > 0) AND (hips_cm IS NULL OR hips_cm > 0) AND (arm_cm IS NULL OR arm_cm > 0) AND (thigh_cm IS NULL OR thigh_cm > 0)",
            name=op.f("ck_measurements_values_plausible"),
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"],
            ["users.id"],
            name=op.f("fk_measurements_recorded_by_id_users"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["trainee_id"],
            ["trainees.id"],
            name=op.f("fk_measurements_trainee_id_trainees"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_measurements")),
    )
    op.create_index(
        op.f("ix_measurements_trainee_id"), "measurements", ["trainee_id"], unique=False
    )
    op.create_index(
        "ix_measurements_trainee_time", "measurements", ["trainee_id", "measured_at"], unique=False
    )
    op.create_table(
        "memberships",
        sa.Column("trainee_id", sa.BigInteger(), nullable=False),
        sa.Column("plan_id", sa.BigInteger(), nullable=False),
        sa.Column("site_id", sa.BigInteger(), nullable=False),
        sa.Column("membership_type", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=16), server_default="unpaid", nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("price", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("auto_renew", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("frozen_from", sa.Date(), nullable=True),
        sa.Column("frozen_until", sa.Date(), nullable=True),
        sa.Column("frozen_days_total", sa.Integer(), server_default="0", nullable=False),
        sa.Column("cancelled_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("cancel_reason", sa.Text(), nullable=True),
        sa.Column("renewed_from_id", sa.BigInteger(), nullable=True),
        sa.Column("sold_by_id", sa.BigInteger(), nullable=True),
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("currency", sa.CHAR(length=3), server_default="EUR", nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.CheckConstraint(
            "status IN ('unpaid','active','frozen','expired','cancelled')",
            name=op.f("ck_memberships_status_valid"),
        ),
        sa.CheckConstraint("end_date >= start_date", name=op.f("ck_memberships_dates_ordered")),
        sa.CheckConstraint(
            "frozen_days_total >= 0", name=op.f("ck_memberships_frozen_days_non_negative")
        ),
        sa.CheckConstraint(
            "frozen_until IS NULL OR frozen_from IS NULL OR frozen_until >= frozen_from",
            name=op.f("ck_memberships_freeze_ordered"),
        ),
        sa.CheckConstraint("price >= 0", name=op.f("ck_memberships_price_non_negative")),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["membership_plans.id"],
            name=op.f("fk_memberships_plan_id_membership_plans"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["renewed_from_id"],
            ["memberships.id"],
            name=op.f("fk_memberships_renewed_from_id_memberships"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["site_id"],
            ["gym_sites.id"],
            name=op.f("fk_memberships_site_id_gym_sites"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["sold_by_id"],
            ["users.id"],
            name=op.f("fk_memberships_sold_by_id_users"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["trainee_id"],
            ["trainees.id"],
            name=op.f("fk_memberships_trainee_id_trainees"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_memberships")),
    )
    op.create_index(
        op.f("ix_memberships_membership_type"), "memberships", ["membership_type"], unique=False
    )
    op.create_index(op.f("ix_memberships_plan_id"), "memberships", ["plan_id"], unique=False)
    op.create_index(op.f("ix_memberships_site_id"), "memberships", ["site_id"], unique=False)
    op.create_index(op.f("ix_memberships_status"), "memberships", ["status"], unique=False)
    op.create_index(
        "ix_memberships_trainee_end", "memberships", ["trainee_id", "end_date"], unique=False
    )
    op.create_index(op.f("ix_memberships_trainee_id"), "memberships", ["trainee_id"], unique=False)
    op.create_table(
        "nutrition_logs",
        sa.Column("trainee_id", sa.BigInteger(), nullable=False),
        sa.Column("logged_on", sa.Date(), nullable=False),
        sa.Column("meal_type", sa.String(length=16), nullable=False),
        sa.Column("food_name", sa.String(length=200), nullable=False),
        sa.Column("quantity", sa.String(length=64), nullable=True),
        sa.Column("calories", sa.Integer(), nullable=False),
        sa.Column("protein_g", sa.Numeric(precision=6, scale=1), nullable=True),
        sa.Column("carbs_g", sa.Numeric(precision=6, scale=1), nullable=True),
        sa.Column("fat_g", sa.Numeric(precision=6, scale=1), nullable=True),
        sa.Column("confidence", sa.Numeric(precision=4, scale=3), nullable=True),
        sa.Column("source", sa.String(length=16), server_default="manual", nullable=False),
        sa.Column("recorded_by_id", sa.BigInteger(), nullable=True),
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "meal_type IN ('breakfast','lunch','dinner','snack','other')",
            name=op.f("ck_nutrition_logs_meal_type_valid"),
        ),
        sa.CheckConstraint(
            "(protein_g IS NULL OR protein_g >= 0) AND (carbs_g IS NULL OR carbs_g >= 0) AND (fat_g IS NULL OR fat_g >= 0)",
            name=op.f("ck_nutrition_logs_macros_non_negative"),
        ),
        sa.CheckConstraint("calories >= 0", name=op.f("ck_nutrition_logs_calories_non_negative")),
        sa.CheckConstraint(
            "confidence IS NULL OR confidence BETWEEN 0 AND 1",
            name=op.f("ck_nutrition_logs_confidence_range"),
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"],
            ["users.id"],
            name=op.f("fk_nutrition_logs_recorded_by_id_users"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["trainee_id"],
            ["trainees.id"],
            name=op.f("fk_nutrition_logs_trainee_id_trainees"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_nutrition_logs")),
    )
    op.create_index(
        "ix_nutrition_logs_trainee_day", "nutrition_logs", ["trainee_id", "logged_on"], unique=False
    )
    op.create_table(
        "progress_photos",
        sa.Column("trainee_id", sa.BigInteger(), nullable=False),
        sa.Column("taken_on", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=16), server_default="progress", nullable=False),
        sa.Column("pose", sa.String(length=16), server_default="front", nullable=False),
        sa.Column("file_path", sa.Text(), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("uploaded_by_id", sa.BigInteger(), nullable=True),
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "kind IN ('before','after','progress')", name=op.f("ck_progress_photos_kind_valid")
        ),
        sa.CheckConstraint(
            "pose IN ('front','side','back','other')", name=op.f("ck_progress_photos_pose_valid")
        ),
        sa.ForeignKeyConstraint(
            ["trainee_id"],
            ["trainees.id"],
            name=op.f("fk_progress_photos_trainee_id_trainees"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["uploaded_by_id"],
            ["users.id"],
            name=op.f("fk_progress_photos_uploaded_by_id_users"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_progress_photos")),
    )
    op.create_index(
        op.f("ix_progress_photos_trainee_id"), "progress_photos", ["trainee_id"], unique=False
    )
    op.create_table(
        "pt_sessions",
        sa.Column("trainer_id", sa.UUID(), nullable=False),
        sa.Column("trainee_id", sa.BigInteger(), nullable=False),
        sa.Column("package_id", sa.BigInteger(), nullable=True),
        sa.Column("site_id", sa.BigInteger(), nullable=True),
        sa.Column("scheduled_start", sa.DateTime(timezone=True), nullable=False),
        sa.Column("scheduled_end", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(length=16), server_default="scheduled", nullable=False),
        sa.Column(
            "performance_json",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'{}'::jsonb"),
            nullable=False,
        ),
        sa.Column("rating", sa.SmallInteger(), nullable=True),
        sa.Column("trainer_feedback", sa.Text(), nullable=True),
        sa.Column("trainee_feedback", sa.Text(), nullable=True),
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "status IN ('scheduled','completed','cancelled','no_show')",
            name=op.f("ck_pt_sessions_status_valid"),
        ),
        sa.CheckConstraint(
            "rating IS NULL OR rating BETWEEN 1 AND 5", name=op.f("ck_pt_sessions_rating_range")
        ),
        sa.CheckConstraint(
            "scheduled_end > scheduled_start", name=op.f("ck_pt_sessions_ends_after_start")
        ),
        sa.ForeignKeyConstraint(
            ["package_id"],
            ["pt_packages.id"],
            name=op.f("fk_pt_sessions_package_id_pt_packages"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["site_id"],
            ["gym_sites.id"],
            name=op.f("fk_pt_sessions_site_id_gym_sites"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["trainee_id"],
            ["trainees.id"],
            name=op.f("fk_pt_sessions_trainee_id_trainees"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["trainer_id"],
            ["trainers.id"],
            name=op.f("fk_pt_sessions_trainer_id_trainers"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pt_sessions")),
    )
    op.create_index(op.f("ix_pt_sessions_package_id"), "pt_sessions", ["package_id"], unique=False)
    op.create_index(op.f("ix_pt_sessions_site_id"), "pt_sessions", ["site_id"], unique=False)
    op.create_index(op.f("ix_pt_sessions_trainee_id"), "pt_sessions", ["trainee_id"], unique=False)
    op.create_index(op.f("ix_pt_sessions_trainer_id"), "pt_sessions", ["trainer_id"], unique=False)
    op.create_index(
        "ix_pt_sessions_trainer_start",
        "pt_sessions",
        ["trainer_id", "scheduled_start"],
        unique=False,
    )
    op.create_table(
        "trainer_attendance",
        sa.Column("trainer_id", sa.UUID(), nullable=False),
        sa.Column("site_id", sa.BigInteger(), nullable=True),
        sa.Column("work_date", sa.Date(), nullable=False),
        sa.Column("check_in_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("check_out_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("hours_worked", sa.Numeric(precision=5, scale=2), nullable=True),
        sa.Column("status", sa.String(length=16), server_default="present", nullable=False),
        sa.Column("leave_id", sa.BigInteger(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "status IN ('present','late','absent','leave','holiday')",
            name=op.f("ck_trainer_attendance_status_valid"),
        ),
        sa.CheckConstraint(
            "check_out_at IS NULL OR check_in_at IS NULL OR check_out_at >= check_in_at",
            name=op.f("ck_trainer_attendance_out_after_in"),
        ),
        sa.CheckConstraint(
            "hours_worked IS NULL OR hours_worked BETWEEN 0 AND 24",
            name=op.f("ck_trainer_attendance_hours_range"),
        ),
        sa.ForeignKeyConstraint(
            ["leave_id"],
            ["trainer_leaves.id"],
            name=op.f("fk_trainer_attendance_leave_id_trainer_leaves"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["site_id"],
            ["gym_sites.id"],
            name=op.f("fk_trainer_attendance_site_id_gym_sites"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["trainer_id"],
            ["trainers.id"],
            name=op.f("fk_trainer_attendance_trainer_id_trainers"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trainer_attendance")),
        sa.UniqueConstraint(
            "trainer_id", "work_date", name=op.f("uq_trainer_attendance_trainer_id_work_date")
        ),
    )
    op.create_index(
        op.f("ix_trainer_attendance_leave_id"), "trainer_attendance", ["leave_id"], unique=False
    )
    op.create_index(
        op.f("ix_trainer_attendance_site_id"), "trainer_attendance", ["site_id"], unique=False
    )
    op.create_index(
        op.f("ix_trainer_attendance_trainer_id"), "trainer_attendance", ["trainer_id"], unique=False
    )
    op.create_table(
        "trainer_messages",
        sa.Column("trainer_id", sa.UUID(), nullable=False),
        sa.Column("trainee_id", sa.BigInteger(), nullable=False),
        sa.Column("from_trainer", sa.Boolean(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column(
            "sent_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.Column("is_read", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("read_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint("length(body) > 0", name=op.f("ck_trainer_messages_body_not_empty")),
        sa.ForeignKeyConstraint(
            ["trainee_id"],
            ["trainees.id"],
            name=op.f("fk_trainer_messages_trainee_id_trainees"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["trainer_id"],
            ["trainers.id"],
            name=op.f("fk_trainer_messages_trainer_id_trainers"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trainer_messages")),
    )
    op.create_index(
        op.f("ix_trainer_messages_is_read"), "trainer_messages", ["is_read"], unique=False
    )
    op.create_index(
        op.f("ix_trainer_messages_trainee_id"), "trainer_messages", ["trainee_id"], unique=False
    )
    op.create_index(
        op.f("ix_trainer_messages_trainer_id"), "trainer_messages", ["trainer_id"], unique=False
    )
    op.create_table(
        "workout_plans",
        sa.Column("trainer_id", sa.UUID(), nullable=False),
        sa.Column("trainee_id", sa.BigInteger(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("goal", sa.Text(), nullable=True),
        sa.Column(
            "plan_json",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'{}'::jsonb"),
            nullable=False,
        ),
        sa.Column("starts_on", sa.Date(), server_default=sa.text("CURRENT_DATE"), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("is_active", sa.Boolean(), server_default=sa.text("true"), nullable=False),
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "ends_on IS NULL OR ends_on >= starts_on", name=op.f("ck_workout_plans_dates_ordered")
        ),
        sa.ForeignKeyConstraint(
            ["trainee_id"],
            ["trainees.id"],
            name=op.f("fk_workout_plans_trainee_id_trainees"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["trainer_id"],
            ["trainers.id"],
            name=op.f("fk_workout_plans_trainer_id_trainers"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workout_plans")),
    )
    op.create_index(
        op.f("ix_workout_plans_trainee_id"), "workout_plans", ["trainee_id"], unique=False
    )
    op.create_index(
        op.f("ix_workout_plans_trainer_id"), "workout_plans", ["trainer_id"], unique=False
    )
    op.create_table(
        "payments",
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("trainee_id", sa.BigInteger(), nullable=True),
        sa.Column("site_id", sa.BigInteger(), nullable=False),
        sa.Column("membership_id", sa.BigInteger(), nullable=True),
        sa.Column("pt_package_id", sa.BigInteger(), nullable=True),
        sa.Column("description", sa.String(length=300), nullable=False),
        sa.Column(
            "items",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'[]'::jsonb"),
            nullable=False,
        ),
        sa.Column("amount", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("tax_rate", sa.Numeric(precision=5, scale=2), server_default="0", nullable=False),
        sa.Column(
            "tax_amount", sa.Numeric(precision=12, scale=2), server_default="0", nullable=False
        ),
        sa.Column("method", sa.String(length=16), nullable=False),
        sa.Column("provider", sa.String(length=64), nullable=True),
        sa.Column("provider_reference", sa.String(length=128), nullable=True),
        sa.Column("status", sa.String(length=24), server_default="completed", nullable=False),
        sa.Column("receipt_number", sa.String(length=32), nullable=True),
        sa.Column("idempotency_key", sa.UUID(), nullable=True),
        sa.Column("taken_by_id", sa.BigInteger(), nullable=True),
        sa.Column("workstation", sa.String(length=120), nullable=True),
        sa.Column("is_refund", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("refund_of_id", sa.BigInteger(), nullable=True),
        sa.Column("refund_reason", sa.Text(), nullable=True),
        sa.Column(
            "refund_amount", sa.Numeric(precision=12, scale=2), server_default="0", nullable=False
        ),
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("currency", sa.CHAR(length=3), server_default="EUR", nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.CheckConstraint(
            "method IN ('cash','card','transfer','other')", name=op.f("ck_payments_method_valid")
        ),
        sa.CheckConstraint(
            "status IN ('pending','completed','failed','refunded','partially_refunded')",
            name=op.f("ck_payments_status_valid"),
        ),
        sa.CheckConstraint(
            "(is_refund AND refund_of_id IS NOT NULL AND refund_reason IS NOT NULL) OR (NOT is_refund AND refund_of_id IS NULL)",
            name=op.f("ck_payments_refund_has_original"),
        ),
        sa.CheckConstraint("amount > 0", name=op.f("ck_payments_amount_positive")),
        sa.CheckConstraint(
            "refund_amount >= 0 AND refund_amount <= amount",
            name=op.f("ck_payments_refund_within_amount"),
        ),
        sa.CheckConstraint(
            "tax_amount >= 0 AND tax_amount <= amount", name=op.f("ck_payments_tax_within_amount")
        ),
        sa.CheckConstraint(
            "tax_rate >= 0 AND tax_rate <= 100", name=op.f("ck_payments_tax_rate_range")
        ),
        sa.ForeignKeyConstraint(
            ["membership_id"],
            ["memberships.id"],
            name=op.f("fk_payments_membership_id_memberships"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["pt_package_id"],
            ["pt_packages.id"],
            name=op.f("fk_payments_pt_package_id_pt_packages"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["refund_of_id"],
            ["payments.id"],
            name=op.f("fk_payments_refund_of_id_payments"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["site_id"],
            ["gym_sites.id"],
            name=op.f("fk_payments_site_id_gym_sites"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["taken_by_id"],
            ["users.id"],
            name=op.f("fk_payments_taken_by_id_users"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["trainee_id"],
            ["trainees.id"],
            name=op.f("fk_payments_trainee_id_trainees"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payments")),
    )
    op.create_index(op.f("ix_payments_created_at"), "payments", ["created_at"], unique=False)
    op.create_index(op.f("ix_payments_membership_id"), "payments", ["membership_id"], unique=False)
    op.create_index(op.f("ix_payments_refund_of_id"), "payments", ["refund_of_id"], unique=False)
    op.create_index("ix_payments_site_day", "payments", ["site_id", "created_at"], unique=False)
    op.create_index(op.f("ix_payments_site_id"), "payments", ["site_id"], unique=False)
    op.create_index(op.f("ix_payments_status"), "payments", ["status"], unique=False)
    op.create_index(op.f("ix_payments_trainee_id"), "payments", ["trainee_id"], unique=False)
    op.create_index("uq_payments_idempotency_key", "payments", ["idempotency_key"], unique=True)
    op.create_index("uq_payments_receipt_number", "payments", ["receipt_number"], unique=True)
    op.create_table(
        "progress_measurements",
        sa.Column("trainee_id", sa.BigInteger(), nullable=False),
        sa.Column("metric", sa.String(length=32), nullable=False),
        sa.Column("value", sa.Numeric(precision=8, scale=2), nullable=False),
        sa.Column("target_value", sa.Numeric(precision=8, scale=2), nullable=True),
        sa.Column("unit", sa.String(length=16), nullable=False),
        sa.Column(
            "recorded_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("measurement_id", sa.BigInteger(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["measurement_id"],
            ["measurements.id"],
            name=op.f("fk_progress_measurements_measurement_id_measurements"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["trainee_id"],
            ["trainees.id"],
            name=op.f("fk_progress_measurements_trainee_id_trainees"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_progress_measurements")),
    )
    op.create_index(
        op.f("ix_progress_measurements_trainee_id"),
        "progress_measurements",
        ["trainee_id"],
        unique=False,
    )
    op.create_index(
        "ix_progress_measurements_trainee_metric",
        "progress_measurements",
        ["trainee_id", "metric", "recorded_at"],
        unique=False,
    )
    op.create_table(
        "workouts",
        sa.Column("trainee_id", sa.BigInteger(), nullable=False),
        sa.Column("plan_id", sa.BigInteger(), nullable=True),
        sa.Column("trainer_id", sa.UUID(), nullable=True),
        sa.Column(
            "performed_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("calories_burned", sa.Integer(), nullable=True),
        sa.Column("accuracy_pct", sa.Numeric(precision=5, scale=2), nullable=True),
        sa.Column(
            "exercises_json",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'[]'::jsonb"),
            nullable=False,
        ),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "accuracy_pct IS NULL OR accuracy_pct BETWEEN 0 AND 100",
            name=op.f("ck_workouts_accuracy_range"),
        ),
        sa.CheckConstraint(
            "calories_burned IS NULL OR calories_burned >= 0",
            name=op.f("ck_workouts_calories_non_negative"),
        ),
        sa.CheckConstraint("duration_minutes >= 0", name=op.f("ck_workouts_duration_non_negative")),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["workout_plans.id"],
            name=op.f("fk_workouts_plan_id_workout_plans"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["trainee_id"],
            ["trainees.id"],
            name=op.f("fk_workouts_trainee_id_trainees"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["trainer_id"],
            ["trainers.id"],
            name=op.f("fk_workouts_trainer_id_trainers"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workouts")),
    )
    op.create_index(op.f("ix_workouts_plan_id"), "workouts", ["plan_id"], unique=False)
    op.create_index(
        "ix_workouts_trainee_time", "workouts", ["trainee_id", "performed_at"], unique=False
    )
    op.create_index(op.f("ix_workouts_trainer_id"), "workouts", ["trainer_id"], unique=False)
    op.create_table(
        "trainer_revenue",
        sa.Column("trainer_id", sa.UUID(), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("pt_session_id", sa.BigInteger(), nullable=True),
        sa.Column("payment_id", sa.BigInteger(), nullable=True),
        sa.Column("amount", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("earned_on", sa.Date(), nullable=False),
        sa.Column("payout_date", sa.Date(), nullable=True),
        sa.Column("payout_reference", sa.String(length=64), nullable=True),
        sa.Column("status", sa.String(length=16), server_default="pending", nullable=False),
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("currency", sa.CHAR(length=3), server_default="EUR", nullable=False),
        sa.CheckConstraint(
            "source IN ('pt_session','commission','bonus','other')",
            name=op.f("ck_trainer_revenue_source_valid"),
        ),
        sa.CheckConstraint(
            "status IN ('pending','approved','paid')", name=op.f("ck_trainer_revenue_status_valid")
        ),
        sa.CheckConstraint("amount >= 0", name=op.f("ck_trainer_revenue_amount_non_negative")),
        sa.CheckConstraint(
            "payout_date IS NULL OR payout_date >= earned_on",
            name=op.f("ck_trainer_revenue_payout_after_earned"),
        ),
        sa.ForeignKeyConstraint(
            ["payment_id"],
            ["payments.id"],
            name=op.f("fk_trainer_revenue_payment_id_payments"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["pt_session_id"],
            ["pt_sessions.id"],
            name=op.f("fk_trainer_revenue_pt_session_id_pt_sessions"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["trainer_id"],
            ["trainers.id"],
            name=op.f("fk_trainer_revenue_trainer_id_trainers"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trainer_revenue")),
    )
    op.create_index(
        "ix_trainer_revenue_trainer_day",
        "trainer_revenue",
        ["trainer_id", "earned_on"],
        unique=False,
    )
    op.create_index(
        op.f("ix_trainer_revenue_trainer_id"), "trainer_revenue", ["trainer_id"], unique=False
    )

    op.execute(UPDATED_AT_FUNCTION)
    for table in _tables_with_updated_at():
        op.execute(
            f"CREATE TRIGGER trg_{table}_updated_at BEFORE UPDATE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION fitmate_touch_updated_at()"
        )
    # A single gym never has to think about sites or settings: both exist from the start.
    op.execute("INSERT INTO gym_sites (code, name) VALUES ('main', 'Main gym')")
    op.execute("INSERT INTO admin_settings (id) VALUES (1)")
    op.execute("INSERT INTO receipt_counters (series, next_number) VALUES ('R', 1), ('CR', 1)")


def downgrade() -> None:
    op.drop_index(op.f("ix_trainer_revenue_trainer_id"), table_name="trainer_revenue")
    op.drop_index("ix_trainer_revenue_trainer_day", table_name="trainer_revenue")
    op.drop_table("trainer_revenue")
    op.drop_index(op.f("ix_workouts_trainer_id"), table_name="workouts")
    op.drop_index("ix_workouts_trainee_time", table_name="workouts")
    op.drop_index(op.f("ix_workouts_plan_id"), table_name="workouts")
    op.drop_table("workouts")
    op.drop_index("ix_progress_measurements_trainee_metric", table_name="progress_measurements")
    op.drop_index(op.f("ix_progress_measurements_trainee_id"), table_name="progress_measurements")
    op.drop_table("progress_measurements")
    op.drop_index("uq_payments_receipt_number", table_name="payments")
    op.drop_index("uq_payments_idempotency_key", table_name="payments")
    op.drop_index(op.f("ix_payments_trainee_id"), table_name="payments")
    op.drop_index(op.f("ix_payments_status"), table_name="payments")
    op.drop_index(op.f("ix_payments_site_id"), table_name="payments")
    op.drop_index("ix_payments_site_day", table_name="payments")
    op.drop_index(op.f("ix_payments_refund_of_id"), table_name="payments")
    op.drop_index(op.f("ix_payments_membership_id"), table_name="payments")
    op.drop_index(op.f("ix_payments_created_at"), table_name="payments")
    op.drop_table("payments")
    op.drop_index(op.f("ix_workout_plans_trainer_id"), table_name="workout_plans")
    op.drop_index(op.f("ix_workout_plans_trainee_id"), table_name="workout_plans")
    op.drop_table("workout_plans")
    op.drop_index(op.f("ix_trainer_messages_trainer_id"), table_name="trainer_messages")
    op.drop_index(op.f("ix_trainer_messages_trainee_id"), table_name="trainer_messages")
    op.drop_index(op.f("ix_trainer_messages_is_read"), table_name="trainer_messages")
    op.drop_table("trainer_messages")
    op.drop_index(op.f("ix_trainer_attendance_trainer_id"), table_name="trainer_attendance")
    op.drop_index(op.f("ix_trainer_attendance_site_id"), table_name="trainer_attendance")
    op.drop_index(op.f("ix_trainer_attendance_leave_id"), table_name="trainer_attendance")
    op.drop_table("trainer_attendance")
    op.drop_index("ix_pt_sessions_trainer_start", table_name="pt_sessions")
    op.drop_index(op.f("ix_pt_sessions_trainer_id"), table_name="pt_sessions")
    op.drop_index(op.f("ix_pt_sessions_trainee_id"), table_name="pt_sessions")
    op.drop_index(op.f("ix_pt_sessions_site_id"), table_name="pt_sessions")
    op.drop_index(op.f("ix_pt_sessions_package_id"), table_name="pt_sessions")
    op.drop_table("pt_sessions")
    op.drop_index(op.f("ix_progress_photos_trainee_id"), table_name="progress_photos")
    op.drop_table("progress_photos")
    op.drop_index("ix_nutrition_logs_trainee_day", table_name="nutrition_logs")
    op.drop_table("nutrition_logs")
    op.drop_index(op.f("ix_memberships_trainee_id"), table_name="memberships")
    op.drop_index("ix_memberships_trainee_end", table_name="memberships")
    op.drop_index(op.f("ix_memberships_status"), table_name="memberships")
    op.drop_index(op.f("ix_memberships_site_id"), table_name="memberships")
    op.drop_index(op.f("ix_memberships_plan_id"), table_name="memberships")
    op.drop_index(op.f("ix_memberships_membership_type"), table_name="memberships")
    op.drop_table("memberships")
    op.drop_index("ix_measurements_trainee_time", table_name="measurements")
    op.drop_index(op.f("ix_measurements_trainee_id"), table_name="measurements")
    op.drop_table("measurements")
    op.drop_index(op.f("ix_diet_plans_trainer_id"), table_name="diet_plans")
    op.drop_index(op.f("ix_diet_plans_trainee_id"), table_name="diet_plans")
    op.drop_table("diet_plans")
    op.drop_index(
        "uq_attendance_open_visit",
        table_name="attendance",
        postgresql_where=sa.text("checked_out_at IS NULL"),
    )
    op.drop_index("ix_attendance_trainee_time", table_name="attendance")
    op.drop_index("ix_attendance_site_time", table_name="attendance")
    op.drop_index(op.f("ix_attendance_site_id"), table_name="attendance")
    op.drop_index(
        "ix_attendance_open_by_site",
        table_name="attendance",
        postgresql_where=sa.text("checked_out_at IS NULL"),
    )
    op.drop_table("attendance")
    op.drop_index(op.f("ix_ai_reports_trainee_id"), table_name="ai_reports")
    op.drop_table("ai_reports")
    op.drop_index(op.f("ix_trainer_schedules_trainer_id"), table_name="trainer_schedules")
    op.drop_index(op.f("ix_trainer_schedules_site_id"), table_name="trainer_schedules")
    op.drop_table("trainer_schedules")
    op.drop_index(op.f("ix_trainer_salaries_trainer_id"), table_name="trainer_salaries")
    op.drop_table("trainer_salaries")
    op.drop_index(op.f("ix_trainer_leaves_trainer_id"), table_name="trainer_leaves")
    op.drop_table("trainer_leaves")
    op.drop_index(op.f("ix_trainer_documents_trainer_id"), table_name="trainer_documents")
    op.drop_table("trainer_documents")
    op.drop_index(op.f("ix_trainees_trainer_id"), table_name="trainees")
    op.drop_index(op.f("ix_trainees_site_id"), table_name="trainees")
    op.drop_index(
        "ix_trainees_phone_trgm",
        table_name="trainees",
        postgresql_using="gin",
        postgresql_ops={"phone": "gin_trgm_ops"},
    )
    op.drop_index("ix_trainees_name_order", table_name="trainees")
    op.drop_index(
        "ix_trainees_member_code_trgm",
        table_name="trainees",
        postgresql_using="gin",
        postgresql_ops={"member_code": "gin_trgm_ops"},
    )
    op.drop_index("ix_trainees_member_code", table_name="trainees")
    op.drop_index(
        "ix_trainees_full_name_trgm",
        table_name="trainees",
        postgresql_using="gin",
        postgresql_ops={"full_name": "gin_trgm_ops"},
    )
    op.drop_index(
        "ix_trainees_email_trgm",
        table_name="trainees",
        postgresql_using="gin",
        postgresql_ops={"email": "gin_trgm_ops"},
    )
    op.drop_table("trainees")
    op.drop_index(op.f("ix_trainers_site_id"), table_name="trainers")
    op.drop_table("trainers")
    op.drop_index(op.f("ix_notifications_user_id"), table_name="notifications")
    op.drop_index(
        "ix_notifications_unread",
        table_name="notifications",
        postgresql_where=sa.text("NOT is_read"),
    )
    op.drop_index(op.f("ix_notifications_is_read"), table_name="notifications")
    op.drop_table("notifications")
    op.drop_index(op.f("ix_messages_sender_id"), table_name="messages")
    op.drop_index(op.f("ix_messages_recipient_id"), table_name="messages")
    op.drop_index(op.f("ix_messages_is_read"), table_name="messages")
    op.drop_table("messages")
    op.drop_index(op.f("ix_expenses_spent_on"), table_name="expenses")
    op.drop_index(op.f("ix_expenses_site_id"), table_name="expenses")
    op.drop_index(op.f("ix_expenses_category"), table_name="expenses")
    op.drop_table("expenses")
    op.drop_index(op.f("ix_audit_log_site_id"), table_name="audit_log")
    op.drop_index(op.f("ix_audit_log_occurred_at"), table_name="audit_log")
    op.drop_index("ix_audit_log_entity", table_name="audit_log")
    op.drop_index(op.f("ix_audit_log_actor_user_id"), table_name="audit_log")
    op.drop_table("audit_log")
    op.drop_index(op.f("ix_admin_sessions_user_id"), table_name="admin_sessions")
    op.drop_index(op.f("ix_admin_sessions_site_id"), table_name="admin_sessions")
    op.drop_index(
        "ix_admin_sessions_live",
        table_name="admin_sessions",
        postgresql_where=sa.text("ended_at IS NULL"),
    )
    op.drop_table("admin_sessions")
    op.drop_index("uq_admin_otps_user_id", table_name="admin_otps")
    op.drop_table("admin_otps")
    op.drop_index(op.f("ix_workstations_site_id"), table_name="workstations")
    op.drop_table("workstations")
    op.drop_index("uq_users_email", table_name="users")
    op.drop_index(op.f("ix_users_site_id"), table_name="users")
    op.drop_index(op.f("ix_users_role"), table_name="users")
    op.drop_table("users")
    op.drop_index(op.f("ix_gym_schedule_slots_site_id"), table_name="gym_schedule_slots")
    op.drop_index("ix_gym_schedule_slots_site_day", table_name="gym_schedule_slots")
    op.drop_table("gym_schedule_slots")
    op.drop_index(op.f("ix_equipment_site_id"), table_name="equipment")
    op.drop_index(op.f("ix_equipment_next_maintenance_on"), table_name="equipment")
    op.drop_table("equipment")
    op.drop_table("receipt_counters")
    op.drop_table("pt_packages")
    op.drop_table("membership_plans")
    op.drop_table("gym_sites")
    op.drop_table("admin_settings")
    op.execute("DROP FUNCTION IF EXISTS fitmate_touch_updated_at()")
