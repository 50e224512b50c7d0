"""Sync end to end over loopback HTTP, on a SQLite hub and on a PostgreSQL hub: what an inspector
records reaches the office and the teammates once, photos included; edits on both sides meet as a
conflict with both values, never as a silent overwrite."""

from __future__ import annotations

import hashlib
import json
import os
import threading
import time
import uuid

import httpx
import pytest
from sqlmodel import func, select

from inspector_app.domain.models import Evidence, Finding, Notice, OutboxOp, Unit
from inspector_app.errors import InspectorError
from inspector_app.sync.client import SyncClient, SyncReport
from inspector_app.sync.photos import UPLOADERS
from inspector_app.sync.transport import Connection
from inspector_app.store.replica import waiting_ops, waiting_photos
from inspector_app.hub import schema
from inspector_app.domain.values import to_json
from inspector_app.sync.protocol import CHUNK, OLDER_HUB_CHUNK, PROTOCOL, PROTOCOL_HEADER, Op, PushRequest
from tests.fleet import add_finding, add_photo, add_unit, comparable, damaged, edit, replica_rows


@pytest.fixture
def office_and_teams(fleet):
    """The office with the district's units, two inspectors of team 1, one of team 2; all synced once."""
    office = fleet.laptop("office", role="office", team=None)
    unit = add_unit(office.db, "区人社局")
    a = fleet.laptop("a", team="第一督查组")
    b = fleet.laptop("b", team="第一督查组")
    c = fleet.laptop("c", team="第二督查组")
    for laptop in (office, a, b, c):
        laptop.sync()
    return office, a, b, c, unit


def test_a_finding_and_its_photo_reach_the_office_and_the_team_once(fleet, office_and_teams):
    office, a, b, c, unit = office_and_teams
    finding = add_finding(a.db, unit.id, a.team_id, "上班时间玩手机游戏")
    photo = os.urandom(300_000)
    add_photo(a.db, finding.id, photo)
    assert waiting_ops(a.db) == 2 and waiting_photos(a.db) == 1

    report = a.sync()
    assert (report.pushed, report.photos_sent, report.conflicts, report.refused) == (2, 1, 0, [])
    assert waiting_ops(a.db) == 0 and waiting_photos(a.db) == 0
    again = a.sync()  # nothing left to do, nothing sent twice
    assert (again.pushed, again.photos_sent, again.bytes_sent) == (0, 0, 0)

    for laptop in (office, b, c):
        laptop.sync()
    sha = hashlib.sha256(photo).hexdigest()
    for laptop in (office, b):
        with laptop.db.session() as s:
            assert s.get(Finding, finding.id).description == "上班时间玩手机游戏"
        assert laptop.db.blobs.read(sha) == photo
    with c.db.session() as s:  # another team's work is not theirs to see
        assert s.get(Finding, finding.id) is None
    assert len(fleet.hub_rows("finding")) == 1 and len(fleet.hub_rows("evidence")) == 1
    assert fleet.hub.blobs.path_for(sha).read_bytes() == photo
    for laptop in (office, a, b):
        assert comparable(replica_rows(laptop.db, "finding")) == comparable(fleet.hub_rows("finding"))


def test_edits_of_one_field_on_both_sides_become_a_conflict_with_both_values(fleet, office_and_teams):
    office, a, b, c, unit = office_and_teams
    finding = add_finding(a.db, unit.id, a.team_id, "迟到")
    a.sync()
    office.sync()
    edit(office.db, Finding, finding.id, description="迟到 25 分钟（办公室核实）")
    edit(a.db, Finding, finding.id, description="迟到 20 分钟", place="二楼窗口")  # offline, from the old version
    office.sync()
    report = a.sync()
    assert report.conflicts == 1

    hub = fleet.hub_rows("finding")[finding.id]
    assert hub["description"] == "迟到 25 分钟（办公室核实）"  # the first to reach the hub stays
    assert hub["place"] == "二楼窗口"                          # the field nobody else touched is applied
    [conflict] = fleet.hub_conflicts()
    assert (conflict["field"], conflict["hub_value"], conflict["device_value"]) == \
        ("description", "迟到 25 分钟（办公室核实）", "迟到 20 分钟")
    with a.db.session() as s:  # the laptop shows the hub's state; nothing was asked of the inspector
        assert s.get(Finding, finding.id).description == "迟到 25 分钟（办公室核实）"

    # office staff take the inspector's value; it travels like any other edit
    reply = office.conn.json("POST", f"/conflicts/{conflict['id']}/resolve", {"take": "device"})
    assert reply["resolved"] is True
    a.sync()
    with a.db.session() as s:
        assert s.get(Finding, finding.id).description == "迟到 20 分钟"
    assert office.conn.json("GET", "/conflicts") == []


