"""Sync over loopback, as ratios against baselines measured in the same run:

(a) one laptop sends 1,000 findings with 1 GB of photos: time of a plain HTTP upload of the same
    bytes to the same server (one PUT per file, written to disk; the faster of one before the sync
    and one after it) ÷ time of the sync (goal ≥ 0.7);
    and the CPU time the hub spends on each (the two share this machine's cores, so the wall times
    swing with whatever else runs; the work done swings less), and the ratio of the two runs' CPU
    time, hub and laptop together, which the throughput ratio follows where they share the cores;
    and how much CPU time the host of this virtual machine took meanwhile (steal), with the median
    over the rounds it left undisturbed;
(b) a sync with nothing to do: round-trip time (goal < 200 ms), beside one bare HTTP request;
(c) 50 laptops at once (each in its own process, ten teams of five), each pushing 100 findings with a
    photo to a PostgreSQL hub in its own process: all converge, errors, total time.

--transport-only: (a) with the sync's duties beyond moving the bytes taken out, as an experiment that
    bounds what any sync could reach on this machine: the laptop's outbox emptied before it (no push),
    and the hub neither hashing the photos (each is taken as the hash it names) nor calling fsync. The
    photos still go up as the sync sends them, each through the hub's own receiving code.

python benchmarks/bench_sync.py [--photos-mb 1024] [--rounds 3] [--clients 50] [--skip-concurrent]
                                [--transport-only]
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import multiprocessing
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any, NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parent))
from timing import seconds  # noqa: E402

import httpx  # noqa: E402
import psycopg  # noqa: E402

from sqlalchemy import delete  # noqa: E402

from inspector_app.domain.models import Evidence, Finding, OutboxOp, Unit  # noqa: E402
from inspector_app.hub import auth  # noqa: E402
from inspector_app.hub.store import Hub  # noqa: E402
from inspector_app.store.database import Database  # noqa: E402
from inspector_app.sync.client import SyncClient  # noqa: E402
from inspector_app.sync.enrolment import enroll  # noqa: E402
from inspector_app.sync.transport import Connection, open_http  # noqa: E402

PASSWORD = "bench-pass-1"
PG = "postgresql://root@127.0.0.1:5432"


def laptop(folder: Path, hub: Hub, url: str, username: str) -> Database:
    db = Database.open(folder)
    with open_http(url) as http:
        enroll(db, http, auth.enrollment_code(hub, username), PASSWORD, folder.name)
    return db


def fill(db: Database, unit_id: uuid.UUID, team_id, findings: int, photo_bytes: int) -> list[Path]:
    """Findings, each with one photo of random bytes (incompressible, like JPEG)."""
    blobs, paths = db.blobs, []
    with db.session("bench") as s:
        for i in range(findings):
            f = Finding(unit_id=unit_id, team_id=team_id, violation_code="late", description=f"问题{i}",
                        observed_at=datetime(2026, 11, 2, 9, i % 60), status="submitted")
            s.add(f)
            ref = blobs.put_bytes(os.urandom(photo_bytes))
            s.add(Evidence(finding_id=f.id, sha256=ref.sha256, size=ref.size, media_type="image/jpeg"))
            paths.append(blobs.path_for(ref.sha256))
    return paths


def client(db: Database, url: str, progress: Any = None) -> SyncClient:
    from inspector_app.sync import credentials

    creds = credentials.load(db)
    return SyncClient(db, Connection(open_http(url), creds.token), progress=progress)


class Stages:
    """Where a sync's time went: the moment each stage last reported progress (a stage ends with its
    last report; the photos go up beside the push and report after it), with the hub's CPU time and
    the laptop's (this process's) then."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.marks: dict[str, tuple[float, float, float]] = {}

    def __call__(self, stage: str, done: int = 0, total: int = 0) -> None:
        self.marks[stage] = (time.perf_counter(), cpu_seconds(self.pid), time.process_time())

    LABELS = {"push": "push (the photos beside it)", "photos_up": "the photos after it", "end": "the rest"}

    def split(self) -> str:
        """"push (the photos beside it) A s (hub CPU B s, laptop CPU C s), the photos after it …"
        from the marks of "start", "push", "photos_up", "end"."""
        names = [n for n in ("start", *self.LABELS) if n in self.marks]
        return ", ".join(f"{self.LABELS[name]} {self.marks[name][0] - self.marks[before][0]:.2f} s "
                         f"(hub CPU {self.marks[name][1] - self.marks[before][1]:.2f} s, "
                         f"laptop CPU {self.marks[name][2] - self.marks[before][2]:.2f} s)"
                         for before, name in zip(names, names[1:]))


