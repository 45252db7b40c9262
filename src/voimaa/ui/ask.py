"""The one seam for modal questions and file dialogs.

Widgets ask through these functions; tests replace them (monkeypatch) instead of clicking native
dialogs. Messages come in already translated. :func:`save_to_file` is the one way an export asks
where to write: it goes through :func:`save_path`, so a test that scripts `save_path` scripts it.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget


def confirm(parent: QWidget | None, title: str, text: str, *, danger: bool = False) -> bool:
    box = QMessageBox(
        QMessageBox.Icon.Warning if danger else QMessageBox.Icon.Question,
        title,
        text,
        parent=parent,
    )
    yes = box.addButton(QMessageBox.StandardButton.Yes)
    no = box.addButton(QMessageBox.StandardButton.No)
    box.setDefaultButton(no)
    yes.setText(QCoreApplication.translate("Ask", "Kyllä"))
    no.setText(QCoreApplication.translate("Ask", "Peruuta"))
    box.exec()
    return box.clickedButton() is yes


def inform(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


OPEN = "open"
SHOW_IN_FOLDER = "folder"


def inform_file(parent: QWidget | None, title: str, text: str) -> str | None:
    """Tell that a file was written and offer to open it or show it in its folder. Returns
    :data:`OPEN`, :data:`SHOW_IN_FOLDER` or None (closed)."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=parent)
    open_button = box.addButton(
        QCoreApplication.translate("Ask", "&Avaa"), QMessageBox.ButtonRole.AcceptRole
    )
    folder_button = box.addButton(
        QCoreApplication.translate("Ask", "&Näytä kansiossa"), QMessageBox.ButtonRole.ActionRole
    )
    close_button = box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(close_button)
    box.setEscapeButton(close_button)
    box.exec()
    clicked = box.clickedButton()
    if clicked is open_button:
        return OPEN
    if clicked is folder_button:
        return SHOW_IN_FOLDER
    return None


def warn(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


TEXT_DIALOG_MIN_WIDTH = 440


def text_dialog(parent: QWidget | None, title: str, label: str, text: str = "") -> QInputDialog:
    """The one-line question of :func:`get_text`: wide enough for a group's whole name (Qt's
    own getText was 200 px and showed the end of the name only)."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
    dialog.setTextValue(text)
    wanted = dialog.fontMetrics().horizontalAdvance(text) + 80
    dialog.resize(min(max(TEXT_DIALOG_MIN_WIDTH, wanted), 900), dialog.sizeHint().height())
    return dialog


def get_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    dialog = text_dialog(parent, title, label, text)
    ok = dialog.exec() == QInputDialog.DialogCode.Accepted
    return dialog.textValue() if ok else None


def save_path(parent: QWidget | None, title: str, suggested: str, filters: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path or None


def settings() -> QSettings:
    """The user's UI preferences (an INI file in the platform's per-user settings folder)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Voimaa", "Voimaa")


def _default_folder() -> str:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return documents or str(Path.home())


def last_folder(kind: str) -> str:
    """The folder the user last saved a `kind` of file in (at first: their Documents folder)."""
    value = settings().value(f"saveFolders/{kind}", "")
    folder = value if isinstance(value, str) else ""
    return folder if folder and Path(folder).is_dir() else _default_folder()


def save_to_file(
    parent: QWidget | None,
    kind: str,
    title: str,
    suggested_name: str,
    filters: str,
    suffix: str | None = None,
) -> Path | None:
    """Ask where to save a `kind` of file (e.g. "attendance"), starting in the folder last used
    for that kind. Adds `suffix` (default: the first ``*.ext`` of `filters`) when the name typed
    has none of the suffixes `filters` offers. Returns the path, or None when cancelled."""
    offered = [s.lower() for s in re.findall(r"\*(\.[A-Za-z0-9]+)", filters)]
    default = suffix or (offered[0] if offered else "")
    start = str(Path(last_folder(kind)) / suggested_name)
    chosen = save_path(parent, title, start, filters)
    if not chosen:
        return None
    path = Path(chosen)
    if default and path.suffix.lower() not in (offered or [default.lower()]):
        path = path.with_name(path.name + default)
    settings().setValue(f"saveFolders/{kind}", str(path.parent))
    return path


def open_paths(parent: QWidget | None, title: str, filters: str) -> list[str]:
    paths, _ = QFileDialog.getOpenFileNames(parent, title, "", filters)
    return list(paths)
