"""Command-line start-up: `voimaa --version`, `voimaa --help` and `voimaa groups` against
`python -c pass` (the interpreter's own start), run interleaved; medians and ratios.

Targets (issue 13): `--version` and `--help` ≤ 5× the floor.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = int(os.environ.get("BENCH_RUNS", "7"))


def _voimaa() -> list[str]:
    script = Path(sys.executable).with_name("voimaa")
    if script.is_file():
        return [str(script)]
    return [sys.executable, "-m", "voimaa"]


def _time(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, capture_output=True, timeout=120)
    return time.perf_counter() - start


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        data = str(Path(tmp) / "data")
        env = {k: v for k, v in os.environ.items() if k != "VOIMAA_DATA_DIR"}
        subprocess.run(
            [*_voimaa(), "--data-dir", data, "demo"], env=env, check=True, capture_output=True
        )
        cases = {
            "voimaa --version": [*_voimaa(), "--version"],
            "voimaa --help": [*_voimaa(), "--help"],
            "voimaa groups": [*_voimaa(), "--data-dir", data, "groups"],
        }
        floor_cmd = [sys.executable, "-c", "pass"]
        floor: list[float] = []
        times: dict[str, list[float]] = {k: [] for k in cases}
        for cmd in (floor_cmd, *cases.values()):  # warm the file cache
            _time(cmd, env)
        for _ in range(RUNS):
            for label, cmd in cases.items():
                floor.append(_time(floor_cmd, env))
                times[label].append(_time(cmd, env))
        f = statistics.median(floor)
        print(f"{RUNS} interleaved runs; floor `python -c pass`; target --version/--help ≤ 5x")
        print(f"{'':20} {'median':>8} {'floor':>8} {'ratio':>7}")
        for label, series in times.items():
            t = statistics.median(series)
            print(f"{label:20} {t:7.3f}s {f:7.3f}s {t / f:6.2f}x")


if __name__ == "__main__":
    main()
