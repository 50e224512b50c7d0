"""docs/sync.md's invariants as a hypothesis state machine: four laptops (two inspectors of one team,
one of another, the office) and one hub, on SQLite and on PostgreSQL. Laptops create and edit
findings and add photos, offline; inspectors submit their drafts, the office voids; they sync
through a transport that loses requests and answers, sends requests twice and cuts uploads; they
crash and reopen. When all go quiet and sync, every replica equals the hub, nothing written is
lost (it is on the hub, or in a conflict with both values: an inspector's edit of a finding the
office has taken over is refused, kept for the office), nothing is duplicated.
"""

from __future__ import annotations

import hashlib
import shutil
import uuid
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, settings, strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule, run_state_machine_as_test
from sqlalchemy import delete, update
from sqlmodel import select

from inspector_app.domain.models import Finding, OutboxOp
from inspector_app.errors import InspectorError
from inspector_app.hub import schema
from inspector_app.store.database import Database
from tests.sync.faults import FAULTS, FaultyTransport
from tests.fleet import add_finding, add_photo, add_unit, comparable, edit, replica_rows

NAMES = ("a", "b", "c", "office")
KEEP = ("team", "user")  # the hub's users and teams stay from one example to the next


@pytest.fixture
def quartet(fleet):
    """The four laptops, enrolled once; each example starts from these snapshots and an emptied hub."""
    laptops = {}
    for name, role, team in (("a", "inspector", "第一督查组"), ("b", "inspector", "第一督查组"),
                             ("c", "inspector", "第二督查组"), ("office", "office", None)):
        transport = FaultyTransport()
        laptop = fleet.laptop(name, role=role, team=team, transport=transport)
        laptop.transport = transport
        laptop.snapshot = fleet.folder / f"{name}-snapshot"
        laptop.db.close()
        shutil.copytree(laptop.db.data_dir, laptop.snapshot)
        laptops[name] = laptop
    return fleet, laptops


def empty_hub(fleet) -> None:
    with fleet.hub.write() as w:
        for table in schema.metadata.sorted_tables:
            if table.name in ("finding", "evidence", "unit", "person", "visit", "inspection", "handling",
                              "hub_applied_op", "hub_conflict"):
                w.conn.execute(delete(table))
        w.conn.execute(delete(schema.record).where(schema.record.c.entity.not_in(KEEP)))
        w.conn.execute(update(schema.device).values(last_seq=0))
    shutil.rmtree(fleet.hub.blobs.root, ignore_errors=True)
    fleet.hub.upload_dir.mkdir(parents=True)


