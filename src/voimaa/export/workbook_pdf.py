"""The workbook as a printable A4 PDF: the whole book (cover and table of contents) or one
chapter as a handout. Exercises get real forms to write on: lines, tick boxes, a week grid,
a budget table, ranking boxes, a 1–5 circle scale and framed cards.

Size: one writer for one document. The exercise forms are drawn only here, and the book's two
passes (page numbers for the contents) need them all, so splitting would only scatter it.
"""

from __future__ import annotations

import math
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
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
from voimaa.export.pdf import (
    ACCENT,
    FONT,
    FONT_BOLD,
    INK,
    LIGHT,
    LINE,
    SCALE_LABEL_PT,
    WRITE_LINE,
    WRITE_LINE_WIDTH,
    build_pdf,
    escape,
    styles,
)
from voimaa.formats import format_date, weekday_short, weekday_short_names
from voimaa.i18n import translate
from voimaa.models import GroupMode
from voimaa.program import ProgramView
from voimaa.workbook import WORKBOOK_TITLE, Chapter, ExampleBudget, Exercise, Printout

FRAME_WIDTH = (210 - 2 * 18) * mm - 12  # the frame pads 6 pt on each side
LINE_GAP = 10 * mm
NOTES_LINES = 22  # a notes page: 22 lines under its heading fill an A4 frame
TEXT = colors.HexColor("#1d2b2c")
MUTED = colors.HexColor("#4d5c5d")


def _styles() -> dict[str, ParagraphStyle]:
    base = styles()
    body = base["body"]
    return {
        **base,
        "lead": ParagraphStyle("wb_lead", parent=body, fontSize=13, leading=18, spaceAfter=8),
        "prompt": ParagraphStyle(
            "wb_prompt", parent=body, fontName=FONT_BOLD, spaceBefore=4, spaceAfter=0
        ),
        "instructions": ParagraphStyle(
            "wb_instr", parent=body, textColor=MUTED, spaceAfter=8, leading=16
        ),
        "item": ParagraphStyle("wb_item", parent=body, spaceAfter=0, leading=15),
        "cell": ParagraphStyle("wb_cell", parent=body, fontSize=12, leading=14, spaceAfter=0),
        "cell_bold": ParagraphStyle(
            "wb_cell_bold", parent=body, fontName=FONT_BOLD, fontSize=12, leading=14, spaceAfter=0
        ),
        "scale_label": ParagraphStyle(
            "wb_scale_label",
            parent=body,
            fontSize=SCALE_LABEL_PT,
            leading=13,
            textColor=INK,
            spaceAfter=0,
        ),
        "scale_label_right": ParagraphStyle(
            "wb_scale_label_r",
            parent=body,
            fontSize=SCALE_LABEL_PT,
            leading=13,
            textColor=INK,
            alignment=TA_RIGHT,
            spaceAfter=0,
        ),
        "exercise": ParagraphStyle(
            "wb_exercise",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=15,
            leading=19,
            textColor=colors.white,
            spaceAfter=0,
        ),
        "chapter_label": ParagraphStyle(
            "wb_chapter_label", parent=body, fontSize=13, textColor=ACCENT, spaceAfter=2
        ),
        "toc": ParagraphStyle("wb_toc", parent=body, fontSize=13, leading=17, spaceAfter=0),
        "toc_right": ParagraphStyle(
            "wb_toc_r", parent=body, fontSize=13, leading=17, alignment=TA_RIGHT, spaceAfter=0
        ),
        "cover_title": ParagraphStyle(
            "wb_cover_title",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=34,
            leading=40,
            textColor=colors.white,
            alignment=TA_CENTER,
        ),
        "cover_sub": ParagraphStyle(
            "wb_cover_sub",
            parent=body,
            fontSize=20,
            leading=26,
            textColor=colors.white,
            alignment=TA_CENTER,
        ),
        "cover_text": ParagraphStyle(
            "wb_cover_text", parent=body, fontSize=13, leading=18, alignment=TA_CENTER
        ),
    }


# ----- form pieces -----------------------------------------------------------------------------


