"""Attendance and budget sheets (xlsx, pdf) and sign-in sheets: cells, formats, formulas, text."""

from __future__ import annotations

import uuid
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from tests.conftest import TODAY
from tests.export.support import find_cell, pdf_text
from voimaa import audit, budget, roster
from voimaa.errors import NotFoundError, ValidationError
from voimaa.export import jobs, xlsx
from voimaa.store import Store

INJECTION = '=HYPERLINK("http://x","y")'


@pytest.fixture
def injected(demo_store: Store, demo_group_id: uuid.UUID) -> Store:
    """The demo group with a participant and a budget line whose text looks like formulas."""
    roster.add_participant(demo_store, demo_group_id, roster.ParticipantData(name=INJECTION))
    budget.add_line(
        demo_store,
        demo_group_id,
        budget.BudgetLineData(
            description="+SUM(1,2)", planned_cents=100, receipt_ref="@x", paid_by="-1"
        ),
    )
    return demo_store


def test_attendance_xlsx(injected: Store, demo_group_id: uuid.UUID, tmp_path: Path) -> None:
    path = jobs.export_attendance(
        injected, demo_group_id, tmp_path / "läsnäolo.xlsx", today=TODAY, threshold=0.8
    )
    ws = openpyxl.load_workbook(path).active
    hr, _ = find_cell(ws, "Koodi")
    assert ws.freeze_panes == f"D{hr + 1}"  # header row and names stay in view
    headers = [c.value for c in ws[hr]]
    assert headers[3] == "1. kerta\n29.9.2026" and headers[10] == "8. kerta\n17.11.2026"
    assert ws.column_dimensions["B"].width >= 20
    row, col = find_cell(ws, "Liisa Kokeilija")
    values = [c.value for c in ws[row]]
    assert values[3:11] == ["L", "L", "P", "L", "L", "L", "I", "L"]
    present = headers.index("Läsnä")
    assert values[present] == 6  # a value any reader sees
    assert values[present + 1] == f'=COUNTIF(D{row}:K{row},"L")'  # a formula that follows edits
    rate_col = headers.index("Osallistumis-%")
    assert values[rate_col] == 0.75
    assert ws.cell(row=row, column=rate_col + 1).number_format == xlsx.PERCENT_FORMAT
    assert values[headers.index("Soitetaan")] == "kyllä"
    total_row, _ = find_cell(ws, "Läsnä yhteensä")
    assert [c.value for c in ws[total_row]][3:12] == [7, 6, 5, 6, 5, 5, 5, 5, 44]
    formula_row, _ = find_cell(ws, "Läsnä yhteensä (kaava)")
    assert ws.cell(row=formula_row, column=4).value.startswith("=COUNTIF(D")
    # A name that looks like a formula stays text.
    row, col = find_cell(ws, INJECTION)
    cell = ws.cell(row=row, column=col)
    assert cell.data_type == "s" and cell.quotePrefix
    events = audit.list_events(injected, action="export.attendance")
    assert events[0].details == {"format": "xlsx", "rows": 8}


def test_budget_xlsx(injected: Store, demo_group_id: uuid.UUID, tmp_path: Path) -> None:
    path = jobs.export_budget(injected, demo_group_id, tmp_path / "budjetti.xlsx", today=TODAY)
    wb = openpyxl.load_workbook(path)
    ws = wb["Budjetti"]
    hr, _ = find_cell(ws, "Päivämäärä")
    assert ws.freeze_panes == f"A{hr + 1}"
    first = ws.cell(row=hr + 1, column=1)
    assert first.number_format == xlsx.DATE_FORMAT
    assert ws.cell(row=hr + 1, column=5).value == 25
    assert ws.cell(row=hr + 1, column=5).number_format == xlsx.MONEY_FORMAT
    row, _ = find_cell(ws, "Yhteensä")
    assert ws.cell(row=row, column=5).value == 522  # 521,00 € + the 1,00 € line
    assert ws.cell(row=row, column=6).value == 491.5
    assert ws.cell(row=row, column=6).number_format == xlsx.MONEY_FORMAT
    frow, _ = find_cell(ws, "Yhteensä (kaava)")
    assert ws.cell(row=frow, column=6).value == f"=SUM(F{hr + 1}:F{row - 1})"
    lrow, _ = find_cell(ws, "Budjetti (myönnetty)")
    assert ws.cell(row=lrow, column=6).value == 600
    rrow, _ = find_cell(ws, "Jäljellä (budjetti − toteutunut)")
    assert ws.cell(row=rrow, column=6).value == 108.5
    assert ws.cell(row=rrow + 1, column=6).value == f"=F{lrow}-F{frow}"
    for text in ("+SUM(1,2)", "@x", "-1"):
        r, c = find_cell(ws, text)
        assert ws.cell(row=r, column=c).data_type == "s"
    cs = wb["Luokittain"]
    assert cs.freeze_panes == "A2"
    assert [c.value for c in cs[2]][:4] == ["Kahvitarjoilu", 185, 180.85, -4.15]
    assert cs["E2"].value.startswith("=SUMIF(Budjetti!$C$")
    yrow, _ = find_cell(cs, "Yhteensä")
    assert cs.cell(row=yrow, column=2).value == 522
    assert cs.cell(row=yrow, column=6).value == f"=SUM(F2:F{yrow - 1})"


