"""The Ohjelma section driven like a leader would: pick a session, edit it, reorder parts and
sessions, restore the default, save a template, make the PDFs, start presenting."""

from __future__ import annotations

import uuid
from datetime import date, time
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QPushButton, QSpinBox
from pytestqt.qtbot import QtBot

from tests.ui.support import type_text
from voimaa import audit, experts, groups, program
from voimaa.models import MaterialKind
from voimaa.store import Store
from voimaa.ui.main_window import MainWindow
from voimaa.ui.sections.program import ProgramSection


def _click(qtbot: QtBot, button: QPushButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture
def group_id(store: Store) -> uuid.UUID:
    return groups.create_group(
        store,
        groups.NewGroup(
            name="Mikkelin kevään ryhmä",
            place="Mikkeli",
            start_date=date(2027, 3, 2),
            start_time=time(13, 0),
            leaders=(groups.LeaderSpec("Sanna Ohjaaja"), groups.LeaderSpec("Ville Kehittäjä")),
        ),
    ).id


@pytest.fixture
def section(qtbot: QtBot, store: Store, group_id: uuid.UUID) -> ProgramSection:
    widget = ProgramSection(store)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    widget.set_group(group_id)
    return widget


def _titles(section: ProgramSection) -> list[str]:
    table = section.editor.parts_table
    return [table.item(r, 1).text() for r in range(table.rowCount())]


def test_lists_eight_dated_sessions(section: ProgramSection) -> None:
    items = [section.session_list.item(i).text() for i in range(section.session_list.count())]
    assert len(items) == 8
    assert items[0].startswith("1. ti 2.3.2027 klo 13.00\nTutustuminen ja pelisäännöt")
    assert items[7].startswith("8. ti 20.4.2027")
    assert section.editor.title_label.text() == "1. kerta: Tutustuminen ja pelisäännöt"
    assert section.editor.parts_table.rowCount() == 4
    assert section.editor.total_label.text() == "Yhteensä 120 / 120 min ✓"
    checks = section.editor.form_checks
    assert checks["eurohis_before"].isChecked()
    assert not checks["eurohis_after"].isChecked() and not checks["feedback"].isChecked()


def test_edit_fields_and_save(
    qtbot: QtBot, section: ProgramSection, store: Store, group_id: uuid.UUID
) -> None:
    section.session_list.setCurrentRow(1)
    editor = section.editor
    assert editor.topic_edit.text() == "Päivärytmi ja uni"
    assert not editor.save_button.isEnabled()
    editor.topic_edit.clear()
    type_text(qtbot, editor.topic_edit, "Uni ja päivän rytmi")
    editor.place_edit.clear()
    type_text(qtbot, editor.place_edit, "Kirjasto")
    editor.notes_edit.setPlainText("Hyvä keskustelu unesta. Ensi kerralla enemmän aikaa.")
    editor.materials_edit.setPlainText("Työkirjat\n\nKyniä\n")
    editor.form_checks["feedback"].setChecked(True)
    assert editor.save_button.isEnabled()
    _click(qtbot, editor.save_button)
    assert editor.saved_label.text() == "Tallennettu."
    info = program.get_program(store, group_id).sessions[1]
    assert info.topic == "Uni ja päivän rytmi" and info.place == "Kirjasto"
    assert info.notes.startswith("Hyvä keskustelu")
    assert info.materials == ("Työkirjat", "Kyniä")
    assert info.forms == ("feedback",)
    assert "Uni ja päivän rytmi" in section.session_list.item(1).text()


def test_typed_text_is_saved_when_another_session_is_chosen(
    qtbot: QtBot, section: ProgramSection, store: Store, group_id: uuid.UUID
) -> None:
    section.editor.notes_edit.setPlainText("Muistiinpano ensimmäisestä kerrasta")
    section.session_list.setCurrentRow(4)
    assert section.editor.topic_edit.text() == "Raha-asiat haltuun"
    notes = program.get_program(store, group_id).sessions[0].notes
    assert notes == "Muistiinpano ensimmäisestä kerrasta"


def test_an_empty_topic_is_refused_with_a_message(
    qtbot: QtBot, section: ProgramSection, answers: dict, store: Store, group_id: uuid.UUID
) -> None:
    section.editor.topic_edit.clear()
    section.editor.topic_edit.textEdited.emit("")
    _click(qtbot, section.editor.save_button)
    assert answers["asked"] == [("warn", "Anna kerralle aihe.")]
    assert program.get_program(store, group_id).sessions[0].topic == "Tutustuminen ja pelisäännöt"


def test_date_on_a_holiday_is_flagged(
    qtbot: QtBot, section: ProgramSection, store: Store, group_id: uuid.UUID
) -> None:
    section.session_list.setCurrentRow(5)
    section.editor.date_edit.setDate(QDate(2027, 3, 29))  # 2. pääsiäispäivä (Easter Monday)
    assert section.editor.weekday_label.text() == "maanantai"
    _click(qtbot, section.editor.save_button)
    assert "Pyhäpäivä: 2. pääsiäispäivä" in section.editor.flags_label.text()
    assert "⚠ Pyhäpäivä: 2. pääsiäispäivä" in section.session_list.item(5).text()
    assert "Aiemmin kuin edellinen kerta" in section.session_list.item(5).text()
    assert program.get_program(store, group_id).sessions[5].date == date(2027, 3, 29)


def test_parts_add_move_remove_with_running_total(
    qtbot: QtBot, section: ProgramSection, answers: dict, store: Store, group_id: uuid.UUID
) -> None:
    editor = section.editor
    original = _titles(section)
    _click(qtbot, editor.add_part_button)
    assert editor.parts_table.rowCount() == 5
    assert editor.total_label.text() == "Yhteensä 130 / 120 min – 10 min liikaa"
    assert "osat 130 / 120 min" in section.session_list.item(0).text()

    # rename the new part in the table and make it shorter
    editor.parts_table.item(4, 1).setText("Venyttely")
    spin = editor.parts_table.cellWidget(4, 2)
    assert isinstance(spin, QSpinBox)
    spin.setValue(5)
    assert editor.total_label.text() == "Yhteensä 125 / 120 min – 5 min liikaa"

    editor.parts_table.selectRow(4)
    _click(qtbot, editor.part_up_button)
    _click(qtbot, editor.part_up_button)
    assert _titles(section) == [*original[:2], "Venyttely", *original[2:]]
    assert editor.selected_part_row() == 2
    _click(qtbot, editor.part_down_button)
    assert _titles(section)[3] == "Venyttely"

    answers["confirm"] = False
    _click(qtbot, editor.remove_part_button)
    assert editor.parts_table.rowCount() == 5
    answers["confirm"] = True
    _click(qtbot, editor.remove_part_button)
    assert _titles(section) == original
    assert editor.total_label.text() == "Yhteensä 120 / 120 min ✓"
    stored = program.get_program(store, group_id).sessions[0]
    assert [p.title for p in stored.parts] == original


def test_reorder_sessions_keeps_dates(
    qtbot: QtBot, section: ProgramSection, store: Store, group_id: uuid.UUID
) -> None:
    section.session_list.setCurrentRow(3)
    _click(qtbot, section.up_button)
    assert section.session_list.currentRow() == 2
    assert section.editor.topic_edit.text() == "Liikunta ja arjen liike"
    view = program.get_program(store, group_id)
    assert [s.topic for s in view.sessions[2:4]] == [
        "Liikunta ja arjen liike",
        "Ruoka ja ravitsemus",
    ]
    assert view.sessions[2].date == date(2027, 3, 16)
    _click(qtbot, section.down_button)
    assert program.get_program(store, group_id).sessions[2].topic == "Ruoka ja ravitsemus"


def test_restore_default_content(
    qtbot: QtBot, section: ProgramSection, answers: dict, store: Store, group_id: uuid.UUID
) -> None:
    section.session_list.setCurrentRow(2)
    editor = section.editor
    editor.notes_edit.setPlainText("Tämä jää talteen")
    editor.topic_edit.setText("Jotain muuta")
    editor.topic_edit.textEdited.emit("Jotain muuta")
    _click(qtbot, editor.save_button)
    editor.parts_table.selectRow(0)
    _click(qtbot, editor.remove_part_button)
    assert editor.parts_table.rowCount() == 3

    answers["confirm"] = False
    _click(qtbot, editor.restore_button)
    assert editor.topic_edit.text() == "Jotain muuta"
    answers["confirm"] = True
    _click(qtbot, editor.restore_button)
    assert editor.topic_edit.text() == "Ruoka ja ravitsemus"
    assert editor.parts_table.rowCount() == 4
    assert editor.notes_edit.toPlainText() == "Tämä jää talteen"
    assert "Ruoka ja ravitsemus" in section.session_list.item(2).text()
    info = program.get_program(store, group_id).sessions[2]
    assert info.topic == "Ruoka ja ravitsemus" and info.notes == "Tämä jää talteen"


def test_links_by_address_and_by_file(
    qtbot: QtBot, section: ProgramSection, answers: dict, store: Store, group_id: uuid.UUID
) -> None:
    answers["text"] = "www.example.invalid/lautasmalli"
    _click(qtbot, section.editor.add_url_button)
    answers["open_paths"] = ["/home/sanna/Materiaalit/pelisäännöt.pdf"]
    _click(qtbot, section.editor.add_file_button)
    links = program.get_program(store, group_id).sessions[0].links
    assert [(link.kind, link.title) for link in links] == [
        (MaterialKind.URL, "www.example.invalid/lautasmalli"),
        (MaterialKind.FILE, "pelisäännöt.pdf"),
    ]
    assert section.editor.links_list.count() == 2
    section.editor.links_list.setCurrentRow(0)
    _click(qtbot, section.editor.remove_link_button)
    assert [link.title for link in program.get_program(store, group_id).sessions[0].links] == [
        "pelisäännöt.pdf"
    ]


def test_visiting_expert_is_shown(
    qtbot: QtBot, store: Store, group_id: uuid.UUID, section: ProgramSection
) -> None:
    ritva = experts.create_expert(store, experts.ExpertData("Ritva Ravinto", field="ravitsemus"))
    experts.assign(store, program.get_program(store, group_id).sessions[2].id, ritva.id)
    section.refresh()
    section.session_list.setCurrentRow(2)
    assert "Tulossa: Ritva Ravinto, ravitsemus" in section.editor.experts_label.text()
    assert "Vieras: Ritva Ravinto" in section.session_list.item(2).text()


def test_save_as_template(
    qtbot: QtBot, section: ProgramSection, answers: dict, store: Store
) -> None:
    answers["text"] = "Mikkelin malli"
    _click(qtbot, section.template_button)
    assert [t.name for t in program.list_templates(store, include_default=False)] == [
        "Mikkelin malli"
    ]
    assert answers["asked"][-1][0] == "inform"


@pytest.mark.parametrize(
    ("button", "name", "pages", "expected", "action"),
    [
        ("workbook_button", "tyokirja.pdf", None, "Sisällys", "export.workbook"),
        (
            "example_budget_button",
            "esimerkki.pdf",
            1,
            "Rahaa puuttuu",
            "export.example_budget",
        ),
        (
            "plan_button",
            "suunnitelma.pdf",
            None,  # a page or two per session: tests/export/test_program_pdfs.py
            "1. kerta: Tutustuminen ja pelisäännöt",
            "export.plan",
        ),
        ("chapter_button", "luku.pdf", None, "Tervetuloa ryhmään", "export.workbook"),
        ("slides_button", "diat.pdf", 10, "Tervetuloa ryhmään!", "export.slides"),
    ],
)
def test_exports(
    qtbot: QtBot,
    section: ProgramSection,
    answers: dict,
    store: Store,
    tmp_path: Path,
    button: str,
    name: str,
    pages: int | None,
    expected: str,
    action: str,
) -> None:
    answers["save_path"] = str(tmp_path / name)
    _click(qtbot, getattr(section, button))
    reader = PdfReader(tmp_path / name)
    if pages is not None:
        assert len(reader.pages) == pages
    assert expected in "".join(p.extract_text() for p in reader.pages)
    assert answers["asked"][-1] == ("inform", f"Tallennettu: {tmp_path / name}")
    assert sorted(e.action for e in audit.list_events(store)) == sorted(["group.create", action])


def test_export_cancelled_writes_nothing(
    qtbot: QtBot, section: ProgramSection, answers: dict, tmp_path: Path
) -> None:
    answers["save_path"] = None
    _click(qtbot, section.plan_button)
    assert list(tmp_path.glob("*.pdf")) == []
    assert answers["asked"] == [("save_path", "Ohjaajien suunnitelma PDF:ksi")]


def test_present_opens_and_esc_closes(qtbot: QtBot, section: ProgramSection) -> None:
    section.session_list.setCurrentRow(1)
    _click(qtbot, section.present_button)
    presenter = section.presenter
    assert presenter is not None and presenter.window is not None
    assert presenter.deck.title == "Päivärytmi ja uni"
    window = presenter.window
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert presenter.index == 1
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert section.presenter is None
    assert not window.isVisible()


def test_main_window_follows_date_edits_and_tab_changes_keep_typed_text(
    qtbot: QtBot, store: Store, group_id: uuid.UUID
) -> None:
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    section = window.sections[0]
    assert isinstance(section, ProgramSection)
    section.editor.date_edit.setDate(QDate(2027, 2, 23))
    _click(qtbot, section.editor.save_button)
    assert "23.2.2027" in window.group_list.item(0).text()
    assert section.editor.topic_edit.text() == "Tutustuminen ja pelisäännöt"

    section.editor.notes_edit.setPlainText("Kirjoitettu ennen välilehden vaihtoa")
    window.tabs.setCurrentIndex(6)
    notes = program.get_program(store, group_id).sessions[0].notes
    assert notes == "Kirjoitettu ennen välilehden vaihtoa"


def test_manage_templates(
    qtbot: QtBot, section: ProgramSection, answers: dict, store: Store, group_id: uuid.UUID
) -> None:
    program.save_as_template(store, group_id, "Vanha malli")
    _click(qtbot, section.templates_button)
    dialog = section.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.list.count() == 2
    dialog.list.setCurrentRow(0)  # the default cannot be removed
    assert not dialog.delete_button.isEnabled()
    dialog.list.setCurrentRow(1)
    assert dialog.delete_button.isEnabled()
    answers["confirm"] = False
    _click(qtbot, dialog.delete_button)
    assert dialog.list.count() == 2
    answers["confirm"] = True
    _click(qtbot, dialog.delete_button)
    assert dialog.list.count() == 1
    assert program.list_templates(store, include_default=False) == []
    assert len(audit.list_events(store, action="program.delete_template")) == 1


def test_dropping_a_dragged_part_reorders(
    qtbot: QtBot, section: ProgramSection, store: Store, group_id: uuid.UUID
) -> None:
    original = _titles(section)
    section.editor.parts_table.row_dropped.emit(3, 0)  # what a drag from the last row sends
    assert _titles(section) == [original[3], *original[:3]]
    stored = program.get_program(store, group_id).sessions[0]
    assert [p.title for p in stored.parts] == [original[3], *original[:3]]
    assert section.editor.selected_part_row() == 0


def test_a_real_drop_event_on_the_table(
    qtbot: QtBot, section: ProgramSection, store: Store, group_id: uuid.UUID
) -> None:
    table = section.editor.parts_table
    original = _titles(section)
    table.selectRow(0)
    mime = table.model().mimeData([table.model().index(0, 1)])
    target = table.visualItemRect(table.item(2, 1)).center()
    event = QDropEvent(
        QPointF(target),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    table.dropEvent(event)
    assert _titles(section) == [original[1], original[2], original[0], original[3]]
    assert [p.title for p in program.get_program(store, group_id).sessions[0].parts] == [
        original[1],
        original[2],
        original[0],
        original[3],
    ]
