"""A laptop on its own asks at first start who uses it; the window's title names them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from inspector_app.services import lock
from inspector_app.ui.user_dialog import UserDialog
from tests.conftest import PASSWORD
from tests.ui.test_start import started  # noqa: F401 (fixture)


def test_a_new_laptop_asks_who_uses_it_at_first_start(qtbot, started, tmp_path):  # noqa: F811
    window = started(tmp_path / "new")
    qtbot.waitUntil(lambda: window.findChild(UserDialog) is not None and window.findChild(UserDialog).isVisible(),
                    timeout=30_000)
    assert window.windowTitle() == "效能督查工作台 — （未设置使用人）"
    dialog = window.findChild(UserDialog)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok)
    assert not dialog.password.isVisibleTo(dialog)  # set as the data directory was made
    dialog.name.setText("王小明")  # Chinese comes through the input method, not key by key
    qtbot.mouseClick(ok, Qt.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)  # kept in the background
    assert window.windowTitle() == "效能督查工作台 — 王小明（本机用户）" and window.ctx.ws.actor == "王小明"
    assert lock.check_password(window.ctx.ws, PASSWORD)


def test_a_new_user_of_the_laptop_sets_their_own_password(qtbot, window):
    window.ask_user()
    dialog = window.findChild(UserDialog)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok)
    dialog.name.setText("王小明")
    qtbot.keyClicks(dialog.password, "a-long-password")
    qtbot.keyClicks(dialog.again, "a-long-passwort")
    qtbot.mouseClick(ok, Qt.LeftButton)
    assert dialog.isVisible() and dialog.message.text() == "两次输入的密码不一致"
    dialog.again.clear()
    qtbot.keyClicks(dialog.again, "a-long-password")
    qtbot.mouseClick(ok, Qt.LeftButton)
    assert not dialog.isVisible()
    assert window.windowTitle() == "效能督查工作台 — 王小明（本机用户）" and window.ctx.ws.actor == "王小明"
    assert lock.check_password(window.ctx.ws, "a-long-password")  # it unlocks the lock screen


def test_the_demo_window_names_who_works_in_it(window):
    assert window.windowTitle() == "效能督查工作台 — 演示用户（本机用户）"
    assert window.user_action.isVisible()  # not enrolled: a local user may be set up


def test_the_new_password_is_kept_off_the_gui_thread_as_the_app_runs(qtbot, started, tmp_path):  # noqa: F811
    window = started(tmp_path / "new")  # the app's own background tasks, not run inline
    qtbot.waitUntil(lambda: window.findChild(UserDialog) is not None and window.findChild(UserDialog).isVisible(),
                    timeout=30_000)
    window.findChild(UserDialog).reject()
    window.ask_user()
    dialog = next(d for d in window.findChildren(UserDialog) if d.isVisible())
    dialog.name.setText("王小明")
    qtbot.keyClicks(dialog.password, "another-password")
    qtbot.keyClicks(dialog.again, "another-password")
    qtbot.mouseClick(dialog.ok, Qt.LeftButton)
    assert dialog.isVisible() and not dialog.ok.isEnabled()  # deriving the key, the window still answering
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert lock.check_password(window.ctx.ws, "another-password")
