"""A ten-year store (500 generated groups) against the demo store: start-up, switching group,
a participant change and each section's refresh (target: within ±20 % of the demo store).

Both stores hold the demo group and one more generated group "B" made from the same seed (the
same content in both), so that every figure compares the same work on a small and on a large
store: switching is demo group → B, the sections refresh on the demo group. The large store
adds 500 other groups from bench/store_generator.py (about ten years of a region's groups).

Start-up is measured as in bench_startup (the real launch order, to the first painted frame),
the large store interleaved with the demo store. The in-window figures run both windows in one
process, alternating, and print the medians.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench import bench_startup
from bench.store_generator import populate
from voimaa import demo, groups
from voimaa.store import Store

LARGE = int(os.environ.get("BENCH_GROUPS", "500"))
RUNS = int(os.environ.get("BENCH_RUNS", "7"))


def _make(folder: Path, n_groups: int) -> tuple[uuid.UUID, uuid.UUID]:
    """The store in `folder`: `n_groups` generated groups, then B and the demo group."""
    store = Store.open(folder)
    try:
        if n_groups:
            populate(store, n_groups, seed=2016)
        (other,) = populate(store, 1, seed=99)  # group "B", the same in both stores
        groups.set_archived(store, other, False)  # listed by default, as the demo group
        demo_id, _ = demo.create_demo(store)
        return demo_id, other
    finally:
        store.close()


def _timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def _section(window: Any, cls: type) -> Any:
    """The window's section `cls` (also on versions that built every section up front)."""
    if hasattr(window, "section"):
        return window.section(cls)
    return next(s for s in window.sections if isinstance(s, cls))


def _in_window(
    stores: list[tuple[Path, uuid.UUID, uuid.UUID]],
) -> dict[str, tuple[list[float], list[float]]]:
    from PySide6.QtWidgets import QApplication

    from voimaa.ui.main_window import MainWindow
    from voimaa.ui.ops import OpChanges
    from voimaa.ui.sections import SECTIONS, ParticipantsSection

    app = QApplication.instance() or QApplication([])
    windows = []
    for folder, demo_id, other in stores:
        store = Store.open(folder)
        window = MainWindow(store)
        window.show()
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
        window.tabs.setCurrentIndex(0)
        window.refresh_groups(select=demo_id)
        app.processEvents()
        windows.append((window, demo_id, other))

    def switch(window: MainWindow, demo_id: uuid.UUID, other: uuid.UUID) -> None:
        """Select B in the list, then the demo group again, as a user's clicks do."""
        for target in (other, demo_id):
            row = next(
                i
                for i in range(window.group_list.count())
                if window.group_list.item(i).data(0x0100) == target
            )
            window.group_list.setCurrentRow(row)

    figures: dict[str, tuple[list[float], list[float]]] = {}
    cases: dict[str, Callable[[MainWindow, uuid.UUID, uuid.UUID], object]] = {
        "group switch (there and back)": switch,
        "participant change (reloads)": lambda w, _d, _o: w.apply_changes(
            OpChanges.PARTICIPANTS, _section(w, ParticipantsSection)
        ),
    }
    for cls in SECTIONS:
        cases[f"refresh {cls.__name__}"] = lambda w, _d, _o, cls=cls: _section(w, cls).refresh()
    for label, work in cases.items():
        figures[label] = ([], [])
        for _ in range(RUNS):
            for side, (window, demo_id, other) in enumerate(windows):
                figures[label][side].append(
                    _timed(lambda w=window, d=demo_id, o=other, f=work: f(w, d, o))  # type: ignore[misc]
                )
    for window, _, _ in windows:
        window.close()
        window.store.close()
    return figures


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        small, large = Path(tmp) / "demo", Path(tmp) / "large"
        made = [(small, *_make(small, 0))]
        start = time.perf_counter()
        made.append((large, *_make(large, LARGE)))
        size = (large / "voimaa.sqlite3").stat().st_size >> 20
        print(
            f"large store: {LARGE} generated groups + demo + B ({size} MiB, made in "
            f"{time.perf_counter() - start:.0f} s); {RUNS} interleaved runs; "
            "target: within ±20 % of the demo store"
        )
        print(f"{'':36} {'large':>8} {'demo':>8} {'ratio':>7}   (medians)")
        small_s, large_s = bench_startup.measure_stores(str(small), str(large), RUNS)
        for label, (a, b) in (("start-up to first frame", (large_s, small_s)),):
            print(
                f"{label:36} {statistics.median(a):7.3f}s {statistics.median(b):7.3f}s "
                f"{statistics.median(a) / statistics.median(b):6.2f}x"
            )
        for label, (demo_times, large_times) in _in_window(made).items():
            d, g = statistics.median(demo_times), statistics.median(large_times)
            print(f"{label:36} {g * 1000:6.1f}ms {d * 1000:6.1f}ms {g / d:6.2f}x")


if __name__ == "__main__":
    main()
