"""One trigram index over a member's name, email, phone and code (replaces four).

Searching four trigram indexes OR-ed together was slow for fragments with punctuation or
spaces ("v.f", "o co"): pg_trgm splits words there, leaving only weak one-letter trigrams.
``fitmate_search_key`` lower-cases the four fields, turns spaces and punctuation into "q" and
joins the fields with "|", so every fragment a receptionist types yields strong trigrams and
no match spans two fields.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD = ("full_name", "email", "phone", "member_code")


def upgrade() -> None:
    op.execute(
        """
        CREATE FUNCTION fitmate_search_key(
            full_name text, email text, phone text, member_code text
        ) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
            SELECT translate(
                lower(coalesce(full_name, '')) || '|' || lower(coalesce(email, '')) || '|'
                || lower(coalesce(phone, '')) || '|' || lower(coalesce(member_code, '')),
                ' .@-_+()/''', 'qqqqqqqqqq')
        $$
        """
    )
    # Stored, so searching reads it instead of computing it for every row it looks at.
    op.add_column(
        "trainees",
        sa.Column(
            "search_key",
            sa.Text(),
            sa.Computed("fitmate_search_key(full_name, email, phone, member_code)", persisted=True),
            nullable=False,
        ),
    )
    op.create_index(
        "ix_trainees_search_key_trgm",
        "trainees",
        ["search_key"],
        postgresql_using="gin",
        postgresql_ops={"search_key": "gin_trgm_ops"},
    )
    for column in OLD:
        op.drop_index(f"ix_trainees_{column}_trgm", table_name="trainees")


def downgrade() -> None:
    for column in OLD:
        op.create_index(
            f"ix_trainees_{column}_trgm",
            "trainees",
            [column],
            postgresql_using="gin",
            postgresql_ops={column: "gin_trgm_ops"},
        )
    op.drop_index("ix_trainees_search_key_trgm", table_name="trainees")
    op.drop_column("trainees", "search_key")
    op.execute("DROP FUNCTION IF EXISTS fitmate_search_key(text, text, text, text)")
