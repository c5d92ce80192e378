"""Front desk, second pass: sortable last visit and membership end, class packs, cash
tendered and change, counted cash-ups, when an offline scan reached the server.

- ``trainees.last_visit_at`` and ``trainees.membership_end`` are kept by statement-level
  triggers with transition tables (one UPDATE per statement, so a bulk load of millions of
  visits costs one pass, and a check-in one indexed update), and indexed for keyset paging.
- Class packs: ``membership_plans.visit_count`` (existing class-pack plans get 10, the most
  common pack; an admin can change it) and ``memberships.visits_remaining``, never negative.
- ``membership_plans.auto_renew``: whether a sale of the plan renews automatically by default.
- ``payments.cash_tendered`` / ``change_given``; ``cash_ups`` and ``cash_up_counts``.
- ``attendance.recorded_at``: when the server stored a visit (``checked_in_at`` is the scan).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-08
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TRIGGERS = """
CREATE FUNCTION fitmate_last_visit_after_insert() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    UPDATE trainees t SET last_visit_at = n.latest
    FROM (SELECT trainee_id, max(checked_in_at) AS latest FROM new_visits GROUP BY trainee_id) n
    WHERE t.id = n.trainee_id
      AND (t.last_visit_at IS NULL OR t.last_visit_at < n.latest);
    RETURN NULL;
END $$;

CREATE FUNCTION fitmate_last_visit_after_delete() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    UPDATE trainees t
    SET last_visit_at = (SELECT max(a.checked_in_at) FROM attendance a WHERE a.trainee_id = t.id)
    WHERE t.id IN (SELECT DISTINCT trainee_id FROM old_visits);
    RETURN NULL;
END $$;

CREATE TRIGGER trg_attendance_last_visit_insert AFTER INSERT ON attendance
    REFERENCING NEW TABLE AS new_visits
    FOR EACH STATEMENT EXECUTE FUNCTION fitmate_last_visit_after_insert();
CREATE TRIGGER trg_attendance_last_visit_delete AFTER DELETE ON attendance
    REFERENCING OLD TABLE AS old_visits
    FOR EACH STATEMENT EXECUTE FUNCTION fitmate_last_visit_after_delete();
"""

REFRESH = """
CREATE FUNCTION fitmate_membership_end_of(touched bigint[]) RETURNS void
LANGUAGE sql AS $$
    -- One aggregate over the touched members' rows (an index scan for a sale, a hash
    -- aggregate for a bulk load), never a subquery per member.
    UPDATE trainees t
    SET membership_end = m.latest
    FROM (
        SELECT ids.id, agg.latest
        FROM unnest(touched) AS ids(id)
        LEFT JOIN (
            SELECT trainee_id, max(end_date) AS latest FROM memberships
            WHERE trainee_id = ANY(touched) AND status <> 'cancelled'
            GROUP BY trainee_id
        ) agg ON agg.trainee_id = ids.id
    ) m
    WHERE t.id = m.id AND t.membership_end IS DISTINCT FROM m.latest;
$$;

CREATE FUNCTION fitmate_membership_end_after_insert() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM fitmate_membership_end_of(ARRAY(SELECT DISTINCT trainee_id FROM new_rows));
    RETURN NULL;
END $$;

CREATE FUNCTION fitmate_membership_end_after_update() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM fitmate_membership_end_of(ARRAY(
        SELECT trainee_id FROM new_rows UNION SELECT trainee_id FROM old_rows));
    RETURN NULL;
END $$;

CREATE FUNCTION fitmate_membership_end_after_delete() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM fitmate_membership_end_of(ARRAY(SELECT DISTINCT trainee_id FROM old_rows));
    RETURN NULL;
END $$;

CREATE TRIGGER trg_memberships_end_insert AFTER INSERT ON memberships
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION fitmate_membership_end_after_insert();
CREATE TRIGGER trg_memberships_end_update AFTER UPDATE ON memberships
    REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION fitmate_membership_end_after_update();
