"""The new group wizard driven like a leader would: three steps, then a ready group."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from tests.ui.support import type_text
from voimaa import groups, program
from voimaa.models import GroupMode, PartKind
from voimaa.store import Store
from voimaa.ui.dialogs.new_group import NewGroupDialog
from voimaa.ui.main_window import MainWindow

FOUR = {PartKind.INFO, PartKind.DISCUSSION, PartKind.ACTIVITY, PartKind.COFFEE}


def _click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def test_a_group_made_through_the_wizard_is_ready_to_run(qtbot: QtBot, store: Store) -> None:
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    _click(qtbot, window.new_button)
    dialog = window.dialog
    assert isinstance(dialog, NewGroupDialog)
    assert dialog.step_label.text().startswith("Vaihe 1/3")
    assert not dialog.back_button.isEnabled()

    type_text(qtbot, dialog.name_edit, "Mikkelin kevään ryhmä")
    dialog.place_combo.setCurrentText("Mikkeli")
    _click(qtbot, dialog.next_button)
    assert dialog.step_label.text().startswith("Vaihe 2/3")
    type_text(qtbot, dialog.leader1.name_edit, "Sanna Ohjaaja")
    type_text(qtbot, dialog.leader1.phone_edit, "040 000 1000")
    type_text(qtbot, dialog.leader2.name_edit, "Ville Kehittäjä")
    type_text(qtbot, dialog.leader2.email_edit, "ville@example.invalid")
    _click(qtbot, dialog.next_button)
    assert dialog.step_label.text().startswith("Vaihe 3/3")
    assert not dialog.next_button.isEnabled()
    dialog.date_edit.setDate(QDate(2027, 3, 2))
    assert dialog.weekday_label.text().startswith("tiistai")
    dialog.time_edit.setTime(QTime(12, 30))
    dialog.minutes_spin.setValue(90)
    assert dialog.preview.count() == 8
    assert dialog.preview.item(7).text().startswith("8. kerta  ti 20.4.2027")
    _click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    assert not dialog.isVisible()

    [summary] = groups.list_groups(store)
    view = program.get_program(store, summary.id)
    assert view.group_name == "Mikkelin kevään ryhmä" and view.place == "Mikkeli"
    assert [s.date for s in view.sessions] == program.schedule_dates(date(2027, 3, 2))
    assert all(s.start_time == time(12, 30) for s in view.sessions)
    assert all(len(s.parts) == 4 and {p.kind for p in s.parts} == FOUR for s in view.sessions)
    assert all(s.total_minutes == 90 for s in view.sessions)
    assert [(x.name, x.role, x.phone) for x in view.leaders] == [
        ("Sanna Ohjaaja", "sosiaaliohjaaja", "040 000 1000"),
        ("Ville Kehittäjä", "kehittäjä", ""),
    ]
    assert window.current_group_id() == summary.id


def test_holidays_are_flagged_in_the_preview(qtbot: QtBot, store: Store) -> None:
    dialog = NewGroupDialog(store=store)
    qtbot.addWidget(dialog)
    dialog.date_edit.setDate(QDate(2026, 11, 11))  # Wednesdays up to 30.12.: no holidays
    assert "⚠" not in dialog.flag_label.text()
    assert dialog.weekday_label.text().startswith("keskiviikko")
    dialog.date_edit.setDate(QDate(2026, 11, 5))  # Thursdays: the eighth is Christmas Eve
    flagged = [
        dialog.preview.item(i).text() for i in range(8) if "⚠" in dialog.preview.item(i).text()
    ]
    assert flagged == ["8. kerta  to 24.12.2026   ⚠ Pyhäpäivä: jouluaatto"]
    assert "Yksi päivä osuu pyhäpäivälle" in dialog.flag_label.text()


def test_remote_group_with_link_and_a_saved_template(qtbot: QtBot, store: Store) -> None:
    base = groups.create_group(store, groups.NewGroup(name="Malliryhmä", place="Juva"))
    first = program.get_program(store, base.id).sessions[0]
    program.update_session(store, first.id, program.SessionEdit(topic="Aloitus etänä"))
    saved = program.save_as_template(store, base.id, "Etämalli")

    dialog = NewGroupDialog(store=store)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.link_edit.isEnabled()
    type_text(qtbot, dialog.name_edit, "Etäryhmä kevät")
    _click(qtbot, dialog.remote_radio)
    assert dialog.link_edit.isEnabled()
    type_text(qtbot, dialog.link_edit, "https://meet.example.invalid/voimaa")
    names = [dialog.template_combo.itemText(i) for i in range(dialog.template_combo.count())]
    assert names == [program.default_template().name, "Etämalli"]
    dialog.template_combo.setCurrentIndex(1)
    assert dialog.template_id() == saved.id
    spec = dialog.spec()
    assert spec.mode == GroupMode.REMOTE
    assert spec.meeting_link == "https://meet.example.invalid/voimaa"
    created = groups.create_group(store, spec)
    view = program.get_program(store, created.id)
    assert view.sessions[0].topic == "Aloitus etänä"
    assert all(s.place == "" for s in view.sessions)


@pytest.mark.parametrize(
    ("name", "page_after", "message"),
    [("", 0, "Anna ryhmälle nimi."), ("   ", 0, "Anna ryhmälle nimi.")],
)
def test_name_is_needed_from_any_step(
    qtbot: QtBot, store: Store, name: str, page_after: int, message: str
) -> None:
    dialog = NewGroupDialog(store=store)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name_edit.setText(name)
    dialog.go_to(2)
    _click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    assert dialog.isVisible()
    assert dialog.pages.currentIndex() == page_after
    assert dialog.error_label.text() == message
