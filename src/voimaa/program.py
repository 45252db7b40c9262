"""The 8-session program: templates, scheduling and the sessions of a group.

A template has the shape of ``resources/program/default.toml``: ``session_minutes`` and a list
of ``session`` tables, each with ``part`` tables. Templates saved by users live in the store
(:class:`voimaa.models.ProgramTemplate`) with the same shape.
"""

from __future__ import annotations

import tomllib
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from voimaa import audit, holidays, paths
from voimaa.errors import NotFoundError, ValidationError
from voimaa.formats import WEEKDAYS
from voimaa.i18n import translate
from voimaa.models import (
    Group,
    GroupMode,
    GroupSession,
    MaterialKind,
    MaterialLink,
    PartKind,
    ProgramTemplate,
    SessionPart,
)
from voimaa.store import Store

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


def fill_session(session: GroupSession, template: SessionTemplate, session_minutes: int) -> None:
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
            fill_session(session, tmpl, session_minutes)
            _mark_template(session, template.name)
        sessions.append(session)
    return sessions


# ---------------------------------------------------------------------------------------------
# Dates: weekly schedule, holidays and duplicates
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ScheduledDate:
    """One meeting date of a schedule, with what is worth a second look."""

    number: int
    date: date | None
    weekday: str
    flags: tuple[str, ...] = ()


def date_flags(dates: Sequence[date | None]) -> list[tuple[str, ...]]:
    """For each date (session 1 first): a public holiday, the same date as another session,
    or a date earlier than the session before it."""
    flags: list[tuple[str, ...]] = []
    for i, day in enumerate(dates):
        found: list[str] = []
        if day is not None:
            name = holidays.holiday_name(day)
            if name:
                found.append(translate("Program", "Pyhäpäivä: {name}").format(name=name))
            same = [j + 1 for j, other in enumerate(dates) if j != i and other == day]
            if same:
                found.append(
                    translate("Program", "Sama päivä kuin kerralla {n}").format(
                        n=", ".join(map(str, same))
                    )
                )
            earlier = [other for other in dates[:i] if other is not None]
            if earlier and day < max(earlier) and not same:
                found.append(translate("Program", "Aiemmin kuin edellinen kerta"))
        flags.append(tuple(found))
    return flags


def preview_schedule(start: date, count: int = SESSION_COUNT) -> list[ScheduledDate]:
    """The weekly dates a new group would get, flagged (shown in the new group wizard)."""
    dates = schedule_dates(start, count)
    return [
        ScheduledDate(i + 1, d, WEEKDAYS[d.weekday()], f)
        for i, (d, f) in enumerate(zip(dates, date_flags(dates), strict=True))
    ]


# ---------------------------------------------------------------------------------------------
# Reading a group's program
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PartInfo:
    id: uuid.UUID
    kind: PartKind
    title: str
    minutes: int
    description: str
    position: int


@dataclass(frozen=True)
class LinkInfo:
    id: uuid.UUID
    title: str
    kind: MaterialKind
    target: str


@dataclass(frozen=True)
class VisitorInfo:
    """An expert coming to a session."""

    expert_id: uuid.UUID
    name: str
    field: str
    organisation: str
    phone: str
    email: str
    note: str


@dataclass(frozen=True)
class SessionInfo:
    id: uuid.UUID
    group_id: uuid.UUID
    number: int
    date: date | None
    start_time: time | None
    place: str
    topic: str
    goals: str
    materials: tuple[str, ...]
    discussion_questions: tuple[str, ...]
    suggested_expert: str
    workbook_chapter: str
    forms: tuple[str, ...]
    template_key: str
    notes: str
    parts: tuple[PartInfo, ...]
    links: tuple[LinkInfo, ...]
    experts: tuple[VisitorInfo, ...]
    session_minutes: int
    flags: tuple[str, ...] = ()

    @property
    def total_minutes(self) -> int:
        return sum(p.minutes for p in self.parts)

    @property
    def weekday(self) -> str:
        return WEEKDAYS[self.date.weekday()] if self.date else ""

    def part_times(self) -> list[tuple[time | None, PartInfo]]:
        """Each part with its clock time when the session has a start time."""
        out: list[tuple[time | None, PartInfo]] = []
        offset = 0
        for part in self.parts:
            at = None
            if self.start_time is not None:
                moment = datetime.combine(date(2000, 1, 1), self.start_time)
                at = (moment + timedelta(minutes=offset)).time()
            out.append((at, part))
            offset += part.minutes
        return out

    @property
    def end_time(self) -> time | None:
        if self.start_time is None:
            return None
        moment = datetime.combine(date(2000, 1, 1), self.start_time)
        return (moment + timedelta(minutes=self.total_minutes)).time()


