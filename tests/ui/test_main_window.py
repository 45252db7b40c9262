"""The main window driven like a person would: create, rename, archive, delete, back up."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from voimaa import audit, groups
from voimaa.store import Store
from voimaa.ui.dialogs.about import AboutDialog
from voimaa.ui.dialogs.new_group import NewGroupDialog
from voimaa.ui.main_window import MainWindow
from voimaa.ui.sections import SECTIONS


def make_window(qtbot: QtBot, store: Store) -> MainWindow:
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    return window


def listed_names(window: MainWindow) -> list[str]:
    return [
        window.group_list.item(i).text().splitlines()[0] for i in range(window.group_list.count())
    ]


def test_empty_store_shows_the_welcome_page(qtbot: QtBot, store: Store) -> None:
    window = make_window(qtbot, store)
    assert window.group_list.count() == 0
    assert window.pages.currentIndex() == 0
    assert not window.delete_button.isEnabled()


def test_create_a_group_through_the_dialog_and_see_it_listed(qtbot: QtBot, store: Store) -> None:
    window = make_window(qtbot, store)
    qtbot.mouseClick(window.new_button, Qt.MouseButton.LeftButton)
    dialog = window.dialog
    assert isinstance(dialog, NewGroupDialog) and dialog.isVisible()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isVisible()  # "Luo ryhmä" is on the last step
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)  # no name yet: refused
    assert dialog.isVisible() and "nimi" in dialog.error_label.text()
    qtbot.keyClicks(dialog.name_edit, "Savonlinnan syksy")
    dialog.place_combo.setCurrentText("Savonlinna")
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.leader1.name_edit, "Sanna")
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    dialog.date_edit.setDate(QDate(2027, 3, 2))
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert listed_names(window) == ["Savonlinnan syksy"]
    assert window.pages.currentIndex() == 1
    assert "Savonlinnan syksy" in window.header.text()
    assert "Savonlinna" in window.group_list.item(0).text()
    [summary] = groups.list_groups(store)
    assert window.current_group_id() == summary.id
    assert summary.place == "Savonlinna"


def test_sections_are_the_eight_of_the_brief(qtbot: QtBot, demo_store: Store) -> None:
    window = make_window(qtbot, demo_store)
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == [
        "Ohjelma",
        "Osallistujat",
        "Läsnäolo",
        "Budjetti",
        "EUROHIS-8",
        "Palaute",
        "Asiantuntijat",
        "Raportit",
    ]
    assert len(SECTIONS) == 8


def test_rename_archive_and_delete(qtbot: QtBot, store: Store, answers: dict) -> None:  # type: ignore[type-arg]
    group = groups.create_group(store, groups.NewGroup(name="Vanha nimi", place="Juva"))
    window = make_window(qtbot, store)
    answers["text"] = "Uusi nimi"
    qtbot.mouseClick(window.rename_button, Qt.MouseButton.LeftButton)
    assert listed_names(window) == ["Uusi nimi"]

    qtbot.mouseClick(window.archive_button, Qt.MouseButton.LeftButton)
    assert listed_names(window) == []
    window.show_archived.setChecked(True)
    assert listed_names(window) == ["Uusi nimi (arkistoitu)"]
    assert window.archive_button.text() == "Palauta arkistosta"
    qtbot.mouseClick(window.archive_button, Qt.MouseButton.LeftButton)
    assert listed_names(window) == ["Uusi nimi"]

    answers["confirm"] = False
    qtbot.mouseClick(window.delete_button, Qt.MouseButton.LeftButton)
    assert listed_names(window) == ["Uusi nimi"]
    kind, text = answers["asked"][-1]  # type: ignore[index]
    assert kind == "confirm" and "Uusi nimi" in text and "ei voi perua" in text

    answers["confirm"] = True
    qtbot.mouseClick(window.delete_button, Qt.MouseButton.LeftButton)
    assert listed_names(window) == []
    assert window.pages.currentIndex() == 0
    assert "group.delete" in [e.action for e in audit.list_events(store, group_id=group.id)]


def test_refused_rename_shows_the_reason_and_changes_nothing(
    qtbot: QtBot,
    store: Store,
    answers: dict,  # type: ignore[type-arg]
) -> None:
    groups.create_group(store, groups.NewGroup(name="Pysyvä"))
    window = make_window(qtbot, store)
    answers["text"] = "   "
    qtbot.mouseClick(window.rename_button, Qt.MouseButton.LeftButton)
    assert listed_names(window) == ["Pysyvä"]
    assert answers["asked"][-1] == ("warn", "Anna ryhmälle nimi.")  # type: ignore[index]


def test_demo_button_and_about_dialog(qtbot: QtBot, store: Store) -> None:
    window = make_window(qtbot, store)
    window.add_demo()
    assert len(listed_names(window)) == 1
    window.show_about()
    assert isinstance(window.dialog, AboutDialog)
    text = window.dialog.findChild(type(window.header), "aboutText").text()
    assert str(store.path) in text and "0.1.0" in text


def test_backup_runs_through_the_task_helper(
    qtbot: QtBot,
    store: Store,
    answers: dict,
    tmp_path: Path,  # type: ignore[type-arg]
) -> None:
    groups.create_group(store, groups.NewGroup(name="Talteen"))
    window = make_window(qtbot, store)
    target = tmp_path / "kopio.sqlite3"
    answers["save_path"] = str(target)
    window.backup()
    assert target.exists()
    assert answers["asked"][-1][0] == "inform"  # type: ignore[index]


def test_edit_group_details_sets_the_meeting_link_and_leaders(qtbot: QtBot, store: Store) -> None:
    from voimaa.models import GroupMode
    from voimaa.ui.dialogs.group_details import GroupDetailsDialog

    groups.create_group(store, groups.NewGroup(name="Etäryhmä", mode=GroupMode.REMOTE))
    window = make_window(qtbot, store)
    assert "Etälinkki puuttuu" in window.header.text()
    qtbot.mouseClick(window.details_button, Qt.MouseButton.LeftButton)
    dialog = window.dialog
    assert isinstance(dialog, GroupDetailsDialog) and dialog.link_edit.isEnabled()
    qtbot.keyClicks(dialog.link_edit, "https://meet.example.invalid/v")
    qtbot.keyClicks(dialog.leader_boxes[0].name_edit, "Sanna Ohjaaja")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert "https://meet.example.invalid/v" in window.header.text()
    assert "Sanna Ohjaaja" in window.header.text()
    [details] = [groups.get_details(store, g.id) for g in groups.list_groups(store)]
    assert details.meeting_link == "https://meet.example.invalid/v"
    assert [x.name for x in details.leaders] == ["Sanna Ohjaaja"]
