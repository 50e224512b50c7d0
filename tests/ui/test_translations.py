"""English second: every text of the window has an English translation, the compiled file is the
one the translations make, and `--lang en` shows the window in English."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from inspector_app.domain.enums import FindingStatus
from inspector_app.i18n import set_language
from inspector_app.paths import resource_path

TS = resource_path("i18n", "inspector_en.ts")
BIN = Path(sys.executable).parent


def tool(name: str) -> str:
    return str(BIN / name) if (BIN / name).exists() else shutil.which(name) or pytest.skip(f"{name} not installed")


def test_every_text_of_the_window_has_an_english_translation(tmp_path):
    ts = tmp_path / "check.ts"
    shutil.copy(TS, ts)
    ui = sorted(str(p) for p in Path(resource_path()).parent.joinpath("inspector_app", "ui").glob("*.py"))
    out = subprocess.run([tool("pyside6-lupdate"), *ui, "-no-obsolete", "-ts", str(ts)], capture_output=True,
                         text=True, check=True).stdout
    assert "(0 new" in out, out                          # no text the translation file does not know
    text = ts.read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text and 'type="vanished"' not in text


def test_the_compiled_translation_is_up_to_date(tmp_path):
    qm = tmp_path / "en.qm"
    subprocess.run([tool("pyside6-lrelease"), str(TS), "-qm", str(qm)], capture_output=True, check=True)
    assert qm.read_bytes() == resource_path("i18n", "inspector_en.qm").read_bytes()


@pytest.fixture
def english():
    from inspector_app.ui.app import application, use_language
    set_language("en")
    app = application()
    yield app
    set_language("zh")
    use_language(app, "zh")


def test_the_window_speaks_english_when_asked(qtbot, english, data_dir):
    from inspector_app.ui.app import close_logging, main_window
    from inspector_app.ui.finding_model import COLUMNS
    win = main_window(data_dir, tasks_inline=True)
    qtbot.addWidget(win)
    try:
        tabs = [win.tabs.tabText(i) for i in range(win.tabs.count())]
        assert tabs == ["Quick entry", "Findings", "Review", "Rectification", "Notices", "Roster", "Complaints",
                        "Assessment"]
        assert win.findings.model.headerData(0, Qt.Horizontal) == "Time"
        win.tabs.setCurrentWidget(win.findings)
        assert win.findings.count.text().endswith("findings")
        model = win.findings.model                        # the core's words follow the same language
        assert model.data(model.index(0, COLUMNS.index("status"))) in {s.label("en") for s in FindingStatus}
        assert model.data(model.index(0, COLUMNS.index("type"))).isascii()
        win.findings.show_detail(0)                      # English punctuation in English
        detail = win.findings.detail.toPlainText()
        assert "Suggested handling: " in detail and not set("：（）；") & set(detail.replace(
            model.row_at(0).unit_name, "").replace(model.row_at(0).person_name or "", ""))
    finally:
        win.ctx.ws.db.close()
        close_logging()
