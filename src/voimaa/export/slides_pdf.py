"""A session's slide deck as a 16:9 PDF, drawn from the same layout as the presenter."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from voimaa.export.files import atomic_write
from voimaa.export.pdf import FONT, FONT_BOLD, LANGUAGE, register_fonts, set_metadata
from voimaa.i18n import translate
from voimaa.slides.decks import Deck
from voimaa.slides.layout import SLIDE_HEIGHT, SLIDE_WIDTH, Box, Dot, Shape, TextRun, layout_slide


def measure(text: str, size: float, bold: bool) -> float:
    return stringWidth(text, FONT_BOLD if bold else FONT, size)


def draw_shapes(canvas: Canvas, shapes: list[Shape]) -> None:
    """Draw laid-out shapes; the layout's y grows downwards, the PDF's upwards."""
    for shape in shapes:
        if isinstance(shape, Box):
            canvas.setFillColor(colors.HexColor(shape.color))
            y = SLIDE_HEIGHT - shape.y - shape.h
            if shape.radius:
                canvas.roundRect(shape.x, y, shape.w, shape.h, shape.radius, stroke=0, fill=1)
            else:
                canvas.rect(shape.x, y, shape.w, shape.h, stroke=0, fill=1)
        elif isinstance(shape, Dot):
            canvas.setFillColor(colors.HexColor(shape.color))
            canvas.circle(shape.cx, SLIDE_HEIGHT - shape.cy, shape.r, stroke=0, fill=1)
        elif isinstance(shape, TextRun):
            canvas.setFillColor(colors.HexColor(shape.color))
            canvas.setFont(FONT_BOLD if shape.bold else FONT, shape.size)
            y = SLIDE_HEIGHT - shape.y
            if shape.align == "center":
                canvas.drawCentredString(shape.x, y, shape.text)
            elif shape.align == "right":
                canvas.drawRightString(shape.x, y, shape.text)
            else:
                canvas.drawString(shape.x, y, shape.text)


def write_deck(path: str | Path, deck: Deck) -> Path:
    """One page per slide, 16:9 (254 × 142.9 mm)."""
    register_fonts()
    title = translate("SlidesPdf", "{n}. kerta: {title}").format(n=deck.session, title=deck.title)

    def write(tmp: Path) -> None:
        canvas = Canvas(str(tmp), pagesize=(SLIDE_WIDTH, SLIDE_HEIGHT), lang=LANGUAGE)
        set_metadata(canvas, title, translate("SlidesPdf", "Diat"))
        count = len(deck.slides)
        for i, slide in enumerate(deck.slides):
            draw_shapes(
                canvas,
                layout_slide(
                    slide, measure, index=i, count=count, footer=deck.footer, label=deck.label
                ),
            )
            canvas.showPage()
        canvas.save()

    return atomic_write(path, write)