def test_a_voided_finding_does_not_come_back(fleet, office_and_teams):
    """The office voids a finding; a teammate who had not seen it brings it back to a draft and adds
    to it: refused whole, a conflict for the office says why, and the laptop shows it voided."""
    office, a, b, c, unit = office_and_teams
    finding = add_finding(a.db, unit.id, a.team_id, "脱岗", status="submitted")
    a.sync()
    b.sync()
    office.sync()
    edit(office.db, Finding, finding.id, status="voided", void_reason="认错了人")
    office.sync()
    edit(b.db, Finding, finding.id, status="draft", description="补充：脱岗 40 分钟")  # b had not seen the void
    report = b.sync()
    hub = fleet.hub_rows("finding")[finding.id]
    assert hub["status"] == "voided" and hub["description"] == "脱岗"
    assert [r.code for r in report.refused] == ["refused_transition"]
    assert [(c["field"], c["reason"]) for c in fleet.hub_conflicts()] == [("", "refused")]
    with b.db.session() as s:
        assert s.get(Finding, finding.id).status == "voided"


def test_the_offices_void_stands_over_a_submit_it_had_not_seen(fleet, office_and_teams):
    """The office voids a draft offline while its team submits it: the void stands on the hub and on
    every laptop, and the team's status is kept in a conflict that says why."""
    office, a, b, c, unit = office_and_teams
    finding = add_finding(a.db, unit.id, a.team_id, "串岗")
    a.sync()
    office.sync()
    edit(a.db, Finding, finding.id, status="submitted")
    a.sync()
    edit(office.db, Finding, finding.id, status="voided", void_reason="认错了人")  # it had seen the draft only
    office.sync()
    a.sync()
    assert fleet.hub_rows("finding")[finding.id]["status"] == "voided"
    assert [(c["field"], c["reason"], c["hub_value"], c["device_value"]) for c in fleet.hub_conflicts()] == [
        ("status", "overridden", "submitted", "voided")]
    for laptop in (office, a):
        with laptop.db.session() as s:
            assert s.get(Finding, finding.id).status == "voided"


def push_body(db, adopts_versions: bool = False) -> tuple[list[OutboxOp], str]:
    """The laptop's outbox as the body of a push request."""
    with db.session() as s:
        ops = s.exec(select(OutboxOp).order_by(OutboxOp.seq)).all()
    return ops, PushRequest(ops=[Op(op_id=o.op_id, seq=o.seq, entity=o.entity, entity_id=o.entity_id,
                                    base_version=o.base_version, fields=o.fields, created_at=o.created_at)
                                 for o in ops], adopts_versions=adopts_versions).model_dump_json()


def versions(fleet, db) -> tuple[dict, dict]:
    """Each finding's version and stamp on the hub, and on the laptop."""
    table = schema.metadata.tables["finding"]
    with fleet.hub.read() as conn:
        hub = {r.id: (r.server_version, to_json(r.updated_at))
               for r in conn.execute(select(table.c.id, table.c.server_version, table.c.updated_at))}
    with db.session() as s:
        mine = {f.id: (f.server_version, to_json(f.updated_at)) for f in s.exec(select(Finding))}
    return hub, mine


def test_a_laptop_does_not_pull_back_what_it_pushed(fleet, office_and_teams):
    office, a, b, c, unit = office_and_teams
    findings = [add_finding(a.db, unit.id, a.team_id, f"迟到 {i} 分钟") for i in range(3)]
    edit(a.db, Finding, findings[0].id, place="一楼大厅")
    report = a.sync()
    assert (report.pushed, report.pulled) == (4, 0)
    hub, mine = versions(fleet, a.db)
    assert mine == hub  # the answer to the push gave each record its version and stamp
    assert comparable(replica_rows(a.db, "finding")) == comparable(fleet.hub_rows("finding"))

    assert b.sync().pulled == 3 and office.sync().pulled == 3  # the others get them all
    edit(office.db, Finding, findings[1].id, description="迟到 1 分钟（已核实）")
    office.sync()
    assert a.sync().pulled == 1  # and what someone else changed comes down
    assert comparable(replica_rows(a.db, "finding")) == comparable(fleet.hub_rows("finding"))
    hub, mine = versions(fleet, a.db)
    assert mine == hub


def test_an_edit_of_an_older_copy_still_brings_down_what_another_laptop_changed(fleet, office_and_teams):
    office, a, b, c, unit = office_and_teams
    finding = add_finding(a.db, unit.id, a.team_id, "离岗")
    a.sync()
    b.sync()
    edit(b.db, Finding, finding.id, description="离岗 30 分钟")
    b.sync()
    edit(a.db, Finding, finding.id, place="三楼窗口")  # a has not seen b's change
    report = a.sync()
    assert (report.conflicts, report.pulled) == (0, 1)
    with a.db.session() as s:
        mine = s.get(Finding, finding.id)
        assert (mine.description, mine.place) == ("离岗 30 分钟", "三楼窗口")
    assert comparable(replica_rows(a.db, "finding")) == comparable(fleet.hub_rows("finding"))
    b.sync()
    assert comparable(replica_rows(b.db, "finding")) == comparable(fleet.hub_rows("finding"))


