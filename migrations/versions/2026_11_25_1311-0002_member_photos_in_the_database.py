"""Member photos in the database, so every desk shows them

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 13:11:11.077219
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "member_photos",
        sa.Column("trainee_id", sa.BigInteger(), nullable=False),
        sa.Column("image", sa.LargeBinary(), nullable=False),
        sa.Column("mime_type", sa.String(length=32), server_default="image/jpeg", nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "octet_length(image) <= 2097152", name=op.f("ck_member_photos_image_at_most_2mb")
        ),
        sa.ForeignKeyConstraint(
            ["trainee_id"],
            ["trainees.id"],
            name=op.f("fk_member_photos_trainee_id_trainees"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("trainee_id", name=op.f("pk_member_photos")),
    )
    op.execute(
        "CREATE TRIGGER trg_member_photos_updated_at BEFORE UPDATE ON member_photos "
        "FOR EACH ROW EXECUTE FUNCTION fitmate_touch_updated_at()"
    )


def downgrade() -> None:
    op.drop_table("member_photos")
