"""The new group wizard driven like a leader would: three steps, then a ready group."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import QDate, QPoint, Qt, QTime
from PySide6.QtWidgets import QApplication, QDialogButtonBox
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


@pytest.mark.parametrize("name", ["", "   "])
def test_a_step_with_a_problem_is_not_left_and_the_message_goes_once_fixed(
    qtbot: QtBot, store: Store, name: str
) -> None:
    dialog = NewGroupDialog(store=store)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.error_label.text() == ""  # nothing is said before the user tries
    dialog.name_edit.setText(name)
    _click(qtbot, dialog.next_button)
    assert dialog.pages.currentIndex() == 0
    assert dialog.error_label.text() == "Anna ryhmälle nimi."
    type_text(qtbot, dialog.name_edit, "Juvan ryhmä")
    assert dialog.error_label.text() == ""
    _click(qtbot, dialog.next_button)
    # The leaders are asked for.
    assert dialog.pages.currentIndex() == 1
    _click(qtbot, dialog.next_button)
    assert dialog.pages.currentIndex() == 1
    assert "ainakin yhden ohjaajan" in dialog.error_label.text()
    type_text(qtbot, dialog.leader2.name_edit, "Ville")
    assert dialog.error_label.text() == ""


def test_luo_ryhma_only_on_the_last_step_and_only_when_valid(qtbot: QtBot, store: Store) -> None:
    dialog = NewGroupDialog(store=store)
    qtbot.addWidget(dialog)
    dialog.show()
    create = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert create.text() == "Luo ryhmä"
    for page in (0, 1):
        dialog.go_to(page)
        assert not create.isVisible() and dialog.next_button.isVisible()
    dialog.go_to(2)
    assert create.isVisible() and not dialog.next_button.isVisible()
    assert not create.isEnabled()  # no name, no leader
    assert "Anna ryhmälle nimi." in dialog.error_label.text()
    assert "ohjaajan" in dialog.error_label.text()
    dialog.name_edit.setText("Juva")
    dialog.leader1.name_edit.setText("Sanna")
    dialog.date_edit.setDate(QDate(2027, 3, 2))  # Tuesdays without holidays
    assert create.isEnabled() and dialog.error_label.text() == ""
    # Thursdays from 5.11.2026: the eighth is Christmas Eve, to be confirmed first.
    dialog.date_edit.setDate(QDate(2026, 11, 5))
    assert not create.isEnabled()
    assert dialog.holiday_check.isVisible()
    assert "8. kerta 24.12.2026" in dialog.error_label.text()
    _click(qtbot, create)
    assert dialog.isVisible() and groups.list_groups(store) == []
    dialog.holiday_check.setChecked(True)
    assert create.isEnabled() and dialog.error_label.text() == ""
    _click(qtbot, create)
    assert not dialog.isVisible()
    assert dialog.result() == NewGroupDialog.DialogCode.Accepted


def test_a_past_first_date_gets_a_notice(qtbot: QtBot, store: Store) -> None:
    dialog = NewGroupDialog(store=store)
    qtbot.addWidget(dialog)
    dialog.today = lambda: date(2026, 12, 2)
    dialog.show()
    dialog.go_to(2)
    dialog.date_edit.setDate(QDate(2026, 11, 11))
    assert dialog.notice_label.isVisible()
    assert "Ensimmäinen kerta 11.11.2026 on jo mennyt" in dialog.notice_label.text()
    dialog.date_edit.setDate(QDate(2026, 12, 2))  # today is fine
    assert not dialog.notice_label.isVisible()


@pytest.mark.parametrize(
    ("link", "message"),
    [
        ("teams kokous", "välilyönti"),
        ("teams.microsoft.com/l/x", "pitää alkaa https://"),
        ("ftp://example.invalid/x", "pitää alkaa https://"),
        ("https://teams", "palvelimen nimi"),
        ("https://", "palvelimen nimi"),
    ],
)
def test_the_meeting_link_must_be_an_address(
    qtbot: QtBot, store: Store, link: str, message: str
) -> None:
    dialog = NewGroupDialog(store=store)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.name_edit, "Etäryhmä")
    _click(qtbot, dialog.remote_radio)
    type_text(qtbot, dialog.link_edit, link)
    _click(qtbot, dialog.next_button)
    assert dialog.pages.currentIndex() == 0
    assert message in dialog.error_label.text()
    dialog.link_edit.setText("https://teams.microsoft.com/l/meetup-join/abc")
    assert dialog.error_label.text() == ""
    _click(qtbot, dialog.next_button)
    assert dialog.pages.currentIndex() == 1


@pytest.mark.parametrize("how", ["tab", "select_all", "click_end"])
def test_typing_a_date_gives_that_date(qtbot: QtBot, store: Store, how: str) -> None:
    dialog = NewGroupDialog(store=store)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.go_to(2)
    edit = dialog.date_edit
    if how == "click_end":  # a click after the year, as a person would
        line = edit.lineEdit()
        qtbot.mouseClick(line, Qt.MouseButton.LeftButton, pos=QPoint(line.width() - 4, 5))
    else:
        edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    QApplication.processEvents()
    if how == "select_all":
        edit.lineEdit().selectAll()
    elif how == "tab":
        edit.setSelectedSection(edit.Section.DaySection)
    qtbot.keyClicks(edit, "11.11.2026")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert edit.date() == QDate(2026, 11, 11)
    assert dialog.weekday_label.text().startswith("keskiviikko")
