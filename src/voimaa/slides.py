"""Slide decks of the eight sessions (``resources/slides/NN.toml``), filled with a group's
own details, ready for the PDF writer and the presenter.

A deck has slides of kinds title, agenda, points, questions, exercise and closing. Texts may
hold placeholders {group_name} {place} {date} {time} {leaders} {next_date} {session_number}
{next_topic};
the agenda slide is built from the session's parts with clock times.
"""

from __future__ import annotations

import re
import tomllib
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import time
from functools import cache
from pathlib import Path

from voimaa import audit, paths, program
from voimaa.errors import NotFoundError, ValidationError
from voimaa.formats import format_date, format_time
from voimaa.i18n import translate
from voimaa.models import GroupMode
from voimaa.store import Store

SLIDE_KINDS = ("title", "agenda", "points", "questions", "exercise", "closing")
PLACEHOLDERS = (
    "group_name",
    "place",
    "date",
    "time",
    "leaders",
    "next_date",
    "session_number",
    "next_topic",
)
WEEKDAYS_ESSIVE = (
    "maanantaina",
    "tiistaina",
    "keskiviikkona",
    "torstaina",
    "perjantaina",
    "lauantaina",
    "sunnuntaina",
)


@dataclass(frozen=True)
class AgendaItem:
    clock: str  # "13.00" or "" when the session has no start time
    title: str
    minutes: int


@dataclass(frozen=True)
class Slide:
    kind: str
    heading: str
    subtitle: str = ""
    points: tuple[str, ...] = ()
    notes: str = ""
    agenda: tuple[AgendaItem, ...] = ()


@dataclass(frozen=True)
class Deck:
    session: int
    title: str
    slides: tuple[Slide, ...]
    group_name: str = ""
    footer: str = ""

    @property
    def label(self) -> str:
        """The line above the title slide's heading."""
        return translate("Slides", "Voimaa vertaisuudesta · {n}. kerta").format(n=self.session)


@dataclass(frozen=True)
class SlideContext:
    group_name: str = ""
    place: str = ""
    date: str = ""
    time: str = ""
    leaders: str = ""
    next_date: str = ""
    session_number: str = ""
    next_topic: str = ""

    def values(self) -> dict[str, str]:
        return {name: getattr(self, name) for name in PLACEHOLDERS}


def parse_deck(raw: dict, source: str = "") -> Deck:
    """A deck from its TOML shape, checked: known kinds, a heading on every slide."""
    where = source or f"{raw.get('session', '?')}"
    number = raw.get("session")
    if not isinstance(number, int):
        raise ValidationError(
            translate("Slides", "{where}: diasarjalta puuttuu session-numero.").format(where=where)
        )
    slides = []
    for i, s in enumerate(raw.get("slide", []), start=1):
        kind = s.get("kind")
        if kind not in SLIDE_KINDS:
            raise ValidationError(
                translate("Slides", "{where}: dian {i} tyyppi {kind} on tuntematon.").format(
                    where=where, i=i, kind=kind
                )
            )
        heading = str(s.get("heading", "")).strip()
        if not heading:
            raise ValidationError(
                translate("Slides", "{where}: dialta {i} puuttuu otsikko.").format(where=where, i=i)
            )
        slides.append(
            Slide(
                kind=kind,
                heading=heading,
                subtitle=str(s.get("subtitle", "")).strip(),
                points=tuple(str(p).strip() for p in s.get("points", [])),
                notes=" ".join(str(s.get("notes", "")).split()),
            )
        )
    if not slides:
        raise ValidationError(
            translate("Slides", "{where}: diasarjassa ei ole dioja.").format(where=where)
        )
    return Deck(session=number, title=str(raw.get("title", "")).strip(), slides=tuple(slides))


@cache
def load_deck(number: int) -> Deck:
    """The bundled deck of a session (1–8)."""
    try:
        path = paths.asset("slides", f"{number:02d}.toml")
    except FileNotFoundError as exc:
        raise NotFoundError(
            translate("Slides", "Kerralle {n} ei ole diasarjaa. Kerrat ovat 1–8.").format(n=number)
        ) from exc
    with path.open("rb") as fh:
        return parse_deck(tomllib.load(fh), path.name)


def decks() -> tuple[Deck, ...]:
    return tuple(load_deck(n) for n in range(1, program.SESSION_COUNT + 1))


_UNKNOWN = re.compile(r"\{[a-z_]+\}")


def fill_text(text: str, ctx: SlideContext) -> str:
    """Put the group's details into a text. Parts that stay empty are left out, so that
    "{group_name} · {place} · {date} klo {time}" reads well with only some details known."""
    values = ctx.values()

    def piece(segment: str) -> str:
        out = segment
        for name, value in values.items():
            out = out.replace("{" + name + "}", value)
        out = re.sub(r"\bklo\s*$", "", out.strip())
        return " ".join(out.split())

    segments = [piece(seg) for seg in text.split(" · ")]
    return " · ".join(seg for seg in segments if seg)


def generic_context(number: int) -> SlideContext:
    """Details for a deck printed without a group: no names, no dates."""
    nxt = program.default_template().session(number + 1)
    return SlideContext(
        leaders=translate("Slides", "sosiaaliohjaaja ja kehittäjä"),
        next_date=translate("Slides", "sovittuna päivänä"),
        session_number=str(number),
        next_topic=_lower_first(nxt.title) if nxt else "",
    )


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def when(day: object, start: time | None) -> str:
    """ "tiistaina 1.12.2026 klo 13.00" (as far as known)."""
    text = ""
    if day is not None:
        text = f"{WEEKDAYS_ESSIVE[day.weekday()]} {format_date(day)}"  # type: ignore[attr-defined]
    if start is not None and text:
        text += f" klo {format_time(start)}"
    return text


