"""Import of 200 camera-size (12 MP) JPEGs — hash, EXIF, thumbnail, blob store sealed with AES-256-GCM
as on a laptop — as photos per second, against this machine's floor for the same files in the same
run: read + SHA-256 + draft-mode decode, the faster of one worker process per core and a pool of
threads. The same import into an unsealed store is printed beside it."""

from __future__ import annotations

import hashlib
import io
import os
import random
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from datetime import datetime
from multiprocessing import get_context
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from timing import seconds  # noqa: E402

from PIL import Image  # noqa: E402

from inspector_app.demo.photos import demo_photo  # noqa: E402
from inspector_app.blobs import BlobStore  # noqa: E402
from inspector_app.evidence.derived import DerivedImages  # noqa: E402
from inspector_app.evidence.intake import ingest_all  # noqa: E402

COUNT = 200
SIZE = (4000, 3000)  # 12 MP


def make_card(folder: Path) -> list[Path]:
    """Eight distinct 12 MP scenes, each file made unique by trailing bytes after the JPEG's end
    (as some cameras write), so every file hashes differently and decodes the same."""
    rng = random.Random(1)
    bases = []
    for i in range(8):
        small = Image.open(io.BytesIO(demo_photo("computer_games", datetime(2026, 10, 15, 9, i), rng)))
        exif = small.getexif()
        # sensor noise makes the file as large as a camera's (a flat drawing would compress to 300 KB)
        noise = Image.merge("RGB", [Image.effect_noise(SIZE, 40 + i)] * 3)
        big = Image.blend(small.resize(SIZE, Image.BICUBIC), noise, 0.25)
        buf = io.BytesIO()
        big.save(buf, "JPEG", quality=90, exif=exif)
        bases.append(buf.getvalue())
    paths = []
    for n in range(COUNT):
        path = folder / f"IMG_{n:04d}.JPG"
        path.write_bytes(bases[n % len(bases)] + f"unique-{n}".encode())
        paths.append(path)
    return paths


def floor_one(path: str) -> str:
    data = Path(path).read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    with Image.open(io.BytesIO(data)) as img:
        img.draft("RGB", (320, 320))
        img.load()
    return digest


def floor_and_write_one(args: tuple[str, str]) -> str:
    """The floor, plus writing the original to a new file with fsync (what keeping evidence costs)."""
    path, out_dir = args
    digest = floor_one(path)
    target = Path(out_dir) / digest
    with open(target, "wb") as out:
        out.write(Path(path).read_bytes())
        out.flush()
        os.fsync(out.fileno())
    return digest


def floor_and_write(paths: list[Path], workers: int, out_dir: Path) -> None:
    out_dir.mkdir()
    with ThreadPoolExecutor(max_workers=2 * workers) as pool:
        list(pool.map(floor_and_write_one, [(str(p), str(out_dir)) for p in paths]))


def floor_processes(paths: list[Path], workers: int) -> None:
    with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn")) as pool:
        list(pool.map(floor_one, [str(p) for p in paths], chunksize=4))


def floor_threads(paths: list[Path], workers: int) -> None:
    with ThreadPoolExecutor(max_workers=2 * workers) as pool:
        list(pool.map(floor_one, [str(p) for p in paths]))


def store(folder: Path, sealed: bool) -> DerivedImages:
    """A blob store and its image cache, sealed as on a laptop or not."""
    return DerivedImages(BlobStore(folder / "blobs", os.urandom(32) if sealed else None), folder / "derived")


def main() -> None:
    workers = os.cpu_count() or 1
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "card").mkdir()
        paths = make_card(root / "card")
        size_mb = sum(p.stat().st_size for p in paths) / 1e6
        t_procs = seconds(lambda: floor_processes(paths, workers))
        t_threads = seconds(lambda: floor_threads(paths, workers))
        t_floor = min(t_procs, t_threads)
        t_written = seconds(lambda: floor_and_write(paths, workers, root / "written"))
        t_ingest = seconds(lambda: ingest_all(paths, store(root / "data", sealed=True)))
        t_plain = seconds(lambda: ingest_all(paths, store(root / "plain", sealed=False)))
        t_single = seconds(lambda: ingest_all(paths[:50], store(root / "data1", sealed=True), workers=1)) * COUNT / 50
    print(f"{COUNT} JPEGs of 12 MP, {size_mb:.0f} MB, {workers} cores")
    print(f"floor (read + SHA-256 + draft decode): {COUNT / t_floor:5.1f} photos/s (baseline; "
          f"processes {COUNT / t_procs:.1f}, threads {COUNT / t_threads:.1f})")
    print(f"inspector import (+ EXIF, thumbnail, sealed blob store with fsync): {COUNT / t_ingest:5.1f} photos/s "
          f"= {t_floor / t_ingest:.2f} of the floor")
    print(f"the same into an unsealed store: {COUNT / t_plain:5.1f} photos/s = {t_floor / t_plain:.2f} of the floor")
    print(f"floor + writing each original with fsync: {COUNT / t_written:5.1f} photos/s; the import is "
          f"{t_written / t_ingest:.2f} of that")
    print(f"the same on one thread: {COUNT / t_single:5.1f} photos/s")


if __name__ == "__main__":
    main()
