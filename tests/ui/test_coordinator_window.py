"""The coordinator's window: import many exports, refused files, remove, combined report."""

from __future__ import annotations

import dataclasses
import uuid
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.conftest import TODAY
from voimaa import audit, coordinator
from voimaa.export.coordinator_files import write_export
from voimaa.models import GroupMode
from voimaa.store import Store
from voimaa.ui.coordinator_window import CoordinatorWindow
from voimaa.ui.main_window import MainWindow


@pytest.fixture
def exports(demo_store: Store, demo_group_id: uuid.UUID, tmp_path: Path) -> list[Path]:
    """Three groups' exports from different places (one of them remote)."""
    base = coordinator.build_export(demo_store, demo_group_id, today=TODAY)
    paths = []
    for i, (place, mode) in enumerate(
        [("Juva", GroupMode.LOCAL), ("Mikkeli", GroupMode.LOCAL), ("", GroupMode.REMOTE)]
    ):
        e = dataclasses.replace(base, group_id=uuid.uuid4(), place=place, mode=mode)
        paths.append(write_export(tmp_path / f"ryhma-{i}.zip", e))
    return paths


@pytest.fixture
def coord_store(tmp_path: Path) -> Store:
    return Store.open(tmp_path / "koordinaattori")


def make_window(qtbot: QtBot, store: Store) -> CoordinatorWindow:
    window = CoordinatorWindow(store)
    qtbot.addWidget(window)
    window.show()
    return window


def column(window: CoordinatorWindow, col: int) -> list[str]:
    return [window.table.item(r, col).text() for r in range(window.table.rowCount())]


def test_empty(qtbot: QtBot, coord_store: Store) -> None:
    window = make_window(qtbot, coord_store)
    assert window.table.rowCount() == 0
    assert not window.xlsx_button.isEnabled() and not window.remove_button.isEnabled()
    assert "Ei tuotuja ryhmiä" in window.summary.text()


def test_import_many_and_reimport_without_duplicates(
    qtbot: QtBot, coord_store: Store, exports: list[Path], answers: dict[str, object]
) -> None:
    window = make_window(qtbot, coord_store)
    answers["open_paths"] = [str(p) for p in exports]
    qtbot.mouseClick(window.import_button, Qt.MouseButton.LeftButton)
    assert sorted(column(window, 0)) == ["Etäryhmä", "Juva", "Mikkeli"]
    assert ("inform", "Tuotiin 3 ryhmää.") in answers["asked"]
    assert "3 ryhmää" in window.summary.text()
    answers["open_paths"] = [str(exports[0])]
    qtbot.mouseClick(window.import_button, Qt.MouseButton.LeftButton)
    assert window.table.rowCount() == 3
    assert answers["asked"][-1] == (
        "inform",
        "Tuotiin 1 ryhmä.\n1 niistä korvasi saman ryhmän aiemman tuonnin.",
    )


def test_refused_files_are_listed_and_change_nothing(
    qtbot: QtBot,
    coord_store: Store,
    exports: list[Path],
    answers: dict[str, object],
    tmp_path: Path,
) -> None:
    window = make_window(qtbot, coord_store)
    bad = tmp_path / "rikki.zip"
    bad.write_bytes(b"PK\x03\x04 katkennut")
    answers["open_paths"] = [str(bad), str(exports[1])]
    qtbot.mouseClick(window.import_button, Qt.MouseButton.LeftButton)
    assert column(window, 0) == ["Mikkeli"]
    kind, text = answers["asked"][-1]  # type: ignore[index]
    assert kind == "warn"
    assert "Tuotiin 1 ryhmä." in text and "Tiedostoa rikki.zip ei tuotu" in text


def test_remove_selected_after_confirming(
    qtbot: QtBot, coord_store: Store, exports: list[Path], answers: dict[str, object]
) -> None:
    coordinator.import_files(coord_store, exports)
    window = make_window(qtbot, coord_store)
    assert not window.remove_button.isEnabled()
    window.table.selectRow(column(window, 0).index("Juva"))
    assert window.remove_button.isEnabled()
    answers["confirm"] = False
    qtbot.mouseClick(window.remove_button, Qt.MouseButton.LeftButton)
    assert window.table.rowCount() == 3
    answers["confirm"] = True
    window.table.selectRow(column(window, 0).index("Juva"))
    qtbot.mouseClick(window.remove_button, Qt.MouseButton.LeftButton)
    assert sorted(column(window, 0)) == ["Etäryhmä", "Mikkeli"]
    assert len(audit.list_events(coord_store, action="coordinator.remove")) == 1


