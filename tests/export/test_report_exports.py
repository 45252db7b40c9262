"""Group report (PDF, xlsx), the coordinator export's workbook and the combined report files:
cells, formats, charts, hidden small cells, text that stays text, Finnish text in PDFs."""

from __future__ import annotations

import io
import uuid
import zipfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from tests.conftest import TODAY
from tests.export.support import find_cell, pdf_text
from voimaa import coordinator, roster
from voimaa.export import jobs, xlsx
from voimaa.models import AttendanceStatus, GroupMode, ParticipantStatus, Phase, WordingVersion
from voimaa.store import Store

INJECTION = '=HYPERLINK("http://x","y")'


@pytest.fixture
def injected(demo_store: Store, demo_group_id: uuid.UUID) -> Store:
    """The demo group plus a participant whose name looks like a formula."""
    roster.add_participant(demo_store, demo_group_id, roster.ParticipantData(name=INJECTION))
    return demo_store


# ----- group workbook ----------------------------------------------------------------------


def test_group_workbook_sheets_and_cells(
    injected: Store, demo_group_id: uuid.UUID, tmp_path: Path
) -> None:
    path = jobs.export_group_report(
        injected, demo_group_id, tmp_path / "ryhmä.xlsx", include_names=True, today=TODAY
    )
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == [
        "Ohjelma",
        "Osallistujat",
        "Läsnäolo",
        "Budjetti",
        "EUROHIS-8",
        "Palaute",
    ]
    for ws in wb.worksheets:
        assert ws.freeze_panes is not None, ws.title
        assert ws.column_dimensions["A"].width >= 8

    ws = wb["Ohjelma"]
    row, _ = find_cell(ws, "Ruoka ja ravitsemus")
    assert ws.cell(row, 2).value.date() == date(2026, 10, 13)
    assert ws.cell(row, 2).number_format == xlsx.DATE_FORMAT
    assert "Ritva Ravinto" in ws.cell(row, 4).value

    ws = wb["Osallistujat"]
    hr, _ = find_cell(ws, "Nimi")
    assert [c.value for c in ws[hr]][:3] == ["Koodi", "Nimi", "Tila"]
    assert ws.freeze_panes == f"A{hr + 1}"
    row, col = find_cell(ws, INJECTION)
    cell = ws.cell(row, col)
    assert cell.data_type == "s" and cell.quotePrefix  # stays text, never a formula
    row, _ = find_cell(ws, "Aino Esimerkki")
    # 7/8 = 87,5 %: written as shown everywhere, rounded half up (voimaa.rounding).
    assert ws.cell(row, 6).value == pytest.approx(0.88)
    assert ws.cell(row, 6).number_format == xlsx.PERCENT_FORMAT

    ws = wb["Läsnäolo"]
    row, _ = find_cell(ws, "Läsnä yhteensä")
    assert ws.cell(row, 2).value == 7  # session 1: all seven present
    assert isinstance(ws.cell(row, 10).value, int)  # totals as values, not formulas

    ws = wb["Budjetti"]
    row, _ = find_cell(ws, "Yhteensä")
    assert ws.cell(row, 2).value == pytest.approx(521.00)
    assert ws.cell(row, 3).value == pytest.approx(491.50)
    assert ws.cell(row, 2).number_format == xlsx.MONEY_FORMAT
    find_cell(ws, "Kahvitarjoilu")

    ws = wb["EUROHIS-8"]
    assert len(ws._charts) == 1
    chart = ws._charts[0]
    assert chart.tagname == "barChart" and len(chart.series) == 2
    row, _ = find_cell(ws, "Millaiseksi arvioitte elämänlaatunne?")
    assert ws.cell(row, 3).number_format == xlsx.DECIMAL_FORMAT
    assert ws.cell(row, 6).value == 5
    find_cell(ws, "Koko mittari (keskiarvo 1–5)")

    ws = wb["Palaute"]
    row, _ = find_cell(ws, "Ryhmässä oli turvallista olla.")
    assert ws.cell(row, 2).value == 5
    find_cell(ws, "Vertaistuki ja kahvihetket.")


def test_group_workbook_without_names(
    injected: Store, demo_group_id: uuid.UUID, tmp_path: Path
) -> None:
    path = jobs.export_group_report(injected, demo_group_id, tmp_path / "r.xlsx", today=TODAY)
    wb = openpyxl.load_workbook(path)
    hr, _ = find_cell(wb["Osallistujat"], "Koodi")
    assert "Nimi" not in [c.value for c in wb["Osallistujat"][hr]]
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.value not in ("Aino Esimerkki", INJECTION, "Helena Harjoitus")