def test_a_push_whose_answer_was_lost_gives_the_versions_when_sent_again(fleet, office_and_teams):
    office, a, b, c, unit = office_and_teams
    add_finding(a.db, unit.id, a.team_id, "串岗")
    _, body = push_body(a.db, adopts_versions=True)
    first = a.conn.json("POST", "/push", body)  # applied on the hub; the laptop never hears of it
    report = a.sync()  # so it sends the same operation again
    assert (report.pushed, report.pulled) == (1, 0)
    assert [r["outcome"] for r in first["results"]] == ["applied"]
    hub, mine = versions(fleet, a.db)
    assert mine == hub and list(hub.values())[0][0] == first["results"][0]["version"]


def test_a_replayed_push_changes_nothing_and_a_gap_is_refused(fleet, office_and_teams):
    office, a, b, c, unit = office_and_teams
    add_finding(a.db, unit.id, a.team_id, "串岗")
    ops, body = push_body(a.db)
    first = a.conn.json("POST", "/push", body)
    second = a.conn.json("POST", "/push", body)  # e.g. the first answer was lost
    assert [r["outcome"] for r in first["results"]] == ["applied"]
    assert [r["outcome"] for r in second["results"]] == ["duplicate"]
    assert first["acked_seq"] == second["acked_seq"]
    assert len(fleet.hub_rows("finding")) == 1

    gap = json.loads(body)
    gap["ops"][0].update(op_id=str(uuid.uuid4()), seq=ops[-1].seq + 5)
    with pytest.raises(InspectorError) as err:
        a.conn.json("POST", "/push", json.dumps(gap))
    assert "操作序号不连续" in err.value.message()
    assert len(fleet.hub_rows("finding")) == 1


def test_an_inspector_cannot_act_as_office_or_touch_another_team(fleet, office_and_teams):
    office, a, b, c, unit = office_and_teams
    finding = add_finding(a.db, unit.id, a.team_id, "上班时间网购", status="submitted")
    a.sync()
    c_unit = add_unit(c.db, "区财政局")  # units are the office's
    edit(a.db, Finding, finding.id, status="reviewed")  # reviewing is the office's
    report_a = a.sync()
    report_c = c.sync()
    assert len(report_a.refused) == 1 and "办公室" in report_a.refused[0].text()
    assert len(report_c.refused) == 1
    assert fleet.hub_rows("finding")[finding.id]["status"] == "submitted"
    assert c_unit.id not in fleet.hub_rows("unit")
    with pytest.raises(InspectorError) as err:
        a.conn.json("GET", "/conflicts")
    assert err.value.key == "hub_forbidden"
    assert {r["reason"] for r in fleet.hub_conflicts()} == {"refused"}  # kept for the office to see


def test_records_may_arrive_before_their_photos_and_the_hub_names_what_is_missing(fleet, office_and_teams):
    office, a, b, c, unit = office_and_teams
    finding = add_finding(a.db, unit.id, a.team_id, "工作日中午饮酒")
    photo = os.urandom(50_000)
    add_photo(a.db, finding.id, photo, name="IMG_2041.HEIC")
    a.db.blobs.path_for(hashlib.sha256(photo).hexdigest()).unlink()  # e.g. copied later
    report = a.sync()
    assert report.missing_on_hub == ["IMG_2041.HEIC"]
    office_report = office.sync()
    assert office_report.missing_on_hub == ["IMG_2041.HEIC"]
    a.db.blobs.put_bytes(photo)
    assert a.sync().missing_on_hub == []
    assert office.sync().photos_fetched == 1


def test_a_photo_whose_record_arrived_during_the_sync_is_named_missing_not_an_error(fleet, office_and_teams):
    """The hub's list of missing photos is asked once, before the pull; a record pulled after it
    may name a photo no device has sent yet: named as missing, and the sync goes on."""
    office, a, b, c, unit = office_and_teams
    finding = add_finding(a.db, unit.id, a.team_id, "上班时间玩游戏")
    photo = os.urandom(20_000)
    add_photo(a.db, finding.id, photo)
    sha = hashlib.sha256(photo).hexdigest()
    a.db.blobs.path_for(sha).unlink()
    a.sync()
    office.sync()
    fetched, not_yet = office.client().photos.fetch(missing_on_hub=set())
    assert not_yet == [sha]
    assert fetched.files == [] and not office.db.blobs.has(sha)


