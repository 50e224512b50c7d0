"""hub_record.in_step: the device that already holds a record's latest version

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01
"""
from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('hub_record', schema=None) as batch_op:
        batch_op.add_column(sa.Column('in_step', sa.Uuid(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('hub_record', schema=None) as batch_op:
        batch_op.drop_column('in_step')
