"""The program fits the leaders' laptop: at 1280×680 and 1024×600 the window keeps that size and
every input of every section (and sub-tab) can be scrolled into sight."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from voimaa.eurohis import ITEMS
from voimaa.store import Store
from voimaa.ui import fit
from voimaa.ui.eurohis_pad import FormPad
from voimaa.ui.main_window import MainWindow
from voimaa.ui.sections import SECTIONS
from voimaa.ui.sections.eurohis import EurohisSection

SIZES = [(1280, 680), (1024, 600)]
INPUTS = (
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QPlainTextEdit,
    QTextEdit,
    QAbstractButton,
    QAbstractItemView,
    FormPad,
)


def visible_rect(widget: QWidget, rect: QRect | None = None) -> QRect:
    """The part of `rect` of `widget` (default all) that is not clipped by any parent, in window
    coordinates."""
    window = widget.window()
    part = rect if rect is not None else widget.rect()
    shown = QRect(widget.mapTo(window, part.topLeft()), part.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        shown = shown.intersected(QRect(parent.mapTo(window, QPoint(0, 0)), parent.size()))
        parent = parent.parentWidget()
    return shown.intersected(window.rect())


def bring_into_sight(widget: QWidget) -> None:
    for area in fit.scroll_areas(widget):
        area.ensureWidgetVisible(widget, 4, 4)


def shown_enough(widget: QWidget) -> bool:
    shown = visible_rect(widget)
    return shown.height() >= min(widget.height(), 16) and shown.width() >= min(widget.width(), 16)


def pages(window: MainWindow) -> Iterator[tuple[str, QWidget]]:
    """Every page a user can open, opened in turn: each section, and each sub-tab."""
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        page = window.tabs.widget(index)
        name = window.tabs.tabText(index)
        inner = page.findChildren(QTabWidget)
        if not inner:
            yield name, page
            continue
        for sub in range(inner[0].count()):
            inner[0].setCurrentIndex(sub)
            yield f"{name}/{inner[0].tabText(sub)}", page


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_every_input_can_be_made_visible(
    qtbot: QtBot, demo_store: Store, size: tuple[int, int]
) -> None:
    width, height = size
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    hint = window.minimumSizeHint()
    assert hint.width() <= width and hint.height() <= height, hint
    assert (window.width(), window.height()) == size
    hidden: list[str] = []
    checked = 0
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        page = window.tabs.widget(index)
        inner = page.findChildren(QTabWidget)
        subs = range(inner[0].count()) if inner else [None]
        for sub in subs:
            if sub is not None:
                inner[0].setCurrentIndex(sub)
            qtbot.wait(1)
            name = window.tabs.tabText(index) + (f"/{inner[0].tabText(sub)}" if inner else "")
            assert isinstance(page, QScrollArea), f"{name} does not scroll"
            for w in page.findChildren(QWidget):
                if not isinstance(w, INPUTS) or not w.isVisible():
                    continue
                if (
                    isinstance(w, QAbstractButton)
                    and w.parent() is not None
                    and (
                        isinstance(w.parent(), QAbstractSpinBox | QComboBox)
                        or (
                            type(w).__name__ in ("QScrollBar", "QToolButton")
                            and isinstance(w.parentWidget(), QTabWidget | QScrollArea)
                        )
                    )
                ):
                    continue
                bring_into_sight(w)
                checked += 1
                if not shown_enough(w):
                    hidden.append(f"{name}: {type(w).__name__} {w.objectName()!r}")
    assert checked > 150
    assert hidden == []


def overlapping(page: QWidget) -> list[str]:
    """Inputs drawn over each other (a layout squeezed a form under its minimum height)."""
    shown = [
        w
        for w in page.findChildren(QWidget)
        if isinstance(w, INPUTS)
        and w.isVisible()
        and not isinstance(w.parentWidget(), QAbstractSpinBox | QComboBox | QTabWidget)
        and not isinstance(w.parentWidget(), QAbstractItemView)
        and type(w).__name__ not in ("QScrollBar", "QToolButton")
        and not any(isinstance(a, QAbstractItemView) for a in _ancestors(w, page))
    ]
    rects = [(w, visible_rect(w)) for w in shown]  # as drawn: clipped by scroll areas
    out = []
    for i, (a, ra) in enumerate(rects):
        for b, rb in rects[i + 1 :]:
            if a.isAncestorOf(b) or b.isAncestorOf(a):
                continue
            if ra.intersected(rb).height() > 2 and ra.intersected(rb).width() > 2:
                out.append(
                    f"{type(a).__name__} {a.objectName()} / {type(b).__name__} {b.objectName()}"
                )
    return out


def _ancestors(widget: QWidget, stop: QWidget) -> list[QWidget]:
    out = []
    parent = widget.parentWidget()
    while parent is not None and parent is not stop:
        out.append(parent)
        parent = parent.parentWidget()
    return out


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_no_inputs_drawn_over_each_other(
    qtbot: QtBot, demo_store: Store, size: tuple[int, int]
) -> None:
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    found = []
    for name, page in pages(window):
        qtbot.wait(1)
        found += [f"{name}: {o}" for o in overlapping(page)]
    assert found == []


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_eurohis_highlight_stays_in_sight(
    qtbot: QtBot, demo_store: Store, size: tuple[int, int]
) -> None:
    """Typing down a form at the small size: the current question is always on screen."""
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    section = window.section(EurohisSection)
    window.tabs.setCurrentIndex(SECTIONS.index(type(section)))
    entry = section.entry
    entry.setFocus()
    qtbot.wait(1)
    for index in range(len(ITEMS)):
        assert entry.current == index
        row = entry.pad.current_row_rect()
        assert visible_rect(entry.pad, row).height() == row.height(), f"question {index + 1}"
        qtbot.keyClick(entry, Qt.Key.Key_Down if index < len(ITEMS) - 1 else Qt.Key.Key_Up)
