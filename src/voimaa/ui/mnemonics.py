"""Keyboard mnemonics (Alt+letter) for every button, tab, check box, field label and menu item,
without two alike in one window or menu (after KDE's KAcceleratorManager).

Texts stay translatable as they are: the letters are chosen when a window or menu is shown, from
the shown (translated) text. A mnemonic written into a text (``&Tiedosto``) is kept; a second
widget with the same letter gets another one. :func:`install` does this for the whole program.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QRadioButton,
    QTabBar,
    QToolButton,
    QWidget,
)

LETTERS = "abcdefghijklmnopqrstuvwxyzäöå"


def mnemonic(text: str) -> str | None:
    """The letter after a single ``&`` in `text` (lower case), or None."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] == "&":
                i += 2
                continue
            return text[i + 1].lower()
        i += 1
    return None


def strip(text: str) -> str:
    """`text` without its mnemonic marker (a literal ``&&`` stays)."""
    out, i = [], 0
    while i < len(text):
        if text[i] == "&" and i + 1 < len(text) and text[i + 1] == "&":
            out.append("&&")
            i += 2
        elif text[i] == "&":
            i += 1
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def with_letter(text: str, used: set[str]) -> str:
    """`text` with a mnemonic on a letter not in `used`: a word's first letter if one is free,
    else any letter. Unchanged when every letter of it is taken."""
    plain = strip(text)
    if "\t" in plain:  # "Kumoa\tCtrl+Z": only the label part
        label, rest = plain.split("\t", 1)
        return with_letter(label, used) + "\t" + rest
    starts = [
        i for i, ch in enumerate(plain) if ch.isalpha() and (i == 0 or not plain[i - 1].isalnum())
    ]
    others = [i for i, ch in enumerate(plain) if ch.isalpha() and i not in starts]
    for i in starts + others:
        letter = plain[i].lower()
        if letter in LETTERS and letter not in used:
            return plain[:i] + "&" + plain[i:]
    return plain


@dataclass
class Item:
    """One text that can carry a mnemonic in a scope."""

    get: Callable[[], str]
    set: Callable[[str], None]


def _button_items(widgets: Iterable[QWidget]) -> list[Item]:
    items = []
    for w in widgets:
        if isinstance(w, QAbstractButton) and w.text() and "\n" not in w.text():
            if isinstance(w, QToolButton) and isinstance(w.parentWidget(), QTabBar):
                continue
            items.append(Item(w.text, w.setText))
    return items


def _label_items(widgets: Iterable[QWidget]) -> list[Item]:
    items = []
    for w in widgets:
        if (
            isinstance(w, QLabel)
            and w.buddy() is not None
            and w.text()
            and "<" not in w.text()
            and w.textFormat() != Qt.TextFormat.RichText
        ):
            items.append(Item(w.text, w.setText))
        elif isinstance(w, QGroupBox) and w.isCheckable() and w.title():
            items.append(Item(w.title, w.setTitle))
    return items


def _tab_item(bar: QTabBar, index: int) -> Item:
    def get() -> str:
        return bar.tabText(index)

    def put(text: str) -> None:
        bar.setTabText(index, text)

    return Item(get, put)


def _tab_items(bar: QTabBar) -> list[Item]:
    return [_tab_item(bar, i) for i in range(bar.count()) if bar.isTabVisible(i)]


def scope_items(window: QWidget) -> list[Item]:
    """The texts that share Alt+letters in `window` as it is shown now, most important first:
    the menu bar, the window's own tabs, buttons, check boxes, field labels, inner tabs."""
    shown = [w for w in window.findChildren(QWidget) if w.isVisible() and w.window() is window]
    items: list[Item] = []
    if isinstance(window, QMainWindow) and window.menuBar().isVisible():
        for action in window.menuBar().actions():
            if action.isVisible() and action.text():
                items.append(Item(action.text, action.setText))
    bars = [w for w in shown if isinstance(w, QTabBar)]
    if bars:
        items += _tab_items(bars[0])
    items += _button_items(w for w in shown if isinstance(w, QPushButton))
    items += _button_items(w for w in shown if isinstance(w, QCheckBox | QRadioButton))
    items += _label_items(shown)
    for bar in bars[1:]:
        items += _tab_items(bar)
    return items


def assign_items(items: list[Item]) -> None:
    """Keep the first of each written mnemonic, give the rest (and the ones without) a free
    letter."""
    used: set[str] = set()
    pending: list[Item] = []
    for item in items:
        letter = mnemonic(item.get())
        if letter is not None and letter not in used:
            used.add(letter)
        else:
            pending.append(item)
    for item in pending:
        text = with_letter(item.get(), used)
        letter = mnemonic(text)
        if letter is not None:
            used.add(letter)
        if text != item.get():
            item.set(text)


def assign(window: QWidget) -> None:
    """Give the shown texts of `window` mnemonics, none twice."""
    assign_items(scope_items(window))


def assign_menu(menu: QMenu) -> None:
    """Give the items of `menu` mnemonics, none twice."""
    assign_items(
        [
            Item(a.text, a.setText)
            for a in menu.actions()
            if not a.isSeparator() and a.text() and a.isVisible()
        ]
    )


class _Assigner(QObject):
    """When a window (or a part of it) or a menu is shown, it gets its mnemonics."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._pending: set[QWidget] = set()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            if isinstance(watched, QMenu):
                assign_menu(watched)
            else:
                window = watched.window()
                if window not in self._pending:
                    self._pending.add(window)
                    QTimer.singleShot(0, self._run)
        return False

    def _run(self) -> None:
        pending, self._pending = self._pending, set()
        for window in pending:
            try:
                if window.isVisible():
                    assign(window)
            except RuntimeError:  # the window was deleted meanwhile
                continue


def install(app: QApplication) -> QObject:
    """Assign mnemonics in every window and menu the program shows."""
    assigner = _Assigner(app)
    app.installEventFilter(assigner)
    return assigner
