"""The Läsnäolo grid driven with the keyboard and the mouse: marks, totals, threshold, exports."""

from __future__ import annotations

import uuid
from datetime import timedelta
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QPoint, Qt

from tests.conftest import TODAY
from voimaa import attendance, groups, roster
from voimaa.attendance import AttendanceStatus as A
from voimaa.store import Store
from voimaa.ui.attendance_model import next_in_cycle
from voimaa.ui.sections.attendance import AttendanceSection


@pytest.fixture
def group(store: Store) -> uuid.UUID:
    """A running group: sessions 1–3 are past, 4 is today, 5–8 are to come; three people."""
    start = TODAY - timedelta(weeks=3)
    gid = groups.create_group(store, groups.NewGroup(name="Ryhmä", start_date=start)).id
    for name in ("Aatu", "Bertta", "Cecilia"):
        roster.add_participant(store, gid, roster.ParticipantData(name=name))
    return gid


@pytest.fixture
def section(qtbot, store: Store, group: uuid.UUID) -> AttendanceSection:  # type: ignore[no-untyped-def]
    widget = AttendanceSection(store)
    widget.today = lambda: TODAY
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    widget.set_group(group)
    return widget


def _cell(section: AttendanceSection, row: int, session: int) -> str:
    return section.model.index(row, session).data()


def test_keyboard_marks_and_totals(qtbot, section: AttendanceSection, store: Store) -> None:  # type: ignore[no-untyped-def]
    view = section.view
    view.setFocus()
    assert view.currentIndex().row() == 0 and view.currentIndex().column() == 1
    # Mark session 1 down the column: L moves to the next person after marking.
    qtbot.keyClick(view, Qt.Key.Key_L)
    qtbot.keyClick(view, Qt.Key.Key_2)
    qtbot.keyClick(view, Qt.Key.Key_I)
    assert [_cell(section, r, 1) for r in range(3)] == ["L", "P", "I"]
    # After the last person the cursor is on the totals row: a further key marks nothing.
    assert view.currentIndex().row() == section.model.totals_row
    assert "sarake on käyty läpi" in section.status.text()
    qtbot.keyClick(view, Qt.Key.Key_P)
    assert [_cell(section, r, 1) for r in range(3)] == ["L", "P", "I"]
    # Arrows: up to Aatu, right to session 2, mark with 1 and 3.
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_1)
    qtbot.keyClick(view, Qt.Key.Key_3)
    assert [_cell(section, r, 2) for r in range(3)] == ["L", "I", ""]
    m = section.model
    assert m.index(0, m.present_column).data() == "2 / 2"
    assert m.index(0, m.rate_column).data() == "100\u00a0%"
    assert m.index(1, m.rate_column).data() == "0\u00a0%"
    totals = m.totals_row
    assert m.index(totals, 1).data() == "1" and m.index(totals, 2).data() == "1"
    assert m.index(totals, m.present_column).data() == "2"
    assert m.index(totals, m.rate_column).data() == "40\u00a0%"  # 2 of 5 marked
    assert "Bertta (0" in section.follow_up.text() and "Cecilia" in section.follow_up.text()
    assert "Aatu" not in section.follow_up.text()
    # Delete clears Bertta's session 2.
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert view.currentIndex().row() == 1
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert _cell(section, 1, 2) == ""
    # Stored, not only shown.
    table = attendance.attendance_table(store, section.group_id, today=TODAY)  # type: ignore[arg-type]
    assert table.rows[0].marks[:2] == (A.PRESENT, A.PRESENT)
    assert table.rows[1].marks[:2] == (A.ABSENT, None)


def test_future_session_cannot_be_marked_present(qtbot, section: AttendanceSection) -> None:  # type: ignore[no-untyped-def]
    view = section.view
    view.setFocus()
    view.setCurrentIndex(section.model.index(0, 5))  # session 5: next week
    qtbot.keyClick(view, Qt.Key.Key_L)
    assert _cell(section, 0, 5) == ""
    assert "Tulevaan kertaan ei voi merkitä läsnäoloa" in section.status.text()
    qtbot.keyClick(view, Qt.Key.Key_I)  # an absence told in advance is fine
    assert _cell(section, 0, 5) == "I"
    view.setCurrentIndex(section.model.index(0, 4))  # today
    qtbot.keyClick(view, Qt.Key.Key_L)
    assert _cell(section, 0, 4) == "L"


