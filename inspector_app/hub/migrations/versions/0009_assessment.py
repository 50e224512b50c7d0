"""assessment: a survey's 满意/基本满意 counts and the unit's explanation, service commitments
(服务承诺) with their year-end rating, and the annual appraisal the office confirmed

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07
"""
from alembic import op
import sqlalchemy as sa


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def _synced(name: str, *columns: sa.Column) -> None:
    op.create_table(name,
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    *columns,
    sa.PrimaryKeyConstraint('id'))
    op.create_index(f'ix_{name}_server_version', name, ['server_version'], unique=False)


def upgrade() -> None:
    with op.batch_alter_table('satisfaction_survey', schema=None) as batch_op:
        batch_op.add_column(sa.Column('satisfied', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('basic', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('explanation', sa.String(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('explained_on', sa.Date(), nullable=True))
    _synced('commitment',
    sa.Column('unit_id', sa.Uuid(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('text', sa.String(length=500), nullable=False),
    sa.Column('rating', sa.String(length=20), nullable=False),
    sa.Column('rated_on', sa.Date(), nullable=True),
    sa.Column('note', sa.String(), nullable=False))
    op.create_index('ix_commitment_unit_id', 'commitment', ['unit_id'], unique=False)
    _synced('appraisal',
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('grade', sa.String(length=20), nullable=False),
    sa.Column('basis', sa.String(), nullable=False),
    sa.Column('confirmed_by', sa.String(length=100), nullable=False),
    sa.Column('confirmed_on', sa.Date(), nullable=True))
    op.create_index('ix_appraisal_person_id', 'appraisal', ['person_id'], unique=False)


def downgrade() -> None:
    op.drop_table('appraisal')
    op.drop_table('commitment')
    with op.batch_alter_table('satisfaction_survey', schema=None) as batch_op:
        for column in ('explained_on', 'explanation', 'basic', 'satisfied'):
            batch_op.drop_column(column)
