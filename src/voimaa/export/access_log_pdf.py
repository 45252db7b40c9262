"""The access log printed for a participant's request (or any filter): A4 landscape table."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from voimaa.access_log import LogReport
from voimaa.export.access_log_xlsx import cells, headers
from voimaa.export.pdf import ACCENT, FONT, LINE, build_pdf, escape, styles
from voimaa.i18n import translate


def write_access_log_pdf(path: str | Path, report: LogReport) -> Path:
    base = styles()
    small = ParagraphStyle("alSmall", parent=base["body"], fontSize=8.5, leading=10.5, spaceAfter=0)
    head = ParagraphStyle("alHead", parent=small, textColor=colors.white)
    title = translate("AccessLogExport", "Tapahtumaloki")
    table_rows: list[list[Any]] = [[Paragraph(escape(h), head) for h in headers()]]
    table_rows += [[Paragraph(escape(c), small) for c in row] for row in cells(report)]
    if len(table_rows) == 1:
        table_rows.append(
            [Paragraph(escape(translate("AccessLogExport", "Ei tapahtumia.")), small)]
            + [""] * (len(headers()) - 1)
        )
    table = Table(
        table_rows,
        colWidths=[28 * mm, 36 * mm, 28 * mm, 62 * mm, 42 * mm, 36 * mm, 28 * mm],
        repeatRows=1,
        style=TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("GRID", (0, 0), (-1, -1), 0.3, LINE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        ),
    )
    story = [
        Paragraph(escape(title), base["title"]),
        Paragraph(
            escape(
                translate("AccessLogExport", "Rajaus: {filter}. Tehty {made}.").format(
                    filter=report.filter_text, made=report.made_at.strftime("%d.%m.%Y %H.%M")
                )
            ),
            base["body"],
        ),
        Paragraph(
            escape(
                translate(
                    "AccessLogExport",
                    "Lokissa ei ole nimiä eikä muistiinpanoja: osallistuja näkyy vain koodilla. "
                    "»Ryhmän tiedot« tarkoittaa vientiä tai tulostusta, jossa olivat koko "
                    "ryhmän tiedot.",
                )
            ),
            base["body"],
        ),
        Spacer(1, 4 * mm),
        table,
    ]
    return build_pdf(path, story, title=title, pagesize=landscape(A4), footer=title)