def test_a_photo_damaged_on_the_hub_is_refused_on_the_way_down(fleet, office_and_teams):
    office, a, b, c, unit = office_and_teams
    finding = add_finding(a.db, unit.id, a.team_id, "上班时间打麻将")
    photo = os.urandom(30_000)
    add_photo(a.db, finding.id, photo)
    a.sync()
    sha = hashlib.sha256(photo).hexdigest()
    fleet.hub.blobs.path_for(sha).write_bytes(damaged(photo))
    with pytest.raises(InspectorError) as err:
        office.sync()
    assert err.value.key == "hub_upload_hash_mismatch"
    assert not office.db.blobs.has(sha)
    assert not list((office.db.blob_dir / "tmp").glob("*.part"))


def test_an_older_client_never_clears_a_field_it_does_not_know(fleet, office_and_teams):
    office, a, b, c, unit = office_and_teams
    finding = add_finding(a.db, unit.id, a.team_id, "迟到")
    photo = add_photo(a.db, finding.id, b"x" * 100)
    edit(a.db, Evidence, photo.id, note="门口", redactions=[{"x": 0.1, "y": 0.1, "w": 0.2, "h": 0.2}])
    a.sync()
    # a laptop still on schema 0002 knows neither `redactions` nor `rotation`: its edit of the note
    # carries only the note
    old = fleet.laptop("old", team="第一督查组")
    old.sync()
    with old.db.session() as s:
        base = s.get(Evidence, photo.id).server_version
        seq = (s.exec(select(func.max(OutboxOp.seq))).one() or 0) + 1
    op = Op(op_id=uuid.uuid4(), seq=seq, entity="evidence", entity_id=photo.id, base_version=base,
            fields={"note": "大门口"}, schema_version="0002", created_at="2026-11-01T00:00:00Z")
    old.conn.json("POST", "/push", PushRequest(ops=[op]).model_dump_json())
    hub = fleet.hub_rows("evidence")[photo.id]
    assert hub["note"] == "大门口" and hub["redactions"] == [{"x": 0.1, "y": 0.1, "w": 0.2, "h": 0.2}]


def test_a_record_made_by_an_older_client_gets_the_defaults_of_what_it_did_not_send(fleet, office_and_teams):
    office, a, b, c, unit = office_and_teams
    finding = add_finding(a.db, unit.id, a.team_id, "迟到")
    a.sync()
    old = fleet.laptop("old", team="第一督查组")
    old.sync()
    with old.db.session() as s:
        seq = (s.exec(select(func.max(OutboxOp.seq))).one() or 0) + 1
    photo_id = uuid.uuid4()  # a laptop on schema 0002 knows neither `redactions` nor `rotation`
    op = Op(op_id=uuid.uuid4(), seq=seq, entity="evidence", entity_id=photo_id, base_version=None,
            fields={"id": str(photo_id), "finding_id": str(finding.id), "sha256": "ab" * 32, "size": 100,
                    "media_type": "image/jpeg", "note": "门口"},
            schema_version="0002", created_at="2026-11-01T00:00:00Z")
    old.conn.json("POST", "/push", PushRequest(ops=[op]).model_dump_json())
    hub = fleet.hub_rows("evidence")[photo_id]
    assert (hub["note"], hub["rotation"], hub["redactions"], hub["deleted"]) == ("门口", 0, [], False)
    a.sync()
    with a.db.session() as s:
        assert s.get(Evidence, photo_id).redactions == []


def test_results_do_not_depend_on_the_laptop_clock(fleet, office_and_teams):
    from datetime import datetime, timedelta, timezone

    office, a, b, c, unit = office_and_teams
    finding = add_finding(a.db, unit.id, a.team_id, "迟到",
                          created_at=datetime.now(timezone.utc) + timedelta(days=3650))  # a clock ten years ahead
    a.sync()
    office.sync()
    edit(office.db, Finding, finding.id, description="迟到（已核实）")
    office.sync()
    a.sync()
    with a.db.session() as s:
        assert s.get(Finding, finding.id).description == "迟到（已核实）"
    assert fleet.hub_conflicts() == []


def test_units_from_the_office_reach_every_laptop(fleet, office_and_teams):
    office, a, b, c, unit = office_and_teams
    for laptop in (a, b, c):
        with laptop.db.session() as s:
            assert s.get(Unit, unit.id).name == "区人社局"