class Sync(RuleBasedStateMachine):
    fleet = None
    laptops: dict = {}

    def __init__(self) -> None:
        super().__init__()
        self.hub_voided: set = set()

    @initialize()
    def start(self):
        empty_hub(self.fleet)
        for laptop in self.laptops.values():
            laptop.db.engine.dispose()
            shutil.rmtree(laptop.db.data_dir)
            shutil.copytree(laptop.snapshot, laptop.db.data_dir)
            laptop.db = Database.open(laptop.db.data_dir)
            laptop.transport.plan = []
        office = self.laptops["office"]
        self.units = [add_unit(office.db, name).id for name in ("区人社局", "区行政服务中心")]
        for name in NAMES[::-1]:
            self.laptops[name].sync()
        self.findings: dict = {}      # id → the laptop names that may see it
        self.written: list = []       # (finding id, description) every edit wrote
        self.replaced: set = set()    # descriptions a laptop saw and then overwrote
        self.voided: set = set()
        self.photos: dict = {}        # sha256 → bytes
        self.counter = 0

    def token(self) -> str:
        self.counter += 1
        return f"描述{self.counter}"

    def local(self, name: str, finding_id):
        with self.laptops[name].db.session() as s:
            return s.get(Finding, finding_id)

    @rule(name=st.sampled_from(NAMES), unit=st.integers(0, 1), skew_days=st.integers(-4000, 4000))
    def create(self, name, unit, skew_days):
        laptop = self.laptops[name]
        text = self.token()
        finding = add_finding(laptop.db, self.units[unit], laptop.team_id, text,
                              created_at=datetime.now(timezone.utc) + timedelta(days=skew_days))  # any clock
        self.findings[finding.id] = {"a", "b", "office"} if name in "ab" else {name, "office"}
        self.written.append((finding.id, text))

    def visible(self, name: str) -> list:
        with self.laptops[name].db.session() as s:
            return sorted(s.exec(select(Finding.id)).all())

    def edit_one(self, name: str, finding_id, void: bool = False) -> None:
        current = self.local(name, finding_id)
        if void and name == "office" and current.status != "voided":
            edit(self.laptops[name].db, Finding, finding_id, status="voided", void_reason="认错了人")
            self.voided.add(finding_id)
            return
        text = self.token()
        self.replaced.add(current.description)
        edit(self.laptops[name].db, Finding, finding_id, description=text)
        self.written.append((finding_id, text))

    @precondition(lambda self: self.findings)
    @rule(name=st.sampled_from(NAMES), pick=st.integers(0, 10_000), void=st.integers(0, 4))
    def edit_or_void(self, name, pick, void):
        if ids := self.visible(name):
            self.edit_one(name, ids[pick % len(ids)], void=void == 0)

    @precondition(lambda self: self.findings)
    @rule(name=st.sampled_from(NAMES[:3]), pick=st.integers(0, 10_000))
    def submit(self, name, pick):
        """An inspector hands a draft to the office: from now on it is the office's to change."""
        drafts = [f for f in self.visible(name) if self.local(name, f).status == "draft"]
        if drafts:
            edit(self.laptops[name].db, Finding, drafts[pick % len(drafts)], status="submitted")

    @precondition(lambda self: self.findings)
    @rule(names=st.lists(st.sampled_from(NAMES), min_size=2, max_size=3, unique=True), pick=st.integers(0, 10_000))
    def edit_on_several_laptops(self, names, pick):
        """Offline, several people change the same finding."""
        shared = set(self.visible(names[0])).intersection(*(self.visible(n) for n in names[1:]))
        if shared:
            finding_id = sorted(shared)[pick % len(shared)]
            for name in names:
                self.edit_one(name, finding_id)

    @precondition(lambda self: self.findings)
    @rule(name=st.sampled_from(NAMES), pick=st.integers(0, 10_000), size=st.integers(1, 150_000),
          seed=st.integers(0, 2**32 - 1))
    def add_photo(self, name, pick, size, seed):
        finding_id = list(self.findings)[pick % len(self.findings)]
        if self.local(name, finding_id) is None:
            return
        data = seed.to_bytes(4, "big") * (size // 4 + 1)
        data = data[:size]
        add_photo(self.laptops[name].db, finding_id, data)
        self.photos[hashlib.sha256(data).hexdigest()] = data

    @rule(name=st.sampled_from(NAMES), faults=st.lists(st.sampled_from(("ok", "ok") + FAULTS), max_size=6))
    def sync(self, name, faults):
        laptop = self.laptops[name]
        laptop.transport.plan = list(faults)
        try:
            laptop.client(chunk=64_000).run()
        except InspectorError as exc:  # three faults in a row exhaust the retries: try again later
            assert exc.key == "sync_unreachable", exc.message()
        laptop.transport.plan = []

    @precondition(lambda self: self.findings)
    @rule(name=st.sampled_from(NAMES), pick=st.integers(0, 10_000))
    def edit_while_syncing(self, name, pick):
        """The inspector keeps working while a sync runs: an edit lands between two pull pages."""
        edited = []

        def progress(stage, done, total):
            if stage == "pull" and not edited and (ids := self.visible(name)):
                edited.append(self.edit_one(name, ids[pick % len(ids)]))

        self.laptops[name].client(progress=progress, page_size=2).run()

    @rule(name=st.sampled_from(NAMES))
    def crash(self, name):
        self.laptops[name].reopen()

    @invariant()
    def a_void_on_the_hub_sticks(self):
        status = {k: r["status"] for k, r in self.fleet.hub_rows("finding").items()}
        assert all(status[k] == "voided" for k in self.hub_voided)
        self.hub_voided = {k for k, value in status.items() if value == "voided"}

    def teardown(self):
        if not hasattr(self, "units"):
            return
        for _ in range(2):  # everyone pushes, then everyone pulls what the others pushed
            for name in NAMES:
                self.laptops[name].sync()
        fleet = self.fleet
        hub = {e: fleet.hub_rows(e) for e in ("finding", "evidence", "unit")}
        conflicts = fleet.hub_conflicts()
        # exactly once: every finding once; refused only an inspector's edit of (or photo added to) what the
        # office had taken over; overridden only a team's change by the office's
        assert set(hub["finding"]) == set(self.findings)
        office_device = self.laptops["office"].db.device_id
        assert all(str(c["device_id"]) == office_device for c in conflicts if c["reason"] == "overridden")
        refused = [c for c in conflicts if c["reason"] not in ("edited_on_hub", "overridden")]
        assert all(c["reason"] == "refused" and c["entity"] in ("finding", "evidence")
                   and str(c["device_id"]) != office_device
                   and hub["finding"][finding_of(c)]["status"] != "draft" for c in refused)
        # convergence: each replica holds exactly what the hub lets it see, as the hub has it, and the
        # photos the hub refused from it (added offline to what the office had taken over meanwhile): evidence
        # is never dropped, the sync report named them
        for name, laptop in self.laptops.items():
            refused_here = {c["entity_id"] for c in refused
                            if c["entity"] == "evidence" and str(c["device_id"]) == laptop.db.device_id}
            visible = {k for k, who in self.findings.items() if name in who}
            mine = comparable(replica_rows(laptop.db, "finding"))
            assert mine == {k: v for k, v in comparable(hub["finding"]).items() if k in visible}, name
            ev = {k: v for k, v in comparable(replica_rows(laptop.db, "evidence")).items() if k not in refused_here}
            assert ev == {k: v for k, v in comparable(hub["evidence"]).items() if v["finding_id"] in
                          {str(f) for f in visible}}, name
            with laptop.db.session() as s:
                assert s.exec(select(OutboxOp)).all() == []
        # no lost writes: every description written is on the hub, in a conflict, or was seen and replaced
        kept = {r["description"] for r in hub["finding"].values()} | {
            c["device_value"]["description"] if c["reason"] == "refused" else c["device_value"] for c in conflicts
            if c["reason"] != "refused" or "description" in c["device_value"]} | {
            c["hub_value"] for c in conflicts if c["reason"] == "overridden"}
        lost = [text for _, text in self.written if text not in kept | self.replaced]
        assert lost == []
        # voids stick
        assert all(hub["finding"][k]["status"] == "voided" for k in self.voided)
        # media: every photo on the hub, whole, but those only the refused records named
        named = {r["sha256"] for r in hub["evidence"].values()}
        refused_photos = {c["device_value"]["sha256"] for c in refused if c["entity"] == "evidence"}
        for sha, data in self.photos.items():
            if sha in named or sha not in refused_photos:
                assert fleet.hub.blobs.path_for(sha).read_bytes() == data
        assert not list(fleet.hub.upload_dir.iterdir())


def finding_of(conflict: dict) -> uuid.UUID:
    """The finding a refused operation concerned: itself, or the one its photo record was for."""
    if conflict["entity"] == "finding":
        return conflict["entity_id"]
    return uuid.UUID(str(conflict["device_value"]["finding_id"]))


def run_machine(quartet, examples: int) -> None:
    fleet, laptops = quartet
    Sync.fleet, Sync.laptops = fleet, laptops
    run_state_machine_as_test(Sync, settings=settings(
        max_examples=examples, stateful_step_count=30, deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]))


def test_sync_invariants_hold(quartet, hub):
    run_machine(quartet, examples=25 if hub.is_sqlite else 12)