class WriteLines(Flowable):
    """`count` ruled lines to write on."""

    def __init__(self, count: int, gap: float = LINE_GAP, indent: float = 0) -> None:
        super().__init__()
        self.count = count
        self.gap = gap
        self.indent = indent

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.count * self.gap + 2

    def draw(self) -> None:
        c = self.canv
        c.setStrokeColor(WRITE_LINE)
        c.setLineWidth(WRITE_LINE_WIDTH)
        for i in range(self.count):
            y = 2 + i * self.gap
            c.line(self.indent, y, self.width, y)


class TickBox(Flowable):
    """An empty square to tick."""

    def __init__(self, size: float = 6 * mm) -> None:
        super().__init__()
        self.size = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        self.canv.setStrokeColor(INK)
        self.canv.setLineWidth(1.1)
        self.canv.rect(0, 0, self.size, self.size, stroke=1, fill=0)


class Circle(Flowable):
    """A numbered circle of the 1–5 scale."""

    def __init__(self, number: int, diameter: float = 8.5 * mm) -> None:
        super().__init__()
        self.number = number
        self.d = diameter

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.d

    def draw(self) -> None:
        c = self.canv
        cx = self.width / 2
        r = self.d / 2
        c.setStrokeColor(ACCENT)
        c.setLineWidth(1)
        c.circle(cx, r, r, stroke=1, fill=0)
        c.setFillColor(INK)
        c.setFont(FONT, 11)
        c.drawCentredString(cx, r - 4, str(self.number))


class ExerciseBar(Flowable):
    """The coloured heading bar of an exercise: "Tehtävä 2" and its title."""

    def __init__(self, label: str, title: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.para = Paragraph(f"{escape(label)}  ·  {escape(title)}", style)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        _, h = self.para.wrap(avail_width - 8 * mm, avail_height)
        self.height = h + 5 * mm
        return avail_width, self.height

    def draw(self) -> None:
        c = self.canv
        c.setFillColor(ACCENT)
        c.roundRect(0, 0, self.width, self.height, 2.5 * mm, stroke=0, fill=1)
        self.para.drawOn(c, 4 * mm, 2.5 * mm)


class Band(Flowable):
    """A coloured block with centred paragraphs (the cover)."""

    def __init__(self, paragraphs: Sequence[Paragraph], height: float) -> None:
        super().__init__()
        self.paragraphs = list(paragraphs)
        self.height = height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.height

    def draw(self) -> None:
        c = self.canv
        c.setFillColor(ACCENT)
        c.roundRect(0, 0, self.width, self.height, 4 * mm, stroke=0, fill=1)
        sizes = [p.wrap(self.width - 20 * mm, self.height) for p in self.paragraphs]
        total = sum(h for _, h in sizes) + 4 * mm * (len(sizes) - 1)
        y = (self.height + total) / 2
        for p, (_, h) in zip(self.paragraphs, sizes, strict=True):
            y -= h
            p.drawOn(c, 10 * mm, y)
            y -= 4 * mm


class PageMarker(Flowable):
    """Records the page it lands on (for the table of contents)."""

    def __init__(self, key: str, pages: dict[str, int]) -> None:
        super().__init__()
        self.key = key
        self.pages = pages

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.pages[self.key] = self.canv.getPageNumber()


def _grid_style(extra: Sequence[tuple[Any, ...]] = ()) -> TableStyle:
    return TableStyle(
        [
            ("GRID", (0, 0), (-1, -1), WRITE_LINE_WIDTH, WRITE_LINE),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("FONTSIZE", (0, 0), (-1, -1), 12),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            *extra,
        ]
    )


def _lines(ex: Exercise, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    out: list[Flowable] = []
    for prompt in ex.prompts:
        out.append(
            KeepTogether(
                [Paragraph(escape(prompt), st["prompt"]), WriteLines(ex.lines), Spacer(1, 3 * mm)]
            )
        )
    return out


def _checklist(ex: Exercise, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    rows: list[list[Any]] = [[TickBox(), Paragraph(escape(item), st["item"])] for item in ex.items]
    rows += [[TickBox(), WriteLines(1, gap=7 * mm)] for _ in range(ex.extra_lines)]
    table = Table(rows, colWidths=[11 * mm, FRAME_WIDTH - 11 * mm])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 3.2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3.2),
            ]
        )
    )
    return [table]


