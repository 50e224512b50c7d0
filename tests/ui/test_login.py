"""登录: without INSPECTOR_PASSWORD the window asks for the password before it opens anything; a
wrong one says so and asks again; a new data directory gets its password typed twice."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from inspector_app.store import vault
from inspector_app.ui.login import LoginDialog
from tests.conftest import PASSWORD
from tests.ui.test_start import started  # noqa: F401 (fixture)


def answer(qtbot, replies: list[tuple[str, str]], seen: list[str]) -> None:
    """Type each reply into the login dialog as it comes up: (password, again); what it said is kept."""
    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, LoginDialog):
            QTimer.singleShot(20, fill)
            return
        seen.append(dialog.message.text())
        password, again = replies.pop(0)
        dialog.password.clear()
        dialog.again.clear()
        qtbot.keyClicks(dialog.password, password)
        if dialog.new:
            qtbot.keyClicks(dialog.again, again)
        qtbot.keyClick(dialog.password, Qt.Key_Return)
        if replies:
            QTimer.singleShot(20, fill)
    QTimer.singleShot(0, fill)


def test_the_window_asks_the_password_and_a_wrong_one_again(qtbot, started, data_dir, monkeypatch):  # noqa: F811
    monkeypatch.delenv("INSPECTOR_PASSWORD")
    seen: list[str] = []
    answer(qtbot, [("not-the-password", ""), (PASSWORD, "")], seen)
    window = started(data_dir)
    qtbot.waitUntil(lambda: window.ctx is not None, timeout=30_000)
    assert seen == ["", "密码不对，未打开任何数据。"]


def test_a_new_data_directory_gets_its_password_typed_twice(qtbot, started, tmp_path, monkeypatch):  # noqa: F811
    monkeypatch.delenv("INSPECTOR_PASSWORD")
    seen: list[str] = []
    answer(qtbot, [("new-password-1", "new-password-2"), ("", ""), ("new-password-1", "new-password-1")], seen)
    window = started(tmp_path / "new")
    qtbot.waitUntil(lambda: window.ctx is not None, timeout=30_000)
    assert seen == ["", "两次输入的密码不一致", "密码至少 8 位"]
    assert vault.unlock(tmp_path / "new", "new-password-1") == window.ctx.ws.db.keys
