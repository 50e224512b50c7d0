"""The laptop's side of sync: push the outbox, send the photos the hub lacks (beside the push where
the link allows), pull what changed, fetch the photos this laptop lacks. Every step is safe to
repeat, so a dropped connection is retried (with backoff) and a crash at any point resumes where it
stopped (SYNC.md invariant 6).
"""

from __future__ import annotations

import hashlib
import json
import random
import socket
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import httpx
from sqlalchemy import bindparam, delete, insert, update
from sqlmodel import Session, select

from inspector_app import __version__
from inspector_app.domain.ids import utcnow
from inspector_app.domain.models import Evidence, LocalState, MediaSent, OutboxOp
from inspector_app.errors import InspectorError
from inspector_app.evidence.blobs import CHUNK as PIECE, BlobRef, BlobStore
from inspector_app.fileio import DiskFile
from inspector_app.i18n import current_language
from inspector_app.messages import MESSAGES
from inspector_app.store import migrate
from inspector_app.store.database import Database
from inspector_app.sync import credentials
from inspector_app.sync.status import CURSOR, LAST_SYNC, waiting_ops
from inspector_app.sync.protocol import (
    CHUNK, ENTITIES, MAX_FILES, MAX_OPS_PER_PUSH, OLDER_HUB_CHUNK, PULL_PAGE, PROTOCOL, PROTOCOL_HEADER, SCHEMA_HEADER,
    EnrollRequest, EnrollResponse,
    Op, OpResult, PullPage, PushRequest, PushResponse, Row, table_of, typed,
)

RETRYABLE = (httpx.TransportError,)
UPLOADERS = 6
# a push batch answered sooner shows a link that is not what limits the sync: the photos then go up
# beside the rest of the push, and the hub's and laptop's cores work on both; on a slower link the
# records go first, the link theirs alone
ALONGSIDE_WITHIN = 1.0  # seconds


@dataclass
class SyncReport:
    pushed: int = 0
    conflicts: int = 0
    refused: list[str] = field(default_factory=list)
    photos_sent: int = 0
    bytes_sent: int = 0
    pulled: int = 0
    photos_fetched: int = 0
    missing_on_hub: list[str] = field(default_factory=list)  # photos no device has sent yet, by name
    open_conflicts: int | None = None  # for office staff: conflicts on the hub waiting for a person
    seconds: float = 0.0


def hub_error(response: httpx.Response) -> InspectorError:
    """The hub's JSON error as the same message in this app's language."""
    try:
        body = response.json()
    except ValueError:
        body = {}
    key = body.get("error", "")
    if key in MESSAGES:
        params = {k: v for k, v in body.items() if k not in ("error", "message")}
        try:
            MESSAGES[key]["zh"].format(**params)
            return InspectorError(key, **params)
        except (KeyError, IndexError):
            pass
    return InspectorError("sync_hub_error", status=response.status_code,
                          detail=body.get("message") or response.text[:200])


T = TypeVar("T")


class HubBusy(Exception):
    """A 5xx answer: worth asking again."""

    def __init__(self, error: InspectorError) -> None:
        super().__init__(error.key)
        self.error = error


def refusal(response: httpx.Response) -> Exception:
    """What to raise for a hub's answer other than success: HubBusy (worth asking again) for a 5xx."""
    error = hub_error(response)
    return HubBusy(error) if response.status_code >= 500 else error


