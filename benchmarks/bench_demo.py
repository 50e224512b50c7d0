"""Demo generation of 10,000 findings, against inserting as many bare rows with sqlite3."""

from __future__ import annotations

import sqlite3
import sys
import tempfile
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from timing import seconds  # noqa: E402

from inspector_app.demo.generate import generate_demo  # noqa: E402
from inspector_app.domain.reference import load_reference  # noqa: E402
from inspector_app.store.database import Database  # noqa: E402

N = 10_000


def bare_inserts(folder: Path) -> None:
    conn = sqlite3.connect(folder / "bare.sqlite3")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE finding (id TEXT PRIMARY KEY, unit_id TEXT, violation_code TEXT, observed_at TEXT,"
                 " description TEXT, status TEXT)")
    with conn:
        conn.executemany("INSERT INTO finding VALUES (?, ?, 'late', '2026-10-15 09:40:00', '上班迟到', 'draft')",
                         ((uuid.uuid4().hex, uuid.uuid4().hex) for _ in range(N)))
    conn.close()


def main() -> None:
    ref = load_reference()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        base = seconds(lambda: bare_inserts(root))
        plain = seconds(lambda: generate_demo(Database.open(root / "plain"), ref, n_findings=N, photos=False))
        photos = seconds(lambda: generate_demo(Database.open(root / "photos"), ref, n_findings=N, photos=True))
    print(f"bare sqlite3 insert of {N} rows: {base:.2f} s (baseline)")
    print(f"demo, {N} findings, no photos:  {plain:.1f} s  ({plain / base:.0f}x baseline)")
    print(f"demo, {N} findings, with photos: {photos:.1f} s  ({photos / base:.0f}x baseline)")


if __name__ == "__main__":
    main()
