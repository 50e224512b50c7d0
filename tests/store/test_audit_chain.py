"""The audit log as a hash chain: every entry written with the change it records is chained to the
one before; an entry altered behind the app's back, or removed, is named by `audit verify`; the
entries of a database from before the chain are chained when it is upgraded."""

from __future__ import annotations

import json
import sqlite3
import uuid
from datetime import datetime

from hypothesis import given, settings, strategies as st
from sqlalchemy import create_engine

from inspector_app.domain.audit import GENESIS, chained, verify
from inspector_app.domain.models import Unit
from inspector_app.services import audit
from inspector_app.store import migrate
from inspector_app.store.database import DB_NAME, Database
from tests.cli.test_cli import run
from tests.conftest import raw


def behind_the_apps_back(where, *statements: str) -> None:
    """What someone holding the file and the password could do through SQLCipher: lift the
    triggers, change the log, put them back."""
    conn = raw(where)
    with conn:
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("DROP TRIGGER audit_log_no_delete")
        for statement in statements:
            conn.execute(statement)
        conn.execute("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'x'); END")
        conn.execute("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'x'); END")
    conn.close()


def test_every_change_is_chained_and_a_tampered_entry_is_named(ws, db):
    for i in range(5):
        with db.session("王主任") as s:
            s.add(Unit(name=f"区第{i}局", short_name=f"第{i}局"))
    check = audit.verify(ws)
    assert (check.entries, check.broken) == (5, None)
    behind_the_apps_back(db, "UPDATE audit_log SET actor = '别人' WHERE id = 3")
    check = audit.verify(ws)
    assert (check.entries, check.broken.entry_id, check.broken.kind) == (2, 3, "altered")
    behind_the_apps_back(db, "UPDATE audit_log SET actor = '王主任' WHERE id = 3", "DELETE FROM audit_log WHERE id = 4")
    check = audit.verify(ws)
    assert (check.entries, check.broken.entry_id, check.broken.kind) == (3, 5, "link")


def test_the_command_names_the_entry_and_fails(tmp_path):
    data = tmp_path / "data"
    run(data, "roster", "template", "--out", str(tmp_path / "t.xlsx"))
    run(data, "roster", "import", str(tmp_path / "t.xlsx"))
    out = json.loads(run(data, "--json", "audit", "verify").stdout)
    assert out["intact"] and out["entries"] >= 3
    behind_the_apps_back(data, "UPDATE audit_log SET changes = '{\"name\": \"李四\"}' WHERE id = 2")
    proc = run(data, "audit", "verify", ok=False)
    assert proc.returncode == 1 and "第 2 条被改动" in proc.stdout


def test_the_entries_of_an_older_database_are_chained_on_upgrade(tmp_path):
    path = tmp_path / DB_NAME
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        migrate.upgrade(conn, "0010")
    engine.dispose()
    conn = sqlite3.connect(path)
    with conn:
        for i in range(7):
            conn.execute("INSERT INTO audit_log (at, actor, device_id, entity, entity_id, action, changes)"
                         " VALUES (?, '演示用户', '', 'unit', ?, 'create', ?)",
                         (f"2026-10-15 01:4{i}:00.000000", uuid.uuid4().hex, json.dumps({"name": f"区{i}局"})))
    conn.close()
    db = Database.open(tmp_path)
    from inspector_app.services.workspace import Workspace
    ws = Workspace.open(tmp_path)
    assert (audit.verify(ws).entries, audit.verify(ws).broken) == (7, None)
    with db.session("王主任") as s:  # new entries go on from the last of the old ones
        s.add(Unit(name="区新局"))
    assert audit.verify(ws).entries == 8
    ws.db.close()
    db.close()


entries = st.lists(st.fixed_dictionaries({
    "at": st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 1, 1)),
    "actor": st.text(max_size=8), "device_id": st.just(""), "entity": st.sampled_from(["finding", "unit"]),
    "entity_id": st.uuids(), "action": st.sampled_from(["create", "update"]),
    "changes": st.dictionaries(st.text(max_size=5), st.one_of(st.text(max_size=10), st.integers(), st.none()),
                               max_size=4)}), min_size=1, max_size=12)


@settings(max_examples=60, deadline=None)
@given(entries, st.data())
def test_any_single_change_to_a_chain_is_found_where_it_was_made(log, data):
    chained(GENESIS, log)
    for i, entry in enumerate(log, 1):
        entry["id"] = i
    assert verify(log) == (len(log), None)
    k = data.draw(st.integers(0, len(log) - 1))
    how = data.draw(st.sampled_from(["actor", "changes", "remove"]))
    if how == "remove":
        rest = log[:k] + log[k + 1:]
        n, broken = verify(rest)
        assert (n, broken) == (len(rest), None) if k == len(log) - 1 else (broken.entry_id, broken.kind) == (k + 2, "link")
    else:
        log[k] = {**log[k], how: log[k][how] + "x" if how == "actor" else {**log[k][how], "x": 1}}
        n, broken = verify(log)
        assert (n, broken.entry_id, broken.kind) == (k, k + 1, "altered")


def test_a_findings_history_flags_an_entry_altered_behind_the_apps_back(ws, db, town):
    from inspector_app.domain.models import Finding
    from inspector_app.services import findings

    with db.session("督查员甲") as s:
        f = Finding(unit_id=town["hr"].id, violation_code="late", observed_at=datetime(2026, 10, 15, 9, 5))
        s.add(f)
    with db.session("督查员甲") as s:
        s.get(Finding, f.id).status = "submitted"
    shown = findings.detail(ws, f.id)
    assert all(findings.history_intact(h) for h in shown.history)
    created = shown.history[0].id
    behind_the_apps_back(db, f"UPDATE audit_log SET actor = '王主任' WHERE id = {created}")
    lines = [findings.history_line(h) for h in findings.detail(ws, f.id).history]
    assert "已被改动" in lines[0] and "已被改动" not in lines[1]
