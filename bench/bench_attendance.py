"""The attendance grid must feel instant: a group's grid redraws in well under 50 ms.

Times, offscreen, with the demo group (7 participants × 8 sessions) and with a full group of
8 active participants: (1) loading the table from the store, (2) a full model reset plus a
synchronous repaint of the viewport, (3) marking a cell from a key press to the repainted grid
(store write, reload, model update, repaint). Prints the median and the worst of each.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import date
from typing import Any

TARGET_MS = 50.0
ROUNDS = 30
TODAY = date(2026, 11, 23)


def _time(fn: Callable[[], object], rounds: int = ROUNDS) -> tuple[float, float]:
    samples = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t0) * 1000)
    return statistics.median(samples), max(samples)


def _measure(app: Any, store: Any, group_id: uuid.UUID, label: str) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeyEvent

    from voimaa import attendance
    from voimaa.ui.attendance_model import FIRST_SESSION_COLUMN
    from voimaa.ui.sections.attendance import AttendanceSection

    section = AttendanceSection(store)
    section.today = lambda: TODAY
    section.resize(1200, 700)
    section.show()
    section.set_group(group_id)
    app.processEvents()
    view, model = section.view, section.model
    table = attendance.attendance_table(store, group_id, today=TODAY)

    def load() -> object:
        return attendance.attendance_table(store, group_id, today=TODAY)

    def reset_and_paint() -> None:
        model.beginResetModel()
        model.table = table
        model.endResetModel()
        view.viewport().repaint()

    keys = [Qt.Key.Key_L, Qt.Key.Key_P, Qt.Key.Key_I, Qt.Key.Key_Delete]
    presses = iter(range(10**6))

    def mark() -> None:
        view.setCurrentIndex(model.index(0, FIRST_SESSION_COLUMN))
        key = keys[next(presses) % len(keys)]
        view.keyPressEvent(QKeyEvent(QKeyEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier))
        view.viewport().repaint()

    results = {
        "load table from store": _time(load),
        "model reset + repaint": _time(reset_and_paint),
        "mark a cell (key → repainted)": _time(mark),
    }
    print(f"-- {label}: {len(table.rows)} rows × {len(table.sessions)} sessions")
    for name, (median, worst) in results.items():
        verdict = "ok" if worst < TARGET_MS else "SLOW"
        print(f"{name:32s} median {median:6.2f} ms  worst {worst:6.2f} ms  [{verdict}]")
    section.close()
    section.deleteLater()


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from voimaa import demo, groups, roster
    from voimaa.store import Store

    app = QApplication.instance() or QApplication([])
    store = Store.open(tempfile.mkdtemp())
    assert store.key is not None  # the protected store (SQLCipher) of issue 12, as users have it
    print("store: encrypted (SQLCipher, opened with the key file's real scrypt cost)")
    demo_id, _ = demo.create_demo(store, today=TODAY)
    full_id = groups.create_group(
        store, groups.NewGroup(name="Täysi ryhmä", start_date=date(2026, 10, 1))
    ).id
    for i in range(8):
        roster.add_participant(store, full_id, roster.ParticipantData(name=f"Osallistuja {i}"))
    _measure(app, store, demo_id, "demo group")
    _measure(app, store, full_id, "8 participants")
    store.close()


if __name__ == "__main__":
    main()
