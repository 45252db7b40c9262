"""Fitting a small screen (1280×680 or 1024×600 logical pixels): pages scroll instead of
growing the window, and what has the keyboard's attention is scrolled into sight."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QFrame, QLayout, QScrollArea, QWidget


def scrollable(page: QWidget, parent: QWidget | None = None) -> QScrollArea:
    """`page` in a frameless scroll area that gives it the room there is and scrolls when the
    page needs more than that (its minimum size), so no page sets the window's minimum size."""
    area = QScrollArea(parent)
    area.setObjectName(f"{page.objectName() or type(page).__name__}Scroll")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setWidget(page)
    return area


def scroll_areas(widget: QWidget) -> list[QScrollArea]:
    """The scroll areas `widget` lies in, innermost first."""
    found: list[QScrollArea] = []
    child: QWidget = widget
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea) and parent.widget() is not None:
            viewport = parent.viewport()
            if child is viewport or viewport.isAncestorOf(child):
                found.append(parent)
        child, parent = parent, parent.parentWidget()
    return found


def reveal(widget: QWidget, rect: QRect | None = None, margin: int = 12) -> None:
    """Scroll every scroll area around `widget` so that `rect` of it (default: all of it, as much
    as fits, its top first) is in sight, innermost area first."""
    target = rect if rect is not None else widget.rect()
    for area in scroll_areas(widget):
        inner = area.widget()
        if inner is None:
            continue
        top_left = widget.mapTo(inner, target.topLeft())
        viewport = area.viewport()
        half_w = min(target.width(), max(0, viewport.width() - 2 * margin)) // 2
        half_h = min(target.height(), max(0, viewport.height() - 2 * margin)) // 2
        area.ensureVisible(
            top_left.x() + half_w, top_left.y() + half_h, half_w + margin, half_h + margin
        )


class Reflow(QWidget):
    """Parts side by side when the width allows, else one under the other (on a small screen),
    so that the page's minimum width is that of its widest part, not of all of them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)

    def add_layout(self, layout: QLayout, stretch: int = 0) -> None:
        self.box.addLayout(layout, stretch)

    def add_widget(self, widget: QWidget, stretch: int = 0) -> None:
        self.box.addWidget(widget, stretch)

    def _widths(self) -> list[int]:
        widths = []
        for i in range(self.box.count()):
            item = self.box.itemAt(i)
            if item is not None:
                widths.append(item.minimumSize().width())
        return widths

    def side_by_side_width(self) -> int:
        widths = self._widths()
        return sum(widths) + self.box.spacing() * max(0, len(widths) - 1)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(max(self._widths(), default=0), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        wide = event.size().width() >= self.side_by_side_width()
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.box.direction() != direction:
            self.box.setDirection(direction)
            self.updateGeometry()
        super().resizeEvent(event)
