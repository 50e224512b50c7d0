"""The laptop's sync with its hub, step by step: push the outbox, send the photos the hub lacks
(beside the push where the link allows), pull what changed, fetch the photos this laptop lacks.
Every step is safe to repeat, so a dropped connection is retried (transport) and a crash at any
point resumes where it stopped (docs/sync.md invariant 6); the local writes are the replica's (store).
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from typing import Any

from inspector_app.domain.models import ENTITIES
from inspector_app.errors import InspectorError
from inspector_app.store import replica, vault
from inspector_app.store.database import Database
from inspector_app.sync.photos import Behind, Photos
from inspector_app.sync.protocol import (
    CHUNK, MAX_AUDIT_ENTRIES, MAX_OPS_PER_PUSH, OLDER_HUB_CHUNK, PULL_PAGE, AuditBatch, AuditHeld, AuditRecord, Op, OpResult, PullPage, PushRequest, PushResponse, Refusal,
    Row, table_of, typed,
)
from inspector_app.sync.transport import Connection

# a push batch answered sooner shows a link that is not what limits the sync: the photos then go up
# beside the rest of the push, and the hub's and laptop's cores work on both; on a slower link the
# records go first, the link theirs alone
ALONGSIDE_WITHIN = 1.0  # seconds


@dataclass
class SyncReport:
    pushed: int = 0
    conflicts: int = 0
    refused: list[Refusal] = field(default_factory=list)
    photos_sent: int = 0
    bytes_sent: int = 0
    pulled: int = 0
    photos_fetched: int = 0
    missing_on_hub: list[str] = field(default_factory=list)  # photos no device has sent yet, by name
    open_conflicts: int | None = None  # for office staff: conflicts on the hub waiting for a person
    seconds: float = 0.0

    def as_json(self) -> dict[str, Any]:
        """The report as JSON, each refusal with its message id, parameters and words in this
        laptop's language."""
        return {**asdict(self), "refused": [r.model_dump() | {"message": r.text()} for r in self.refused]}


def incoming(rows: list[Row]) -> list[replica.Incoming]:
    """Rows from the hub as column values; kinds of record this version does not know left out."""
    return [replica.Incoming(r.entity, r.id, r.version, typed(table_of(r.entity), r.fields))
            for r in rows if r.entity in ENTITIES]


