"""The main window as the user left it: size and place, splitters, the group and the section.

Kept in the user's UI preferences (:func:`voimaa.ui.ask.settings`, where the last export folder
of each kind is kept too). Only ids and layout go there, never names or other personal data.
"""

from __future__ import annotations

import contextlib
import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QSplitter, QTabWidget, QWidget

from voimaa.ui import ask

if TYPE_CHECKING:
    from voimaa.ui.main_window import MainWindow

GEOMETRY = "mainWindow/geometry"
GROUP = "mainWindow/group"
SECTION = "mainWindow/section"


def _splitters(window: MainWindow) -> dict[str, QSplitter]:
    """The window's splitters by a stable key: the main one and each section's, in order."""
    found: dict[str, QSplitter] = {}
    found["main"] = window.groups_splitter
    for section in window.sections:
        found.update(_section_splitters(section))
    return found


def _section_splitters(section: QWidget) -> dict[str, QSplitter]:
    return {
        f"{type(section).__name__}/{number}": splitter
        for number, splitter in enumerate(section.findChildren(QSplitter))
    }


def _sub_tabs(window: MainWindow) -> dict[str, QTabWidget]:
    found: dict[str, QTabWidget] = {}
    for section in window.sections:
        found.update(_section_sub_tabs(section))
    return found


def _section_sub_tabs(section: QWidget) -> dict[str, QTabWidget]:
    return {type(section).__name__: tabs for tabs in section.findChildren(QTabWidget)[:1]}


def restore_built_section(section: QWidget, settings: QSettings | None = None) -> None:
    """Put back the splitters and the sub-tab of a section built after the window opened
    (sections are built when their tab is first shown)."""
    s = settings or ask.settings()
    for key, splitter in _section_splitters(section).items():
        state = _bytes(s.value(f"splitters/{key}"))
        if state is not None:
            splitter.restoreState(state)
    for key, tabs in _section_sub_tabs(section).items():
        sub = _int(s.value(f"subTabs/{key}"))
        if sub is not None and 0 <= sub < tabs.count():
            tabs.setCurrentIndex(sub)


def _bytes(value: object) -> QByteArray | None:
    if isinstance(value, QByteArray) and not value.isEmpty():
        return value
    if isinstance(value, bytes | bytearray) and value:
        return QByteArray(bytes(value))
    return None


def _int(value: object) -> int | None:
    try:
        return int(str(value))
    except (TypeError, ValueError):
        return None


def save(window: MainWindow, settings: QSettings | None = None) -> None:
    """Remember the window's geometry, splitters, group, section and sub-tabs."""
    s = settings or ask.settings()
    s.setValue(GEOMETRY, window.saveGeometry())
    for key, splitter in _splitters(window).items():
        s.setValue(f"splitters/{key}", splitter.saveState())
    group_id = window.current_group_id()
    s.setValue(GROUP, str(group_id) if group_id is not None else "")
    s.setValue(SECTION, window.tabs.currentIndex())
    for key, tabs in _sub_tabs(window).items():
        s.setValue(f"subTabs/{key}", tabs.currentIndex())
    s.sync()


def last_group(settings: QSettings | None = None) -> uuid.UUID | None:
    value = (settings or ask.settings()).value(GROUP, "")
    with contextlib.suppress(ValueError, TypeError, AttributeError):
        return uuid.UUID(str(value)) if value else None
    return None


def restore_layout(window: MainWindow, settings: QSettings | None = None) -> None:
    """Put back the geometry (or fit the screen the first time) and the splitters."""
    s = settings or ask.settings()
    geometry = _bytes(s.value(GEOMETRY))
    if geometry is None or not window.restoreGeometry(geometry):
        fit_screen(window)
    for key, splitter in _splitters(window).items():
        state = _bytes(s.value(f"splitters/{key}"))
        if state is not None:
            splitter.restoreState(state)


def restore_section(window: MainWindow, settings: QSettings | None = None) -> None:
    """Open the section (and the sub-tabs) the user had open."""
    s = settings or ask.settings()
    index = _int(s.value(SECTION))
    if index is not None and 0 <= index < window.tabs.count():
        window.tabs.setCurrentIndex(index)
    for key, tabs in _sub_tabs(window).items():
        sub = _int(s.value(f"subTabs/{key}"))
        if sub is not None and 0 <= sub < tabs.count():
            tabs.setCurrentIndex(sub)


def fit_screen(window: QWidget) -> None:
    """The first time: no larger than the screen's free area (e.g. 1280×680 at 150 %)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    free = screen.availableGeometry()
    width = min(window.width(), free.width())
    height = min(window.height(), free.height() - 40)  # the title bar is outside the geometry
    if (width, height) != (window.width(), window.height()):
        window.resize(max(width, 400), max(height, 300))
