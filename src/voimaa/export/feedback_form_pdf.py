"""The blank customer feedback form: anonymous (no name, no code), large clear type, A4."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from voimaa.export.pdf import ACCENT, FONT, LIGHT, LINE, build_pdf, escape, styles
from voimaa.feedback import FeedbackForm, PrintedForms
from voimaa.i18n import translate

ANSWER_LINES = 5


def area_title(area: str) -> str:
    """The heading of a statement area of the standard form; an unknown area as it is named."""
    match area:
        case "ilmapiiri":
            return translate("FeedbackFormPdf", "Ryhmän ilmapiiri")
        case "aiheet":
            return translate("FeedbackFormPdf", "Aiheet ja materiaalit")
        case "ohjaajat":
            return translate("FeedbackFormPdf", "Ohjaajat")
        case "hyoty":
            return translate("FeedbackFormPdf", "Hyöty minulle")
        case "jarjestelyt":
            return translate("FeedbackFormPdf", "Käytännön järjestelyt")
        case "":
            return translate("FeedbackFormPdf", "Väittämät")
    return area.capitalize()


def _styles() -> dict[str, ParagraphStyle]:
    base = styles()
    body = base["body"]
    return {
        "title": base["title"],
        "intro": ParagraphStyle("fbIntro", parent=body, fontSize=12.5, leading=17),
        "h2": ParagraphStyle("fbH2", parent=base["h2"], fontSize=14, textColor=ACCENT),
        "statement": ParagraphStyle("fbStatement", parent=body, fontSize=12.5, leading=15.5),
        "scale": ParagraphStyle(
            "fbScale", parent=body, fontSize=9, leading=10.5, alignment=TA_CENTER, spaceAfter=0
        ),
        "number": ParagraphStyle(
            "fbNumber", parent=body, fontSize=12, leading=14, alignment=TA_CENTER, spaceAfter=0
        ),
        "legend": ParagraphStyle(
            "fbLegend", parent=body, fontSize=11, leading=13.5, alignment=TA_CENTER, spaceAfter=0
        ),
        "box": ParagraphStyle(
            "fbBox", parent=body, fontSize=19, leading=21, alignment=TA_CENTER, spaceAfter=0
        ),
        "question": ParagraphStyle(
            "fbQuestion", parent=body, fontSize=13, leading=17, spaceBefore=4, spaceAfter=2
        ),
    }


def _statement_table(form: FeedbackForm, area: str, st: dict[str, ParagraphStyle]) -> Table:
    header = [Paragraph("", st["scale"])] + [
        Paragraph(f"<b>{n}</b>", st["number"]) for n in range(1, len(form.scale) + 1)
    ]
    rows = [header]
    for statement in (s for s in form.statements if s.area == area):
        rows.append(
            [Paragraph(escape(statement.text), st["statement"])]
            + [Paragraph("☐", st["box"]) for _ in form.scale]
        )
    table = Table(rows, colWidths=["45%"] + ["11%"] * 5, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
                ("LINEBELOW", (0, 1), (-1, -1), 0.5, LINE),
                ("TOPPADDING", (0, 0), (-1, 0), 2),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 3),
                ("TOPPADDING", (0, 1), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 6),
            ]
        )
    )
    return table


def _legend(form: FeedbackForm, st: dict[str, ParagraphStyle]) -> Table:
    cells = [
        Paragraph(f"<b>{n}</b> = {escape(label)}", st["legend"])
        for n, label in enumerate(form.scale, 1)
    ]
    table = Table([cells], colWidths=["20%"] * len(cells))
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.8, LINE),
                ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


def _answer_lines(width: float) -> Table:
    table = Table([[""]] * ANSWER_LINES, colWidths=[width], rowHeights=[9 * mm] * ANSWER_LINES)
    table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.6, LINE)]))
    return table


def form_story(form: FeedbackForm, width: float) -> list[Flowable]:
    st = _styles()
    story: list[Flowable] = [
        Paragraph(escape(form.title), st["title"]),
        Paragraph(escape(form.intro), st["intro"]),
        Paragraph(
            translate(
                "FeedbackFormPdf",
                "Älä kirjoita lomakkeeseen nimeäsi. Rastita jokaisesta väittämästä yksi ruutu: "
                "kuinka samaa mieltä olet.",
            ),
            st["intro"],
        ),
        _legend(form, st),
        Spacer(1, 2 * mm),
    ]
    areas: list[str] = []
    for statement in form.statements:
        if statement.area not in areas:
            areas.append(statement.area)
    for area in areas:
        title = area_title(area)
        story.append(
            KeepTogether([Paragraph(escape(title), st["h2"]), _statement_table(form, area, st)])
        )
    if form.questions:
        story.append(CondPageBreak(80 * mm))
        story.append(Paragraph(translate("FeedbackFormPdf", "Omin sanoin"), st["h2"]))
        for question in form.questions:
            story.append(
                KeepTogether(
                    [
                        Paragraph(escape(question.text), st["question"]),
                        _answer_lines(width),
                        Spacer(1, 3 * mm),
                    ]
                )
            )
    story.append(Spacer(1, 4 * mm))
    story.append(Paragraph(translate("FeedbackFormPdf", "Kiitos palautteestasi!"), st["question"]))
    return story


def write_feedback_forms(path: str | Path, printed: PrintedForms) -> Path:
    """Write the blank copies of the form (each starting on a new page) to `path`."""
    form = printed.form
    width = 210 * mm - 2 * 18 * mm
    story: list[Flowable] = []
    for i in range(max(1, printed.copies)):
        if i:
            story.append(PageBreak())
        story.extend(form_story(form, width))
    return build_pdf(
        path,
        story,
        title=form.title,
        subject=translate("FeedbackFormPdf", "Palautelomake (nimetön)"),
        footer=translate("FeedbackFormPdf", "Voimaa vertaisuudesta · nimetön palautelomake"),
    )