@dataclass(frozen=True)
class LeaderInfo:
    name: str
    role: str
    phone: str
    email: str


@dataclass(frozen=True)
class ProgramView:
    """A group's whole program, as the Ohjelma section and the exports show it."""

    group_id: uuid.UUID
    group_name: str
    place: str
    mode: GroupMode
    meeting_link: str
    session_minutes: int
    leaders: tuple[LeaderInfo, ...]
    sessions: tuple[SessionInfo, ...]

    def session(self, number: int) -> SessionInfo | None:
        for s in self.sessions:
            if s.number == number:
                return s
        return None

    @property
    def leader_names(self) -> str:
        names = [leader.name for leader in self.leaders if leader.name]
        if len(names) <= 1:
            return "".join(names)
        return ", ".join(names[:-1]) + " " + translate("Program", "ja") + " " + names[-1]

    @property
    def start_date(self) -> date | None:
        dates = [s.date for s in self.sessions if s.date]
        return min(dates) if dates else None

    @property
    def end_date(self) -> date | None:
        dates = [s.date for s in self.sessions if s.date]
        return max(dates) if dates else None


def _session_info(
    session: GroupSession, session_minutes: int, flags: tuple[str, ...]
) -> SessionInfo:
    return SessionInfo(
        id=session.id,
        group_id=session.group_id,
        number=session.number,
        date=session.date,
        start_time=session.start_time,
        place=session.place,
        topic=session.topic,
        goals=session.goals,
        materials=tuple(session.materials or ()),
        discussion_questions=tuple(session.discussion_questions or ()),
        suggested_expert=session.suggested_expert,
        workbook_chapter=session.workbook_chapter,
        forms=tuple(session.forms or ()),
        template_key=session.template_key,
        notes=session.notes,
        parts=tuple(
            PartInfo(p.id, p.kind, p.title, p.minutes, p.description, p.position)
            for p in sorted(session.parts, key=lambda p: p.position)
        ),
        links=tuple(
            LinkInfo(link.id, link.title, link.kind, link.target)
            for link in sorted(session.materials_links, key=lambda m: m.position)
        ),
        experts=tuple(
            VisitorInfo(
                v.expert_id,
                v.expert.name,
                v.expert.field,
                v.expert.organisation,
                v.expert.phone,
                v.expert.email,
                v.note,
            )
            for v in sorted(session.experts, key=lambda v: v.expert.name)
        ),
        session_minutes=session_minutes,
        flags=flags,
    )


def _ordered(group: Group) -> list[GroupSession]:
    return sorted(group.sessions, key=lambda x: x.number)


def _view(group: Group) -> ProgramView:
    sessions = _ordered(group)
    flags = date_flags([x.date for x in sessions])
    return ProgramView(
        group_id=group.id,
        group_name=group.name,
        place=group.place,
        mode=group.mode,
        meeting_link=group.meeting_link,
        session_minutes=group.session_minutes,
        leaders=tuple(
            LeaderInfo(leader.name, leader.role, leader.phone, leader.email)
            for leader in group.leaders
        ),
        sessions=tuple(
            _session_info(x, group.session_minutes, f) for x, f in zip(sessions, flags, strict=True)
        ),
    )


def get_program(store: Store, group_id: uuid.UUID) -> ProgramView:
    """The group's eight sessions with parts, links, experts and date flags."""
    with store.session() as s:
        return _view(_load_group(s, group_id))


def _load_group(s: Session, group_id: uuid.UUID) -> Group:
    group = s.get(Group, group_id)
    if group is None:
        raise NotFoundError(translate("Program", "Ryhmää ei löydy. Se on ehkä poistettu."))
    return group


def _load_session(s: Session, session_id: uuid.UUID) -> GroupSession:
    row = s.get(GroupSession, session_id)
    if row is None:
        raise NotFoundError(
            translate("Program", "Kertaa ei löydy. Se on ehkä poistettu. Valitse kerta uudelleen.")
        )
    return row