def test_combined_report_xlsx_and_pdf(
    qtbot: QtBot,
    coord_store: Store,
    exports: list[Path],
    answers: dict[str, object],
    tmp_path: Path,
) -> None:
    from pypdf import PdfReader

    coordinator.import_files(coord_store, exports)
    window = make_window(qtbot, coord_store)
    answers["save_path"] = str(tmp_path / "yhteenveto")
    qtbot.mouseClick(window.xlsx_button, Qt.MouseButton.LeftButton)
    wb = openpyxl.load_workbook(tmp_path / "yhteenveto.xlsx")
    labels = [wb["Yhteenveto"].cell(r, 1).value for r in range(2, 6)]
    assert labels == ["Etäryhmä", "Juva", "Mikkeli", "Kaikki ryhmät"]
    answers["save_path"] = str(tmp_path / "yhteenveto.pdf")
    qtbot.mouseClick(window.pdf_button, Qt.MouseButton.LeftButton)
    assert (
        "koordinaattorin yhteenveto"
        in PdfReader(tmp_path / "yhteenveto.pdf").pages[0].extract_text()
    )
    assert len(audit.list_events(coord_store, action="export.coordinator_report")) == 2


def test_main_window_menu_opens_the_coordinator_window(qtbot: QtBot, store: Store) -> None:
    main = MainWindow(store)
    qtbot.addWidget(main)
    main.show()
    action = next(
        a
        for menu in main.menuBar().actions()
        for a in menu.menu().actions()
        if a.text() == "Koordinaattori…"
    )
    action.trigger()
    window = main.findChild(CoordinatorWindow)
    assert window is not None and window.isVisible()
    action.trigger()
    assert len(main.findChildren(CoordinatorWindow)) == 1


def test_dropped_files_are_imported_like_chosen_ones(
    qtbot: QtBot, coord_store: Store, exports: list[Path], answers: dict[str, object]
) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    window = make_window(qtbot, coord_store)
    assert window.acceptDrops()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in exports])
    enter = QDragEnterEvent(
        QPointF(50, 50).toPoint(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, drop)
    assert window.table.rowCount() == 3
    assert ("inform", "Tuotiin 3 ryhmää.") in answers["asked"]
    # Text, not files: refused at the door.
    text = QMimeData()
    text.setText("ei tiedosto")
    refused = QDragEnterEvent(
        QPointF(50, 50).toPoint(),
        Qt.DropAction.CopyAction,
        text,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, refused)
    assert not refused.isAccepted()


def test_escape_closes_the_coordinator_window(qtbot: QtBot, coord_store: Store) -> None:
    window = make_window(qtbot, coord_store)
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window.table, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_periods_import_and_the_follow_up_tab(
    qtbot: QtBot,
    coord_store: Store,
    demo_store: Store,
    exports: list[Path],
    tmp_path: Path,
    answers: dict[str, object],
) -> None:
    from voimaa.export import jobs

    periods = jobs.export_coordinator_periods(demo_store, tmp_path / "jaksot", today=TODAY).path
    window = make_window(qtbot, coord_store)
    answers["open_paths"] = [str(exports[0]), str(periods)]
    qtbot.mouseClick(window.import_button, Qt.MouseButton.LeftButton)
    assert ("inform", "Tuotiin 1 ryhmä.\nTuotiin 4 yksilötyön jaksoa.") in answers["asked"]
    table = window.followup
    assert window.tabs.tabText(1) == "Seurantaluvut"
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers[:4] == ["Vuosi", "Paikkakunta", "Päätöksiä", "Ryhmiä"]
    rows = [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]
    juva = next(r for r in rows if r[:2] == [str(TODAY.year), "Juva"])
    assert juva[3] == "1" and "<3" in juva
    assert any(r[1] == "Kaikki paikkakunnat" for r in rows)
    assert table.item(0, 0).font().bold() is False
