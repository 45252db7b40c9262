"""The budget sheet (budjettitaulukko) as a styled Excel workbook.

Sheet "Budjetti" has the lines, totals as values and a formula row (SUM) that follows edits;
the budget limit and what remains, as values and as formulas. Sheet "Luokittain" has the totals
per category as values and as SUMIF formulas over the lines.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Font

from voimaa.budget import BudgetSummary
from voimaa.export import xlsx
from voimaa.formats import format_date
from voimaa.i18n import translate

HEADER_ROW = 4


def _line_headers() -> tuple[str, ...]:
    return (
        translate("BudgetXlsx", "Päivämäärä"),
        translate("BudgetXlsx", "Kuvaus"),
        translate("BudgetXlsx", "Luokka"),
        translate("BudgetXlsx", "Kerta"),
        translate("BudgetXlsx", "Suunniteltu"),
        translate("BudgetXlsx", "Toteutunut"),
        translate("BudgetXlsx", "Tosite"),
        translate("BudgetXlsx", "Maksaja"),
    )


def _euros(cents: int | None) -> float | None:
    return None if cents is None else cents / 100


def write_budget_xlsx(path: str | Path, summary: BudgetSummary) -> Path:
    """Write `summary` to `path` (atomically)."""
    wb = xlsx.new_workbook(
        translate("BudgetXlsx", "Budjetti – {group}").format(group=summary.group_name)
    )
    ws = xlsx.first_sheet(wb)
    ws.title = translate("BudgetXlsx", "Budjetti")
    line_headers = _line_headers()
    title = xlsx.set_text(
        ws, 1, 1, translate("BudgetXlsx", "Budjetti – {group}").format(group=summary.group_name)
    )
    title.font = Font(bold=True, size=14)
    xlsx.set_text(
        ws,
        2,
        1,
        (summary.place + " · " if summary.place else "")
        + translate("BudgetXlsx", "Viety {date} · summat euroina").format(
            date=format_date(summary.today)
        ),
    )
    xlsx.write_header(ws, HEADER_ROW, line_headers)
    row = HEADER_ROW
    for line in summary.lines:
        row += 1
        xlsx.set_value(ws, row, 1, line.date, xlsx.DATE_FORMAT)
        xlsx.set_text(ws, row, 2, line.description)
        xlsx.set_text(ws, row, 3, line.category_name)
        if line.session_number is not None:
            xlsx.set_value(ws, row, 4, line.session_number, xlsx.INTEGER_FORMAT)
        xlsx.set_value(ws, row, 5, _euros(line.planned_cents), xlsx.MONEY_FORMAT)
        if line.actual_cents is not None:
            xlsx.set_value(ws, row, 6, _euros(line.actual_cents), xlsx.MONEY_FORMAT)
        xlsx.set_text(ws, row, 7, line.receipt_ref)
        xlsx.set_text(ws, row, 8, line.paid_by)
    first, last = HEADER_ROW + 1, max(row, HEADER_ROW + 1)
    lines_end = last
    row += 1
    xlsx.set_text(ws, row, 2, translate("BudgetXlsx", "Yhteensä"))
    xlsx.set_value(ws, row, 5, _euros(summary.planned_total_cents), xlsx.MONEY_FORMAT)
    xlsx.set_value(ws, row, 6, _euros(summary.actual_total_cents), xlsx.MONEY_FORMAT)
    xlsx.style_total_row(ws, row, len(line_headers))
    row += 1
    formula_row = row
    xlsx.set_text(ws, row, 2, translate("BudgetXlsx", "Yhteensä (kaava)"))
    for col, letter, cents in (
        (5, "E", summary.planned_total_cents),
        (6, "F", summary.actual_total_cents),
    ):
        xlsx.set_formula(
            ws, row, col, f"=SUM({letter}{first}:{letter}{last})", _euros(cents), xlsx.MONEY_FORMAT
        )
    xlsx.style_total_row(ws, row, len(line_headers))
    row += 2
    limit_row = row
    xlsx.set_text(ws, row, 2, translate("BudgetXlsx", "Budjetti (myönnetty)"))
    xlsx.set_value(ws, row, 6, _euros(summary.limit_cents), xlsx.MONEY_FORMAT)
    row += 1
    xlsx.set_text(ws, row, 2, translate("BudgetXlsx", "Jäljellä (budjetti − toteutunut)"))
    xlsx.set_value(ws, row, 5, _euros(summary.remaining_planned_cents), xlsx.MONEY_FORMAT)
    xlsx.set_value(ws, row, 6, _euros(summary.remaining_cents), xlsx.MONEY_FORMAT)
    xlsx.style_total_row(ws, row, len(line_headers))
    row += 1
    xlsx.set_text(ws, row, 2, translate("BudgetXlsx", "Jäljellä (kaava)"))
    xlsx.set_formula(
        ws,
        row,
        5,
        f"=F{limit_row}-E{formula_row}",
        _euros(summary.remaining_planned_cents),
        xlsx.MONEY_FORMAT,
    )
    xlsx.set_formula(
        ws,
        row,
        6,
        f"=F{limit_row}-F{formula_row}",
        _euros(summary.remaining_cents),
        xlsx.MONEY_FORMAT,
    )
    xlsx.style_total_row(ws, row, len(line_headers))
    row += 1
    xlsx.set_text(
        ws,
        row,
        2,
        translate(
            "BudgetXlsx",
            "Sarake E: budjetti − suunniteltu yhteensä. Sarake F: budjetti − toteutunut yhteensä.",
        ),
    ).font = Font(italic=True, color="555555")
    xlsx.set_widths(ws, [12, 40, 22, 7, 14, 14, 12, 16])

    cs = wb.create_sheet(translate("BudgetXlsx", "Luokittain"))
    xlsx.write_header(
        cs,
        1,
        (
            translate("BudgetXlsx", "Luokka"),
            translate("BudgetXlsx", "Suunniteltu"),
            translate("BudgetXlsx", "Toteutunut"),
            translate("BudgetXlsx", "Erotus (toteutunut − suunniteltu)"),
            translate("BudgetXlsx", "Suunniteltu (kaava)"),
            translate("BudgetXlsx", "Toteutunut (kaava)"),
        ),
    )
    lines_ref = xlsx.sheet_ref(ws.title)
    r = 1
    for cat in summary.categories:
        r += 1
        xlsx.set_text(cs, r, 1, cat.name)
        xlsx.set_value(cs, r, 2, _euros(cat.planned_cents), xlsx.MONEY_FORMAT)
        xlsx.set_value(cs, r, 3, _euros(cat.actual_cents), xlsx.MONEY_FORMAT)
        xlsx.set_value(cs, r, 4, _euros(cat.difference_cents), xlsx.MONEY_FORMAT)
        criterion = f"A{r}" if cat.id is not None else '""'
        for col, letter, cents in ((5, "E", cat.planned_cents), (6, "F", cat.actual_cents)):
            xlsx.set_formula(
                cs,
                r,
                col,
                f"=SUMIF({lines_ref}!$C${first}:$C${lines_end},{criterion},"
                f"{lines_ref}!${letter}${first}:${letter}${lines_end})",
                _euros(cents),
                xlsx.MONEY_FORMAT,
            )
    r += 1
    xlsx.set_text(cs, r, 1, translate("BudgetXlsx", "Yhteensä"))
    xlsx.set_value(cs, r, 2, _euros(summary.planned_total_cents), xlsx.MONEY_FORMAT)
    xlsx.set_value(cs, r, 3, _euros(summary.actual_total_cents), xlsx.MONEY_FORMAT)
    xlsx.set_value(
        cs,
        r,
        4,
        _euros(summary.actual_total_cents - summary.planned_total_cents),
        xlsx.MONEY_FORMAT,
    )
    for col, letter, cents in (
        (5, "E", summary.planned_total_cents),
        (6, "F", summary.actual_total_cents),
    ):
        xlsx.set_formula(
            cs, r, col, f"=SUM({letter}2:{letter}{r - 1})", _euros(cents), xlsx.MONEY_FORMAT
        )
    xlsx.style_total_row(cs, r, 6)
    r += 2
    xlsx.set_text(cs, r, 1, translate("BudgetXlsx", "Budjetti (myönnetty)"))
    xlsx.set_value(cs, r, 3, _euros(summary.limit_cents), xlsx.MONEY_FORMAT)
    r += 1
    xlsx.set_text(cs, r, 1, translate("BudgetXlsx", "Jäljellä"))
    xlsx.set_value(cs, r, 3, _euros(summary.remaining_cents), xlsx.MONEY_FORMAT)
    xlsx.style_total_row(cs, r, 6)
    xlsx.set_widths(cs, [26, 14, 14, 16, 14, 14])
    return xlsx.save_workbook(wb, path)
