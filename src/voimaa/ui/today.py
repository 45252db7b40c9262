"""The "Tänään" panel under the group list: the next session and its checklist, each item one
click from the action that does it. The rules are in :mod:`voimaa.today`."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QModelIndex, Qt, QUrl
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from voimaa import today as core
from voimaa.eurohis import Phase
from voimaa.store import Store
from voimaa.ui import desktop, window_state
from voimaa.ui.attendance_model import FIRST_SESSION_COLUMN
from voimaa.ui.ops import Op, OpChanges
from voimaa.ui.sections import SECTIONS, Section
from voimaa.ui.sections.attendance import AttendanceSection
from voimaa.ui.sections.eurohis import EurohisSection
from voimaa.ui.sections.feedback import FeedbackSection
from voimaa.ui.sections.program import ProgramSection
from voimaa.ui.sections.reports import ReportsSection

if TYPE_CHECKING:
    from voimaa.ui.main_window import MainWindow

S = TypeVar("S", bound=Section)

# What the checklist shows: the program, attendance, groups (mode, link), experts, exports.
SHOWS = (
    OpChanges.PROGRAM
    | OpChanges.ATTENDANCE
    | OpChanges.GROUPS
    | OpChanges.EXPERTS
    | OpChanges.PARTICIPANTS
)


def start_group(store: Store, on: date | None = None) -> uuid.UUID | None:
    """The group to open on: today's (see voimaa.today), else the one the user had open."""
    picked = core.pick_group(store, on or date.today())
    return picked if picked is not None else window_state.last_group()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _item_link(number: int, text: str) -> str:
    """A checklist line: a box and the item's (already translated) text as a link."""
    return "☐ <a href='" + str(number) + "'>" + _escape(text) + "</a>"


class TodayPanel(QFrame):
    """The selected group's next session and what to do for it."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setObjectName("todayPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.today: Callable[[], date] = date.today
        self.view: core.TodayView | None = None
        self.group_id: uuid.UUID | None = None
        self.heading = QLabel(self.tr("Tänään"), self)
        self.heading.setStyleSheet("font-weight: bold; font-size: 12pt")
        self.headline = QLabel(self)
        self.headline.setObjectName("todayHeadline")
        self.headline.setWordWrap(True)
        self.list = QVBoxLayout()
        self.list.setSpacing(2)
        self.item_labels: list[QLabel] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.heading)
        layout.addWidget(self.headline)
        layout.addLayout(self.list)
        layout.addStretch(1)
        self.setVisible(False)

    # ----- showing ------------------------------------------------------------------------------
    def show_group(self, group_id: uuid.UUID | None) -> None:
        self.group_id = group_id
        self.refresh()

    def on_changes(self, changes: OpChanges) -> None:
        if changes & SHOWS:
            self.refresh()

    def refresh(self) -> None:
        group_id = self.group_id
        if group_id is None:
            self.view = None
            self.setVisible(False)
            return
        on = self.today()
        view = Op(self, lambda: core.today_view(self.window_.store, group_id, on)).call()
        self.view = view
        if view is None:
            self.setVisible(False)
            return
        self.headline.setText(view.headline)
        for label in self.item_labels:
            self.list.removeWidget(label)
            label.deleteLater()
        self.item_labels = []
        for number, item in enumerate(view.items):
            label = QLabel(_item_link(number, item.text), self)
            label.setObjectName(f"todayItem_{item.kind.value}")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setTextInteractionFlags(
                Qt.TextInteractionFlag.LinksAccessibleByMouse
                | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            )
            label.setAccessibleName(item.text)
            label.linkActivated.connect(lambda href: self.run(int(href)))
            self.list.addWidget(label)
            self.item_labels.append(label)
        if not view.items:
            done = QLabel(self.tr("Ei avoimia tehtäviä."), self)
            done.setStyleSheet("color: #5b6667")
            self.list.addWidget(done)
            self.item_labels.append(done)
        self.setVisible(True)

    # ----- doing --------------------------------------------------------------------------------
    def _section(self, cls: type[S]) -> S:
        window = self.window_
        window.tabs.setCurrentIndex(SECTIONS.index(cls))
        return window.section(cls)

    def _program_at(self, number: int | None) -> ProgramSection:
        program = self._section(ProgramSection)
        if number is not None:
            program.session_list.setCurrentRow(number - 1)
        return program

    def _attendance_at(self, number: int | None) -> AttendanceSection:
        section = self._section(AttendanceSection)
        table = section.model.table
        if number is not None and table is not None:
            for i, column in enumerate(table.sessions):
                if column.number == number:
                    index: QModelIndex = section.model.index(0, FIRST_SESSION_COLUMN + i)
                    section.view.setCurrentIndex(index)
                    section.view.setFocus()
        return section

    def run(self, index: int) -> None:
        """Do the checklist item at `index`: the same action as its button in the sections."""
        if self.view is None or not 0 <= index < len(self.view.items):
            return
        item = self.view.items[index]
        kind, n = item.kind, item.session_number
        if kind == core.ItemKind.CHAPTER:
            self._program_at(n).export_chapter()
        elif kind == core.ItemKind.SLIDES:
            self._program_at(n).export_slides()
        elif kind == core.ItemKind.EXPERTS:
            self._program_at(n)
        elif kind == core.ItemKind.SIGNIN:
            self._attendance_at(n).signin.click()
        elif kind == core.ItemKind.ATTENDANCE:
            self._attendance_at(n)
        elif kind in (core.ItemKind.EUROHIS_BEFORE, core.ItemKind.EUROHIS_AFTER):
            eurohis = self._section(EurohisSection)
            phase = Phase.BEFORE if kind == core.ItemKind.EUROHIS_BEFORE else Phase.AFTER
            eurohis.entry.load(self.group_id, phase)
            eurohis.print_group_forms()
        elif kind == core.ItemKind.FEEDBACK_FORM:
            self._section(FeedbackSection).print_form()
        elif kind == core.ItemKind.MEETING_LINK:
            if item.target:
                desktop.OS.open_url(QUrl(item.target))
            else:
                self.window_.edit_details()
        elif kind == core.ItemKind.COORDINATOR_EXPORT:
            self._section(ReportsSection).export_for_coordinator()
