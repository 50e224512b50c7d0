"""The one way long work leaves the GUI thread: reads on a thread pool, database writes on a single
writer thread; results and errors come back on the GUI thread; a progress dialog appears only
after half a second, with cancel where the work allows it. Tests may run everything inline."""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6 import QtCore
from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget

PROGRESS_DELAY_MS = 500


class Progress:
    """Handed to the work: report progress, and look whether the person cancelled."""

    def __init__(self, emit: Callable[[int, int], None]) -> None:
        self._emit = emit
        self.cancel_event = threading.Event()

    def update(self, done: int, total: int) -> None:
        self._emit(done, total)

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()


class _Signals(QObject):
    """A job's outcome, emitted on a worker thread and delivered on the GUI thread: this object
    lives there, and Qt queues a signal to a slot of an object on another thread."""
    done = Signal(object)
    failed = Signal(object, str)
    progress = Signal(int, int)

    def __init__(self, on_done: Callable[[Any], None], on_failed: Callable[[BaseException, str], None]) -> None:
        super().__init__()
        self._on_done, self._on_failed = on_done, on_failed
        self.done.connect(self._deliver_done)
        self.failed.connect(self._deliver_failed)

    @Slot(object)
    def _deliver_done(self, result: Any) -> None:
        self._on_done(result)

    @Slot(object, str)
    def _deliver_failed(self, exc: BaseException, trace: str) -> None:
        self._on_failed(exc, trace)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any], signals: _Signals, progress: Progress) -> None:
        super().__init__()
        self.fn, self.signals, self.progress = fn, signals, progress

    def run(self) -> None:
        try:
            result = self.fn(self.progress)
        except BaseException as exc:  # delivered to the GUI thread, never lost
            self.signals.failed.emit(exc, traceback.format_exc())
        else:
            self.signals.done.emit(result)


class Tasks(QObject):
    """Runs work in the background and brings its outcome back to the GUI thread."""

    def __init__(self, parent: QObject | None = None, inline: bool = False) -> None:
        super().__init__(parent)
        self.inline = inline
        self.readers = QThreadPool(self)
        self.readers.setMaxThreadCount(2)
        self.writer = QThreadPool(self)
        self.writer.setMaxThreadCount(1)  # SQLite has one writer: writes queue up in order
        self._live: set[_Signals] = set()

    def run(self, fn: Callable[[Progress], Any], on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException, str], None] | None = None, *, write: bool = False,
            label: str = "", parent: QWidget | None = None, cancellable: bool = False) -> Progress:
        dialog: list[QWidget] = []  # the progress dialog, once shown

        def finish() -> None:
            if dialog:
                dialog[0].close()
            self._live.discard(signals)

        def done(result: Any) -> None:
            finish()
            if on_done:
                on_done(result)

        def failed(exc: BaseException, trace: str) -> None:
            finish()
            if on_error:
                on_error(exc, trace)
            else:
                raise exc

        signals = _Signals(done, failed)
        progress = Progress(signals.progress.emit)
        if self.inline:
            try:
                result = fn(progress)
            except BaseException as exc:
                failed(exc, traceback.format_exc())
            else:
                done(result)
            return progress
        if label and parent is not None:
            def show() -> None:
                from PySide6.QtWidgets import QProgressDialog

                if signals not in self._live:
                    return
                box = QProgressDialog(label, self.tr("取消") if cancellable else "", 0, 0, parent)
                box.setWindowModality(QtCore.Qt.WindowModal)
                if not cancellable:
                    box.setCancelButton(None)
                box.canceled.connect(progress.cancel_event.set)
                signals.progress.connect(lambda d, t: (box.setMaximum(t), box.setValue(d)))
                box.show()
                dialog.append(box)
            QTimer.singleShot(PROGRESS_DELAY_MS, show)
        self._live.add(signals)
        (self.writer if write else self.readers).start(_Job(fn, signals, progress))
        return progress

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every job has finished (closing the window, tests)."""
        return self.readers.waitForDone(msecs) and self.writer.waitForDone(msecs)
