"""Photos between the laptop and the hub: "which of these do you lack?", then the files up a few
requests at a time (small ones several to a request, large ones in chunks resumed from wherever the
hub's copy stops), and the files of this laptop's records down, each checked against its hash.
A file the hub holds is noted, so it is not offered again (a crash before the note only means asking
again)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from typing import Any

from inspector_app.errors import InspectorError
from inspector_app.blobs import BlobRef, BlobStore, Damaged
from inspector_app.store import replica
from inspector_app.store.database import Database
from inspector_app.sync.protocol import CHUNK, MAX_FILES
from inspector_app.sync.transport import Connection, hub_error, refusal

UPLOADERS = 6
Progress = Callable[[str, int, int], None]


class Behind:
    """The progress of a stage that runs beside another: held back (its latest kept) while the
    other reports, so a progress bar shows one stage at a time; passed on after `pass_on`."""

    def __init__(self, progress: Progress) -> None:
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
    """Parts of kept files, (hash, start, length), one after another as a request body, read (and
    unsealed) a piece at a time as it is sent (a retry reads them again): a few pieces in memory
    instead of every file of every request under way, which cost the laptop a page fault for each
    page of each file (60,000 against 5,000 for 1 GB)."""

    def __init__(self, blobs: BlobStore, parts: list[tuple[str, int, int]]) -> None:
        self.blobs, self.parts = blobs, parts

    def __iter__(self) -> Iterator[bytes]:
        for sha256, start, length in self.parts:
            yield from self.blobs.chunks(sha256, start, length)


@dataclass
class Moved:
    """What a transfer moved: the files (by hash) and their bytes."""
    files: list[str]
    size: int


class Photos:
    """One laptop's photo transfers with its hub."""

    def __init__(self, db: Database, conn: Connection, progress: Progress, chunk: int = CHUNK) -> None:
        self.db = db
        self.conn = conn
        self.progress = progress
        self.chunk = chunk
        self.blobs = db.blobs

    # --- up -------------------------------------------------------------------------------------

    def send(self, missing: list[dict[str, Any]], together: bool = False, progress: Progress | None = None,
             stop: threading.Event | None = None, only: list[str] | None = None) -> tuple[Moved, list[str]]:
        """Send the photos the hub asks for (small ones several to a request, when the hub takes
        that: `together`), those noted as sent that `missing` names again included; those the hub
        holds for this laptop are noted as sent, those no record on the hub names yet (their record
        is not pushed yet, or was refused) are left for the next time.
        `progress`: instead of the sync's; `stop`: when set, no more requests are begun; `only`:
        these files alone, of those waiting. Returns what was sent, and the files the hub turned out
        to hold already (one a killed sync's last request completed, say)."""
        again = [m["sha256"] for m in missing if self.blobs.has(m["sha256"])]
        chosen = None if only is None else set(only)
        local = [sha for sha in replica.unsent_photos(self.db, again) if self.blobs.has(sha)
                 and (chosen is None or sha in chosen)]
        wanted: list[str] = []
        held: list[str] = []
        for i in range(0, len(local), 5000):
            batch = local[i:i + 5000]
            reply = self.conn.json("POST", "/media/wanted", {"sha256": batch})
            asked, later = set(reply["wanted"]), set(reply["unknown"])
            held += [sha for sha in batch if sha not in asked and sha not in later]
            wanted += [sha for sha in batch if sha in asked]
        replica.mark_sent(self.db, held)
        sizes = {sha: self.blobs.size(sha) for sha in wanted}
        return self._each("photos_up", self.requests(sizes, together), self.upload, progress, stop), held

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

    def upload(self, shas: list[str]) -> int:
        """Send one file in chunks from wherever the hub's copy stops, or several small files whole
        in one request; returns the bytes sent. A file that does not open here is not sent."""
        try:
            return self._upload(shas)
        except Damaged as exc:
            raise InspectorError("photo_damaged_here", sha256=str(exc)) from None

    def _upload(self, shas: list[str]) -> int:
        if len(shas) == 1:
            return self.upload_chunks(shas[0])
        sizes = [self.blobs.size(sha) for sha in shas]
        self.conn.json("PUT", "/media/files", content=Pieces(self.blobs, [(sha, 0, size) for sha, size in zip(shas, sizes)]),
                       headers={"Content-Type": "application/octet-stream", "Content-Length": str(sum(sizes)),
                                "Upload-Files": ",".join(f"{sha}:{size}" for sha, size in zip(shas, sizes))})
        return sum(sizes)

    def upload_chunks(self, sha256: str) -> int:
        """Send one file in chunks from wherever the hub's copy stops; returns the bytes sent."""
        path = f"/media/{sha256}/upload"
        size = self.blobs.size(sha256)
        offset, sent, complete = 0, 0, False
        while not complete:
            length = min(self.chunk, size - offset)
            try:
                state = self.conn.json("PUT", path, content=Pieces(self.blobs, [(sha256, offset, length)]), headers={
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

    # --- down -----------------------------------------------------------------------------------

    def fetch(self, missing_on_hub: set[str]) -> tuple[Moved, list[str]]:
        """The photos of this laptop's records that it lacks and the hub has; also those the hub
        turned out not to have (their records arrived since `missing_on_hub` was asked)."""
        lacking = [sha for sha in replica.photos_referenced(self.db)
                   if sha not in missing_on_hub and not self.blobs.has(sha)]
        fetched = self._each("photos_down", [[sha] for sha in lacking], lambda job: self.download(job[0]))
        return fetched, sorted(set(lacking) - set(fetched.files))

    def download(self, sha256: str) -> int | None:
        """Fetch one file from the hub into the blob store, checked against its hash (again from
        the start after a dropped connection); returns its size, None when the hub does not have it."""
        return self.conn.retrying(lambda: self._download_once(sha256))

    def _download_once(self, sha256: str) -> int | None:
        with self.conn.http.stream("GET", f"/media/{sha256}", headers=self.conn.headers) as response:
            if response.status_code != 200:
                response.read()
                if hub_error(response).key == "hub_not_found":  # no device has sent it to the hub yet
                    return None
                raise refusal(response)
            with self.blobs.incoming() as into:  # sealed and hashed on the way in
                for chunk in response.iter_bytes(1 << 20):
                    into.write(chunk)
                try:
                    return into.keep(BlobRef(sha256, into.size)).size
                except ValueError:
                    raise InspectorError("hub_upload_hash_mismatch", sha256=sha256) from None

    # --- both ways ------------------------------------------------------------------------------

    def _each(self, stage: str, jobs: list[list[str]], transfer: Callable[[list[str]], int | None],
              progress: Progress | None = None, stop: threading.Event | None = None) -> Moved:
        """Transfer files a few requests at a time (one file's disk writes overlap another's transfer)
        and note each finished one as held by the hub, in batches; `jobs`: the files of each request;
        `transfer` returns the bytes moved, None when the file is not there to move."""
        progress = progress or self.progress

        def unless_stopped(job: list[str]) -> int | None:  # no request begun once `stop` is set
            return None if stop is not None and stop.is_set() else transfer(job)
        confirmed: list[str] = []
        moved = Moved([], 0)
        finished, total = 0, sum(len(job) for job in jobs)
        with ThreadPoolExecutor(UPLOADERS) as pool:
            futures = {pool.submit(unless_stopped, job): job for job in jobs}
            try:
                for future in as_completed(futures):
                    size = future.result()
                    if size is not None:
                        moved.size += size
                        moved.files += futures[future]
                        confirmed += futures[future]
                    if len(confirmed) >= 50:
                        replica.mark_sent(self.db, confirmed)
                        confirmed = []
                    finished += len(futures[future])
                    progress(stage, finished, total)
            finally:
                for future in futures:
                    future.cancel()
                replica.mark_sent(self.db, confirmed)
        return moved
