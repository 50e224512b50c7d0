"""Cold start of the desktop app on the demo database, against starting a bare QMainWindow, each in
a fresh process, in the same run. Two moments count: the window on screen and answering input
(its frame, before the data directory is open), and the first page of findings listed. Between the
two, a 5 ms timer on the GUI thread measures the longest the window went without answering.
Both start from bytecode, as an installed app does (pip and the bundle compile it): the project's
modules are compiled first, and PYTHONDONTWRITEBYTECODE is not passed on. The data directory is
encrypted; the key derivation (Argon2id) that opens it is timed on its own and added to the baseline."""

from __future__ import annotations

import compileall
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("INSPECTOR_PASSWORD", "benchmark-pass")  # the demo data's password, for every start

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
import inspector_app.launcher  # a person's start goes through the `inspector` command
from inspector_app.ui.app import application, start
app = application()
w = start(Path(sys.argv[1]), lambda exc, trace: sys.exit(trace))
app.processEvents()
shown = time.perf_counter() - t0
from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
clock, gaps = QElapsedTimer(), [0]
clock.start()
ticker = QTimer(interval=5)
ticker.timeout.connect(lambda: gaps.append(clock.restart()))
ticker.start()
listed = QEventLoop()
w.opened.connect(lambda: w.findings.model.modelReset.connect(lambda: w.findings.model.rowCount() and listed.quit()))
listed.exec()
print("ready", shown, time.perf_counter() - t0, max(gaps) / 1000, flush=True)
w.close()  # waits for background work, as quitting the app does
"""


def starts(*programs: tuple[str, ...], repeat: int) -> list[list[list[float]]]:
    """For each program (code and arguments), the figures it printed after "ready" (seconds) at each
    start. The programs start in turn, so that the machine's drift falls on all alike."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "QT_LOGGING_RULES": "qt.qpa.*=false"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    runs: list[list[list[float]]] = [[] for _ in programs]
    for _ in range(repeat):  # measured inside each process, from its first line
        for program, figures in zip(programs, runs):
            out = subprocess.run([sys.executable, "-c", *program], capture_output=True, text=True, env=env,
                                 check=True)
            figures.append([float(x) for x in out.stdout.split("ready", 1)[1].split()])
    return runs


def key_derivation(folder: Path, repeat: int = 5) -> float:
    """The median time the password takes to open the directory's key (the derivation not cached)."""
    import time

    from inspector_app.store import vault

    took = []
    for _ in range(repeat):
        vault._kek_cache.clear()
        start = time.perf_counter()
        vault.unlock(folder, os.environ["INSPECTOR_PASSWORD"])
        took.append(time.perf_counter() - start)
    return statistics.median(took)


def main(repeat: int = 15) -> None:
    compileall.compile_dir(Path(__file__).resolve().parent.parent / "inspector_app", quiet=1)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([Path(sys.executable).with_name("inspector"), "--data-dir", tmp, "demo", "--no-photos"],
                       check=True, capture_output=True)
        Path(tmp, "ui.ini").write_text("[window]\npage=findings\n")  # closed on the list last time
        bare, app = starts((BARE,), (APP, tmp), repeat=repeat)
        kdf_ms = key_derivation(Path(tmp)) * 1000
    (bare_ms,), (shown, listed, stall) = ([statistics.median(column) * 1000 for column in zip(*figures)]
                                          for figures in (bare, app))
    base = bare_ms + kdf_ms
    print(f"medians of {repeat} starts of each")
    print(f"bare QMainWindow:                   {bare_ms:5.0f} ms")
    print(f"key derivation (Argon2id):          {kdf_ms:5.0f} ms; with the bare window {base:.0f} ms (baseline)")
    print(f"Inspector window on screen:         {shown:5.0f} ms ({shown / base:.2f}x; goal <= 1.5x)")
    print(f"first page of findings listed:      {listed:5.0f} ms ({listed / base:.2f}x)")
    print(f"longest the window did not answer:  {stall:5.0f} ms (meanwhile)")


if __name__ == "__main__":
    main()
