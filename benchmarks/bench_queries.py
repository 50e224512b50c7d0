"""A filtered, sorted page of 100 findings out of 100,000, against a bare indexed SELECT of the same rows;
then the same in the window's list model (offscreen): the time to the first page of a filter, with the
count the list shows, and scrolling down to 2,000 rows."""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from timing import median_seconds, seconds  # noqa: E402

from inspector_app.demo.generate import generate_demo  # noqa: E402
from inspector_app.domain.reference import load_reference  # noqa: E402
from sqlalchemy import create_engine, event  # noqa: E402
from sqlmodel import Session  # noqa: E402

from inspector_app.services.workspace import Workspace  # noqa: E402
from inspector_app.store import migrate  # noqa: E402
from inspector_app.store.database import Database, _configure as configure  # noqa: E402
from inspector_app.store.queries import FindingFilter, page_findings  # noqa: E402

SEED_FINDINGS = 10_000
COPIES = 10  # 10 x 10,000 = 100,000 findings


def grow(db: Database) -> int:
    """Copy the demo's findings nine times, shifted by whole weeks, each copy with fresh ids."""
    conn = migrate.connect(db.path, db.keys)
    cols = [r[1] for r in conn.execute("PRAGMA table_info(finding)") if r[1] not in ("id", "observed_at")]
    with conn:
        for k in range(1, COPIES):
            conn.execute(f"INSERT INTO finding (id, observed_at, {', '.join(cols)}) "
                         f"SELECT lower(hex(randomblob(16))), datetime(observed_at, '-{7 * k} days'), "
                         f"{', '.join(cols)} FROM finding WHERE created_by = 'demo' AND id IN "
                         f"(SELECT id FROM finding LIMIT {SEED_FINDINGS})")
    total = conn.execute("SELECT count(*) FROM finding").fetchone()[0]
    conn.execute("ANALYZE")
    conn.close()
    return total


def main() -> None:
    ref = load_reference()
    with tempfile.TemporaryDirectory() as tmp:
        db = Database.open(Path(tmp), "benchmark-pass")
        build = seconds(lambda: generate_demo(db, ref, n_findings=SEED_FINDINGS, photos=False, months=3))
        total = grow(db)
        flt = FindingFilter(date_from=date(2026, 1, 1), date_to=date(2026, 12, 31), statuses=("submitted", "reviewed"))

        def page():
            with db.session() as s:
                return page_findings(s, flt, sort="time", offset=200, limit=100)

        def page_no_total():
            with db.session() as s:
                return page_findings(s, flt, sort="time", offset=200, limit=100, with_total=False)

        def text_page():
            with db.session() as s:
                return page_findings(s, FindingFilter(text="迟到"), limit=100)

        raw = migrate.connect(db.path, db.keys)
        plain_path = Path(tmp) / "plain.sqlite3"  # the same database unencrypted: encryption's cost
        raw.execute(f"ATTACH DATABASE '{plain_path}' AS plain KEY ''")
        raw.execute("SELECT sqlcipher_export('plain')")
        raw.execute("DETACH DATABASE plain")
        plain_engine = create_engine(f"sqlite:///{plain_path}")
        event.listen(plain_engine, "connect", configure)  # as the app configures its own, the key aside

        def plain_page():
            with Session(plain_engine) as s:
                return page_findings(s, flt, sort="time", offset=200, limit=100)

        def bare():
            return raw.execute(
                "SELECT id, observed_at, unit_id, person_id, violation_code, status, description FROM finding "
                "WHERE status IN ('submitted', 'reviewed') AND observed_at >= '2026-01-01' "
                "AND observed_at < '2027-01-01' ORDER BY observed_at DESC LIMIT 100 OFFSET 200").fetchall()

        assert len(bare()) == len(page().rows) == len(plain_page().rows) == 100
        t_bare, t_page, t_rows, t_text, t_plain = (median_seconds(f) for f in
                                                   (bare, page, page_no_total, text_page, plain_page))
        plain_engine.dispose()
        in_window = window_figures(db, ref)
        raw.close()
        db.close()
    ms = 1000
    print(f"{total} findings (demo of {SEED_FINDINGS} built in {build:.1f} s, then copied)")
    print(f"bare indexed SELECT of 100 rows:          {t_bare * ms:6.2f} ms (baseline)")
    print(f"page of 100 with joins, without total:    {t_rows * ms:6.2f} ms ({t_rows / t_bare:.1f}x)")
    print(f"page of 100 with joins and total count:   {t_page * ms:6.2f} ms ({t_page / t_bare:.1f}x)")
    print(f"search '迟到' (2 characters), first 100:  {t_text * ms:6.2f} ms ({t_text / t_bare:.1f}x)")
    print(f"the page with its total, unencrypted:     {t_plain * ms:6.2f} ms: encrypted it takes "
          f"{t_page / t_plain:.2f}x (goal <= 1.3)")
    print("in the window's list model (count and first page of 200, as a filter change shows them):")
    for label, took in in_window.items():
        print(f"  {label:<40}{took * ms:7.2f} ms ({took / t_bare:.0f}x the bare SELECT)")


def window_figures(db: Database, ref) -> dict[str, float]:
    """The list as the window uses it: FindingTableModel under a QTableView, offscreen."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QTableView

    from inspector_app.ui.finding_model import FindingTableModel

    app = QApplication.instance() or QApplication([])
    model = FindingTableModel(Workspace(db, ref))
    view = QTableView()
    view.setModel(model)
    view.resize(1200, 800)

    def first(flt: FindingFilter) -> None:
        model.load(flt, *model.query(flt))
        app.processEvents()

    def scroll() -> None:
        first(FindingFilter())
        while len(model.rows) < 2000:
            view.scrollToBottom()
            model.fetchMore()
            app.processEvents()

    figures = {
        "everything (100,000)": lambda: first(FindingFilter()),
        "a year, submitted or reviewed": lambda: first(FindingFilter(date_from=date(2026, 1, 1),
                                                                     date_to=date(2026, 12, 31),
                                                                     statuses=("submitted", "reviewed"))),
        "text '迟到'": lambda: first(FindingFilter(text="迟到")),
        "overdue rectification": lambda: first(FindingFilter(overdue_on=date(2026, 11, 23))),
    }
    out = {label: median_seconds(fn, repeat=7) for label, fn in figures.items()}
    out["scrolling to 2,000 rows (10 fetches)"] = median_seconds(scroll, repeat=3)
    return out


if __name__ == "__main__":
    main()
