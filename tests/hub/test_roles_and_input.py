"""Each defect found when a new office tried the hub with real roles and hostile input, kept as a
regression test: on SQLite and on the real PostgreSQL, through a hub on loopback."""

from __future__ import annotations

import hashlib
import json
import os
import socket
import uuid

import httpx
import pytest
from sqlalchemy import func, select

from inspector_app.domain.models import Evidence, Finding, Person
from inspector_app.domain.reference import load_reference
from inspector_app.hub import auth, schema
from inspector_app.services import roster
from inspector_app.services.workspace import Workspace
from inspector_app.store.replica import waiting_photos
from inspector_app.sync.protocol import PROTOCOL, PROTOCOL_HEADER, SCHEMA, SCHEMA_HEADER
from tests.fleet import add_finding, add_photo, add_unit, edit, name_files

HEADERS = {PROTOCOL_HEADER: str(PROTOCOL), SCHEMA_HEADER: SCHEMA}


@pytest.fixture
def district(fleet):
    """The office with a unit and a person, an inspector of each of two teams; all synced once."""
    office = fleet.laptop("office", role="office", team=None)
    unit = add_unit(office.db, "区人社局")
    with office.db.session("office") as s:
        person = Person(name="张三明", unit_id=unit.id)
        s.add(person)
    a = fleet.laptop("a", team="第一督查组")
    c = fleet.laptop("c", team="第二督查组")
    for laptop in (office, a, c):
        laptop.sync()
    return office, a, c, unit, person


def raw(fleet, token: str) -> httpx.Client:
    return httpx.Client(base_url=f"{fleet.url}/api/v1", timeout=10,
                        headers={**HEADERS, "Authorization": f"Bearer {token}"})


def op(seq: int, entity: str, fields: dict, entity_id: str | None = None, **extra) -> dict:
    return {"op_id": str(uuid.uuid4()), "seq": seq, "entity": entity, "entity_id": entity_id or str(uuid.uuid4()),
            "fields": fields, "created_at": "2026-10-15T09:40:00+00:00", **extra}


def test_an_inspectors_own_finding_and_photo_reach_the_team_and_the_office(fleet, district):
    """Recorded without an inspection (no team on it): the hub makes it the inspector's team's; its
    photo goes up; nothing is refused; the teammate and the office receive both."""
    office, a, c, unit, person = district
    b = fleet.laptop("b", team="第一督查组")
    b.sync()
    finding = add_finding(a.db, unit.id, None, "上班时间玩游戏")
    photo = os.urandom(50_000)
    add_photo(a.db, finding.id, photo)
    report = a.sync()
    assert report.refused == [] and report.photos_sent == 1
    assert fleet.hub_rows("finding")[finding.id]["team_id"] == str(a.team_id)
    for laptop in (b, office):
        got = laptop.sync()
        assert got.photos_fetched == 1 and got.missing_on_hub == []
        with laptop.db.session() as s:
            assert s.get(Finding, finding.id).team_id == a.team_id
    assert c.sync().pulled == 0  # the other team sees none of it
    with a.db.session() as s:  # and the inspector's own copy says whose it is
        assert s.get(Finding, finding.id).team_id == a.team_id