def test_an_edit_made_while_a_sync_runs_ends_as_the_hub_keeps_it(fleet, office_and_teams):
    office, a, b, c, unit = office_and_teams
    finding = add_finding(a.db, unit.id, a.team_id, "迟到")
    a.sync()
    b.sync()
    add_unit(office.db, "区财政局")
    office.sync()
    edit(b.db, Finding, finding.id, description="迟到 30 分钟")
    b.sync()

    edited = []

    def edit_between_pull_pages(stage, done, total):
        if stage == "pull" and not edited:  # the new unit has arrived, b's edit has not
            edited.append(edit(a.db, Finding, finding.id, description="迟到 10 分钟"))

    a.client(progress=edit_between_pull_pages, page_size=1).run()
    with a.db.session() as s:  # the pull did not overwrite the edit waiting to be sent
        assert s.get(Finding, finding.id).description == "迟到 10 分钟"
    report = a.sync()
    assert report.conflicts == 1
    with a.db.session() as s:  # b's edit reached the hub first; a's is in the conflict, a shows the hub's
        assert s.get(Finding, finding.id).description == "迟到 30 分钟"
    assert fleet.hub_conflicts()[0]["device_value"] == "迟到 10 分钟"


def test_every_pull_page_is_whole_even_when_a_parent_changed_later(fleet, office_and_teams):
    """A photo added before its finding was edited: the finding's newest version comes after the
    photo's, yet a page holding the photo can be applied on its own."""
    office, a, b, c, unit = office_and_teams
    finding = add_finding(a.db, unit.id, a.team_id, "脱岗")
    add_photo(a.db, finding.id, b"photo bytes")
    a.sync()
    edit(a.db, Finding, finding.id, description="脱岗 40 分钟")
    a.sync()
    report = b.client(page_size=1).run()
    assert report.pulled >= 2
    with b.db.session() as s:
        assert s.get(Finding, finding.id).description == "脱岗 40 分钟"
    assert comparable(replica_rows(b.db, "evidence")) == comparable(fleet.hub_rows("evidence"))


def test_a_record_referring_to_one_the_hub_refused_is_refused_too(fleet, office_and_teams):
    office, a, b, c, unit = office_and_teams
    own_unit = add_unit(a.db, "自建单位")  # units are the office's: refused
    add_finding(a.db, own_unit.id, a.team_id, "在自建单位发现的问题")
    report = a.sync()
    assert len(report.refused) == 2 and "不在同步中心" in report.refused[1].text()
    assert f"（单位 {own_unit.id}）" in report.refused[1].text()  # the kind in words, the whole id
    assert fleet.hub_rows("finding") == {}
    office.sync()  # and the office's replica stays whole


def test_a_photo_the_hub_lost_is_sent_again(fleet, office_and_teams):
    office, a, b, c, unit = office_and_teams
    finding = add_finding(a.db, unit.id, a.team_id, "上班时间炒股")
    photo = os.urandom(20_000)
    add_photo(a.db, finding.id, photo)
    a.sync()
    fleet.hub.blobs.path_for(hashlib.sha256(photo).hexdigest()).unlink()  # e.g. the hub restored from a backup
    report = a.sync()
    assert report.photos_sent == 1 and report.missing_on_hub == []
    assert fleet.hub.blobs.path_for(hashlib.sha256(photo).hexdigest()).read_bytes() == photo


def test_a_photo_that_reached_the_hub_while_the_sync_began_is_not_named_missing(fleet, office_and_teams):
    """A killed sync's last upload may complete on the hub after the next sync asked what the hub
    lacks: the hub then says it holds the file, and the report does not call it missing."""
    office, a, b, c, unit = office_and_teams
    finding = add_finding(a.db, unit.id, a.team_id, "上班时间炒股")
    photo = os.urandom(20_000)
    add_photo(a.db, finding.id, photo, name="IMG_0005.JPG")
    client = a.client(alongside_within=0)
    asked = client.conn.json

    def json(method, path, *args, **kwargs):
        reply = asked(method, path, *args, **kwargs)
        if path == "/media/missing":  # the other request lands now
            a.client().photos.send([])
        return reply

    client.conn.json = json
    report = client.run()
    assert report.missing_on_hub == [] and report.photos_sent == 0
    assert waiting_photos(a.db) == 0
    assert fleet.hub.blobs.path_for(hashlib.sha256(photo).hexdigest()).read_bytes() == photo


def test_small_photos_travel_several_to_a_request_and_a_large_one_in_chunks(fleet, office_and_teams):
    office, a, b, c, unit = office_and_teams
    finding = add_finding(a.db, unit.id, a.team_id, "工作时间饮酒")
    photos = [os.urandom(5_000 + i) for i in range(5)] + [os.urandom(90_000)]
    for i, photo in enumerate(photos):
        add_photo(a.db, finding.id, photo, name=f"IMG_{i}.JPG")
    puts = []
    a.http.event_hooks["request"] = [lambda request: puts.append(request.url.path) if request.method == "PUT" else None]
    report = a.sync(chunk=40_000)  # small: up to 20,000 bytes; the large photo in three chunks
    assert report.photos_sent == 6 and report.bytes_sent == sum(map(len, photos))
    large = f"/api/v1/media/{hashlib.sha256(photos[-1]).hexdigest()}/upload"
    assert sorted(puts) == sorted(["/api/v1/media/files", large, large, large])
    for photo in photos:
        assert fleet.hub.blobs.path_for(hashlib.sha256(photo).hexdigest()).read_bytes() == photo
    office.sync()
    for photo in photos:
        assert office.db.blobs.read(hashlib.sha256(photo).hexdigest()) == photo


