"""Editing a group's program: one session's fields (through a typed :class:`SessionEdit`), its
date, its parts (:class:`PartEdit`), its material links, moving a session's content to another
slot and restoring a session from its template. Each function is one unit of work and returns
the read model of what it changed.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time
from enum import Enum
from typing import Final

from sqlalchemy.orm import Session

from voimaa import audit
from voimaa.errors import NotFoundError, ValidationError
from voimaa.i18n import translate
from voimaa.loaders import load_group, load_session
from voimaa.models import (
    GroupMode,
    GroupSession,
    MaterialKind,
    MaterialLink,
    PartKind,
    SessionPart,
)
from voimaa.program.schedule import schedule_dates
from voimaa.program.templates import fill_session, mark_template, template_for
from voimaa.program.view import (
    ProgramView,
    SessionInfo,
    ordered_sessions,
    program_view,
    session_info,
)
from voimaa.store import Store

FORMS = ("eurohis_before", "eurohis_after", "feedback")


class Unchanged(Enum):
    """The value of an edit field that is left as it is stored."""

    UNCHANGED = "unchanged"


UNCHANGED: Final = Unchanged.UNCHANGED


@dataclass(frozen=True)
class SessionEdit:
    """The fields of one session to change; a field left :data:`UNCHANGED` keeps its value.

    ``date`` and ``start_time`` may be set to None (no date, no time). ``forms`` are keys of
    :data:`FORMS`. Text is stripped, except the goals and notes, which are kept as typed.
    """

    date: date | Unchanged | None = UNCHANGED
    start_time: time | Unchanged | None = UNCHANGED
    place: str | Unchanged = UNCHANGED
    topic: str | Unchanged = UNCHANGED
    goals: str | Unchanged = UNCHANGED
    materials: Sequence[str] | Unchanged = UNCHANGED
    discussion_questions: Sequence[str] | Unchanged = UNCHANGED
    suggested_expert: str | Unchanged = UNCHANGED
    workbook_chapter: str | Unchanged = UNCHANGED
    notes: str | Unchanged = UNCHANGED
    forms: Sequence[str] | Unchanged = UNCHANGED


@dataclass(frozen=True)
class PartEdit:
    """The fields of one part to change; a field left :data:`UNCHANGED` keeps its value."""

    kind: PartKind | Unchanged = UNCHANGED
    title: str | Unchanged = UNCHANGED
    minutes: int | Unchanged = UNCHANGED
    description: str | Unchanged = UNCHANGED


# --- one session -------------------------------------------------------------------------------


def _clean_list(values: Sequence[str]) -> list[str]:
    return [" ".join(v.split()) for v in values if v.strip()]


def _check_length(value: str | Unchanged, limit: int) -> None:
    if isinstance(value, str) and len(value.strip()) > limit:
        raise ValidationError(
            translate(
                "Program", "Teksti on liian pitkä (enintään {n} merkkiä). Lyhennä tekstiä."
            ).format(n=limit)
        )


def update_session(store: Store, session_id: uuid.UUID, edit: SessionEdit) -> SessionInfo:
    """Change the fields of one session that `edit` sets; the others keep their values."""
    stripped = {
        "place": (edit.place, 200),
        "topic": (edit.topic, 200),
        "suggested_expert": (edit.suggested_expert, 200),
        "workbook_chapter": (edit.workbook_chapter, 100),
    }
    for value, limit in stripped.values():
        _check_length(value, limit)
    if not isinstance(edit.forms, Unchanged) and not set(edit.forms) <= set(FORMS):
        raise ValueError(f"unknown forms: {sorted(set(edit.forms) - set(FORMS))}")
    if isinstance(edit.topic, str) and not edit.topic.strip():
        raise ValidationError(translate("Program", "Anna kerralle aihe."))
    with store.session() as s:
        session = load_session(s, session_id)
        if not isinstance(edit.date, Unchanged):
            session.date = edit.date
        if not isinstance(edit.start_time, Unchanged):
            session.start_time = edit.start_time
        for name, (value, _limit) in stripped.items():
            if isinstance(value, str):
                setattr(session, name, value.strip())
        if isinstance(edit.goals, str):
            session.goals = edit.goals
        if isinstance(edit.notes, str):
            session.notes = edit.notes
        if not isinstance(edit.materials, Unchanged):
            session.materials = _clean_list(edit.materials)
        if not isinstance(edit.discussion_questions, Unchanged):
            session.discussion_questions = _clean_list(edit.discussion_questions)
        if not isinstance(edit.forms, Unchanged):
            chosen = edit.forms
            session.forms = [f for f in FORMS if f in chosen]
        return session_info(s, session)


def set_session_date(
    store: Store, session_id: uuid.UUID, day: date | None, start: time | None = None
) -> SessionInfo:
    """Move one session to another date (and time); flags tell about holidays and clashes."""
    edit = SessionEdit(date=day) if start is None else SessionEdit(date=day, start_time=start)
    return update_session(store, session_id, edit)


def reschedule(store: Store, group_id: uuid.UUID, start: date, every_days: int = 7) -> ProgramView:
    """Date all eight sessions again weekly from `start` (keeps their content)."""
    with store.session() as s:
        group = load_group(s, group_id)
        for session, day in zip(
            ordered_sessions(group),
            schedule_dates(start, len(group.sessions), every_days),
            strict=True,
        ):
            session.date = day
        group.start_date = start
        s.flush()
        return program_view(group)


# --- parts ---------------------------------------------------------------------------------------


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
        session = load_session(s, session_id)
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
        return session_info(s, session)


def _default_part_title(kind: PartKind) -> str:
    return {
        PartKind.INFO: translate("Program", "Tietoa"),
        PartKind.DISCUSSION: translate("Program", "Keskustelua"),
        PartKind.ACTIVITY: translate("Program", "Yhteistä tekemistä"),
        PartKind.COFFEE: translate("Program", "Kahvihetki"),
        PartKind.OTHER: translate("Program", "Uusi osa"),
    }[kind]


def _load_part(s: Session, part_id: uuid.UUID) -> SessionPart:
    part = s.get(SessionPart, part_id)
    if part is None:
        raise NotFoundError(translate("Program", "Osaa ei löydy. Se on ehkä poistettu."))
    return part


def update_part(store: Store, part_id: uuid.UUID, edit: PartEdit) -> SessionInfo:
    """Change the kind, title, minutes or description of a part, as far as `edit` sets them."""
    with store.session() as s:
        part = _load_part(s, part_id)
        if not isinstance(edit.kind, Unchanged):
            part.kind = PartKind(edit.kind)
        if not isinstance(edit.title, Unchanged):
            title = " ".join(str(edit.title).split())
            if len(title) > 200:
                raise ValidationError(
                    translate("Program", "Osan otsikko on liian pitkä (enintään 200 merkkiä).")
                )
            part.title = title
        if not isinstance(edit.minutes, Unchanged):
            part.minutes = _check_minutes(edit.minutes)
        if not isinstance(edit.description, Unchanged):
            part.description = str(edit.description)
        return session_info(s, part.session)


def remove_part(store: Store, part_id: uuid.UUID) -> SessionInfo:
    """Remove a part; the later parts move up."""
    with store.session() as s:
        part = _load_part(s, part_id)
        session = part.session
        session.parts.remove(part)
        _renumber_parts(session)
        return session_info(s, session)


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
        return session_info(s, session)


def reorder_parts(
    store: Store, session_id: uuid.UUID, part_ids: Sequence[uuid.UUID]
) -> SessionInfo:
    """Put a session's parts in the given order (e.g. after a drag and drop)."""
    with store.session() as s:
        session = load_session(s, session_id)
        by_id = {p.id: p for p in session.parts}
        if set(part_ids) != set(by_id) or len(part_ids) != len(by_id):
            raise ValidationError(
                translate(
                    "Program", "Osien järjestys ei täsmää. Päivitä näkymä ja yritä uudelleen."
                )
            )
        for position, pid in enumerate(part_ids):
            by_id[pid].position = position
        return session_info(s, session)