def _week_grid(ex: Exercise, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    label_w = 36 * mm
    day_w = (FRAME_WIDTH - label_w) / 7
    header = [""] + [
        Paragraph(f"<b>{escape(d.capitalize())}</b>", st["cell"]) for d in weekday_short_names()
    ]
    rows: list[list[Any]] = [header]
    rows += [[Paragraph(escape(r), st["cell_bold"])] + [""] * 7 for r in ex.rows]
    heights = [8 * mm] + [17 * mm] * len(ex.rows)
    table = Table(rows, colWidths=[label_w] + [day_w] * 7, rowHeights=heights, repeatRows=1)
    table.setStyle(
        _grid_style(
            [
                ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
                ("BACKGROUND", (0, 1), (0, -1), LIGHT),
                ("ALIGN", (1, 0), (-1, 0), "CENTER"),
            ]
        )
    )
    return [table]


def _budget(ex: Exercise, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    money_w = 34 * mm
    item_w = FRAME_WIDTH - 2 * money_w
    widths = [item_w, money_w, money_w]
    row_h = 8.5 * mm

    def block(title: str, items: Sequence[str], total: str) -> Table:
        data: list[list[Any]] = [
            [
                Paragraph(f"<b>{escape(title)}</b>", st["cell"]),
                Paragraph(translate("WorkbookPdf", "<b>Arvio €</b>"), st["cell"]),
                Paragraph(translate("WorkbookPdf", "<b>Toteutui €</b>"), st["cell"]),
            ]
        ]
        data += [[Paragraph(escape(i), st["cell"]), "", ""] for i in items]
        data += [[Paragraph(f"<b>{escape(total)}</b>", st["cell"]), "", ""]]
        t = Table(data, colWidths=widths, rowHeights=[row_h] * len(data), repeatRows=1)
        t.setStyle(
            _grid_style(
                [
                    ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
                    ("BACKGROUND", (0, -1), (-1, -1), LIGHT),
                    ("LINEABOVE", (0, -1), (-1, -1), 1.4, ACCENT),
                ]
            )
        )
        return t

    summary = Table(
        [
            [Paragraph(translate("WorkbookPdf", "<b>Tulot yhteensä</b>"), st["cell"]), "", ""],
            [Paragraph(translate("WorkbookPdf", "<b>– Menot yhteensä</b>"), st["cell"]), "", ""],
            [
                Paragraph(
                    translate("WorkbookPdf", "<b>= Rahaa jää käyttöön tai puuttuu</b>"), st["cell"]
                ),
                "",
                "",
            ],
        ],
        colWidths=widths,
        rowHeights=[row_h] * 3,
    )
    summary.setStyle(
        _grid_style(
            [
                ("BACKGROUND", (0, 0), (0, -1), LIGHT),
                ("LINEABOVE", (0, -1), (-1, -1), 1.4, ACCENT),
            ]
        )
    )
    # The whole worksheet on one page: income, expenses and what is left.
    return [
        KeepTogether(
            [
                block(
                    translate("WorkbookPdf", "Tulot"),
                    ex.income,
                    translate("WorkbookPdf", "Tulot yhteensä"),
                ),
                Spacer(1, 5 * mm),
                block(
                    translate("WorkbookPdf", "Menot"),
                    ex.expenses,
                    translate("WorkbookPdf", "Menot yhteensä"),
                ),
                Spacer(1, 5 * mm),
                Paragraph(translate("WorkbookPdf", "<b>Yhteenveto</b>"), st["body"]),
                summary,
            ]
        )
    ]


def _ranking(ex: Exercise, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    rows = [[TickBox(10 * mm), Paragraph(escape(item), st["item"])] for item in ex.items]
    table = Table(rows, colWidths=[16 * mm, FRAME_WIDTH - 16 * mm])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ]
        )
    )
    return [table]


def _scale(ex: Exercise, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    col = 15 * mm
    text_w = FRAME_WIDTH - 5 * col
    data: list[list[Any]] = [
        [
            "",
            Paragraph(escape(ex.low), st["scale_label"]),
            "",
            "",
            Paragraph(escape(ex.high), st["scale_label_right"]),
            "",
        ]
    ]
    data += [
        [Paragraph(escape(item), st["item"])] + [Circle(n) for n in range(1, 6)]
        for item in ex.items
    ]
    table = Table(data, colWidths=[text_w] + [col] * 5)
    table.setStyle(
        TableStyle(
            [
                ("SPAN", (1, 0), (2, 0)),
                ("SPAN", (4, 0), (5, 0)),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 1), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 5),
                ("LINEBELOW", (0, 1), (-1, -2), 0.5, LIGHT),
            ]
        )
    )
    return [table]


