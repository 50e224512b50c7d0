"""audit chain: each audit entry's hash over it and the hash of the entry before (domain.audit), the
entries already written chained in the order they were written

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07
"""
from alembic import op
import sqlalchemy as sa

from inspector_app.domain.audit import GENESIS, entry_hash


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # plain ADD COLUMNs (a rebuild would drop the table's triggers); the update trigger is lifted
    # while the existing entries receive their hashes, then put back
    op.add_column('audit_log', sa.Column('prev_hash', sa.String(length=64), nullable=False, server_default=''))
    op.add_column('audit_log', sa.Column('hash', sa.String(length=64), nullable=False, server_default=''))
    op.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    bind = op.get_bind()
    log = sa.table('audit_log', sa.column('id', sa.Integer), sa.column('at', sa.DateTime), sa.column('actor'),
                   sa.column('device_id'), sa.column('entity'), sa.column('entity_id', sa.Uuid),
                   sa.column('action'), sa.column('changes', sa.JSON), sa.column('prev_hash'), sa.column('hash'))
    previous, after = GENESIS, 0
    while True:
        page = bind.execute(sa.select(log).where(log.c.id > after).order_by(log.c.id).limit(5000)).mappings().all()
        if not page:
            break
        updates = []
        for entry in page:
            digest = entry_hash(previous, entry)
            updates.append({"entry_id": entry["id"], "p": previous, "h": digest})
            previous = digest
        bind.execute(log.update().where(log.c.id == sa.bindparam("entry_id"))
                     .values(prev_hash=sa.bindparam("p"), hash=sa.bindparam("h")), updates)
        after = page[-1]["id"]
    op.execute("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
               "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END")


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    op.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
    with op.batch_alter_table('audit_log') as batch:
        batch.drop_column('hash')
        batch.drop_column('prev_hash')
    op.execute("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
               "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END")
    op.execute("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
               "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END")