SINK_SERVER = """
import os
import sys
from pathlib import Path
from typing import Any
import uvicorn
from fastapi import Request
from inspector_app.hub.app import create_app
from inspector_app.hub.store import Hub
hub_db, blobs, sink, port = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4])
fsync = os.fsync  # the plain upload's, whatever the hub's
if sys.argv[5:] == ["transport-only"]:  # an experiment, not a hub: nothing checked, nothing made durable
    from inspector_app.blobs import BlobStore
    from inspector_app.hub import media

    class Unhashed:
        def update(self, data: Any) -> None:
            pass

        def hexdigest(self) -> str:
            return ""

    class NoHashlib:
        sha256 = Unhashed

    media.hashlib = NoHashlib
    adopt = BlobStore.adopt
    BlobStore.adopt = lambda self, path, expected, digest=None: adopt(self, path, expected, expected.sha256)
    os.fsync = lambda fd: None
app = create_app(Hub(hub_db, blobs))

@app.put("/bench/sink/{run}/{name}")
async def store(run: str, name: str, request: Request, durable: bool = False) -> dict:
    (sink / run).mkdir(exist_ok=True)
    with (sink / run / name).open("xb") as out:
        async for chunk in request.stream():
            out.write(chunk)
        if durable:  # the same care the hub takes: on disk before the answer
            out.flush()
            fsync(out.fileno())
    return {}

uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning")
"""


