"""Start-up as the user waits for it, against a bare PySide6 window in the same venv.

The program side is the real launch order: ``voimaa.cli.main`` with a demo store, nothing
imported first (see bench/_firstframe.py), up to the first painted frame that shows the group
list and the selected group's first section; then the window is closed and the program exits
as it normally does. The floor is a bare ``QMainWindow`` of the same size, shown and closed the
same way. The two are run interleaved (floor, program, floor, program…) so that the load of a
shared machine falls on both alike; medians are printed with the ratio program/floor.

Figures: time to the first frame, time to the process's end (start-up + exit), the exit alone,
and the peak resident memory at the first frame. Targets (issue 13): first frame ≤ 3× the
floor, memory ≤ 1.8×.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
RUNS = int(os.environ.get("BENCH_RUNS", "7"))


def _run(args: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """(seconds to the first frame, seconds to the end, peak RSS MiB) of one child."""
    start = time.monotonic()
    out = subprocess.run(
        [sys.executable, str(HERE / "_firstframe.py"), *args],
        env=env,
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    ).stdout
    end = time.monotonic()
    line = next(x for x in out.splitlines() if x.startswith("FRAME "))
    _, frame, rss = line.split()
    return float(frame) - start, end - start, int(rss) / 1024


def _row(label: str, program: list[float], floor: list[float], unit: str) -> None:
    p, f = statistics.median(program), statistics.median(floor)
    print(f"{label:24} {p:8.3f}{unit} {f:8.3f}{unit} {p / f:6.2f}x")


def measure(data_dir: str, runs: int = RUNS) -> dict[str, tuple[list[float], list[float]]]:
    """Interleaved runs of the program on `data_dir` and of the bare window."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env.pop("VOIMAA_DATA_DIR", None)
    _run(["bare"], env)  # warm the file cache for both before measuring
    _run(["voimaa", data_dir], env)
    figures: dict[str, tuple[list[float], list[float]]] = {
        k: ([], []) for k in ("frame", "end", "exit", "rss")
    }
    for _ in range(runs):
        for side, args in ((1, ["bare"]), (0, ["voimaa", data_dir])):
            frame, end, rss = _run(args, env)
            figures["frame"][side].append(frame)
            figures["end"][side].append(end)
            figures["exit"][side].append(end - frame)
            figures["rss"][side].append(rss)
    return figures


def measure_stores(first: str, second: str, runs: int = RUNS) -> tuple[list[float], list[float]]:
    """Seconds to the first frame of the program on two data folders, interleaved."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env.pop("VOIMAA_DATA_DIR", None)
    series: tuple[list[float], list[float]] = ([], [])
    for folder in (first, second):
        _run(["voimaa", folder], env)  # warm the file cache
    for _ in range(runs):
        for side, folder in enumerate((first, second)):
            series[side].append(_run(["voimaa", folder], env)[0])
    return series


def report(figures: dict[str, tuple[list[float], list[float]]]) -> None:
    print(f"{'':24} {'program':>9} {'floor':>9} {'ratio':>7}   (medians)")
    _row("first frame", *figures["frame"], "s")
    _row("start to process end", *figures["end"], "s")
    _row("exit (frame to end)", *figures["exit"], "s")
    _row("peak memory", *figures["rss"], "M")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        data = str(Path(tmp) / "data")
        subprocess.run(
            [sys.executable, "-m", "voimaa", "--data-dir", data, "demo"],
            check=True,
            capture_output=True,
        )
        print(f"demo store, {RUNS} interleaved runs; targets: first frame ≤ 3x, memory ≤ 1.8x")
        report(measure(data))


if __name__ == "__main__":
    main()
