"""A date field that takes a date typed the Finnish way, "11.11.2026", whole.

QDateEdit moves on to the next section by itself once a section is full ("11" fills the day)
and then moves once more on the "." the user types, so "11.11.2026" landed the month in the
year. Here a separator right after such a move is taken as already done; entering the field
(by Tab or by a click) selects the whole date, and typing over the whole selected text starts
again from the day.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QWidget

SEPARATORS = (Qt.Key.Key_Period, Qt.Key.Key_Comma, Qt.Key.Key_Slash, Qt.Key.Key_Minus)


class DateEdit(QDateEdit):
    """A :class:`QDateEdit` in the format d.M.yyyy with a calendar, typed as people type."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("d.M.yyyy")
        self.setCalendarPopup(True)
        self._moved_on = False

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._moved_on = False
        # After the click that gave the focus has placed the cursor.
        QTimer.singleShot(0, self._select_all)

    def _select_all(self) -> None:
        if self.hasFocus():
            self.lineEdit().selectAll()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        line = self.lineEdit()
        if key in SEPARATORS and self._moved_on:
            self._moved_on = False
            event.accept()
            return
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            if line.selectedText() == line.text() and line.text():
                self.setSelectedSection(QDateTimeEdit.Section.DaySection)
            before = self.currentSection()
            super().keyPressEvent(event)
            self._moved_on = self.currentSection() != before
            return
        self._moved_on = False
        super().keyPressEvent(event)