CREATE TRIGGER trg_memberships_end_delete AFTER DELETE ON memberships
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION fitmate_membership_end_after_delete();
"""

DROP = """
DROP TRIGGER IF EXISTS trg_attendance_last_visit_insert ON attendance;
DROP TRIGGER IF EXISTS trg_attendance_last_visit_delete ON attendance;
DROP TRIGGER IF EXISTS trg_memberships_end_insert ON memberships;
DROP TRIGGER IF EXISTS trg_memberships_end_update ON memberships;
DROP TRIGGER IF EXISTS trg_memberships_end_delete ON memberships;
DROP FUNCTION IF EXISTS fitmate_last_visit_after_insert();
DROP FUNCTION IF EXISTS fitmate_last_visit_after_delete();
DROP FUNCTION IF EXISTS fitmate_membership_end_after_insert();
DROP FUNCTION IF EXISTS fitmate_membership_end_after_update();
DROP FUNCTION IF EXISTS fitmate_membership_end_after_delete();
DROP FUNCTION IF EXISTS fitmate_membership_end_of(bigint[]);
"""


def upgrade() -> None:
    # ---- trainees: sortable last visit and membership end
    op.add_column("trainees", sa.Column("last_visit_at", sa.DateTime(timezone=True)))
    op.add_column("trainees", sa.Column("membership_end", sa.Date()))
    op.execute(
        "UPDATE trainees t SET last_visit_at = a.latest FROM "
        "(SELECT trainee_id, max(checked_in_at) AS latest FROM attendance GROUP BY 1) a "
        "WHERE t.id = a.trainee_id"
    )
    op.execute(
        "UPDATE trainees t SET membership_end = m.latest FROM "
        "(SELECT trainee_id, max(end_date) AS latest FROM memberships "
        " WHERE status <> 'cancelled' GROUP BY 1) m WHERE t.id = m.trainee_id"
    )
    op.drop_index("ix_trainees_member_code", table_name="trainees")
    op.create_index("ix_trainees_member_code", "trainees", ["member_code", "id"])
    op.create_index("ix_trainees_joined_order", "trainees", ["joined_on", "id"])
    op.create_index(
        "ix_trainees_last_visit_order",
        "trainees",
        [sa.text("coalesce(last_visit_at, '-infinity'::timestamptz)"), "id"],
    )
    op.create_index(
        "ix_trainees_membership_end_order",
        "trainees",
        [sa.text("coalesce(membership_end, '-infinity'::date)"), "id"],
    )
    op.execute(TRIGGERS)
    op.execute(REFRESH)

    # ---- attendance: when the server stored the visit
    op.add_column(
        "attendance",
        sa.Column(
            "recorded_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
    )
    op.execute("UPDATE attendance SET recorded_at = checked_in_at")

    # ---- class packs and the plan's renewal default
    op.add_column("membership_plans", sa.Column("visit_count", sa.Integer()))
    op.add_column(
        "membership_plans",
        sa.Column("auto_renew", sa.Boolean(), server_default=sa.text("false"), nullable=False),
    )
    op.execute("UPDATE membership_plans SET visit_count = 10 WHERE membership_type = 'class_pack'")
    op.create_check_constraint(
        "visit_count_positive", "membership_plans", "visit_count IS NULL OR visit_count > 0"
    )
    op.create_check_constraint(
        "class_pack_has_visits",
        "membership_plans",
        "membership_type <> 'class_pack' OR visit_count IS NOT NULL",
    )
    op.add_column("memberships", sa.Column("visits_remaining", sa.Integer()))
    # Packs sold before: what the pack held, less the visits made while it ran.
    op.execute(
        "UPDATE memberships m SET visits_remaining = greatest(0, p.visit_count - ("
        " SELECT count(*) FROM attendance a WHERE a.trainee_id = m.trainee_id"
        " AND a.checked_in_at::date BETWEEN m.start_date AND m.end_date))"
        " FROM membership_plans p WHERE p.id = m.plan_id AND m.membership_type = 'class_pack'"
    )
    op.create_check_constraint(
        "visits_remaining_non_negative",
        "memberships",
        "visits_remaining IS NULL OR visits_remaining >= 0",
    )

    # ---- cash tendered and change
    op.add_column("payments", sa.Column("cash_tendered", sa.Numeric(12, 2)))
    op.add_column("payments", sa.Column("change_given", sa.Numeric(12, 2)))
    op.create_check_constraint(
        "change_from_cash",
        "payments",
        "(cash_tendered IS NULL AND change_given IS NULL) OR (method = 'cash' AND "
        "NOT is_refund AND cash_tendered >= amount AND change_given = cash_tendered - amount)",
    )

    # ---- counted cash-ups
    op.create_table(
        "cash_ups",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("site_id", sa.BigInteger(), nullable=False),
        sa.Column("business_day", sa.Date(), nullable=False),
        sa.Column("counted_by_id", sa.BigInteger(), nullable=False),
        sa.Column(
            "counted_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("workstation", sa.String(length=120), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("currency", sa.CHAR(length=3), server_default="EUR", nullable=False),
        sa.ForeignKeyConstraint(
            ["counted_by_id"],
            ["users.id"],
            name=op.f("fk_cash_ups_counted_by_id_users"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["site_id"],
            ["gym_sites.id"],
            name=op.f("fk_cash_ups_site_id_gym_sites"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cash_ups")),
        sa.UniqueConstraint(
            "site_id", "business_day", name=op.f("uq_cash_ups_site_id_business_day")
        ),
    )
    op.create_index(op.f("ix_cash_ups_site_id"), "cash_ups", ["site_id"])
    op.create_table(
        "cash_up_counts",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("cash_up_id", sa.BigInteger(), nullable=False),
        sa.Column("method", sa.String(length=16), nullable=False),
        sa.Column("expected", sa.Numeric(12, 2), nullable=False),
        sa.Column("counted", sa.Numeric(12, 2), nullable=False),
        sa.Column(
            "difference",
            sa.Numeric(12, 2),
            sa.Computed("counted - expected", persisted=True),
            nullable=False,
        ),
        sa.CheckConstraint("counted >= 0", name=op.f("ck_cash_up_counts_counted_non_negative")),
        sa.CheckConstraint(
            "method IN ('cash','card','transfer','other')",
            name=op.f("ck_cash_up_counts_method_valid"),
        ),
        sa.ForeignKeyConstraint(
            ["cash_up_id"],
            ["cash_ups.id"],
            name=op.f("fk_cash_up_counts_cash_up_id_cash_ups"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cash_up_counts")),
        sa.UniqueConstraint(
            "cash_up_id", "method", name=op.f("uq_cash_up_counts_cash_up_id_method")
        ),
    )
    op.create_index(op.f("ix_cash_up_counts_cash_up_id"), "cash_up_counts", ["cash_up_id"])


def downgrade() -> None:
    op.drop_table("cash_up_counts")
    op.drop_table("cash_ups")
    op.drop_constraint("change_from_cash", "payments", type_="check")
    op.drop_column("payments", "change_given")
    op.drop_column("payments", "cash_tendered")
    op.drop_constraint("visits_remaining_non_negative", "memberships", "check")
    op.drop_column("memberships", "visits_remaining")
    op.drop_constraint("class_pack_has_visits", "membership_plans", "check")
    op.drop_constraint("visit_count_positive", "membership_plans", "check")
    op.drop_column("membership_plans", "auto_renew")
    op.drop_column("membership_plans", "visit_count")
    op.drop_column("attendance", "recorded_at")
    op.execute(DROP)
    op.drop_index("ix_trainees_membership_end_order", table_name="trainees")
    op.drop_index("ix_trainees_last_visit_order", table_name="trainees")
    op.drop_index("ix_trainees_joined_order", table_name="trainees")
    op.drop_index("ix_trainees_member_code", table_name="trainees")
    op.create_index("ix_trainees_member_code", "trainees", ["member_code"])
    op.drop_column("trainees", "membership_end")
    op.drop_column("trainees", "last_visit_at")
