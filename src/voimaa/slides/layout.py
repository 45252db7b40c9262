"""Slide layout: one design for the PDF and the presenter.

A slide is laid out on a 720 × 405 canvas (16:9, y grows downwards) into boxes, dots and text
runs; each renderer only draws them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from voimaa.i18n import translate
from voimaa.slides.decks import AgendaItem, Slide

SLIDE_WIDTH = 720.0
SLIDE_HEIGHT = 405.0
MARGIN = 44.0
ACCENT = "#2f5d62"
LIGHT = "#e8f0ef"
TEXT = "#1d2b2c"
MUTED = "#5b6b6c"
WHITE = "#ffffff"
SOFT_WHITE = "#d5e5e3"

Measure = Callable[[str, float, bool], float]


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    w: float
    h: float
    color: str
    radius: float = 0.0


@dataclass(frozen=True)
class Dot:
    cx: float
    cy: float
    r: float
    color: str


@dataclass(frozen=True)
class TextRun:
    """One line of text; y is the baseline."""

    x: float
    y: float
    text: str
    size: float
    bold: bool = False
    color: str = TEXT
    align: str = "left"  # left, center, right (x is the anchor)


Shape = Box | Dot | TextRun


def _pieces(word: str, size: float, bold: bool, width: float, measure: Measure) -> list[str]:
    """A word as it fits on lines: whole, or (a long web address) cut into line-wide pieces."""
    if measure(word, size, bold) <= width:
        return [word]
    pieces: list[str] = []
    current = ""
    for ch in word:
        if current and measure(current + ch, size, bold) > width:
            pieces.append(current)
            current = ch
        else:
            current += ch
    return [*pieces, current] if current else pieces


def wrap(text: str, size: float, bold: bool, width: float, measure: Measure) -> list[str]:
    """Greedy word wrap by measured width; a word longer than a line is cut to fit."""
    lines: list[str] = []
    current = ""
    words = [p for w in text.split() for p in _pieces(w, size, bold, width, measure)]
    for word in words:
        trial = f"{current} {word}" if current else word
        if current and measure(trial, size, bold) > width:
            lines.append(current)
            current = word
        else:
            current = trial
    if current:
        lines.append(current)
    return lines or [""]


def _fit(
    items: Sequence[str],
    width: float,
    height: float,
    measure: Measure,
    *,
    start: float,
    smallest: float,
    bold: bool = False,
) -> tuple[float, list[list[str]]]:
    """The largest size (start … smallest) at which all items fit in the area."""
    size = start
    while True:
        wrapped = [wrap(t, size, bold, width, measure) for t in items]
        lines = sum(len(w) for w in wrapped)
        needed = lines * size * 1.25 + max(0, len(items) - 1) * size * 0.55
        # `smallest` is the size meant for the slide kind; text that still does not fit may
        # go down to 10, which stays readable on a projector.
        if needed <= height or size <= min(smallest, 10):
            return size, wrapped
        size -= 1


def _heading(slide: Slide, measure: Measure, shapes: list[Shape], chip: str = "") -> float:
    """The heading at the top of a content slide; returns where the body may start."""
    shapes.append(Box(0, 0, SLIDE_WIDTH, 7, ACCENT))
    width = SLIDE_WIDTH - 2 * MARGIN - (150 if chip else 0)
    size, wrapped = _fit([slide.heading], width, 80, measure, start=30, smallest=20, bold=True)
    y = 30 + size
    for line in wrapped[0]:
        shapes.append(TextRun(MARGIN, y, line, size, True, ACCENT))
        y += size * 1.2
    if chip:
        chip_w = measure(chip, 13, True) + 26
        shapes.append(Box(SLIDE_WIDTH - MARGIN - chip_w, 30, chip_w, 26, LIGHT, 13))
        shapes.append(
            TextRun(SLIDE_WIDTH - MARGIN - chip_w / 2, 48, chip, 13, True, ACCENT, "center")
        )
    return y + 8


def _bullets(
    points: Sequence[str],
    top: float,
    measure: Measure,
    shapes: list[Shape],
    *,
    numbered: bool = False,
    left: float = MARGIN,
    right: float = SLIDE_WIDTH - MARGIN,
    bottom: float = SLIDE_HEIGHT - 40,
    color: str = TEXT,
) -> None:
    indent = 42.0 if numbered else 34.0
    size, wrapped = _fit(
        points, right - left - indent, bottom - top, measure, start=24, smallest=14
    )
    y = top + size
    for i, lines in enumerate(wrapped, start=1):
        if numbered:
            r = size * 0.55
            shapes.append(Dot(left + r, y - size * 0.36, r, ACCENT))
            shapes.append(
                TextRun(
                    left + r,
                    y - size * 0.36 + size * 0.26,
                    str(i),
                    size * 0.7,
                    True,
                    WHITE,
                    "center",
                )
            )
        else:
            shapes.append(Dot(left + 8, y - size * 0.36, size * 0.17, ACCENT))
        for line in lines:
            shapes.append(TextRun(left + indent, y, line, size, False, color))
            y += size * 1.25
        y += size * 0.55


def _centered(
    texts: Sequence[str],
    top: float,
    bottom: float,
    measure: Measure,
    shapes: list[Shape],
    *,
    size: float,
    smallest: float,
    bold: bool,
    color: str,
) -> float:
    size, wrapped = _fit(
        texts,
        SLIDE_WIDTH - 2 * MARGIN - 40,
        bottom - top,
        measure,
        start=size,
        smallest=smallest,
        bold=bold,
    )
    y = top + size
    for lines in wrapped:
        for line in lines:
            shapes.append(TextRun(SLIDE_WIDTH / 2, y, line, size, bold, color, "center"))
            y += size * 1.25
        y += size * 0.55
    return y


def layout_slide(
    slide: Slide,
    measure: Measure,
    *,
    index: int = 0,
    count: int = 0,
    footer: str = "",
    label: str = "",
) -> list[Shape]:
    """The shapes of one slide on the 720 × 405 canvas; `label` tops the title slide."""
    shapes: list[Shape] = []
    dark = slide.kind in ("title", "closing")
    if dark:
        shapes.append(Box(0, 0, SLIDE_WIDTH, SLIDE_HEIGHT, ACCENT))
    if slide.kind == "title":
        shapes.append(
            TextRun(
                SLIDE_WIDTH / 2,
                86,
                label or translate("Slides", "Voimaa vertaisuudesta"),
                16,
                False,
                SOFT_WHITE,
                "center",
            )
        )
        link = bool(slide.points)  # a remote group's meeting link goes under the subtitle
        y = _centered(
            [slide.heading],
            110 if link else 120,
            200 if link else 250,
            measure,
            shapes,
            size=42,
            smallest=26,
            bold=True,
            color=WHITE,
        )
        if slide.subtitle:
            y = _centered(
                [slide.subtitle],
                max(y - 30, 215) if link else max(y, 250),  # y is past the heading's line gap
                280 if link else 330,
                measure,
                shapes,
                size=18 if link else 20,
                smallest=14,
                bold=False,
                color=SOFT_WHITE,
            )
        if link:
            _centered(
                list(slide.points),
                max(y - 27, 270),  # past the subtitle's line gap, as above
                SLIDE_HEIGHT - 24,  # clear of the page number
                measure,
                shapes,
                size=16,
                smallest=10,
                bold=False,
                color=WHITE,
            )
    elif slide.kind == "closing":
        y = _centered(
            [slide.heading], 50, 130, measure, shapes, size=36, smallest=24, bold=True, color=WHITE
        )
        _centered(
            list(slide.points),
            max(y, 140),
            SLIDE_HEIGHT - 40,
            measure,
            shapes,
            size=22,
            smallest=14,
            bold=False,
            color=WHITE,
        )
    elif slide.kind == "agenda":
        top = _heading(slide, measure, shapes)
        rows = slide.agenda or tuple(AgendaItem("", p, 0) for p in slide.points)
        size = 22.0 if len(rows) <= 5 else max(14.0, 22.0 - 2 * (len(rows) - 5))
        step = min(58.0, (SLIDE_HEIGHT - 50 - top) / max(1, len(rows)))

        def widths(size: float) -> tuple[float, float, float]:
            clock = max((measure(r.clock, size, True) for r in rows if r.clock), default=0)
            mins = max(
                (
                    measure(translate("Slides", "{n} min").format(n=r.minutes), size * 0.8, False)
                    for r in rows
                ),
                default=0,
            )
            text = max((measure(r.title, size, False) for r in rows), default=0)
            return clock, mins, text

        while size > 14:
            clock_w, min_w, text_w = widths(size)
            room = SLIDE_WIDTH - 2 * MARGIN - (clock_w + 28 if clock_w else 0) - min_w - 20
            if text_w <= room:
                break
            size -= 1
        clock_w, min_w, _ = widths(size)
        text_x = MARGIN + (clock_w + 28 if clock_w else 0)
        room = SLIDE_WIDTH - MARGIN - text_x - min_w - 20
        y = top + 10
        for row in rows:
            baseline = y + step / 2 + size * 0.35
            if row.clock:
                shapes.append(TextRun(MARGIN, baseline, row.clock, size, True, ACCENT))
            lines = wrap(row.title, size, False, room, measure)
            line = lines[0] + (" …" if len(lines) > 1 else "")
            shapes.append(TextRun(text_x, baseline, line, size, False, TEXT))
            if row.minutes:
                minutes = translate("Slides", "{n} min").format(n=row.minutes)
                shapes.append(
                    TextRun(
                        SLIDE_WIDTH - MARGIN, baseline, minutes, size * 0.8, False, MUTED, "right"
                    )
                )
            shapes.append(Box(MARGIN, y + step - 1, SLIDE_WIDTH - 2 * MARGIN, 1.2, LIGHT))
            y += step
    elif slide.kind == "questions":
        chip = translate("Slides", "Keskustellaan")
        top = _heading(slide, measure, shapes, "" if slide.heading == chip else chip)
        _bullets(slide.points, top + 6, measure, shapes)
    elif slide.kind == "exercise":
        top = _heading(slide, measure, shapes, translate("Slides", "Tehtävä"))
        shapes.append(
            Box(MARGIN - 14, top, SLIDE_WIDTH - 2 * MARGIN + 28, SLIDE_HEIGHT - 36 - top, LIGHT, 12)
        )
        _bullets(slide.points, top + 14, measure, shapes, numbered=True, bottom=SLIDE_HEIGHT - 48)
    else:  # points
        top = _heading(slide, measure, shapes)
        _bullets(slide.points, top + 6, measure, shapes)
    if count:
        color = SOFT_WHITE if dark else MUTED
        if footer and slide.kind != "title":
            shapes.append(TextRun(MARGIN, SLIDE_HEIGHT - 16, footer, 10, False, color))
        shapes.append(
            TextRun(
                SLIDE_WIDTH - MARGIN,
                SLIDE_HEIGHT - 16,
                f"{index + 1} / {count}",
                10,
                False,
                color,
                "right",
            )
        )
    return shapes
