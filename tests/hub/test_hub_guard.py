"""The hub at its door: no endpoint without a valid token, too old or too new clients told so,
malformed, oversized or mistyped requests refused with a clear message, nothing stored, the hub
still serving afterwards."""

from __future__ import annotations

import os
import re
import socket
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone

import httpx
import pytest
from sqlalchemy import select
from hypothesis import HealthCheck, given, settings, strategies as st

from inspector_app.domain.models import SCHEMA_REVISION
from inspector_app.hub.app import create_app
from inspector_app.hub import schema
from inspector_app.hub.auth import revoke_device
from inspector_app.sync.protocol import PROTOCOL, PROTOCOL_HEADER, SCHEMA_HEADER
from tests.fleet import add_finding, add_unit, damaged, name_files

HEADERS = {PROTOCOL_HEADER: str(PROTOCOL), SCHEMA_HEADER: SCHEMA_REVISION}


@pytest.fixture
def inspector(fleet):
    return fleet.laptop("a", team="第一督查组")


def raw(fleet, token: str | None = None, **headers: str) -> httpx.Client:
    auth = {"Authorization": f"Bearer {token}"} if token else {}
    return httpx.Client(base_url=f"{fleet.url}/api/v1", headers={**HEADERS, **auth, **headers}, timeout=10)


def uploader(http: httpx.Client, sha: str, size: int):
    """PUT a piece of the file `sha` of `size` bytes at an offset, as the sync client does."""
    return lambda body, offset=0: http.put(f"/media/{sha}/upload", content=body, headers={
        "Content-Type": "application/octet-stream", "Upload-Offset": str(offset), "Upload-Length": str(size)})


def still_serving(fleet, token: str) -> None:
    with raw(fleet, token) as http:
        assert http.get("/hello").status_code == 200


def test_every_endpoint_but_enrolment_needs_a_valid_token(fleet, inspector):
    routes = [(m, re.sub(r"\{[^}]+\}", "0" * 64, r.path)) for r in create_app(fleet.hub).routes
              if r.path.startswith("/api/") for m in getattr(r, "methods", ())]
    assert len(routes) >= 10
    for token in (None, "forged-" + inspector.token[7:], inspector.token + "x"):
        with raw(fleet, token) as http:
            for method, path in routes:
                if path.endswith("/enroll"):
                    continue
                response = http.request(method, path.removeprefix("/api/v1"), content=b"{}",
                                        headers={"Content-Type": "application/octet-stream" if path.endswith(("upload", "/media/files"))
                                                 else "application/json"})
                assert response.status_code == 401, (method, path, response.text)
                assert response.json()["error"] in ("hub_token_missing", "hub_token_invalid")
    still_serving(fleet, inspector.token)


def test_a_revoked_laptop_is_refused_and_keeps_its_data(fleet, inspector):
    unit = add_unit(inspector.db, "区人社局")
    assert revoke_device(fleet.hub, "a") == 1
    with pytest.raises(Exception) as err:
        inspector.sync()
    assert err.value.key == "hub_device_revoked"
    assert "停用" in err.value.message()
    from inspector_app.store.replica import waiting_ops
    assert waiting_ops(inspector.db) == 1 and unit.id not in fleet.hub_rows("unit")


def test_a_client_too_old_or_too_new_is_told_and_nothing_is_touched(fleet, inspector):
    add_unit(inspector.db, "区人社局")
    with raw(fleet, inspector.token, **{PROTOCOL_HEADER: "0"}) as http:
        response = http.get("/hello")
    assert response.status_code == 426 and "升级" in response.json()["message"]
    with raw(fleet, inspector.token, **{SCHEMA_HEADER: "9999"}) as http:
        response = http.post("/push", json={"ops": []})
    assert response.status_code == 409 and "同步中心需先升级" in response.json()["message"]
    with raw(fleet, inspector.token, **{"Accept-Language": "en", PROTOCOL_HEADER: ""}) as http:
        response = http.get("/hello")
    assert response.status_code == 400 and "protocol version" in response.json()["message"]
    assert fleet.hub_rows("unit") == {}


