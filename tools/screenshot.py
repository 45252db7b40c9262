"""Take screenshots of the main window with the demo group (for the README and for review).

Usage (on Linux, with Xvfb): xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python \
    tools/screenshot.py OUTDIR [TAB_INDEX ...]
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from voimaa import demo
from voimaa.store import Store
from voimaa.ui import i18n
from voimaa.ui.main_window import MainWindow


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    tabs = [int(a) for a in sys.argv[2:]]
    app = QApplication(sys.argv[:1])
    i18n.install(app)
    folder = Path(tempfile.mkdtemp())
    if not os.environ.get("VOIMAA_PASSPHRASE_FILE"):  # the store is encrypted: unattended
        (folder / "tunnuslause.txt").write_text("kuvakaappausten tunnuslause\n", encoding="utf-8")
        os.environ["VOIMAA_PASSPHRASE_FILE"] = str(folder / "tunnuslause.txt")
    store = Store.open(folder / "data")
    demo.create_demo(store)
    window = MainWindow(store)
    window.resize(1280, 800)
    window.show()
    for _ in range(5):
        app.processEvents()
    window.grab().save(str(out / "paaikkuna.png"))
    for index in tabs:
        window.tabs.setCurrentIndex(index)
        for _ in range(5):
            app.processEvents()
        window.grab().save(str(out / f"tab-{index}.png"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
