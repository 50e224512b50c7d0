"""The background-task helper with real threads: the work runs off the GUI thread, its result, its
error and its progress come back on the GUI thread, a progress dialog appears only for long work
and can cancel it, and database writes queue on one writer in the order they were asked for."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QWidget

from inspector_app.errors import InspectorError
from inspector_app.ui.tasks import PROGRESS_DELAY_MS, Tasks


@pytest.fixture
def tasks(qtbot):
    from inspector_app.ui.app import application

    application()
    helper = Tasks()
    yield helper
    assert helper.wait(10_000)


def on_gui_thread() -> bool:
    return QThread.currentThread() is QApplication.instance().thread()


def test_the_work_runs_off_the_gui_thread_and_its_result_comes_back_on_it(qtbot, tasks):
    seen: dict[str, object] = {}

    def work(_progress):
        seen["work on gui thread"] = on_gui_thread()
        return 42

    def done(result):
        seen["result"], seen["done on gui thread"] = result, on_gui_thread()
    tasks.run(work, done)
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen == {"work on gui thread": False, "result": 42, "done on gui thread": True}


def test_an_error_comes_back_with_its_trace_on_the_gui_thread(qtbot, tasks):
    seen: dict[str, object] = {}

    def work(_progress):
        raise InspectorError("finding_unknown", id="x")

    def failed(exc, trace):
        seen.update(exc=exc, trace=trace, gui=on_gui_thread())
    tasks.run(work, lambda _r: seen.update(done=True), failed)
    qtbot.waitUntil(lambda: "exc" in seen, timeout=5000)
    assert seen["gui"] and "done" not in seen
    assert seen["exc"].key == "finding_unknown" and "InspectorError" in seen["trace"]


def test_quick_work_shows_no_progress_dialog_and_long_work_one_that_cancels_it(qtbot, tasks):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    tasks.run(lambda _p: "quick", label="正在保存…", parent=parent)
    assert tasks.wait(5000)
    qtbot.wait(PROGRESS_DELAY_MS + 200)
    assert parent.findChildren(QProgressDialog) == []

    finished = threading.Event()

    def long_work(progress):
        for i in range(200):
            if progress.cancelled:
                return f"cancelled after {i}"
            progress.update(i, 200)
            time.sleep(0.05)
        finished.set()
        return "all"
    result: list[str] = []
    tasks.run(long_work, result.append, label="正在导入照片…", parent=parent, cancellable=True)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in parent.findChildren(QProgressDialog)), timeout=5000)
    dialog = next(d for d in parent.findChildren(QProgressDialog) if d.isVisible())
    qtbot.waitUntil(lambda: dialog.value() > 0, timeout=5000)  # the work's progress reaches the dialog
    assert dialog.maximum() == 200 and dialog.labelText() == "正在导入照片…"
    qtbot.mouseClick(dialog.findChild(QPushButton), Qt.LeftButton)  # the person cancels
    qtbot.waitUntil(lambda: bool(result), timeout=5000)
    assert result[0].startswith("cancelled after") and not finished.is_set()
    assert not dialog.isVisible()  # closed with the work


def test_writes_queue_on_one_writer_in_the_order_asked(qtbot, tasks):
    order: list[int] = []
    running = []

    def write(n):
        def work(_progress):
            running.append(n)
            assert len(running) == 1, "two writers at once"
            time.sleep(0.01)
            order.append(n)
            running.remove(n)
        return work
    for n in range(8):
        tasks.run(write(n), write=True)
    assert tasks.wait(10_000)
    assert order == list(range(8))


def test_inline_tasks_run_at_once_for_tests(qtbot):
    inline = Tasks(inline=True)
    got = []
    inline.run(lambda _p: "now", got.append)
    assert got == ["now"]
