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
from dataclasses import dataclass, replace
from datetime import date, time
from functools import cache

from voimaa import labels, paths, program
from voimaa.errors import NotFoundError, ValidationError
from voimaa.formats import format_date, format_time, weekday_essive
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
    meeting_link: str = ""  # a remote group's link: printed on the first slide of every deck

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


def when(day: date | None, start: time | None) -> str:
    """ "tiistaina 1.12.2026 klo 13.00" (as far as known)."""
    text = ""
    if day is not None:
        text = f"{weekday_essive(day)} {format_date(day)}"
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
        meeting_link=view.meeting_link.strip() if remote else "",
    )


def agenda_for(session: program.SessionInfo) -> tuple[AgendaItem, ...]:
    return tuple(
        AgendaItem(format_time(at), p.title or labels.part_kind(p.kind), p.minutes)
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
    for i, slide in enumerate(deck.slides):
        points = tuple(t for t in (fill_text(p, ctx) for p in slide.points) if t)
        if i == 0 and slide.kind == "title" and ctx.meeting_link:
            points += (translate("Slides", "Etäyhteys: {link}").format(link=ctx.meeting_link),)
        slides.append(
            replace(
                slide,
                heading=fill_text(slide.heading, ctx),
                subtitle=fill_text(slide.subtitle, ctx),
                points=points,
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
