"""Reading back what the exporters wrote: PDF text and page count, a value's cell in a sheet."""

from __future__ import annotations

from pathlib import Path

from openpyxl.worksheet.worksheet import Worksheet
from pypdf import PdfReader


def pdf_text(path: Path) -> tuple[str, int]:
    """All text of a PDF (pages joined by newlines) and its page count."""
    reader = PdfReader(path)
    return "\n".join(p.extract_text() for p in reader.pages), len(reader.pages)


def find_cell(ws: Worksheet, value: str) -> tuple[int, int]:
    """Row and column of the first cell holding exactly `value`; fails the test if none."""
    for row in ws.iter_rows():
        for cell in row:
            if cell.value == value:
                return cell.row, cell.column
    raise AssertionError(f"{value!r} not in sheet {ws.title}")