def test_a_refused_operation_never_jams_the_queue(fleet, district):
    office, a, c, unit, person = district
    with raw(fleet, a.token) as http:
        answer = http.post("/push", content=json.dumps({"ops": [
            op(1, "evidence", {"sha256": "a" * 64, "size": 1, "media_type": "image/jpeg",
                               "created_at": "2026-10-15T09:40:00"}),          # a time without its zone
            op(2, "unit", {"name": "x"}, base_version=2 ** 63),                # a version no database holds
            op(3, "finding", {"unit_id": str(unit.id), "violation_code": "late", "description": "\x00",
                              "observed_at": "2026-10-15T09:40:00"}),          # a NUL no database keeps
            op(4, "finding", {"unit_id": str(unit.id), "violation_code": "late", "description": "\ud800",
                              "observed_at": "2026-10-15T09:40:00"}),          # a lone surrogate
            op(5, "visit", {"unit_id": str(unit.id), "arrived_at": "2026-10-15T09:40:00", "location": 1e999}),
            op(6, "fin\x00ding", {"a": 1}),                                     # no kind of record
            op(7, "person", {"name": "赵六", "unit_id": str(unit.id)}),          # and the next one is applied
        ]}, allow_nan=True), headers={"Content-Type": "application/json"})
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["acked_seq"] == 7
    assert [r["outcome"] for r in body["results"]] == ["refused"] * 6 + ["applied"]
    assert [r["params"].get("field") for r in body["results"][:5]] == [
        "created_at", "base_version", "description", "description", "location"]
    assert all(r["message"] for r in body["results"][:6])
    assert "赵六" in [p["name"] for p in fleet.hub_rows("person").values()]
    assert len(fleet.hub_conflicts()) == 6  # each kept for the office, the device's values readable
    a.sync()  # the device's sequence goes on
    assert a.sync().refused == []


def test_the_office_decides_and_an_inspector_cannot_undo_it(fleet, district):
    office, a, c, unit, person = district
    finding = add_finding(a.db, unit.id, a.team_id, "脱岗", status="submitted")
    a.sync()
    office.sync()
    edit(office.db, Finding, finding.id, status="voided", void_reason="认错了人")
    office.sync()
    edit(a.db, Finding, finding.id, status="draft")  # forged: the laptop would not offer it
    report = a.sync()
    assert [r.code for r in report.refused] == ["refused_transition"]
    assert fleet.hub_rows("finding")[finding.id]["status"] == "voided"
    with a.db.session() as s:
        assert s.get(Finding, finding.id).status == "voided"
    for status, code in (("notified", "refused_status"), ("draft", "refused_transition"), ("voided", "refused_status")):
        other = add_finding(office.db, unit.id, a.team_id, "迟到", status="reviewed")
        office.sync()
        a.sync()
        edit(a.db, Finding, other.id, status=status)
        assert [r.code for r in a.sync().refused] == [code]
        assert fleet.hub_rows("finding")[other.id]["status"] == "reviewed"


def test_an_inspector_may_add_a_person_but_not_rename_one(fleet, district):
    office, a, c, unit, person = district
    edit(a.db, Person, person.id, name="改了名字")
    with a.db.session("inspector") as s:
        added = Person(name="现场新增", unit_id=unit.id)
        s.add(added)
    report = a.sync()
    assert [r.code for r in report.refused] == ["refused_roster"]
    people = fleet.hub_rows("person")
    assert people[person.id]["name"] == "张三明"
    assert people[added.id]["provisional"] is True  # the office confirms or merges them
    office.sync()
    ws = Workspace(office.db, load_reference(), "wang", "office")
    assert [p.name for p in roster.provisional(ws)] == ["现场新增"]
    roster.confirm(ws, added.id)
    office.sync()
    assert fleet.hub_rows("person")[added.id]["provisional"] is False


def test_naming_another_teams_photo_reveals_nothing_and_gives_nothing(fleet, district):
    office, a, c, unit, person = district
    finding = add_finding(a.db, unit.id, a.team_id, "上班时间网购")
    photo = os.urandom(40_000)
    add_photo(a.db, finding.id, photo)
    a.sync()
    sha = hashlib.sha256(photo).hexdigest()
    own = add_finding(c.db, unit.id, c.team_id, "同一张照片？")
    with c.db.session("inspector") as s:  # a record of c's own naming a's photo
        s.add(Evidence(finding_id=own.id, sha256=sha, size=len(photo), media_type="image/jpeg"))
    c.sync()
    with raw(fleet, c.token) as http:
        assert http.post("/media/wanted", json={"sha256": [sha]}).json() == {"wanted": [sha], "unknown": []}
        assert http.get(f"/media/{sha}/upload").json() == {"offset": 0, "complete": False}
        assert http.get(f"/media/{sha}").status_code == 404
        assert sha in [m["sha256"] for m in http.get("/media/missing").json()]
        forged = os.urandom(len(photo))
        response = http.put(f"/media/{sha}/upload", content=forged, headers={
            "Content-Type": "application/octet-stream", "Upload-Offset": "0", "Upload-Length": str(len(photo))})
        assert response.status_code == 422  # not that file: nothing gained
        assert http.get(f"/media/{sha}").status_code == 404
    assert fleet.hub.blobs.path_for(sha).read_bytes() == photo
    # a teammate of a's receives it: a made the record and sent the file
    b = fleet.laptop("b", team="第一督查组")
    assert b.sync().photos_fetched == 1