def test_a_click_selects_and_a_double_click_cycles(qtbot, section: AttendanceSection) -> None:  # type: ignore[no-untyped-def]
    view = section.view
    rect = view.visualRect(section.model.index(2, 3))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert _cell(section, 2, 3) == ""  # a single click only selects
    assert (view.currentIndex().row(), view.currentIndex().column()) == (2, 3)
    seen = []
    for _ in range(4):
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        seen.append(_cell(section, 2, 3))
    assert seen == ["L", "P", "I", ""]
    rect = view.visualRect(section.model.index(2, 6))  # a future session skips L
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert _cell(section, 2, 6) == "P"
    # Double-clicking the name does nothing.
    qtbot.mouseDClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=view.visualRect(section.model.index(2, 0)).center(),
    )
    assert section.model.index(2, 0).data() == "Cecilia"
    assert view.indexAt(QPoint(-5, -5)).isValid() is False


@pytest.mark.parametrize(
    ("current", "future", "expected"),
    [
        (None, False, A.PRESENT),
        (A.PRESENT, False, A.ABSENT),
        (A.ABSENT, False, A.EXCUSED),
        (A.EXCUSED, False, None),
        (None, True, A.ABSENT),
        (A.EXCUSED, True, None),
    ],
)
def test_cycle(current: A | None, future: bool, expected: A | None) -> None:
    assert next_in_cycle(current, future=future) == expected


def test_demo_grid_threshold_and_headers(
    qtbot,
    demo_store: Store,
    demo_group_id: uuid.UUID,  # type: ignore[no-untyped-def]
) -> None:
    widget = AttendanceSection(demo_store)
    widget.today = lambda: TODAY
    qtbot.addWidget(widget)
    widget.set_group(demo_group_id)
    m = widget.model
    assert m.headerData(1, Qt.Orientation.Horizontal) == "1. kerta\nti 29.9."
    assert m.rowCount() == 8  # seven people and the totals row
    # Kaisa left after session 3: later cells say she is not in the group any more.
    assert [m.index(6, c).data() for c in range(3, 6)] == ["P", "–", "–"]
    assert "ei enää ryhmässä" in m.index(6, 5).data(Qt.ItemDataRole.ToolTipRole)
    assert m.index(m.totals_row, m.rate_column).data() == "86\u00a0%"
    assert "Kukaan" in widget.follow_up.text()
    widget.threshold.setValue(80)
    assert "Liisa Kokeilija (75" in widget.follow_up.text()
    liisa = next(r for r in range(7) if m.index(r, 0).data() == "Liisa Kokeilija")
    assert m.index(liisa, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert m.index(liisa + 1, 0).data(Qt.ItemDataRole.BackgroundRole) is None


def test_exports(
    qtbot, answers, demo_store: Store, demo_group_id: uuid.UUID, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    widget = AttendanceSection(demo_store)
    widget.today = lambda: TODAY
    qtbot.addWidget(widget)
    widget.set_group(demo_group_id)
    answers["save_path"] = str(tmp_path / "taulukko")  # suffix added
    qtbot.mouseClick(widget.export_xlsx, Qt.MouseButton.LeftButton)
    ws = openpyxl.load_workbook(tmp_path / "taulukko.xlsx").active
    assert ws["A1"].value.startswith("Läsnäolotaulukko")
    assert "Tallennettu" in widget.status.text()
    widget.view.setCurrentIndex(widget.model.index(0, 3))
    answers["save_path"] = str(tmp_path / "lista.pdf")
    qtbot.mouseClick(widget.signin, Qt.MouseButton.LeftButton)
    assert (tmp_path / "lista.pdf").exists()
    answers["save_path"] = str(tmp_path / "tyhjä.pdf")
    qtbot.mouseClick(widget.signin_blank, Qt.MouseButton.LeftButton)
    assert (tmp_path / "tyhjä.pdf").exists()
    answers["save_path"] = None  # cancelled
    qtbot.mouseClick(widget.export_pdf, Qt.MouseButton.LeftButton)
    assert not (tmp_path / "läsnäolo.pdf").exists()