@pytest.mark.parametrize("body, content_type, status, word", [
    (b"{not json", "application/json", 422, "请求内容有误"),
    (b'{"ops": [{"seq": 0}]}', "application/json", 422, "ops.0"),
    (b'{"ops": []}', "text/plain", 415, "application/json"),
    (b"x" * (17 << 20), "application/json", 413, "过大"),
])
def test_bad_push_bodies_are_refused_clearly(fleet, inspector, body, content_type, status, word):
    with raw(fleet, inspector.token) as http:
        response = http.post("/push", content=body, headers={"Content-Type": content_type})
    assert response.status_code == status, response.text
    assert word in response.json()["message"]
    still_serving(fleet, inspector.token)


def op(seq: int, entity: str, fields: dict) -> dict:
    """An outbox operation as a device sends it, creating a record."""
    return {"op_id": str(uuid.uuid4()), "seq": seq, "entity": entity, "entity_id": str(uuid.uuid4()),
            "fields": fields, "created_at": datetime.now(timezone.utc).isoformat()}


@pytest.mark.parametrize("fields, field", [
    ({"name": "区人社局", "created_at": "昨天上午"}, "created_at"),
    ({"name": "区人社局", "parent_id": "not-an-id"}, "parent_id"),
    ({"name": "区人社局", "parent_id": 17}, "parent_id"),
    ({"name": ["区人社局"]}, "name"),
    ({"name": "区人社局", "sort_order": "first"}, "sort_order"),
    ({"name": "区" * 101}, "name"),
])
def test_an_operation_the_hub_cannot_keep_is_refused_alone_and_the_laptop_goes_on(fleet, fields, field):
    """A value the hub cannot read or keep refuses its operation with a message naming the field;
    the same push's next operation is applied, so the laptop's outbox is not held up behind it."""
    office = fleet.laptop("office", role="office", team=None)
    with raw(fleet, office.token) as http:
        response = http.post("/push", json={"ops": [op(1, "unit", fields), op(2, "unit", {"name": "区财政局"})]})
    assert response.status_code == 200, response.text
    refused, applied = response.json()["results"]
    assert refused["outcome"] == "refused" and f"“{field}”" in refused["message"], refused
    assert applied["outcome"] == "applied"
    assert [u["name"] for u in fleet.hub_rows("unit").values()] == ["区财政局"]
    assert [c["reason"] for c in fleet.hub_conflicts()] == ["refused"]  # shown to office staff
    still_serving(fleet, office.token)


def test_an_upload_whose_bytes_do_not_match_its_hash_is_discarded(fleet, inspector):
    data = os.urandom(10_000)
    [sha] = name_files(inspector, data)
    with raw(fleet, inspector.token) as http:
        put = uploader(http, sha, len(data))
        response = put(damaged(data))
        assert response.status_code == 422 and "不符" in response.json()["message"]
        assert not fleet.hub.blobs.has(sha)
        assert http.get(f"/media/{sha}/upload").json() == {"offset": 0, "complete": False}
        assert put(data[:4000]).json() == {"offset": 4000, "complete": False}
        assert put(data[4000:], offset=3000).status_code == 409  # not where the hub stands
        assert put(data[4000:], offset=4000).json() == {"offset": 10_000, "complete": True}
        assert put(b"other bytes").json()["complete"] is True  # a blob is never replaced
        assert http.put("/media/not-a-hash/upload", content=b"x", headers={
            "Content-Type": "application/octet-stream", "Upload-Offset": "0", "Upload-Length": "1"}).status_code == 422
    assert fleet.hub.blobs.path_for(sha).read_bytes() == data


def test_an_upload_longer_than_its_file_is_refused_and_leaves_what_the_hub_held(fleet, inspector):
    data = os.urandom(10_000)
    [sha] = name_files(inspector, data)
    with raw(fleet, inspector.token) as http:
        put = uploader(http, sha, len(data))
        assert put(data[:4000]).json() == {"offset": 4000, "complete": False}
        response = put(data[4000:] + b"one byte too many", offset=4000)
        assert response.status_code == 422 and "超过声明的大小" in response.json()["message"]
        assert http.get(f"/media/{sha}/upload").json() == {"offset": 4000, "complete": False}
        assert put(data[4000:], offset=4000).json() == {"offset": 10_000, "complete": True}
    assert fleet.hub.blobs.path_for(sha).read_bytes() == data


def put_files(http: httpx.Client, body: bytes, listing: str) -> httpx.Response:
    """PUT several whole files in one request, as the sync client sends small photos."""
    return http.put("/media/files", content=body, headers={"Content-Type": "application/octet-stream",
                                                          "Upload-Files": listing})


