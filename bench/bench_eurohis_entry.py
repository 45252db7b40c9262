"""EUROHIS-8 entry: time from a keystroke to the updated screen (target well under 16 ms).

Each sample sends one key press to the entry widget with QTest.keyClick and then lets Qt paint
what the key changed (processEvents, offscreen), so the time covers event handling, the score
update and the repaint of the changed rows and labels. A second figure forces a full repaint of
the whole entry screen (the worst case). Saving (Enter) is measured separately: it includes the
database write and opening the next form.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from datetime import date

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from voimaa import demo
    from voimaa.eurohis import Phase
    from voimaa.store import Store
    from voimaa.ui.eurohis_entry import EurohisEntry

    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(folder)
        assert store.key is not None  # the protected store (SQLCipher) of issue 12
        print("store: encrypted (SQLCipher, opened with the key file's real scrypt cost)")
        group_id, _ = demo.create_demo(store, today=date(2026, 11, 23))
        widget = EurohisEntry(store)
        widget.resize(1200, 760)
        widget.show()
        widget.load(group_id, Phase.BEFORE)
        app.processEvents()
        keys = [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5]
        keystrokes: list[float] = []
        full: list[float] = []
        saves: list[float] = []
        for form in range(40):
            widget.open_index(form % len(widget.queue.participants))  # type: ignore[union-attr]
            widget.repaint()
            app.processEvents()
            for item in range(8):
                start = time.perf_counter()
                QTest.keyClick(widget, keys[(form + item) % 5])
                app.processEvents()
                keystrokes.append((time.perf_counter() - start) * 1000)
            widget.open_index(widget.index)
            app.processEvents()
            for item in range(8):
                start = time.perf_counter()
                QTest.keyClick(widget, keys[(form + item) % 5])
                widget.repaint()
                full.append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            QTest.keyClick(widget, Qt.Key.Key_Return)
            widget.repaint()
            saves.append((time.perf_counter() - start) * 1000)
        store.close()
    for label, samples in (
        ("keystroke → screen update", keystrokes),
        ("keystroke → full repaint of the entry screen", full),
    ):
        samples.sort()
        p95 = samples[int(len(samples) * 0.95)]
        print(
            f"{label}: median {statistics.median(samples):.2f} ms, 95 % {p95:.2f} ms, "
            f"max {max(samples):.2f} ms (n = {len(samples)}; target < 16 ms)"
        )
    print(
        f"Enter (save + next form + repaint): median {statistics.median(saves):.2f} ms, "
        f"max {max(saves):.2f} ms (n = {len(saves)})"
    )


if __name__ == "__main__":
    main()
