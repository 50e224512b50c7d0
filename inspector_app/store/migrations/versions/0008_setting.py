"""setting: the office's settings every laptop keeps alike (the notice's header and footer, the local rules)

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06
"""
from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('setting',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('key')
    )
    with op.batch_alter_table('setting', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_setting_server_version'), ['server_version'], unique=False)
    op.execute("CREATE TRIGGER setting_no_delete BEFORE DELETE ON setting "
               "BEGIN SELECT RAISE(ABORT, 'records are voided or tombstoned, never deleted'); END")


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS setting_no_delete")
    with op.batch_alter_table('setting', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_setting_server_version'))
    op.drop_table('setting')
