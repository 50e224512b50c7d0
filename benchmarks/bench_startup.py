"""Cold start of the `inspector` command from source and from the frozen bundle (dist/inspector,
built with `pyinstaller build.spec`), as ratios to starting a bare Python interpreter in the same run."""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FROZEN = ROOT / "dist" / "inspector" / "inspector"
SOURCE = Path(sys.executable).with_name("inspector")


def median_run(cmd: list[str], repeat: int = 7) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([str(SOURCE), "--data-dir", tmp, "db", "status"], check=True, capture_output=True)
        base = median_run([sys.executable, "-c", "pass"])
        print(f"bare python -c pass:           {base * 1000:6.0f} ms (baseline)")
        for name, exe in (("from source", SOURCE), ("frozen bundle", FROZEN)):
            if not exe.exists():
                print(f"{name}: {exe} not found (build it first)")
                continue
            t = median_run([str(exe), "--data-dir", tmp, "db", "status"])
            print(f"inspector db status, {name}: {t * 1000:6.0f} ms ({t / base:.1f}x)")


if __name__ == "__main__":
    main()
