"""complaints ledger: the case's number by year, its steps, the complainant kept apart (readable by
the office's complaint handlers alone), attachments

The complaint table is rebuilt; its rows are kept, their complainant moved into `complainant` under
an id derived from the case's (the laptops' migration derives the same), each a new version of
scope "confidential". Cases from the hotline become 转办 (referral).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07
"""
import uuid
from datetime import date, datetime, time

from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

COMPLAINANT_IDS = uuid.UUID("0c5d3f7e-2b1a-4c39-9e54-6f0d1a2b3c4d")
_SYNCED = ('id', 'server_version', 'deleted', 'created_at', 'updated_at')


def _synced(name: str, *columns: sa.Column, **kw) -> None:
    op.create_table(name,
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    *columns,
    sa.PrimaryKeyConstraint('id'), **kw)
    op.create_index(f'ix_{name}_server_version', name, ['server_version'], unique=False)


def upgrade() -> None:
    bind = op.get_bind()
    old = [dict(r) for r in bind.execute(sa.text(
        "SELECT * FROM complaint ORDER BY received_on, reg_number")).mappings()]
    op.drop_table('complaint')
    _synced('complaint',
    sa.Column('reg_number', sa.String(length=40), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.Column('channel', sa.String(length=20), nullable=False),
    sa.Column('source', sa.String(length=100), nullable=False),
    sa.Column('unit_id', sa.Uuid(), nullable=True),
    sa.Column('person_id', sa.Uuid(), nullable=True),
    sa.Column('subject', sa.String(length=200), nullable=False),
    sa.Column('content', sa.String(), nullable=False),
    sa.Column('major', sa.Boolean(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('reject_reason', sa.String(), nullable=False),
    sa.Column('assignee', sa.String(length=100), nullable=False),
    sa.Column('assigned_unit_id', sa.Uuid(), nullable=True),
    sa.Column('assigned_on', sa.Date(), nullable=True),
    sa.Column('deadline_days', sa.Integer(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('extensions', sa.Integer(), nullable=False),
    sa.Column('supervised', sa.Boolean(), nullable=False),
    sa.Column('result', sa.String(length=20), nullable=False),
    sa.Column('resolution', sa.String(), nullable=False),
    sa.Column('sanction_code', sa.String(length=40), nullable=False),
    sa.Column('resolved_on', sa.Date(), nullable=True),
    sa.Column('answer', sa.String(), nullable=False),
    sa.Column('reply_method', sa.String(length=20), nullable=False),
    sa.Column('answered_on', sa.Date(), nullable=True),
    sa.Column('satisfaction', sa.String(length=20), nullable=False),
    sa.Column('visited_on', sa.Date(), nullable=True),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('finding_id', sa.Uuid(), nullable=True),
    sa.UniqueConstraint('reg_number'), sa.UniqueConstraint('year', 'seq'))
    op.create_index('ix_complaint_received', 'complaint', ['received_at', 'id'], unique=False)
    op.create_index('ix_complaint_status', 'complaint', ['status'], unique=False)
    op.create_index('ix_complaint_unit_received', 'complaint', ['unit_id', 'received_at'], unique=False)
    _synced('complainant',
    sa.Column('complaint_id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('contact', sa.String(length=60), nullable=False),
    sa.UniqueConstraint('complaint_id'))
    _synced('complaint_step',
    sa.Column('complaint_id', sa.Uuid(), nullable=False),
    sa.Column('action', sa.String(length=20), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('actor', sa.String(length=60), nullable=False),
    sa.Column('note', sa.String(), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False))
    op.create_index('ix_complaint_step_complaint_id', 'complaint_step', ['complaint_id'], unique=False)
    with op.batch_alter_table('evidence', schema=None) as batch_op:
        batch_op.add_column(sa.Column('complaint_id', sa.Uuid(), nullable=True))
        batch_op.create_index('ix_evidence_complaint_id', ['complaint_id'], unique=False)
    _move(bind, old)


def _move(bind, old: list[dict]) -> None:
    """The old rows in the new shape, numbered within their year in the order received; each
    complainant a record of its own, a new version readable by the complaint handlers alone."""
    uid = sa.Uuid()
    typed = {'received_at': sa.DateTime()}
    complaint = sa.table('complaint', *[sa.column(c, uid if c.endswith('id') else typed.get(c)) for c in (
        *_SYNCED, 'reg_number', 'year', 'seq', 'received_at', 'channel', 'source', 'unit_id', 'person_id',
        'subject', 'content', 'major', 'status', 'reject_reason', 'assignee', 'assigned_unit_id', 'assigned_on',
        'deadline_days', 'due_on', 'extensions', 'supervised', 'result', 'resolution', 'sanction_code',
        'resolved_on', 'answer', 'reply_method', 'answered_on', 'satisfaction', 'visited_on', 'closed_on',
        'finding_id')])
    complainant = sa.table('complainant', *[sa.column(c, uid if c.endswith('id') else None) for c in (
        *_SYNCED, 'complaint_id', 'name', 'contact')])
    seqs: dict[int, int] = {}
    rows, people = [], []
    for r in old:
        year = int(str(r['received_on'])[:4])
        seqs[year] = seqs.get(year, 0) + 1
        rows.append({k: r[k] for k in (*_SYNCED, 'reg_number', 'unit_id', 'subject', 'content', 'assignee',
                                       'deadline_days', 'due_on', 'status', 'answer', 'answered_on', 'closed_on')}
                    | {'year': year, 'seq': seqs[year], 'received_at': datetime.combine(date.fromisoformat(str(r['received_on'])), time()),
                       'channel': 'referral' if r['channel'] == 'hotline' else r['channel'], 'source': '',
                       'person_id': None, 'major': False, 'reject_reason': '', 'assigned_unit_id': None,
                       'assigned_on': None, 'extensions': int(bool(r['extended'])), 'supervised': False,
                       'result': '', 'resolution': '', 'sanction_code': '', 'resolved_on': None,
                       'reply_method': '', 'satisfaction': '', 'visited_on': None, 'finding_id': None})
        if r['complainant_name'] or r['complainant_contact']:
            people.append({'id': uuid.uuid5(COMPLAINANT_IDS, str(uuid.UUID(str(r['id'])))),
                           'deleted': False, 'created_at': r['created_at'], 'updated_at': r['updated_at'],
                           'complaint_id': uuid.UUID(str(r['id'])),
                           'name': r['complainant_name'][:60], 'contact': r['complainant_contact'][:60]})
    for row in rows:
        row['id'] = uuid.UUID(str(row['id']))
        row['unit_id'] = uuid.UUID(str(row['unit_id'])) if row['unit_id'] else None
        bind.execute(complaint.insert().values(**row))
    if not people:
        return
    value = bind.execute(sa.text("SELECT value FROM hub_counter WHERE id = 1")).scalar() or 0
    for person in people:
        value += 1
        bind.execute(complainant.insert().values(**person, server_version=value))
        stamp = [value, None]
        bind.execute(sa.text("INSERT INTO hub_record (entity, entity_id, version, scope, field_versions) "
                             "VALUES ('complainant', :i, :v, 'confidential', :f)").bindparams(
                                 sa.bindparam('i', type_=uid), sa.bindparam('f', type_=sa.JSON())),
                     {"i": person['id'], "v": value, "f": {k: stamp for k in ('complaint_id', 'name', 'contact')}})
    bind.execute(sa.text("UPDATE hub_counter SET value = :v WHERE id = 1"), {"v": value})


def downgrade() -> None:
    """The first shape again: the complainant back in the case, the steps and attachments' links gone."""
    bind = op.get_bind()
    people = {str(r['complaint_id']).replace('-', ''): r for r in bind.execute(sa.text(
        "SELECT complaint_id, name, contact FROM complainant")).mappings()}
    rows = [dict(r) for r in bind.execute(sa.text("SELECT * FROM complaint")).mappings()]
    op.execute("DELETE FROM hub_record WHERE entity IN ('complainant', 'complaint_step')")
    with op.batch_alter_table('evidence', schema=None) as batch_op:
        batch_op.drop_index('ix_evidence_complaint_id')
        batch_op.drop_column('complaint_id')
    for name in ('complaint_step', 'complainant', 'complaint'):
        op.drop_table(name)
    op.create_table('complaint',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('reg_number', sa.String(length=40), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('channel', sa.String(length=20), nullable=False),
    sa.Column('complainant_name', sa.String(), nullable=False),
    sa.Column('complainant_contact', sa.String(), nullable=False),
    sa.Column('unit_id', sa.Uuid(), nullable=True),
    sa.Column('subject', sa.String(length=200), nullable=False),
    sa.Column('content', sa.String(), nullable=False),
    sa.Column('assignee', sa.String(), nullable=False),
    sa.Column('deadline_days', sa.Integer(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('extended', sa.Boolean(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('answer', sa.String(), nullable=False),
    sa.Column('answered_on', sa.Date(), nullable=True),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('reg_number'))
    op.create_index('ix_complaint_server_version', 'complaint', ['server_version'], unique=False)
    op.create_index('ix_complaint_unit_id', 'complaint', ['unit_id'], unique=False)
    old = sa.table('complaint', *[sa.column(c) for c in (
        'id', 'server_version', 'deleted', 'created_at', 'updated_at', 'reg_number', 'received_on', 'channel',
        'complainant_name', 'complainant_contact', 'unit_id', 'subject', 'content', 'assignee', 'deadline_days',
        'due_on', 'extended', 'status', 'answer', 'answered_on', 'closed_on')])
    for r in rows:
        who = people.get(str(r['id']).replace('-', ''), {})
        bind.execute(old.insert().values(
            **{k: r[k] for k in ('id', 'server_version', 'deleted', 'created_at', 'updated_at', 'reg_number',
                                 'unit_id', 'subject', 'content', 'assignee', 'deadline_days', 'due_on', 'answer',
                                 'answered_on', 'closed_on')},
            received_on=str(r['received_at'])[:10], channel='hotline' if r['channel'] == 'referral' else r['channel'],
            complainant_name=who.get('name', ''), complainant_contact=who.get('contact', ''),
            extended=bool(r['extensions']),
            status=r['status'] if r['status'] in ('registered', 'assigned', 'answered', 'closed') else 'assigned'))