def _cards(ex: Exercise, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    out: list[Flowable] = []
    for item in ex.items:
        card = Table(
            [[Paragraph(f"<b>{escape(item)}</b>", st["cell"])], [WriteLines(ex.lines, gap=9 * mm)]],
            colWidths=[FRAME_WIDTH],
            cornerRadii=[3 * mm] * 4,
        )
        card.setStyle(
            TableStyle(
                [
                    ("BOX", (0, 0), (-1, -1), 1.2, ACCENT),
                    ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
                    ("LEFTPADDING", (0, 0), (-1, -1), 4 * mm),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4 * mm),
                    ("TOPPADDING", (0, 0), (-1, 0), 2.5 * mm),
                    ("BOTTOMPADDING", (0, 0), (-1, 0), 2.5 * mm),
                    ("BOTTOMPADDING", (0, 1), (-1, 1), 3 * mm),
                ]
            )
        )
        out += [KeepTogether(card), Spacer(1, 4 * mm)]
    return out


# ----- the 24-hour circle, the resource tree and the example budget ----------------------------

DRAW = INK  # drawn outlines (circle, tree): dark enough to survive a photocopier


class DayCircle(Flowable):
    """A 24-hour clock face to colour in: midnight at the top, noon at the bottom."""

    def __init__(self, diameter: float = 118 * mm) -> None:
        super().__init__()
        self.d = diameter

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.d + 28 * mm

    def draw(self) -> None:
        c = self.canv
        cx, cy, r = self.width / 2, self.d / 2 + 14 * mm, self.d / 2
        c.setStrokeColor(DRAW)
        c.setLineWidth(1.6)
        c.circle(cx, cy, r, stroke=1, fill=0)
        c.setLineWidth(0.8)
        c.circle(cx, cy, 9 * mm, stroke=1, fill=0)
        c.setFont(FONT, 12)
        c.setFillColor(TEXT)
        for hour in range(24):
            angle = math.pi / 2 - hour * 2 * math.pi / 24  # clockwise from the top
            cos, sin = math.cos(angle), math.sin(angle)
            c.setLineWidth(0.9 if hour % 6 else 1.4)
            if hour % 6:
                c.setDash(2, 2)
            c.line(cx + 9 * mm * cos, cy + 9 * mm * sin, cx + r * cos, cy + r * sin)
            c.setDash()
            c.drawCentredString(cx + (r + 6 * mm) * cos, cy + (r + 6 * mm) * sin - 4, str(hour))
        c.setFont(FONT_BOLD, 11)
        c.drawCentredString(cx, cy + r + 11 * mm, translate("WorkbookPdf", "keskiyö"))
        c.drawCentredString(cx, cy - r - 13 * mm, translate("WorkbookPdf", "keskipäivä"))


def _day_circle(ex: Exercise, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    legend: list[list[Any]] = [
        [TickBox(7 * mm), Paragraph(escape(item), st["item"]), WriteLines(1, gap=7 * mm)]
        for item in ex.items
    ]
    head: list[Any] = [
        "",
        Paragraph(translate("WorkbookPdf", "<b>Merkitse</b>"), st["item"]),
        Paragraph(translate("WorkbookPdf", "<b>Oma väri tai merkki</b>"), st["item"]),
    ]
    table = Table([head, *legend], colWidths=[11 * mm, 50 * mm, 45 * mm], hAlign="CENTER")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ]
        )
    )
    return [KeepTogether([DayCircle(), Spacer(1, 4 * mm), table])]


