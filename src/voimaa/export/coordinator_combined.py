"""The combined report over many groups' coordinator exports, as a workbook (.xlsx) or an A4
PDF, written from :class:`voimaa.coordinator.combined.CombinedReport` (no names anywhere).

Figures that rest on 1–2 persons are written as "<3". Both writers share the export layer's
signature ``write(path, report) -> Path`` and are registered in :data:`voimaa.export.jobs.FORMATS`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl.chart import BarChart, Reference
from openpyxl.worksheet.worksheet import Worksheet
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from voimaa import labels
from voimaa.coordinator.combined import AreaFigures, CombinedReport, Figure
from voimaa.coordinator.followup import FollowUp
from voimaa.coordinator.presenting import (
    figure_text,
    followup_columns,
    followup_lines,
    followup_note,
)
from voimaa.export import pdf, xlsx
from voimaa.export.group_report_pdf import item_chart
from voimaa.formats import format_date, format_decimal
from voimaa.i18n import translate
from voimaa.models import GroupMode


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


def _cell_styles() -> tuple[ParagraphStyle, ParagraphStyle]:
    """A compact table text for the dense figure tables of the combined report."""
    base = pdf.styles()["table"]
    cell = ParagraphStyle("coord_cell", parent=base, fontSize=9, leading=11)
    head = ParagraphStyle("coord_head", parent=cell, fontName=pdf.FONT_BOLD)
    return cell, head


_CELL_PADDING = 6  # reportlab's default left and right padding of a table cell (points)


def _fitted(value: Any, style: ParagraphStyle, width: float) -> Any:
    """A cell as plain text when it fits on one line (drawn by the table itself), else a
    wrapping Paragraph: a report of 2,000 groups has tens of thousands of cells, and wrapping
    each one as a Paragraph was most of the time of writing the PDF."""
    if isinstance(value, Flowable):
        return value
    text = str(value)
    if "\n" not in text and stringWidth(text, style.fontName, style.fontSize) <= (
        width - 2 * _CELL_PADDING
    ):
        return text
    return Paragraph(pdf.escape(text), style)


def _table(rows: list[list[Any]], widths: list[float], *, total_row: bool = False) -> Table:
    cell, head = _cell_styles()
    points = [w * mm for w in widths]
    data = [
        [_fitted(c, head if r == 0 else cell, w) for c, w in zip(row, points, strict=True)]
        for r, row in enumerate(rows)
    ]
    table = Table(data, colWidths=points, repeatRows=1)
    commands: list[Any] = [
        ("BACKGROUND", (0, 0), (-1, 0), pdf.LIGHT),
        ("GRID", (0, 0), (-1, -1), 0.4, pdf.LINE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        # plain-text cells look as the Paragraph cells do
        ("FONTNAME", (0, 0), (-1, 0), head.fontName),
        ("FONTNAME", (0, 1), (-1, -1), cell.fontName),
        ("FONTSIZE", (0, 0), (-1, -1), cell.fontSize),
        ("LEADING", (0, 0), (-1, -1), cell.leading),
        ("TEXTCOLOR", (0, 0), (-1, -1), cell.textColor),
    ]
    if total_row:
        commands.append(("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#f3f6f6")))
    table.setStyle(TableStyle(commands))
    return table


def write_combined_pdf(path: Path, report: CombinedReport) -> Path:
    """The combined report as an A4 PDF with page numbers."""
    st = pdf.styles()
    title = translate("CoordinatorFiles", "Voimaa-ryhmät: koordinaattorin yhteenveto")
    story: list[Flowable] = [
        Paragraph(pdf.escape(title), st["title"]),
        Paragraph(
            pdf.escape(
                translate("CoordinatorFiles", "{g} ryhmää · {p} osallistujaa · tehty {d}").format(
                    g=report.overall.groups.value,
                    p=figure_text(report.overall.participants),
                    d=format_date(report.made_on),
                )
            ),
            st["subtitle"],
        ),
        Paragraph(
            pdf.escape(translate("CoordinatorFiles", "Ryhmät, osallistujat ja läsnäolo")), st["h1"]
        ),
    ]
    areas = [*report.places, report.overall]
    rows: list[list[Any]] = [
        [translate("CoordinatorFiles", "Alue")] + [column_title(k) for k, _ in AREA_COLUMNS]
    ]
    for area in areas:
        rows.append(
            [area.label] + [figure_text(getattr(area, k), kind) for k, kind in AREA_COLUMNS]
        )
    story.append(_table(rows, [39, 20, 25, 25, 25, 20, 20], total_row=True))
    story.append(
        Paragraph(
            pdf.escape(translate("CoordinatorFiles", "EUROHIS-8: muutos alusta loppuun")), st["h1"]
        )
    )
    keys = ("pairs", "mean_before", "mean_after", "mean_change", "improved", "unchanged", "worse")
    chosen = [c for c in CHANGE_COLUMNS if c[0] in keys]
    rows = [[translate("CoordinatorFiles", "Alue")] + [column_title(k) for k, _ in chosen]]
    for area in areas:
        rows.append(
            [area.label] + [figure_text(getattr(area.change, k), kind) for k, kind in chosen]
        )
    story.append(_table(rows, [34, 24, 20, 20, 20, 18, 18, 20], total_row=True))
    story.append(Spacer(1, 4 * mm))
    rel = [
        c
        for c in CHANGE_COLUMNS
        if c[0] in ("reliable_improved", "reliable_worse", "good_before", "good_after")
    ]
    rows = [[translate("CoordinatorFiles", "Alue")] + [column_title(k) for k, _ in rel]]
    for area in areas:
        rows.append([area.label] + [figure_text(getattr(area.change, k), kind) for k, kind in rel])
    story.append(_table(rows, [46, 32, 32, 32, 32], total_row=True))

    items_heading = Paragraph(
        pdf.escape(translate("CoordinatorFiles", "EUROHIS-8 kysymyksittäin")), st["h1"]
    )
    rows = [
        [
            translate("CoordinatorFiles", "Kysymys"),
            translate("CoordinatorFiles", "Parit (n)"),
            translate("CoordinatorFiles", "Alussa"),
            translate("CoordinatorFiles", "Lopussa"),
            translate("CoordinatorFiles", "Muutos"),
        ]
    ]
    for item in report.items:
        rows.append(
            [
                f"{item.number}. {item.text}",
                figure_text(item.pairs),
                figure_text(item.mean_before, "decimal"),
                figure_text(item.mean_after, "decimal"),
                figure_text(item.mean_change, "signed"),
            ]
        )
    story.append(KeepTogether([items_heading, _table(rows, [92, 20, 20, 20, 20])]))
    chart = item_chart(
        [str(i.number) for i in report.items],
        [_shown_float(i.mean_before) for i in report.items],
        [_shown_float(i.mean_after) for i in report.items],
    )
    story.append(KeepTogether([Spacer(1, 4 * mm), chart]))

    story.append(Paragraph(pdf.escape(translate("CoordinatorFiles", "Ryhmät")), st["h1"]))
    rows = [
        [
            translate("CoordinatorFiles", "Paikkakunta"),
            translate("CoordinatorFiles", "Ajankohta"),
            translate("CoordinatorFiles", "Kertoja"),
            translate("CoordinatorFiles", "Osallistujia"),
            translate("CoordinatorFiles", "Läsnäolo"),
            translate("CoordinatorFiles", "Parit (n)"),
            translate("CoordinatorFiles", "Muutos"),
        ]
    ]
    for g in report.group_rows:
        when = " – ".join(x for x in (format_date(g.start_date), format_date(g.end_date)) if x)
        rows.append(
            [
                g.place
                if g.mode == GroupMode.LOCAL
                or not g.place
                or g.place == translate("CoordinatorFiles", "Etäryhmä")
                else f"{g.place} ({labels.group_mode(g.mode).lower()})",
                when,
                str(g.sessions),
                figure_text(g.participants),
                figure_text(g.attendance_rate, "percent"),
                figure_text(g.pairs),
                figure_text(g.mean_change, "signed"),
            ]
        )
    story.append(_table(rows, [40, 44, 16, 22, 18, 16, 18]))
    story += _followup_story(report.followup)
    story.append(Paragraph(pdf.escape(translate("CoordinatorFiles", "Menetelmä")), st["h2"]))
    for note in method_notes(report):
        story.append(Paragraph(pdf.escape(note), st["small"]))
    return pdf.build_pdf(path, story, title=title, footer=title)


def _shown_float(fig: Figure) -> float | None:
    value = fig.shown
    return None if value is None else float(value)


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


def _followup_story(followup: FollowUp | None) -> list[Flowable]:
    if followup is None or not followup.totals:
        return []
    st = pdf.styles()
    columns = followup_columns()
    lines = followup_lines(followup)
    story: list[Flowable] = [
        Paragraph(pdf.escape(translate("CoordinatorFiles", "Seurantaluvut")), st["h1"])
    ]
    # Two tables, counts and outcomes, so that the headings fit on A4.
    for part, width in ((columns[:6], 23.0), (columns[6:], 35.0)):
        rows: list[list[Any]] = [
            [translate("CoordinatorFiles", "Vuosi ja paikkakunta"), *(t for _, _, t in part)]
        ]
        for line, _total in lines:
            rows.append(
                [
                    f"{line.year} {line.place}",
                    *(figure_text(getattr(line, key), kind) for key, kind, _ in part),
                ]
            )
        story += [_table(rows, [34, *[width] * len(part)]), Spacer(1, 3 * mm)]
    story.append(Paragraph(pdf.escape(followup_note()), st["small"]))
    return story