def test_a_file_no_record_names_is_not_taken(fleet, district):
    office, a, c, unit, person = district
    made_up = os.urandom(1 << 20)
    sha = hashlib.sha256(made_up).hexdigest()
    with raw(fleet, c.token) as http:
        assert http.post("/media/wanted", json={"sha256": [sha]}).json() == {"wanted": [], "unknown": [sha]}
        response = http.put(f"/media/{sha}/upload", content=made_up[:1000], headers={
            "Content-Type": "application/octet-stream", "Upload-Offset": "0", "Upload-Length": str(len(made_up))})
        assert response.status_code == 409 and "没有" in response.json()["message"]
        listing = f"{sha}:{1000}"
        response = http.put("/media/files", content=made_up[:1000], headers={
            "Content-Type": "application/octet-stream", "Upload-Files": listing})
        assert response.status_code == 409
    assert not fleet.hub.blobs.has(sha) and list(fleet.hub.upload_dir.iterdir()) == []


def test_a_photo_whose_record_was_refused_is_not_kept(fleet, district):
    office, a, c, unit, person = district
    own_unit = add_unit(a.db, "自建单位")  # units are the office's: refused, and its finding with it
    finding = add_finding(a.db, own_unit.id, a.team_id, "在自建单位发现的问题")
    photo = os.urandom(20_000)
    add_photo(a.db, finding.id, photo)
    report = a.sync()
    assert len(report.refused) == 3 and report.photos_sent == 0
    assert not fleet.hub.blobs.has(hashlib.sha256(photo).hexdigest())
    assert waiting_photos(a.db) == 1  # it stays on the laptop, to go if the record is ever taken


def test_partial_uploads_are_a_devices_own_and_bounded(fleet, district, monkeypatch):
    from inspector_app.hub import media

    office, a, c, unit, person = district
    files = [os.urandom(2000 + i) for i in range(5)]
    shas = name_files(a, *files)
    monkeypatch.setattr(media, "MAX_PARTIALS", 3)
    with raw(fleet, a.token) as http:
        for sha, data in zip(shas, files):
            http.put(f"/media/{sha}/upload", content=data[:100], headers={
                "Content-Type": "application/octet-stream", "Upload-Offset": "0", "Upload-Length": str(len(data))})
    kept = sorted(p.name for p in fleet.hub.upload_dir.iterdir())
    assert len(kept) == 3 and all(name.startswith(f"{a.db.device_id}.") for name in kept)
    assert {name.split(".")[1] for name in kept} == set(shas[2:])  # the oldest made room


def test_a_partial_upload_that_completes_while_another_begins_is_no_error(fleet, district):
    """Another request finished its file between the hub's listing of partial files and its look at
    them (here: a name in the listing with no file behind it): the upload goes on."""
    office, a, c, unit, person = district
    data = os.urandom(3000)
    (sha,) = name_files(a, data)
    gone = fleet.hub.upload_dir / f"{a.db.device_id}.{'0' * 64}.part"
    gone.symlink_to(fleet.hub.upload_dir / "finished-meanwhile")
    with raw(fleet, a.token) as http:
        answer = http.put(f"/media/{sha}/upload", content=data, headers={
            "Content-Type": "application/octet-stream", "Upload-Offset": "0", "Upload-Length": str(len(data))})
    assert answer.status_code < 300 and fleet.hub.blobs.path_for(sha).read_bytes() == data


