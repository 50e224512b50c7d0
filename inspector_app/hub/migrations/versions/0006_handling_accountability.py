"""handling.accountability: a decision that holds the unit's head (一把手) accountable

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06
"""
from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('handling', schema=None) as batch_op:
        batch_op.add_column(sa.Column('accountability', sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table('handling', schema=None) as batch_op:
        batch_op.drop_column('accountability')
