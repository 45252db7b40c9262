"""The attendance sheet (läsnäolotaulukko) as a styled Excel workbook.

Totals are written as values so that any reader sees them; next to them are formula columns and
rows that follow the L/P/I marks when a leader edits the sheet in Excel.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from voimaa import labels
from voimaa.attendance import STATUS_LETTERS, AttendanceTable
from voimaa.export import xlsx
from voimaa.formats import format_date, format_percent
from voimaa.i18n import translate

HEADER_ROW = 4
FOLLOW_UP_FILL = PatternFill("solid", fgColor="FCE4D6")
FUTURE_FILL = PatternFill("solid", fgColor="F2F2F2")


def write_attendance_xlsx(path: str | Path, table: AttendanceTable) -> Path:
    """Write `table` to `path` (atomically)."""
    wb = xlsx.new_workbook(
        translate("AttendanceXlsx", "Läsnäolotaulukko – {group}").format(group=table.group_name)
    )
    ws = xlsx.first_sheet(wb)
    ws.title = translate("AttendanceXlsx", "Läsnäolo")
    n = len(table.sessions)
    first_mark = 4  # columns: code, name, status, marks…
    last_mark = first_mark + n - 1
    c_present = last_mark + 1
    c_marked = c_present + 2
    headers = [
        translate("AttendanceXlsx", "Koodi"),
        translate("AttendanceXlsx", "Nimi"),
        translate("AttendanceXlsx", "Tila"),
        *(
            translate("AttendanceXlsx", "{n}. kerta\n{date}").format(
                n=c.number, date=format_date(c.date)
            )
            for c in table.sessions
        ),
        translate("AttendanceXlsx", "Läsnä"),
        translate("AttendanceXlsx", "Läsnä (kaava)"),
        translate("AttendanceXlsx", "Merkitty"),
        translate("AttendanceXlsx", "Osallistumis-%"),
        translate("AttendanceXlsx", "Osallistumis-% (kaava)"),
        translate("AttendanceXlsx", "Soitetaan"),
    ]
    title = xlsx.set_text(
        ws,
        1,
        1,
        translate("AttendanceXlsx", "Läsnäolotaulukko – {group}").format(group=table.group_name),
    )
    title.font = Font(bold=True, size=14)
    xlsx.set_text(
        ws,
        2,
        1,
        (table.place + " · " if table.place else "")
        + translate(
            "AttendanceXlsx",
            "Viety {date} · L = läsnä, P = poissa, I = ilmoitettu poissaolo, tyhjä = ei merkitty "
            "(harmaa: ei enää ryhmässä) · seurantaraja {threshold}",
        ).format(date=format_date(table.today), threshold=format_percent(table.threshold)),
    )
    xlsx.write_header(ws, HEADER_ROW, headers)
    ws.freeze_panes = ws.cell(row=HEADER_ROW + 1, column=first_mark).coordinate
    ws.row_dimensions[HEADER_ROW].height = 32
    center = Alignment(horizontal="center")
    row = HEADER_ROW
    for r in table.rows:
        row += 1
        xlsx.set_text(ws, row, 1, r.code)
        xlsx.set_text(ws, row, 2, r.name)
        xlsx.set_text(ws, row, 3, labels.participant_status(r.status))
        for i, mark in enumerate(r.marks):
            cell = xlsx.set_text(
                ws, row, first_mark + i, STATUS_LETTERS.get(mark, "") if mark else ""
            )
            cell.alignment = center
            if table.sessions[i].is_future(table.today) or not r.expected(i):
                cell.fill = FUTURE_FILL
        span = f"{get_column_letter(first_mark)}{row}:{get_column_letter(last_mark)}{row}"
        xlsx.set_value(ws, row, c_present, r.present, xlsx.INTEGER_FORMAT)
        xlsx.set_formula(
            ws, row, c_present + 1, f'=COUNTIF({span},"L")', r.present, xlsx.INTEGER_FORMAT
        )
        xlsx.set_value(ws, row, c_marked, r.marked, xlsx.INTEGER_FORMAT)
        if r.rate is not None:
            xlsx.set_value(ws, row, c_marked + 1, r.rate, xlsx.PERCENT_FORMAT)
        xlsx.set_formula(
            ws,
            row,
            c_marked + 2,
            # ROUND: the same half-up rule as the program (62,5 % shows as 63 %).
            f'=IF(COUNTA({span})=0,"",ROUND(COUNTIF({span},"L")/COUNTA({span}),2))',
            r.rate,
            xlsx.PERCENT_FORMAT,
        )
        xlsx.set_text(
            ws, row, c_marked + 3, translate("AttendanceXlsx", "kyllä") if r.below_threshold else ""
        )
        if r.below_threshold:
            for col in (1, 2, c_marked + 1, c_marked + 3):
                ws.cell(row=row, column=col).fill = FOLLOW_UP_FILL
    last_person = row
    # Per-session totals: values, then one formula row that follows edits.
    totals = (
        (translate("AttendanceXlsx", "Läsnä yhteensä"), [t.present for t in table.totals]),
        (translate("AttendanceXlsx", "Poissa yhteensä"), [t.absent for t in table.totals]),
        (
            translate("AttendanceXlsx", "Ilmoitettu poissaolo yhteensä"),
            [t.excused for t in table.totals],
        ),
        (translate("AttendanceXlsx", "Ei merkitty yhteensä"), [t.unmarked for t in table.totals]),
    )
    for i_label, (label, values) in enumerate(totals):
        row += 1
        xlsx.set_text(ws, row, 2, label)
        for i, value in enumerate(values):
            xlsx.set_value(ws, row, first_mark + i, value, xlsx.INTEGER_FORMAT).alignment = center
        if i_label == 0:
            xlsx.set_value(ws, row, c_present, table.present_total, xlsx.INTEGER_FORMAT)
            if table.group_rate is not None:
                xlsx.set_value(ws, row, c_marked + 1, table.group_rate, xlsx.PERCENT_FORMAT)
        xlsx.style_total_row(ws, row, len(headers))
    row += 1
    xlsx.set_text(ws, row, 2, translate("AttendanceXlsx", "Läsnä yhteensä (kaava)"))
    for i in range(n):
        letter = get_column_letter(first_mark + i)
        rng = f"{letter}{HEADER_ROW + 1}:{letter}{max(last_person, HEADER_ROW + 1)}"
        xlsx.set_formula(
            ws, row, first_mark + i, f'=COUNTIF({rng},"L")', None, xlsx.INTEGER_FORMAT
        ).alignment = center
    letter = get_column_letter(c_present)
    xlsx.set_formula(
        ws,
        row,
        c_present + 1,
        f"=SUM({letter}{HEADER_ROW + 1}:{letter}{max(last_person, HEADER_ROW + 1)})",
        table.present_total,
        xlsx.INTEGER_FORMAT,
    )
    xlsx.style_total_row(ws, row, len(headers))
    # Marks typed later in Excel: present cells turn green.
    if table.rows:
        top_left = f"{get_column_letter(first_mark)}{HEADER_ROW + 1}"
        area = f"{top_left}:{get_column_letter(last_mark)}{last_person}"
        ws.conditional_formatting.add(
            area,
            FormulaRule(
                formula=[f'{top_left}="L"'],
                fill=PatternFill("solid", fgColor="D9EAD3"),
            ),
        )
    xlsx.set_widths(ws, [10, 26, 13, *([11] * n), 8, 9, 9, 11, 11, 10])
    return xlsx.save_workbook(wb, path)
