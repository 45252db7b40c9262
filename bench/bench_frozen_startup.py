"""Start-up of the frozen program (dist/Voimaa, `make dist`) against the venv's, as a leader
feels it: wall-clock time from starting the process to its end.

- GUI: the program starts, shows the main window on the demo store, and quits as soon as the
  event loop runs (packaging/voimaa_gui.py's smoke hook with a 0 ms timer); the venv side runs
  the same entry script with the venv's interpreter.
- CLI: `voimaa-cli groups` against `python -m voimaa groups`.

Each is run RUNS times; the first run (coldest file cache) and the median are printed, with the
frozen/venv ratio. Skipped when there is no bundle.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "Voimaa"
EXE = ".exe" if sys.platform == "win32" else ""
RUNS = 5


def _time(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, capture_output=True, timeout=120)
    return time.perf_counter() - start


def _series(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    times = [_time(cmd, env) for _ in range(RUNS)]
    return times[0], statistics.median(times)


def main() -> None:
    cli, gui = BUNDLE / f"voimaa-cli{EXE}", BUNDLE / f"Voimaa{EXE}"
    if not (cli.is_file() and gui.is_file()):
        print(f"skipped: no frozen build in {BUNDLE} (make dist)")
        return
    with tempfile.TemporaryDirectory() as tmp:
        data = str(Path(tmp) / "data")
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        env.pop("VOIMAA_DATA_DIR", None)
        subprocess.run(
            [str(cli), "--data-dir", data, "demo"], env=env, check=True, capture_output=True
        )
        gui_env = {
            **env,
            "VOIMAA_SMOKE_REPORT": str(Path(tmp) / "r.json"),
            "VOIMAA_SMOKE_QUIT_MS": "0",
        }
        cases = [
            (
                "GUI to main window",
                [str(gui), "--data-dir", data],
                [sys.executable, str(ROOT / "packaging" / "voimaa_gui.py"), "--data-dir", data],
                gui_env,
            ),
            (
                "CLI groups",
                [str(cli), "--data-dir", data, "groups"],
                [sys.executable, "-m", "voimaa", "--data-dir", data, "groups"],
                env,
            ),
        ]
        print(
            f"{'':20} {'frozen 1st':>10} {'median':>8} {'venv 1st':>9} {'median':>8} {'ratio':>6}"
        )
        for label, frozen_cmd, venv_cmd, case_env in cases:
            f_first, f_med = _series(frozen_cmd, case_env)
            v_first, v_med = _series(venv_cmd, case_env)
            print(
                f"{label:20} {f_first:9.2f}s {f_med:7.2f}s {v_first:8.2f}s {v_med:7.2f}s "
                f"{f_med / v_med:5.2f}x"
            )


if __name__ == "__main__":
    main()
