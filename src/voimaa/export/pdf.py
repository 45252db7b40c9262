"""Shared PDF pieces: the bundled Unicode font, paragraph styles, and an A4 document builder
that sets the title, author and language and numbers the pages."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import PDFString
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate

from voimaa import paths
from voimaa.export.files import atomic_write
from voimaa.i18n import translate

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
AUTHOR = "Voimaa"
LANGUAGE = "fi-FI"
ACCENT = colors.HexColor("#2f5d62")
LIGHT = colors.HexColor("#e8f0ef")
LINE = colors.HexColor("#8a9a9b")  # table rules of reports, read on screen or printed once

# Marks a participant writes on, made to survive a photocopy of a photocopy: near-black
# writing lines, scale labels of at least 11 pt in black, tick boxes of at least 6 mm.
INK = colors.HexColor("#1a1a1a")
WRITE_LINE = colors.HexColor("#333333")
WRITE_LINE_WIDTH = 0.9
SCALE_LABEL_PT = 11
TICK_BOX = 7 * mm


@cache
def register_fonts() -> None:
    """Register the bundled DejaVu Sans (regular and bold) once; ä, ö, å and Š render."""
    pdfmetrics.registerFont(TTFont(FONT, str(paths.asset("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(paths.asset("fonts", "DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
    )


@cache
def styles() -> dict[str, ParagraphStyle]:
    """Paragraph styles; body text is 12 pt so handouts are easy to read."""
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=12, leading=16, spaceAfter=6)
    return {
        "body": body,
        "title": ParagraphStyle(
            "title",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=26,
            leading=32,
            spaceAfter=12,
            textColor=ACCENT,
        ),
        "subtitle": ParagraphStyle("subtitle", parent=body, fontSize=15, leading=20, spaceAfter=8),
        "h1": ParagraphStyle(
            "h1",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=19,
            leading=24,
            spaceBefore=6,
            spaceAfter=10,
            textColor=ACCENT,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=14,
            leading=18,
            spaceBefore=10,
            spaceAfter=6,
        ),
        "small": ParagraphStyle("small", parent=body, fontSize=9.5, leading=12, spaceAfter=2),
        "table": ParagraphStyle("table", parent=body, fontSize=10.5, leading=13, spaceAfter=0),
        "table_bold": ParagraphStyle(
            "table_bold", parent=body, fontName=FONT_BOLD, fontSize=10.5, leading=13, spaceAfter=0
        ),
        "center": ParagraphStyle("center", parent=body, alignment=TA_CENTER),
    }


class TickBox(Flowable):
    """An empty square to tick (:data:`TICK_BOX` wide), optionally with its number beside it,
    centred in the width it is given."""

    def __init__(self, number: int | None = None, size: float = TICK_BOX) -> None:
        super().__init__()
        self.number = number
        self.size = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = max(avail_width, self.size)
        return self.width, self.size

    def draw(self) -> None:
        c = self.canv
        label_w = 0.0
        if self.number is not None:
            c.setFont(FONT_BOLD, 14)
            label_w = c.stringWidth(str(self.number), FONT_BOLD, 14) + 1.5 * mm
        left = (self.width - self.size - label_w) / 2
        c.setStrokeColor(INK)
        c.setLineWidth(1.2)
        c.rect(left, 0, self.size, self.size, stroke=1, fill=0)
        if self.number is not None:
            c.setFillColor(INK)
            c.drawString(left + self.size + 1.5 * mm, self.size / 2 - 5, str(self.number))


def escape(text: str) -> str:
    """User text for a Paragraph (which reads a little XML)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def set_metadata(canvas: Canvas, title: str, subject: str = "") -> None:
    """Title, author and language of a PDF drawn directly on a canvas."""
    canvas.setTitle(title)
    canvas.setAuthor(AUTHOR)
    canvas.setSubject(subject)
    canvas.setCreator(AUTHOR)
    # reportlab takes the language only at construction (Canvas(lang=...)); set it on the catalog
    # so that canvases made elsewhere are marked Finnish too.
    canvas._doc.Catalog.Lang = PDFString(LANGUAGE)  # type: ignore[attr-defined]


def build_pdf(
    path: str | Path,
    story: Sequence[Flowable],
    *,
    title: str,
    subject: str = "",
    pagesize: tuple[float, float] = A4,
    footer: str = "",
    page_numbers: bool = True,
    margins_mm: float = 18,
    first_page_footer: bool = True,
    footer_pt: float = 9,
) -> Path:
    """Lay `story` out on A4 (by default) and write it atomically to `path`.

    The footer shows `footer` on the left and "sivu N / M" on the right.
    """
    register_fonts()

    def draw(canvas: Canvas, doc: Any) -> None:
        set_metadata(canvas, title, subject)
        if not page_numbers or (doc.page == 1 and not first_page_footer):
            return
        canvas.saveState()
        canvas.setFont(FONT, footer_pt)
        canvas.setFillColor(colors.HexColor("#555555"))
        width = pagesize[0]
        canvas.drawString(margins_mm * mm, 10 * mm, footer)
        canvas.drawRightString(
            width - margins_mm * mm, 10 * mm, translate("Pdf", "sivu {n}").format(n=doc.page)
        )
        canvas.restoreState()

    def write(tmp: Path) -> None:
        doc = SimpleDocTemplate(
            str(tmp),
            pagesize=pagesize,
            leftMargin=margins_mm * mm,
            rightMargin=margins_mm * mm,
            topMargin=margins_mm * mm,
            bottomMargin=(margins_mm + 6) * mm,
            title=title,
            author=AUTHOR,
            subject=subject,
            creator=AUTHOR,
            lang=LANGUAGE,
        )
        doc.build(list(story), onFirstPage=draw, onLaterPages=draw)

    return atomic_write(path, write)