def context_for(view: program.ProgramView, session: program.SessionInfo) -> SlideContext:
    """A group's details for the deck of one of its sessions."""
    following = view.session(session.number + 1)
    next_date = ""
    if following is not None:
        next_date = when(following.date, following.start_time) or translate(
            "Slides", "sovittuna päivänä"
        )
    remote = view.mode == GroupMode.REMOTE
    place = translate("Slides", "etäyhteydellä") if remote else session.place or view.place
    return SlideContext(
        group_name=view.group_name,
        place=place,
        date=format_date(session.date),
        time=format_time(session.start_time),
        leaders=view.leader_names or translate("Slides", "ryhmän ohjaajat"),
        next_date=next_date,
        session_number=str(session.number),
        next_topic=_lower_first(following.topic) if following else "",
    )


def agenda_for(session: program.SessionInfo) -> tuple[AgendaItem, ...]:
    return tuple(
        AgendaItem(format_time(at), p.title or program.part_kind_label(p.kind), p.minutes)
        for at, p in session.part_times()
    )


def generic_agenda(number: int) -> tuple[AgendaItem, ...]:
    tmpl = program.default_template().session(number)
    if tmpl is None:
        return ()
    minutes = program.scale_minutes(
        [p.minutes for p in tmpl.parts], program.default_template().session_minutes
    )
    return tuple(AgendaItem("", p.title, m) for p, m in zip(tmpl.parts, minutes, strict=True))


def fill_deck(
    deck: Deck, ctx: SlideContext, agenda: tuple[AgendaItem, ...], footer: str = ""
) -> Deck:
    """The deck with placeholders filled and the agenda slide given its items."""
    slides = []
    for slide in deck.slides:
        slides.append(
            replace(
                slide,
                heading=fill_text(slide.heading, ctx),
                subtitle=fill_text(slide.subtitle, ctx),
                points=tuple(t for t in (fill_text(p, ctx) for p in slide.points) if t),
                notes=fill_text(slide.notes, ctx),
                agenda=agenda if slide.kind == "agenda" else (),
            )
        )
    return replace(deck, slides=tuple(slides), group_name=ctx.group_name, footer=footer)


def deck_number_for(session: program.SessionInfo) -> int:
    """Which bundled deck fits a session: the one of its template topic, else its number."""
    if session.template_key:
        tmpl = program.default_template().session(session.template_key)
        if tmpl is not None:
            return tmpl.number
    return session.number


def generic_deck(number: int) -> Deck:
    """A session's deck without any group details (for printing ahead or sharing)."""
    deck = load_deck(number)
    return fill_deck(
        deck,
        generic_context(number),
        generic_agenda(number),
        translate("Slides", "Voimaa vertaisuudesta"),
    )


def group_deck(store: Store, group_id: uuid.UUID, session_number: int) -> Deck:
    """The deck of the group's session `session_number`, with the group's details."""
    view = program.get_program(store, group_id)
    session = view.session(session_number)
    if session is None:
        raise NotFoundError(
            translate("Slides", "Ryhmällä ei ole kertaa {n}. Kerrat ovat 1–8.").format(
                n=session_number
            )
        )
    deck = load_deck(deck_number_for(session))
    ctx = context_for(view, session)
    footer = " · ".join(
        p
        for p in (
            view.group_name,
            translate("Slides", "{n}. kerta").format(n=session.number),
            ctx.date,
        )
        if p
    )
    filled = fill_deck(deck, ctx, agenda_for(session), footer)
    return replace(filled, session=session.number, title=session.topic or deck.title)


def unfilled_placeholders(deck: Deck) -> list[str]:
    """Placeholders left in a filled deck (a test aid: should be empty)."""
    found = []
    for s in deck.slides:
        for text in (s.heading, s.subtitle, s.notes, *s.points):
            found.extend(_UNKNOWN.findall(text))
    return found


# ---------------------------------------------------------------------------------------------
# Layout: one design for the PDF and the presenter. A slide is laid out on a 720 × 405 canvas
# (16:9, y grows downwards) into boxes, dots and text runs; each renderer only draws them.
# ---------------------------------------------------------------------------------------------

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


def wrap(text: str, size: float, bold: bool, width: float, measure: Measure) -> list[str]:
    """Greedy word wrap by measured width; a word longer than a line stays whole."""
    lines: list[str] = []
    current = ""
    for word in text.split():
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
        y = _centered(
            [slide.heading], 120, 250, measure, shapes, size=42, smallest=26, bold=True, color=WHITE
        )
        if slide.subtitle:
            _centered(
                [slide.subtitle],
                max(y, 250),
                330,
                measure,
                shapes,
                size=20,
                smallest=14,
                bold=False,
                color=SOFT_WHITE,
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


def export_deck(
    store: Store, path: str | Path, session_number: int, group_id: uuid.UUID | None = None
) -> Path:
    """Write a session's deck as a 16:9 PDF (with the group's details when a group is given)."""
    from voimaa.export.slides_pdf import write_deck

    deck = group_deck(store, group_id, session_number) if group_id else generic_deck(session_number)
    written = write_deck(path, deck)
    audit.record_event(
        store,
        "export.slides",
        group_id=group_id,
        target=str(written),
        session_number=session_number,
    )
    return written
