"""Take screenshots of the main window with the demo group: every section and its sub-tabs.

Usage (on Linux, with Xvfb): xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python \
    tools/screenshot.py OUTDIR [--size 1280x680]

Files: OUTDIR/NN-section[-subtab].png, the window at the given size (default 1280×680, the usable
logical pixels of a 1920×1080 laptop at 150 % scaling).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import unicodedata
from pathlib import Path

from PySide6.QtWidgets import QApplication, QTabWidget

from voimaa import demo
from voimaa.store import Store
from voimaa.ui import i18n, mnemonics, wheel_guard
from voimaa.ui.main_window import MainWindow


def _slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text.replace("&", "")).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--size", default="1280x680")
    args = parser.parse_args()
    width, height = (int(x) for x in args.size.split("x"))
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    i18n.install(app)
    mnemonics.install(app)  # as ui/app.run: the pictures show the Alt+letters
    wheel_guard.install(app)
    folder = Path(tempfile.mkdtemp())
    if not os.environ.get("VOIMAA_PASSPHRASE_FILE"):  # the store is encrypted: unattended
        (folder / "tunnuslause.txt").write_text("kuvakaappausten tunnuslause\n", encoding="utf-8")
        os.environ["VOIMAA_PASSPHRASE_FILE"] = str(folder / "tunnuslause.txt")
    store = Store.open(folder / "data")
    demo.create_demo(store)
    window = MainWindow(store)
    window.resize(width, height)
    window.show()

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    settle()
    print(f"window {window.width()}x{window.height()} (asked {width}x{height})")
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        settle()
        name = f"{index + 1:02d}-{_slug(window.tabs.tabText(index))}"
        page = window.tabs.widget(index)
        inner = [t for t in page.findChildren(QTabWidget) if t.window() is window]
        if not inner:
            window.grab().save(str(out / f"{name}.png"))
            continue
        tabs = inner[0]
        for sub in range(tabs.count()):
            tabs.setCurrentIndex(sub)
            settle()
            window.grab().save(str(out / f"{name}-{_slug(tabs.tabText(sub))}.png"))
        tabs.setCurrentIndex(0)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