def _info(s: Session, session: GroupSession) -> SessionInfo:
    s.flush()
    s.refresh(session)
    view = _view(session.group)
    found = next(x for x in view.sessions if x.id == session.id)
    return found


def get_session(store: Store, session_id: uuid.UUID) -> SessionInfo:
    with store.session() as s:
        return _info(s, _load_session(s, session_id))


# ---------------------------------------------------------------------------------------------
# Editing a session
# ---------------------------------------------------------------------------------------------

_TEXT_LIMITS = {"place": 200, "topic": 200, "suggested_expert": 200, "workbook_chapter": 100}
_EDITABLE = {
    "date",
    "start_time",
    "place",
    "topic",
    "goals",
    "materials",
    "discussion_questions",
    "suggested_expert",
    "workbook_chapter",
    "notes",
    "forms",
}
FORMS = ("eurohis_before", "eurohis_after", "feedback")


def _clean_list(values: Sequence[str]) -> list[str]:
    return [" ".join(v.split()) for v in values if v.strip()]


def update_session(store: Store, session_id: uuid.UUID, **changes: Any) -> SessionInfo:
    """Change fields of one session: date, start_time, place, topic, goals, materials,
    discussion_questions, suggested_expert, workbook_chapter, notes, forms (of FORMS)."""
    unknown = set(changes) - _EDITABLE
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    for name, limit in _TEXT_LIMITS.items():
        if name in changes and len(str(changes[name]).strip()) > limit:
            raise ValidationError(
                translate(
                    "Program", "Teksti on liian pitkä (enintään {n} merkkiä). Lyhennä tekstiä."
                ).format(n=limit)
            )
    if "forms" in changes and not set(changes["forms"]) <= set(FORMS):
        raise ValueError(f"unknown forms: {sorted(set(changes['forms']) - set(FORMS))}")
    if "topic" in changes and not str(changes["topic"]).strip():
        raise ValidationError(translate("Program", "Anna kerralle aihe."))
    with store.session() as s:
        session = _load_session(s, session_id)
        for name, value in changes.items():
            if name in ("materials", "discussion_questions"):
                value = _clean_list(value)
            elif name == "forms":
                value = [f for f in FORMS if f in value]
            elif isinstance(value, str) and name != "notes" and name != "goals":
                value = value.strip()
            setattr(session, name, value)
        return _info(s, session)


def set_session_date(
    store: Store, session_id: uuid.UUID, day: date | None, start: time | None = None
) -> SessionInfo:
    """Move one session to another date (and time); flags tell about holidays and clashes."""
    changes: dict[str, Any] = {"date": day}
    if start is not None:
        changes["start_time"] = start
    return update_session(store, session_id, **changes)


def reschedule(store: Store, group_id: uuid.UUID, start: date, every_days: int = 7) -> ProgramView:
    """Date all eight sessions again weekly from `start` (keeps their content)."""
    with store.session() as s:
        group = _load_group(s, group_id)
        for session, day in zip(
            _ordered(group), schedule_dates(start, len(group.sessions), every_days), strict=True
        ):
            session.date = day
        group.start_date = start
        s.flush()
        return _view(group)


def _check_minutes(minutes: int) -> int:
    if not 0 <= int(minutes) <= 600:
        raise ValidationError(translate("Program", "Osan pituuden pitää olla 0–600 minuuttia."))
    return int(minutes)


def _renumber_parts(session: GroupSession) -> None:
    for position, part in enumerate(sorted(session.parts, key=lambda p: p.position)):
        part.position = position


def add_part(
    store: Store,
    session_id: uuid.UUID,
    kind: PartKind = PartKind.OTHER,
    title: str = "",
    minutes: int = 10,
    description: str = "",
) -> SessionInfo:
    """Add a part at the end of a session."""
    with store.session() as s:
        session = _load_session(s, session_id)
        position = max((p.position for p in session.parts), default=-1) + 1
        session.parts.append(
            SessionPart(
                kind=PartKind(kind),
                title=title.strip() or _default_part_title(PartKind(kind)),
                minutes=_check_minutes(minutes),
                description=description,
                position=position,
            )
        )
        return _info(s, session)