class DropsFirstFilesRequest(httpx.HTTPTransport):
    """The real hub on loopback, but the link drops after the first photo of the first request of
    several photos has gone out."""

    def __init__(self) -> None:
        super().__init__(retries=0)
        self.files_requests = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/media/files"):
            self.files_requests += 1
            if self.files_requests == 1:
                next(iter(request.stream))
                raise httpx.WriteError("the link dropped mid-request", request=request)
        return super().handle_request(request)


def test_photos_sent_together_go_again_whole_after_the_link_dropped_mid_request(fleet, office_and_teams):
    office, a, b, c, unit = office_and_teams
    transport = DropsFirstFilesRequest()
    d = fleet.laptop("d", transport=transport)
    d.sync()
    finding = add_finding(d.db, unit.id, d.team_id, "上班时间玩电脑游戏")
    photos = [os.urandom(600_000 + i) for i in range(3)]
    for i, photo in enumerate(photos):
        add_photo(d.db, finding.id, photo, name=f"IMG_{i}.JPG")
    report = d.sync()
    assert transport.files_requests == 2  # cut, then sent again
    assert report.photos_sent == 3 and report.bytes_sent == sum(map(len, photos))
    for photo in photos:
        assert fleet.hub.blobs.path_for(hashlib.sha256(photo).hexdigest()).read_bytes() == photo


def test_a_hub_that_does_not_take_several_files_a_request_gets_each_photo_alone(fleet, office_and_teams):
    office, a, b, c, unit = office_and_teams
    finding = add_finding(a.db, unit.id, a.team_id, "工作时间打麻将")
    photos = [os.urandom(5_000 + i) for i in range(3)]
    for i, photo in enumerate(photos):
        add_photo(a.db, finding.id, photo, name=f"IMG_{i}.JPG")
    a.sync()  # the records go up; the photos too, together, and are then forgotten by the hub
    for photo in photos:
        fleet.hub.blobs.path_for(hashlib.sha256(photo).hexdigest()).unlink()
    puts = []
    a.http.event_hooks["request"] = [lambda request: puts.append(request.url.path) if request.method == "PUT" else None]
    client = a.client()
    report = SyncReport()
    # what an older hub's hello leads to: no files_upload
    client.send_photos(report, client.conn.json("GET", "/media/missing"), together=False)
    assert report.photos_sent == 3 and len(puts) == 3 and all(p.endswith("/upload") for p in puts)
    for photo in photos:
        assert fleet.hub.blobs.path_for(hashlib.sha256(photo).hexdigest()).read_bytes() == photo