class TreeSpace(Flowable):
    """A framed drawing space with a tree outline; `labels` name its parts from the roots up."""

    def __init__(self, labels: Sequence[str], height: float = 150 * mm) -> None:
        super().__init__()
        self.labels = list(labels)
        self.height = height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.height

    def draw(self) -> None:
        c = self.canv
        w, h = self.width, self.height
        c.setStrokeColor(ACCENT)
        c.setLineWidth(1.2)
        c.roundRect(0, 0, w, h, 3 * mm, stroke=1, fill=0)
        tx, ground = w * 0.68, h * 0.24
        c.setStrokeColor(DRAW)
        c.setLineWidth(1.3)
        c.line(w * 0.42, ground, w - 6 * mm, ground)  # the ground
        top = h * 0.52
        c.line(tx - 7 * mm, ground, tx - 5 * mm, top)  # trunk
        c.line(tx + 7 * mm, ground, tx + 5 * mm, top)
        c.setDash(3, 3)
        for dx in (-22, -10, 0, 10, 22):  # roots
            c.line(tx + dx * 0.3 * mm, ground, tx + dx * mm, ground - 22 * mm)
        c.ellipse(tx - 50 * mm, top - 8 * mm, tx + 50 * mm, h - 8 * mm)  # crown
        c.setDash()
        if len(self.labels) == 3:
            spots = [ground - 16 * mm, top + 8 * mm, h - 26 * mm]
        else:
            spots = [ground - 16 * mm, h * 0.7]
        for label, y in zip(self.labels, spots, strict=False):
            head, _, rest = label.partition(":")
            c.setFillColor(TEXT)
            c.setFont(FONT_BOLD, 12)
            c.drawString(5 * mm, y, head.strip() + (":" if rest else ""))
            if rest:
                c.setFont(FONT, 11)
                c.drawString(5 * mm, y - 5.5 * mm, rest.strip())


def _tree(ex: Exercise, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    return [TreeSpace(ex.items)]


def _euros(amount: int) -> str:
    return f"{amount} €" if amount >= 0 else f"−{-amount} €"


def _example_budget(ex: Exercise, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    money_w = 34 * mm
    widths = [FRAME_WIDTH - money_w, money_w]
    right = ParagraphStyle("wb_cell_r", parent=st["cell"], alignment=TA_RIGHT)
    income = sum(x.euros for x in ex.example_income)
    expenses = sum(x.euros for x in ex.example_expenses)
    balance = ex.example_balance

    def block(title: str, lines: Sequence[Any], total_label: str, total: int) -> Table:
        data: list[list[Any]] = [
            [
                Paragraph(f"<b>{escape(title)}</b>", st["cell"]),
                Paragraph(translate("WorkbookPdf", "<b>€ / kk</b>"), right),
            ]
        ]
        data += [
            [Paragraph(escape(x.label), st["cell"]), Paragraph(_euros(x.euros), right)]
            for x in lines
        ]
        data.append(
            [
                Paragraph(f"<b>{escape(total_label)}</b>", st["cell"]),
                Paragraph(f"<b>{_euros(total)}</b>", right),
            ]
        )
        t = Table(data, colWidths=widths, rowHeights=[6.5 * mm] * len(data))
        t.setStyle(
            _grid_style(
                [
                    ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
                    ("BACKGROUND", (0, -1), (-1, -1), LIGHT),
                    ("LINEABOVE", (0, -1), (-1, -1), 1.4, ACCENT),
                ]
            )
        )
        return t

    if balance < 0:
        result = translate("WorkbookPdf", "Rahaa puuttuu")
    else:
        result = translate("WorkbookPdf", "Rahaa jää")
    summary = Table(
        [
            [
                Paragraph(f"<b>{escape(result)}</b>", st["cell"]),
                Paragraph(f"<b>{_euros(balance)}</b>", right),
            ]
        ],
        colWidths=widths,
        rowHeights=[8.5 * mm],
    )
    summary.setStyle(_grid_style([("BOX", (0, 0), (-1, -1), 1.4, ACCENT)]))
    tables: list[Flowable] = [
        block(
            translate("WorkbookPdf", "Tulot"),
            ex.example_income,
            translate("WorkbookPdf", "Tulot yhteensä"),
            income,
        ),
        Spacer(1, 4 * mm),
        block(
            translate("WorkbookPdf", "Menot"),
            ex.example_expenses,
            translate("WorkbookPdf", "Menot yhteensä"),
            expenses,
        ),
        Spacer(1, 4 * mm),
        summary,
    ]
    if ex.note:
        tables += [Spacer(1, 2 * mm), Paragraph(escape(ex.note), st["instructions"])]
    out: list[Flowable] = [KeepTogether(tables)]
    for prompt in ex.prompts:
        out.append(
            KeepTogether(
                [Paragraph(escape(prompt), st["prompt"]), WriteLines(ex.lines), Spacer(1, 3 * mm)]
            )
        )
    return out


_FORMS = {
    "lines": _lines,
    "checklist": _checklist,
    "week_grid": _week_grid,
    "budget": _budget,
    "ranking": _ranking,
    "scale": _scale,
    "cards": _cards,
    "day_circle": _day_circle,
    "tree": _tree,
    "example_budget": _example_budget,
}


def _exercise(number: int, ex: Exercise, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    head: list[Flowable] = [
        ExerciseBar(
            translate("WorkbookPdf", "Tehtävä {n}").format(n=number), ex.title, st["exercise"]
        )
    ]
    head.append(Spacer(1, 3 * mm))
    if ex.instructions:
        head.append(Paragraph(escape(ex.instructions), st["instructions"]))
    if ex.one_to_one:
        lead, sep, rest = ex.one_to_one.partition(":")
        text = f"<b>{escape(lead)}:</b>{escape(rest)}" if sep and len(lead) < 40 else None
        head.append(Paragraph(text or escape(ex.one_to_one), st["instructions"]))
    form = _FORMS[ex.type](ex, st)
    # The whole exercise on one page (paired boxes must not part on a photocopy); only a form
    # taller than a page continues on the next one.
    # Nested KeepTogethers are flattened: reportlab can leave a blank page for them.
    flat = [
        x
        for f in form
        for x in (f._content if isinstance(f, KeepTogether) else [f])  # type: ignore[attr-defined]
    ]
    return [KeepTogether([*head, *flat]), Spacer(1, 7 * mm)]


def _tips(tips: Sequence[str], st: dict[str, ParagraphStyle]) -> Flowable:
    rows: list[list[Any]] = [[Paragraph(translate("WorkbookPdf", "<b>Vinkkejä</b>"), st["cell"])]]
    rows += [[Paragraph(f"•&nbsp;&nbsp;{escape(t)}", st["item"])] for t in tips]
    t = Table(rows, colWidths=[FRAME_WIDTH], cornerRadii=[3 * mm] * 4)
    t.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
                ("LEFTPADDING", (0, 0), (-1, -1), 5 * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), 5 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, 0), 3 * mm),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 3 * mm),
            ]
        )
    )
    return t