def test_small_files_sent_together_are_each_checked_and_the_good_ones_kept(fleet, inspector):
    files = [os.urandom(3000 + i) for i in range(3)]
    shas = name_files(inspector, *files)
    listing = ",".join(f"{sha}:{len(f)}" for sha, f in zip(shas, files))
    with raw(fleet, inspector.token) as http:
        response = put_files(http, files[0] + damaged(files[1]) + files[2], listing)
        assert response.status_code == 422 and "不符" in response.json()["message"]
        assert response.json()["sha256"] == shas[1]
        assert [fleet.hub.blobs.has(sha) for sha in shas] == [True, False, True]
        assert put_files(http, b"".join(files), listing).json() == {"complete": True}
        assert put_files(http, b"".join(files), listing).json() == {"complete": True}  # sent twice: no change
    for sha, data in zip(shas, files):
        assert fleet.hub.blobs.path_for(sha).read_bytes() == data
    assert not list(fleet.hub.upload_dir.iterdir())


@pytest.mark.parametrize("listing, body, word", [
    ("{a}:3000,{b}:3001", 5000, "文件大小不合理"),  # the body is not what the list says
    ("{a}:3000,{b}", 6001, "文件大小不合理"),
    ("{a}:3000,{b}:0", 3000, "文件大小不合理"),
    ("{a}:3000,not-a-hash:3001", 6001, "not-a-hash"),
    (",".join(["{a}:1"] * 65), 65, "65"),  # more files than one request takes
])
def test_a_malformed_list_of_files_is_refused_and_nothing_is_kept(fleet, inspector, listing, body, word):
    files = [os.urandom(3000), os.urandom(3001)]
    a, b = name_files(inspector, *files)
    with raw(fleet, inspector.token) as http:
        response = put_files(http, b"".join(files)[:body], listing.format(a=a, b=b))
    assert response.status_code == 422 and word in response.json()["message"], response.text
    assert not fleet.hub.blobs.has(a) and not fleet.hub.blobs.has(b)
    still_serving(fleet, inspector.token)


def test_an_upload_cut_mid_body_resumes_from_the_last_byte_that_arrived(fleet, inspector):
    """The connection drops while the body streams in: the hub keeps what arrived, says where it
    stands, and the rest completes the file (checked against its hash)."""
    data = os.urandom(300_000)
    [sha] = name_files(inspector, data)
    host, port = fleet.url.removeprefix("http://").rsplit(":", 1)
    head = (f"PUT /api/v1/media/{sha}/upload HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {inspector.token}\r\n"
            f"{PROTOCOL_HEADER}: {PROTOCOL}\r\n{SCHEMA_HEADER}: {SCHEMA_REVISION}\r\nContent-Type: application/octet-stream\r\n"
            f"Upload-Offset: 0\r\nUpload-Length: {len(data)}\r\nContent-Length: {len(data)}\r\n\r\n").encode()
    with socket.create_connection((host, int(port)), timeout=10) as conn:
        conn.sendall(head + data[:120_000])
        time.sleep(0.3)                                   # the hub writes what it has received
    with raw(fleet, inspector.token) as http:
        for _ in range(50):                               # until the hub has noticed the cut
            state = http.get(f"/media/{sha}/upload").json()
            if state["offset"] == 120_000:
                break
            time.sleep(0.1)
        assert state == {"offset": 120_000, "complete": False}
        assert http.put(f"/media/{sha}/upload", content=data[120_000:], headers={
            "Content-Type": "application/octet-stream", "Upload-Offset": "120000",
            "Upload-Length": str(len(data))}).json() == {"offset": len(data), "complete": True}
    assert fleet.hub.blobs.path_for(sha).read_bytes() == data


def test_the_same_photo_sent_twice_at_once_is_kept_once_and_whole(fleet, inspector):
    """A retry racing the first attempt: the hub takes one upload of a file at a time."""
    data = os.urandom(3_000_000)
    [sha] = name_files(inspector, data)

    def send(_: int) -> dict:
        with raw(fleet, inspector.token) as http:
            return http.put(f"/media/{sha}/upload", content=data, headers={
                "Content-Type": "application/octet-stream", "Upload-Offset": "0",
                "Upload-Length": str(len(data))}).json()
    with ThreadPoolExecutor(2) as pool:
        answers = list(pool.map(send, range(2)))
    assert answers == [{"offset": len(data), "complete": True}] * 2
    assert fleet.hub.blobs.path_for(sha).read_bytes() == data