# ----- group PDF ---------------------------------------------------------------------------


def test_group_report_pdf(demo_store: Store, demo_group_id: uuid.UUID, tmp_path: Path) -> None:
    path = jobs.export_group_report(demo_store, demo_group_id, tmp_path / "r.pdf", today=TODAY)
    text, pages = pdf_text(path)
    assert 2 <= pages <= 8
    for needle in (
        "Ryhmän raportti",
        "Juvan Voimaa-ryhmä (esimerkki)",
        "Lähiryhmä",
        "Sanna Ohjaaja",
        "Kerrat ja aiheet",
        "Ritva Ravinto",
        "Läsnäolo",
        "EUROHIS-8: alku- ja loppumittaus",
        "alussa (keskiarvo)",  # the chart's legend
        "Millaiseksi arvioitte elämänlaatunne?",
        "Palaute",
        "Budjetti: suunniteltu ja toteutunut",
        "491,50",
        "sivu 2",
        "Osallistujat näkyvät raportissa koodeina.",
    ):
        assert needle in text, needle
    for name in ("Aino Esimerkki", "Helena Harjoitus", "Kaisa Koe"):
        assert name not in text
    reader = PdfReader(path)
    assert "Ryhmän raportti" in (reader.metadata.title or "")


def test_group_report_pdf_with_names(
    demo_store: Store, demo_group_id: uuid.UUID, tmp_path: Path
) -> None:
    path = jobs.export_group_report(
        demo_store, demo_group_id, tmp_path / "r.pdf", include_names=True, today=TODAY
    )
    text, _ = pdf_text(path)
    assert "Aino Esimerkki" in text and "Helena Harjoitus" in text
    assert "Osallistujat näkyvät raportissa koodeina." not in text


# ----- the coordinator export's own workbook -------------------------------------------------


def test_coordinator_export_workbook(
    demo_store: Store, demo_group_id: uuid.UUID, tmp_path: Path
) -> None:
    path = jobs.export_coordinator(demo_store, demo_group_id, tmp_path / "k.zip", today=TODAY).path
    with zipfile.ZipFile(path) as zf:
        wb = openpyxl.load_workbook(io.BytesIO(zf.read(coordinator.XLSX_MEMBER)))
    assert wb.sheetnames == ["Tietoja", "Kerrat", "Läsnäolo", "EUROHIS-8", "Palaute"]
    ws = wb["Tietoja"]
    row, _ = find_cell(ws, "Paikkakunta")
    assert ws.cell(row, 2).value == "Juva"
    row, _ = find_cell(ws, "Mukana tässä viennissä (suostumus)")
    assert ws.cell(row, 2).value == 6
    ws = wb["EUROHIS-8"]
    assert ws.max_row >= 11  # 6 before + 4 after forms + header
    assert ws.freeze_panes == "A2"


# ----- combined report ----------------------------------------------------------------------


def _export(place: str, n: int, mode: GroupMode = GroupMode.LOCAL) -> coordinator.GroupExport:
    before = (2, 2, 3, 3, 2, 2, 3, 3)
    after = (3, 3, 4, 4, 3, 3, 4, 4)
    people = tuple(
        coordinator.ExportedParticipant(
            code=f"P{i}Q{i}-R",
            status=ParticipantStatus.ACTIVE,
            attendance=((1, AttendanceStatus.PRESENT),),
            forms=(
                coordinator.EurohisForm(Phase.BEFORE, None, WordingVersion.THL_ATH, before),
                coordinator.EurohisForm(Phase.AFTER, None, WordingVersion.THL_ATH, after),
            ),
        )
        for i in range(n)
    )
    return coordinator.GroupExport(
        group_id=uuid.uuid4(),
        place=place,
        mode=mode,
        start_date=date(2026, 9, 1),
        end_date=date(2026, 10, 20),
        exported_on=TODAY,
        sessions=(coordinator.SessionHeld(1, date(2026, 9, 1), "Tutustuminen", 0),),
        participants_total=n,
        participants_left=0,
        participants=people,
        statements=(),
        questions=(),
        feedback=(),
        open_texts_included=False,
        budget_planned_cents=0,
        budget_actual_cents=0,
    )


@pytest.fixture
def combined() -> coordinator.CombinedReport:
    return coordinator.aggregate(
        [_export("Juva", 2), _export("Mikkeli", 5), _export("Savonlinna", 4)], today=TODAY
    )


