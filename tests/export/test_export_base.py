"""The shared export base: atomic writes, PDF metadata and font, text never a formula."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from voimaa.errors import FileInUseError, ValidationError
from voimaa.export import files, pdf, xlsx


def test_failed_write_leaves_neither_a_half_file_nor_a_temp_file(tmp_path: Path) -> None:
    target = tmp_path / "raportti.pdf"
    target.write_bytes(b"old complete file")

    def write(tmp: Path) -> None:
        tmp.write_bytes(b"half")
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        files.atomic_write(target, write)
    assert target.read_bytes() == b"old complete file"
    assert [p.name for p in tmp_path.iterdir()] == ["raportti.pdf"]


def test_locked_target_says_close_the_file_and_try_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def locked(src: str, dst: str) -> None:
        raise PermissionError(13, "The process cannot access the file")

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(FileInUseError, match="Sulje tiedosto ja yritä uudelleen"):
        files.atomic_write(tmp_path / "auki.xlsx", lambda tmp: tmp.write_bytes(b"x"))
    assert list(tmp_path.iterdir()) == []


def test_missing_folder_is_a_clear_message(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="Kansiota ei ole"):
        files.atomic_write(tmp_path / "ei" / "x.pdf", lambda tmp: None)


def test_pdf_has_title_author_language_unicode_text_and_page_numbers(tmp_path: Path) -> None:
    from reportlab.platypus import PageBreak, Paragraph

    body = pdf.styles()["body"]
    assert body.fontSize >= 12 and body.fontName == pdf.FONT
    story = [Paragraph("Hyvää päivää, Šárka ja Åsa", body), PageBreak(), Paragraph("Toinen", body)]
    out = pdf.build_pdf(tmp_path / "t.pdf", story, title="Työkirja", footer="Voimaa")
    reader = PdfReader(out)
    assert reader.metadata is not None
    assert reader.metadata.title == "Työkirja" and reader.metadata.author == "Voimaa"
    assert reader.trailer["/Root"]["/Lang"] == "fi-FI"
    assert len(reader.pages) == 2
    first = reader.pages[0].extract_text()
    assert "Hyvää päivää, Šárka ja Åsa" in first and "sivu 1" in first
    assert "sivu 2" in reader.pages[1].extract_text()


@pytest.mark.parametrize(
    "text",
    ['=HYPERLINK("http://x","y")', "+358401234567", "-1", "@SUM(A1)", "\tx", "\rx", "=1+1"],
)
def test_user_text_is_never_a_formula(tmp_path: Path, text: str) -> None:
    wb = xlsx.new_workbook("Testi")
    ws = wb.active
    xlsx.set_text(ws, 1, 1, text)
    xlsx.set_value(ws, 2, 1, text)
    out = xlsx.save_workbook(wb, tmp_path / "t.xlsx")
    cell_ws = load_workbook(out).active
    for row in (1, 2):
        cell = cell_ws.cell(row=row, column=1)
        assert cell.data_type == "s"
        assert cell.value in (text, text.replace("\r", "\n"))  # XML reads CR back as LF
        assert cell.quotePrefix


def test_numbers_dates_and_header(tmp_path: Path) -> None:
    from datetime import date

    wb = xlsx.new_workbook("Testi")
    ws = wb.active
    xlsx.write_header(ws, 1, ["Päivä", "Summa"])
    xlsx.set_value(ws, 2, 1, date(2026, 11, 22))
    xlsx.set_value(ws, 2, 2, 12.5, xlsx.MONEY_FORMAT)
    xlsx.set_formula(ws, 3, 2, "=SUM(B2:B2)", xlsx.MONEY_FORMAT)
    out = xlsx.save_workbook(wb, tmp_path / "t.xlsx")
    ws = load_workbook(out).active
    assert ws.freeze_panes == "A2"
    assert ws["A1"].font.bold and ws["A1"].value == "Päivä"
    assert ws["A2"].number_format == xlsx.DATE_FORMAT
    assert ws["B2"].number_format == xlsx.MONEY_FORMAT
    assert ws["B3"].value == "=SUM(B2:B2)" and ws["B3"].data_type == "f"