def test_enrolment_is_throttled_and_a_code_burnt_after_wrong_passwords(fleet):
    from inspector_app.store.database import Database
    from inspector_app.sync.enrolment import enroll
    from inspector_app.sync.transport import open_http

    fleet.user("zhao", "inspector", "第一督查组")
    code = auth.enrollment_code(fleet.hub, "zhao")
    db = Database.open(fleet.folder / "zhao")
    keys = []
    with open_http(fleet.url) as http:
        for _ in range(3):
            with pytest.raises(Exception) as err:
                enroll(db, http, code, "wrong password", "zhao-laptop")
            keys.append(err.value.key)
        assert keys == ["hub_password_wrong", "hub_password_wrong", "hub_code_burnt"]
        with pytest.raises(Exception) as err:  # the right password no longer helps
            enroll(db, http, code, "correct horse", "zhao-laptop")
        assert err.value.key == "hub_code_invalid"
        for _ in range(5):  # guessing codes from the same address
            with pytest.raises(Exception) as err:
                enroll(db, http, "AAAA-AAAA", "x", "guess")
        assert err.value.key == "hub_enroll_throttled" and err.value.params["seconds"] > 0
        with pytest.raises(Exception) as err:  # a new, valid code must wait too
            enroll(db, http, auth.enrollment_code(fleet.hub, "zhao"), "correct horse", "zhao-laptop")
        assert err.value.key == "hub_enroll_throttled"
    db.close()
    with fleet.hub.read() as conn:
        outcomes = conn.execute(select(schema.enroll_attempt.c.outcome, func.count())
                                .group_by(schema.enroll_attempt.c.outcome)).all()
    assert dict(outcomes) == {"bad_password": 2, "burnt": 1, "bad_code": 2, "throttled": 5}


@pytest.mark.parametrize("header", [
    f"{PROTOCOL_HEADER}: \xb2".encode("latin-1"),
    f"{PROTOCOL_HEADER}: {PROTOCOL}\r\n{SCHEMA_HEADER}: \xb2".encode("latin-1"),
    f"{PROTOCOL_HEADER}: ٣".encode(),
    f"{PROTOCOL_HEADER}: 99999999999999999999999999".encode(),
])
def test_odd_bytes_in_a_header_are_a_bad_request_not_a_crash(fleet, header):
    host, port = fleet.url.removeprefix("http://").rsplit(":", 1)
    request = b"GET /api/v1/pull HTTP/1.1\r\nHost: x\r\n" + header + b"\r\nConnection: close\r\n\r\n"
    with socket.create_connection((host, int(port)), timeout=10) as conn:
        conn.sendall(request)
        status = conn.recv(100).split(b" ")[1]
    assert status in (b"400", b"401", b"409", b"426")


def test_odd_sizes_and_names_of_files_are_refused(fleet, district):
    office, a, c, unit, person = district
    host, port = fleet.url.removeprefix("http://").rsplit(":", 1)
    sha = "a" * 64
    for head in (f"PUT /api/v1/media/files HTTP/1.1\r\nUpload-Files: {sha}:\xb2\r\nContent-Length: 1",
                 f"PUT /api/v1/media/{sha}%0A/upload HTTP/1.1\r\nUpload-Offset: 0\r\nUpload-Length: 1\r\n"
                 "Content-Length: 1"):
        request = (f"{head}\r\nHost: x\r\nAuthorization: Bearer {a.token}\r\n{PROTOCOL_HEADER}: {PROTOCOL}\r\n"
                   "Content-Type: application/octet-stream\r\nConnection: close\r\n\r\nx").encode("latin-1")
        with socket.create_connection((host, int(port)), timeout=10) as conn:
            conn.sendall(request)
            status = conn.recv(100).split(b" ")[1]
        assert status == b"422", head
