"""Discretion and durability: the lock screen, and a half-typed finding that survives a kill."""

from __future__ import annotations

import textwrap

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from inspector_app.services.drafts import draft_path
from tests.conftest import PASSWORD, kill_when
from tests.ui.test_start import started  # noqa: F401 (fixture)


def test_ctrl_l_locks_at_once_and_only_the_password_unlocks(qtbot, window):
    window.quick.person.setText("张三明")
    qtbot.keyClick(window, Qt.Key_L, Qt.ControlModifier)
    assert window.locked and not window.menuBar().isVisible()
    assert window.windowTitle() == "效能督查工作台"  # not even who works here
    screen = window.lock_screen
    qtbot.keyClicks(screen.password, "wrong")
    qtbot.keyClick(screen.password, Qt.Key_Return)
    assert window.locked and "不正确" in screen.message.text()
    qtbot.keyClicks(screen.password, PASSWORD)                # the password that opens the laptop's data
    qtbot.keyClick(screen.password, Qt.Key_Return)
    assert not window.locked and window.quick.person.text() == "张三明"
    assert window.windowTitle() == "效能督查工作台 — 演示用户（本机用户）"


def test_the_password_is_checked_off_the_gui_thread_as_the_app_runs(qtbot, started, data_dir):  # noqa: F811
    window = started(data_dir)  # the app's own background tasks, not run inline
    qtbot.waitUntil(lambda: window.ctx is not None, timeout=30_000)
    window.lock()
    screen = window.lock_screen
    qtbot.keyClicks(screen.password, "wrong")
    qtbot.keyClick(screen.password, Qt.Key_Return)
    assert window.locked and not screen.button.isEnabled()  # checking, the window still answering
    qtbot.waitUntil(lambda: "不正确" in screen.message.text(), timeout=10_000)
    qtbot.keyClicks(screen.password, PASSWORD)
    qtbot.keyClick(screen.password, Qt.Key_Return)
    qtbot.waitUntil(lambda: not window.locked, timeout=10_000)


def test_while_locked_nothing_opens_over_the_lock_page_and_what_went_wrong_shows_after(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from inspector_app.errors import InspectorError

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    window.lock()
    assert not window.statusBar().isVisible() and not window.sync_panel.isVisibleTo(window)
    opened = []
    monkeypatch.setattr(window.sync_panel, "enroll", lambda: opened.append("enrol"))
    qtbot.keyClick(window, Qt.Key_F5)                        # 同步's key: not while locked
    qtbot.keyClick(window, Qt.Key_Comma, Qt.ControlModifier)  # nor the settings
    assert opened == [] and not [d for d in window.findChildren(QDialog) if d.isVisible()]
    window.ctx.show_error(InspectorError("sync_unreachable", url="https://hub", detail="timed out"))  # meanwhile
    assert shown == []
    window.lock_screen.unlocked.emit()
    assert len(shown) == 1 and window.statusBar().isVisible()


TYPIST = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from inspector_app.ui.app import application, main_window
    app = application()
    w = main_window(Path(sys.argv[1]))
    w.show()
    page = w.quick
    page.unit.insert("区人社局")
    page.person.insert("诸葛喆")
    page.place.insert("三楼办公室")
    def wait_for_draft():
        if Path(sys.argv[2]).exists():
            print("drafted", flush=True)
        else:
            QTimer.singleShot(50, wait_for_draft)
    wait_for_draft()
    app.exec()
""")


def test_a_half_typed_finding_survives_the_app_being_killed(qtbot, data_dir):
    draft = draft_path(data_dir)
    kill_when(TYPIST, str(data_dir), str(draft), marker="drafted", env={"QT_QPA_PLATFORM": "offscreen"})
    from inspector_app.ui.app import application, main_window
    application()
    win = main_window(data_dir, tasks_inline=True)
    qtbot.addWidget(win)
    page = win.quick
    assert (page.unit.text(), page.person.text(), page.place.text()) == ("区人社局", "诸葛喆", "三楼办公室")
    assert "已恢复" in page.message.text()
    from inspector_app.ui.app import close_logging
    win.ctx.ws.db.close()
    close_logging()


def test_the_window_locks_itself_after_the_offices_minutes_without_a_key_or_the_mouse(qtbot, window):
    from inspector_app.services import settings
    from inspector_app.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.ctx, window)  # the office sets 3 minutes for every laptop
    qtbot.addWidget(dialog)
    assert dialog.idle_minutes.value() == 10  # by default
    dialog.idle_minutes.setValue(3)
    dialog.save()
    assert settings.security_rules(window.ctx.ws).idle_lock_minutes == 3
    idle = window.idle
    idle.timer.setInterval(20)
    idle.last -= 2 * 60 + 50  # two minutes and fifty seconds without a key
    qtbot.wait(100)
    assert not window.locked
    qtbot.keyClick(window.quick.person, Qt.Key_A)  # a key: the minutes start again
    idle.last -= 2 * 60 + 50
    qtbot.wait(100)
    assert not window.locked
    idle.last -= 20
    qtbot.waitUntil(lambda: window.locked, timeout=5_000)
    assert window.windowTitle() == "效能督查工作台"
    qtbot.keyClicks(window.lock_screen.password, PASSWORD)
    qtbot.keyClick(window.lock_screen.password, Qt.Key_Return)
    qtbot.waitUntil(lambda: not window.locked, timeout=10_000)

    settings.save_security_rules(window.ctx.ws, idle_lock_minutes=0)  # never
    idle.last -= 24 * 3600
    qtbot.wait(100)
    assert not window.locked


def test_a_closed_window_no_longer_watches_for_idleness(qtbot, window):
    assert window.idle.timer.isActive()
    window.close()
    assert not window.idle.timer.isActive()
