"""The keyboard entry row of a meeting: date, minutes, place, topics, workbook chapters and a
note; Tab moves on, Enter in any field saves."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from voimaa import labels, workbook
from voimaa.formats import format_date, parse_date
from voimaa.individual import MeetingData, MeetingInfo
from voimaa.models import MeetingPlace


class MeetingEntry(QWidget):
    """date · minutes · place · topics · note; Enter in any field saves the meeting."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.date = QLineEdit(self)
        self.date.setObjectName("meetingDate")
        self.date.setPlaceholderText(self.tr("pvm, esim. 2.12.2026 (tyhjä = tänään)"))
        self.minutes = QSpinBox(self)
        self.minutes.setObjectName("meetingMinutes")
        self.minutes.setRange(1, 1440)
        self.minutes.setValue(60)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.place = QComboBox(self)
        self.place.setObjectName("meetingPlace")
        for place in MeetingPlace:
            self.place.addItem(labels.meeting_place(place), place)
        self.place.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.topics = QLineEdit(self)
        self.topics.setObjectName("meetingTopics")
        self.topics.setPlaceholderText(self.tr("aiheet pilkuin eroteltuina"))
        self.chapters = QLineEdit(self)
        self.chapters.setObjectName("meetingChapters")
        self.chapters.setPlaceholderText(self.tr("työkirjan luvut, esim. 2, 5"))
        self.note = QLineEdit(self)
        self.note.setObjectName("meetingNote")
        self.note.setPlaceholderText(self.tr("muistiinpano (arkaluonteinen)"))
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        first, second = QHBoxLayout(), QHBoxLayout()
        first.addWidget(self.date, 1)
        first.addWidget(self.minutes)
        first.addWidget(self.place)
        second.addWidget(self.topics, 2)
        second.addWidget(self.chapters, 1)
        second.addWidget(self.note, 2)
        rows.addLayout(first)
        rows.addLayout(second)
        # Enter anywhere in the row reaches keyPressEvent below (the fields pass it on).

    def set_topics(self, topics: tuple[str, ...]) -> None:
        completer = QCompleter(list(topics), self.topics)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.topics.setCompleter(completer)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submitted.emit()
            return
        super().keyPressEvent(event)

    def data(self, today: date) -> MeetingData:
        text = self.date.text().strip()
        return MeetingData(
            held_on=parse_date(text) if text else today,
            minutes=self.minutes.value(),
            place=self.place.currentData(),
            topics=tuple(t.strip() for t in self.topics.text().split(",") if t.strip()),
            chapters=tuple(
                workbook.chapter(ref.strip()).key
                for ref in self.chapters.text().split(",")
                if ref.strip()
            ),
            note=self.note.text(),
        )

    def load(self, meeting: MeetingInfo, *, with_note: bool) -> None:
        """Show a saved meeting for correcting it (its note only when notes are shown)."""
        self.date.setText(format_date(meeting.held_on))
        self.minutes.setValue(meeting.minutes)
        self.place.setCurrentIndex(self.place.findData(meeting.place))
        self.topics.setText(", ".join(meeting.topics))
        self.chapters.setText(", ".join(str(workbook.chapter(c).number) for c in meeting.chapters))
        self.note.setText(meeting.note if with_note else "")
        self.note.setEnabled(with_note)
        self.date.setFocus()

    def clear(self) -> None:
        """Ready for the next meeting: the length stays, the place starts from the first."""
        self.note.setEnabled(True)
        self.date.clear()
        self.place.setCurrentIndex(0)
        self.topics.clear()
        self.chapters.clear()
        self.note.clear()
        self.date.setFocus()
