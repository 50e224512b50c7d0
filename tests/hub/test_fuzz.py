"""No request breaks the hub: schemathesis generates requests from the hub's own OpenAPI document,
valid and invalid, sent with the protocol headers and an inspector's token, and raw bytes go into
the headers the hub reads itself; not one answer is a server error. On SQLite and PostgreSQL."""

from __future__ import annotations

import os
import socket
from collections import Counter

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings, strategies as st
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode

from inspector_app.sync.protocol import PROTOCOL, PROTOCOL_HEADER, SCHEMA, SCHEMA_HEADER
from tests.fleet import add_finding, add_unit, name_files

# each way (valid and invalid), for each operation: some 570 requests a database (more for a long run)
EXAMPLES = int(os.environ.get("INSPECTOR_FUZZ_EXAMPLES", "30"))


@pytest.fixture
def inspector(fleet):
    office = fleet.laptop("office", role="office", team=None)
    unit = add_unit(office.db, "区人社局")
    office.sync()
    laptop = fleet.laptop("a")
    laptop.sync()
    add_finding(laptop.db, unit.id, laptop.team_id, "上班时间玩游戏")
    name_files(laptop, b"a photo the records name")
    return laptop


def test_no_generated_request_is_a_server_error(fleet, inspector):
    schema = schemathesis.openapi.from_url(f"{fleet.url}/openapi.json")  # the hub served on loopback
    headers = {PROTOCOL_HEADER: str(PROTOCOL), SCHEMA_HEADER: SCHEMA, "Authorization": f"Bearer {inspector.token}"}
    statuses: Counter = Counter()
    for found in schema.get_all_operations():
        operation = found.ok()
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            @settings(max_examples=EXAMPLES, deadline=None, database=None,
                      suppress_health_check=list(HealthCheck))
            @given(case=operation.as_strategy(generation_mode=mode))
            def call(case):
                response = case.call(base_url=fleet.url, headers={**(case.headers or {}), **headers}, timeout=30)
                statuses[response.status_code] += 1
                assert response.status_code < 500, (case.method, case.formatted_path, response.text[:300])
            try:
                call()
            except Unsatisfiable:  # an operation with nothing to get wrong (no parameters, no body)
                continue
    assert sum(statuses.values()) >= 300 and not [s for s in statuses if s >= 500]
    print(f"\nschemathesis: {sum(statuses.values())} requests, statuses {dict(sorted(statuses.items()))}")


# header values of raw bytes (no CR or LF: those would end the header, not fill it)
RAW = st.binary(min_size=0, max_size=24).map(lambda b: b.replace(b"\r", b"").replace(b"\n", b""))
HEADERS = ["X-Inspector-Protocol", "X-Inspector-Schema", "Content-Length", "Content-Type", "Upload-Files",
           "Upload-Offset", "Upload-Length", "Authorization", "Accept-Language"]
PATHS = ["GET /api/v1/pull", "GET /api/v1/hello", "PUT /api/v1/media/files", f"PUT /api/v1/media/{'a' * 64}/upload",
         "POST /api/v1/push", "POST /api/v1/enroll"]


def test_raw_bytes_in_any_header_are_no_server_error(fleet, inspector):
    host, port = fleet.url.removeprefix("http://").rsplit(":", 1)
    statuses: Counter = Counter()

    @settings(max_examples=5 * EXAMPLES, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(line=st.sampled_from(PATHS), name=st.sampled_from(HEADERS), value=RAW)
    def send(line, name, value):
        base = {"Host": b"x", "X-Inspector-Protocol": str(PROTOCOL).encode(), "X-Inspector-Schema": SCHEMA.encode(),
                "Authorization": f"Bearer {inspector.token}".encode(), "Content-Length": b"0",
                "Content-Type": b"application/octet-stream", "Connection": b"close"}
        base[name] = value
        head = line.encode() + b" HTTP/1.1\r\n" + b"".join(k.encode() + b": " + v + b"\r\n" for k, v in base.items())
        with socket.create_connection((host, int(port)), timeout=10) as conn:
            conn.sendall(head + b"\r\n")
            answer = conn.recv(64)
        status = int(answer.split(b" ")[1]) if answer.startswith(b"HTTP/1.1 ") else 0  # 0: the server hung up
        statuses[status] += 1
        assert status < 500, (line, name, value, answer)

    send()
    print(f"\nraw headers: {sum(statuses.values())} requests, statuses {dict(sorted(statuses.items()))}")
