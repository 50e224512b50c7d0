"""hub_applied_op.code, params: a refusal kept as a message id and its parameters, worded by the reader

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('hub_applied_op', schema=None) as batch_op:
        batch_op.add_column(sa.Column('code', sa.String(length=60), server_default='', nullable=False))
        batch_op.add_column(sa.Column('params', sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('hub_applied_op', schema=None) as batch_op:
        batch_op.drop_column('params')
        batch_op.drop_column('code')
