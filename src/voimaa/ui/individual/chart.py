"""The goals' rating history as a small line chart (0–10 over time), painted like ui/charts.py."""

from __future__ import annotations

import itertools
from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from voimaa.formats import format_date
from voimaa.individual import RATING_MAX, RATING_MIN, GoalInfo

GOAL_COLORS = ("#2f5d62", "#c0692b", "#6a4c93", "#2a7f3e", "#a23b5a")
GRID = QColor("#d5dcdd")
TEXT = QColor("#1d2526")


class RatingChart(QWidget):
    """One line per goal, numbered like the goal list; the met line at 8 is dashed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ratingChart")
        self.goals: list[GoalInfo] = []
        self.start: date | None = None
        self.end: date | None = None
        self.met_line = 8
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(150)

    def set_goals(self, goals: list[GoalInfo], start: date, end: date) -> None:
        self.goals, self.start, self.end = goals, start, end
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, 170)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        font = QFont(self.font())
        font.setPointSizeF(max(8.0, font.pointSizeF() * 0.85))
        painter.setFont(font)
        left, top = 30.0, 10.0
        right, bottom = self.width() - 24.0, self.height() - 22.0
        ratings = [r for g in self.goals for r in g.ratings]
        if not ratings or self.start is None or self.end is None:
            painter.setPen(TEXT)
            painter.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("Tavoitteita ei ole vielä arvioitu."),
            )
            painter.end()
            return
        first = min(self.start, *(r.rated_on for r in ratings))
        last = max(self.end, *(r.rated_on for r in ratings))
        span = max((last - first).days, 1)

        def point(day: date, value: int) -> QPointF:
            x = left + (right - left) * (day - first).days / span
            y = bottom - (bottom - top) * (value - RATING_MIN) / (RATING_MAX - RATING_MIN)
            return QPointF(x, y)

        for value in range(RATING_MIN, RATING_MAX + 1, 2):
            y = point(first, value).y()
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(QPointF(left, y), QPointF(right, y))
            painter.setPen(TEXT)
            painter.drawText(
                QRectF(0, y - 8, left - 4, 16), Qt.AlignmentFlag.AlignRight, str(value)
            )
        y = point(first, self.met_line).y()
        painter.setPen(QPen(QColor("#7a8a8b"), 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(left, y), QPointF(right, y))
        painter.setPen(TEXT)
        painter.drawText(
            QRectF(left, bottom + 4, 120, 16), Qt.AlignmentFlag.AlignLeft, format_date(first)
        )
        painter.drawText(
            QRectF(right - 120, bottom + 4, 120, 16), Qt.AlignmentFlag.AlignRight, format_date(last)
        )
        for i, goal in enumerate(self.goals):
            color = QColor(GOAL_COLORS[i % len(GOAL_COLORS)])
            points = [point(r.rated_on, r.value) for r in goal.ratings]
            painter.setPen(QPen(color, 2.2))
            for a, b in itertools.pairwise(points):
                painter.drawLine(a, b)
            painter.setBrush(color)
            for p in points:
                painter.drawEllipse(p, 3.5, 3.5)
            if points:
                painter.drawText(points[-1] + QPointF(6, -4), str(goal.position))
        painter.end()
