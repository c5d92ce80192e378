"""Second-factor failures counted on their own: ``users.second_factor_failures`` and
``users.second_factor_locked_until``.

Wrong two-factor codes used to share ``failed_attempts`` with wrong passwords, and a correct
password reset it: whoever knew a password could guess codes a few at a time forever. Codes
now have their own counter and backoff, reset only by a correct code or an admin's unlock.

Revision ID: 0008
Revises: 0006
Create Date: 2026-12-08
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "users",
        sa.Column("second_factor_failures", sa.Integer(), server_default="0", nullable=False),
    )
    op.add_column(
        "users", sa.Column("second_factor_locked_until", sa.DateTime(timezone=True), nullable=True)
    )
    op.create_check_constraint(
        "second_factor_failures_non_negative", "users", "second_factor_failures >= 0"
    )


def downgrade() -> None:
    op.drop_constraint("second_factor_failures_non_negative", "users", type_="check")
    op.drop_column("users", "second_factor_locked_until")
    op.drop_column("users", "second_factor_failures")
