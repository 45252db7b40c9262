"""The blank EUROHIS-8 paper form: large clear type, one A4 per form, participant code only.

A batch has one page per participant with the code printed in; a single blank form leaves the
code empty. The answer order follows the wording version (FinMonik prints the satisfaction
answers best-first); the printed number is what the leader types in later.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

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

from voimaa import labels
from voimaa.eurohis.forms import EurohisForms, EurohisSheet
from voimaa.eurohis.scoring import ITEMS, printed_labels, printed_text
from voimaa.export.pdf import (
    ACCENT,
    FONT,
    FONT_BOLD,
    INK,
    LIGHT,
    LINE,
    SCALE_LABEL_PT,
    TickBox,
    build_pdf,
    escape,
    styles,
)
from voimaa.formats import format_date
from voimaa.i18n import translate
from voimaa.models.eurohis import WordingVersion

INSTRUCTIONS = {
    WordingVersion.THL_ATH: (
        "Seuraavat kysymykset koskevat elämänlaatuanne, terveyttänne ja muita elämänne "
        "osa-alueita. Vastatkaa jokaiseen kysymykseen rastittamalla yksi ruutu: se vaihtoehto, "
        "joka kuvaa parhaiten tilannettanne. Älkää kirjoittako nimeänne lomakkeeseen."
    ),
    WordingVersion.FINMONIK: (
        "Seuraavat kysymykset koskevat elämänlaatuasi, terveyttäsi ja muita elämäsi osa-alueita "
        "viimeisen kahden viikon aikana. Vastaa jokaiseen kysymykseen rastittamalla yksi ruutu. "
        "Huomaa vastausvaihtoehtojen järjestys. Älä kirjoita nimeäsi lomakkeeseen."
    ),
}


def _styles() -> dict[str, ParagraphStyle]:
    base = styles()
    body = base["body"]
    return {
        "title": ParagraphStyle(
            "ehTitle", parent=base["title"], fontSize=22, leading=26, spaceAfter=4
        ),
        "meta": ParagraphStyle("ehMeta", parent=body, fontSize=13.5, leading=18, spaceAfter=0),
        "intro": ParagraphStyle("ehIntro", parent=body, fontSize=12, leading=15, spaceAfter=4),
        "item": ParagraphStyle(
            "ehItem", parent=body, fontName=FONT_BOLD, fontSize=13.5, leading=16.5, spaceAfter=0
        ),
        "label": ParagraphStyle(
            "ehLabel",
            parent=body,
            fontSize=SCALE_LABEL_PT,
            leading=12.5,
            textColor=INK,
            alignment=TA_CENTER,
            spaceAfter=0,
        ),
        "small": ParagraphStyle(
            "ehSmall", parent=body, fontSize=9, leading=11, textColor=colors.HexColor("#555555")
        ),
    }


def _header(sheet: EurohisSheet, wording: WordingVersion, st: dict[str, ParagraphStyle]) -> Table:
    phase: Flowable
    if sheet.phase:
        phase = Paragraph(escape(labels.phase(sheet.phase).capitalize()), st["meta"])
    else:  # the participant ticks which one, in boxes as large as the answers'
        phase = Table(
            [
                [
                    TickBox(size=6 * mm),
                    Paragraph(translate("EurohisFormPdf", "alku"), st["meta"]),
                    TickBox(size=6 * mm),
                    Paragraph(translate("EurohisFormPdf", "loppu"), st["meta"]),
                ]
            ],
            colWidths=[8 * mm, 14 * mm, 8 * mm, 18 * mm],
            hAlign="LEFT",
        )
        phase.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 1),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 1),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
    code = escape(sheet.code) if sheet.code else "&nbsp;" * 24
    when = format_date(sheet.filled_on) if sheet.filled_on else "&nbsp;" * 20
    cells = [
        [
            Paragraph(
                translate("EurohisFormPdf", "Koodi: <b><u>{code}</u></b>").format(code=code),
                st["meta"],
            ),
            Paragraph(
                translate("EurohisFormPdf", "Päivämäärä: <u>{date}</u>").format(date=when),
                st["meta"],
            ),
            phase,
        ]
    ]
    table = Table(cells, colWidths=["35%", "37%", "28%"])
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1, LINE),
                ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ]
        )
    )
    return table


def _item_table(index: int, wording: WordingVersion, st: dict[str, ParagraphStyle]) -> Table:
    item = ITEMS[index]
    labels = printed_labels(item, wording)
    rows: list[list[Any]] = [
        [
            Paragraph(f"{item.number}. {escape(printed_text(item, wording))}", st["item"]),
            "",
            "",
            "",
            "",
        ],
        [TickBox(n) for n in range(1, 6)],
        [Paragraph(escape(label), st["label"]) for label in labels],
    ]
    table = Table(rows, colWidths=["20%"] * 5)
    table.setStyle(
        TableStyle(
            [
                ("SPAN", (0, 0), (-1, 0)),
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("LINEABOVE", (0, 0), (-1, 0), 1.2, ACCENT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 1), (-1, -1), 2),
                ("RIGHTPADDING", (0, 1), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, 0), 4),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 2),
                ("TOPPADDING", (0, 1), (-1, 1), 1),
                ("BOTTOMPADDING", (0, 1), (-1, 1), 1.5),
                ("TOPPADDING", (0, 2), (-1, 2), 0),
                ("BOTTOMPADDING", (0, 2), (-1, 2), 4),
            ]
        )
    )
    return table


def sheet_story(
    sheet: EurohisSheet, wording: WordingVersion, returning: str = ""
) -> list[Flowable]:
    st = _styles()
    intro = INSTRUCTIONS[wording] + (f" <b>{escape(returning)}</b>" if returning else "")
    story: list[Flowable] = [
        Paragraph(translate("EurohisFormPdf", "EUROHIS-8 – elämänlaatu"), st["title"]),
        _header(sheet, wording, st),
        Spacer(1, 3 * mm),
        Paragraph(intro, st["intro"]),
    ]
    for index in range(len(ITEMS)):
        story.append(KeepTogether([_item_table(index, wording, st), Spacer(1, 1.2 * mm)]))
    return story


def write_eurohis_forms(path: Path, data: EurohisForms) -> Path:
    """Write one A4 page per sheet (at least one blank form) in `data.wording` to `path`."""
    wording = WordingVersion(data.wording)
    pages = list(data.sheets) or [EurohisSheet()]
    story: list[Flowable] = []
    for i, sheet in enumerate(pages):
        if i:
            story.append(PageBreak())
        story.extend(sheet_story(sheet, wording, data.returning))
    return build_pdf(
        path,
        story,
        title=translate("EurohisFormPdf", "EUROHIS-8 – elämänlaatu"),
        subject=translate("EurohisFormPdf", "EUROHIS-8-lomake"),
        footer=translate("EurohisFormPdf", "EUROHIS-QOL 8 (WHO, suomennos THL) · {wording}").format(
            wording=labels.wording_version_short(wording)
        ),
        margins_mm=12,
    )
