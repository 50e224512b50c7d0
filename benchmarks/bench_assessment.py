"""A year's assessment of the units and of the people over 100,000 findings (the demo's 10,000 copied ten times), against
the bare SQL aggregation of the same counts (findings by unit and type) in the same run. Goal: < 1 s.

python benchmarks/bench_assessment.py
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_queries import SEED_FINDINGS, grow  # noqa: E402
from timing import median_seconds, seconds  # noqa: E402

from inspector_app.demo.generate import generate_demo  # noqa: E402
from inspector_app.domain.reference import load_reference  # noqa: E402
from inspector_app.services import assessment  # noqa: E402
from inspector_app.services.workspace import Workspace  # noqa: E402
from inspector_app.store.database import Database  # noqa: E402
from inspector_app.store import migrate  # noqa: E402


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Database.open(Path(tmp))
        made = seconds(lambda: generate_demo(db, load_reference(), seed=7, n_findings=SEED_FINDINGS, photos=False))
        total = grow(db)
        db.close()
        ws = Workspace.open(Path(tmp))
        conn = migrate.connect(ws.db.path, ws.db.keys)
        year = (date(2026, 1, 1), date(2026, 12, 31))

        def bare() -> list:
            return conn.execute("SELECT unit_id, violation_code, count(*) FROM finding WHERE deleted = 0 AND status != "
                                "'voided' AND observed_at >= '2026-01-01' AND observed_at < '2027-01-01' "
                                "GROUP BY unit_id, violation_code").fetchall()
        baseline = median_seconds(bare, repeat=7)
        whole = median_seconds(lambda: assessment.unit_profiles(ws, *year), repeat=7)
        one = median_seconds(lambda: assessment.unit_profiles(ws, *year, unit="区人社局"), repeat=7)
        people = median_seconds(lambda: assessment.person_profiles(ws, *year), repeat=7)
        profiles, persons = assessment.unit_profiles(ws, *year), assessment.person_profiles(ws, *year)
        conn.close()
        ws.close()
    print(f"demo of {SEED_FINDINGS:,} findings made in {made:.1f} s, grown to {total:,}")
    print(f"bare aggregation of findings by unit and type: {baseline * 1000:.1f} ms")
    print(f"the year's assessment of {len(profiles)} units: {whole * 1000:.0f} ms = {whole / baseline:.1f}x (goal < 1 s)")
    print(f"one unit's year: {one * 1000:.0f} ms = {one / baseline:.1f}x")
    print(f"the year's {len(persons)} people with findings: {people * 1000:.0f} ms = {people / baseline:.1f}x (goal < 1 s)")


if __name__ == "__main__":
    main()
