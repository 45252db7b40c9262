"""The mouse wheel over a combo box, date, time or spin box never changes it without focus: it
scrolls the page instead, and nothing is saved (issue 11, point 1)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QScrollArea,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from voimaa import groups
from voimaa.models import Base
from voimaa.store import Store
from voimaa.ui.dialogs.group_details import GroupDetailsDialog
from voimaa.ui.dialogs.new_group import NewGroupDialog
from voimaa.ui.main_window import MainWindow
from voimaa.ui.wheel_guard import is_guarded


def wheel(widget: QWidget, steps: int) -> None:
    """A real wheel event over the middle of `widget` (positive `steps` = away from the user)."""
    centre = QPoint(widget.width() // 2, widget.height() // 2)
    event = QWheelEvent(
        QPointF(centre),
        QPointF(widget.mapToGlobal(centre)),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def value(widget: QWidget) -> object:
    if isinstance(widget, QComboBox):
        return (widget.currentIndex(), widget.currentText())
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    assert isinstance(widget, QAbstractSlider)
    return widget.value()


def guarded_in(root: QWidget) -> list[QWidget]:
    return [w for w in root.findChildren(QWidget) if is_guarded(w) and w.isVisible()]


def wheel_over_all(root: QWidget) -> int:
    """Turn the wheel both ways over every visible guarded widget under `root`; each keeps its
    value. Returns how many were tried."""
    widgets = guarded_in(root)
    for widget in widgets:
        before = value(widget)
        wheel(widget, 3)
        wheel(widget, -5)
        assert value(widget) == before, widget.objectName() or type(widget).__name__
        assert widget.focusPolicy() != Qt.FocusPolicy.WheelFocus
    return len(widgets)


def snapshot(store: Store) -> dict[str, list[tuple[str, ...]]]:
    with store.engine.connect() as conn:
        return {
            t.name: sorted(
                tuple(str(v) for v in row)
                for row in conn.execute(text(f'SELECT * FROM "{t.name}"'))
            )
            for t in Base.metadata.sorted_tables
        }


def test_wheel_scrolls_the_page_and_only_a_focused_box_takes_it(qtbot: QtBot) -> None:
    scroll = QScrollArea()
    qtbot.addWidget(scroll)
    page = QWidget()
    layout = QVBoxLayout(page)
    combo = QComboBox(page)
    combo.addItems([str(i) for i in range(20)])
    combo.setCurrentIndex(10)
    layout.addWidget(combo)
    layout.addSpacing(3000)
    scroll.setWidget(page)
    scroll.resize(300, 200)
    scroll.show()
    qtbot.waitExposed(scroll)
    assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus

    wheel(combo, -3)  # towards the user: the page scrolls down
    assert combo.currentIndex() == 10
    assert scroll.verticalScrollBar().value() > 0

    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    wheel(combo, -1)
    assert combo.currentIndex() == 11  # with focus the wheel is the user's choice


def test_no_field_of_any_section_takes_the_wheel(qtbot: QtBot, demo_store: Store) -> None:
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.resize(1280, 680)
    window.show()
    qtbot.waitExposed(window)
    window.group_list.setFocus()
    before = snapshot(demo_store)
    tried = 0
    names: set[str] = set()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        section = window.tabs.currentWidget()
        names |= {w.objectName() for w in guarded_in(section)}
        tried += wheel_over_all(section)
        for inner in section.findChildren(QTabWidget):  # e.g. EUROHIS-8: entry, comparison
            for page in range(inner.count()):
                inner.setCurrentIndex(page)
                QApplication.processEvents()
                names |= {w.objectName() for w in guarded_in(inner.currentWidget())}
                tried += wheel_over_all(inner.currentWidget())
    assert {
        "thresholdSpin",
        "lineCategory",
        "lineSession",
        "phaseBox",
        "wordingBox",
        "filledOn",
        "reliability",
        "referenceSd",
    } <= names
    # The session editor's own fields and its parts table are among them.
    window.tabs.setCurrentIndex(0)
    QApplication.processEvents()
    editor = window.sections[0].editor  # type: ignore[attr-defined]
    names = {w.objectName() for w in guarded_in(editor)}
    assert {"dateEdit", "timeEdit", "chapterCombo"} <= names
    assert wheel_over_all(editor) >= 3 + 2 * editor.parts_table.rowCount()
    assert tried >= 16
    assert not editor.dirty
    # Moving to another session saves a dirty editor: nothing was changed, nothing is saved.
    window.sections[0].session_list.setCurrentRow(1)  # type: ignore[attr-defined]
    window.tabs.setCurrentIndex(2)
    assert snapshot(demo_store) == before


def test_no_field_of_the_wizard_or_the_details_dialog_takes_the_wheel(
    qtbot: QtBot, demo_store: Store
) -> None:
    wizard = NewGroupDialog(store=demo_store)
    qtbot.addWidget(wizard)
    wizard.show()
    tried = 0
    for page in range(wizard.pages.count()):
        wizard.go_to(page)
        QApplication.processEvents()
        wizard.step_label.setFocus()
        tried += wheel_over_all(wizard)
    assert tried >= 7  # place, two roles, date, time, minutes, template

    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.show()
    group_id = window.current_group_id()
    assert group_id is not None
    window.edit_details()
    dialog = window.dialog
    assert isinstance(dialog, GroupDetailsDialog)
    QApplication.processEvents()
    assert wheel_over_all(dialog) >= 3
    assert dialog.details() == groups.get_details(demo_store, group_id)
    dialog.done(QDialog.DialogCode.Rejected)


def test_a_box_in_a_table_that_cannot_scroll_scrolls_the_page(qtbot: QtBot) -> None:
    """As in the session editor: a combo box in a parts table, the table inside the page."""
    scroll = QScrollArea()
    qtbot.addWidget(scroll)
    page = QWidget()
    layout = QVBoxLayout(page)
    table = QTableWidget(2, 1, page)
    table.setMinimumHeight(200)  # every row shows: the table itself cannot scroll
    combo = QComboBox()
    combo.addItems(["a", "b", "c"])
    table.setCellWidget(0, 0, combo)
    layout.addWidget(table)
    layout.addSpacing(3000)
    scroll.setWidget(page)
    scroll.resize(300, 300)
    scroll.show()
    qtbot.waitExposed(scroll)
    assert table.verticalScrollBar().maximum() == 0
    wheel(combo, -3)
    assert combo.currentIndex() == 0
    assert scroll.verticalScrollBar().value() > 0
