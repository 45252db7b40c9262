"""The period summary (PDF for the client and the own worker, xlsx for the worker): what it
shows, notes only when chosen, user text never a formula, every export logged by code."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest

from tests.conftest import TODAY
from tests.export.support import find_cell, pdf_text
from voimaa import audit, individual
from voimaa.errors import ValidationError
from voimaa.export import jobs
from voimaa.individual import ClientData, MeetingData, PeriodData
from voimaa.models import RatingOccasion
from voimaa.store import Store


def _pekka(store: Store) -> individual.PeriodInfo:
    return next(p for p in individual.list_periods(store) if p.name == "Pekka Perustapaus")


def test_period_pdf_shows_goals_meetings_measures_and_outcome(
    demo_store: Store, tmp_path: Path
) -> None:
    period = _pekka(demo_store)
    path = jobs.export_period(demo_store, period.id, tmp_path / "jakso.pdf", today=TODAY)
    text, pages = pdf_text(path)
    assert 1 <= pages <= 3
    for expected in (
        "Pekka Perustapaus",
        period.code,
        "Herään arkisin ennen kymmentä",
        "Tapaamisia 18",
        "EUROHIS-8",
        "2,25 (18 / 40)",  # before: 2+2+2+3+2+3+1+3 = 18 → 18 / 8 = 2,25
        "3,13 (25 / 40)",  # after: 3+3+3+4+3+3+2+4 = 25 → 3,125, shown 3,13 (half up)
        "kuntouttava työtoiminta",
        "Saavutettu 2 / 3",  # end ratings 8, 9, 5: two reach 8
        "Keskimäärin 3,0 tapaamista",  # 18 meetings in six months
    ):
        assert expected in text, expected
    assert "Sovittiin seuraavasta askeleesta" not in text
    assert "Muistiinpanot" not in text
    [event] = audit.list_events(demo_store, action="export.period")
    assert event.details["code"] == period.code and event.details["notes"] is False
    assert "Pekka" not in str(event.details) + event.target


def test_period_pdf_with_notes(demo_store: Store, tmp_path: Path) -> None:
    period = _pekka(demo_store)
    path = jobs.export_period(
        demo_store, period.id, tmp_path / "jakso.pdf", include_notes=True, today=TODAY
    )
    text, _ = pdf_text(path)
    assert "Muistiinpanot" in text and "Sovittiin seuraavasta askeleesta" in text
    assert "omatyöntekijän kanssa" in text  # the review's note


def test_period_xlsx(demo_store: Store, tmp_path: Path) -> None:
    period = _pekka(demo_store)
    path = jobs.export_period(demo_store, period.id, tmp_path / "jakso.xlsx", today=TODAY)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Jakso", "Tavoitteet", "Tapaamiset", "Kuusi kuukautta", "EUROHIS-8"]
    facts = wb["Jakso"]
    row, col = find_cell(facts, "Tapaamisia")
    assert facts.cell(row, col + 1).value == 18
    goals = wb["Tavoitteet"]
    values = [r[4] for r in goals.iter_rows(min_row=2, values_only=True) if r[0] == 1]
    assert values == [2, 5, 8]
    meetings = wb["Tapaamiset"]
    assert meetings.max_row == 19 and meetings.max_column == 5  # no note column
    months = wb["Kuusi kuukautta"]
    assert [r[3] for r in months.iter_rows(min_row=2, values_only=True)] == [5, 4, 4, 2, 2, 1]


def test_user_text_never_becomes_a_formula(store: Store, tmp_path: Path) -> None:
    client = individual.create_client(store, ClientData(name="=1+1"))
    period = individual.create_period(store, client.id, PeriodData(start_date=date(2026, 9, 1)))
    goal = individual.add_goal(store, period.id, '=HYPERLINK("http://x","y")')
    individual.rate_goals(store, period.id, RatingOccasion.START, date(2026, 9, 1), {goal.id: 4})
    individual.add_meeting(store, period.id, MeetingData(date(2026, 9, 2), note="@SUM(1)"))
    path = jobs.export_period(
        store, period.id, tmp_path / "jakso.xlsx", include_notes=True, today=TODAY
    )
    wb = openpyxl.load_workbook(path)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value.startswith(("=", "@")):
                    assert cell.data_type == "s" and cell.quotePrefix, (ws.title, cell.value)


def test_other_suffixes_are_refused_before_any_work(demo_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ValidationError, match=r"\.pdf- tai \.xlsx"):
        jobs.export_period(demo_store, _pekka(demo_store).id, out / "jakso.docx")
    assert not list(out.iterdir())
    assert audit.list_events(demo_store, action="export.period") == []


def test_an_empty_period_exports(store: Store, tmp_path: Path) -> None:
    client = individual.create_client(store, ClientData(name="Tyhjä Jakso"))
    period = individual.create_period(store, client.id, PeriodData(start_date=TODAY))
    text, _ = pdf_text(jobs.export_period(store, period.id, tmp_path / "j.pdf", today=TODAY))
    assert "Tavoitteita ei ole vielä kirjattu" in text
    assert "EUROHIS-8-lomakkeita ei ole tallennettu" in text