# --- moving and restoring sessions -------------------------------------------------------------


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
        session = load_session(s, session_id)
        group = session.group
        ordered = ordered_sessions(group)
        index = ordered.index(session)
        target = index + delta
        if not 0 <= target < len(ordered) or delta == 0:
            return program_view(group)
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
        return program_view(group)


def restore_session(store: Store, session_id: uuid.UUID) -> SessionInfo:
    """Put back the template content of one session (topic, goals, parts, materials,
    questions, expert, chapter, forms); its date, time, place, notes, links and visiting
    experts stay. The template is the one the group was made from when it still exists."""
    with store.session() as s:
        session = load_session(s, session_id)
        template = template_for(s, session)
        tmpl = template.session(session.template_key) if session.template_key else None
        if tmpl is None:
            tmpl = template.session(session.number)
        if tmpl is None:
            raise NotFoundError(
                translate("Program", "Mallipohjassa ei ole tätä kertaa. Sisältöä ei voi palauttaa.")
            )
        remote = session.group.mode == GroupMode.REMOTE
        fill_session(session, tmpl, session.group.session_minutes, remote=remote)
        mark_template(session, template.name)
        audit.record(s, "program.restore_session", group_id=session.group_id, number=session.number)
        return session_info(s, session)


# --- material links --------------------------------------------------------------------------


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
        session = load_session(s, session_id)
        position = max((m.position for m in session.materials_links), default=-1) + 1
        session.materials_links.append(
            MaterialLink(title=name[:200], kind=kind, target=target, position=position)
        )
        return session_info(s, session)


def remove_link(store: Store, link_id: uuid.UUID) -> SessionInfo:
    """Remove a material link from its session."""
    with store.session() as s:
        link = s.get(MaterialLink, link_id)
        if link is None:
            raise NotFoundError(translate("Program", "Linkkiä ei löydy. Se on ehkä jo poistettu."))
        session = link.session
        session.materials_links.remove(link)
        return session_info(s, session)
