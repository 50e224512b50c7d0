"""Upgrading a populated database from the first revision keeps every row and makes it searchable."""

import sqlite3
import uuid

from sqlalchemy import create_engine

from inspector_app.store import migrate
from inspector_app.store.database import DB_NAME, Database
from inspector_app.store.queries import FindingFilter, page_findings
from tests.conftest import raw


def hexid() -> str:
    return uuid.uuid4().hex


def populate_first_revision(path) -> dict[str, int]:
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        migrate.upgrade(conn, "0001")
    engine.dispose()
    now = "2026-10-15 01:40:00.000000"
    conn = sqlite3.connect(path)
    with conn:
        unit = hexid()
        conn.execute("INSERT INTO unit (id, deleted, created_at, updated_at, name, short_name, kind, sort_order)"
                     " VALUES (?, 0, ?, ?, '区人社局', '人社局', 'agency', 0)", (unit, now, now))
        for i in range(50):
            person = hexid()
            conn.execute("INSERT INTO person (id, deleted, created_at, updated_at, name, unit_id, position,"
                         " staff_category, party_member, leader, active) VALUES (?, 0, ?, ?, ?, ?, '科员',"
                         " 'civil_servant', 0, 0, 1)", (person, now, now, f"张{i}淼", unit))
            conn.execute("INSERT INTO finding (id, deleted, created_at, updated_at, unit_id, person_id,"
                         " person_description, violation_code, observed_at, place, description, witnesses,"
                         " status, void_reason, created_by) VALUES (?, 0, ?, ?, ?, ?, '', 'late', ?, '办公室',"
                         " ?, '', 'submitted', '', 'old')",
                         (hexid(), now, now, unit, person, f"2026-10-{i % 28 + 1:02d} 08:5{i % 10}:00.000000",
                          f"上班迟到第{i}次"))
    counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("unit", "person", "finding")}
    conn.close()
    return counts


def test_upgrading_from_the_first_revision_keeps_every_row(tmp_path):
    path = tmp_path / DB_NAME
    before = populate_first_revision(path)
    db = Database.open(tmp_path)
    conn = raw(db)
    after = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in before}
    conn.close()
    assert after == before
    assert migrate.file_revision(path, db.keys) == migrate.head_revision()
    with db.session() as s:  # the new full-text index holds the old rows
        assert page_findings(s, FindingFilter(text="迟到第7次")).total == 1
        assert page_findings(s, FindingFilter(text="张3淼")).total == 1


def test_a_backup_is_taken_before_the_upgrade_and_holds_the_old_data(tmp_path):
    path = tmp_path / DB_NAME
    before = populate_first_revision(path)
    db = Database.open(tmp_path)
    db.close()
    backups = list((tmp_path / "backups").glob("*.sqlite3"))
    assert len(backups) == 1 and "-0001-" in backups[0].name
    conn = migrate.connect(backups[0], db.keys)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    assert conn.execute("SELECT count(*) FROM finding").fetchone()[0] == before["finding"]
    conn.close()


def test_opening_a_current_database_takes_no_backup(tmp_path):
    Database.open(tmp_path).close()
    Database.open(tmp_path).close()
    assert not (tmp_path / "backups").exists()


def test_the_migrations_build_exactly_the_schema_the_models_describe(db):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from inspector_app.domain.models import SQLModel

    with db.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"include_name": migrate.include_name})
        assert compare_metadata(ctx, SQLModel.metadata) == []


def test_the_head_constant_is_alembics_head():
    from alembic.script import ScriptDirectory

    assert migrate.head_revision() == ScriptDirectory.from_config(migrate.alembic_config()).get_current_head()


def test_a_ledger_of_the_first_shape_keeps_its_cases_and_moves_the_complainant_apart(tmp_path):
    from inspector_app.services.complaints import COMPLAINANT_IDS

    path = tmp_path / DB_NAME
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        migrate.upgrade(conn, "0008")
    engine.dispose()
    conn = sqlite3.connect(path)
    now, ids = "2026-10-15 01:40:00.000000", [uuid.uuid4() for _ in range(3)]
    with conn:
        for i, (case, day, channel) in enumerate(zip(ids, ("2025-12-30", "2026-01-05", "2026-02-01"),
                                                     ("hotline", "letter", "visit"))):
            conn.execute("INSERT INTO complaint (id, deleted, created_at, updated_at, reg_number, received_on, channel,"
                         " complainant_name, complainant_contact, subject, content, assignee, deadline_days,"
                         " extended, status, answer) VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, '事项', '', '', 30, 0,"
                         " 'registered', '')", (case.hex, now, now, f"TS{i}", day, channel,
                                                "张三" if i else "", "13800000000" if i else ""))
    conn.close()
    db = Database.open(tmp_path)
    conn = raw(db)
    cases = conn.execute("SELECT reg_number, year, seq, channel, received_at FROM complaint ORDER BY received_at").fetchall()
    people = conn.execute("SELECT id, complaint_id, name FROM complainant ORDER BY name, complaint_id").fetchall()
    conn.close()
    db.close()
    assert [c[:4] for c in cases] == [("TS0", 2025, 1, "referral"), ("TS1", 2026, 1, "letter"),
                                      ("TS2", 2026, 2, "visit")]
    assert cases[0][4].startswith("2025-12-30 00:00:00")
    assert sorted((uuid.UUID(p[0]), uuid.UUID(p[1])) for p in people) == sorted(
        (uuid.uuid5(COMPLAINANT_IDS, str(case)), case) for case in ids[1:])
