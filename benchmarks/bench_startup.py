"""Cold start of the `inspector` command from source and from the frozen bundle (dist/inspector,
built with `pyinstaller build.spec`), as ratios to starting a bare Python interpreter in the same run.
The source starts from bytecode, as an installed copy does: PYTHONDONTWRITEBYTECODE is not passed on."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FROZEN = ROOT / "dist" / "inspector" / "inspector"
SOURCE = Path(sys.executable).with_name("inspector")


ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def timed(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True, env=ENV)
    return time.perf_counter() - start


def main(repeat: int = 11) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        commands = {"bare python -c pass": [sys.executable, "-c", "pass"]}
        for name, exe in (("from source", SOURCE), ("frozen bundle", FROZEN)):
            if exe.exists():
                commands[f"inspector db status, {name}"] = [str(exe), "--data-dir", tmp, "db", "status"]
            else:
                print(f"{name}: {exe} not found (build it first)")
        subprocess.run([str(SOURCE), "--data-dir", tmp, "db", "status"], check=True, capture_output=True, env=ENV)
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(repeat):  # interleaved, so that a noisy moment hits every command alike
            for name, cmd in commands.items():
                times[name].append(timed(cmd))
        median = {name: statistics.median(t) for name, t in times.items()}
        base = median["bare python -c pass"]
        for name, t in median.items():
            print(f"{name:36} {t * 1000:6.0f} ms ({t / base:.1f}x the bare interpreter)")
        if len(median) == 3:
            frozen, source = (median[f"inspector db status, {n}"] for n in ("frozen bundle", "from source"))
            print(f"frozen / source: {frozen / source:.2f}")


if __name__ == "__main__":
    main()
