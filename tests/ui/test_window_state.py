"""The window opens as the user left it: size, splitters, group, section, sub-tab and the last
export folder of each kind (kept in a temporary QSettings folder, see conftest)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QSplitter
from pytestqt.qtbot import QtBot

from voimaa import groups
from voimaa.store import Store
from voimaa.ui import ask, window_state
from voimaa.ui.main_window import MainWindow
from voimaa.ui.sections import SECTIONS
from voimaa.ui.sections.eurohis import EurohisSection
from voimaa.ui.sections.program import ProgramSection


def open_window(qtbot: QtBot, store: Store) -> MainWindow:
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_settings_are_not_the_users_own() -> None:
    path = Path(ask.settings().fileName())
    assert not path.is_relative_to(Path.home() / ".config"), path


def test_a_new_window_restores_what_the_last_one_left(qtbot: QtBot, demo_store: Store) -> None:
    second = groups.create_group(
        demo_store, groups.NewGroup(name="Mikkelin kevät", place="Mikkeli")
    )
    window = open_window(qtbot, demo_store)
    window.resize(760, 560)  # the offscreen screen is 800×600
    window.move(30, 20)
    main = window.groups_splitter
    assert isinstance(main, QSplitter)
    main.setSizes([300, 460])
    row = next(
        i
        for i in range(window.group_list.count())
        if window.group_list.item(i).text().startswith("Mikkelin kevät")
    )
    window.group_list.setCurrentRow(row)
    assert window.current_group_id() == second.id
    eurohis = window.section(EurohisSection)
    window.tabs.setCurrentIndex(SECTIONS.index(type(eurohis)))
    eurohis.tabs.setCurrentIndex(1)
    program = window.section(ProgramSection)
    program_splitter = program.findChildren(QSplitter)[0]
    program_splitter.setSizes([200, 700])
    sizes_before = program_splitter.sizes()
    window.close()

    again = open_window(qtbot, demo_store)
    assert (again.width(), again.height()) == (760, 560)
    assert again.current_group_id() == second.id
    assert again.tabs.currentIndex() == SECTIONS.index(type(eurohis))
    eurohis_again = again.section(EurohisSection)
    assert eurohis_again.tabs.currentIndex() == 1
    main_again = again.groups_splitter
    assert isinstance(main_again, QSplitter)
    assert main_again.sizes()[0] == 300
    program_again = again.section(ProgramSection)
    assert program_again.findChildren(QSplitter)[0].sizes() == sizes_before


def test_a_deleted_last_group_falls_back_to_the_first(qtbot: QtBot, demo_store: Store) -> None:
    s = ask.settings()
    s.setValue(window_state.GROUP, "00000000-0000-0000-0000-000000000000")
    s.setValue(window_state.SECTION, 99)
    s.setValue(window_state.GEOMETRY, b"garbage")
    window = open_window(qtbot, demo_store)
    assert window.current_group_id() is not None
    assert window.tabs.currentIndex() == 0


def test_the_last_export_folder_survives_a_restart(tmp_path: Path, answers: dict) -> None:  # type: ignore[type-arg]
    folder = tmp_path / "raportit"
    folder.mkdir()
    answers["save_path"] = str(folder / "lasnaolo")
    chosen = ask.save_to_file(None, "attendance", "Tallenna", "x.xlsx", "Excel (*.xlsx)")
    assert chosen == folder / "lasnaolo.xlsx"
    # A new settings object reads the file again, as the next start of the program does.
    fresh = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Voimaa", "Voimaa")
    assert fresh.value("saveFolders/attendance") == str(folder)
    assert ask.last_folder("attendance") == str(folder)
    assert ask.last_folder("budget") != str(folder)
