"""The one-page "Palautusavain" sheet: the recovery key in large type, what it is for, where to
keep it. It names no person and holds nothing from the store."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from voimaa.export.pdf import ACCENT, FONT, LINE, build_pdf, escape, styles
from voimaa.formats import format_date
from voimaa.i18n import translate


@dataclass(frozen=True)
class RecoverySheet:
    recovery_key: str
    made_on: date
    data_folder: str


KEY_BOX_WIDTH = 170 * mm
KEY_MAX_SIZE = 24.0
_CELL_PADDING = 6  # reportlab's default left and right padding of a table cell (points)


def key_font_size(recovery_key: str) -> float:
    """The largest size (at most 24 pt) at which the key stays on one line in its box: a key
    broken over two lines is easy to copy wrong (wide letters such as W and M take more room)."""
    room = KEY_BOX_WIDTH - 2 * _CELL_PADDING - 2  # a little slack for rounding
    width_at_1pt = stringWidth(recovery_key, FONT, 1)
    return min(KEY_MAX_SIZE, room / width_at_1pt) if width_at_1pt > 0 else KEY_MAX_SIZE


def write_recovery_key_pdf(path: Path, sheet: RecoverySheet) -> Path:
    base = styles()
    body = ParagraphStyle("rkBody", parent=base["body"], fontSize=12, leading=16)
    size = key_font_size(sheet.recovery_key)
    key_style = ParagraphStyle(
        "rkKey",
        parent=body,
        fontName=FONT,
        fontSize=size,
        leading=size * 4 / 3,
        alignment=TA_CENTER,
    )
    title = translate("RecoveryKeyPdf", "Palautusavain")
    key = Table(
        [[Paragraph(escape(sheet.recovery_key), key_style)]],
        colWidths=[KEY_BOX_WIDTH],
        style=TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.5, ACCENT),
                ("TOPPADDING", (0, 0), (-1, -1), 8 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8 * mm),
            ]
        ),
    )
    texts = [
        translate(
            "RecoveryKeyPdf",
            "Tällä avaimella Voimaan salatun tietokannan saa auki, jos tunnuslause unohtuu. "
            "Avaimella voi myös asettaa uuden tunnuslauseen.",
        ),
        translate(
            "RecoveryKeyPdf",
            "Säilytä tämä paperi lukitussa laatikossa, erillään tietokoneesta. Älä tallenna "
            "avainta tietokoneelle, sähköpostiin tai puhelimeen.",
        ),
        translate(
            "RecoveryKeyPdf",
            "Jos sekä tunnuslause että tämä avain katoavat, tietoja ei saa enää auki kukaan.",
        ),
        translate("RecoveryKeyPdf", "Tehty {date}. Tietokannan kansio: {folder}").format(
            date=format_date(sheet.made_on), folder=sheet.data_folder
        ),
    ]
    story = [
        Paragraph(escape(title), base["title"]),
        Spacer(1, 8 * mm),
        key,
        Spacer(1, 10 * mm),
        *[Paragraph(escape(t), body) for t in texts],
        Spacer(1, 20 * mm),
        Table(
            [[translate("RecoveryKeyPdf", "Säilytyspaikka:"), ""]],
            colWidths=[40 * mm, 130 * mm],
            style=TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), FONT),
                    ("FONTSIZE", (0, 0), (-1, -1), 12),
                    ("LINEBELOW", (1, 0), (1, 0), 0.5, LINE),
                ]
            ),
        ),
    ]
    return build_pdf(path, story, title=title, page_numbers=False)
