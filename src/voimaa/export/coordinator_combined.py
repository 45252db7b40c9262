"""The combined report over many groups' coordinator exports as a workbook (.xlsx), written
from :class:`voimaa.coordinator.combined.CombinedReport` (no names anywhere); the A4 PDF is
:mod:`voimaa.export.coordinator_combined_pdf` (kept apart so that writing a workbook does not
load reportlab). The column titles and method notes here are shared by both.

Figures that rest on 1–2 persons are written as "<3". Both writers share the export layer's
signature ``write(path, report) -> Path`` and are registered in :data:`voimaa.export.jobs.FORMATS`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl.chart import BarChart, Reference
from openpyxl.worksheet.worksheet import Worksheet

from voimaa import labels
from voimaa.coordinator.combined import AreaFigures, CombinedReport, Figure
from voimaa.coordinator.followup import FollowUp
from voimaa.coordinator.presenting import (
    followup_columns,
    followup_lines,
    followup_note,
)
from voimaa.export import xlsx
from voimaa.formats import format_date, format_decimal
from voimaa.i18n import translate


def _cell(ws: Worksheet, row: int, col: int, fig: Figure, kind: str = "count") -> None:
    if fig.hidden:
        xlsx.set_text(ws, row, col, fig.mark)
        return
    fmt = {
        "count": xlsx.INTEGER_FORMAT,
        "percent": xlsx.PERCENT_FORMAT,
        "decimal": xlsx.DECIMAL_FORMAT,
        "signed": xlsx.SIGNED_FORMAT,
    }[kind]
    xlsx.set_value(ws, row, col, fig.value, fmt)


AREA_COLUMNS: tuple[tuple[str, str], ...] = (  # (figure, kind)
    ("groups", "count"),
    ("sessions", "count"),
    ("participants", "count"),
    ("consented", "count"),
    ("left", "count"),
    ("attendance_rate", "percent"),
)
CHANGE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("pairs", "count"),
    ("mean_before", "decimal"),
    ("mean_after", "decimal"),
    ("mean_change", "signed"),
    ("median_change", "signed"),
    ("improved", "count"),
    ("unchanged", "count"),
    ("worse", "count"),
    ("reliable_improved", "count"),
    ("reliable_worse", "count"),
    ("good_before", "percent"),
    ("good_after", "percent"),
)


def column_title(key: str) -> str:
    """The column heading of a figure of AREA_COLUMNS or CHANGE_COLUMNS."""
    match key:
        case "groups":
            return translate("CoordinatorFiles", "Ryhmiä")
        case "sessions":
            return translate("CoordinatorFiles", "Pidettyjä kertoja")
        case "participants":
            return translate("CoordinatorFiles", "Osallistujia")
        case "consented":
            return translate("CoordinatorFiles", "Suostumus luovuttaa")
        case "left":
            return translate("CoordinatorFiles", "Lopettaneita")
        case "attendance_rate":
            return translate("CoordinatorFiles", "Läsnäolo")
        case "pairs":
            return translate("CoordinatorFiles", "Alku- ja loppumittaus (n)")
        case "mean_before":
            return translate("CoordinatorFiles", "Keskiarvo alussa")
        case "mean_after":
            return translate("CoordinatorFiles", "Keskiarvo lopussa")
        case "mean_change":
            return translate("CoordinatorFiles", "Muutos, keskiarvo")
        case "median_change":
            return translate("CoordinatorFiles", "Muutos, mediaani")
        case "improved":
            return translate("CoordinatorFiles", "Parani")
        case "unchanged":
            return translate("CoordinatorFiles", "Ei muutosta")
        case "worse":
            return translate("CoordinatorFiles", "Heikkeni")
        case "reliable_improved":
            return translate("CoordinatorFiles", "Luotettava paraneminen")
        case "reliable_worse":
            return translate("CoordinatorFiles", "Luotettava heikkeneminen")
        case "good_before":
            return translate("CoordinatorFiles", "Hyvä elämänlaatu alussa")
        case "good_after":
            return translate("CoordinatorFiles", "Hyvä elämänlaatu lopussa")
    raise KeyError(key)


def _area_values(area: AreaFigures) -> list[tuple[Figure, str]]:
    values = [(getattr(area, key), kind) for key, kind in AREA_COLUMNS]
    values += [(getattr(area.change, key), kind) for key, kind in CHANGE_COLUMNS]
    return values


def method_notes(report: CombinedReport) -> list[str]:
    return [
        translate("CoordinatorFiles", "Solut, jotka perustuvat 1–2 henkilöön, on piilotettu (<3)."),
        translate(
            "CoordinatorFiles",
            "Myös * on piilotettu: muuten piilotetun luvun voisi laskea summasta ja viereisistä "
            "soluista.",
        ),
        translate(
            "CoordinatorFiles",
            "EUROHIS-8: pisteet ovat kahdeksan kysymyksen keskiarvo (1–5) vain täydellisistä "
            "lomakkeista. Muutos lasketaan henkilöiltä, joilla on sekä alku- että loppumittaus.",
        ),
        translate(
            "CoordinatorFiles",
            "Luotettava muutos: |RCI| > 1,96; reliabiliteetti r = {r}, keskihajonta {sd} ({what}).",
        ).format(
            r=format_decimal(report.reliability),
            sd=format_decimal(report.sd.sd),
            what=report.sd.description,
        ),
        translate("CoordinatorFiles", "Hyvä elämänlaatu: keskiarvo vähintään 4 (THL)."),
        translate(
            "CoordinatorFiles",
            "Osallistujia = ryhmän aloittaneet. Läsnäolo ja EUROHIS-8 vain niiltä, jotka antoivat "
            "suostumuksen tietojen luovuttamiseen.",
        ),
    ]


def write_combined_xlsx(path: Path, report: CombinedReport) -> Path:
    """The combined report as a workbook: summary per place, items with a chart, groups."""
    wb = xlsx.new_workbook(translate("CoordinatorFiles", "Koordinaattorin yhteenveto"))
    ws = xlsx.first_sheet(wb)
    ws.title = translate("CoordinatorFiles", "Yhteenveto")
    headers = [translate("CoordinatorFiles", "Alue")] + [
        column_title(k) for k, _ in AREA_COLUMNS + CHANGE_COLUMNS
    ]
    xlsx.write_header(ws, 1, headers)
    areas = [*report.places, report.overall]
    for row, area in enumerate(areas, start=2):
        xlsx.set_text(ws, row, 1, area.label)
        for col, (fig, kind) in enumerate(_area_values(area), start=2):
            _cell(ws, row, col, fig, kind)
    xlsx.style_total_row(ws, len(areas) + 1, len(headers))
    notes_row = len(areas) + 3
    xlsx.set_text(
        ws,
        notes_row,
        1,
        translate("CoordinatorFiles", "Tehty {d}").format(d=format_date(report.made_on)),
    )
    for i, note in enumerate(method_notes(report), start=1):
        xlsx.set_text(ws, notes_row + i, 1, note)
    xlsx.set_widths(ws, [22, *[14] * (len(headers) - 1)])

    ws = wb.create_sheet(translate("CoordinatorFiles", "Kysymykset"))
    xlsx.write_header(
        ws,
        1,
        [
            translate("CoordinatorFiles", "Nro"),
            translate("CoordinatorFiles", "Kysymys"),
            translate("CoordinatorFiles", "Parit (n)"),
            translate("CoordinatorFiles", "Alussa"),
            translate("CoordinatorFiles", "Lopussa"),
            translate("CoordinatorFiles", "Muutos"),
        ],
    )
    for row, item in enumerate(report.items, start=2):
        xlsx.set_value(ws, row, 1, item.number, xlsx.INTEGER_FORMAT)
        xlsx.set_text(ws, row, 2, item.text)
        _cell(ws, row, 3, item.pairs)
        _cell(ws, row, 4, item.mean_before, "decimal")
        _cell(ws, row, 5, item.mean_after, "decimal")
        _cell(ws, row, 6, item.mean_change, "signed")
    xlsx.set_widths(ws, [6, 60, 11, 10, 10, 10])
    last = 1 + len(report.items)
    chart = BarChart()
    chart.type = "col"
    chart.title = translate("CoordinatorFiles", "EUROHIS-8 kysymyksittäin: alussa ja lopussa")
    chart.y_axis.title = translate("CoordinatorFiles", "Keskiarvo (1–5)")
    chart.y_axis.scaling.min = 1
    chart.y_axis.scaling.max = 5
    chart.add_data(
        Reference(ws, min_col=4, max_col=5, min_row=1, max_row=last), titles_from_data=True
    )
    chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=last))
    chart.height, chart.width = 8, 18
    ws.add_chart(chart, f"A{last + 3}")

    ws = wb.create_sheet(translate("CoordinatorFiles", "Ryhmät"))
    xlsx.write_header(
        ws,
        1,
        [
            translate("CoordinatorFiles", "Paikkakunta"),
            translate("CoordinatorFiles", "Toteutus"),
            translate("CoordinatorFiles", "Alkoi"),
            translate("CoordinatorFiles", "Päättyi"),
            translate("CoordinatorFiles", "Kertoja"),
            translate("CoordinatorFiles", "Osallistujia"),
            translate("CoordinatorFiles", "Suostumus"),
            translate("CoordinatorFiles", "Läsnäolo"),
            translate("CoordinatorFiles", "Parit (n)"),
            translate("CoordinatorFiles", "Muutos, keskiarvo"),
            translate("CoordinatorFiles", "Ryhmän tunniste"),
        ],
    )
    for row, g in enumerate(report.group_rows, start=2):
        xlsx.set_text(ws, row, 1, g.place)
        xlsx.set_text(ws, row, 2, labels.group_mode(g.mode))
        xlsx.set_value(ws, row, 3, g.start_date, xlsx.DATE_FORMAT)
        xlsx.set_value(ws, row, 4, g.end_date, xlsx.DATE_FORMAT)
        xlsx.set_value(ws, row, 5, g.sessions, xlsx.INTEGER_FORMAT)
        _cell(ws, row, 6, g.participants)
        _cell(ws, row, 7, g.consented)
        _cell(ws, row, 8, g.attendance_rate, "percent")
        _cell(ws, row, 9, g.pairs)
        _cell(ws, row, 10, g.mean_change, "signed")
        xlsx.set_text(ws, row, 11, str(g.group_id))
    xlsx.set_widths(ws, [18, 12, 11, 11, 9, 12, 11, 10, 10, 14, 38])
    _add_followup_sheet(wb, report.followup)
    return xlsx.save_workbook(wb, path)


# ----- follow-up figures (Seurantaluvut) -----------------------------------------------------


def _add_followup_sheet(wb: Any, followup: FollowUp | None) -> None:
    if followup is None or not followup.totals:
        return
    ws = wb.create_sheet(translate("CoordinatorFiles", "Seurantaluvut"))
    columns = followup_columns()
    xlsx.write_header(
        ws,
        1,
        [
            translate("CoordinatorFiles", "Vuosi"),
            translate("CoordinatorFiles", "Paikkakunta"),
            *(title for _, _, title in columns),
        ],
    )
    lines = followup_lines(followup)
    for row, (line, total) in enumerate(lines, start=2):
        xlsx.set_value(ws, row, 1, line.year, xlsx.INTEGER_FORMAT)
        xlsx.set_text(ws, row, 2, line.place)
        for col, (key, kind, _) in enumerate(columns, start=3):
            _cell(ws, row, col, getattr(line, key), kind)
        if total:
            xlsx.style_total_row(ws, row, len(columns) + 2)
    xlsx.set_text(ws, len(lines) + 3, 1, followup_note())
    xlsx.set_widths(ws, [8, 22, *[13] * len(columns)])
