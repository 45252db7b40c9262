"""Start-up time: from a fresh interpreter to the main window shown with the demo store.

Runs the measurement in a subprocess so imports are cold, three times, and prints the times and
which heavy modules were loaded (reportlab and openpyxl must not be).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import textwrap

CODE = textwrap.dedent(
    """
    import time, sys
    t0 = time.perf_counter()
    from PySide6.QtWidgets import QApplication
    from voimaa.store import Store
    from voimaa.ui.main_window import MainWindow
    t1 = time.perf_counter()
    app = QApplication([])
    store = Store.open(sys.argv[1])
    t2 = time.perf_counter()
    window = MainWindow(store)
    window.show()
    app.processEvents()
    t3 = time.perf_counter()
    heavy = [m for m in ("reportlab", "openpyxl") if m in sys.modules]
    print(f"{t1 - t0:.3f} {t2 - t1:.3f} {t3 - t2:.3f} {t3 - t0:.3f} {','.join(heavy) or '-'}")
    """
)


def main() -> None:
    data = tempfile.mkdtemp()
    subprocess.run(
        [sys.executable, "-m", "voimaa", "--data-dir", data, "demo"],
        check=True,
        capture_output=True,
    )
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    print("imports  store-open  window  total  (seconds)  heavy-modules-loaded")
    for _ in range(3):
        out = subprocess.run(
            [sys.executable, "-c", CODE, data], check=True, capture_output=True, text=True, env=env
        ).stdout.strip()
        print(out)


if __name__ == "__main__":
    main()