def test_enrolment_codes_are_single_use_and_need_the_password(fleet):
    from inspector_app.hub import auth
    from inspector_app.store.database import Database
    from inspector_app.sync.enrolment import enroll
    from inspector_app.sync.transport import open_http

    fleet.user("zhao", "inspector", "第一督查组")
    code = auth.enrollment_code(fleet.hub, "zhao")
    db = Database.open(fleet.folder / "zhao")
    with open_http(fleet.url) as http:
        with pytest.raises(Exception) as err:
            enroll(db, http, code, "wrong password", "zhao-laptop")
        assert err.value.key == "hub_password_wrong"
        enroll(db, http, code.lower().replace("-", " "), "correct horse", "zhao-laptop")  # as typed off paper
        other = Database.open(fleet.folder / "zhao2")
        with pytest.raises(Exception) as err:
            enroll(other, http, code, "correct horse", "second")
        assert err.value.key == "hub_code_invalid"
    db.close()
    other.close()


def test_an_inspector_reads_only_their_team(fleet, inspector):
    office = fleet.laptop("office", role="office", team=None)
    unit = add_unit(office.db, "区人社局")
    office.sync()
    other = fleet.laptop("c", team="第二督查组")
    other.sync()
    finding = add_finding(other.db, unit.id, other.team_id, "第二组发现的问题")
    other.sync()
    inspector.sync()
    with raw(fleet, inspector.token) as http:
        pulled = http.get("/pull", params={"after": 0}).json()["rows"]
    assert str(finding.id) not in {r["id"] for r in pulled}
    assert all("password_hash" not in r["fields"] for r in pulled)
    assert {r["entity"] for r in pulled} >= {"unit", "user", "team"}


@pytest.mark.parametrize("status, word", [("reviewed", "已审核"), ("anything", "anything")])
def test_an_inspector_cannot_review_their_own_finding_whatever_status_they_send(fleet, inspector, status, word):
    office = fleet.laptop("office", role="office", team=None)
    unit = add_unit(office.db, "区人社局")
    office.sync()
    finding = {"unit_id": str(unit.id), "team_id": str(inspector.team_id), "violation_code": "late",
               "description": "上班时间玩游戏", "observed_at": "2026-10-15T09:40:00", "status": status}
    with raw(fleet, inspector.token) as http:
        response = http.post("/push", json={"ops": [op(1, "finding", finding)]})
    assert response.status_code == 200, response.text
    [refused] = response.json()["results"]
    assert refused["outcome"] == "refused" and word in refused["message"] and "办公室" in refused["message"]
    assert fleet.hub_rows("finding") == {}
    still_serving(fleet, inspector.token)


JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False)
                    | st.text(max_size=120), lambda inner: st.lists(inner, max_size=3)
                    | st.dictionaries(st.text(max_size=8), inner, max_size=3), max_leaves=6)


def test_whatever_value_a_field_holds_the_push_is_answered_and_the_next_operation_applied(fleet):
    """Any JSON value in any field (and fields the hub does not know): the operation is applied or
    refused, never a failed request; the operation after it is applied either way."""
    office = fleet.laptop("office", role="office", team=None)
    columns = [c for c in schema.metadata.tables["unit"].c.keys() if c != "id"] + ["no_such_field"]

    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(field=st.sampled_from(columns), value=JSON)
    def push(field, value):
        with fleet.hub.read() as conn:
            last = conn.execute(select(schema.device.c.last_seq)).scalar_one()
        good = f"区财政局{last}"
        with raw(fleet, office.token) as http:
            response = http.post("/push", json={"ops": [op(last + 1, "unit", {"name": "区人社局", field: value}),
                                                        op(last + 2, "unit", {"name": good})]})
        assert response.status_code == 200, response.text
        first, second = response.json()["results"]
        assert first["outcome"] in ("applied", "refused") and second["outcome"] == "applied"
        assert good in {u["name"] for u in fleet.hub_rows("unit").values()}

    push()
    still_serving(fleet, office.token)


def test_a_number_too_large_for_the_database_is_refused_not_looked_up(fleet):
    office = fleet.laptop("office", role="office", team=None)
    with raw(fleet, office.token) as http:
        responses = [http.get("/pull", params={"after": 2 ** 64}),
                     http.post(f"/conflicts/{2 ** 64}/resolve", json={"take": "hub"})]
    for response in responses:
        assert response.status_code == 422, response.text
        assert "请求内容有误" in response.json()["message"]
    still_serving(fleet, office.token)