class SyncClient:
    """One laptop's sync with its hub."""

    def __init__(self, db: Database, conn: Connection,
                 progress: Callable[[str, int, int], None] | None = None, chunk: int = CHUNK,
                 page_size: int = PULL_PAGE, push_size: int = MAX_OPS_PER_PUSH,
                 alongside_within: float = ALONGSIDE_WITHIN) -> None:
        self.db = db
        self.conn = conn
        self.page_size = page_size
        self.push_size = push_size
        self.alongside_within = alongside_within
        self.progress = progress or (lambda stage, done, total: None)
        self.photos = Photos(db, conn, self.progress, chunk)

    def run(self) -> SyncReport:
        """Push (with the photos beside it on a fast link), send the photos still to go, pull, fetch
        photos; the record of it kept for the status line."""
        started = time.monotonic()
        report = SyncReport()
        hello = self.conn.json("GET", "/hello")  # the version handshake: a refused client stops here, untouched
        if hello.get("recovery_key"):  # the office's recovery key: this laptop's data key wrapped to it too
            vault.set_recovery(self.db.data_dir, self.db.keys, hello["recovery_key"])
        self.photos.chunk = min(self.photos.chunk, hello.get("upload_limit", OLDER_HUB_CHUNK))  # no request refused
        together = hello.get("files_upload", False)
        sent = self.push_with_photos(report, together)
        missing = self.conn.json("GET", "/media/missing")  # what the hub lacks, this laptop's photos included
        sent |= self.send_photos(report, missing, together)  # those not sent beside the push, and any the hub lost
        if hello.get("audit"):
            self.send_audit()
        self.pull(report)
        missing = [m for m in missing if m["sha256"] not in sent]
        fetched, not_yet = self.photos.fetch({m["sha256"] for m in missing})
        report.photos_fetched = len(fetched.files)
        report.missing_on_hub = [m["original_name"] or m["sha256"][:12] for m in missing] + [s[:12] for s in not_yet]
        if hello["role"] in ("office", "admin"):
            report.open_conflicts = len(self.conn.json("GET", "/conflicts"))
        report.seconds = round(time.monotonic() - started, 3)
        replica.note_sync(self.db, report.as_json())
        return report

    # --- push -----------------------------------------------------------------------------------

    def push_with_photos(self, report: SyncReport, together: bool) -> set[str]:
        """Push the outbox; once a batch is answered within `alongside_within` seconds, the photos go
        up beside the rest of it, on a thread of their own (those of each batch's records as the hub
        takes them: it takes a file only once a record names it), their progress passed on when the
        push is done. A failed push stops them after the requests under way; a failed photo is
        raised once the push is done. Returns the photos sent."""
        stop, behind = threading.Event(), Behind(self.progress)
        named: queue.SimpleQueue[list[str] | None] = queue.SimpleQueue()  # the files of each batch taken

        def alongside_the_push() -> set[str]:
            sent: set[str] = set()
            while (shas := named.get()) is not None and not stop.is_set():
                sent |= self.send_photos(report, [], together, behind, stop, only=shas)
            return sent

        with ThreadPoolExecutor(1) as alongside:
            photos: Future[set[str]] | None = None

            def answered(seconds: float, shas: list[str]) -> None:
                nonlocal photos
                if photos is None and seconds < self.alongside_within:
                    photos = alongside.submit(alongside_the_push)
                if photos is not None and shas:
                    named.put(shas)
            try:
                self.push(report, answered)
            except BaseException:
                stop.set()
                raise
            finally:
                named.put(None)
            behind.pass_on()
            return photos.result() if photos is not None else set()

    def push(self, report: SyncReport,
             answered: Callable[[float, list[str]], None] = lambda seconds, shas: None) -> None:
        """Send the outbox in batches, in order; `answered` is told each batch's round trip and the
        files its photo records name."""
        total = replica.waiting_ops(self.db)
        while True:
            ops = replica.outbox(self.db, self.push_size)
            if not ops:
                return
            body = PushRequest(ops=[Op(op_id=o.op_id, seq=o.seq, entity=o.entity, entity_id=o.entity_id,
                                       base_version=o.base_version, fields=o.fields, schema_version=o.schema_version,
                                       actor=o.actor, created_at=o.created_at) for o in ops],
                               adopts_versions=True)
            sent = time.monotonic()
            reply = PushResponse.model_validate(self.conn.json("POST", "/push", body.model_dump_json()))
            answered(time.monotonic() - sent, [o.fields["sha256"] for o in ops
                                               if o.entity == "evidence" and isinstance(o.fields.get("sha256"), str)])
            records = {o.op_id: (o.entity, o.entity_id) for o in ops}
            # an entry leaves the outbox only once the hub has it
            replica.acknowledged(self.db, reply.acked_seq, incoming([r.row for r in reply.results if r.row is not None]),
                                 adopted(records, reply.results))
            for result in reply.results:
                report.pushed += 1
                report.conflicts += result.outcome == "conflict"
                if result.outcome == "refused":
                    report.refused.append(result.refusal())
            self.progress("push", report.pushed, total)
            if reply.acked_seq < ops[-1].seq:
                raise InspectorError("sync_push_stalled", seq=reply.acked_seq + 1)

    def send_photos(self, report: SyncReport, missing: list[dict[str, Any]], together: bool = False,
                    progress: Callable[[str, int, int], None] | None = None,
                    stop: threading.Event | None = None, only: list[str] | None = None) -> set[str]:
        """The photos the hub lacks (`only`: of these), counted in the report; returns the hashes the
        hub now holds: those sent, and those it turned out to hold already."""
        moved, held = self.photos.send(missing, together, progress, stop, only)
        report.photos_sent += len(moved.files)
        report.bytes_sent += moved.size
        return set(moved.files) | set(held)

    def send_audit(self) -> None:
        """The audit log's entries the hub does not hold yet, in order: it keeps them as a chain of
        this laptop's, so that a history rewritten here later no longer matches."""
        while entries := replica.audit_unsent(self.db, MAX_AUDIT_ENTRIES):
            body = AuditBatch(entries=[AuditRecord.model_validate(e) for e in entries])
            reply = AuditHeld.model_validate(self.conn.json("POST", "/audit", body.model_dump_json()))
            if reply.held < entries[-1]["id"]:
                raise InspectorError("sync_audit_stalled", id=entries[-1]["id"])
            replica.audit_sent(self.db, entries[-1]["id"])

    # --- pull -----------------------------------------------------------------------------------

    def pull(self, report: SyncReport) -> None:
        while True:
            page = PullPage.model_validate(self.conn.json("GET", "/pull", params={"after": replica.cursor(self.db),
                                                                               "limit": self.page_size}))
            replica.apply_page(self.db, incoming(page.rows), page.cursor)
            report.pulled += len(page.rows)
            self.progress("pull", report.pulled, 0)
            if not page.more:
                return


def adopted(records: dict[Any, tuple[str, Any]], results: list[OpResult]) -> list[replica.Adopted]:
    """The versions and stamps the hub gave records whose copy here is now the hub's; `records`: each
    op's (entity, id)."""
    return [replica.Adopted(*records[r.op_id], r.version, r.updated_at) for r in results if r.version is not None]
