"""The combined report over many groups' coordinator exports as an A4 PDF with page numbers,
written from :class:`voimaa.coordinator.combined.CombinedReport` (no names anywhere); the
workbook, the column titles and the method notes are :mod:`voimaa.export.coordinator_combined`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from voimaa import labels
from voimaa.coordinator.combined import CombinedReport, Figure
from voimaa.coordinator.followup import FollowUp
from voimaa.coordinator.presenting import (
    figure_text,
    followup_columns,
    followup_lines,
    followup_note,
)
from voimaa.export import pdf
from voimaa.export.coordinator_combined import (
    AREA_COLUMNS,
    CHANGE_COLUMNS,
    column_title,
    method_notes,
)
from voimaa.export.group_report_pdf import item_chart
from voimaa.formats import format_date
from voimaa.i18n import translate
from voimaa.models import GroupMode


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
