"""Experts (asiantuntijat): one list shared by all groups, and their visits to sessions.

The list holds work contact details of professionals and local organisations, never
participants' data. Each function is one unit of work and returns plain dataclasses.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from voimaa import audit
from voimaa.errors import NotFoundError, ValidationError
from voimaa.i18n import translate
from voimaa.loaders import load_session
from voimaa.models import Expert, Group, GroupSession, SessionExpert
from voimaa.store import Store

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class ExpertData:
    """What the user types about an expert."""

    name: str
    organisation: str = ""
    field: str = ""
    phone: str = ""
    email: str = ""
    notes: str = ""


@dataclass(frozen=True)
class Visit:
    """An expert's visit to one session of a group."""

    expert_id: uuid.UUID
    expert_name: str
    group_id: uuid.UUID
    group_name: str
    session_id: uuid.UUID
    session_number: int
    date: date | None
    topic: str
    note: str


@dataclass(frozen=True)
class ExpertInfo:
    id: uuid.UUID
    name: str
    organisation: str
    field: str
    phone: str
    email: str
    notes: str
    visits: tuple[Visit, ...]


def _visit(v: SessionExpert) -> Visit:
    return Visit(
        expert_id=v.expert_id,
        expert_name=v.expert.name,
        group_id=v.session.group_id,
        group_name=v.session.group.name,
        session_id=v.session_id,
        session_number=v.session.number,
        date=v.session.date,
        topic=v.session.topic,
        note=v.note,
    )


def _visits_query() -> Select[
    uuid.UUID, str, uuid.UUID, str, uuid.UUID, int, date | None, str, str
]:
    """Every visit as plain columns (no ORM rows: the shared list of a ten-year store holds
    hundreds of experts and thousands of visits); the fields of :class:`Visit` in order."""
    return (
        select(
            SessionExpert.expert_id,
            Expert.name,
            GroupSession.group_id,
            Group.name,
            SessionExpert.session_id,
            GroupSession.number,
            GroupSession.date,
            GroupSession.topic,
            SessionExpert.note,
        )
        .join(Expert, Expert.id == SessionExpert.expert_id)
        .join(GroupSession, GroupSession.id == SessionExpert.session_id)
        .join(Group, Group.id == GroupSession.group_id)
    )


def _by_date(visits: Iterable[Visit]) -> tuple[Visit, ...]:
    return tuple(sorted(visits, key=lambda v: (v.date or date.max, v.group_name, v.session_number)))


def _info(e: Expert) -> ExpertInfo:
    visits = _by_date(_visit(v) for v in e.visits)
    return ExpertInfo(e.id, e.name, e.organisation, e.field, e.phone, e.email, e.notes, visits)


def _clean(data: ExpertData) -> dict[str, str]:
    name = " ".join(data.name.split())
    if not name:
        raise ValidationError(translate("Experts", "Anna asiantuntijan nimi."))
    email = data.email.strip()
    if email and not _EMAIL.match(email):
        raise ValidationError(
            translate(
                "Experts", "Sähköpostiosoite ”{email}” ei näytä oikealta. Tarkista osoite."
            ).format(email=email)
        )
    values = {
        "name": name,
        "organisation": " ".join(data.organisation.split()),
        "field": " ".join(data.field.split()),
        "phone": " ".join(data.phone.split()),
        "email": email,
    }
    limits = {"name": 200, "organisation": 200, "field": 200, "phone": 100, "email": 200}
    for key, limit in limits.items():
        if len(values[key]) > limit:
            raise ValidationError(
                translate(
                    "Experts", "Teksti on liian pitkä (enintään {n} merkkiä). Lyhennä tekstiä."
                ).format(n=limit)
            )
    return {**values, "notes": data.notes.strip()}


def _load(s: Session, expert_id: uuid.UUID) -> Expert:
    expert = s.get(Expert, expert_id)
    if expert is None:
        raise NotFoundError(
            translate("Experts", "Asiantuntijaa ei löydy. Hänet on ehkä poistettu listalta.")
        )
    return expert


def list_experts(store: Store, search: str = "") -> list[ExpertInfo]:
    """The shared list by name; `search` matches name, organisation or field."""
    needle = search.strip().casefold()
    with store.session() as s:
        # Two statements whatever the number of experts and visits.
        visits: dict[uuid.UUID, list[Visit]] = {}
        for row in s.execute(_visits_query()):
            visit = Visit(*row)
            visits.setdefault(visit.expert_id, []).append(visit)
        columns = (Expert.id, Expert.name, Expert.organisation, Expert.field, Expert.phone)
        rows = [
            ExpertInfo(*e, _by_date(visits.get(e.id, ())))
            for e in s.execute(select(*columns, Expert.email, Expert.notes))
        ]
    if needle:
        rows = [
            e
            for e in rows
            if needle in e.name.casefold()
            or needle in e.organisation.casefold()
            or needle in e.field.casefold()
        ]
    return sorted(rows, key=lambda e: e.name.casefold())


def get_expert(store: Store, expert_id: uuid.UUID) -> ExpertInfo:
    with store.session() as s:
        return _info(_load(s, expert_id))


def create_expert(store: Store, data: ExpertData) -> ExpertInfo:
    values = _clean(data)
    with store.session() as s:
        expert = Expert(**values)
        s.add(expert)
        s.flush()
        return _info(expert)


def update_expert(store: Store, expert_id: uuid.UUID, data: ExpertData) -> ExpertInfo:
    values = _clean(data)
    with store.session() as s:
        expert = _load(s, expert_id)
        for key, value in values.items():
            setattr(expert, key, value)
        s.flush()
        return _info(expert)


def delete_expert(store: Store, expert_id: uuid.UUID) -> str:
    """Remove an expert from the shared list and from every session; logged."""
    with store.session() as s:
        expert = _load(s, expert_id)
        name = expert.name
        visits = len(expert.visits)
        s.delete(expert)
        audit.record(s, "expert.delete", visits=visits)
        return name


def assign(store: Store, session_id: uuid.UUID, expert_id: uuid.UUID, note: str = "") -> Visit:
    """Invite an expert to a session; assigning again only updates the note."""
    with store.session() as s:
        session = load_session(s, session_id)
        expert = _load(s, expert_id)
        visit = s.scalar(
            select(SessionExpert).where(
                SessionExpert.session_id == session.id, SessionExpert.expert_id == expert.id
            )
        )
        if visit is None:
            visit = SessionExpert(session=session, expert=expert, note=note.strip())
            s.add(visit)
        else:
            visit.note = note.strip()
        s.flush()
        return _visit(visit)


def unassign(store: Store, session_id: uuid.UUID, expert_id: uuid.UUID) -> bool:
    """Cancel an expert's visit; False when there was none."""
    with store.session() as s:
        visit = s.scalar(
            select(SessionExpert).where(
                SessionExpert.session_id == session_id, SessionExpert.expert_id == expert_id
            )
        )
        if visit is None:
            return False
        s.delete(visit)
        return True


def coming(store: Store, group_id: uuid.UUID) -> list[Visit]:
    """Who is coming to the group's sessions, in session order."""
    with store.session() as s:
        rows = s.execute(_visits_query().where(GroupSession.group_id == group_id))
        visits = [Visit(*row) for row in rows]
    return sorted(visits, key=lambda v: (v.session_number, v.expert_name))
