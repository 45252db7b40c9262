"""Keyboard and screen reader: mnemonics without duplicates in every window, dialog and menu;
Tab reaches the EUROHIS-8 choices; the pads and charts say which question and which answer."""

from __future__ import annotations

import uuid
from collections import Counter

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from voimaa import groups
from voimaa.store import Store
from voimaa.ui import mnemonics
from voimaa.ui.charts import BeforeAfterChart, ChartRow, DistributionChart, DistributionRow
from voimaa.ui.coordinator_window import CoordinatorWindow
from voimaa.ui.dialogs.group_details import GroupDetailsDialog
from voimaa.ui.dialogs.new_group import NewGroupDialog
from voimaa.ui.eurohis_entry import EurohisEntry
from voimaa.ui.main_window import MainWindow
from voimaa.ui.sections.feedback import FeedbackSection


def test_letters_are_chosen_once() -> None:
    used: set[str] = set()
    assert mnemonics.with_letter("Tallenna", used) == "&Tallenna"
    assert mnemonics.with_letter("Tallenna", {"t"}) == "T&allenna"
    assert mnemonics.with_letter("Vie Exceliin…", {"v"}) == "Vie &Exceliin…"
    assert mnemonics.with_letter("Kumoa\tCtrl+Z", set()) == "&Kumoa\tCtrl+Z"
    assert mnemonics.mnemonic("Tom && Jerry") is None
    assert mnemonics.mnemonic("&Ohje") == "o"


def scope_letters(window: QWidget) -> list[str]:
    return [
        letter
        for item in mnemonics.scope_items(window)
        if (letter := mnemonics.mnemonic(item.get())) is not None
    ]


def assert_unique_and_covering(window: QWidget, where: str) -> None:
    mnemonics.assign(window)
    letters = scope_letters(window)
    twice = [letter for letter, n in Counter(letters).items() if n > 1]
    assert twice == [], f"{where}: {twice}"
    buttons = [
        b
        for b in window.findChildren(QPushButton)
        if b.isVisible() and b.text() and b.window() is window
    ]
    # Every button has a mnemonic unless every letter of its text is taken already.
    taken = set(letters)
    without = [
        b.text()
        for b in buttons
        if mnemonics.mnemonic(b.text()) is None
        and not {ch.lower() for ch in b.text() if ch.lower() in mnemonics.LETTERS} <= taken
    ]
    assert without == [], f"{where}: {without}"


def test_main_window_every_section_has_unique_mnemonics(qtbot: QtBot, demo_store: Store) -> None:
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.show()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        assert_unique_and_covering(window, window.tabs.tabText(index))
    for menu in window.menuBar().findChildren(QMenu):
        mnemonics.assign_menu(menu)
        letters = [mnemonics.mnemonic(a.text()) for a in menu.actions() if a.text()]
        assert None not in letters and len(set(letters)) == len(letters), letters


def test_dialogs_have_unique_mnemonics(
    qtbot: QtBot, demo_store: Store, demo_group_id: uuid.UUID
) -> None:
    wizard = NewGroupDialog(None, demo_store)
    qtbot.addWidget(wizard)
    wizard.show()
    for page in range(wizard.pages.count()):
        wizard.go_to(page)
        assert_unique_and_covering(wizard, f"wizard page {page + 1}")
    details = GroupDetailsDialog(groups.get_details(demo_store, demo_group_id))
    qtbot.addWidget(details)
    details.show()
    assert_unique_and_covering(details, "group details")
    coordinator = CoordinatorWindow(demo_store)
    qtbot.addWidget(coordinator)
    coordinator.show()
    assert_unique_and_covering(coordinator, "coordinator")


def test_installed_assigner_marks_shown_windows_and_menus(qtbot: QtBot, store: Store) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assigner = mnemonics.install(app)
    try:
        window = MainWindow(store)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: mnemonics.mnemonic(window.new_button.text()) is not None)
        menu = window.menuBar().findChildren(QMenu)[0]
        menu.popup(window.mapToGlobal(window.rect().center()))
        qtbot.waitUntil(
            lambda: all(mnemonics.mnemonic(a.text()) for a in menu.actions() if a.text())
        )
        menu.close()
    finally:
        app.removeEventFilter(assigner)


