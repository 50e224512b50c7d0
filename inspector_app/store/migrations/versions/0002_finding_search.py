"""full-text search over findings: FTS5 with the trigram tokenizer, which matches Chinese text
without word segmentation. Triggers keep it current when a finding, its person or its unit changes.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# the searchable text of finding `f`: what was seen, where, who, and the unit's name
BODY = """
  {f}.description || ' ' || {f}.place || ' ' || {f}.person_description || ' ' || {f}.witnesses
  || ' ' || coalesce((SELECT name FROM person WHERE id = {f}.person_id), '')
  || ' ' || coalesce((SELECT name FROM unit WHERE id = {f}.unit_id), '')
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("CREATE VIRTUAL TABLE finding_fts USING fts5(finding_id UNINDEXED, body, tokenize='trigram')")
    op.execute(f"INSERT INTO finding_fts (finding_id, body) SELECT f.id, {BODY.format(f='f')} FROM finding f")
    op.execute(f"""CREATE TRIGGER finding_fts_insert AFTER INSERT ON finding BEGIN
        INSERT INTO finding_fts (finding_id, body) VALUES (NEW.id, {BODY.format(f='NEW')}); END""")
    op.execute(f"""CREATE TRIGGER finding_fts_update AFTER UPDATE OF
        description, place, person_description, witnesses, person_id, unit_id ON finding BEGIN
        UPDATE finding_fts SET body = {BODY.format(f='NEW')} WHERE finding_id = NEW.id; END""")
    # a finding may be written before its new person or unit (foreign keys are checked at commit,
    # and sync applies pages in any order): index it again when they arrive or are renamed
    for table, column in (("person", "person_id"), ("unit", "unit_id")):
        for event, name in (("INSERT", "insert"), ("UPDATE OF name", "rename")):
            op.execute(f"""CREATE TRIGGER finding_fts_{table}_{name} AFTER {event} ON {table} BEGIN
                UPDATE finding_fts SET body = (SELECT {BODY.format(f='f')} FROM finding f WHERE f.id = finding_id)
                WHERE finding_id IN (SELECT id FROM finding WHERE {column} = NEW.id); END""")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for name in ("insert", "update", "person_insert", "person_rename", "unit_insert", "unit_rename"):
        op.execute(f"DROP TRIGGER IF EXISTS finding_fts_{name}")
    op.execute("DROP TABLE IF EXISTS finding_fts")