def test_combined_xlsx(combined: coordinator.CombinedReport, tmp_path: Path) -> None:
    path = jobs.write_combined(combined, tmp_path / "yhteenveto.xlsx")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Yhteenveto", "Kysymykset", "Ryhmät", "Seurantaluvut"]
    ws = wb["Yhteenveto"]
    assert ws.freeze_panes == "A2"
    headers = [c.value for c in ws[1]]
    participants = headers.index("Osallistujia") + 1
    mean_change = headers.index("Muutos, keskiarvo") + 1
    row, _ = find_cell(ws, "Juva")
    assert ws.cell(row, participants).value == "<3"
    assert ws.cell(row, mean_change).value == "<3"
    row, _ = find_cell(ws, "Mikkeli")
    # Juva's 2 = 11 − Mikkeli − Savonlinna: the smaller other place is hidden too ("*").
    assert ws.cell(row, participants).value == 5
    assert ws.cell(find_cell(ws, "Savonlinna")[0], participants).value == "*"
    assert ws.cell(row, mean_change).value == pytest.approx(1.0)
    row, _ = find_cell(ws, "Kaikki ryhmät")
    assert ws.cell(row, participants).value == 11
    ws = wb["Kysymykset"]
    assert len(ws._charts) == 1 and ws._charts[0].tagname == "barChart"
    row, _ = find_cell(ws, "Millaiseksi arvioitte elämänlaatunne?")
    assert ws.cell(row, 3).value == 11
    ws = wb["Ryhmät"]
    row, _ = find_cell(ws, "Juva")
    assert ws.cell(row, 6).value == "<3"


def test_combined_pdf(combined: coordinator.CombinedReport, tmp_path: Path) -> None:
    path = jobs.write_combined(combined, tmp_path / "yhteenveto.pdf")
    text, pages = pdf_text(path)
    assert 1 <= pages <= 5
    for needle in (
        "koordinaattorin yhteenveto",
        "Ryhmät, osallistujat ja läsnäolo",
        "EUROHIS-8 kysymyksittäin",
        "Kaikki ryhmät",
        "Savonlinna",
        "<3",
        "Solut, jotka perustuvat 1–2 henkilöön, on piilotettu (<3).",
    ):
        assert needle in text, needle


def test_combined_report_file_in_use_or_wrong_suffix(
    combined: coordinator.CombinedReport, tmp_path: Path
) -> None:
    from voimaa.errors import ValidationError

    with pytest.raises(ValidationError):
        jobs.write_combined(combined, tmp_path / "yhteenveto.docx")
    assert not (tmp_path / "yhteenveto.docx").exists()


@pytest.mark.parametrize("kind", ["group.pdf", "group.xlsx", "coordinator", "combined.xlsx"])
def test_file_open_in_another_program(
    demo_store: Store,
    demo_group_id: uuid.UUID,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    kind: str,
) -> None:
    """A target locked by Excel on Windows: a clear message and no half-written file left."""
    import os

    from voimaa.errors import FileInUseError

    def locked(src: str, dst: str) -> None:
        raise PermissionError(13, "locked")

    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(FileInUseError, match="Sulje tiedosto ja yritä uudelleen"):
        if kind.startswith("group"):
            jobs.export_group_report(demo_store, demo_group_id, out / f"r.{kind[6:]}")
        elif kind == "coordinator":
            jobs.export_coordinator(demo_store, demo_group_id, out / "k.zip")
        else:
            report = coordinator.aggregate([_export("Juva", 4)], today=TODAY)
            jobs.write_combined(report, out / "y.xlsx")
    assert list(out.iterdir()) == []


def test_group_report_pdf_says_in_plain_words_what_the_figures_mean(
    demo_store: Store, demo_group_id: uuid.UUID, tmp_path: Path
) -> None:
    from voimaa import eurohis

    path = jobs.export_group_report(demo_store, demo_group_id, tmp_path / "r.pdf", today=TODAY)
    text, _pages = pdf_text(path)
    flat = " ".join(text.split())
    assert "Mitä luvut kertovat" in flat and "Mitä tämä tarkoittaa?" in flat
    for line in eurohis.plain_summary(eurohis.before_after(demo_store, demo_group_id)):
        assert " ".join(line.split()) in flat, line
    for term in eurohis.explanations():
        assert " ".join(f"{term.term}: {term.meaning}".split()) in flat, term.key