def _default_part_title(kind: PartKind) -> str:
    return {
        PartKind.INFO: translate("Program", "Tietoa"),
        PartKind.DISCUSSION: translate("Program", "Keskustelua"),
        PartKind.ACTIVITY: translate("Program", "Yhteistä tekemistä"),
        PartKind.COFFEE: translate("Program", "Kahvihetki"),
        PartKind.OTHER: translate("Program", "Uusi osa"),
    }[kind]


def part_kind_label(kind: PartKind) -> str:
    """The Finnish name of a part kind, as the four parts are called in the group model."""
    return {
        PartKind.INFO: translate("Program", "Tietoa"),
        PartKind.DISCUSSION: translate("Program", "Keskustelua"),
        PartKind.ACTIVITY: translate("Program", "Yhteistä tekemistä"),
        PartKind.COFFEE: translate("Program", "Kahvihetki"),
        PartKind.OTHER: translate("Program", "Muu"),
    }[kind]


def _load_part(s: Session, part_id: uuid.UUID) -> SessionPart:
    part = s.get(SessionPart, part_id)
    if part is None:
        raise NotFoundError(translate("Program", "Osaa ei löydy. Se on ehkä poistettu."))
    return part


def update_part(store: Store, part_id: uuid.UUID, **changes: Any) -> SessionInfo:
    """Change a part's kind, title, minutes or description."""
    unknown = set(changes) - {"kind", "title", "minutes", "description"}
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    with store.session() as s:
        part = _load_part(s, part_id)
        if "kind" in changes:
            part.kind = PartKind(changes["kind"])
        if "title" in changes:
            title = " ".join(str(changes["title"]).split())
            if len(title) > 200:
                raise ValidationError(
                    translate("Program", "Osan otsikko on liian pitkä (enintään 200 merkkiä).")
                )
            part.title = title
        if "minutes" in changes:
            part.minutes = _check_minutes(changes["minutes"])
        if "description" in changes:
            part.description = str(changes["description"])
        return _info(s, part.session)


def remove_part(store: Store, part_id: uuid.UUID) -> SessionInfo:
    with store.session() as s:
        part = _load_part(s, part_id)
        session = part.session
        session.parts.remove(part)
        _renumber_parts(session)
        return _info(s, session)


def move_part(store: Store, part_id: uuid.UUID, delta: int) -> SessionInfo:
    """Move a part up (delta -1) or down (+1) within its session; at the ends nothing moves."""
    with store.session() as s:
        part = _load_part(s, part_id)
        session = part.session
        ordered = sorted(session.parts, key=lambda p: p.position)
        index = ordered.index(part)
        target = max(0, min(len(ordered) - 1, index + delta))
        ordered.insert(target, ordered.pop(index))
        for position, p in enumerate(ordered):
            p.position = position
        return _info(s, session)


def reorder_parts(
    store: Store, session_id: uuid.UUID, part_ids: Sequence[uuid.UUID]
) -> SessionInfo:
    """Put a session's parts in the given order (e.g. after a drag and drop)."""
    with store.session() as s:
        session = _load_session(s, session_id)
        by_id = {p.id: p for p in session.parts}
        if set(part_ids) != set(by_id) or len(part_ids) != len(by_id):
            raise ValidationError(
                translate(
                    "Program", "Osien järjestys ei täsmää. Päivitä näkymä ja yritä uudelleen."
                )
            )
        for position, pid in enumerate(part_ids):
            by_id[pid].position = position
        return _info(s, session)


_MOVED_WITH_CONTENT = (
    "topic",
    "goals",
    "materials",
    "discussion_questions",
    "suggested_expert",
    "workbook_chapter",
    "forms",
    "template_key",
)


def move_session(store: Store, session_id: uuid.UUID, delta: int) -> ProgramView:
    """Swap a session's content with the one before (delta -1) or after (+1).

    Dates, times and places stay in their slots, so the schedule stays in order; the topic,
    its parts, material links and visiting experts move. A session with attendance marks has
    already been held and is not moved."""
    with store.session() as s:
        session = _load_session(s, session_id)
        group = session.group
        ordered = _ordered(group)
        index = ordered.index(session)
        target = index + delta
        if not 0 <= target < len(ordered) or delta == 0:
            return _view(group)
        other = ordered[target]
        if session.attendance or other.attendance:
            raise ValidationError(
                translate(
                    "Program",
                    "Kerralle on jo merkitty läsnäoloja, joten sitä ei voi siirtää. "
                    "Muokkaa kerran sisältöä sen sijaan.",
                )
            )
        for name in _MOVED_WITH_CONTENT:
            a, b = getattr(session, name), getattr(other, name)
            setattr(session, name, b)
            setattr(other, name, a)
        parts_a, parts_b = list(session.parts), list(other.parts)
        links_a, links_b = list(session.materials_links), list(other.materials_links)
        experts_a, experts_b = list(session.experts), list(other.experts)
        for p in parts_a:
            p.session = other
        for p in parts_b:
            p.session = session
        for link in links_a:
            link.session = other
        for link in links_b:
            link.session = session
        for v in experts_a:
            v.session = other
        for v in experts_b:
            v.session = session
        s.flush()
        for row in (session, other):
            s.refresh(row)
        audit.record(
            s, "program.move_session", group_id=group.id, number=session.number, to=other.number
        )
        return _view(group)


