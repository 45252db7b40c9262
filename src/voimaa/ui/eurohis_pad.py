"""The painted EUROHIS-8 form of the entry screen: eight items with their printed answer
labels. It only paints the state it is given and reports clicks; the entry screen owns the
keys and the saving."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QSizePolicy,
    QWidget,
)

from voimaa import eurohis
from voimaa.eurohis import ITEMS, WordingVersion
from voimaa.ui import accessible, fit

ACCENT = QColor("#2f5d62")
CURRENT_BG = QColor("#fff4c7")
CHOSEN_BG = QColor("#2f5d62")
BOX_BG = QColor("#ffffff")
BOX_LINE = QColor("#8a9a9b")
MISSING = QColor("#a33a3a")
MISSING_VEIL = QColor(255, 255, 255, 200)
TEXT = QColor("#1d2526")
MUTED = QColor("#5b6667")


ANSWER_KEYS = {
    Qt.Key.Key_1: 1,
    Qt.Key.Key_2: 2,
    Qt.Key.Key_3: 3,
    Qt.Key.Key_4: 4,
    Qt.Key.Key_5: 5,
}
MISSING_KEYS = (Qt.Key.Key_0, Qt.Key.Key_Delete)
SAVE_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)

UNSET = "unset"
MISSING_MARK = "missing"
Cell = int | str  # 1–5 as printed, or UNSET / MISSING_MARK


class FormPad(QWidget):
    """The eight items with their printed answer labels; paints the state it is given."""

    clicked = Signal(int, int)  # item index, printed answer 1–5

    ROW_MIN = 58
    TEXT_SHARE = 0.36

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.cells: list[Cell] = [UNSET] * len(ITEMS)
        self.current = 0
        self.wording = WordingVersion.THL_ATH
        self._item_font = QFont(self.font())
        self._item_font.setPointSizeF(max(11.0, self.font().pointSizeF() * 1.1))
        self._label_font = QFont(self.font())
        self._label_font.setPointSizeF(max(8.5, self.font().pointSizeF() * 0.85))
        self._fit_cache: dict[tuple[str, int, int], QFont] = {}
        self._number_font = QFont(self.font())
        self._number_font.setBold(True)
        self._number_font.setPointSizeF(max(12.0, self.font().pointSizeF() * 1.25))
        self._number_height = QFontMetrics(self._number_font).height()
        self._layer: QPixmap | None = None
        self._layer_key: tuple[int, int, WordingVersion, float] | None = None
        self.speaks_for: QWidget | None = None

    def minimumSizeHint(self) -> QSize:
        return QSize(560, self.ROW_MIN * len(ITEMS) + 8)

    def sizeHint(self) -> QSize:
        return QSize(980, 74 * len(ITEMS) + 8)

    def _row_rect(self, index: int) -> QRect:
        height = max(self.ROW_MIN, (self.height() - 8) // len(ITEMS))
        return QRect(0, 4 + index * height, self.width(), height)

    def _box_rects(self, row: QRect) -> list[QRect]:
        left = int(row.width() * self.TEXT_SHARE)
        width = (row.width() - left - 8) // 5
        return [
            QRect(left + i * width + 3, row.top() + 5, width - 6, row.height() - 10)
            for i in range(5)
        ]

    def _static_layer(self) -> QPixmap:
        """Item texts and empty answer boxes, drawn once per size and wording version."""
        ratio = self.devicePixelRatioF()
        key = (self.width(), self.height(), self.wording, ratio)
        if self._layer is not None and self._layer_key == key:
            return self._layer
        layer = QPixmap(int(self.width() * ratio), int(self.height() * ratio))
        layer.setDevicePixelRatio(ratio)
        layer.fill(Qt.GlobalColor.transparent)
        painter = QPainter(layer)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for index, item in enumerate(ITEMS):
            row = self._row_rect(index)
            boxes = self._box_rects(row)
            text_rect = QRect(12, row.top() + 4, boxes[0].left() - 20, row.height() - 8)
            painter.setPen(TEXT)
            painter.setFont(self._number_font)
            painter.drawText(
                QRect(text_rect.left(), text_rect.top(), 30, text_rect.height()),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                f"{item.number}.",
            )
            painter.setFont(self._item_font)
            painter.drawText(
                text_rect.adjusted(32, 0, 0, 0),
                Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap,
                eurohis.printed_text(item, self.wording),
            )
            labels = eurohis.printed_labels(item, self.wording)
            for answer, (box, label) in enumerate(zip(boxes, labels, strict=True), 1):
                self._draw_box(painter, box, answer, label, chosen=False)
        painter.end()
        self._layer, self._layer_key = layer, key
        return layer

    def _draw_box(
        self, painter: QPainter, box: QRect, answer: int, label: str, *, chosen: bool
    ) -> None:
        painter.setPen(QPen(ACCENT if chosen else BOX_LINE, 2 if chosen else 1))
        painter.setBrush(CHOSEN_BG if chosen else BOX_BG)
        painter.drawRoundedRect(QRectF(box), 6, 6)
        painter.setPen(QColor("white") if chosen else TEXT)
        painter.setFont(self._number_font)
        painter.drawText(
            QRect(box.left(), box.top() + 2, box.width(), self._number_height),
            Qt.AlignmentFlag.AlignHCenter,
            str(answer),
        )
        if not chosen:
            painter.setPen(MUTED)
        label_rect = box.adjusted(3, self._number_height + 2, -3, -2)
        painter.setFont(self._fitting_font(label, label_rect))
        painter.drawText(
            label_rect,
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
            label,
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        layer = self._static_layer()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        current = self._row_rect(self.current) if 0 <= self.current < len(ITEMS) else None
        if current is not None and current.intersects(event.rect()):
            painter.fillRect(current, CURRENT_BG)
            painter.fillRect(QRect(current.left(), current.top(), 5, current.height()), ACCENT)
        painter.drawPixmap(0, 0, layer)
        for index, item in enumerate(ITEMS):
            row = self._row_rect(index)
            if not row.intersects(event.rect()):
                continue
            cell = self.cells[index]
            boxes = self._box_rects(row)
            if isinstance(cell, int):
                label = eurohis.printed_labels(item, self.wording)[cell - 1]
                self._draw_box(painter, boxes[cell - 1], cell, label, chosen=True)
            elif cell == MISSING_MARK:
                area = boxes[0].united(boxes[-1])
                painter.fillRect(area, MISSING_VEIL)
                painter.setPen(QPen(MISSING, 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(QRectF(area), 6, 6)
                painter.setFont(self._number_font)
                painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("puuttuu"))
        painter.end()

    def _fitting_font(self, label: str, rect: QRect) -> QFont:
        """The label font, made smaller when the label would not fit its box (cached)."""
        key = (label, rect.width(), rect.height())
        font = self._fit_cache.get(key)
        if font is None:
            font = QFont(self._label_font)
            flags = Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap
            while font.pointSizeF() > 6.5:
                needed = QFontMetrics(font).boundingRect(rect, int(flags), label)
                if needed.height() <= rect.height() and needed.width() <= rect.width():
                    break
                font.setPointSizeF(font.pointSizeF() - 0.5)
            self._fit_cache[key] = font
        return font

    def mousePressEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        for index in range(len(ITEMS)):
            row = self._row_rect(index)
            if row.contains(point):
                for answer, box in enumerate(self._box_rects(row), 1):
                    if box.contains(point):
                        self.clicked.emit(index, answer)
                        return
                self.clicked.emit(index, 0)
                return

    def update_row(self, index: int) -> None:
        if 0 <= index < len(ITEMS):
            self.update(self._row_rect(index))
        self.announce()

    def spoken(self) -> tuple[str, str]:
        """The current question and its answer in words: (name, description)."""
        if not self.isEnabled():
            return self.tr("EUROHIS-8-lomake"), self.tr("Ei lomaketta auki.")
        index = min(self.current, len(ITEMS) - 1)
        item = ITEMS[index]
        cell = self.cells[index]
        if isinstance(cell, int):
            label = eurohis.printed_labels(item, self.wording)[cell - 1]
            answer = self.tr("vastaus {n}, {label}").format(n=cell, label=label)
        elif cell == MISSING_MARK:
            answer = self.tr("vastaus puuttuu")
        else:
            answer = self.tr("ei vielä vastausta")
        answered = sum(1 for c in self.cells if c != UNSET)
        name = self.tr("EUROHIS-8, kysymys {n} / {total}").format(n=index + 1, total=len(ITEMS))
        description = self.tr("{question} – {answer}. Syötetty {done} / {total}.").format(
            question=item.text, answer=answer, done=answered, total=len(ITEMS)
        )
        return name, description

    def announce(self) -> None:
        """Tell a screen reader the current question and answer: on the pad and on the widget
        that has the keyboard focus while typing (:attr:`speaks_for`)."""
        accessible.announce((self, self.speaks_for), *self.spoken())

    def current_row_rect(self) -> QRect:
        """Where the current item is drawn (the last row once every item is answered)."""
        return self._row_rect(min(self.current, len(ITEMS) - 1))

    def reveal_current(self) -> None:
        """Scroll the page so that the current item is in sight (on a small screen)."""
        fit.reveal(self, self.current_row_rect())