class OlderHubHello(httpx.BaseTransport):
    """The real hub on loopback, but its hello says no upload limit, as a hub before it did."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport(retries=0)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if not request.url.path.endswith("/hello"):
            return response
        hello = json.loads(response.read())
        response.close()
        del hello["upload_limit"]
        return httpx.Response(response.status_code, json=hello)

    def close(self) -> None:
        self.inner.close()


@pytest.mark.parametrize("older_hub, puts", [(False, 1), (True, 2)])
def test_no_upload_request_is_larger_than_the_hub_takes(fleet, office_and_teams, older_hub, puts):
    """Four photos of 1.5 MB go up together in one request of 6 MB; to a hub that names no limit
    (before 8 MiB it took 4 MiB), two at a time, within 4 MiB; a body over the limit is refused."""
    office, a, b, c, unit = office_and_teams
    finding = add_finding(a.db, unit.id, a.team_id, "上班时间玩电脑游戏")
    photos = [os.urandom(1_500_000 + i) for i in range(4)]
    for i, photo in enumerate(photos):
        add_photo(a.db, finding.id, photo, name=f"IMG_{i}.JPG")
    lengths = []
    with httpx.Client(base_url=f"{fleet.url}/api/v1", transport=OlderHubHello() if older_hub else None,
                      event_hooks={"request": [lambda r: lengths.append(int(r.headers["content-length"]))
                                               if r.method == "PUT" else None]}) as http:
        report = SyncClient(a.db, Connection(http, a.token)).run()
        assert report.photos_sent == 4 and len(lengths) == puts
        assert max(lengths) <= (OLDER_HUB_CHUNK if older_hub else CHUNK) and sum(lengths) == sum(map(len, photos))
        for photo in photos:
            assert fleet.hub.blobs.path_for(hashlib.sha256(photo).hexdigest()).read_bytes() == photo
        too_long = [hashlib.sha256(b"x").hexdigest() + f":{CHUNK // 2}"] * 3
        response = http.put("/media/files", content=b"x" * (3 * CHUNK // 2), headers={
            "Authorization": f"Bearer {a.token}", "Content-Type": "application/octet-stream",
            "Upload-Files": ",".join(too_long), PROTOCOL_HEADER: str(PROTOCOL)})
    assert response.status_code == 413 and "过大" in response.json()["message"]


def test_a_number_another_office_machine_took_meanwhile_keeps_the_notice_without_it(fleet, office_and_teams):
    """Two office machines offline both issue 〔2026〕7号: the second notice reaches the hub without
    the number, both numbers wait in a conflict, and both machines go on syncing."""
    office, a, b, c, unit = office_and_teams
    other = fleet.laptop("office-2", role="office", team=None)
    other.sync()
    for laptop in (office, other):
        with laptop.db.session("office") as s:
            s.add(Notice(number="区效能办〔2026〕7号", title=f"{laptop.name} 的通报"))
    office.sync()
    add_finding(other.db, unit.id, None, "工作日午间饮酒")  # in the same push as the clashing notice
    report = other.sync()
    assert report.conflicts == 1 and report.refused == []
    numbers = {n["title"]: n["number"] for n in fleet.hub_rows("notice").values()}
    assert numbers == {"office 的通报": "区效能办〔2026〕7号", "office-2 的通报": None}
    assert [f["description"] for f in fleet.hub_rows("finding").values()] == ["工作日午间饮酒"]
    [conflict] = fleet.hub_conflicts()
    assert (conflict["field"], conflict["hub_value"], conflict["device_value"], conflict["reason"]) == \
        ("number", None, "区效能办〔2026〕7号", "taken")
    for laptop in (office, other):  # the next syncs go through, and every replica equals the hub
        laptop.sync()
        assert comparable(replica_rows(laptop.db, "notice")) == comparable(fleet.hub_rows("notice"))
    with pytest.raises(InspectorError) as taken:  # taking the machine's number while another holds it
        office.conn.json("POST", f"/conflicts/{conflict['id']}/resolve", {"take": "device"})
    assert taken.value.key == "hub_value_taken"
    assert not fleet.hub_conflicts()[0]["resolved"]


# --- photos beside the push -------------------------------------------------------------------------

class Watched(httpx.BaseTransport):
    """The real hub on loopback, each request handed to `hook(request, forward)`, which may hold it,
    slow it, fail it or look at the answer."""

    def __init__(self, hook) -> None:
        self.inner = httpx.HTTPTransport(retries=0)
        self.hook = hook

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self.hook(request, self.inner.handle_request)

    def close(self) -> None:
        self.inner.close()


def laptop_with_photos(fleet, unit, hook, photos: int, size: int = 30_000):
    """A synced laptop on a watched link, then `photos` findings recorded on it, each with a photo."""
    d = fleet.laptop("d", transport=Watched(hook))
    d.sync()
    data = [os.urandom(size) for _ in range(photos)]
    for i, photo in enumerate(data):
        add_photo(d.db, add_finding(d.db, unit.id, d.team_id, f"离岗{i}").id, photo, name=f"IMG_{i}.JPG")
    return d, data


def is_push(request: httpx.Request) -> bool:
    return request.url.path.endswith("/push")


FAST = 30.0  # seconds: a push batch answered within it counts as a fast link, however busy the machine


def third_push_held_until(seen):
    """A hook that holds the third push batch until `seen(request, response)` held for another
    request (10 s at most), the push batches it saw, and whether the third one's wait ended so."""
    event, pushes, waited = threading.Event(), [], []

    def hook(request, forward):
        if is_push(request):
            pushes.append(request)
            if len(pushes) == 3:
                waited.append(event.wait(10))
        response = forward(request)
        if seen(request, response):
            event.set()
        return response
    return hook, pushes, waited


def test_on_a_fast_link_photos_go_up_beside_the_push_and_arrive_once(fleet, office_and_teams):
    """The third of four push batches waits until a photo is on its way: the photos started after
    the first batch came back at once. The progress shows the push, then the photos."""
    office, a, b, c, unit = office_and_teams
    hook, pushes, waited = third_push_held_until(lambda request, response: request.method == "PUT")
    d, photos = laptop_with_photos(fleet, unit, hook, 8)
    pushes.clear()
    stages = []
    report = d.sync(push_size=4, progress=lambda stage, done, total: stages.append(stage), alongside_within=FAST)
    assert waited == [True] and len(pushes) == 4
    assert (report.pushed, report.photos_sent, report.bytes_sent) == (16, 8, sum(map(len, photos)))
    shown = [s for s in stages if s in ("push", "photos_up")]
    assert shown == sorted(shown, key=["push", "photos_up"].index) and "photos_up" in shown
    office.sync()
    for photo in photos:
        sha = hashlib.sha256(photo).hexdigest()
        assert fleet.hub.blobs.path_for(sha).read_bytes() == photo
        assert office.db.blobs.read(sha) == photo
    assert len(fleet.hub_rows("evidence")) == 8 and waiting_photos(d.db) == 0


