"""An inspector's laptop that sends any operation at all (forged, malformed, about any record) as a
hypothesis state machine, on SQLite and on PostgreSQL: the hub answers every push (never a 500),
the device's sequence always goes on, and nothing the inspector's role may not change changes: the
office's findings and decisions, the roster, units, accounts; a voided finding stays voided; the
office's own kinds of record never appear from the inspector's hand."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from hypothesis import HealthCheck, settings, strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule, run_state_machine_as_test

from sqlalchemy import insert

from inspector_app.domain.enums import FindingStatus
from inspector_app.domain.ids import utcnow
from inspector_app.domain.models import SCHEMA_REVISION, Finding, Handling, OutboxOp, Person
from inspector_app.store.replica import waiting_ops
from tests.fleet import add_finding, add_unit, edit

KINDS = ["finding", "person", "unit", "team", "user", "device", "handling", "rectification", "notice",
         "evidence", "visit", "inspection", "complaint", "no_such_kind"]
OFFICE_KINDS = {"unit", "team", "user", "device", "handling", "rectification", "notice", "complaint"}
VALUES = st.one_of(st.sampled_from([s.value for s in FindingStatus]), st.text(max_size=6), st.booleans(), st.none(),
                   st.integers(-2, 2 ** 64), st.floats(allow_nan=True), st.lists(st.integers(), max_size=2),
                   st.just("2026-10-15T09:40:00"), st.just("2026-10-15T09:40:00+08:00"))
FIELDS = st.dictionaries(st.sampled_from(["status", "description", "deleted", "team_id", "name", "unit_id",
                                          "sanction_code", "void_reason", "provisional", "role", "revoked",
                                          "observed_at", "violation_code", "finding_id", "sha256"]),
                         VALUES, max_size=4)


@pytest.fixture
def pair(fleet):
    office = fleet.laptop("office", role="office", team=None)
    inspector = fleet.laptop("a", team="第一督查组")
    other = fleet.laptop("c", team="第二督查组")
    office.sync()
    return fleet, office, inspector, other


class Forger(RuleBasedStateMachine):
    fleet = office = inspector = other = None

    @initialize()
    def records(self):
        """The office's records in the team's scope, at every status the office decides, a unit and a
        person; the team's own draft; everyone synced."""
        office, team = self.office, self.inspector.team_id
        self.unit = add_unit(office.db, f"单位{uuid.uuid4().hex[:6]}")
        with office.db.session("office") as s:
            s.add(Person(name="张三明", unit_id=self.unit.id))
        self.office_findings = []
        for status in ("submitted", "reviewed", "notified", "voided", "closed"):
            f = add_finding(office.db, self.unit.id, team, f"办公室的{status}", status=status)
            with office.db.session("office") as s:
                s.add(Handling(finding_id=f.id, sanction_code="criticism_education", decided_on=date(2026, 10, 20)))
            self.office_findings.append(f.id)
        office.sync()
        self.inspector.sync()
        self.draft = add_finding(self.inspector.db, self.unit.id, team, "本组草稿").id
        self.inspector.sync()
        self.forged: dict[str, set] = {kind: set() for kind in KINDS}
        self.snapshot = self.protected()

    def protected(self) -> dict:
        """What the inspector may not change, as the hub holds it."""
        hub = self.fleet.hub_rows
        rows = {("unit", k): v for k, v in hub("unit").items()}
        rows |= {("person", k): v for k, v in hub("person").items() if not v["provisional"]}
        rows |= {("handling", k): v for k, v in hub("handling").items()}
        rows |= {("finding", k): v for k, v in hub("finding").items() if k in self.office_findings}
        rows |= {("user", k): v for k, v in hub("user").items()}
        return rows

    def targets(self) -> list:
        hub = self.fleet.hub_rows
        return [*self.office_findings, self.draft, *hub("person"), *hub("unit"), *hub("handling"), uuid.uuid4()]

    @rule(kind=st.sampled_from(KINDS), pick=st.integers(0, 1000), fields=FIELDS,
          base=st.one_of(st.none(), st.integers(-1, 2 ** 63 - 1)))  # what a laptop can keep
    def forge(self, kind, pick, fields, base):
        """The laptop's outbox holds whatever a forger put there; the real client sends it."""
        target = self.targets()[pick % len(self.targets())]
        with self.inspector.db.session() as s:
            s.execute(insert(OutboxOp.__table__).values(op_id=uuid.uuid4(), entity=kind, entity_id=target,
                                                        base_version=base, fields=fields, schema_version=SCHEMA_REVISION,
                                                        created_at=utcnow()))
        report = self.inspector.sync()  # never a failed request: taken or refused, the sequence goes on
        assert report.pushed == 1 and waiting_ops(self.inspector.db) == 0
        self.forged[kind].add(str(target))

    @rule(pick=st.integers(0, 4))
    def the_office_moves_on(self, pick):
        """The office's own change of its findings stands, and is what the inspector may not undo."""
        finding_id = self.office_findings[pick]
        with self.office.db.session() as s:
            status = s.get(Finding, finding_id).status
        follow = {"submitted": "reviewed", "reviewed": "notified", "notified": "rectified", "rectified": "closed"}
        if status in follow:
            self.office.sync()
            edit(self.office.db, Finding, finding_id, status=follow[status])
            self.office.sync()
            self.snapshot = self.protected()

    @invariant()
    def nothing_the_role_may_not_change_changed(self):
        if not hasattr(self, "snapshot"):
            return
        now = self.protected()
        changed = {key for key in self.snapshot if now.get(key) != self.snapshot[key]}
        assert changed == set(), changed
        hub = self.fleet.hub_rows
        for kind in OFFICE_KINDS & set(self.forged):
            assert not self.forged[kind] & {str(k) for k in hub(kind)} - {str(k[1]) for k in self.snapshot}, kind
        voided = [k for k in self.office_findings if self.snapshot[("finding", k)]["status"] == "voided"]
        assert all(hub("finding")[k]["status"] == "voided" for k in voided)


def test_a_forging_inspector_changes_nothing_it_may_not(pair, hub):
    fleet, office, inspector, other = pair
    Forger.fleet, Forger.office, Forger.inspector, Forger.other = fleet, office, inspector, other
    run_state_machine_as_test(Forger, settings=settings(
        max_examples=12 if hub.is_sqlite else 6, stateful_step_count=25, deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]))
