"""Cold start of the desktop app to an interactive main window (findings listed) on the demo
database, against starting a bare QMainWindow, each in a fresh process, in the same run."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

BARE = """
import time; t0 = time.perf_counter()
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow(); w.show(); app.processEvents()
print("ready", time.perf_counter() - t0, flush=True)
"""
APP = """
import time; t0 = time.perf_counter()
import sys
from pathlib import Path
from inspector_app.ui.app import application, main_window
app = application()
w = main_window(Path(sys.argv[1]))
w.show()
w.tabs.setCurrentWidget(w.findings)
from PySide6.QtCore import QEventLoop
shown = QEventLoop()  # interactive: the first page of findings is on screen (the event loop idles meanwhile)
w.findings.model.modelReset.connect(lambda: w.findings.model.rowCount() and shown.quit())
if w.findings.model.rowCount() == 0:
    shown.exec()
print("ready", time.perf_counter() - t0, flush=True)
w.close()  # waits for background work, as quitting the app does
"""


def median_start(code: str, *args: str, repeat: int = 7) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "QT_LOGGING_RULES": "qt.qpa.*=false"}
    times = []
    for _ in range(repeat):  # measured inside the process: from its first line to the window ready
        out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, check=True)
        times.append(float(out.stdout.split("ready", 1)[1]))
    return statistics.median(times)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([Path(sys.executable).with_name("inspector"), "--data-dir", tmp, "demo", "--no-photos"],
                       check=True, capture_output=True)
        bare = median_start(BARE)
        app = median_start(APP, tmp)
    print(f"bare QMainWindow:                      {bare * 1000:5.0f} ms (baseline)")
    print(f"Inspector main window, findings shown: {app * 1000:5.0f} ms ({app / bare:.2f}x; goal <= 1.5x)")


if __name__ == "__main__":
    main()
