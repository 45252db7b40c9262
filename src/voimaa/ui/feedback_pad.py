"""The painted rating pad of feedback entry: statements with five numbered boxes each.

It paints the state it is given (:attr:`RatingPad.cells`, :attr:`RatingPad.current`) and reports
clicks; the entry widget owns the keys and the saving.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from voimaa.feedback import FeedbackForm
from voimaa.ui import accessible
from voimaa.ui.eurohis_pad import (
    ACCENT,
    BOX_BG,
    BOX_LINE,
    CHOSEN_BG,
    CURRENT_BG,
    MISSING,
    TEXT,
)

UNSET = "unset"
SKIPPED = "skipped"
Cell = int | str


class RatingPad(QWidget):
    """Statements with five numbered boxes each; paints the state it is given."""

    clicked = Signal(int, int)  # statement index, answer 1–5 (0 = the row itself)

    ROW = 32
    HEADER = 40

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.statements: list[str] = []
        self.scale: tuple[str, ...] = ()
        self.cells: list[Cell] = []
        self.current = 0
        self.speaks_for: QWidget | None = None
        self._bold = QFont(self.font())
        self._bold.setBold(True)
        self._small = QFont(self.font())
        self._small.setPointSizeF(max(7.5, self.font().pointSizeF() * 0.8))

    def set_form(self, form: FeedbackForm) -> None:
        self.statements = [s.text for s in form.statements]
        self.scale = form.scale
        self.cells = [UNSET] * len(self.statements)
        self.current = 0
        self.setFixedHeight(self.HEADER + self.ROW * len(self.statements) + 4)
        self.update()
        self.announce()

    def sizeHint(self) -> QSize:
        return QSize(900, self.HEADER + self.ROW * len(self.statements) + 4)

    def _boxes_left(self) -> int:
        return int(self.width() * 0.55)

    def _box(self, row_top: int, answer: int) -> QRect:
        left = self._boxes_left()
        width = (self.width() - left - 8) // 5
        return QRect(left + (answer - 1) * width + 4, row_top + 4, width - 8, self.ROW - 8)

    def row_top(self, index: int) -> int:
        return self.HEADER + index * self.ROW

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self._small)
        painter.setPen(TEXT)
        for answer, label in enumerate(self.scale, 1):
            box = self._box(0, answer)
            painter.drawText(
                QRect(box.left() - 4, 0, box.width() + 8, self.HEADER - 2),
                Qt.AlignmentFlag.AlignHCenter
                | Qt.AlignmentFlag.AlignBottom
                | Qt.TextFlag.TextWordWrap,
                f"{answer} {label}",
            )
        for index, text in enumerate(self.statements):
            top = self.row_top(index)
            row = QRect(0, top, self.width(), self.ROW)
            if not row.intersects(event.rect()):
                continue
            if index == self.current:
                painter.fillRect(row, CURRENT_BG)
                painter.fillRect(QRect(0, top, 5, self.ROW), ACCENT)
            cell = self.cells[index]
            painter.setFont(self.font())
            painter.setPen(TEXT)
            label = f"{index + 1}. {text}"
            if cell == SKIPPED:
                label += "  " + self.tr("(ei vastausta)")
            text_rect = QRect(12, top, self._boxes_left() - 20, self.ROW)
            elided = painter.fontMetrics().elidedText(
                label, Qt.TextElideMode.ElideRight, text_rect.width()
            )
            if cell == SKIPPED:
                painter.setPen(MISSING)
            painter.drawText(
                text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, elided
            )
            for answer in range(1, 6):
                box = self._box(top, answer)
                chosen = cell == answer
                painter.setPen(QPen(ACCENT if chosen else BOX_LINE, 2 if chosen else 1))
                painter.setBrush(CHOSEN_BG if chosen else BOX_BG)
                painter.drawRoundedRect(QRectF(box), 5, 5)
                painter.setPen(QColor("white") if chosen else TEXT)
                painter.setFont(self._bold)
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(answer))
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        for index in range(len(self.statements)):
            top = self.row_top(index)
            if top <= point.y() < top + self.ROW:
                for answer in range(1, 6):
                    if self._box(top, answer).contains(point):
                        self.clicked.emit(index, answer)
                        return
                self.clicked.emit(index, 0)
                return

    def update_row(self, index: int) -> None:
        if 0 <= index < len(self.statements):
            self.update(QRect(0, self.row_top(index), self.width(), self.ROW))
        self.announce()

    def announce(self) -> None:
        """Tell a screen reader the current statement and answer (also on :attr:`speaks_for`,
        the widget with the keyboard focus while typing)."""
        name, description = accessible.rating_text(
            self.statements, self.scale, self.cells, self.current, skipped=SKIPPED
        )
        accessible.announce((self, self.speaks_for), name, description)
