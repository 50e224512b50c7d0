"""person.team_id: the 督查组 a person of the roster is a member of

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06
"""
from alembic import op


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # a plain ADD COLUMN (rebuilding the table would drop the search index's triggers on it), with
    # its reference written out: alembic would rebuild the table to add it
    op.execute('ALTER TABLE person ADD COLUMN team_id CHAR(32) REFERENCES team (id)')


def downgrade() -> None:
    with op.batch_alter_table('person') as batch:
        batch.drop_column('team_id')