def chapter_story(
    chapter: Chapter, *, session_date: str = "", pages: dict[str, int] | None = None
) -> list[Flowable]:
    """One chapter: title, intro, information with tips, then the exercises."""
    st = _styles()
    label = translate("WorkbookPdf", "Luku {n}").format(n=chapter.number)
    if session_date:
        label += f"  ·  {session_date}"
    story: list[Flowable] = []
    if pages is not None:
        story.append(PageMarker(chapter.key, pages))
    story += [
        Paragraph(escape(label), st["chapter_label"]),
        Paragraph(escape(chapter.title), st["title"]),
    ]
    for para in chapter.intro:
        story.append(Paragraph(escape(para), st["lead"]))
    for section in chapter.info:
        block: list[Flowable] = [Paragraph(escape(section.heading), st["h2"])]
        block += [Paragraph(escape(p), st["body"]) for p in section.paragraphs]
        story.append(KeepTogether(block[:2]))
        story += block[2:]
        if section.tips:
            story += [Spacer(1, 2 * mm), KeepTogether(_tips(section.tips, st)), Spacer(1, 3 * mm)]
    story.append(Spacer(1, 6 * mm))
    for i, ex in enumerate(chapter.exercises, start=1):
        story += _exercise(i, ex, st)
    return story[:-1]  # the last exercise's trailing space could start an empty page


def _session_dates(view: ProgramView | None) -> dict[str, str]:
    """Chapter key -> "ti 24.11.2026" of the session that uses it."""
    if view is None:
        return {}
    out: dict[str, str] = {}
    for s in view.sessions:
        if s.workbook_chapter and s.date and s.workbook_chapter not in out:
            out[s.workbook_chapter] = f"{weekday_short(s.date)} {format_date(s.date)}"
    return out


