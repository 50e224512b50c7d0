"""Starting the app: the window is on screen before its data directory is open, answers meanwhile,
and its pages follow; a data directory that cannot be opened is named in plain words."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from inspector_app.store.database import DB_NAME
from tests.conftest import in_namespace, needs_mounts


@pytest.fixture
def started(qtbot):
    from inspector_app.ui.app import application, close_logging, start
    application()
    windows = []

    def begin(data_dir, on_failure=lambda exc, trace: pytest.fail(trace)):
        window = start(data_dir, on_failure)
        qtbot.addWidget(window)
        windows.append(window)
        return window
    yield begin
    for window in windows:
        window.close()  # waits for the opening to end
        if window.ctx is not None:
            window.ctx.ws.db.close()
    close_logging()


def test_the_window_is_on_screen_before_its_data_and_keeps_the_tab_chosen_meanwhile(qtbot, started, data_dir):
    window = started(data_dir)
    assert window.isVisible() and window.ctx is None            # the frame: tabs and menus, no data yet
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == ["快速录入", "问题记录", "审核", "整改", "通报", "名册", "投诉",
                                                                              "考核"]
    assert "正在打开数据" in window.tabs.currentWidget().findChild(QLabel).text()
    assert not window.lock_action.isEnabled()                    # nothing to hide yet, nothing to act on
    window.tabs.setCurrentIndex(1)                               # the person picks the list meanwhile
    with qtbot.waitSignal(window.opened, timeout=30_000):
        pass
    assert window.tabs.currentWidget() is window.findings
    assert window.lock_action.isEnabled() and window.lock_action.shortcut().toString() == "Ctrl+L"
    qtbot.waitUntil(lambda: window.findings.model.rowCount() > 0, timeout=10_000)
    window.close()
    assert "page=findings" in (data_dir / "ui.ini").read_text()  # and it is the page it reopens on


def test_the_window_does_not_wait_for_the_database_layer():
    """What runs before the frame is on screen (the command, the app's start, the window) leaves the
    heavy libraries to the background: they take most of a second to import."""
    code = ("import sys, inspector_app.cli, inspector_app.ui.app; "
            "print(sorted(m for m in ('sqlalchemy', 'sqlmodel', 'pydantic', 'jinja2', 'reportlab', 'PIL') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_started_without_arguments_the_window_comes_before_the_command_line_and_qt_enums(data_dir):
    """`inspector` as the desktop entry starts it: the frame is painted before the command line's
    parser (click) or Qt's namespace (~90 enums) is loaded; they cost ~20 ms each."""
    code = """
import sys
from PySide6 import QtCore
from PySide6.QtWidgets import QApplication, QMainWindow
from inspector_app import launcher
from inspector_app.ui.app import application

def on_screen():  # the first thing the running app does, once its frame is painted
    window, = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow)]
    print(window.isVisible(), window.windowTitle(), window.settings.fileName(), 'click' in sys.modules,
          'Qt' in vars(QtCore), flush=True)
    window.close()
application()
QtCore.QTimer.singleShot(0, on_screen)
sys.exit(launcher.main([]))
"""
    env = {**os.environ, "INSPECTOR_DATA_DIR": str(data_dir), "INSPECTOR_LANG": "en", "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    # in the language and on the data directory the environment asks for
    assert out.stdout.split() == ["True", "Inspector", str(data_dir / "ui.ini"), "False", "False"]


@pytest.mark.parametrize("system_fonts", [True, False], ids=["system fonts", "no fonts at all"])
def test_the_window_writes_chinese_with_or_without_the_systems_cjk_fonts(tmp_path, system_fonts):
    """Chinese renders on a machine with no font at all (the bundled one serves) as on one with its own."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if not system_fonts:  # fontconfig told of no font folder at all
        (tmp_path / "fonts.conf").write_text(f"<fontconfig><cachedir>{tmp_path}</cachedir></fontconfig>")
        env["FONTCONFIG_FILE"] = str(tmp_path / "fonts.conf")
    code = ("from PySide6.QtGui import QFontMetrics; from inspector_app.ui.app import application; "
            "app = application(); print(all(QFontMetrics(app.font()).inFontUcs4(ord(c)) for c in '效能督查工作台'))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert out.stdout.strip() == "True", out.stderr


def test_a_data_directory_that_cannot_be_opened_is_named_and_the_window_stays_empty(qtbot, started, tmp_path):
    with sqlite3.connect(tmp_path / DB_NAME) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.close()
    failures = []
    window = started(tmp_path, lambda exc, trace: failures.append(exc))
    qtbot.waitUntil(lambda: bool(failures), timeout=30_000)
    assert failures[0].key == "db_not_inspector" and str(tmp_path) in str(failures[0])
    assert window.ctx is None and not window.lock_action.isEnabled()


def test_the_app_opens_its_data_and_ends_when_its_window_is_closed(qtbot, data_dir):
    from PySide6.QtCore import QTimer

    from inspector_app.ui.app import application, close_logging, run
    from inspector_app.ui.main_window import MainWindow
    application()
    opened = []

    def close_once_open() -> None:  # the person waits for the pages, then closes the window
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and not w.closed]
        if windows and windows[0].ctx is not None:
            opened.append(windows[0])
            windows[0].close()
        else:
            QTimer.singleShot(20, close_once_open)
    QTimer.singleShot(0, close_once_open)
    assert run(data_dir) == 0
    window, = opened
    assert window.tabs.currentWidget() is window.quick and window.lock_action.isEnabled()
    window.ctx.ws.db.close()
    close_logging()


def test_the_app_says_why_it_cannot_open_and_ends(qtbot, tmp_path, monkeypatch):
    from inspector_app.ui.app import application, run
    from inspector_app.ui.main_window import MainWindow
    application()
    (tmp_path / DB_NAME).write_bytes(b"this is a spreadsheet, not a database" * 100)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    assert run(tmp_path) == 1
    assert shown and str(tmp_path) in shown[0]
    for window in QApplication.topLevelWidgets():
        if isinstance(window, MainWindow):
            window.close()


def test_a_window_closed_while_its_data_opens_stays_closed(qtbot, started, data_dir):
    window = started(data_dir)
    opened = []
    window.opened.connect(lambda: opened.append(True))
    window.close()                                               # waits for the opening to end
    qtbot.wait(200)                                              # its answer arrives, and is let go
    assert window.ctx is None and not opened and not window.isVisible()


@needs_mounts
def test_a_read_only_data_directory_is_named_as_such(data_dir):
    app = (f"QT_QPA_PLATFORM=offscreen {sys.executable} -c '{READ_ONLY_START}'")
    proc = in_namespace(f"""
        mount --bind {data_dir} {data_dir} && mount -o remount,bind,ro {data_dir}
        {app} {data_dir} || echo "exit=$?"
        {app} {data_dir}/new-folder || echo "exit=$?"
    """)
    assert proc.stdout.count("exit=1") == 2, proc.stdout + proc.stderr
    assert proc.stdout.count("不可写") == 2, proc.stdout
    assert "Traceback" not in proc.stderr, proc.stderr


READ_ONLY_START = """
import sys
from PySide6.QtWidgets import QMessageBox
QMessageBox.warning = lambda parent, title, text: print("shown:", text)
QMessageBox.exec = lambda box: print("bug report:", box.text())  # what would be a report of a bug
from inspector_app.ui.app import run
sys.exit(run(sys.argv[1]))
"""
