"""The blank customer feedback form: anonymous (no name, no code), large clear type, A4."""

from __future__ import annotations

from pathlib import Path
from typing import Any

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

from voimaa import labels
from voimaa.export.pdf import (
    ACCENT,
    FONT_BOLD,
    INK,
    LIGHT,
    SCALE_LABEL_PT,
    WRITE_LINE,
    WRITE_LINE_WIDTH,
    TickBox,
    build_pdf,
    escape,
    styles,
)
from voimaa.feedback import FeedbackForm, PrintedForms
from voimaa.i18n import translate

ANSWER_LINES = 4
ANSWER_GAP = 8.5 * mm


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
        case "tyoskentely":  # the individual-work form (resources/feedback/individual.toml)
            return translate("FeedbackFormPdf", "Yhteinen työskentely")
        case "tapaamiset":
            return translate("FeedbackFormPdf", "Tapaamiset")
        case "":
            return translate("FeedbackFormPdf", "Väittämät")
    return area.capitalize()


def _styles() -> dict[str, ParagraphStyle]:
    base = styles()
    body = base["body"]
    return {
        "title": base["title"],
        "intro": ParagraphStyle("fbIntro", parent=body, fontSize=12.5, leading=17),
        "area": ParagraphStyle(
            "fbArea", parent=body, fontName=FONT_BOLD, fontSize=13, leading=16, spaceAfter=0
        ),
        "statement": ParagraphStyle(
            "fbStatement", parent=body, fontSize=12.5, leading=15, spaceAfter=0
        ),
        "head": ParagraphStyle(
            "fbHead",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=SCALE_LABEL_PT,
            leading=13,
            textColor=INK,
            alignment=TA_CENTER,
            spaceAfter=0,
        ),
        "legend": ParagraphStyle(
            "fbLegend",
            parent=body,
            fontSize=SCALE_LABEL_PT,
            leading=13.5,
            textColor=INK,
            alignment=TA_CENTER,
            spaceAfter=0,
        ),
        "h2": ParagraphStyle("fbH2", parent=base["h2"], fontSize=14, textColor=ACCENT),
        "question": ParagraphStyle(
            "fbQuestion", parent=body, fontSize=13, leading=17, spaceBefore=4, spaceAfter=2
        ),
        "return": ParagraphStyle("fbReturn", parent=body, fontSize=12.5, leading=16),
    }


BOX_COLUMN = 15 * mm  # 1–5 and "en osaa sanoa": each box in its own column


def _legend(form: FeedbackForm, width: float, st: dict[str, ParagraphStyle]) -> Table:
    """The scale key: what each number means, and the "en osaa sanoa" box."""
    cells = [
        Paragraph(f"<b>{n}</b> = {escape(label)}", st["legend"])
        for n, label in enumerate(form.scale, 1)
    ]
    cells.append(Paragraph(f"<b>?</b> = {escape(labels.dont_know())}", st["legend"]))
    table = Table([cells], colWidths=[width / len(cells)] * len(cells))
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1, INK),
                ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return table


def statement_table(form: FeedbackForm, width: float, st: dict[str, ParagraphStyle]) -> Table:
    """Every statement, grouped by area, with six boxes each. The scale key and the column
    numbers are the table's first two rows and repeat at the top of every page."""
    columns = len(form.scale) + 1
    text_w = width - columns * BOX_COLUMN
    head: list[Any] = [Paragraph("", st["head"])]
    head += [Paragraph(str(n), st["head"]) for n in range(1, len(form.scale) + 1)]
    head.append(Paragraph("?", st["head"]))
    rows: list[list[Any]] = [[_legend(form, width, st)] + [""] * columns, head]
    style: list[tuple[Any, ...]] = [
        ("SPAN", (0, 0), (-1, 0)),
        ("LEFTPADDING", (0, 0), (-1, 0), 0),
        ("RIGHTPADDING", (0, 0), (-1, 0), 0),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 4),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 1), (-1, 1), 1, INK),
    ]
    areas: list[str] = []
    for statement in form.statements:
        if statement.area not in areas:
            areas.append(statement.area)
    for area in areas:
        rows.append([Paragraph(escape(area_title(area)), st["area"])] + [""] * columns)
        r = len(rows) - 1
        style += [
            ("SPAN", (0, r), (-1, r)),
            ("TOPPADDING", (0, r), (-1, r), 7),
            ("BOTTOMPADDING", (0, r), (-1, r), 2),
            ("TEXTCOLOR", (0, r), (-1, r), ACCENT),
            ("NOSPLIT", (0, r), (-1, r + 1)),  # a heading never ends a page alone
        ]
        for statement in (s for s in form.statements if s.area == area):
            rows.append(
                [Paragraph(escape(statement.text), st["statement"])]
                + [TickBox() for _ in range(columns)]
            )
            r = len(rows) - 1
            style += [
                ("LINEBELOW", (0, r), (-1, r), WRITE_LINE_WIDTH, WRITE_LINE),
                ("TOPPADDING", (0, r), (-1, r), 3),
                ("BOTTOMPADDING", (0, r), (-1, r), 3),
            ]
    table = Table(rows, colWidths=[text_w] + [BOX_COLUMN] * columns, repeatRows=2)
    table.setStyle(TableStyle(style))
    return table


def _answer_lines(width: float) -> Table:
    table = Table([[""]] * ANSWER_LINES, colWidths=[width], rowHeights=[ANSWER_GAP] * ANSWER_LINES)
    table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), WRITE_LINE_WIDTH, WRITE_LINE)]))
    return table


def form_story(form: FeedbackForm, width: float, returning: str = "") -> list[Flowable]:
    """One copy: how to return it when `returning` says so, the statements (the key on each
    page) and the open questions with room to write; two pages for the standard form."""
    st = _styles()
    how = translate(
        "FeedbackFormPdf",
        "Älä kirjoita lomakkeeseen nimeäsi. Rastita jokaisesta väittämästä yksi ruutu: "
        "kuinka samaa mieltä olet. Jos et osaa sanoa, rastita ruutu ?.",
    )
    story: list[Flowable] = [
        Paragraph(escape(form.title), st["title"]),
        Paragraph(escape(form.intro), st["intro"]),
        Paragraph(escape(how), st["intro"]),
    ]
    if returning:
        story.append(Paragraph(f"<b>{escape(returning)}</b>", st["return"]))
    story.append(statement_table(form, width, st))
    if form.questions:
        story.append(CondPageBreak(ANSWER_LINES * ANSWER_GAP + 25 * mm))
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
    return story


def write_feedback_forms(path: str | Path, printed: PrintedForms) -> Path:
    """Write the blank copies of the form (each starting on a new page) to `path`."""
    form = printed.form
    width = 210 * mm - 2 * 18 * mm
    story: list[Flowable] = []
    for i in range(max(1, printed.copies)):
        if i:
            story.append(PageBreak())
        story.extend(form_story(form, width, printed.returning))
    return build_pdf(
        path,
        story,
        title=form.title,
        subject=translate("FeedbackFormPdf", "Palautelomake (nimetön)"),
        footer=translate("FeedbackFormPdf", "Voimaa vertaisuudesta · nimetön palautelomake"),
    )
