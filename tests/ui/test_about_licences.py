"""About → "Lisenssit…" shows the third-party licence notices bundled with the program."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit, QPushButton
from pytestqt.qtbot import QtBot

from voimaa import paths
from voimaa.store import Store
from voimaa.ui.dialogs.about import AboutDialog, LicencesDialog


@pytest.fixture
def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    opened = Store.open(tmp_path / "data")
    yield opened
    opened.close()


def test_licences_button_shows_the_bundled_notices(
    qtbot: QtBot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    notices = tmp_path / paths.NOTICES_FILENAME
    notices.write_text(
        "reportlab 5.1.0\nLicence: BSD\nGNU LESSER GENERAL PUBLIC LICENSE\n", "utf-8"
    )
    monkeypatch.setattr(paths, "third_party_notices", lambda: notices)
    about = AboutDialog(store)
    qtbot.addWidget(about)
    button = about.findChild(QPushButton, "licencesButton")
    assert button is not None and button.text() == "Lisenssit…"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = about.findChild(LicencesDialog)
    assert dialog is not None and dialog.isVisible()
    view = dialog.findChild(QPlainTextEdit, "licencesText")
    assert view is not None and view.isReadOnly()
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in view.toPlainText()
    dialog.close()


def test_licences_without_a_built_notices_file_say_where_they_come_from(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(paths, "third_party_notices", lambda: None)
    dialog = LicencesDialog()
    qtbot.addWidget(dialog)
    view = dialog.findChild(QPlainTextEdit, "licencesText")
    assert view is not None and "make dist" in view.toPlainText()


def test_notices_are_found_under_the_bundled_resources(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "resources").mkdir()
    (tmp_path / "resources" / paths.NOTICES_FILENAME).write_text("x", "utf-8")
    monkeypatch.setattr(paths, "resources_dir", lambda: tmp_path / "resources")
    assert paths.third_party_notices() == tmp_path / "resources" / paths.NOTICES_FILENAME
