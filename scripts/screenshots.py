"""Screenshots of the main screens on demo data, for the README and the user guide:
python scripts/screenshots.py [OUT_DIR] [--size 1366x768]

Runs offscreen (no display needed); the window is the real one, on a fresh demo data directory, at
a laptop's 1366×768 unless asked otherwise."""

from __future__ import annotations

import os
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QDateTime, QEventLoop, QTimer  # noqa: E402

from inspector_app.demo.generate import generate_demo  # noqa: E402
from inspector_app.domain.reference import load_reference  # noqa: E402
from inspector_app.store.database import Database  # noqa: E402
from inspector_app.ui.app import application, close_logging, main_window  # noqa: E402


def settle(_app, ms: int = 300) -> None:
    """Let the window paint (a local loop: quitting the application would close its windows)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main(out: Path, size: tuple[int, int] = (1366, 768)) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = application()
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        db = Database.open(data, "screenshots-only")
        generate_demo(db, load_reference(), seed=2026, n_findings=300, photos=True)
        db.close()
        window = main_window(data, tasks_inline=True, password="screenshots-only")
        window.resize(*size)
        window.show()
        page = window.quick
        page.reload_inspections()
        page.inspection.setCurrentIndex(1)
        with window.ctx.ws.db.session() as s:  # a repeat offender shows the year's record beside the form
            from sqlmodel import func, select

            from inspector_app.domain.models import Finding, Person, Unit
            person_id = s.exec(select(Finding.person_id).where(Finding.person_id.is_not(None))
                               .group_by(Finding.person_id).order_by(func.count().desc())).first()
            person = s.get(Person, person_id)
            unit = s.get(Unit, person.unit_id)
        page.unit.insert(unit.name)
        page.person.insert(person.name)
        page.choose_kind("computer_games")
        page.when.setDateTime(QDateTime(date(2026, 11, 18), QDateTime.currentDateTime().time()))
        page.note.clear()
        page.start_description()
        page.update_history()
        settle(app)
        window.grab().save(str(out / "quick-entry.png"))
        window.tabs.setCurrentWidget(window.findings)
        window.findings.search.setText("迟到")
        window.findings.apply_filter()
        settle(app)
        window.grab().save(str(out / "findings.png"))
        window.findings.table.selectRow(0)
        gallery = window.open_evidence(window.findings.model.row_at(0).id)
        gallery.resize(1100, 700)
        gallery.cover({"x": 0.55, "y": 0.2, "w": 0.2, "h": 0.3})
        settle(app)
        gallery.grab().save(str(out / "evidence.png"))
        gallery.close()
        window.tabs.setCurrentWidget(window.review)
        settle(app)
        window.grab().save(str(out / "review.png"))
        window.tabs.setCurrentWidget(window.rectification)
        settle(app)
        window.grab().save(str(out / "rectification.png"))
        window.tabs.setCurrentWidget(window.notices)
        window.notices.date_from.setDate(QDateTime(date(2026, 11, 1), QDateTime.currentDateTime().time()).date())
        window.notices.date_to.setDate(QDateTime(date(2026, 11, 20), QDateTime.currentDateTime().time()).date())
        window.notices.compose()
        settle(app)
        window.grab().save(str(out / "notice.png"))
        window.tabs.setCurrentWidget(window.complaints)
        settle(app)
        window.complaints.table.selectRow(2)
        settle(app)
        window.grab().save(str(out / "complaints.png"))
        window.tabs.setCurrentWidget(window.assessment)
        window.assessment.year.setValue(2026)
        settle(app)
        window.assessment.charts.setCurrentIndex(2)  # the kind's scores
        settle(app)
        window.grab().save(str(out / "assessment.png"))
        window.tabs.setCurrentWidget(window.roster)
        settle(app)
        window.roster.units.setCurrentItem(window.roster.units.topLevelItem(0))
        settle(app)
        window.grab().save(str(out / "roster.png"))
        from inspector_app.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(window.ctx, window)
        dialog.show()
        settle(app)
        dialog.grab().save(str(out / "settings.png"))
        dialog.close()
        window.lock()
        settle(app)
        window.grab().save(str(out / "locked.png"))
        window.ctx.ws.db.close()
        close_logging()


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="Screenshots of the main screens on demo data.")
    parser.add_argument("out", nargs="?", type=Path, default=Path(__file__).resolve().parent.parent / "docs" / "screenshots")
    parser.add_argument("--size", default="1366x768", help="the window's size, WIDTHxHEIGHT")
    given = parser.parse_args()
    main(given.out, tuple(map(int, given.size.split("x"))))
