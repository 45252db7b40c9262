"""The mouse wheel never edits a value by accident.

A combo box, a date/time/spin box or a slider takes a wheel event only while it has keyboard
focus. Scrolling a long form with the pointer over such a field scrolls the form instead (the
event goes to the nearest scroll area), so a chapter, a date or an amount never changes while the
user only meant to scroll. Installed once for the whole program (:func:`install`, called at
start-up and by the test fixtures).

Guarded widgets also get ``Qt.StrongFocus`` when they are polished: their default
``Qt.WheelFocus`` would hand them focus on the first wheel turn, which is what lets a wheel edit
them in the first place.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollBar,
    QWidget,
)

GUARDED: tuple[type[QWidget], ...] = (QComboBox, QAbstractSpinBox, QAbstractSlider)


def is_guarded(widget: QObject) -> bool:
    """Whether `widget` is a value editor that must not take the wheel without focus."""
    return isinstance(widget, GUARDED) and not isinstance(widget, QScrollBar)


def _has_focus(widget: QWidget) -> bool:
    focused = QApplication.focusWidget()
    return focused is not None and (focused is widget or widget.isAncestorOf(focused))


def _scroll_areas(widget: QWidget) -> list[QAbstractScrollArea]:
    """The scroll areas around `widget`, innermost first."""
    areas = []
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            areas.append(parent)
        parent = parent.parentWidget()
    return areas


class WheelGuard(QObject):
    """The application-wide event filter; see the module docstring."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish and is_guarded(watched):
            assert isinstance(watched, QWidget)
            if watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            return False
        if kind != QEvent.Type.Wheel or not is_guarded(watched):
            return False
        assert isinstance(watched, QWidget) and isinstance(event, QWheelEvent)
        if _has_focus(watched):
            return False
        event.ignore()
        # The innermost scroll area that can still move takes it (a table in a page that is
        # already at its end passes it on to the page), as Qt does with a spontaneous event.
        for area in _scroll_areas(watched):
            target = area.viewport()
            forwarded = QWheelEvent(
                QPointF(target.mapFromGlobal(event.globalPosition().toPoint())),
                event.globalPosition(),
                event.pixelDelta(),
                event.angleDelta(),
                event.buttons(),
                event.modifiers(),
                event.phase(),
                event.inverted(),
            )
            forwarded.ignore()
            QApplication.sendEvent(target, forwarded)
            if forwarded.isAccepted():
                break
        return True  # the guarded widget never sees it


_guard: WheelGuard | None = None


def install(app: QApplication) -> WheelGuard:
    """Install the guard on `app` (once; later calls return the same guard)."""
    global _guard
    if _guard is None:
        _guard = WheelGuard(app)
        app.installEventFilter(_guard)
    return _guard
