"""The same figure everywhere (issue 11, point 7): 21/8 shows as 2,63, 25/8 as 3,13, a change
of 1/8 as +0,13 and 5 of 8 as 63 % – in the screen tables, the chart labels, the PDF report
and the Excel cells (and the Excel formula rounds the same way)."""

from __future__ import annotations

import uuid
from datetime import timedelta
from pathlib import Path

import openpyxl
import pytest
from pytestqt.qtbot import QtBot

from tests.conftest import TODAY
from tests.export.support import find_cell, pdf_text
from voimaa import attendance, eurohis, groups, program, roster
from voimaa.attendance import AttendanceStatus
from voimaa.eurohis import Phase
from voimaa.export import jobs
from voimaa.store import Store
from voimaa.ui.charts import BeforeAfterChart
from voimaa.ui.eurohis_compare import EurohisCompare
from voimaa.ui.sections.attendance import AttendanceSection

BEFORE_1 = [3, 3, 3, 3, 3, 2, 2, 2]  # 21 / 8 = 2.625
AFTER_1 = [4, 4, 4, 4, 3, 2, 2, 2]  # 25 / 8 = 3.125
BEFORE_2 = [3, 3, 3, 3, 2, 2, 2, 2]  # 20 / 8 = 2.5
AFTER_2 = BEFORE_1  # 2.625: a change of +0.125


@pytest.fixture
def group(store: Store) -> uuid.UUID:
    start = TODAY - timedelta(weeks=8)
    gid = groups.create_group(store, groups.NewGroup(name="Pyöristys", start_date=start)).id
    first = roster.add_participant(store, gid, roster.ParticipantData(name="Aatu")).id
    second = roster.add_participant(store, gid, roster.ParticipantData(name="Bertta")).id
    sessions = program.get_program(store, gid).sessions
    for i, session in enumerate(sessions):
        mark = AttendanceStatus.PRESENT if i < 5 else AttendanceStatus.ABSENT
        attendance.set_mark(store, first, session.id, mark, today=TODAY)
    for pid, before, after in ((first, BEFORE_1, AFTER_1), (second, BEFORE_2, AFTER_2)):
        eurohis.save_response(store, pid, Phase.BEFORE, before, filled_on=None)
        eurohis.save_response(store, pid, Phase.AFTER, after, filled_on=None)
    return gid


def test_screen_tables_and_chart_labels(qtbot: QtBot, store: Store, group: uuid.UUID) -> None:
    section = AttendanceSection(store)
    section.today = lambda: TODAY
    qtbot.addWidget(section)
    section.set_group(group)
    model = section.model
    assert model.index(0, model.rate_column).data() == "63\u00a0%"

    compare = EurohisCompare(store)
    qtbot.addWidget(compare)
    compare.set_group(group)
    table = compare.table
    rows = {table.item(r, 0).text(): r for r in range(table.rowCount())}
    [first, second] = rows.values()
    assert [table.item(first, c).text() for c in (1, 3, 5)] == ["2,63", "3,13", "+0,50"]
    assert [table.item(second, c).text() for c in (1, 3, 5)] == ["2,50", "2,63", "+0,13"]
    labels = [BeforeAfterChart.value_text(row) for row in compare.person_chart.rows]
    assert labels == ["3,13", "2,63"]


def test_pdf_report_and_workbooks(tmp_path: Path, store: Store, group: uuid.UUID) -> None:
    pdf = jobs.export_group_report(store, group, tmp_path / "raportti.pdf", today=TODAY)
    text, _pages = pdf_text(pdf)
    for shown in ("2,63", "3,13", "+0,13", "+0,50", "63 %"):
        assert shown in text.replace("\u00a0", " "), shown
    assert "2,62" not in text and "3,12" not in text and "+0,12" not in text

    book = jobs.export_group_report(store, group, tmp_path / "raportti.xlsx", today=TODAY)
    wb = openpyxl.load_workbook(book)
    values = [c.value for ws in wb for row in ws.iter_rows() for c in row]
    for number in (2.63, 3.13, 0.13, 0.5, 0.63):
        assert any(isinstance(v, float) and v == pytest.approx(number) for v in values), number
    assert not any(isinstance(v, float) and v in (2.625, 3.125, 0.125, 0.625) for v in values)

    sheet = jobs.export_attendance(store, group, tmp_path / "läsnäolo.xlsx", today=TODAY)
    ws = openpyxl.load_workbook(sheet).active
    assert ws is not None
    row, _ = find_cell(ws, "Aatu")
    _header, rate_col = find_cell(ws, "Osallistumis-%")
    assert ws.cell(row, rate_col).value == pytest.approx(0.63)
    formula = ws.cell(row, rate_col + 1).value
    assert isinstance(formula, str) and "ROUND(" in formula and formula.endswith(",2))")
