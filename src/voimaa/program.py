"""The 8-session program: templates, scheduling and the sessions of a group.

A template has the shape of ``resources/program/default.toml``: ``session_minutes`` and a list
of ``session`` tables, each with ``part`` tables. Templates saved by users live in the store
(:class:`voimaa.models.ProgramTemplate`) with the same shape.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from functools import cache
from typing import Any

from voimaa import paths
from voimaa.models import PartKind, Session, SessionPart

SESSION_COUNT = 8
DEFAULT_SESSION_MINUTES = 120
DEFAULT_TEMPLATE_FILE = ("program", "default.toml")


@dataclass(frozen=True)
class PartTemplate:
    kind: PartKind
    title: str
    minutes: int
    description: str = ""


@dataclass(frozen=True)
class SessionTemplate:
    number: int
    key: str
    title: str
    goals: str = ""
    materials: tuple[str, ...] = ()
    discussion_questions: tuple[str, ...] = ()
    expert: str = ""
    workbook_chapter: str = ""
    forms: tuple[str, ...] = ()
    parts: tuple[PartTemplate, ...] = ()


@dataclass(frozen=True)
class ProgramTemplateData:
    name: str
    session_minutes: int
    sessions: tuple[SessionTemplate, ...] = field(default_factory=tuple)

    def session(self, key_or_number: str | int) -> SessionTemplate | None:
        for s in self.sessions:
            if s.key == key_or_number or s.number == key_or_number:
                return s
        return None


def parse_template(raw: dict[str, Any], name: str | None = None) -> ProgramTemplateData:
    """Build a template from its TOML/JSON shape; unknown keys are ignored."""
    sessions = []
    for s in raw.get("session", []):
        parts = tuple(
            PartTemplate(
                kind=PartKind(p["kind"]),
                title=str(p.get("title", "")),
                minutes=int(p.get("minutes", 0)),
                description=str(p.get("description", "")),
            )
            for p in s.get("part", [])
        )
        sessions.append(
            SessionTemplate(
                number=int(s["number"]),
                key=str(s.get("key", s["number"])),
                title=str(s.get("title", "")),
                goals=str(s.get("goals", "")),
                materials=tuple(s.get("materials", [])),
                discussion_questions=tuple(s.get("discussion_questions", [])),
                expert=str(s.get("expert", "")),
                workbook_chapter=str(s.get("workbook_chapter", "")),
                forms=tuple(s.get("forms", [])),
                parts=parts,
            )
        )
    sessions.sort(key=lambda t: t.number)
    return ProgramTemplateData(
        name=name or str(raw.get("name", "")),
        session_minutes=int(raw.get("session_minutes", DEFAULT_SESSION_MINUTES)),
        sessions=tuple(sessions),
    )


@cache
def default_template() -> ProgramTemplateData:
    """The bundled default program (resources/program/default.toml)."""
    with paths.asset(*DEFAULT_TEMPLATE_FILE).open("rb") as fh:
        return parse_template(tomllib.load(fh))


def schedule_dates(start: date, count: int = SESSION_COUNT, every_days: int = 7) -> list[date]:
    """Meeting dates from the first one, weekly by default."""
    return [start + timedelta(days=every_days * i) for i in range(count)]


def scale_minutes(minutes: list[int], total: int) -> list[int]:
    """Scale part lengths to add up to exactly `total` (largest-remainder rounding)."""
    current = sum(minutes)
    if not minutes:
        return []
    if current <= 0:
        base, extra = divmod(total, len(minutes))
        return [base + (1 if i < extra else 0) for i in range(len(minutes))]
    exact = [m * total / current for m in minutes]
    floors = [int(x) for x in exact]
    short = total - sum(floors)
    by_remainder = sorted(range(len(exact)), key=lambda i: exact[i] - floors[i], reverse=True)
    for i in by_remainder[:short]:
        floors[i] += 1
    return floors


def fill_session(session: Session, template: SessionTemplate, session_minutes: int) -> None:
    """Replace a session's content (not its date, time or notes) with a template session."""
    session.topic = template.title
    session.goals = template.goals
    session.materials = list(template.materials)
    session.discussion_questions = list(template.discussion_questions)
    session.suggested_expert = template.expert
    session.workbook_chapter = template.workbook_chapter
    session.forms = list(template.forms)
    session.template_key = template.key
    minutes = scale_minutes([p.minutes for p in template.parts], session_minutes)
    session.parts.clear()
    for position, (part, mins) in enumerate(zip(template.parts, minutes, strict=True)):
        session.parts.append(
            SessionPart(
                kind=part.kind,
                title=part.title,
                minutes=mins,
                description=part.description,
                position=position,
            )
        )


def build_sessions(
    template: ProgramTemplateData,
    *,
    session_minutes: int,
    start_date: date | None,
    start_time: time | None,
    place: str = "",
) -> list[Session]:
    """The eight sessions of a new group, dated weekly from `start_date` when known."""
    dates: list[date | None] = (
        list(schedule_dates(start_date)) if start_date else [None] * SESSION_COUNT
    )
    sessions = []
    for number in range(1, SESSION_COUNT + 1):
        session = Session(number=number, date=dates[number - 1], start_time=start_time, place=place)
        tmpl = template.session(number)
        if tmpl is not None:
            fill_session(session, tmpl, session_minutes)
        sessions.append(session)
    return sessions
