"""Messages about one group never stay on screen for the next (issue 11, point 8)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from voimaa import groups
from voimaa.store import Store
from voimaa.ui.main_window import MainWindow
from voimaa.ui.sections import SECTIONS
from voimaa.ui.sections.attendance import AttendanceSection
from voimaa.ui.sections.budget import BudgetSection
from voimaa.ui.sections.participants import ParticipantsSection
from voimaa.ui.sections.program import ProgramSection
from voimaa.ui.sections.reports import ReportsSection


def _section(window: MainWindow, kind: type) -> object:
    window.tabs.setCurrentIndex(SECTIONS.index(kind))
    section = window.section(kind)
    QApplication.processEvents()
    return section


def test_switching_groups_clears_every_sections_messages(
    qtbot: QtBot,
    demo_store: Store,
    tmp_path: Path,
    answers: dict,  # type: ignore[type-arg]
) -> None:
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.show()
    first = window.current_group_id()
    other = groups.create_group(demo_store, groups.NewGroup(name="Toinen ryhmä")).id

    reports = _section(window, ReportsSection)
    assert isinstance(reports, ReportsSection)
    answers["save_path"] = str(tmp_path / "raportti.pdf")
    reports.export_group_report(".pdf")
    assert reports.result_label.text().startswith("Raportti tallennettu:")
    attendance = _section(window, AttendanceSection)
    assert isinstance(attendance, AttendanceSection)
    answers["save_path"] = str(tmp_path / "läsnäolo.xlsx")
    attendance._export(".xlsx")
    assert attendance.status.text().startswith("Tallennettu:")
    budget = _section(window, BudgetSection)
    assert isinstance(budget, BudgetSection)
    budget.description.setText("")
    budget.planned.edit.setText("x")
    budget.save_line()
    assert budget.line_error.text().startswith("Korjaa summa")
    participants = _section(window, ParticipantsSection)
    assert isinstance(participants, ParticipantsSection)
    participants.error_label.setText("Anna osallistujan nimi.")
    program = _section(window, ProgramSection)
    assert isinstance(program, ProgramSection)
    program.editor.saved_label.setText("Tallennettu.")

    window.refresh_groups(select=other)
    assert window.current_group_id() == other
    assert reports.result_label.text() == "" and reports.last_file is None
    assert attendance.status.text() == ""
    assert budget.line_error.text() == "" and budget.status.text() == ""
    assert budget.planned.message.text() == ""
    assert participants.error_label.text() == ""
    assert program.editor.saved_label.text() == ""

    # The same group chosen again keeps nothing either, and a refresh of the same group keeps
    # what was just said.
    window.refresh_groups(select=first)
    reports.result_label.setText("Raportti tallennettu: x")
    reports.refresh()
    assert reports.result_label.text() == "Raportti tallennettu: x"