def test_attendance_pdf(demo_store: Store, demo_group_id: uuid.UUID, tmp_path: Path) -> None:
    path = jobs.export_attendance(
        demo_store, demo_group_id, tmp_path / "läsnäolo.pdf", today=TODAY, threshold=0.8
    )
    text, pages = pdf_text(path)
    assert pages == 1
    assert "Läsnäolotaulukko – Juvan Voimaa-ryhmä (esimerkki)" in text
    assert "Liisa Kokeilija" in text and "Kaisa Koe" in text
    assert "Soitetaan ja kysytään kuulumiset: Liisa Kokeilija (75" in text
    assert "86" in text  # group rate 86 %
    reader = PdfReader(path)
    assert reader.metadata.title == "Läsnäolotaulukko – Juvan Voimaa-ryhmä (esimerkki)"


def test_budget_pdf(demo_store: Store, demo_group_id: uuid.UUID, tmp_path: Path) -> None:
    path = jobs.export_budget(demo_store, demo_group_id, tmp_path / "budjetti.pdf", today=TODAY)
    text, pages = pdf_text(path)
    assert pages == 2
    flat = text.replace("\u00a0", " ")
    assert "Budjetti (myönnetty)\n600,00 €" in flat
    assert "Jäljellä (budjetti − toteutunut)\n108,50 €" in flat
    assert "Retket ja pääsymaksut" in flat and "Juhlakahvit ja kakku" in flat


def test_signin_pdf(demo_store: Store, demo_group_id: uuid.UUID, tmp_path: Path) -> None:
    path = jobs.export_signin(demo_store, demo_group_id, tmp_path / "lista.pdf", 3)
    text, pages = pdf_text(path)
    assert pages == 1
    assert "Läsnäololista" in text and "Allekirjoitus" in text
    assert "3. kerta" in text and "13.10.2026" in text
    assert "Aino Esimerkki" in text
    assert "Kaisa Koe" not in text  # left the group
    reader = PdfReader(path)
    assert reader.trailer["/Root"]["/Lang"] == "fi-FI"
    assert reader.metadata.title == "Läsnäololista – Juvan Voimaa-ryhmä (esimerkki)"
    event = audit.list_events(demo_store, action="export.signin")[0]
    assert event.details == {"session_number": 3, "names": 6}


def test_blank_signin_pdf(demo_store: Store, demo_group_id: uuid.UUID, tmp_path: Path) -> None:
    path = jobs.export_signin(demo_store, None, tmp_path / "tyhjä.pdf", blank=True)
    text, _ = pdf_text(path)
    assert "Läsnäololista" in text and "Ryhmä:" in text
    assert "Aino" not in text
    path = jobs.export_signin(demo_store, demo_group_id, tmp_path / "tyhjä2.pdf", 2, blank=True)
    text, _ = pdf_text(path)
    assert "2. kerta" in text and "Aino" not in text


def test_refused_exports(demo_store: Store, demo_group_id: uuid.UUID, tmp_path: Path) -> None:
    with pytest.raises(ValidationError):
        jobs.export_attendance(demo_store, demo_group_id, tmp_path / "x.csv")
    with pytest.raises(ValidationError):
        jobs.export_budget(demo_store, demo_group_id, tmp_path / "x.docx")
    with pytest.raises(NotFoundError, match="kertaa 9"):
        jobs.export_signin(demo_store, demo_group_id, tmp_path / "x.pdf", 9)
    assert [p.name for p in tmp_path.iterdir() if p.is_file()] == []
