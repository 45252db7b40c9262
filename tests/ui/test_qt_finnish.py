"""Qt's own texts are Finnish: every window, dialog, button box, context menu and Qt's file dialog
the program opens is walked, and no known English word of Qt may show."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from voimaa import groups
from voimaa.store import Store
from voimaa.ui import i18n
from voimaa.ui.coordinator_window import CoordinatorWindow
from voimaa.ui.dialogs.about import AboutDialog, LicencesDialog
from voimaa.ui.dialogs.group_details import GroupDetailsDialog
from voimaa.ui.dialogs.new_group import NewGroupDialog
from voimaa.ui.dialogs.templates import TemplatesDialog
from voimaa.ui.main_window import MainWindow

# Qt's English texts that a Finnish user must never see ("OK" is Finnish too).
ENGLISH = (
    "Cancel",
    "Close",
    "Undo",
    "Redo",
    "Cut",
    "Copy",
    "Paste",
    "Select All",
    "Look in",
    "Yes",
    "No",
    "Save",
    "Open",
    "Apply",
    "Discard",
    "Reset",
    "Help",
    "File name",
    "Files of type",
    "Back",
    "Forward",
    "Parent Directory",
    "Create New Folder",
    "List View",
    "Detail View",
    "Name",
    "Size",
    "Date Modified",
    "Directory",
)
_PATTERN = re.compile(r"(?<![\w])(" + "|".join(re.escape(w) for w in ENGLISH) + r")(?![\w])")


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").split("\t")[0]


def _menu_texts(menu: QMenu) -> Iterator[str]:
    for action in menu.actions():
        yield action.text()
        sub = action.menu()
        if isinstance(sub, QMenu):
            yield from _menu_texts(sub)


def _texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    """Every text `widget` and its children show: titles, labels, buttons, tabs, items, headers,
    tooltips, placeholders, actions and the standard context menu of every text field."""
    for w in [widget, *widget.findChildren(QWidget)]:
        where = f"{type(w).__name__} {w.objectName()}".strip()
        yield where, w.windowTitle() if w.isWindow() else ""
        yield where, w.toolTip()
        for action in w.actions():
            yield where, action.text()
            if isinstance(action.menu(), QMenu):
                yield from ((where, t) for t in _menu_texts(action.menu()))
        if isinstance(w, QAbstractButton | QLabel):
            yield where, w.text()
        elif isinstance(w, QGroupBox):
            yield where, w.title()
        elif isinstance(w, QTabWidget):
            yield from ((where, w.tabText(i)) for i in range(w.count()))
        elif isinstance(w, QComboBox):
            yield from ((where, w.itemText(i)) for i in range(w.count()))
        elif isinstance(w, QHeaderView) and w.model() is not None:
            for section in range(w.count()):
                yield where, str(w.model().headerData(section, w.orientation()) or "")
        if isinstance(w, QLineEdit | QPlainTextEdit | QTextEdit):
            if isinstance(w, QLineEdit):
                yield where, w.placeholderText()
            menu = w.createStandardContextMenu()
            yield from ((f"{where} context menu", t) for t in _menu_texts(menu))
            menu.deleteLater()
        elif isinstance(w, QAbstractSpinBox):
            line = w.lineEdit()
            if line is not None:
                menu = line.createStandardContextMenu()
                yield from ((f"{where} context menu", t) for t in _menu_texts(menu))
                menu.deleteLater()


def english_words(widget: QWidget) -> list[str]:
    found = []
    for where, text in _texts(widget):
        for match in _PATTERN.finditer(_plain(text or "")):
            found.append(f"{where}: {match.group(0)!r} in {text!r}")
    return found


def test_english_word_scan_finds_qt_english() -> None:
    """The scan itself: an untranslated Qt button box is caught, a Finnish one is not."""
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert english_words(box) == []  # the session loads qtbase_fi, as the program does
    box.button(QDialogButtonBox.StandardButton.Cancel).setText("Cancel")
    assert english_words(box)


def test_install_loads_qt_finnish(qapp: QApplication) -> None:
    """ui/i18n.install (as at start-up) makes Qt's own texts Finnish, also when the system
    language is English and the program has no English .qm: the program is Finnish."""
    installed = [t for t in qapp.findChildren(QTranslator)]
    for t in installed:
        QCoreApplication.removeTranslator(t)
    before = QLocale()
    try:
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        i18n.install(qapp)
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Peruuta"
        assert QCoreApplication.translate("QWidgetTextControl", "&Undo") == "&Kumoa"
        assert QCoreApplication.translate("QFileDialog", "&Look in:") == "&Sijainti:"
    finally:
        QLocale.setDefault(before)
        for t in qapp.findChildren(QTranslator):
            if t not in installed:
                QCoreApplication.removeTranslator(t)
                t.deleteLater()
        for t in installed:
            QCoreApplication.installTranslator(t)
        from voimaa import i18n as core_i18n

        core_i18n.install_translator(None)


def test_qt_translation_dirs_hold_qtbase_fi() -> None:
    assert any((d / "qtbase_fi.qm").is_file() for d in i18n.qt_translation_dirs())


@pytest.fixture
def window(qtbot: QtBot, demo_store: Store) -> MainWindow:
    w = MainWindow(demo_store)
    qtbot.addWidget(w)
    w.show()
    return w


def test_main_window_and_every_section_speak_finnish(qtbot: QtBot, window: MainWindow) -> None:
    found = english_words(window)
    for menu in window.menuBar().findChildren(QMenu):
        found += [f"menu: {t}" for t in _menu_texts(menu) if _PATTERN.search(_plain(t))]
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        section = window.tabs.widget(index)
        for inner in section.findChildren(QTabWidget):
            for sub in range(inner.count()):
                inner.setCurrentIndex(sub)
                found += english_words(inner.widget(sub))
        found += english_words(section)
    assert found == [], "\n".join(found)


def test_dialogs_speak_finnish(qtbot: QtBot, window: MainWindow, demo_store: Store) -> None:
    group_id = window.current_group_id()
    assert group_id is not None
    details = groups.get_details(demo_store, group_id)
    dialogs: list[QWidget] = [
        NewGroupDialog(window, demo_store),
        GroupDetailsDialog(details, window),
        AboutDialog(demo_store, window),
        LicencesDialog(window),
        TemplatesDialog(demo_store, window),
        CoordinatorWindow(demo_store, window),
    ]
    found: list[str] = []
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        if isinstance(dialog, NewGroupDialog):
            for page in range(dialog.pages.count()):
                dialog.go_to(page)
                found += english_words(dialog)
        found += english_words(dialog)
        dialog.close()
    assert found == [], "\n".join(found)


def test_message_boxes_input_and_file_dialogs_speak_finnish(qtbot: QtBot) -> None:
    found: list[str] = []
    for buttons in (
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Save,
        QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Discard,
    ):
        box = QMessageBox(QMessageBox.Icon.Question, "Voimaa", "Teksti", buttons)
        qtbot.addWidget(box)
        box.show()
        found += english_words(box)
        box.close()
    line = QInputDialog()
    line.setLabelText("Uusi nimi:")
    qtbot.addWidget(line)
    line.show()
    found += english_words(line)
    line.close()
    for mode in (QFileDialog.AcceptMode.AcceptSave, QFileDialog.AcceptMode.AcceptOpen):
        dialog = QFileDialog(None, "Tallenna")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAcceptMode(mode)
        qtbot.addWidget(dialog)
        dialog.show()
        found += english_words(dialog)
        dialog.close()
    assert found == [], "\n".join(found)


def test_qt_cancel_reads_as_the_programs_own(qapp: QApplication) -> None:
    """Qt's Cancel (QInputDialog, the Suojaus dialogs) says "Peruuta", as the program's own
    buttons do, not qtbase_fi's "Peru"."""
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Peruuta"
    dialog = QInputDialog()
    dialog.show()
    texts = [b.text().replace("&", "") for b in dialog.findChildren(QPushButton)]
    dialog.close()
    assert "Peruuta" in texts
    assert "Peru" not in texts
