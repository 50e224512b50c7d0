"""authority: person.provisional; enrolment codes burnt after wrong passwords, every attempt kept;
the devices that have shown they hold a file (hub_blob_holder)

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06
"""
import uuid
from datetime import datetime, timezone

from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.add_column(sa.Column('provisional', sa.Boolean(), nullable=False, server_default=sa.false()))
    with op.batch_alter_table('hub_enroll_code', schema=None) as batch_op:
        batch_op.add_column(sa.Column('failures', sa.Integer(), server_default='0', nullable=False))
    op.create_table('hub_enroll_attempt',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('address', sa.String(length=64), nullable=False),
    sa.Column('code_hash', sa.String(length=64), nullable=False),
    sa.Column('username', sa.String(length=80), nullable=False),
    sa.Column('outcome', sa.String(length=20), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('hub_enroll_attempt', schema=None) as batch_op:
        batch_op.create_index('ix_hub_enroll_attempt_address', ['address', 'at'], unique=False)
    holder = op.create_table('hub_blob_holder',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('device_id', sa.Uuid(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('sha256', 'device_id')
    )
    # the files kept before: held by the device that made the record naming each (as the hub trusted them)
    evidence = sa.table('evidence', sa.column('id', sa.Uuid()), sa.column('sha256', sa.String()))
    record = sa.table('hub_record', sa.column('entity', sa.String()), sa.column('entity_id', sa.Uuid()),
                      sa.column('field_versions', sa.JSON()))
    conn = op.get_bind()
    rows = conn.execute(sa.select(evidence.c.sha256, record.c.field_versions).join(
        record, (record.c.entity == 'evidence') & (record.c.entity_id == evidence.c.id))).all()
    held = set()
    for sha, versions in rows:
        writer = (versions or {}).get('sha256', [None, ''])[1]
        if writer:
            held.add((sha, writer))
    if held:
        stamp = datetime.now(timezone.utc)
        conn.execute(holder.insert(), [{'sha256': sha, 'device_id': uuid.UUID(device), 'at': stamp}
                                       for sha, device in sorted(held)])


def downgrade() -> None:
    op.drop_table('hub_blob_holder')
    with op.batch_alter_table('hub_enroll_attempt', schema=None) as batch_op:
        batch_op.drop_index('ix_hub_enroll_attempt_address')
    op.drop_table('hub_enroll_attempt')
    with op.batch_alter_table('hub_enroll_code', schema=None) as batch_op:
        batch_op.drop_column('failures')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_column('provisional')
