"""Certificates of participation as an A4 PDF, one page per participant: the name, the group,
place and dates, the sessions attended, and a signature line for each leader."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from voimaa.certificates import Certificate, Certificates
from voimaa.export.pdf import ACCENT, FONT_BOLD, LIGHT, build_pdf, escape, styles
from voimaa.formats import format_date
from voimaa.i18n import translate

WIDTH = (210 - 2 * 18) * mm
INK = colors.HexColor("#1d2b2c")


def _styles() -> dict[str, ParagraphStyle]:
    base = styles()
    body = base["body"]
    return {
        **base,
        "heading": ParagraphStyle(
            "cert_heading",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=30,
            leading=36,
            alignment=TA_CENTER,
            textColor=ACCENT,
        ),
        "name": ParagraphStyle(
            "cert_name",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=24,
            leading=30,
            alignment=TA_CENTER,
            textColor=INK,
        ),
        "lead": ParagraphStyle(
            "cert_lead", parent=body, fontSize=14, leading=20, alignment=TA_CENTER
        ),
        "group": ParagraphStyle(
            "cert_group",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=17,
            leading=22,
            alignment=TA_CENTER,
        ),
        "cell": ParagraphStyle("cert_cell", parent=body, fontSize=12, leading=15, spaceAfter=0),
        "sign": ParagraphStyle(
            "cert_sign", parent=body, fontSize=12, leading=15, alignment=TA_CENTER, spaceAfter=0
        ),
    }


def _dates(c: Certificate) -> str:
    if c.start_date and c.end_date and c.start_date != c.end_date:
        return f"{format_date(c.start_date)} – {format_date(c.end_date)}"
    return format_date(c.start_date or c.end_date)


def _page(c: Certificate, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    where = translate("CertificatePdf", "Etäryhmä") if c.remote else c.place
    details = " · ".join(x for x in (where, _dates(c)) if x)
    story: list[Flowable] = [
        Spacer(1, 18 * mm),
        Paragraph(escape(translate("CertificatePdf", "Osallistumistodistus")), st["heading"]),
        Spacer(1, 16 * mm),
        Paragraph(escape(c.name), st["name"]),
        Spacer(1, 6 * mm),
        Paragraph(
            escape(translate("CertificatePdf", "on osallistunut Voimaa vertaisuudesta -ryhmään")),
            st["lead"],
        ),
        Paragraph(escape(c.group_name), st["group"]),
    ]
    if details:
        story.append(Paragraph(escape(details), st["lead"]))
    story += [
        Spacer(1, 8 * mm),
        Paragraph(
            escape(
                translate("CertificatePdf", "Osallistumiskertoja: {n} / {total}").format(
                    n=c.sessions_attended, total=c.sessions_total
                )
            ),
            st["lead"],
        ),
        Spacer(1, 4 * mm),
    ]
    rows = [
        [
            Paragraph(
                escape(translate("CertificatePdf", "{n}. kerta").format(n=s.number)), st["cell"]
            ),
            Paragraph(escape(format_date(s.date)), st["cell"]),
            Paragraph(escape(s.topic), st["cell"]),
        ]
        for s in c.attended
    ]
    table = Table(rows, colWidths=[24 * mm, 30 * mm, 100 * mm], hAlign="CENTER")
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, -1), 0.6, colors.HexColor("#6b7b7c")),
                ("ROWBACKGROUNDS", (0, 0), (-1, -1), [colors.white, LIGHT]),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    story += [table, Spacer(1, 18 * mm)]
    story.append(_signatures(c, st))
    return story


def _signatures(c: Certificate, st: dict[str, ParagraphStyle]) -> Flowable:
    """The place and date line, then a signature line with the printed name of each leader."""
    names = list(c.leaders) or ["", ""]
    cells = [
        [
            Paragraph("&nbsp;", st["sign"]),
            Paragraph(escape(name) if name else "&nbsp;", st["sign"]),
        ]
        for name in names
    ]
    per_row = min(len(cells), 3)
    gap = 12 * mm
    col = (WIDTH - gap * (per_row - 1)) / per_row
    rows = [cells[i : i + 3] for i in range(0, len(cells), 3)]
    blocks: list[Flowable] = [
        Paragraph(
            escape(translate("CertificatePdf", "Paikka ja päivä")) + ": " + "_" * 34, st["cell"]
        ),
        Spacer(1, 16 * mm),
    ]
    for row in rows:
        widths: list[float] = []
        lines: list[tuple[str, tuple[int, int], tuple[int, int], float, colors.Color]] = []
        top: list[Flowable | str] = []
        bottom: list[Flowable | str] = []
        for k, cell in enumerate(row):
            if k:  # a gap column between two signatures
                widths.append(gap)
                top.append("")
                bottom.append("")
            widths.append(col)
            top.append(cell[0])
            bottom.append(cell[1])
            column = len(widths) - 1
            lines.append(("LINEBELOW", (column, 0), (column, 0), 1, INK))
        sign = Table([top, bottom], colWidths=widths, rowHeights=[12 * mm, 8 * mm])
        sign.setStyle(TableStyle([*lines, ("VALIGN", (0, 1), (-1, 1), "TOP")]))
        blocks += [sign, Spacer(1, 4 * mm)]
    blocks.append(Paragraph(escape(translate("CertificatePdf", "Ryhmän ohjaajat")), st["sign"]))
    return KeepTogether(blocks)


def write_certificates(path: str | Path, data: Certificates) -> Path:
    """One page per certificate, in the order given."""
    st = _styles()
    story: list[Flowable] = []
    for i, c in enumerate(data.certificates):
        if i:
            story.append(PageBreak())
        story += _page(c, st)
    return build_pdf(
        path,
        story,
        title=translate("CertificatePdf", "Osallistumistodistukset – {group}").format(
            group=data.group_name
        ),
        subject=translate("CertificatePdf", "Osallistumistodistus"),
        page_numbers=False,
    )
