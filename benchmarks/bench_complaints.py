"""The complaints ledger over 50,000 cases: the first page of the ledger (as `complaint list` and the
投诉 page ask for it: the page and its count), a filtered page, and the office's figures (whole and by
unit), each against a bare indexed SELECT of the same first page in the same run. Goals on this
machine: the first page under 100 ms, the figures under 300 ms.

python benchmarks/bench_complaints.py [--cases 50000]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from timing import median_seconds, seconds  # noqa: E402

from inspector_app.domain.complaints import reg_number  # noqa: E402
from inspector_app.services import complaint_ledger as ledger  # noqa: E402
from inspector_app.services.roster import UnitInput, save_unit  # noqa: E402
from inspector_app.services.workspace import Workspace  # noqa: E402
from inspector_app.store import migrate  # noqa: E402

STATUSES = ["registered", "accepted", "assigned", "resolved", "answered", "closed", "closed", "closed"]


def fill(ws: Workspace, cases: int) -> None:
    """Cases over three years in 60 units, in every status, written straight into the table."""
    units = [save_unit(ws, UnitInput(name=f"区第{i + 1}局")).id for i in range(60)]
    rng = random.Random(11)
    start = datetime(2024, 1, 1, 8)
    rows, seqs = [], {}
    for i in range(cases):
        at = start + timedelta(minutes=int(i * (3 * 365 * 24 * 60) / cases))
        seqs[at.year] = seqs.get(at.year, 0) + 1
        status = rng.choice(STATUSES)
        due = at.date() + timedelta(days=42)
        done = status in ("resolved", "answered", "closed")
        resolved = (at.date() + timedelta(days=rng.randint(5, 50))).isoformat() if done else None
        rows.append((uuid.uuid4().hex, "2026-01-01 00:00:00.000000", "2026-01-01 00:00:00.000000",
                     reg_number(at.year, seqs[at.year]), at.year, seqs[at.year], at.strftime("%Y-%m-%d %H:%M:%S.000000"),
                     rng.choice(["phone", "letter", "visit", "online", "referral"]), rng.choice(units).hex,
                     rng.choice(["窗口工作人员态度生硬", "办理事项超过承诺时限", "电话无人接听"]), status,
                     "不属于受理范围" if status == "registered" and rng.random() < 0.1 else "",
                     due.isoformat() if status != "registered" else None, resolved,
                     rng.choice(["true", "partly", "false"]) if done else "",
                     resolved if status in ("answered", "closed") else None,
                     rng.choice(["satisfied", "basically", "dissatisfied"]) if status == "closed" else ""))
    conn = migrate.connect(ws.db.path, ws.db.keys)
    with conn:
        conn.executemany(
            "INSERT INTO complaint (id, deleted, created_at, updated_at, reg_number, year, seq, received_at, channel,"
            " source, unit_id, subject, content, major, status, reject_reason, assignee, deadline_days, due_on,"
            " extensions, supervised, result, resolution, sanction_code, resolved_on, answer, reply_method,"
            " answered_on, satisfaction) VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, '', 0, ?, ?, '', 30, ?, 0, 0,"
            " ?, '', '', ?, '', '', ?, ?)",
            [(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[11], r[12], r[14], r[13], r[15],
              r[16]) for r in rows])
    conn.execute("ANALYZE")
    conn.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=50_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        ws = Workspace.open(Path(tmp) / "data", actor="bench")
        made = seconds(lambda: fill(ws, args.cases))
        conn = migrate.connect(ws.db.path, ws.db.keys)

        def bare() -> list:
            return conn.execute("SELECT id, reg_number, received_at, channel, unit_id, subject, status, due_on"
                                " FROM complaint WHERE deleted = 0 ORDER BY received_at DESC, id DESC LIMIT 200").fetchall()
        assert len(bare()) == 200
        baseline = median_seconds(bare)
        first = median_seconds(lambda: (ledger.page(ws, ledger.LedgerFilter(), 0, 200), ledger.count(ws)))
        overdue = ledger.LedgerFilter(overdue_on=date(2026, 12, 1))
        late = median_seconds(lambda: (ledger.page(ws, overdue, 0, 200), ledger.count(ws, overdue)))
        searched = ledger.LedgerFilter(text="效投〔2025〕01")
        search = median_seconds(lambda: (ledger.page(ws, searched, 0, 200), ledger.count(ws, searched)), repeat=7)
        year = median_seconds(lambda: ledger.figures(ws, date(2026, 1, 1), date(2026, 12, 31)), repeat=7)
        whole = median_seconds(lambda: ledger.figures(ws), repeat=7)
        by_unit = median_seconds(lambda: ledger.figures(ws, by_unit=True), repeat=7)
        conn.close()
        ws.close()
    print(f"{args.cases:,} cases written in {made:.1f} s")
    print(f"bare indexed SELECT of the first 200: {baseline * 1000:.2f} ms")
    for name, value, goal in [("first page and its count", first, 100), ("overdue filter, page and count", late, 100),
                              ("text search, page and count", search, 100),
                              ("figures of a year", year, 300), ("figures of the whole ledger", whole, 300),
                              ("figures by unit, whole ledger", by_unit, 300)]:
        print(f"{name}: {value * 1000:.1f} ms = {value / baseline:.1f}x the bare SELECT (goal < {goal} ms)")


if __name__ == "__main__":
    main()
