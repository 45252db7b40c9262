"""The read model of a group's program: its sessions with parts, material links, visiting experts
and date flags, as plain frozen dataclasses for the Ohjelma section and the exports.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy.orm import Session

from voimaa.formats import weekday_name
from voimaa.i18n import translate
from voimaa.loaders import load_group, load_session
from voimaa.models import Group, GroupMode, GroupSession, MaterialKind, PartKind
from voimaa.program.schedule import date_flags
from voimaa.store import Store


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
        return weekday_name(self.date) if self.date else ""

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


def ordered_sessions(group: Group) -> list[GroupSession]:
    """The group's session rows by number."""
    return sorted(group.sessions, key=lambda x: x.number)


def program_view(group: Group) -> ProgramView:
    """The whole program of a loaded group row."""
    sessions = ordered_sessions(group)
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


def session_info(s: Session, session: GroupSession) -> SessionInfo:
    """One session as the read model shows it, after flushing the changes made to it."""
    s.flush()
    s.refresh(session)
    view = program_view(session.group)
    found = next(x for x in view.sessions if x.id == session.id)
    return found


def get_program(store: Store, group_id: uuid.UUID) -> ProgramView:
    """The group's eight sessions with parts, links, experts and date flags."""
    with store.session() as s:
        return program_view(load_group(s, group_id))


def get_session(store: Store, session_id: uuid.UUID) -> SessionInfo:
    """One session with its parts, links, experts and date flags."""
    with store.session() as s:
        return session_info(s, load_session(s, session_id))