def _cover(view: ProgramView | None, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    band = Band(
        [
            Paragraph(escape(WORKBOOK_TITLE), st["cover_title"]),
            Paragraph(escape(translate("WorkbookPdf", "Työkirja")), st["cover_sub"]),
        ],
        95 * mm,
    )
    story: list[Flowable] = [Spacer(1, 20 * mm), band, Spacer(1, 16 * mm)]
    if view is not None:
        story.append(Paragraph(f"<b>{escape(view.group_name)}</b>", st["subtitle"]))
        where = view.place if view.mode == GroupMode.LOCAL else labels.group_mode(view.mode)
        dates = " – ".join(
            format_date(d) for d in (view.start_date, view.end_date) if d is not None
        )
        for line in (where, dates):
            if line:
                story.append(Paragraph(escape(line), st["lead"]))
        if view.leaders:
            story.append(Spacer(1, 6 * mm))
            story.append(Paragraph(translate("WorkbookPdf", "<b>Ohjaajat</b>"), st["body"]))
            for leader in view.leaders:
                extra = " · ".join(x for x in (leader.role, leader.phone, leader.email) if x)
                text = escape(leader.name) + (f" – {escape(extra)}" if extra else "")
                story.append(Paragraph(text, st["body"]))
    else:  # a book printed ahead: the group fills in its own details
        for label in (
            translate("WorkbookPdf", "Ryhmä ja paikkakunta:"),
            translate("WorkbookPdf", "Ohjaajat ja yhteystiedot:"),
        ):
            story += [Paragraph(label, st["body"]), WriteLines(1), Spacer(1, 4 * mm)]
    story += [
        Spacer(1, 14 * mm),
        Paragraph(translate("WorkbookPdf", "Tämä työkirja kuuluu:"), st["body"]),
        WriteLines(1),
    ]
    story.append(PageBreak())
    return story


def _toc(
    chapters: Sequence[Chapter],
    pages: dict[str, int],
    dates: dict[str, str],
    st: dict[str, ParagraphStyle],
) -> list[Flowable]:
    rows = []
    for c in chapters:
        rows.append(
            [
                Paragraph(f"<b>{c.number}</b>", st["toc"]),
                Paragraph(escape(c.title), st["toc"]),
                Paragraph(escape(dates.get(c.key, "")), st["toc"]),
                Paragraph(str(pages.get(c.key, "")), st["toc_right"]),
            ]
        )
    table = Table(rows, colWidths=[12 * mm, 100 * mm, 42 * mm, 20 * mm])
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, -1), 0.5, LINE),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    head = Table(
        [
            [
                "",
                Paragraph(translate("WorkbookPdf", "<b>Luku</b>"), st["cell"]),
                Paragraph(translate("WorkbookPdf", "<b>Ryhmäkerta</b>"), st["cell"]),
                Paragraph(translate("WorkbookPdf", "<b>Sivu</b>"), st["toc_right"]),
            ]
        ],
        colWidths=[12 * mm, 100 * mm, 42 * mm, 20 * mm],
    )
    intro = translate(
        "WorkbookPdf",
        "Tämä työkirja kulkee mukanasi ryhmän kahdeksalla kerralla. Jokaisessa luvussa on "
        "ensin vähän tietoa ja sitten tehtäviä. Voit kirjoittaa ja piirtää kirjaan vapaasti. "
        "Sinun ei tarvitse näyttää kirjaa kenellekään. Kirjaa voi käyttää myös kahdestaan "
        "omatyöntekijän kanssa: luvun 1 alussa kerrotaan miten, ja ryhmää varten tehdyissä "
        "tehtävissä on rivi ”Kahdestaan”.",
    )
    return [
        Paragraph(translate("WorkbookPdf", "Sisällys"), st["title"]),
        Paragraph(intro, st["lead"]),
        Spacer(1, 6 * mm),
        head,
        table,
        PageBreak(),
    ]


def notes_page(st: dict[str, ParagraphStyle]) -> list[Flowable]:
    """A page of lines for own notes: it keeps the next chapter on a right-hand page."""
    return [
        Paragraph(translate("WorkbookPdf", "Omia muistiinpanoja"), st["h1"]),
        Spacer(1, 4 * mm),
        WriteLines(NOTES_LINES),
    ]


