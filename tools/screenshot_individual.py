"""Screenshots of the Yksilötyö view and every one of its dialogs, with the demo's periods.

Usage (on Linux, with Xvfb): xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python \
    tools/screenshot_individual.py OUTDIR [--size 1280x680]

Files: OUTDIR/yksilotyo-N.png (the window, each period selected in turn) and
OUTDIR/dialogi-NAME.png (each dialog as it opens over the ongoing period).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog

from voimaa import demo, individual
from voimaa.eurohis import Phase
from voimaa.models import PeriodStatus, RatingOccasion
from voimaa.store import Store
from voimaa.ui import i18n
from voimaa.ui.individual.feedback import enter_feedback
from voimaa.ui.individual.period_tools import show_reviews
from voimaa.ui.main_window import MainWindow


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
    folder = Path(tempfile.mkdtemp())
    if not os.environ.get("VOIMAA_PASSPHRASE_FILE"):
        (folder / "tunnuslause.txt").write_text("kuvakaappausten tunnuslause\n", encoding="utf-8")
        os.environ["VOIMAA_PASSPHRASE_FILE"] = str(folder / "tunnuslause.txt")
    store = Store.open(folder / "data")
    demo.create_demo(store)
    window = MainWindow(store)
    window.resize(width, height)
    window.show()
    parts = window.centralWidget()
    parts.setCurrentIndex(1)  # type: ignore[attr-defined]
    view = parts.widget(1).widget()  # type: ignore[attr-defined]

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    settle()
    ongoing = 0
    for row in range(view.period_list.count()):
        view.period_list.setCurrentRow(row)
        settle()
        if view.editor.period.status == PeriodStatus.ACTIVE and individual.list_goals(
            store, view.editor.period.id
        ):
            ongoing = row
        window.grab().save(str(out / f"yksilotyo-{row + 1}.png"))
    view.period_list.setCurrentRow(ongoing)
    settle()
    editor = view.editor
    actions = {
        "uusi-jakso": view.new_period,
        "jakson-tiedot": editor.edit_details,
        "arvio-alussa": lambda: editor.rate(RatingOccasion.START),
        "arviointipalaveri": lambda: editor.rate(RatingOccasion.REVIEW),
        "paata-jakso": editor.end_period,
        "eurohis-alussa": lambda: editor.enter_eurohis(Phase.BEFORE),
        "arviointipalaverit": lambda: show_reviews(editor),
        "palautelomake": lambda: enter_feedback(view),
        "palautteet": view.show_pools,
    }
    for name, action in actions.items():
        view.dialog = editor.dialog = None
        action()
        settle()
        dialog = view.dialog or editor.dialog
        assert isinstance(dialog, QDialog)
        dialog.grab().save(str(out / f"dialogi-{name}.png"))
        print(f"{name}: {dialog.width()}x{dialog.height()}")
        dialog.reject()
        settle()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
