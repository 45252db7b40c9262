"""The attendance grid's Qt model and view: participants × sessions, with totals.

The model shows an :class:`voimaa.attendance.AttendanceTable`; the view turns keys and clicks
into mark requests. Neither holds rules: the section calls the core and reloads.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QContextMenuEvent, QFont, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from voimaa import labels
from voimaa.attendance import STATUS_LETTERS, AttendanceStatus, AttendanceTable
from voimaa.formats import format_date, format_percent, weekday_short
from voimaa.models import ParticipantStatus

Index = QModelIndex | QPersistentModelIndex

NAME_COLUMN = 0
FIRST_SESSION_COLUMN = 1

COLORS = {
    AttendanceStatus.PRESENT: QColor("#cfe8c9"),
    AttendanceStatus.ABSENT: QColor("#f4cccc"),
    AttendanceStatus.EXCUSED: QColor("#fff2cc"),
}
FUTURE = QColor("#eeeeee")
FOLLOW_UP = QColor("#f9cb9c")
TOTALS = QColor("#e8f0ef")

KEYS: dict[int, AttendanceStatus] = {
    Qt.Key.Key_L: AttendanceStatus.PRESENT,
    Qt.Key.Key_1: AttendanceStatus.PRESENT,
    Qt.Key.Key_P: AttendanceStatus.ABSENT,
    Qt.Key.Key_2: AttendanceStatus.ABSENT,
    Qt.Key.Key_I: AttendanceStatus.EXCUSED,
    Qt.Key.Key_3: AttendanceStatus.EXCUSED,
}
CYCLE: tuple[AttendanceStatus | None, ...] = (
    AttendanceStatus.PRESENT,
    AttendanceStatus.ABSENT,
    AttendanceStatus.EXCUSED,
    None,
)


def next_in_cycle(current: AttendanceStatus | None, *, future: bool) -> AttendanceStatus | None:
    """The mark a click gives: unmarked → läsnä → poissa → ilmoitettu → unmarked.
    A future session skips "läsnä"."""
    order = [m for m in CYCLE if not (future and m == AttendanceStatus.PRESENT)]
    if current not in order:
        return order[0]
    return order[(order.index(current) + 1) % len(order)]


class AttendanceModel(QAbstractTableModel):
    """Rows: participants, then one totals row. Columns: name, the sessions, present, rate."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table: AttendanceTable | None = None

    # ----- shape ---------------------------------------------------------------------------
    @property
    def session_count(self) -> int:
        return 0 if self.table is None else len(self.table.sessions)

    @property
    def present_column(self) -> int:
        return FIRST_SESSION_COLUMN + self.session_count

    @property
    def rate_column(self) -> int:
        return self.present_column + 1

    @property
    def totals_row(self) -> int:
        return 0 if self.table is None else len(self.table.rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.table is None:
            return 0
        return len(self.table.rows) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.table is None:
            return 0
        return self.session_count + 3

    def set_table(self, table: AttendanceTable) -> None:
        """Show `table`; keeps the current cell when only the marks changed."""
        same_shape = (
            self.table is not None
            and [r.participant_id for r in self.table.rows]
            == [r.participant_id for r in table.rows]
            and [c.id for c in self.table.sessions] == [c.id for c in table.sessions]
        )
        if same_shape:
            self.table = table
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
            return
        self.beginResetModel()
        self.table = table
        self.endResetModel()

    def session_index(self, index: Index) -> int | None:
        """The session position (0-based) of a mark cell, else None."""
        if self.table is None or not index.isValid() or index.row() >= len(self.table.rows):
            return None
        i = index.column() - FIRST_SESSION_COLUMN
        return i if 0 <= i < self.session_count else None

    def mark_at(self, index: Index) -> AttendanceStatus | None:
        i = self.session_index(index)
        assert self.table is not None and i is not None
        return self.table.rows[index.row()].marks[i]

    def is_future(self, index: Index) -> bool:
        i = self.session_index(index)
        return (
            self.table is not None
            and i is not None
            and self.table.sessions[i].is_future(self.table.today)
        )

    # ----- data ----------------------------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        table = self.table
        if table is None or not index.isValid():
            return None
        row, col = index.row(), index.column()
        if row == self.totals_row:
            return self._totals_data(col, role)
        person = table.rows[row]
        i = col - FIRST_SESSION_COLUMN
        if role == Qt.ItemDataRole.DisplayRole:
            if col == NAME_COLUMN:
                suffix = ""
                if person.status == ParticipantStatus.LEFT:
                    suffix = " " + QCoreApplication.translate("AttendanceModel", "(lopettanut)")
                return f"{person.name}{suffix}"
            if 0 <= i < self.session_count:
                mark = person.marks[i]
                if mark is None:
                    return "" if person.expected(i) else "–"
                return STATUS_LETTERS[mark]
            if col == self.present_column:
                return f"{person.present} / {person.marked}"
            if col == self.rate_column:
                return format_percent(person.rate)
        elif role == Qt.ItemDataRole.TextAlignmentRole:
            if col != NAME_COLUMN:
                return int(Qt.AlignmentFlag.AlignCenter)
        elif role == Qt.ItemDataRole.BackgroundRole:
            if 0 <= i < self.session_count:
                mark = person.marks[i]
                if mark is not None:
                    return QBrush(COLORS[mark])
                if table.sessions[i].is_future(table.today) or not person.expected(i):
                    return QBrush(FUTURE)
            if person.below_threshold and col in (NAME_COLUMN, self.rate_column):
                return QBrush(FOLLOW_UP)
        elif role == Qt.ItemDataRole.ForegroundRole:
            if person.status == ParticipantStatus.LEFT:
                return QBrush(QColor("#666666"))
        elif role == Qt.ItemDataRole.ToolTipRole:
            if col == NAME_COLUMN:
                tip = QCoreApplication.translate("AttendanceModel", "Koodi {code}").format(
                    code=person.code
                )
                if person.below_threshold:
                    tip += "\n" + QCoreApplication.translate(
                        "AttendanceModel",
                        "Osallistunut alle seurantarajan: soita ja kysy kuulumiset.",
                    )
                return tip
            if 0 <= i < self.session_count:
                session = table.sessions[i]
                shown = (
                    labels.attendance_status(person.marks[i])
                    if person.marks[i] is not None or person.expected(i)
                    else QCoreApplication.translate("AttendanceModel", "ei enää ryhmässä")
                )
                return QCoreApplication.translate(
                    "AttendanceModel", "{name}, {n}. kerta {date}: {mark}"
                ).format(
                    name=person.name, n=session.number, date=format_date(session.date), mark=shown
                )
            if col == self.rate_column:
                return QCoreApplication.translate(
                    "AttendanceModel",
                    "Läsnä merkityistä kerroista; ilmoitettu poissaolo ei ole läsnäoloa.",
                )
        elif role == Qt.ItemDataRole.AccessibleTextRole and 0 <= i < self.session_count:
            return labels.attendance_status(person.marks[i])
        return None

    def _totals_data(self, col: int, role: int) -> Any:
        table = self.table
        assert table is not None
        i = col - FIRST_SESSION_COLUMN
        if role == Qt.ItemDataRole.DisplayRole:
            if col == NAME_COLUMN:
                return QCoreApplication.translate("AttendanceModel", "Läsnä yhteensä")
            if 0 <= i < self.session_count:
                return str(table.totals[i].present)
            if col == self.present_column:
                return str(table.present_total)
            if col == self.rate_column:
                return format_percent(table.group_rate)
        elif role == Qt.ItemDataRole.ToolTipRole and 0 <= i < self.session_count:
            t = table.totals[i]
            return QCoreApplication.translate(
                "AttendanceModel",
                "Läsnä {p}, poissa {a}, ilmoitettu poissaolo {e}, ei merkitty {u}",
            ).format(p=t.present, a=t.absent, e=t.excused, u=t.unmarked)
        elif role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(TOTALS)
        elif role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        elif role == Qt.ItemDataRole.TextAlignmentRole and col != NAME_COLUMN:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        table = self.table
        if table is None or orientation != Qt.Orientation.Horizontal:
            return None
        i = section - FIRST_SESSION_COLUMN
        if role == Qt.ItemDataRole.DisplayRole:
            if section == NAME_COLUMN:
                return QCoreApplication.translate("AttendanceModel", "Osallistuja")
            if 0 <= i < self.session_count:
                day: date | None = table.sessions[i].date
                when = f"{weekday_short(day)} {day.day}.{day.month}." if day else ""
                return (
                    f"{table.sessions[i].number}. "
                    + QCoreApplication.translate("AttendanceModel", "kerta")
                    + f"\n{when}"
                )
            if section == self.present_column:
                return QCoreApplication.translate("AttendanceModel", "Läsnä")
            if section == self.rate_column:
                return QCoreApplication.translate("AttendanceModel", "Osallistuminen")
        elif role == Qt.ItemDataRole.ToolTipRole and 0 <= i < self.session_count:
            s = table.sessions[i]
            text = f"{s.number}. {s.topic}\n{format_date(s.date)}"
            if s.is_future(table.today):
                text += "\n" + QCoreApplication.translate(
                    "AttendanceModel", "Tuleva kerta: läsnäoloa ei voi vielä merkitä."
                )
            return text
        return None


class AttendanceView(QTableView):
    """The grid: arrows move; L/P/I or 1/2/3 mark; Delete clears; a click only selects, a
    double-click steps the mark on; the context menu picks one.
    Emits `mark_requested(row, session position, status|None)`."""

    mark_requested = Signal(int, int, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.from_keyboard = False
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setMinimumHeight(44)
        self.setAccessibleName(QCoreApplication.translate("AttendanceModel", "Läsnäolotaulukko"))

    def attendance_model(self) -> AttendanceModel:
        model = self.model()
        assert isinstance(model, AttendanceModel)
        return model

    def _request(
        self, index: Index, status: AttendanceStatus | None, *, keyboard: bool = False
    ) -> bool:
        session = self.attendance_model().session_index(index)
        if session is None:
            return False
        self.from_keyboard = keyboard
        try:
            self.mark_requested.emit(index.row(), session, status)
        finally:
            self.from_keyboard = False
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if (
            modifiers == Qt.KeyboardModifier.NoModifier
            or modifiers == Qt.KeyboardModifier.ShiftModifier
        ):
            if key in KEYS and self._request(index, KEYS[key], keyboard=True):
                event.accept()
                return
            clear = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_0)
            if key in clear and self._request(index, None, keyboard=True):
                event.accept()
                return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """A single click only selects a cell; a double-click steps its mark on."""
        if event.button() != Qt.MouseButton.LeftButton:
            super().mouseDoubleClickEvent(event)
            return
        index = self.indexAt(event.position().toPoint())
        model = self.attendance_model()
        if model.session_index(index) is None:
            super().mouseDoubleClickEvent(event)
            return
        event.accept()
        self.setCurrentIndex(index)
        self._request(index, next_in_cycle(model.mark_at(index), future=model.is_future(index)))

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        index = self.indexAt(event.pos())
        model = self.attendance_model()
        if model.session_index(index) is None:
            return
        self.setCurrentIndex(index)
        row, col = index.row(), index.column()
        menu = QMenu(self)
        for status, key in (
            (AttendanceStatus.PRESENT, "L"),
            (AttendanceStatus.ABSENT, "P"),
            (AttendanceStatus.EXCUSED, "I"),
        ):
            action = menu.addAction(f"{labels.attendance_status(status).capitalize()}\t{key}")
            action.setEnabled(not (status == AttendanceStatus.PRESENT and model.is_future(index)))
            action.triggered.connect(lambda _checked=False, st=status: self._request(index, st))
        menu.addSeparator()
        clear = menu.addAction(
            QCoreApplication.translate("AttendanceModel", "Tyhjennä merkintä") + "\tDelete"
        )
        clear.triggered.connect(lambda _checked=False: self._request(model.index(row, col), None))
        menu.popup(event.globalPos())