def test_tab_reaches_the_eurohis_choices(
    qtbot: QtBot, demo_store: Store, demo_group_id: uuid.UUID
) -> None:
    entry = EurohisEntry(demo_store)
    qtbot.addWidget(entry)
    entry.load(demo_group_id)
    entry.show()
    with qtbot.waitActive(entry):
        entry.activateWindow()
    entry.setFocus()
    reached: list[QWidget] = []
    for _ in range(8):  # Tab also walks the date's day, month and year
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if not reached or reached[-1] is not focused:
            reached.append(focused)
    assert reached[:3] == [entry.phase_box, entry.date_edit, entry.wording_box]
    # Enter in the date goes back to the form, so the next key answers a question.
    entry.date_edit.setFocus()
    qtbot.keyClick(entry.date_edit, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is entry


def test_eurohis_pad_speaks_question_and_answer(
    qtbot: QtBot, demo_store: Store, demo_group_id: uuid.UUID
) -> None:
    entry = EurohisEntry(demo_store)
    qtbot.addWidget(entry)
    entry.load(demo_group_id)
    entry.open_index(0)
    assert entry.accessibleName() == "EUROHIS-8, kysymys 1 / 8"
    assert "Millaiseksi arvioitte elämänlaatunne?" in entry.accessibleDescription()
    qtbot.keyClick(entry, Qt.Key.Key_Down)
    assert entry.accessibleName() == "EUROHIS-8, kysymys 2 / 8"
    qtbot.keyClick(entry, Qt.Key.Key_Up)
    qtbot.keyClick(entry, Qt.Key.Key_4)  # answers 1 and moves on
    qtbot.keyClick(entry, Qt.Key.Key_Up)
    assert "vastaus 4, hyvä" in entry.accessibleDescription()
    assert entry.pad.accessibleDescription() == entry.accessibleDescription()


def test_feedback_pad_speaks_statement_and_answer(
    qtbot: QtBot, demo_store: Store, demo_group_id: uuid.UUID
) -> None:
    section = FeedbackSection(demo_store)
    qtbot.addWidget(section)
    section.set_group(demo_group_id)
    entry = section.entry
    assert entry.accessibleName().startswith("Palaute, väittämä 1 / ")
    assert "ei vielä vastausta" in entry.accessibleDescription()
    qtbot.keyClick(entry, Qt.Key.Key_5)
    assert entry.accessibleName().startswith("Palaute, väittämä 2 / ")
    qtbot.keyClick(entry, Qt.Key.Key_Up)
    assert "vastaus 5" in entry.accessibleDescription()


@pytest.mark.parametrize("marked", [False, True])
def test_charts_describe_what_they_draw(qtbot: QtBot, marked: bool) -> None:
    chart = BeforeAfterChart("Kysymyksittäin")
    qtbot.addWidget(chart)
    chart.set_rows([ChartRow("1. Elämänlaatu", 2.5, 3.25, marked)])
    assert chart.accessibleName() == "Kysymyksittäin"
    assert "1. Elämänlaatu: alussa 2,50, lopussa 3,25" in chart.accessibleDescription()
    assert ("luotettava muutos" in chart.accessibleDescription()) is marked
    bars = DistributionChart()
    qtbot.addWidget(bars)
    bars.set_rows(
        [DistributionRow("Ryhmässä oli turvallista olla.", (0, 0, 1, 2, 3), 4.33)],
        ("a", "b", "c", "d", "e"),
    )
    assert "5 e: 3" in bars.accessibleDescription()
    assert "keskiarvo 4,3" in bars.accessibleDescription()


def test_tab_reaches_every_input_of_every_section(qtbot: QtBot, demo_store: Store) -> None:
    """No field or button is left out of the Tab order. The participant queues of the form
    entries are the exception: they are a mouse shortcut, the keyboard moves on with Enter."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QHeaderView,
        QLineEdit,
        QPlainTextEdit,
        QTabWidget,
    )

    inputs = (
        QLineEdit,
        QComboBox,
        QAbstractSpinBox,
        QPlainTextEdit,
        QAbstractButton,
        QAbstractItemView,
    )
    mouse_shortcuts = {"queueList", "savedFeedback"}
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.show()
    left_out = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        page = window.tabs.widget(index)
        inner = page.findChildren(QTabWidget)
        for sub in range(inner[0].count()) if inner else [None]:
            if sub is not None:
                inner[0].setCurrentIndex(sub)
            for w in page.findChildren(QWidget):
                if (
                    not isinstance(w, inputs)
                    or isinstance(w, QHeaderView)
                    or not w.isVisible()
                    or w.objectName() in mouse_shortcuts
                    or isinstance(w.parentWidget(), QAbstractSpinBox | QComboBox | QTabWidget)
                    or type(w).__name__ in ("QScrollBar", "QToolButton")
                ):
                    continue
                if not w.focusPolicy() & Qt.FocusPolicy.TabFocus:
                    left_out.append(
                        f"{window.tabs.tabText(index)}: {type(w).__name__} {w.objectName()}"
                    )
    assert left_out == []
