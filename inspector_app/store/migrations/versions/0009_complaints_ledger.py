"""complaints ledger: the case's number by year, its steps, the complainant kept apart, attachments

The complaint table is rebuilt (its columns change shape); its rows are kept, their complainant
moved into `complainant` under an id derived from the case's, so that the hub, migrating the same
rows, names the same record. Cases from the hotline become 转办 (referral).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07
"""
import uuid

from alembic import op
import sqlalchemy as sa


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

COMPLAINANT_IDS = uuid.UUID("0c5d3f7e-2b1a-4c39-9e54-6f0d1a2b3c4d")  # services/complaints uses the same


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
    op.execute(f"CREATE TRIGGER {name}_no_delete BEFORE DELETE ON {name} "
               "BEGIN SELECT RAISE(ABORT, 'records are voided or tombstoned, never deleted'); END")


def upgrade() -> None:
    bind = op.get_bind()
    old = [dict(r) for r in bind.execute(sa.text(
        "SELECT * FROM complaint ORDER BY received_on, reg_number")).mappings()]
    op.execute("DROP TRIGGER IF EXISTS complaint_no_delete")
    op.drop_table('complaint')
    _synced('complaint',
    sa.Column('reg_number', sa.String(length=40), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.Column('channel', sa.String(length=20), nullable=False),
    sa.Column('source', sa.String(length=100), nullable=False),
    sa.Column('unit_id', sa.Uuid(), sa.ForeignKey('unit.id'), nullable=True),
    sa.Column('person_id', sa.Uuid(), sa.ForeignKey('person.id'), nullable=True),
    sa.Column('subject', sa.String(length=200), nullable=False),
    sa.Column('content', sa.String(), nullable=False),
    sa.Column('major', sa.Boolean(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('reject_reason', sa.String(), nullable=False),
    sa.Column('assignee', sa.String(length=100), nullable=False),
    sa.Column('assigned_unit_id', sa.Uuid(), sa.ForeignKey('unit.id'), nullable=True),
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
    sa.Column('finding_id', sa.Uuid(), sa.ForeignKey('finding.id'), nullable=True),
    sa.UniqueConstraint('reg_number'), sa.UniqueConstraint('year', 'seq'))
    op.create_index('ix_complaint_received', 'complaint', ['received_at', 'id'], unique=False)
    op.create_index('ix_complaint_status', 'complaint', ['status'], unique=False)
    op.create_index('ix_complaint_unit_received', 'complaint', ['unit_id', 'received_at'], unique=False)
    _synced('complainant',
    sa.Column('complaint_id', sa.Uuid(), sa.ForeignKey('complaint.id'), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('contact', sa.String(length=60), nullable=False),
    sa.UniqueConstraint('complaint_id'))
    _synced('complaint_step',
    sa.Column('complaint_id', sa.Uuid(), sa.ForeignKey('complaint.id'), nullable=False),
    sa.Column('action', sa.String(length=20), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('actor', sa.String(length=60), nullable=False),
    sa.Column('note', sa.String(), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False))
    op.create_index('ix_complaint_step_complaint_id', 'complaint_step', ['complaint_id'], unique=False)
    # a plain ADD COLUMN with its reference written out (a rebuild would drop the table's triggers)
    op.execute('ALTER TABLE evidence ADD COLUMN complaint_id CHAR(32) REFERENCES complaint (id)')
    op.create_index('ix_evidence_complaint_id', 'evidence', ['complaint_id'], unique=False)
    _move(bind, old)


def _move(bind, old: list[dict]) -> None:
    """The old rows in the new shape: numbered within their year in the order received."""
    complaint = sa.table('complaint', *[sa.column(c) for c in (
        'id', 'server_version', 'deleted', 'created_at', 'updated_at', 'reg_number', 'year', 'seq', 'received_at',
        'channel', 'source', 'unit_id', 'person_id', 'subject', 'content', 'major', 'status', 'reject_reason',
        'assignee', 'assigned_unit_id', 'assigned_on', 'deadline_days', 'due_on', 'extensions', 'supervised',
        'result', 'resolution', 'sanction_code', 'resolved_on', 'answer', 'reply_method', 'answered_on',
        'satisfaction', 'visited_on', 'closed_on', 'finding_id')])
    complainant = sa.table('complainant', *[sa.column(c) for c in (
        'id', 'server_version', 'deleted', 'created_at', 'updated_at', 'complaint_id', 'name', 'contact')])
    seqs: dict[int, int] = {}
    rows, people = [], []
    for r in old:
        year = int(str(r['received_on'])[:4])
        seqs[year] = seqs.get(year, 0) + 1
        rows.append({k: r[k] for k in ('id', 'server_version', 'deleted', 'created_at', 'updated_at', 'reg_number',
                                       'unit_id', 'subject', 'content', 'assignee', 'deadline_days', 'due_on',
                                       'status', 'answer', 'answered_on', 'closed_on')}
                    | {'year': year, 'seq': seqs[year], 'received_at': f"{r['received_on']} 00:00:00.000000",
                       'channel': 'referral' if r['channel'] == 'hotline' else r['channel'], 'source': '',
                       'person_id': None, 'major': False, 'reject_reason': '', 'assigned_unit_id': None,
                       'assigned_on': None, 'extensions': int(bool(r['extended'])), 'supervised': False,
                       'result': '', 'resolution': '', 'sanction_code': '', 'resolved_on': None,
                       'reply_method': '', 'satisfaction': '', 'visited_on': None, 'finding_id': None})
        if r['complainant_name'] or r['complainant_contact']:
            people.append({'id': uuid.uuid5(COMPLAINANT_IDS, str(uuid.UUID(str(r['id'])))).hex,
                           'server_version': None, 'deleted': False, 'created_at': r['created_at'],
                           'updated_at': r['updated_at'], 'complaint_id': r['id'],
                           'name': r['complainant_name'][:60], 'contact': r['complainant_contact'][:60]})
    if rows:
        bind.execute(complaint.insert(), rows)
    if people:
        bind.execute(complainant.insert(), people)


def downgrade() -> None:
    """The first shape again: the complainant back in the case, the steps and attachments' links gone."""
    bind = op.get_bind()
    people = {str(r['complaint_id']).replace('-', ''): r for r in bind.execute(sa.text(
        "SELECT complaint_id, name, contact FROM complainant")).mappings()}
    rows = [dict(r) for r in bind.execute(sa.text("SELECT * FROM complaint")).mappings()]
    op.drop_index('ix_evidence_complaint_id', 'evidence')
    op.execute('ALTER TABLE evidence DROP COLUMN complaint_id')
    for name in ('complaint_step', 'complainant', 'complaint'):
        op.execute(f"DROP TRIGGER IF EXISTS {name}_no_delete")
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
    sa.Column('unit_id', sa.Uuid(), sa.ForeignKey('unit.id'), nullable=True),
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
    op.execute("CREATE TRIGGER complaint_no_delete BEFORE DELETE ON complaint "
               "BEGIN SELECT RAISE(ABORT, 'records are voided or tombstoned, never deleted'); END")
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
