"""The one message after an export: what was saved, with "Avaa" and "Näytä kansiossa"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from voimaa.ui import ask, desktop


def exported(parent: QWidget | None, title: str, text: str, path: Path) -> None:
    """Say `text` about the written `path`; open it or show it in its folder if asked."""
    choice = ask.inform_file(parent, title, text)
    if choice == ask.OPEN:
        desktop.open_file(Path(path))
    elif choice == ask.SHOW_IN_FOLDER:
        desktop.show_in_folder(Path(path))
