"""Printing hands a private temporary PDF to the system's print; every export's message offers
"Avaa" and "Näytä kansiossa". The OS is the recorder of conftest (`system_calls`)."""

from __future__ import annotations

import os
import stat
import time
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from voimaa.store import Store
from voimaa.ui import ask, printing
from voimaa.ui.sections.attendance import AttendanceSection
from voimaa.ui.sections.budget import BudgetSection
from voimaa.ui.sections.eurohis import EurohisSection
from voimaa.ui.sections.reports import ReportsSection


def eurohis_section(qtbot: QtBot, store: Store, group_id: uuid.UUID) -> EurohisSection:
    section = EurohisSection(store)
    qtbot.addWidget(section)
    section.set_group(group_id)
    return section


def test_windows_prints_with_the_shell_print_verb(
    qtbot: QtBot, demo_store: Store, demo_group_id: uuid.UUID, answers: dict, system_calls
) -> None:  # type: ignore[no-untyped-def]
    system_calls.platform = "win32"
    section = eurohis_section(qtbot, demo_store, demo_group_id)
    qtbot.mouseClick(section.print_blank, Qt.MouseButton.LeftButton)
    [(call, (path, verb))] = system_calls.calls
    assert (call, verb) == ("startfile", "print")
    assert Path(path).read_bytes().startswith(b"%PDF")
    assert Path(path).parent.name.startswith("voimaa-tulostus-")
    assert stat.S_IMODE(Path(path).parent.stat().st_mode) == 0o700


def test_failed_print_opens_the_viewer(
    qtbot: QtBot, demo_store: Store, demo_group_id: uuid.UUID, answers: dict, system_calls
) -> None:  # type: ignore[no-untyped-def]
    system_calls.results["launch"] = False  # lp is there but does not start
    section = eurohis_section(qtbot, demo_store, demo_group_id)
    qtbot.mouseClick(section.print_group, Qt.MouseButton.LeftButton)
    kinds = [call for call, _ in system_calls.calls]
    assert kinds == ["launch", "open_url"]
    assert system_calls.calls[1][1] == system_calls.calls[0][1][2]  # the same temporary file
    assert "katseluohjelmaan" in answers["asked"][-1][1]


def test_files_to_print_are_cleaned_up(_private_spool: Path) -> None:
    old = printing.new_spool_file()
    old.write_bytes(b"%PDF-1.4")
    recent = printing.new_spool_file()
    recent.write_bytes(b"%PDF-1.4")
    an_hour_ago = time.time() - 3600
    os.utime(old, (an_hour_ago, an_hour_ago))
    assert printing.clean_up(printing.KEEP_AT_EXIT_S) == 1  # at exit: the spooler may read
    assert not old.exists() and recent.exists()
    assert printing.clean_up() == 1  # at the next start: everything
    assert not recent.exists()
    assert "Aino" not in old.name  # random names, never a person's


@pytest.mark.parametrize(
    ("platform", "choice", "expected"),
    [
        ("linux", ask.OPEN, "open_url file"),
        ("win32", ask.OPEN, "open_url file"),
        ("linux", ask.SHOW_IN_FOLDER, "open_url folder"),
        ("win32", ask.SHOW_IN_FOLDER, "launch explorer"),
        ("darwin", ask.SHOW_IN_FOLDER, "launch open -R"),
        ("linux", None, "nothing"),
    ],
)
def test_report_export_offers_open_and_show_in_folder(
    qtbot: QtBot,
    demo_store: Store,
    demo_group_id: uuid.UUID,
    answers: dict,  # type: ignore[type-arg]
    system_calls,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    platform: str,
    choice: str | None,
    expected: str,
) -> None:
    system_calls.platform = platform
    section = ReportsSection(demo_store)
    qtbot.addWidget(section)
    section.set_group(demo_group_id)
    answers["save_path"] = str(tmp_path / "raportti.pdf")
    answers["file_choice"] = choice
    qtbot.mouseClick(section.pdf_button, Qt.MouseButton.LeftButton)
    target = tmp_path / "raportti.pdf"
    assert target.exists()
    calls = system_calls.calls
    if expected == "open_url file":
        assert calls == [("open_url", str(target))]
    elif expected == "open_url folder":
        assert calls == [("open_url", str(tmp_path))]
    elif expected == "launch explorer":
        assert calls == [("launch", ["explorer", f"/select,{target}"])]
    elif expected == "launch open -R":
        assert calls == [("launch", ["open", "-R", str(target)])]
    else:
        assert calls == []


def test_attendance_and_budget_exports_offer_to_open(
    qtbot: QtBot,
    demo_store: Store,
    demo_group_id: uuid.UUID,
    answers: dict,  # type: ignore[type-arg]
    system_calls,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    answers["file_choice"] = ask.OPEN
    attendance = AttendanceSection(demo_store)
    budget = BudgetSection(demo_store)
    for section, name, exporter in (
        (attendance, "lasnaolo.xlsx", lambda: attendance._export(".xlsx")),
        (budget, "budjetti.xlsx", lambda: budget._export(".xlsx")),
    ):
        qtbot.addWidget(section)
        section.set_group(demo_group_id)
        answers["save_path"] = str(tmp_path / name)
        exporter()
        assert system_calls.calls[-1] == ("open_url", str(tmp_path / name))


def test_the_message_has_finnish_open_and_folder_buttons(qtbot: QtBot) -> None:
    """The real message box (not the scripted one): its buttons, and what clicking returns."""
    seen: list[list[str]] = []

    def click(label: str) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append([b.text() for b in box.buttons()])
        [button] = [b for b in box.findChildren(QPushButton) if b.text().replace("&", "") == label]
        button.click()

    for label, expected in (("Näytä kansiossa", ask.SHOW_IN_FOLDER), ("Avaa", ask.OPEN)):
        QTimer.singleShot(0, lambda label=label: click(label))
        assert ask.inform_file(None, "Raportti", "Raportti tallennettu: x.pdf") == expected
    QTimer.singleShot(0, lambda: click("Sulje"))
    assert ask.inform_file(None, "Raportti", "Raportti tallennettu: x.pdf") is None
    assert "Close" not in seen[0]
