"""evidence: kind, the capture time's UTC offset, EXIF orientation, display rotation, redactions

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""
from alembic import op
import sqlalchemy as sa

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("evidence") as batch:
        batch.add_column(sa.Column("kind", sa.String(length=20), nullable=False, server_default="photo"))
        batch.add_column(sa.Column("captured_offset", sa.String(length=6), nullable=False, server_default=""))
        batch.add_column(sa.Column("orientation", sa.Integer(), nullable=False, server_default="1"))
        batch.add_column(sa.Column("rotation", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("redactions", sa.JSON(), nullable=False, server_default="[]"))


def downgrade() -> None:
    with op.batch_alter_table("evidence") as batch:
        for column in ("redactions", "rotation", "orientation", "captured_offset", "kind"):
            batch.drop_column(column)
