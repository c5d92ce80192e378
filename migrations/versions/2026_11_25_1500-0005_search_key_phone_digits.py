"""The member search key also holds the phone's digits alone, so "912345678" finds
"+351 912 345 678" (people type numbers without the spaces).

A stored generated column is not recomputed when its function changes, so the column and
its index are dropped and added again (seconds at 100,000 members).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

KEY_V1 = """
    SELECT translate(
        lower(coalesce(full_name, '')) || '|' || lower(coalesce(email, '')) || '|'
        || lower(coalesce(phone, '')) || '|' || lower(coalesce(member_code, '')),
        ' .@-_+()/''', 'qqqqqqqqqq')
"""
KEY_V2 = """
    SELECT translate(
        lower(coalesce(full_name, '')) || '|' || lower(coalesce(email, '')) || '|'
        || lower(coalesce(phone, '')) || '|' || lower(coalesce(member_code, '')),
        ' .@-_+()/''', 'qqqqqqqqqq')
        || '|' || regexp_replace(coalesce(phone, ''), '[^0-9]', '', 'g')
"""
EXPRESSION = "fitmate_search_key(full_name, email, phone, member_code)"


def _rebuild(body: str) -> None:
    op.drop_index("ix_trainees_search_key_trgm", table_name="trainees")
    op.drop_column("trainees", "search_key")
    op.execute(
        "CREATE OR REPLACE FUNCTION fitmate_search_key("
        "full_name text, email text, phone text, member_code text) "
        f"RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $${body}$$"
    )
    op.add_column(
        "trainees",
        sa.Column("search_key", sa.Text(), sa.Computed(EXPRESSION, persisted=True), nullable=False),
    )
    op.create_index(
        "ix_trainees_search_key_trgm",
        "trainees",
        ["search_key"],
        postgresql_using="gin",
        postgresql_ops={"search_key": "gin_trgm_ops"},
    )


def upgrade() -> None:
    _rebuild(KEY_V2)


def downgrade() -> None:
    _rebuild(KEY_V1)
