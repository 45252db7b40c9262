"""The leader pair's group workbook (.xlsx): sheets Ohjelma, Osallistujat, Läsnäolo, Budjetti,
EUROHIS-8 and Palaute, with frozen headers, Finnish formats, totals as values and a native Excel
chart of the before/after means per EUROHIS-8 item.

Every text a user typed goes through :func:`voimaa.export.xlsx.set_text`, so it can never become
a formula. Names appear only when the report was gathered with names included.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from voimaa import attendance, eurohis
from voimaa.export import xlsx
from voimaa.formats import format_date
from voimaa.i18n import translate
from voimaa.reports import GroupReport


def _euros(cents: int | None) -> float | None:
    return None if cents is None else cents / 100


def _title(ws: Worksheet, report: GroupReport, heading: str) -> None:
    cell = xlsx.set_text(ws, 1, 1, f"{heading} – {report.name}")
    cell.font = Font(bold=True, size=14)
    dates = " – ".join(
        x for x in (format_date(report.start_date), format_date(report.end_date)) if x
    )
    parts = [p for p in (report.place, report.mode_label, dates) if p]
    xlsx.set_text(ws, 2, 1, " · ".join(parts))


HEADER_ROW = 4


def write_group_xlsx(path: str | Path, report: GroupReport) -> Path:
    """Write the group workbook atomically."""
    wb = xlsx.new_workbook(
        translate("GroupXlsx", "Ryhmän raportti – {group}").format(group=report.name)
    )

    # Ohjelma
    ws = xlsx.first_sheet(wb)
    ws.title = translate("GroupXlsx", "Ohjelma")
    _title(ws, report, ws.title)
    xlsx.write_header(
        ws,
        HEADER_ROW,
        [
            translate("GroupXlsx", "Kerta"),
            translate("GroupXlsx", "Päivä"),
            translate("GroupXlsx", "Aihe"),
            translate("GroupXlsx", "Asiantuntijat"),
            translate("GroupXlsx", "Pidetty"),
            translate("GroupXlsx", "Läsnä"),
        ],
    )
    row = HEADER_ROW
    for s in report.sessions:
        row += 1
        xlsx.set_value(ws, row, 1, s.number, xlsx.INTEGER_FORMAT)
        xlsx.set_value(ws, row, 2, s.date, xlsx.DATE_FORMAT)
        xlsx.set_text(ws, row, 3, s.topic)
        xlsx.set_text(ws, row, 4, ", ".join(s.experts))
        xlsx.set_text(
            ws, row, 5, translate("GroupXlsx", "kyllä") if s.held else translate("GroupXlsx", "ei")
        )
        if s.held:
            xlsx.set_value(ws, row, 6, s.present, xlsx.INTEGER_FORMAT)
    row += 2
    xlsx.set_text(ws, row, 1, translate("GroupXlsx", "Ohjaajat"))
    xlsx.set_text(ws, row, 3, "; ".join(report.leaders))
    xlsx.set_widths(ws, [8, 12, 36, 40, 10, 8])

    # Osallistujat
    ws = wb.create_sheet(translate("GroupXlsx", "Osallistujat"))
    _title(ws, report, ws.title)
    headers = [translate("GroupXlsx", "Koodi")]
    if report.include_names:
        headers.append(translate("GroupXlsx", "Nimi"))
    headers += [
        translate("GroupXlsx", "Tila"),
        translate("GroupXlsx", "Läsnä"),
        translate("GroupXlsx", "Merkitty"),
        translate("GroupXlsx", "Läsnäolo"),
    ]
    xlsx.write_header(ws, HEADER_ROW, headers)
    row = HEADER_ROW
    for p in report.participants:
        row += 1
        col = 1
        xlsx.set_text(ws, row, col, p.code)
        if report.include_names:
            col += 1
            xlsx.set_text(ws, row, col, p.name)
        xlsx.set_text(ws, row, col + 1, p.status_label)
        xlsx.set_value(ws, row, col + 2, p.present, xlsx.INTEGER_FORMAT)
        xlsx.set_value(ws, row, col + 3, p.marked, xlsx.INTEGER_FORMAT)
        xlsx.set_value(ws, row, col + 4, p.rate, xlsx.PERCENT_FORMAT)
    xlsx.set_widths(ws, [10, *([28] if report.include_names else []), 14, 9, 10, 11])

    # Läsnäolo
    ws = wb.create_sheet(translate("GroupXlsx", "Läsnäolo"))
    _title(ws, report, ws.title)
    who = (
        translate("GroupXlsx", "Nimi (koodi)")
        if report.include_names
        else translate("GroupXlsx", "Koodi")
    )
    numbers = [s.number for s in report.sessions]
    xlsx.write_header(
        ws,
        HEADER_ROW,
        [
            who,
            *[translate("GroupXlsx", "Kerta {n}").format(n=n) for n in numbers],
            translate("GroupXlsx", "Läsnä"),
            translate("GroupXlsx", "Läsnäolo"),
        ],
    )
    row = HEADER_ROW
    for p in report.participants:
        row += 1
        xlsx.set_text(ws, row, 1, p.label)
        for col, mark in enumerate(p.marks, start=2):
            xlsx.set_text(ws, row, col, attendance.STATUS_LETTERS[mark] if mark else "")
        xlsx.set_value(ws, row, len(numbers) + 2, p.present, xlsx.INTEGER_FORMAT)
        xlsx.set_value(ws, row, len(numbers) + 3, p.rate, xlsx.PERCENT_FORMAT)
    row += 1
    xlsx.set_text(ws, row, 1, translate("GroupXlsx", "Läsnä yhteensä"))
    for col, s in enumerate(report.sessions, start=2):
        xlsx.set_value(ws, row, col, s.present, xlsx.INTEGER_FORMAT)
    xlsx.set_value(
        ws, row, len(numbers) + 2, sum(s.present for s in report.sessions), xlsx.INTEGER_FORMAT
    )
    xlsx.set_value(ws, row, len(numbers) + 3, report.group_rate, xlsx.PERCENT_FORMAT)
    xlsx.style_total_row(ws, row, len(numbers) + 3)
    xlsx.set_text(
        ws,
        row + 2,
        1,
        translate(
            "GroupXlsx",
            "L = läsnä, P = poissa, I = ilmoitettu poissaolo. Läsnäolo = läsnä / merkityt kerrat.",
        ),
    )
    xlsx.set_widths(ws, [28 if report.include_names else 12, *[9] * len(numbers), 8, 10])

    # Budjetti
    ws = wb.create_sheet(translate("GroupXlsx", "Budjetti"))
    _title(ws, report, ws.title)
    xlsx.write_header(
        ws,
        HEADER_ROW,
        [
            translate("GroupXlsx", "Luokka"),
            translate("GroupXlsx", "Suunniteltu"),
            translate("GroupXlsx", "Toteutunut"),
            translate("GroupXlsx", "Erotus"),
        ],
    )
    row = HEADER_ROW
    money = report.budget
    for c in money.categories:
        row += 1
        xlsx.set_text(ws, row, 1, c.name)
        xlsx.set_value(ws, row, 2, _euros(c.planned_cents), xlsx.MONEY_FORMAT)
        xlsx.set_value(ws, row, 3, _euros(c.actual_cents), xlsx.MONEY_FORMAT)
        xlsx.set_value(ws, row, 4, _euros(c.difference_cents), xlsx.MONEY_FORMAT)
    row += 1
    xlsx.set_text(ws, row, 1, translate("GroupXlsx", "Yhteensä"))
    xlsx.set_value(ws, row, 2, _euros(money.planned_total_cents), xlsx.MONEY_FORMAT)
    xlsx.set_value(ws, row, 3, _euros(money.actual_total_cents), xlsx.MONEY_FORMAT)
    xlsx.set_value(
        ws,
        row,
        4,
        _euros(money.actual_total_cents - money.planned_total_cents),
        xlsx.MONEY_FORMAT,
    )
    xlsx.style_total_row(ws, row, 4)
    row += 2
    xlsx.set_text(ws, row, 1, translate("GroupXlsx", "Budjettiraja"))
    xlsx.set_value(ws, row, 3, _euros(money.limit_cents), xlsx.MONEY_FORMAT)
    xlsx.set_text(ws, row + 1, 1, translate("GroupXlsx", "Jäljellä (raja − toteutunut)"))
    xlsx.set_value(ws, row + 1, 3, _euros(money.remaining_cents), xlsx.MONEY_FORMAT)
    xlsx.set_text(
        ws,
        row + 3,
        1,
        translate(
            "GroupXlsx", "Erotus = toteutunut − suunniteltu (positiivinen: yli suunnitelman)."
        ),
    )
    xlsx.set_widths(ws, [30, 14, 14, 14])

    # EUROHIS-8
    ws = wb.create_sheet("EUROHIS-8")
    _title(ws, report, "EUROHIS-8")
    change = report.eurohis
    xlsx.write_header(
        ws,
        HEADER_ROW,
        [
            translate("GroupXlsx", "Nro"),
            translate("GroupXlsx", "Kysymys"),
            translate("GroupXlsx", "Alussa"),
            translate("GroupXlsx", "Lopussa"),
            translate("GroupXlsx", "Muutos"),
            translate("GroupXlsx", "Parit (n)"),
        ],
    )
    row = HEADER_ROW
    for item in change.items:
        row += 1
        xlsx.set_value(ws, row, 1, item.item.number, xlsx.INTEGER_FORMAT)
        xlsx.set_text(ws, row, 2, item.item.text)
        xlsx.set_value(ws, row, 3, item.before_mean, xlsx.DECIMAL_FORMAT)
        xlsx.set_value(ws, row, 4, item.after_mean, xlsx.DECIMAL_FORMAT)
        xlsx.set_value(ws, row, 5, item.change, xlsx.DECIMAL_FORMAT)
        xlsx.set_value(ws, row, 6, item.n, xlsx.INTEGER_FORMAT)
    last_item = row
    row += 1
    xlsx.set_text(ws, row, 2, translate("GroupXlsx", "Koko mittari (keskiarvo 1–5)"))
    xlsx.set_value(ws, row, 3, change.before_mean, xlsx.DECIMAL_FORMAT)
    xlsx.set_value(ws, row, 4, change.after_mean, xlsx.DECIMAL_FORMAT)
    xlsx.set_value(ws, row, 5, change.mean_change, xlsx.DECIMAL_FORMAT)
    xlsx.set_value(ws, row, 6, change.n_pairs, xlsx.INTEGER_FORMAT)
    xlsx.style_total_row(ws, row, 6)
    chart = BarChart()
    chart.type = "col"
    chart.title = translate("GroupXlsx", "Keskiarvot kysymyksittäin: alussa ja lopussa")
    chart.y_axis.title = translate("GroupXlsx", "Keskiarvo (1 = huonoin … 5 = paras)")
    chart.x_axis.title = translate("GroupXlsx", "Kysymys")
    chart.y_axis.scaling.min = 0
    chart.y_axis.scaling.max = 5
    chart.add_data(
        Reference(ws, min_col=3, max_col=4, min_row=HEADER_ROW, max_row=last_item),
        titles_from_data=True,
    )
    chart.set_categories(Reference(ws, min_col=1, min_row=HEADER_ROW + 1, max_row=last_item))
    chart.height, chart.width = 8, 18
    ws.add_chart(chart, "H4")

    row += 2
    people_header = row
    who = (
        translate("GroupXlsx", "Nimi (koodi)")
        if report.include_names
        else translate("GroupXlsx", "Koodi")
    )
    xlsx.write_header(
        ws,
        people_header,
        [
            who,
            translate("GroupXlsx", "Tilanne"),
            translate("GroupXlsx", "Alussa"),
            translate("GroupXlsx", "Lopussa"),
            translate("GroupXlsx", "Muutos"),
            translate("GroupXlsx", "RCI"),
            translate("GroupXlsx", "Luotettava muutos"),
        ],
        freeze=False,
    )
    for pc in change.participants:
        row += 1
        xlsx.set_text(ws, row, 1, report.eurohis_label(pc.code))
        xlsx.set_text(
            ws, row, 2, eurohis.participant_note(pc, allow_prorated=change.allow_prorated)
        )
        xlsx.set_value(ws, row, 3, pc.before_mean, xlsx.DECIMAL_FORMAT)
        xlsx.set_value(ws, row, 4, pc.after_mean, xlsx.DECIMAL_FORMAT)
        xlsx.set_value(ws, row, 5, pc.change, xlsx.DECIMAL_FORMAT)
        xlsx.set_value(ws, row, 6, pc.rci, xlsx.DECIMAL_FORMAT)
        xlsx.set_text(
            ws,
            row,
            7,
            (translate("GroupXlsx", "kyllä") if pc.reliable else translate("GroupXlsx", "ei"))
            if pc.rci is not None
            else "",
        )
    row += 2
    for line in report.eurohis_lines:
        xlsx.set_text(ws, row, 1, line)
        row += 1
    xlsx.set_widths(ws, [22 if report.include_names else 10, 48, 9, 9, 9, 9, 16])

    # Palaute
    ws = wb.create_sheet(translate("GroupXlsx", "Palaute"))
    _title(ws, report, ws.title)
    fb = report.feedback
    xlsx.write_header(
        ws,
        HEADER_ROW,
        [
            translate("GroupXlsx", "Väittämä"),
            translate("GroupXlsx", "Vastauksia"),
            translate("GroupXlsx", "Keskiarvo"),
            "1",
            "2",
            "3",
            "4",
            "5",
        ],
    )
    row = HEADER_ROW
    for st in fb.statements:
        row += 1
        xlsx.set_text(ws, row, 1, st.text)
        xlsx.set_value(ws, row, 2, st.n, xlsx.INTEGER_FORMAT)
        xlsx.set_value(ws, row, 3, st.mean, xlsx.DECIMAL_FORMAT)
        for col, count in enumerate(st.counts, start=4):
            xlsx.set_value(ws, row, col, count, xlsx.INTEGER_FORMAT)
    row += 2
    xlsx.set_text(
        ws,
        row,
        1,
        translate("GroupXlsx", "Palautteita {n}. Asteikko: 1 = {low} … 5 = {high}.").format(
            n=fb.responses, low=fb.form.scale[0].lower(), high=fb.form.scale[-1].lower()
        ),
    )
    for q in fb.questions:
        row += 2
        cell = xlsx.set_text(ws, row, 1, q.question.text)
        cell.font = Font(bold=True)
        for text in q.answers:
            row += 1
            xlsx.set_text(ws, row, 1, text)
    xlsx.set_widths(ws, [60, 11, 11, 6, 6, 6, 6, 6])
    return xlsx.save_workbook(wb, path)