class Connection:
    """HTTP to the hub with retries: a transport failure or a 5xx is retried with growing pauses;
    every request the client makes is idempotent, so a retry never duplicates anything."""

    def __init__(self, http: httpx.Client, token: str = "", attempts: int = 6, backoff: float = 0.5,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.http = http
        self.attempts = attempts
        self.backoff = backoff
        self.sleep = sleep
        self.headers = {PROTOCOL_HEADER: str(PROTOCOL), SCHEMA_HEADER: migrate.head_revision(),
                        "Accept-Language": current_language(), "User-Agent": f"inspector/{__version__}"}
        if token:
            self.headers["Authorization"] = f"Bearer {token}"

    def request(self, method: str, path: str, ok: tuple[int, ...] = (200,), **kwargs: Any) -> httpx.Response:
        headers = {**self.headers, **kwargs.pop("headers", {})}

        def once() -> httpx.Response:
            response = self.http.request(method, path, headers=headers, **kwargs)
            if response.status_code in ok:
                return response
            raise refusal(response)

        return self.retrying(once)

    def retrying(self, once: Callable[[], T]) -> T:
        """`once()`, again after a transport failure or a 5xx (HubBusy) with growing pauses; the
        last failure raised as an InspectorError."""
        for attempt in range(self.attempts):
            try:
                return once()
            except RETRYABLE as exc:
                if attempt == self.attempts - 1:
                    raise InspectorError("sync_unreachable", url=str(self.http.base_url), detail=str(exc)
                                         or type(exc).__name__) from exc
            except HubBusy as busy:
                if attempt == self.attempts - 1:
                    raise busy.error from None
            self.sleep(min(30.0, self.backoff * 2 ** attempt) * (0.5 + random.random() / 2))
        raise AssertionError("unreachable")

    def json(self, method: str, path: str, body: Any = None, **kwargs: Any) -> Any:
        if body is not None:
            kwargs["content"] = body if isinstance(body, (str, bytes)) else json.dumps(body)
            kwargs["headers"] = {"Content-Type": "application/json"}
        return self.request(method, path, **kwargs).json()


def open_http(url: str, timeout: float = 60.0) -> httpx.Client:
    """An HTTP client for the hub at `url`; small requests are sent at once (no Nagle delay)."""
    transport = httpx.HTTPTransport(retries=0, socket_options=[(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)])
    return httpx.Client(base_url=url.rstrip("/") + "/api/v1", timeout=timeout, transport=transport)


@contextmanager
def connect(db: Database, hub_url: str | None = None, attempts: int = 6) -> Iterator[Connection]:
    """A connection to this laptop's hub with its credentials (InspectorError when not enrolled)."""
    creds = credentials.load(db.data_dir, db.device_id)
    with open_http(hub_url or creds.hub_url) as http:
        yield Connection(http, creds.token, attempts=attempts)


def enroll(db: Database, http: httpx.Client, code: str, password: str, device_name: str) -> credentials.Credentials:
    """Register this laptop with the hub using an administrator's one-time code."""
    private, box, public = credentials.new_device_keys()
    body = EnrollRequest(code=code, password=password, device_id=db.device_id, device_name=device_name,
                         public_key=public)
    reply = EnrollResponse.model_validate(Connection(http, attempts=3).json("POST", "/enroll", body.model_dump_json()))
    creds = credentials.Credentials(
        hub_url=str(http.base_url).removesuffix("/api/v1/").removesuffix("/api/v1"), hub_id=reply.hub_id,
        token=reply.token, hub_public_key=reply.hub_public_key, hub_signing_key=reply.hub_signing_key,
        device_key=private, box_key=box, user=reply.user, role=reply.role, team_id=str(reply.team_id or ""))
    credentials.save(db.data_dir, db.device_id, creds)
    return creds


class Behind:
    """The progress of a stage that runs beside another: held back (its latest kept) while the
    other reports, so a progress bar shows one stage at a time; passed on after `pass_on`."""

    def __init__(self, progress: Callable[[str, int, int], None]) -> None:
        self.progress = progress
        self.lock = threading.Lock()
        self.latest: tuple[str, int, int] | None = None
        self.passing = False

    def __call__(self, stage: str, done: int, total: int) -> None:
        with self.lock:
            if self.passing:
                self.progress(stage, done, total)
            else:
                self.latest = (stage, done, total)

    def pass_on(self) -> None:
        with self.lock:
            self.passing = True
            if self.latest is not None:
                self.progress(*self.latest)


class Pieces:
    """Parts of files, (path, start, length), one after another as a request body, read a piece at a
    time as it is sent (a retry reads them again): a few pieces in memory instead of every file of
    every request under way, which cost the laptop a page fault for each page of each file (60,000
    against 5,000 for 1 GB)."""

    def __init__(self, parts: list[tuple[Path, int, int]]) -> None:
        self.parts = parts

    def __iter__(self) -> Iterator[bytes]:
        for path, start, length in self.parts:
            with path.open("rb", buffering=0) as f:
                f.seek(start)
                while length > 0 and (piece := f.read(min(PIECE, length))):
                    length -= len(piece)
                    yield piece


class SyncClient:
    """One laptop's sync with its hub."""

    def __init__(self, db: Database, conn: Connection,
                 progress: Callable[[str, int, int], None] | None = None, chunk: int = CHUNK,
                 page_size: int = PULL_PAGE, push_size: int = MAX_OPS_PER_PUSH,
                 alongside_within: float = ALONGSIDE_WITHIN) -> None:
        self.db = db
        self.conn = conn
        self.chunk = chunk
        self.page_size = page_size
        self.push_size = push_size
        self.alongside_within = alongside_within
        self.blobs = BlobStore(db.blob_dir)
        self.progress = progress or (lambda stage, done, total: None)

    def run(self) -> SyncReport:
        """Push (with the photos beside it on a fast link), send the photos still to go, pull, fetch
        photos; the record of it kept for the status line."""
        started = time.monotonic()
        report = SyncReport()
        hello = self.conn.json("GET", "/hello")  # the version handshake: a refused client stops here, untouched
        self.chunk = min(self.chunk, hello.get("upload_limit", OLDER_HUB_CHUNK))  # no request the hub would refuse
        together = hello.get("files_upload", False)
        sent = self.push_with_photos(report, together)
        missing = self.conn.json("GET", "/media/missing")  # what the hub lacks, this laptop's photos included
        sent |= self.send_photos(report, missing, together)  # those not sent beside the push, and any the hub lost
        self.pull(report)
        missing = [m for m in missing if m["sha256"] not in sent]
        not_yet = self.fetch_photos(report, {m["sha256"] for m in missing})
        report.missing_on_hub = [m["original_name"] or m["sha256"][:12] for m in missing] + [s[:12] for s in not_yet]
        if hello["role"] in ("office", "admin"):
            report.open_conflicts = len(self.conn.json("GET", "/conflicts"))
        report.seconds = round(time.monotonic() - started, 3)
        with self.db.session() as s:
            s.merge(LocalState(key=LAST_SYNC, value=json.dumps({"at": utcnow().isoformat(), **asdict(report)},
                                                                  ensure_ascii=False)))
        return report

    # --- push -----------------------------------------------------------------------------------

    def push_with_photos(self, report: SyncReport, together: bool) -> set[str]:
        """Push the outbox; once a batch is answered within `alongside_within` seconds, the photos go
        up beside the rest of it, on a thread of their own, their progress passed on when the push
        is done. A failed push stops them after the requests under way; a failed photo is raised
        once the push is done. Returns the photos sent."""
        stop, behind = threading.Event(), Behind(self.progress)
        with ThreadPoolExecutor(1) as alongside:
            photos: Future[set[str]] | None = None

            def answered(seconds: float) -> None:
                nonlocal photos
                if photos is None and seconds < self.alongside_within:
                    photos = alongside.submit(self.send_photos, report, [], together, behind, stop)
            try:
                self.push(report, answered)
            except BaseException:
                stop.set()
                raise
            behind.pass_on()
            return photos.result() if photos is not None else set()

    def push(self, report: SyncReport, answered: Callable[[float], None] = lambda seconds: None) -> None:
        """Send the outbox in batches, in order; `answered` is told each batch's round trip."""
        total = waiting_ops(self.db)
        while True:
            with self.db.session() as s:
                ops = s.exec(select(OutboxOp).order_by(OutboxOp.seq).limit(self.push_size)).all()
            if not ops:
                return
            body = PushRequest(ops=[Op(op_id=o.op_id, seq=o.seq, entity=o.entity, entity_id=o.entity_id,
                                       base_version=o.base_version, fields=o.fields, schema_version=o.schema_version,
                                       actor=o.actor, created_at=o.created_at) for o in ops],
                               adopts_versions=True)
            sent = time.monotonic()
            reply = PushResponse.model_validate(self.conn.json("POST", "/push", body.model_dump_json()))
            answered(time.monotonic() - sent)
            with self.db.session(applying_remote=True) as s:  # an entry leaves the outbox only once the hub has it
                s.execute(delete(OutboxOp).where(OutboxOp.seq <= reply.acked_seq))
                apply_rows(s, [r.row for r in reply.results if r.row is not None])
                adopt_versions(s, {o.op_id: (o.entity, o.entity_id) for o in ops}, reply.results)
            for result in reply.results:
                report.pushed += 1
                report.conflicts += result.outcome == "conflict"
                if result.outcome == "refused":
                    report.refused.append(result.message)
            self.progress("push", report.pushed, total)
            if reply.acked_seq < ops[-1].seq:
                raise InspectorError("sync_push_stalled", seq=reply.acked_seq + 1)

    # --- photos up ------------------------------------------------------------------------------

    def send_photos(self, report: SyncReport, missing: list[dict[str, Any]], together: bool = False,
                    progress: Callable[[str, int, int], None] | None = None,
                    stop: threading.Event | None = None) -> set[str]:
        """Send the photos the hub asks for (small ones several to a request, when the hub takes
        that: `together`), those noted as sent that `missing` names again; returns the hashes sent.
        `progress`: instead of the sync's; `stop`: when set, no more requests are begun."""
        lost = [m["sha256"] for m in missing if self.blobs.has(m["sha256"])]
        with self.db.session() as s:
            if lost:  # noted as sent, yet the hub lacks it (a restored hub, a lost disk): offer it again
                s.execute(delete(MediaSent).where(MediaSent.sha256.in_(lost)))
            shas = s.exec(select(Evidence.sha256).where(
                Evidence.sha256.not_in(select(MediaSent.sha256))).distinct()).all()
        local = [sha for sha in shas if self.blobs.has(sha)]
        wanted: list[str] = []
        for i in range(0, len(local), 5000):
            batch = local[i:i + 5000]
            asked = set(self.conn.json("POST", "/media/wanted", {"sha256": batch})["wanted"])
            mark_sent(self.db, [sha for sha in batch if sha not in asked])
            wanted += [sha for sha in batch if sha in asked]
        sizes = {sha: self.blobs.path_for(sha).stat().st_size for sha in wanted}
        done, size = self._each("photos_up", self.requests(sizes, together), self.upload, progress, stop)
        report.photos_sent += len(done)
        report.bytes_sent += size
        return set(done)

    def requests(self, sizes: dict[str, int], together: bool) -> list[list[str]]:
        """The files of each request that sends them: with `together`, files up to half a
        chunk go several to a request (up to a chunk and MAX_FILES); others alone, in chunks."""
        jobs: list[list[str]] = []
        group: list[str] = []
        held = 0
        for sha, size in sizes.items():
            if not together or size > self.chunk // 2:
                jobs.append([sha])
                continue
            if len(group) == MAX_FILES or held + size > self.chunk:
                jobs.append(group)
                group, held = [], 0
            group.append(sha)
            held += size
        return jobs + [group] if group else jobs

    def _each(self, stage: str, jobs: list[list[str]], transfer: Callable[[list[str]], int | None],
              progress: Callable[[str, int, int], None] | None = None, stop: threading.Event | None = None
              ) -> tuple[list[str], int]:
        """Transfer files a few requests at a time (one file's disk writes overlap another's transfer)
        and note each finished one as held by the hub, in batches (a crash before the note only means
        asking again); `jobs`: the files of each request; `transfer` returns the bytes moved, None
        when the file is not there to move; `progress`, `stop`: as for `send_photos`. Returns (the
        files moved, bytes)."""
        progress = progress or self.progress

        def unless_stopped(job: list[str]) -> int | None:  # no request begun once `stop` is set
            return None if stop is not None and stop.is_set() else transfer(job)
        confirmed: list[str] = []
        done: list[str] = []
        size, finished, total = 0, 0, sum(len(job) for job in jobs)
        with ThreadPoolExecutor(UPLOADERS) as pool:
            futures = {pool.submit(unless_stopped, job): job for job in jobs}
            try:
                for future in as_completed(futures):
                    moved = future.result()
                    if moved is not None:
                        size += moved
                        done += futures[future]
                        confirmed += futures[future]
                    if len(confirmed) >= 50:
                        mark_sent(self.db, confirmed)
                        confirmed = []
                    finished += len(futures[future])
                    progress(stage, finished, total)
            finally:
                for future in futures:
                    future.cancel()
                mark_sent(self.db, confirmed)
        return done, size

    def upload(self, shas: list[str]) -> int:
        """Send one file in chunks from wherever the hub's copy stops, or several small files whole
        in one request; returns the bytes sent."""
        if len(shas) == 1:
            return self.upload_chunks(shas[0])
        files = [self.blobs.path_for(sha) for sha in shas]
        sizes = [file.stat().st_size for file in files]
        self.conn.json("PUT", "/media/files", content=Pieces([(file, 0, size) for file, size in zip(files, sizes)]),
                       headers={"Content-Type": "application/octet-stream", "Content-Length": str(sum(sizes)),
                                "Upload-Files": ",".join(f"{sha}:{size}" for sha, size in zip(shas, sizes))})
        return sum(sizes)

    def upload_chunks(self, sha256: str) -> int:
        """Send one file in chunks from wherever the hub's copy stops; returns the bytes sent."""
        path = f"/media/{sha256}/upload"
        file = self.blobs.path_for(sha256)
        size = file.stat().st_size
        offset, sent, complete = 0, 0, False
        while not complete:
            length = min(self.chunk, size - offset)
            try:
                state = self.conn.json("PUT", path, content=Pieces([(file, offset, length)]), headers={
                    "Content-Type": "application/octet-stream", "Content-Length": str(length),
                    "Upload-Offset": str(offset), "Upload-Length": str(size)})
            except InspectorError as exc:
                if exc.key != "hub_offset_mismatch":
                    raise
                offset = int(exc.params["offset"])  # the hub holds more (or less) already: go on from there
                continue
            sent += length
            offset, complete = state["offset"], state["complete"]
        return sent

    # --- pull -----------------------------------------------------------------------------------

    def pull(self, report: SyncReport) -> None:
        while True:
            with self.db.session() as s:
                row = s.get(LocalState, CURSOR)
                cursor = int(row.value) if row else 0
            page = PullPage.model_validate(self.conn.json("GET", "/pull", params={"after": cursor,
                                                                               "limit": self.page_size}))
            apply_page(self.db, page)
            report.pulled += len(page.rows)
            self.progress("pull", report.pulled, 0)
            if not page.more:
                return

    # --- photos down ----------------------------------------------------------------------------

    def fetch_photos(self, report: SyncReport, missing_on_hub: set[str]) -> list[str]:
        """The photos of this laptop's records that it lacks and the hub has; returns those the hub
        turned out not to have (their records arrived since `missing_on_hub` was asked)."""
        with self.db.session() as s:
            shas = s.exec(select(Evidence.sha256).where(Evidence.deleted.is_(False)).distinct()).all()
        lacking = [sha for sha in shas if sha not in missing_on_hub and not self.blobs.has(sha)]
        fetched, _ = self._each("photos_down", [[sha] for sha in lacking], lambda job: self.download(job[0]))
        report.photos_fetched = len(fetched)
        return sorted(set(lacking) - set(fetched))

    def download(self, sha256: str) -> int | None:
        """Fetch one file from the hub into the blob store, checked against its hash (again from
        the start after a dropped connection); returns its size, None when the hub does not have it."""
        return self.conn.retrying(lambda: self._download_once(sha256))

    def _download_once(self, sha256: str) -> int | None:
        tmp = self.blobs.part_path()
        digest = hashlib.sha256()
        try:
            with self.conn.http.stream("GET", f"/media/{sha256}", headers=self.conn.headers) as response:
                if response.status_code != 200:
                    response.read()
                    if hub_error(response).key == "hub_not_found":  # no device has sent it to the hub yet
                        return None
                    raise refusal(response)
                with DiskFile(tmp) as out:
                    for chunk in response.iter_bytes(1 << 20):
                        digest.update(chunk)
                        out.write(chunk)
                    size = out.finish()
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        try:  # hashed on the way in: adopting it need not read it back
            self.blobs.adopt(tmp, BlobRef(sha256, size), digest.hexdigest())
        except ValueError:
            tmp.unlink(missing_ok=True)
            raise InspectorError("hub_upload_hash_mismatch", sha256=sha256) from None
        return size


def apply_page(db: Database, page: PullPage) -> None:
    """Apply one page from the hub and advance the cursor, in one transaction."""
    with db.session(applying_remote=True) as s:
        apply_rows(s, page.rows)
        s.merge(LocalState(key=CURSOR, value=str(page.cursor)))


def apply_rows(s: Session, rows: list[Row]) -> None:
    """Make local records what the hub keeps. Fields with an edit still waiting in the outbox keep
    their local value: that edit goes to the hub next, and the hub decides."""
    ids = {row.id for row in rows}
    pending: dict[Any, set[str]] = {}
    if ids:
        for entity_id, fields in s.exec(select(OutboxOp.entity_id, OutboxOp.fields)
                                        .where(OutboxOp.entity_id.in_(ids))).all():
            pending.setdefault(entity_id, set()).update(fields)
    by_entity: dict[str, list[Any]] = {}
    for row in rows:
        by_entity.setdefault(row.entity, []).append(row.id)
    for entity, entity_ids in by_entity.items():  # one query per kind brings them into the session
        if entity in ENTITIES:
            s.exec(select(ENTITIES[entity]).where(ENTITIES[entity].id.in_(entity_ids))).all()
    for row in rows:
        model = ENTITIES.get(row.entity)
        if model is None:
            continue
        values = typed(table_of(row.entity), row.fields)
        obj = s.get(model, row.id)
        if obj is None:
            s.add(model(**values, server_version=row.version))
            continue
        keep = pending.get(row.id, set())
        for key, value in values.items():
            if key not in keep and getattr(obj, key) != value:
                setattr(obj, key, value)
        obj.server_version = row.version


def adopt_versions(s: Session, records: dict[Any, tuple[str, Any]], results: list[OpResult]) -> None:
    """Take the version and stamp the hub gave the records whose copy here is now the hub's (its
    pulls leave them out); `records`: each op's (entity, id). The last op on a record decides."""
    by_entity: dict[str, list[dict[str, Any]]] = {}
    for r in results:
        entity, entity_id = records[r.op_id]
        if r.version is not None:
            by_entity.setdefault(entity, []).append({"key": entity_id, "v": r.version, "at": r.updated_at})
    for entity, values in by_entity.items():
        table = table_of(entity)
        s.execute(update(table).where(table.c.id == bindparam("key"))
                  .values(server_version=bindparam("v"), updated_at=bindparam("at")), values)


def mark_sent(db: Database, shas: list[str]) -> None:
    """Note files the hub holds, so they are not offered again."""
    if shas:
        with db.session() as s:
            s.execute(insert(MediaSent).prefix_with("OR IGNORE"), [{"sha256": sha, "at": utcnow()} for sha in shas])