def test_on_a_slow_link_the_records_go_first(fleet, office_and_teams):
    """A push batch that takes longer than `alongside_within` keeps the link for the records: no
    photo starts before the last batch is answered."""
    office, a, b, c, unit = office_and_teams
    events = []

    def hook(request, forward):
        if is_push(request):
            time.sleep(0.3)
        response = forward(request)
        events.append("push" if is_push(request) else request.method)
        return response

    d, photos = laptop_with_photos(fleet, unit, hook, 6)
    events.clear()
    report = d.sync(push_size=4, alongside_within=0.2)
    assert report.photos_sent == 6 and events.count("push") == 3 and events.count("PUT") >= 1
    assert events.index("PUT") > max(i for i, e in enumerate(events) if e == "push")


def test_a_push_that_fails_stops_the_photos_beside_it_and_the_next_sync_sends_the_rest(fleet, office_and_teams):
    office, a, b, c, unit = office_and_teams
    broken, pushes, puts, photo_seen = [False], [], [], threading.Event()

    def hook(request, forward):
        if is_push(request):
            pushes.append(request)
            if broken[0] and len(pushes) >= 2:
                photo_seen.wait(10)  # the photos are on their way beside the push
                raise httpx.ConnectError("injected: the hub went out of reach", request=request)
        elif request.method == "PUT":
            puts.append(request)
            photo_seen.set()
            time.sleep(0.05)
        return forward(request)

    d, photos = laptop_with_photos(fleet, unit, hook, 30, size=25_000)  # each photo a request of its own
    pushes.clear()
    broken[0] = True
    with pytest.raises(InspectorError) as err:
        d.sync(push_size=10, chunk=40_000, alongside_within=FAST)
    assert err.value.key == "sync_unreachable"
    sent = len(puts)
    assert 1 <= sent <= UPLOADERS  # those under way when the push failed; none begun after it
    broken[0] = False
    report = d.sync(push_size=10, chunk=40_000)
    assert report.photos_sent == 30 - sent and waiting_ops(d.db) == 0 and waiting_photos(d.db) == 0
    assert len(fleet.hub_rows("finding")) == 30 and len(fleet.hub_rows("evidence")) == 30
    for photo in photos:
        assert fleet.hub.blobs.path_for(hashlib.sha256(photo).hexdigest()).read_bytes() == photo


def test_a_photo_the_hub_refuses_does_not_hold_back_the_records_beside_it(fleet, office_and_teams):
    """A photo damaged on the laptop is refused while the push runs; the push goes on to its end,
    then the refusal is told."""
    office, a, b, c, unit = office_and_teams
    hook, pushes, waited = third_push_held_until(
        lambda request, response: request.method == "PUT" and response.status_code == 422)
    d, photos = laptop_with_photos(fleet, unit, hook, 8)
    pushes.clear()
    sha = hashlib.sha256(photos[0]).hexdigest()  # a file that opens here but is not what its name says
    os.replace(d.db.blobs.path_for(d.db.blobs.put_bytes(damaged(photos[0])).sha256), d.db.blobs.path_for(sha))
    with pytest.raises(InspectorError) as err:
        d.sync(push_size=4, alongside_within=FAST)
    assert err.value.key == "hub_upload_hash_mismatch" and waited == [True]
    assert waiting_ops(d.db) == 0 and len(fleet.hub_rows("finding")) == 8
    assert not fleet.hub.blobs.has(hashlib.sha256(photos[0]).hexdigest())


def test_a_photo_file_damaged_on_the_laptop_is_named_and_the_records_still_go(fleet, office_and_teams):
    """A sealed file that no longer opens under the laptop's key is not sent; the records are."""
    office, a, b, c, unit = office_and_teams
    finding = add_finding(a.db, unit.id, a.team_id, "上班时间玩游戏")
    photo = os.urandom(30_000)
    add_photo(a.db, finding.id, photo)
    sha = hashlib.sha256(photo).hexdigest()
    kept = a.db.blobs.path_for(sha)
    kept.write_bytes(damaged(kept.read_bytes()))
    with pytest.raises(InspectorError) as err:
        a.sync()
    assert err.value.key == "photo_damaged_here" and sha in str(err.value)
    assert waiting_ops(a.db) == 0 and not fleet.hub.blobs.has(sha)
