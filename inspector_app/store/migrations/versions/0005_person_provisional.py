"""person.provisional: a person a team added in the field, until the office confirms or merges them

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06
"""
from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # a plain ADD COLUMN: rebuilding the table would drop the search index's triggers on it
    op.add_column('person', sa.Column('provisional', sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table('person') as batch:
        batch.drop_column('provisional')
