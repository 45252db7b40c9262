"""Muokkaa → Kumoa / Tee uudelleen (Ctrl+Z, Ctrl+Y, Ctrl+Shift+Z) on the shown section's own
steps: attendance marks and budget lines, stored in the core, not only shown (issue 11,
point 2)."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.conftest import TODAY
from tests.ui.support import type_text
from voimaa import attendance, budget, groups, roster
from voimaa.attendance import AttendanceStatus as A
from voimaa.store import Store
from voimaa.ui.main_window import MainWindow
from voimaa.ui.sections import SECTIONS
from voimaa.ui.sections.attendance import AttendanceSection
from voimaa.ui.sections.budget import BudgetSection


@pytest.fixture
def group(store: Store) -> uuid.UUID:
    start = TODAY - timedelta(weeks=3)
    gid = groups.create_group(store, groups.NewGroup(name="Ryhmä", start_date=start)).id
    for name in ("Aatu", "Bertta"):
        roster.add_participant(store, gid, roster.ParticipantData(name=name))
    return gid


@pytest.fixture
def window(qtbot: QtBot, store: Store, group: uuid.UUID) -> MainWindow:
    w = MainWindow(store)
    qtbot.addWidget(w)
    for index in range(w.tabs.count()):  # sections are built when first shown
        w.tabs.setCurrentIndex(index)
    w.tabs.setCurrentIndex(0)
    for section in w.sections:
        if hasattr(section, "today"):
            section.today = lambda: TODAY
    w.show()
    qtbot.waitExposed(w)
    w.refresh_groups(select=group)
    return w


def _section(window: MainWindow, kind: type) -> object:
    window.tabs.setCurrentIndex(SECTIONS.index(kind))
    section = window.section(kind)
    QApplication.processEvents()
    return section


def _marks(store: Store, group: uuid.UUID) -> list[tuple[A | None, ...]]:
    table = attendance.attendance_table(store, group, today=TODAY)
    return [r.marks[:2] for r in table.rows]


def test_undo_and_redo_attendance_marks_from_the_edit_menu_and_keys(
    qtbot: QtBot, window: MainWindow, store: Store, group: uuid.UUID
) -> None:
    section = _section(window, AttendanceSection)
    assert isinstance(section, AttendanceSection)
    view = section.view
    view.setFocus()
    assert not window.undo_action.isEnabled()
    qtbot.keyClick(view, Qt.Key.Key_L)
    qtbot.keyClick(view, Qt.Key.Key_P)
    assert _marks(store, group) == [(A.PRESENT, None), (A.ABSENT, None)]
    assert window.undo_action.isEnabled()
    assert window.undo_action.text() == "&Kumoa läsnäolomerkintä"

    window.undo_action.trigger()  # Muokkaa → Kumoa
    assert _marks(store, group) == [(A.PRESENT, None), (None, None)]
    assert section.model.index(1, 1).data() == ""
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _marks(store, group) == [(None, None), (None, None)]
    assert not window.undo_action.isEnabled()

    qtbot.keyClick(view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert _marks(store, group) == [(A.PRESENT, None), (None, None)]
    qtbot.keyClick(
        view,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert _marks(store, group) == [(A.PRESENT, None), (A.ABSENT, None)]
    assert section.model.index(1, 1).data() == "P"

    # A changed mark is put back as it was, not cleared.
    view.setCurrentIndex(section.model.index(0, 1))
    qtbot.keyClick(view, Qt.Key.Key_I)
    assert _marks(store, group)[0] == (A.EXCUSED, None)
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _marks(store, group)[0] == (A.PRESENT, None)

    # The Budjetti tab has its own (empty) steps.
    _section(window, BudgetSection)
    assert not window.undo_action.isEnabled()
    _section(window, AttendanceSection)
    assert window.undo_action.isEnabled()


def test_a_refused_mark_is_not_an_undo_step(qtbot: QtBot, window: MainWindow, store: Store) -> None:
    section = _section(window, AttendanceSection)
    assert isinstance(section, AttendanceSection)
    section.view.setFocus()
    section.view.setCurrentIndex(section.model.index(0, 6))  # a future session: no "läsnä"
    qtbot.keyClick(section.view, Qt.Key.Key_L)
    assert "Tulevaan kertaan" in section.status.text()
    assert section.undo_stack.count() == 0


def test_undo_of_a_mark_whose_person_was_erased_is_refused_and_dropped(
    qtbot: QtBot, window: MainWindow, store: Store, group: uuid.UUID, answers: dict
) -> None:  # type: ignore[type-arg]
    section = _section(window, AttendanceSection)
    assert isinstance(section, AttendanceSection)
    section.view.setFocus()
    qtbot.keyClick(section.view, Qt.Key.Key_L)
    first = attendance.attendance_table(store, group, today=TODAY).rows[0]
    roster.erase_participant(store, first.participant_id)
    window.undo_action.trigger()
    assert any("ei löydy" in text for kind, text in answers["asked"] if kind == "warn")
    assert section.undo_stack.count() == 0


def test_undo_and_redo_budget_lines(
    qtbot: QtBot, window: MainWindow, store: Store, group: uuid.UUID, answers: dict
) -> None:  # type: ignore[type-arg]
    section = _section(window, BudgetSection)
    assert isinstance(section, BudgetSection)

    def lines() -> list[tuple[str, int, int | None]]:
        return [
            (x.description, x.planned_cents, x.actual_cents)
            for x in budget.budget_summary(store, group).lines
        ]

    qtbot.mouseClick(section.new_line, Qt.MouseButton.LeftButton)
    type_text(qtbot, section.description, "Kahvi")
    type_text(qtbot, section.planned.edit, "10")
    qtbot.mouseClick(section.save_line_button, Qt.MouseButton.LeftButton)
    assert lines() == [("Kahvi", 1000, None)]
    section.actual.edit.setText("12,40")
    qtbot.mouseClick(section.save_line_button, Qt.MouseButton.LeftButton)
    assert lines() == [("Kahvi", 1000, 1240)]
    [line] = budget.budget_summary(store, group).lines
    qtbot.mouseClick(section.delete_line_button, Qt.MouseButton.LeftButton)
    assert lines() == []
    assert window.undo_action.text() == "&Kumoa rivin poisto"

    window.undo_action.trigger()
    assert lines() == [("Kahvi", 1000, 1240)]
    assert budget.budget_summary(store, group).lines[0].id == line.id  # the same line back
    assert section.lines.rowCount() == 1
    window.undo_action.trigger()
    assert lines() == [("Kahvi", 1000, None)]
    window.undo_action.trigger()
    assert lines() == []
    assert section.lines.rowCount() == 0
    assert not window.undo_action.isEnabled()

    for _ in range(3):
        window.redo_action.trigger()
    assert lines() == []
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert lines() == [("Kahvi", 1000, None)]


def test_another_group_starts_with_no_undo_steps(
    qtbot: QtBot, window: MainWindow, store: Store, group: uuid.UUID
) -> None:
    other = groups.create_group(store, groups.NewGroup(name="Toinen")).id
    section = _section(window, AttendanceSection)
    assert isinstance(section, AttendanceSection)
    section.view.setFocus()
    qtbot.keyClick(section.view, Qt.Key.Key_L)
    assert window.undo_action.isEnabled()
    window.refresh_groups(select=other)
    assert window.current_group_id() == other
    assert not window.undo_action.isEnabled()
