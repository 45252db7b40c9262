"""Shared Excel pieces: text that can never become a formula, header styling, Finnish number
formats, column widths and an atomic save."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from voimaa import rounding
from voimaa.export.files import atomic_write

MONEY_FORMAT = '#,##0.00 "€"'  # shown as 1 234,50 € by a Finnish Excel
PERCENT_FORMAT = "0 %"
DATE_FORMAT = "d.m.yyyy"
DECIMAL_FORMAT = "0.00"
SIGNED_FORMAT = "+0.00;-0.00;0.00"
INTEGER_FORMAT = "0"

HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="2F5D62")
TOTAL_FONT = Font(bold=True)
TOTAL_FILL = PatternFill("solid", fgColor="E8F0EF")
THIN = Side(style="thin", color="B0B8B9")
BORDER = Border(top=THIN, bottom=THIN, left=THIN, right=THIN)

# A cell that starts with one of these would be a formula (or be taken as one when edited).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def set_text(ws: Worksheet, row: int, column: int, value: str | None) -> Any:
    """Write user text so that it always stays text: never a formula, never a DDE trigger."""
    cell = ws.cell(row=row, column=column)
    text = ILLEGAL_CHARACTERS_RE.sub("", value or "")
    cell.value = text
    cell.data_type = "s"
    if text.startswith(FORMULA_TRIGGERS):
        cell.quotePrefix = True
    return cell


def sheet_ref(title: str) -> str:
    """A sheet's name as a formula reference: bare when it is one word, else quoted."""
    if title.replace("_", "").isalnum():
        return title
    return "'" + title.replace("'", "''") + "'"


# A number shown with a fixed count of decimals is written already rounded half up to them
# (voimaa.rounding), so that every reader shows the figure the program shows (2,63; 63 %).
SHOWN_DECIMALS = {DECIMAL_FORMAT: 2, SIGNED_FORMAT: 2, INTEGER_FORMAT: 0}


def shown_value(value: float, number_format: str) -> float:
    """`value` as the program shows it in `number_format` (see :data:`SHOWN_DECIMALS`)."""
    if number_format == PERCENT_FORMAT:
        return rounding.rounded_ratio(value)
    if number_format in SHOWN_DECIMALS:
        return rounding.rounded(value, SHOWN_DECIMALS[number_format])
    return value


def set_value(ws: Worksheet, row: int, column: int, value: Any, number_format: str = "") -> Any:
    """Write a number, date or (safe) text; `number_format` applies to numbers and dates. A
    float in a decimal, integer or percent format is written rounded as the program shows it."""
    if isinstance(value, str) or value is None:
        return set_text(ws, row, column, value)
    if isinstance(value, float):
        value = shown_value(value, number_format)
    cell = ws.cell(row=row, column=column, value=value)
    if number_format:
        cell.number_format = number_format
    elif isinstance(value, datetime | date):
        cell.number_format = DATE_FORMAT
    return cell


def set_formula(
    ws: Worksheet, row: int, column: int, formula: str, cached: Any, number_format: str = ""
) -> Any:
    """A formula the program wrote itself (never user text). openpyxl cannot store a cached
    result, so callers also put the total as a value elsewhere when readers need it."""
    assert formula.startswith("=")
    cell = ws.cell(row=row, column=column, value=formula)
    if number_format:
        cell.number_format = number_format
    return cell


def write_header(ws: Worksheet, row: int, headers: Sequence[str], *, freeze: bool = True) -> None:
    """The header row of a table; the first one of a sheet (with the title rows above it) is
    printed again at the top of every page."""
    if not ws.print_title_rows:
        ws.print_title_rows = f"1:{row}"
    for col, text in enumerate(headers, start=1):
        cell = set_text(ws, row, col, text)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(vertical="center", wrap_text=True)
        cell.border = BORDER
    if freeze:
        ws.freeze_panes = ws.cell(row=row + 1, column=1).coordinate


def style_total_row(ws: Worksheet, row: int, columns: int) -> None:
    for col in range(1, columns + 1):
        cell = ws.cell(row=row, column=col)
        cell.font = TOTAL_FONT
        cell.fill = TOTAL_FILL
        cell.border = BORDER


def set_widths(ws: Worksheet, widths: Iterable[float]) -> None:
    for col, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(col)].width = width


def new_workbook(header: str) -> Workbook:
    """An empty workbook whose every page prints `header` (e.g. the group's name) on top."""
    wb = Workbook()
    wb.properties.creator = "Voimaa"
    wb.properties.language = "fi-FI"
    wb.properties.title = header
    return wb


# A4 portrait holds about this many characters of column width at 100 %; a wider sheet is
# printed in landscape (and every sheet is scaled to the page width).
PORTRAIT_WIDTH = 100.0
DEFAULT_COLUMN_WIDTH = 8.43


def sheet_width(ws: Worksheet) -> float:
    """The sheet's used width in Excel's character units."""
    total = 0.0
    for col in range(1, (ws.max_column or 1) + 1):
        dim = ws.column_dimensions.get(get_column_letter(col))
        total += dim.width if dim is not None and dim.width else DEFAULT_COLUMN_WIDTH
    return total


def _header_text(text: str) -> str:
    return text.replace("&", "&&")  # "&" starts a code in Excel's page header


def print_setup(ws: Worksheet, header: str) -> None:
    """How every sheet prints: A4, landscape when wider than a portrait page, scaled to the
    page width (as many pages down as needed), the title and header rows on every page (set by
    :func:`write_header`), `header` and the page number in the page header."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = (
        ws.ORIENTATION_LANDSCAPE if sheet_width(ws) > PORTRAIT_WIDTH else ws.ORIENTATION_PORTRAIT
    )
    if ws.sheet_properties.pageSetUpPr is None:
        ws.sheet_properties.pageSetUpPr = PageSetupProperties()
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.75
    ws.page_margins.header = ws.page_margins.footer = 0.3
    for page_header in (ws.oddHeader, ws.evenHeader):
        assert page_header is not None  # openpyxl makes both with every sheet
        page_header.left.text = _header_text(header)
        page_header.right.text = "&P / &N"


def finish(wb: Workbook) -> None:
    """The print setup of every sheet (see :func:`print_setup`), before the workbook is saved."""
    header = wb.properties.title or "Voimaa"
    for ws in wb.worksheets:
        print_setup(ws, header)


def first_sheet(wb: Workbook) -> Worksheet:
    """The sheet a new workbook starts with."""
    ws = wb.active
    if not isinstance(ws, Worksheet):
        raise TypeError("a new workbook starts with a worksheet")
    return ws


def save_workbook(wb: Workbook, path: str | Path) -> Path:
    """Save atomically (a failed save leaves no half-written file), every sheet set to print."""
    finish(wb)
    return atomic_write(path, lambda tmp: wb.save(tmp))
