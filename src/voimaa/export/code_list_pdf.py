"""The code-to-name list (PDF) for handing out pre-coded EUROHIS-8 and feedback forms.

It holds names, so every page says so: the leaders keep it locked away and destroy it when the
forms are typed in.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from voimaa.export import pdf
from voimaa.i18n import translate
from voimaa.models import ParticipantStatus
from voimaa.roster import CodeList

ROW_HEIGHT = 11 * mm


def personal_data_notice() -> str:
    return translate("CodeListPdf", "Sisältää henkilötietoja – säilytä lukitussa paikassa")


def write_code_list_pdf(path: str | Path, codes: CodeList) -> Path:
    st = pdf.styles()
    title = translate("CodeListPdf", "Koodit ja nimet")
    notice = personal_data_notice()
    story: list = [
        Paragraph(title, st["title"]),
        Paragraph(pdf.escape(codes.group_name), st["subtitle"]),
        Table(
            [[Paragraph(f"<b>{pdf.escape(notice)}</b>", st["body"])]],
            colWidths=[174 * mm],
            style=TableStyle(
                [
                    ("BOX", (0, 0), (-1, -1), 1.2, pdf.ACCENT),
                    ("BACKGROUND", (0, 0), (-1, -1), pdf.LIGHT),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ]
            ),
            hAlign="LEFT",
        ),
        Spacer(1, 4 * mm),
        Paragraph(
            translate(
                "CodeListPdf",
                "Kirjoita tai tarkista lomakkeen koodi tästä listasta, kun jaat EUROHIS-8- tai "
                "palautelomakkeet. Lomakkeisiin ei kirjoiteta nimiä. Hävitä lista "
                "tietosuojajätteenä, kun lomakkeet on syötetty.",
            ),
            st["body"],
        ),
        Spacer(1, 4 * mm),
    ]
    rows: list[list] = [
        [
            translate("CodeListPdf", "Koodi"),
            translate("CodeListPdf", "Nimi"),
            translate("CodeListPdf", "Alkulomake"),
            translate("CodeListPdf", "Loppulomake"),
        ]
    ]
    for row in codes.rows:
        name = row.name
        if row.status == ParticipantStatus.LEFT:
            name += " " + translate("CodeListPdf", "(lopettanut)")
        rows.append([row.code, Paragraph(pdf.escape(name), st["body"]), "☐", "☐"])
    if not codes.rows:
        rows.append(["", translate("CodeListPdf", "Ryhmässä ei ole osallistujia."), "", ""])
    story.append(
        Table(
            rows,
            colWidths=[28 * mm, 76 * mm, 35 * mm, 35 * mm],
            rowHeights=[9 * mm] + [ROW_HEIGHT] * (len(rows) - 1),
            style=TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), pdf.FONT),
                    ("FONTSIZE", (0, 0), (-1, -1), 12),
                    ("FONTNAME", (0, 0), (-1, 0), pdf.FONT_BOLD),
                    ("FONTNAME", (0, 1), (0, -1), pdf.FONT_BOLD),
                    ("BACKGROUND", (0, 0), (-1, 0), pdf.LIGHT),
                    ("GRID", (0, 0), (-1, -1), 0.6, pdf.LINE),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("ALIGN", (2, 0), (-1, -1), "CENTER"),
                    ("FONTSIZE", (2, 0), (-1, 0), 11),
                    ("FONTSIZE", (2, 1), (-1, -1), 16),
                ]
            ),
            hAlign="LEFT",
            repeatRows=1,
        )
    )
    return pdf.build_pdf(
        path,
        story,
        title=f"{title} – {codes.group_name}",
        subject=notice,
        footer=f"{notice} · {codes.group_name}",
        page_numbers=True,
    )