def restore_session(store: Store, session_id: uuid.UUID) -> SessionInfo:
    """Put back the template content of one session (topic, goals, parts, materials,
    questions, expert, chapter, forms); its date, time, place, notes, links and visiting
    experts stay. The template is the one the group was made from when it still exists."""
    with store.session() as s:
        session = _load_session(s, session_id)
        template = _template_for(s, session)
        tmpl = template.session(session.template_key) if session.template_key else None
        if tmpl is None:
            tmpl = template.session(session.number)
        if tmpl is None:
            raise NotFoundError(
                translate("Program", "Mallipohjassa ei ole tätä kertaa. Sisältöä ei voi palauttaa.")
            )
        fill_session(session, tmpl, session.group.session_minutes)
        _mark_template(session, template.name)
        audit.record(s, "program.restore_session", group_id=session.group_id, number=session.number)
        return _info(s, session)


def _mark_template(session: GroupSession, name: str) -> None:
    extra = dict(session.extra or {})
    extra["template"] = name
    session.extra = extra


def _template_for(s: Session, session: GroupSession) -> ProgramTemplateData:
    name = (session.extra or {}).get("template", "")
    if name and name != default_template().name:
        row = s.scalar(select(ProgramTemplate).where(ProgramTemplate.name == name))
        if row is not None:
            return parse_template(row.content, row.name)
    return default_template()


# ---------------------------------------------------------------------------------------------
# Material links
# ---------------------------------------------------------------------------------------------


def _guess_kind(target: str) -> MaterialKind:
    lowered = target.strip().lower()
    if lowered.startswith(("http://", "https://", "www.", "mailto:")):
        return MaterialKind.URL
    return MaterialKind.FILE


def add_link(
    store: Store,
    session_id: uuid.UUID,
    title: str,
    target: str,
    kind: MaterialKind | None = None,
) -> SessionInfo:
    """Add a material link: a web address or a file on this laptop."""
    target = target.strip()
    if not target:
        raise ValidationError(translate("Program", "Anna verkko-osoite tai valitse tiedosto."))
    kind = kind or _guess_kind(target)
    if kind == MaterialKind.URL and target.lower().startswith("www."):
        target = "https://" + target
    name = " ".join(title.split()) or (
        target if kind == MaterialKind.URL else target.replace("\\", "/").rsplit("/", 1)[-1]
    )
    with store.session() as s:
        session = _load_session(s, session_id)
        position = max((m.position for m in session.materials_links), default=-1) + 1
        session.materials_links.append(
            MaterialLink(title=name[:200], kind=kind, target=target, position=position)
        )
        return _info(s, session)


def remove_link(store: Store, link_id: uuid.UUID) -> SessionInfo:
    with store.session() as s:
        link = s.get(MaterialLink, link_id)
        if link is None:
            raise NotFoundError(translate("Program", "Linkkiä ei löydy. Se on ehkä jo poistettu."))
        session = link.session
        session.materials_links.remove(link)
        return _info(s, session)


# ---------------------------------------------------------------------------------------------
# Templates saved by users
# ---------------------------------------------------------------------------------------------


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
        content = template_content(_view(_load_group(s, group_id)))
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


def export_plan(store: Store, path: str | Path, group_id: uuid.UUID) -> Path:
    """Write the leaders' session plan (one A4 page per session) and log the export."""
    from voimaa.export.plan_pdf import write_plan

    written = write_plan(path, get_program(store, group_id))
    audit.record_event(store, "export.plan", group_id=group_id, target=str(written))
    return written
