"""Take screenshots of the dialogs and windows around the main window, with the demo group.

Usage (on Linux, with Xvfb, a screen the size of the small laptop):
    xvfb-run -a -s "-screen 0 1280x680x24" .venv/bin/python tools/screenshot_dialogs.py OUTDIR

Files: OUTDIR/NN-name.png, one per dialog, wizard step, message box or window state: the first
start and unlock dialogs, the lock screen, the new-group wizard (lähi and etä), Ryhmän tiedot,
the Suojaus dialogs, Tapahtumaloki, Tietoja, the coordinator window, the presenter and the
message after an export. Each line printed gives a widget's size and its size hint, so a dialog
larger than the screen shows. Nothing is printed and no viewer starts (the OS seam is stubbed).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QWidget

from voimaa import demo
from voimaa.store import Store
from voimaa.ui import ask, desktop, i18n, mnemonics, tasks, wheel_guard
from voimaa.ui.main_window import MainWindow


class _NoOS:
    """Nothing is opened or printed while taking pictures."""

    platform = "linux"

    def open_url(self, url: object) -> bool:
        return True

    def startfile(self, path: object, verb: str) -> bool:
        return True

    def which(self, program: str) -> str | None:
        return None

    def launch(self, argv: list[str]) -> bool:
        return True


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    args = parser.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    i18n.install(app)
    mnemonics.install(app)
    wheel_guard.install(app)
    tasks.set_synchronous(True)
    desktop.OS = _NoOS()  # type: ignore[assignment]
    folder = Path(tempfile.mkdtemp())
    passphrase = "kuvakaappausten tunnuslause"
    if not os.environ.get("VOIMAA_PASSPHRASE_FILE"):
        (folder / "tunnuslause.txt").write_text(passphrase + "\n", encoding="utf-8")
        os.environ["VOIMAA_PASSPHRASE_FILE"] = str(folder / "tunnuslause.txt")
    exports = folder / "viennit"
    exports.mkdir()
    ask.save_path = lambda parent, title, suggested, filters: str(  # type: ignore[assignment]
        exports / Path(suggested).name
    )
    counter = [0]

    def settle() -> None:
        for _ in range(8):
            app.processEvents()

    def save(widget: QWidget, name: str) -> None:
        counter[0] += 1
        settle()
        hint = widget.sizeHint()
        print(
            f"{counter[0]:02d}-{name}: {widget.width()}x{widget.height()} "
            f"(hint {hint.width()}x{hint.height()})"
        )
        widget.grab().save(str(out / f"{counter[0]:02d}-{name}.png"))

    def shown(widget: QWidget, name: str, prepare: Callable[[], object] | None = None) -> None:
        widget.show()
        settle()
        if prepare is not None:
            prepare()
        save(widget, name)
        widget.close()

    def modal(trigger: Callable[[], object], name: str) -> None:
        """Run `trigger`, grab the first modal widget it opens, close it."""
        done = [False]

        def poll() -> None:
            if done[0]:
                return
            box = QApplication.activeModalWidget()
            if box is None:
                QTimer.singleShot(50, poll)
                return
            save(box, name)
            done[0] = True
            if isinstance(box, QDialog):
                box.reject()
            else:
                box.close()

        QTimer.singleShot(50, poll)
        trigger()
        waited = 0
        while not done[0] and waited < 400:  # at most ~4 s: some triggers open nothing
            app.processEvents()
            time.sleep(0.01)
            waited += 1
        if not done[0]:
            print(f"{name}: nothing opened")
            done[0] = True
        settle()

    from voimaa.ui.unlock import FirstStartDialog, UnlockDialog

    fresh = folder / "uusi"
    fresh.mkdir()
    first = FirstStartDialog(fresh)

    def weak() -> None:
        first.first.setText("lyhyt")
        first.next_button.click()

    shown(first, "ensimmainen-kaynnistys", weak)
    first = FirstStartDialog(fresh)

    def recovery_page() -> None:
        first.first.setText(passphrase)
        first.second.setText(passphrase)
        first.next_button.click()
        first.check_field.setText("XXXXX")
        first.done_button.click()

    shown(first, "ensimmainen-kaynnistys-palautusavain", recovery_page)

    store = Store.open(folder / "data")
    demo.create_demo(store)
    unlock = UnlockDialog(store.data_dir)

    def wrong() -> None:
        unlock.field.setText("väärä tunnuslause")
        unlock.try_open()

    shown(unlock, "avaa-tietokanta", wrong)
    unlock = UnlockDialog(store.data_dir)
    shown(unlock, "avaa-tietokanta-palautusavain", lambda: unlock.use_recovery.setChecked(True))

    window = MainWindow(store)
    window.resize(1280, 680)
    window.show()
    settle()

    window.lock_guard.lock()
    settle()
    assert window.lock_guard.screen is not None
    window.lock_guard.screen.field.setText("väärä")
    window.lock_guard.screen.try_unlock()
    save(window, "lukittu")
    window.lock_guard.unlock()
    settle()

    from voimaa.ui.dialogs.new_group import NewGroupDialog

    for mode in ("lahi", "eta"):
        wizard = NewGroupDialog(window, store)
        wizard.show()
        settle()
        if mode == "eta":
            wizard.remote_radio.setChecked(True)
            wizard.link_edit.setText("teams kokous")
        wizard.next_button.click()  # refused: no name
        save(wizard, f"uusi-ryhma-{mode}-1")
        wizard.name_edit.setText("Juvan kevät" if mode == "lahi" else "Etäryhmä kevät")
        if mode == "eta":
            wizard.link_edit.setText("https://teams.microsoft.com/l/meetup-join/abc")
        wizard.next_button.click()
        save(wizard, f"uusi-ryhma-{mode}-2")
        wizard.leader1.name_edit.setText("Sanna Ohjaaja")
        wizard.next_button.click()
        save(wizard, f"uusi-ryhma-{mode}-3")
        wizard.reject()

    modal(window.edit_details, "ryhman-tiedot")
    modal(window.rename_group, "nimea-uudelleen")
    modal(window.delete_group, "poista-ryhma")

    from voimaa.ui import protection
    from voimaa.ui.access_log import AccessLogDialog, set_leader_name

    modal(lambda: protection.RestoreDialog(window, store).exec(), "palauta-varmuuskopio")
    modal(lambda: protection.PassphraseDialog(store, window).exec(), "vaihda-tunnuslause")
    modal(lambda: protection.CopySecretDialog(window).exec(), "toisen-kopion-avain")
    modal(lambda: AccessLogDialog(store, window).exec(), "tapahtumaloki")
    modal(lambda: set_leader_name(store, window), "nimesi-tapahtumalokiin")
    menu_actions = {
        a.text().replace("&", ""): a
        for menu in window.menuBar().findChildren(QMenu)
        for a in menu.actions()
    }
    for text, name in (
        ("Lukitusaika…", "lukitusaika"),
        ("Varmuuskopioi nyt", "varmuuskopioi-nyt"),
        ("Varmuuskopioi tietokanta…", "varmuuskopioi-tietokanta"),
    ):
        action = menu_actions.get(text)
        if action is None:
            print(f"no menu action {text!r}: {sorted(menu_actions)}")
            continue
        modal(action.trigger, name)
    modal(window.show_about, "tietoja")

    from voimaa.ui.dialogs.about import LicencesDialog

    modal(lambda: LicencesDialog(window).exec(), "lisenssit")

    from voimaa.ui.sections import (
        AttendanceSection,
        BudgetSection,
        EurohisSection,
        ProgramSection,
        ReportsSection,
    )

    def section_shown(cls: type) -> object:
        section = window.section(cls)
        for index in range(window.tabs.count()):
            page = window.tabs.widget(index)
            if page is section or page.isAncestorOf(section):
                window.tabs.setCurrentIndex(index)
        settle()
        return section

    attendance = section_shown(AttendanceSection)
    modal(lambda: attendance._export(".xlsx"), "vienti-valmis-lasnaolo")  # type: ignore[attr-defined]
    reports = section_shown(ReportsSection)
    modal(lambda: reports.export_group_report(".pdf"), "vienti-valmis-raportti")  # type: ignore[attr-defined]
    coordinator_zip: list[Path] = []

    def coordinator_export() -> None:
        reports.export_for_coordinator()  # type: ignore[attr-defined]

    modal(coordinator_export, "vienti-valmis-koordinaattori")
    coordinator_zip = sorted(exports.glob("*.zip"))
    budget = section_shown(BudgetSection)
    budget.lines.selectRow(0)  # type: ignore[attr-defined]
    modal(lambda: budget.delete_line(), "budjetti-poista-rivi")  # type: ignore[attr-defined]
    eurohis = section_shown(EurohisSection)
    eurohis.tabs.setCurrentIndex(1)  # type: ignore[attr-defined]
    settle()
    eurohis.compare.help_button.setChecked(True)  # type: ignore[attr-defined]
    settle()
    save(window, "eurohis-mita-tama-tarkoittaa")
    eurohis.compare.help_button.setChecked(False)  # type: ignore[attr-defined]
    eurohis.tabs.setCurrentIndex(0)  # type: ignore[attr-defined]

    from voimaa.ui.coordinator_window import CoordinatorWindow

    coordinator = CoordinatorWindow(store, window)
    coordinator.show()
    settle()
    if coordinator_zip:
        modal(lambda: coordinator.import_paths(coordinator_zip), "koordinaattori-tuotu")
    for index in range(coordinator.tabs.count()):
        coordinator.tabs.setCurrentIndex(index)
        save(coordinator, f"koordinaattori-{index + 1}")
    coordinator.close()

    program = section_shown(ProgramSection)
    program.present()  # type: ignore[attr-defined]
    settle()
    presenter = program.presenter  # type: ignore[attr-defined]
    if presenter is not None and presenter.window is not None:
        save(presenter.window, "esitys-1")
        presenter.next()
        save(presenter.window, "esitys-2")
        presenter.go_to(presenter.count - 1)
        save(presenter.window, "esitys-viimeinen")
        presenter.stop()
    settle()
    window.close()
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
