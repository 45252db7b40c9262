"""A printable sign-in sheet for one session (names and a signature column), or a blank one."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from voimaa.attendance import SigninSheet
from voimaa.export import pdf
from voimaa.formats import format_date, format_time, weekday_name
from voimaa.i18n import translate

ROW_HEIGHT = 13 * mm
MIN_ROWS = 10


def write_signin_pdf(path: str | Path, sheet: SigninSheet) -> Path:
    st = pdf.styles()
    title = translate("SigninPdf", "Läsnäololista")
    heading = sheet.group_name or translate("SigninPdf", "Ryhmä: ______________________________")
    story: list = [
        Paragraph(title, st["title"]),
        Paragraph(pdf.escape(heading), st["subtitle"]),
    ]
    when = "______________________"
    if sheet.date is not None:
        when = f"{weekday_name(sheet.date)} {format_date(sheet.date)}"
        if sheet.start_time is not None:
            when += " " + translate("SigninPdf", "klo {time}").format(
                time=format_time(sheet.start_time)
            )
    number = f"{sheet.session_number}." if sheet.session_number else "____"
    details = [
        [
            translate("SigninPdf", "Kerta:"),
            translate("SigninPdf", "{n} kerta").format(n=number)
            + (f" – {sheet.topic}" if sheet.topic else ""),
        ],
        [translate("SigninPdf", "Päivä:"), when],
        [translate("SigninPdf", "Paikka:"), sheet.place or "______________________"],
    ]
    story.append(
        Table(
            [[a, Paragraph(pdf.escape(b), st["body"])] for a, b in details],
            colWidths=[25 * mm, 145 * mm],
            style=TableStyle(
                [
                    ("FONTNAME", (0, 0), (0, -1), pdf.FONT_BOLD),
                    ("FONTSIZE", (0, 0), (-1, -1), 12),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ]
            ),
            hAlign="LEFT",
        )
    )
    story.append(Spacer(1, 5 * mm))
    rows: list[list] = [
        [
            translate("SigninPdf", "Nro"),
            translate("SigninPdf", "Nimi"),
            translate("SigninPdf", "Allekirjoitus"),
        ]
    ]
    names = list(sheet.names)
    total = max(MIN_ROWS, len(names) + 2)
    for i in range(total):
        name = names[i] if i < len(names) else ""
        rows.append([str(i + 1), Paragraph(pdf.escape(name), st["body"]), ""])
    story.append(
        Table(
            rows,
            colWidths=[14 * mm, 70 * mm, 90 * mm],
            rowHeights=[9 * mm] + [ROW_HEIGHT] * total,
            style=TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), pdf.FONT),
                    ("FONTSIZE", (0, 0), (-1, -1), 12),
                    ("FONTNAME", (0, 0), (-1, 0), pdf.FONT_BOLD),
                    ("BACKGROUND", (0, 0), (-1, 0), pdf.LIGHT),
                    ("GRID", (0, 0), (-1, -1), 0.6, pdf.LINE),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("ALIGN", (0, 0), (0, -1), "CENTER"),
                ]
            ),
            hAlign="LEFT",
            repeatRows=1,
        )
    )
    story.append(Spacer(1, 6 * mm))
    story.append(
        Paragraph(
            translate("SigninPdf", "Ohjaajat: ____________________________________________"),
            st["body"],
        )
    )
    story.append(
        Paragraph(
            translate(
                "SigninPdf",
                "Lista sisältää henkilötietoja. Kun läsnäolot on kirjattu Voimaaseen, hävitä lista "
                "tietosuojajätteenä.",
            ),
            st["small"],
        )
    )
    return pdf.build_pdf(
        path,
        story,
        title=f"{title} – {sheet.group_name}" if sheet.group_name else title,
        subject=translate("SigninPdf", "Läsnäololista allekirjoituksille"),
        footer=sheet.group_name,
        page_numbers=True,
    )
