"""The audit logs as hash chains on the hub: the hub's own (what it applied and refused, who enrolled
and was revoked) and each laptop's, sent with its sync, so that a laptop's history rewritten after it
was sent no longer links to what the hub holds. `inspector hub audit verify --db …` names the first
broken link of each; on SQLite and on PostgreSQL."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select, text, update

from inspector_app.domain import audit as chain
from inspector_app.domain.models import AuditEntry
from inspector_app.hub import audit, auth, schema
from inspector_app.services.audit import AuditCheck
from inspector_app.store import audit as laptop_audit
from inspector_app.store import replica
from tests.cli.test_cli import run
from tests.fleet import add_finding, add_unit


@pytest.fixture
def office_and_team(fleet):
    """The office's laptop with a unit, synced; an inspector's laptop, enrolled and synced."""
    office = fleet.laptop("office", role="office", team=None)
    unit = add_unit(office.db, "区人社局")
    office.sync()
    a = fleet.laptop("a")
    a.sync()
    return unit, a


def chains(fleet) -> dict[str, audit.Chain]:
    return {c.name: c for c in audit.verify(fleet.hub.url)}


def laptop_check(laptop) -> AuditCheck:
    with laptop.db.session() as s:
        return AuditCheck(*laptop_audit.check(s.connection()))


def test_the_hubs_own_log_is_a_chain_and_the_command_names_an_entry_altered(fleet, office_and_team, tmp_path):
    unit, a = office_and_team
    add_finding(a.db, unit.id, a.team_id, "上班时间打游戏")
    a.sync()
    assert auth.revoke_device(fleet.hub, "a") == 1

    hub = chains(fleet)["hub"]
    assert hub.broken is None and hub.entries >= 6
    with fleet.hub.read() as conn:
        ids, actions = zip(*conn.execute(text("SELECT id, action FROM hub_audit ORDER BY id")))
    assert {"create", "enroll_code", "enroll", "applied", "revoke"} <= set(actions) and actions[-1] == "revoke"
    out = json.loads(run(tmp_path, "--json", "hub", "audit", "verify", "--db", fleet.hub.url).stdout)
    assert out[0]["chain"] == "hub" and all(c["intact"] for c in out)

    with fleet.hub.engine.begin() as conn:  # someone with the database's password changes who did what
        actor = conn.execute(text("SELECT actor FROM hub_audit WHERE id = :id"), {"id": ids[3]}).scalar()
        conn.execute(text("UPDATE hub_audit SET actor = 'nobody' WHERE id = :id"), {"id": ids[3]})
    proc = run(tmp_path, "hub", "audit", "verify", "--db", fleet.hub.url, ok=False)
    assert proc.returncode == 1 and f"同步中心自身：审计日志第 {ids[3]} 条被改动（此前 3 条完整）" in proc.stdout
    with fleet.hub.engine.begin() as conn:  # put back, and the entry after removed instead
        conn.execute(text("UPDATE hub_audit SET actor = :actor WHERE id = :id"), {"actor": actor, "id": ids[3]})
        conn.execute(text("DELETE FROM hub_audit WHERE id = :id"), {"id": ids[4]})
    broken = chains(fleet)["hub"].broken
    assert (broken.entry_id, broken.kind) == (ids[5], "link")


def test_a_laptops_log_travels_and_a_history_rewritten_after_it_was_sent_is_found(fleet, office_and_team):
    unit, a = office_and_team
    for i in range(3):
        add_finding(a.db, unit.id, a.team_id, f"上班时间打游戏（第{i + 1}处）")
    a.sync()
    held = chains(fleet)
    assert held["a"].broken is None and held["a"].entries == laptop_check(a).entries >= 3
    assert held["office"].broken is None and replica.audit_unsent(a.db) == []

    # whoever holds the laptop and its password rewrites its history and chains it all again: the
    # laptop's own check cannot tell
    t = AuditEntry.__table__
    with a.db.engine.begin() as conn:
        log = [dict(e) for e in chain.entries(conn, t)]
        log[0]["actor"] = "别人"
        chain.chained(chain.GENESIS, log)
        conn.exec_driver_sql("DROP TRIGGER audit_log_no_update")
        for entry in log:
            conn.execute(update(t).where(t.c.id == entry["id"]).values(
                actor=entry["actor"], prev_hash=entry["prev_hash"], hash=entry["hash"]))
    assert laptop_check(a).broken is None
    # the next entries, sent at the next sync, no longer link to what the hub holds
    add_finding(a.db, unit.id, a.team_id, "午间饮酒")
    replica.audit_sent(a.db, 0)  # and the rewritten ones sent again are kept apart, noted in the hub's log
    a.sync()
    broken = chains(fleet)["a"].broken
    assert broken is not None and (broken.entry_id, broken.kind) == (len(log) + 1, "link")
    with fleet.hub.read() as conn:
        noted = conn.execute(select(schema.audit.c.changes).where(schema.audit.c.action == "diverged")).scalars().all()
    assert sorted(c["entry"] for c in noted) == [e["id"] for e in log]


def test_a_bundle_carries_the_laptops_log_and_brings_back_how_far_the_hub_holds_it(fleet, office_and_team, tmp_path):
    from inspector_app.hub.bundles import export_for_device, import_from_device
    from inspector_app.sync.offline import export_for_hub, import_from_hub

    unit, a = office_and_team
    add_finding(a.db, unit.id, a.team_id, "上班时间打游戏")  # in the field, without network
    waiting = len(replica.audit_unsent(a.db))
    assert waiting >= 1
    export_for_hub(a.db, tmp_path / "to-hub.bundle")
    import_from_device(fleet.hub, tmp_path / "to-hub.bundle")
    assert chains(fleet)["a"].entries == laptop_check(a).entries
    export_for_device(fleet.hub, "a", tmp_path / "to-a.bundle")
    import_from_hub(a.db, tmp_path / "to-a.bundle")
    assert replica.audit_unsent(a.db) == []  # what the hub holds is not carried again
    import_from_device(fleet.hub, tmp_path / "to-hub.bundle")  # a bundle imported twice changes nothing
    assert chains(fleet)["a"].broken is None