def serve_in_process(args: list[str], port: int) -> subprocess.Popen:
    """The hub in its own process, as in an office: the laptop's work does not share its interpreter."""
    proc = subprocess.Popen([sys.executable, *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while True:
        try:
            httpx.get(f"http://127.0.0.1:{port}/openapi.json", timeout=1)
            return proc
        except httpx.TransportError:
            if proc.poll() is not None:
                raise RuntimeError("the hub did not start")
            time.sleep(0.1)


QUIET = 0.10  # steal: a round whose host took less during both the plain upload and the sync counts as undisturbed


def throughput(tmp: Path, photos_mb: int, findings: int, rounds: int, transport_only: bool = False) -> None:
    """(a) in `rounds` rounds, each on a new hub and laptop (the machine's speed drifts between
    minutes, so each sync is set against the plain upload of its own round), then (b). The rounds'
    files are deleted only after the last: a file system allocating new files just after thousands
    were deleted (ext4 without a journal skips recently freed inodes, one by one) would slow
    whichever side of the next round writes first."""
    ratios, durable_ratios, cpu_ratios, work_ratios, quiet, idle = [], [], [], [], [], ""
    sync_does = ("the transport alone: no push, no SHA-256 check, no fsync (an upper bound, not a sync)"
                 if transport_only else "push, chunked upload, fsync, SHA-256 check")
    print(f"(a) {findings} findings, {photos_mb} MB of photos over loopback, {rounds} rounds")
    print(f"    {warm_memory(tmp, 3 * photos_mb)}")
    for r in range(rounds):
        plain, durable, sync, split, idle = one_round(tmp / f"round{r}", photos_mb, findings,
                                                      idle=r == rounds - 1 and not transport_only,
                                                      transport_only=transport_only)
        baseline, took = plain.seconds, sync.seconds
        ratios.append(baseline / took)
        durable_ratios.append(durable.seconds / took)
        cpu_ratios.append(sync.hub / durable.hub)
        work_ratios.append((plain.hub + plain.laptop) / (sync.hub + sync.laptop))
        if max(plain.steal, sync.steal) < QUIET:
            quiet.append(baseline / took)
        print(f"    round {r + 1}: plain upload (the faster of two) {baseline:.2f} s "
              f"({photos_mb / baseline:.0f} MB/s), "
              f"with an fsync per file {durable.seconds:.2f} s; sync ({sync_does}) "
              f"{took:.2f} s ({photos_mb / took:.0f} MB/s): ratio {baseline / took:.2f}; CPU time (hub + laptop): "
              f"{', '.join(f'{run.hub:.2f} s + {run.laptop:.2f} s' for run in (plain, durable, sync))}; "
              f"CPU time the host took from this machine (steal): "
              f"{', '.join(f'{run.steal:.0%}' for run in (plain, durable, sync))}\n"
              f"             the sync's stages: {split}")
    print(f"    throughput ratio, median of the rounds: {statistics.median(ratios):.2f} (goal ≥ 0.7); "
          f"against the plain upload with fsync: {statistics.median(durable_ratios):.2f}")
    print(f"    the same over the rounds in which the host took under {QUIET:.0%} of the CPU time during both the "
          f"plain upload and the sync: {statistics.median(quiet):.2f} ({len(quiet)} of {rounds})" if quiet else
          f"    no round in which the host took under {QUIET:.0%} of the CPU time during both")
    print(f"    the hub's CPU time for the sync ÷ for the plain upload with fsync: {statistics.median(cpu_ratios):.2f}")
    print(f"    the CPU time (hub + laptop) for the plain upload ÷ for the sync, median: "
          f"{statistics.median(work_ratios):.2f} (on a machine whose cores the two share, the throughput "
          f"ratio follows it)")
    print(idle)


class Run(NamedTuple):
    seconds: float
    hub: float  # CPU seconds
    laptop: float
    steal: float  # the share of this machine's CPU time its host took meanwhile (a virtual machine's)


def one_round(tmp: Path, photos_mb: int, findings: int, idle: bool,
              transport_only: bool = False) -> tuple[Run, Run, Run, str, str]:
    """The plain upload, the same with fsync, and the sync; the sync's stages; and (b) after them if
    `idle`. The plain upload runs before the sync and after it and counts at its faster (the
    machine's speed drifts). `transport_only`: see the module's docstring."""
    tmp.mkdir()
    hub = Hub(str(tmp / "hub.sqlite3"), tmp / "hub-blobs")
    auth.add_user(hub, "office", "office", "office", PASSWORD)
    sink = tmp / "sink"
    sink.mkdir()
    port = free_port()
    proc = serve_in_process(["-c", SINK_SERVER, str(tmp / "hub.sqlite3"), str(tmp / "hub-blobs"), str(sink),
                             str(port), *(["transport-only"] if transport_only else [])], port)
    url = f"http://127.0.0.1:{port}"
    try:
        db = laptop(tmp / "laptop", hub, url, "office")
        with db.session() as s:
            unit = Unit(name="区人社局")
            s.add(unit)
        paths = fill(db, unit.id, None, findings, photos_mb * (1 << 20) // findings)
        if transport_only:
            with db.session() as s:
                s.execute(delete(OutboxOp))

        def plain(run: str, durable: bool = False) -> None:  # each run into new files, as the sync's are
            with httpx.Client(timeout=120) as http:
                for p in paths:
                    with p.open("rb") as f:
                        http.put(f"{url}/bench/sink/{run}/{p.name}", content=f,
                                 params={"durable": "true"} if durable else None).raise_for_status()

        def timed(fn: Any) -> Run:
            # every run starts alike: the earlier runs' files out of the page cache, the photos in it
            # (the store writes them around the cache: else one run alone would read them from disk)
            empty_page_cache()
            sum(len(p.read_bytes()) for p in paths)
            before, mine, ticks = cpu_seconds(proc.pid), time.process_time(), cpu_ticks()
            took = seconds(fn)
            spent = [b - a for a, b in zip(ticks, cpu_ticks())]
            return Run(took, cpu_seconds(proc.pid) - before, time.process_time() - mine,
                       spent[7] / max(1, sum(spent[:8])) if len(spent) > 7 else 0.0)

        before = timed(lambda: plain("plain"))
        durable = timed(lambda: plain("durable", durable=True))
        stages = Stages(proc.pid)
        sync = client(db, url, stages)
        took = timed(lambda: (stages("start"), sync.run(), stages("end")))
        split = stages.split()
        after = timed(lambda: plain("plain-after"))
        split += f"; the plain upload before the sync {before.seconds:.2f} s, after it {after.seconds:.2f} s"
        report = ""
        if idle:
            runs = [seconds(sync.run) for _ in range(20)]
            with httpx.Client() as http:
                http.get(f"{url}/openapi.json")
                bare = statistics.median(seconds(lambda: http.get(f"{url}/api/v1/nothing")) for _ in range(20))
            report = (f"(b) sync with nothing to do: median {statistics.median(runs) * 1000:.1f} ms over 20 "
                      f"(goal < 200 ms); one bare HTTP request: {bare * 1000:.1f} ms")
        db.close()
        return min(before, after), durable, took, split, report
    finally:
        proc.terminate()
        proc.wait()
        hub.close()


def warm_memory(tmp: Path, mb: int) -> str:
    """Write `mb` MB through the page cache once and delete it, before any round. A new virtual
    machine's memory costs the host a page fault per page the first time the guest touches it: the
    plain upload, whose files go into the cache, then slows to an eighth of its speed (368 MB/s against
    2.9 GB/s for dd into the cache on one machine), while the sync, whose files go around it, does
    not; a ratio measured so reads well above 1 (1.06–1.83 on two such machines) and says nothing
    about the sync."""
    block, speeds = os.urandom(64 << 20), []

    def one_gb(path: Path) -> None:
        with path.open("wb") as out:
            for _ in range(16):
                out.write(block)

    for i in range(max(1, mb // 1024)):
        speeds.append(1024 / seconds(lambda: one_gb(tmp / f"warm{i}")))
        (tmp / f"warm{i}").unlink()
    empty_page_cache()
    return (f"memory warmed by writing {len(speeds)} GB through the page cache: "
            f"{', '.join(f'{s:.0f}' for s in speeds)} MB/s")


REPORTING = Path("/sys/module/page_reporting/parameters/page_reporting_order")


@contextmanager
def host_keeps_freed_memory() -> Iterator[str]:
    """Free page reporting paused while the benchmark runs (Linux, as root), and a line saying what
    was done. A virtual machine that reports its freed memory to the host (virtio-balloon) gives it
    back: every page the page cache takes anew after being emptied then costs a fault in the host,
    which slows the plain upload, whose files go into the cache, and not the sync, whose files go
    around it (plain upload 5.0–7.3 s, ratio 0.89–1.27, against 3.1–3.8 s and 0.52–0.59 with
    reporting paused, on one machine). Reporting takes free blocks of at least 2^order pages: an
    order past the largest block the kernel keeps (/proc/buddyinfo) reports nothing."""
    try:
        before = REPORTING.read_text().strip()
        orders = len(Path("/proc/buddyinfo").read_text().splitlines()[0].split()) - 4
        REPORTING.write_text(str(orders))
    except (OSError, IndexError):
        yield "free page reporting: not paused (no such setting here, or not root)"
        return
    try:
        yield f"free page reporting paused while the benchmark runs (order {before} → {orders})"
    finally:
        REPORTING.write_text(before)


def empty_page_cache() -> None:
    """What earlier runs wrote on disk and out of the page cache (Linux, as root; else only on disk):
    on this virtual machine the cache takes new pages ever slower as it grows, which slows the plain
    upload and not the sync, whose files go around the cache (1.7 s in a first round, 5.5 s in a
    fourth; 4.4–4.6 s after the sync and two other uploads against 1.6–1.7 s before them)."""
    os.sync()
    try:
        Path("/proc/sys/vm/drop_caches").write_text("1")
    except OSError:
        pass


def cpu_seconds(pid: int) -> float:
    """The CPU time a process has used, user and system (Linux)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def cpu_ticks() -> list[int]:
    """This machine's CPU time so far by kind, in ticks (Linux /proc/stat: user, nice, system, idle,
    iowait, irq, softirq, steal, …); empty elsewhere. Steal is time the host gave to others while
    this virtual machine wanted to run: wall times swing with it."""
    try:
        return [int(n) for n in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    except OSError:
        return []


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def concurrent(tmp: Path, clients: int, per_client: int) -> None:
    name = f"inspector_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(f"{PG}/postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = f"{PG}/{name}"
    try:
        hub = Hub(url, tmp / "pg-blobs")
        teams = [f"第{i + 1}督查组" for i in range(10)]
        for i, team in enumerate(teams):
            auth.add_user(hub, f"team{i}", team, "inspector", PASSWORD, team)
        auth.add_user(hub, "office", "office", "office", PASSWORD)
        port = free_port()
        proc = serve_in_process(["-m", "inspector_app.cli", "hub", "serve", "--db", url, "--blob-dir",
                                 str(tmp / "pg-blobs"), "--port", str(port)], port)
        server = f"http://127.0.0.1:{port}"
        try:
            office = laptop(tmp / "office", hub, server, "office")
            with office.session() as s:
                unit = Unit(name="区行政服务中心")
                s.add(unit)
            client(office, server).run()
            dbs = []
            for i in range(clients):
                db = laptop(tmp / f"c{i}", hub, server, f"team{i % len(teams)}")
                client(db, server).run()
                from inspector_app.sync import credentials
                team_id = uuid.UUID(credentials.load(db).team_id)
                fill(db, unit.id, team_id, per_client, 30_000)
                dbs.append(db)
            for db in dbs:
                db.close()
            # each laptop in its own process, as on its own machine; they start together
            ctx = multiprocessing.get_context("spawn")
            barrier = ctx.Barrier(clients + 1)
            with ctx.Pool(clients, initializer=_share, initargs=(barrier,)) as pool:
                pending = pool.starmap_async(sync_one, [(str(db.data_dir), server) for db in dbs])
                barrier.wait(timeout=600)
                start = time.perf_counter()
                outcomes = pending.get()
                took = time.perf_counter() - start
            errors = [o for o in outcomes if o]
            dbs = [Database.open(db.data_dir) for db in dbs]
            for db in dbs:  # the quiet round: everyone pulls what the others sent
                client(db, server).run()
            with hub.read() as conn:
                from sqlalchemy import func, select
                from inspector_app.hub import schema
                on_hub = conn.execute(select(func.count()).select_from(schema.metadata.tables["finding"])).scalar()
            sizes = [sum(1 for j in range(clients) if j % len(teams) == i % len(teams)) * per_client
                     for i in range(clients)]
            converged = all(_count(db) == size for db, size in zip(dbs, sizes))
            print(f"(c) {clients} laptops at once, {per_client} findings + photos each, PostgreSQL hub: "
                  f"{took:.1f} s; {on_hub} findings on the hub (expected {clients * per_client}); "
                  f"errors {len(errors)}; every laptop holds all its team's findings: {converged}")
            for db in dbs + [office]:
                db.close()
        finally:
            proc.terminate()
            proc.wait()
            hub.close()
    finally:
        with psycopg.connect(f"{PG}/postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE "{name}" WITH (FORCE)')


_barrier: Any = None


def _share(barrier: Any) -> None:
    global _barrier
    _barrier = barrier


def sync_one(data_dir: str, server: str) -> str:
    """One laptop's sync in a process of its own; returns the error, if any."""
    db = Database.open(Path(data_dir))
    _barrier.wait(timeout=600)
    try:
        client(db, server).run()
        return ""
    except Exception as exc:  # counted, not raised
        return repr(exc)
    finally:
        db.close()


def _count(db: Database) -> int:
    from sqlmodel import func, select
    with db.session() as s:
        return s.exec(select(func.count()).select_from(Finding)).one()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--photos-mb", type=int, default=1024)
    parser.add_argument("--findings", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--per-client", type=int, default=100)
    parser.add_argument("--skip-concurrent", action="store_true")
    parser.add_argument("--transport-only", action="store_true", help="(a) without the push, the SHA-256 check "
                        "and the fsyncs: an upper bound, not a sync (see the module's docstring)")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench-sync-"))
    try:
        with host_keeps_freed_memory() as reporting:
            print(reporting)
            throughput(tmp, args.photos_mb, args.findings, args.rounds, args.transport_only)
            if not args.skip_concurrent and not args.transport_only:
                concurrent(tmp, args.clients, args.per_client)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
