"""Every edit and its outbox entry are one transaction: both happen or neither does."""

import sqlcipher3
import textwrap
import uuid

import pytest
from sqlalchemy import exc as sa_exc
from sqlmodel import select

from inspector_app.domain.models import AuditEntry, Finding, OutboxOp, Person, Unit
from inspector_app.errors import InspectorError
from tests.conftest import at, kill_when
from tests.conftest import raw


def counts(db):
    with db.session() as s:
        return (len(s.exec(select(Finding)).all()), len(s.exec(select(OutboxOp)).all()),
                len(s.exec(select(AuditEntry)).all()))


def test_creating_a_record_queues_all_its_fields(db, town):
    with db.session("duchayuan01") as s:
        f = Finding(unit_id=town["hr"].id, person_id=town["zhang"].id, violation_code="late",
                    observed_at=at("2026-10-15T09:40"), description="上班迟到")
        s.add(f)
    with db.session() as s:
        op = s.exec(select(OutboxOp).where(OutboxOp.entity_id == f.id)).one()
    assert op.entity == "finding" and op.base_version is None and op.actor == "duchayuan01"
    assert op.fields["description"] == "上班迟到" and op.fields["observed_at"] == "2026-10-15T09:40:00"
    assert op.fields["person_id"] == str(town["zhang"].id)
    assert "server_version" not in op.fields
    assert op.schema_version == db.schema_version


def test_an_edit_queues_only_the_changed_fields_with_the_base_version(db, town):
    with db.session() as s:
        person = s.get(Person, town["zhang"].id)
        person.server_version = 7  # as if the hub had acknowledged it
    with db.session() as s:
        person = s.get(Person, town["zhang"].id)
        person.position = "副科长"
    with db.session() as s:
        ops = s.exec(select(OutboxOp).where(OutboxOp.entity_id == town["zhang"].id).order_by(OutboxOp.seq)).all()
    assert ops[-1].fields == {"position": "副科长"}
    assert ops[-1].base_version == 7


def test_parents_are_queued_before_the_children_that_point_at_them(db):
    with db.session() as s:
        unit = Unit(name="区统计局")
        s.add(Person(name="赵喆", unit_id=unit.id))  # added first, yet must be queued after its unit
        s.add(unit)
    with db.session() as s:
        entities = [op.entity for op in s.exec(select(OutboxOp).order_by(OutboxOp.seq))]
    assert entities.index("unit") < entities.index("person")


def test_a_failed_transaction_leaves_neither_the_edit_nor_its_outbox_entry(db, town):
    before = counts(db)
    with pytest.raises(RuntimeError):
        with db.session() as s:
            s.add(Finding(unit_id=town["hr"].id, violation_code="late", observed_at=at("2026-10-15T09:40")))
            s.flush()  # the rows are written inside the transaction ...
            raise RuntimeError("power cut")  # ... and rolled back
    assert counts(db) == before


def test_a_constraint_failure_at_commit_rolls_back_everything(db, town):
    before = counts(db)
    with pytest.raises(sa_exc.IntegrityError):
        with db.session() as s:
            s.add(Finding(unit_id=town["hr"].id, violation_code="late", observed_at=at("2026-10-15T09:40")))
            s.add(Finding(unit_id=uuid.uuid4(), violation_code="late", observed_at=at("2026-10-15T09:41")))
    assert counts(db) == before


def test_the_operation_sequence_has_no_gap_after_a_rollback(db, town):
    def add(fail: bool):
        with db.session() as s:
            s.add(Finding(unit_id=town["hr"].id, violation_code="late", observed_at=at("2026-10-15T09:40")))
            s.flush()
            if fail:
                raise RuntimeError
    add(False)
    with pytest.raises(RuntimeError):
        add(True)
    add(False)
    with db.session() as s:
        seqs = [op.seq for op in s.exec(select(OutboxOp).order_by(OutboxOp.seq))]
    assert seqs == list(range(seqs[0], seqs[0] + len(seqs)))


def test_records_are_never_hard_deleted(db, town):
    with pytest.raises(InspectorError, match="作废"):
        with db.session() as s:
            s.delete(s.get(Person, town["zhang"].id))
    conn = raw(db)
    with pytest.raises(sqlcipher3.IntegrityError, match="never deleted"):
        conn.execute("DELETE FROM person")
    conn.close()


def test_the_audit_log_is_append_only(db, town):
    conn = raw(db)
    assert conn.execute("SELECT count(*) FROM audit_log").fetchone()[0] >= 7
    with pytest.raises(sqlcipher3.IntegrityError, match="append-only"):
        conn.execute("UPDATE audit_log SET actor = 'someone else'")
    with pytest.raises(sqlcipher3.IntegrityError, match="append-only"):
        conn.execute("DELETE FROM audit_log")
    conn.close()


KILLED_WRITER = textwrap.dedent("""
    import sys, time
    from datetime import datetime
    from pathlib import Path
    from inspector_app.domain.models import Finding, Unit
    from inspector_app.store.database import Database
    db = Database.open(Path(sys.argv[1]))
    with db.session() as s:
        unit = Unit(name="区审计局")
        s.add(unit)
        for i in range(200):
            s.add(Finding(unit_id=unit.id, violation_code="late", observed_at=datetime(2026, 10, 15, 9, i % 60)))
        s.flush()
        print("flushed", flush=True)
        if sys.argv[2] == "before-commit":
            time.sleep(60)
    print("committed", flush=True)
    time.sleep(60)
""")


@pytest.mark.parametrize("moment, expected", [("before-commit", 0), ("after-commit", 200)])
def test_a_killed_process_leaves_all_or_nothing(tmp_path, moment, expected):
    kill_when(KILLED_WRITER, str(tmp_path), moment, marker="flushed" if moment == "before-commit" else "committed")
    from inspector_app.store.database import Database
    db = Database.open(tmp_path)
    with db.session() as s:
        findings = len(s.exec(select(Finding)).all())
        queued = len(s.exec(select(OutboxOp).where(OutboxOp.entity == "finding")).all())
    db.close()
    assert findings == queued == expected
