"""Program templates: the bundled default program, templates saved by users, and filling a
group's sessions from a template.

A template has the shape of ``resources/program/default.toml``: ``session_minutes`` and a list
of ``session`` tables, each with ``part`` tables. Templates saved by users live in the store
(:class:`voimaa.models.ProgramTemplate`) with the same shape.
"""

from __future__ import annotations

import tomllib
import uuid
from dataclasses import dataclass, field
from datetime import date, time
from functools import cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from voimaa import audit, paths
from voimaa.errors import NotFoundError, ValidationError
from voimaa.i18n import translate
from voimaa.loaders import load_group
from voimaa.models import GroupSession, PartKind, ProgramTemplate, SessionPart
from voimaa.program.schedule import SESSION_COUNT, schedule_dates
from voimaa.program.view import ProgramView, program_view
from voimaa.store import Store

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
    remote_materials: tuple[str, ...] = ()  # an etäryhmä's list; empty: the same as `materials`
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
                remote_materials=tuple(s.get("remote_materials", [])),
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


def materials_for(template: SessionTemplate, remote: bool) -> list[str]:
    """What to bring: a remote group's own list when the template has one."""
    return list(
        template.remote_materials if remote and template.remote_materials else template.materials
    )


def fill_session(
    session: GroupSession, template: SessionTemplate, session_minutes: int, *, remote: bool = False
) -> None:
    """Replace a session's content (not its date, time or notes) with a template session; a
    remote group gets the template's remote materials."""
    session.topic = template.title
    session.goals = template.goals
    session.materials = materials_for(template, remote)
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
    remote: bool = False,
) -> list[GroupSession]:
    """The eight sessions of a new group, dated weekly from `start_date` when known."""
    dates: list[date | None] = (
        list(schedule_dates(start_date)) if start_date else [None] * SESSION_COUNT
    )
    sessions = []
    for number in range(1, SESSION_COUNT + 1):
        session = GroupSession(
            number=number, date=dates[number - 1], start_time=start_time, place=place
        )
        tmpl = template.session(number)
        if tmpl is not None:
            fill_session(session, tmpl, session_minutes, remote=remote)
            mark_template(session, template.name)
        sessions.append(session)
    return sessions


def mark_template(session: GroupSession, name: str) -> None:
    """Remember which template the session's content came from (for restoring it)."""
    extra = dict(session.extra or {})
    extra["template"] = name
    session.extra = extra


def switch_materials(s: Session, sessions: list[GroupSession], remote: bool) -> None:
    """A group changed between lähi and etä: sessions whose materials are still their
    template's list for the old mode get the list for the new one; edited lists are kept."""
    for session in sessions:
        template = template_for(s, session)
        tmpl = template.session(session.template_key) if session.template_key else None
        if tmpl is not None and list(session.materials or []) == materials_for(tmpl, not remote):
            session.materials = materials_for(tmpl, remote)


def template_for(s: Session, session: GroupSession) -> ProgramTemplateData:
    """The template the session was made from when it still exists, else the default."""
    name = (session.extra or {}).get("template", "")
    if name and name != default_template().name:
        row = s.scalar(select(ProgramTemplate).where(ProgramTemplate.name == name))
        if row is not None:
            return parse_template(row.content, row.name)
    return default_template()


@dataclass(frozen=True)
class TemplateSummary:
    id: uuid.UUID | None  # None: the bundled default
    name: str
    description: str
    sessions: int


def template_content(view_or_sessions: ProgramView) -> dict[str, Any]:
    """A group's program in the template shape (same as resources/program/default.toml)."""
    return {
        "name": view_or_sessions.group_name,
        "session_minutes": view_or_sessions.session_minutes,
        "session": [
            {
                "number": x.number,
                "key": x.template_key or f"kerta{x.number}",
                "title": x.topic,
                "goals": x.goals,
                "materials": list(x.materials),
                "discussion_questions": list(x.discussion_questions),
                "expert": x.suggested_expert,
                "workbook_chapter": x.workbook_chapter,
                "forms": list(x.forms),
                "part": [
                    {
                        "kind": p.kind.value,
                        "title": p.title,
                        "minutes": p.minutes,
                        "description": p.description,
                    }
                    for p in x.parts
                ],
            }
            for x in view_or_sessions.sessions
        ],
    }


def save_as_template(
    store: Store, group_id: uuid.UUID, name: str, description: str = ""
) -> TemplateSummary:
    """Save the group's current program as a named template (e.g. "Mikkelin malli").
    A template of the same name is replaced."""
    clean = " ".join(name.split())
    if not clean:
        raise ValidationError(translate("Program", "Anna mallipohjalle nimi."))
    if len(clean) > 200:
        raise ValidationError(
            translate("Program", "Mallipohjan nimi on liian pitkä (enintään 200 merkkiä).")
        )
    if clean == default_template().name:
        raise ValidationError(
            translate("Program", "Tämä nimi on varattu oletusohjelmalle. Valitse toinen nimi.")
        )
    with store.session() as s:
        content = template_content(program_view(load_group(s, group_id)))
        content["name"] = clean
        row = s.scalar(select(ProgramTemplate).where(ProgramTemplate.name == clean))
        if row is None:
            row = ProgramTemplate(name=clean, description=description, content=content)
            s.add(row)
        else:
            row.content = content
            row.description = description
        s.flush()
        audit.record(s, "program.save_template", group_id=group_id, target=clean)
        return TemplateSummary(row.id, row.name, row.description, len(content["session"]))


def list_templates(store: Store, *, include_default: bool = True) -> list[TemplateSummary]:
    """The default program first, then saved templates by name."""
    out = []
    if include_default:
        d = default_template()
        out.append(
            TemplateSummary(
                None, d.name, translate("Program", "Ohjelman mukana tuleva perusohjelma"), 8
            )
        )
    with store.session() as s:
        for row in s.scalars(select(ProgramTemplate).order_by(ProgramTemplate.name)):
            out.append(
                TemplateSummary(
                    row.id, row.name, row.description, len(row.content.get("session", []))
                )
            )
    return out


def load_template(store: Store, template_id: uuid.UUID | None) -> ProgramTemplateData:
    """A saved template by id; None gives the bundled default."""
    if template_id is None:
        return default_template()
    with store.session() as s:
        row = s.get(ProgramTemplate, template_id)
        if row is None:
            raise NotFoundError(translate("Program", "Mallipohjaa ei löydy. Se on ehkä poistettu."))
        return parse_template(row.content, row.name)


def delete_template(store: Store, template_id: uuid.UUID) -> str:
    with store.session() as s:
        row = s.get(ProgramTemplate, template_id)
        if row is None:
            raise NotFoundError(
                translate("Program", "Mallipohjaa ei löydy. Se on ehkä jo poistettu.")
            )
        name = row.name
        s.delete(row)
        audit.record(s, "program.delete_template", target=name)
        return name