def _book_story(
    chapters: Sequence[Chapter],
    view: ProgramView | None,
    pages: dict[str, int],
    notes_before: frozenset[str] = frozenset(),
) -> list[Flowable]:
    """Cover, contents and the chapters; a notes page before each chapter in `notes_before`."""
    st = _styles()
    dates = _session_dates(view)
    story = _cover(view, st) + _toc(chapters, pages, dates, st)
    for i, c in enumerate(chapters):
        if i:
            story.append(PageBreak())
        if c.key in notes_before:
            story += [*notes_page(st), PageBreak()]
        story += chapter_story(c, session_date=dates.get(c.key, ""), pages=pages)
    return story


def odd_starts(
    chapters: Sequence[Chapter], starts: dict[str, int]
) -> tuple[frozenset[str], dict[str, int]]:
    """Where notes pages go so that every chapter starts on an odd (right-hand) page, given
    the start pages laid out without any; and the start pages with them. A chapter's length
    does not depend on its page's parity (every page has the same frame)."""
    shift = 0
    notes: set[str] = set()
    moved: dict[str, int] = {}
    for c in chapters:
        if (starts[c.key] + shift) % 2 == 0:
            notes.add(c.key)
            shift += 1
        moved[c.key] = starts[c.key] + shift
    return frozenset(notes), moved


def _footer(view: ProgramView | None) -> str:
    title = translate("WorkbookPdf", "{title} – työkirja").format(title=WORKBOOK_TITLE)
    return f"{title} · {view.group_name}" if view is not None else title


def write_workbook(path: str | Path, printout: Printout) -> Path:
    """The whole book (cover with group, place, dates and leaders; contents; every chapter), or
    one chapter as a handout."""
    if printout.handout:
        return _write_handout(path, printout.chapters[0], printout.program)
    return _write_book(path, printout.chapters, printout.program)


def _write_book(path: str | Path, chapters: Sequence[Chapter], view: ProgramView | None) -> Path:
    title = translate("WorkbookPdf", "{title} – työkirja").format(title=WORKBOOK_TITLE)
    options: dict[str, Any] = {"title": title, "footer": _footer(view), "first_page_footer": False}
    starts: dict[str, int] = {}
    with tempfile.TemporaryDirectory() as tmp:
        # First pass: where each chapter starts without notes pages.
        build_pdf(Path(tmp) / "pass1.pdf", _book_story(chapters, view, starts), **options)
    notes, moved = odd_starts(chapters, starts)
    return build_pdf(
        path,
        _book_story(chapters, view, moved, notes),
        subject=translate("WorkbookPdf", "Työkirja"),
        **options,
    )


def _write_handout(path: str | Path, chapter: Chapter, view: ProgramView | None) -> Path:
    dates = _session_dates(view)
    return build_pdf(
        path,
        chapter_story(chapter, session_date=dates.get(chapter.key, "")),
        title=translate("WorkbookPdf", "{book} – luku {n}: {title}").format(
            book=WORKBOOK_TITLE, n=chapter.number, title=chapter.title
        ),
        subject=translate("WorkbookPdf", "Työkirjan luku"),
        footer=_footer(view)
        + " · "
        + translate("WorkbookPdf", "luku {n}").format(n=chapter.number),
    )


def write_example_budget(path: str | Path, example: ExampleBudget) -> Path:
    """The example budget as a one-page handout, numbered as in the book."""
    st = _styles()
    c = example.chapter
    label = translate("WorkbookPdf", "Luku {n}: {title}").format(n=c.number, title=c.title)
    story: list[Flowable] = [
        Paragraph(escape(label), st["chapter_label"]),
        *_exercise(example.number, example.exercise, st)[:-1],  # no trailing space: one page
    ]
    return build_pdf(
        path,
        story,
        title=translate("WorkbookPdf", "{book} – {title}").format(
            book=WORKBOOK_TITLE, title=example.exercise.title
        ),
        subject=translate("WorkbookPdf", "Työkirjan moniste"),
        footer=_footer(example.program)
        + " · "
        + translate("WorkbookPdf", "luku {n}").format(n=c.number),
    )
