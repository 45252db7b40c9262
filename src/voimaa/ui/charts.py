"""Small charts drawn with QPainter (QtCharts is not part of PySide6-Essentials).

`BeforeAfterChart` draws one row per label on a 1–5 scale: the before value as a hollow circle,
the after value as a filled circle, joined by an arrow. Used for the EUROHIS-8 items and for
the participants of a group.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from voimaa.formats import format_decimal

BEFORE_COLOR = QColor("#8a9a9b")
AFTER_COLOR = QColor("#2f5d62")
WORSE_COLOR = QColor("#a33a3a")
GRID = QColor("#d5dcdc")
GOOD_LINE = QColor("#c9a227")
TEXT = QColor("#1d2526")


@dataclass(frozen=True)
class ChartRow:
    label: str
    before: float | None
    after: float | None
    marked: bool = False  # e.g. a reliable change: the label is drawn bold with a star


class BeforeAfterChart(QWidget):
    """Before → after per row on the 1–5 scale, with the "good quality of life" line at 4."""

    ROW_HEIGHT = 30
    LOW, HIGH = 1.0, 5.0

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.rows: list[ChartRow] = []
        self.good_line: float | None = 4.0
        self.empty_text = self.tr("Ei vielä alku- ja loppumittauksen pareja.")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(120)

    def set_rows(self, rows: list[ChartRow]) -> None:
        self.rows = rows
        self.setAccessibleName(self.title or self.tr("Alku ja loppu"))
        self.setAccessibleDescription(self.describe())
        self.updateGeometry()
        self.update()

    def describe(self) -> str:
        """What the chart shows, in words (for a screen reader)."""
        if not self.rows:
            return self.empty_text
        parts = []
        for row in self.rows:
            before = "–" if row.before is None else format_decimal(row.before, 2)
            after = "–" if row.after is None else format_decimal(row.after, 2)
            mark = self.tr(" (luotettava muutos)") if row.marked else ""
            parts.append(
                self.tr("{label}: alussa {before}, lopussa {after}{mark}").format(
                    label=row.label, before=before, after=after, mark=mark
                )
            )
        return "; ".join(parts) + "."

    def sizeHint(self) -> QSize:
        return QSize(520, 70 + self.ROW_HEIGHT * max(1, len(self.rows)) + 30)

    def minimumSizeHint(self) -> QSize:
        return QSize(320, 70 + self.ROW_HEIGHT * max(1, len(self.rows)) + 30)

    def _x(self, value: float, left: float, width: float) -> float:
        return left + (value - self.LOW) / (self.HIGH - self.LOW) * width

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        base = QFont(self.font())
        bold = QFont(base)
        bold.setBold(True)
        metrics = QFontMetrics(base)
        painter.setPen(TEXT)
        painter.setFont(bold)
        painter.drawText(
            QRectF(8, 4, self.width() - 16, 22), Qt.AlignmentFlag.AlignLeft, self.title
        )
        self._legend(painter, base)
        top = 56.0
        label_width = min(
            max((metrics.horizontalAdvance(r.label) for r in self.rows), default=60) + 24,
            self.width() * 0.42,
        )
        left = 8 + label_width
        width = max(60.0, self.width() - left - 56)
        bottom = top + self.ROW_HEIGHT * max(1, len(self.rows))
        painter.setFont(base)
        for tick in range(1, 6):
            x = self._x(tick, left, width)
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(QPointF(x, top - 6), QPointF(x, bottom))
            painter.setPen(TEXT)
            painter.drawText(
                QRectF(x - 20, bottom + 4, 40, 18), Qt.AlignmentFlag.AlignHCenter, str(tick)
            )
        if self.good_line is not None:
            x = self._x(self.good_line, left, width)
            pen = QPen(GOOD_LINE, 2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(x, top - 6), QPointF(x, bottom))
        if not self.rows:
            painter.setPen(TEXT)
            painter.drawText(
                QRectF(left, top, width, self.ROW_HEIGHT),
                Qt.AlignmentFlag.AlignCenter,
                self.empty_text,
            )
        for i, row in enumerate(self.rows):
            y = top + i * self.ROW_HEIGHT + self.ROW_HEIGHT / 2
            painter.setFont(bold if row.marked else base)
            painter.setPen(TEXT)
            label = metrics.elidedText(
                row.label + (" *" if row.marked else ""),
                Qt.TextElideMode.ElideRight,
                int(label_width - 12),
            )
            painter.drawText(
                QRectF(8, y - 11, label_width - 12, 22),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                label,
            )
            self._row(painter, row, y, left, width)
        painter.end()

    def _row(self, painter: QPainter, row: ChartRow, y: float, left: float, width: float) -> None:
        before = None if row.before is None else self._x(row.before, left, width)
        after = None if row.after is None else self._x(row.after, left, width)
        if before is not None and after is not None and abs(after - before) > 10:
            color = AFTER_COLOR if after >= before else WORSE_COLOR
            painter.setPen(QPen(color, 3))
            tip = after - 8 if after > before else after + 8
            painter.drawLine(QPointF(before, y), QPointF(tip, y))
            direction = 1 if after > before else -1
            painter.setBrush(color)
            painter.drawPolygon(
                QPolygonF(
                    [
                        QPointF(tip + direction * 2, y),
                        QPointF(tip - direction * 6, y - 5),
                        QPointF(tip - direction * 6, y + 5),
                    ]
                )
            )
        if before is not None:
            painter.setPen(QPen(BEFORE_COLOR, 2.5))
            painter.setBrush(QColor("white"))
            painter.drawEllipse(QPointF(before, y), 6, 6)
        if after is not None:
            color = AFTER_COLOR
            if row.before is not None and row.after is not None and row.after < row.before:
                color = WORSE_COLOR
            painter.setPen(QPen(color, 2))
            painter.setBrush(color)
            painter.drawEllipse(QPointF(after, y), 6, 6)
        value = row.after if row.after is not None else row.before
        if value is not None:
            painter.setPen(TEXT)
            text = self.value_text(row)
            painter.drawText(
                QRectF(left + width + 8, y - 10, 48, 20),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                text,
            )

    @staticmethod
    def value_text(row: ChartRow) -> str:
        """The figure drawn at the right of a row: the after value, rounded as everywhere."""
        return format_decimal(row.after, 2) if row.after is not None else ""

    def _legend(self, painter: QPainter, font: QFont) -> None:
        painter.setFont(font)
        y = 38.0
        x = 14.0
        painter.setPen(QPen(BEFORE_COLOR, 2.5))
        painter.setBrush(QColor("white"))
        painter.drawEllipse(QPointF(x, y), 6, 6)
        painter.setPen(TEXT)
        before = self.tr("alkumittaus")
        painter.drawText(QPointF(x + 12, y + 5), before)
        x += 24 + QFontMetrics(font).horizontalAdvance(before)
        painter.setPen(QPen(AFTER_COLOR, 2))
        painter.setBrush(AFTER_COLOR)
        painter.drawEllipse(QPointF(x, y), 6, 6)
        painter.setPen(TEXT)
        after = self.tr("loppumittaus")
        painter.drawText(QPointF(x + 12, y + 5), after)
        x += 24 + QFontMetrics(font).horizontalAdvance(after)
        if self.good_line is not None:
            painter.setPen(QPen(GOOD_LINE, 2, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, y), QPointF(x + 18, y))
            painter.setPen(TEXT)
            painter.drawText(QPointF(x + 24, y + 5), self.tr("hyvä elämänlaatu (4)"))


DISTRIBUTION_COLORS = (
    QColor("#b5533c"),
    QColor("#e0a36a"),
    QColor("#d9d4c7"),
    QColor("#8fb8ae"),
    QColor("#2f5d62"),
)


@dataclass(frozen=True)
class DistributionRow:
    label: str
    counts: tuple[int, ...]  # answers 1 … 5
    mean: float | None


class DistributionChart(QWidget):
    """One stacked bar per statement: how many answered 1, 2, 3, 4 and 5; the mean at right."""

    ROW_HEIGHT = 30

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[DistributionRow] = []
        self.scale: tuple[str, ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_rows(self, rows: list[DistributionRow], scale: tuple[str, ...]) -> None:
        self.rows = rows
        self.scale = scale
        self.setAccessibleName(self.tr("Vastausten jakauma"))
        self.setAccessibleDescription(self.describe())
        self.setFixedHeight(self.height_for(self.width()))
        self.update()

    LEGEND_LINE = 18

    def _columns(self, width: int) -> tuple[float, float, float]:
        """The label column's width, and the bars' left edge and width (the mean column is
        right of the bars)."""
        label_width = width * 0.45
        bar_left = label_width + 8
        return label_width, bar_left, max(80.0, width - bar_left - 90)

    def legend(self, width: int) -> list[tuple[float, int, int, str]]:
        """The legend's items as (x, line, value, text): they wrap onto a new line before they
        would reach the mean column's "ka (n)" (at 1280×680 they ran over it)."""
        metrics = QFontMetrics(self.font())
        _, bar_left, bar_width = self._columns(width)
        limit = bar_left + bar_width
        items: list[tuple[float, int, int, str]] = []
        x, line = 8.0, 0
        for value, label in enumerate(self.scale, 1):
            text = f"{value} {label}"
            needed = 16 + metrics.horizontalAdvance(text)
            if x > 8 and x + needed > limit:
                x, line = 8.0, line + 1
            items.append((x, line, value, text))
            x += 34 + metrics.horizontalAdvance(text)
        return items

    def _header(self, width: int) -> int:
        lines = 1 + max((line for _x, line, _v, _t in self.legend(width)), default=0)
        return 18 + self.LEGEND_LINE * lines

    def height_for(self, width: int) -> int:
        return self._header(width) + 8 + self.ROW_HEIGHT * max(1, len(self.rows))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.height() != self.height_for(self.width()):
            self.setFixedHeight(self.height_for(self.width()))

    def sizeHint(self) -> QSize:
        return QSize(800, self.height_for(max(800, self.width())))

    def describe(self) -> str:
        """Per statement how many answered each value and the mean (for a screen reader)."""
        parts = []
        for row in self.rows:
            counts = ", ".join(
                f"{value} {label}: {count}"
                for value, (label, count) in enumerate(zip(self.scale, row.counts, strict=False), 1)
            )
            mean = "–" if row.mean is None else format_decimal(row.mean, 1)
            parts.append(
                self.tr("{label}: {counts}; keskiarvo {mean}").format(
                    label=row.label, counts=counts, mean=mean
                )
            )
        return ". ".join(parts)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        font = QFont(self.font())
        metrics = QFontMetrics(font)
        label_width, bar_left, bar_width = self._columns(self.width())
        legend = self.legend(self.width())
        for x, line, value, text in legend:
            y = 10 + line * self.LEGEND_LINE
            painter.setBrush(DISTRIBUTION_COLORS[value - 1])
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRect(QRectF(x, y, 12, 12))
            painter.setPen(TEXT)
            painter.drawText(QPointF(x + 16, y + 11), text)
        last_line = max((line for _x, line, _v, _t in legend), default=0)
        painter.setPen(TEXT)
        painter.drawText(
            QRectF(bar_left + bar_width + 8, 6 + last_line * self.LEGEND_LINE, 80, 20),
            Qt.AlignmentFlag.AlignLeft,
            self.tr("ka (n)"),
        )
        header = self._header(self.width())
        for i, row in enumerate(self.rows):
            top = header + i * self.ROW_HEIGHT
            painter.setPen(TEXT)
            painter.drawText(
                QRectF(8, top, label_width - 8, self.ROW_HEIGHT),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                metrics.elidedText(row.label, Qt.TextElideMode.ElideRight, int(label_width - 8)),
            )
            total = sum(row.counts)
            x = bar_left
            for value, count in enumerate(row.counts, 1):
                if not total or not count:
                    continue
                width = bar_width * count / total
                rect = QRectF(x, top + 5, width, self.ROW_HEIGHT - 10)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(DISTRIBUTION_COLORS[value - 1])
                painter.drawRect(rect)
                if width > 16:
                    painter.setPen(QColor("white") if value in (1, 5) else TEXT)
                    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(count))
                x += width
            if not total:
                painter.setPen(QPen(GRID, 1))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(QRectF(bar_left, top + 5, bar_width, self.ROW_HEIGHT - 10))
            painter.setPen(TEXT)
            mean = "–" if row.mean is None else format_decimal(row.mean, 1)
            painter.drawText(
                QRectF(bar_left + bar_width + 8, top, 80, self.ROW_HEIGHT),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                f"{mean} ({total})",
            )
        painter.end()
