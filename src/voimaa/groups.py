"""Groups: create, list, rename, archive and delete. Each function is one unit of work."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, time

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from voimaa import audit, feedback, program
from voimaa.budget import DEFAULT_CATEGORIES
from voimaa.errors import NotFoundError, ValidationError
from voimaa.group_checks import check_meeting_link
from voimaa.i18n import translate
from voimaa.loaders import load_group
from voimaa.models import (
    BudgetCategory,
    Group,
    GroupMode,
    GroupSession,
    GroupStatus,
    Leader,
    Participant,
    ParticipantStatus,
)
from voimaa.models.base import utcnow
from voimaa.store import Store

KNOWN_PLACES = ("Juva", "Mikkeli", "Savonlinna")


@dataclass(frozen=True)
class GroupSummary:
    id: uuid.UUID
    name: str
    place: str
    mode: GroupMode
    status: GroupStatus
    start_date: date | None
    end_date: date | None
    active_participants: int
    archived: bool


@dataclass(frozen=True)
class LeaderSpec:
    name: str
    role: str = ""
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class NewGroup:
    """What is needed to set a group up; the program comes from a template."""

    name: str
    place: str = ""
    mode: GroupMode = GroupMode.LOCAL
    meeting_link: str = ""
    start_date: date | None = None
    start_time: time | None = None
    session_minutes: int = program.DEFAULT_SESSION_MINUTES
    leaders: tuple[LeaderSpec, ...] = field(default_factory=tuple)
    template: program.ProgramTemplateData | None = None
    budget_limit_cents: int = 0


def _clean_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ValidationError(translate("Groups", "Anna ryhmälle nimi."))
    if len(cleaned) > 200:
        raise ValidationError(
            translate("Groups", "Ryhmän nimi on liian pitkä (enintään 200 merkkiä).")
        )
    return cleaned


def _summaries(s: Session, *where: ColumnElement[bool]) -> list[GroupSummary]:
    """The summaries of the groups matching `where`, in one statement whatever their number
    (plain columns, no ORM rows): the active head count and the first and last session date
    are subqueries per listed group, each answered from the group_id index."""
    active = (
        select(func.count(Participant.id))
        .where(Participant.group_id == Group.id, Participant.status == ParticipantStatus.ACTIVE)
        .correlate(Group)
        .scalar_subquery()
    )
    of_group = GroupSession.group_id == Group.id
    first = select(func.min(GroupSession.date)).where(of_group).correlate(Group).scalar_subquery()
    last = select(func.max(GroupSession.date)).where(of_group).correlate(Group).scalar_subquery()
    query = select(
        Group.id,
        Group.name,
        Group.place,
        Group.mode,
        Group.status,
        Group.start_date,
        Group.archived_at,
        active.label("n"),
        first.label("first"),
        last.label("last"),
    ).where(*where)
    return [
        GroupSummary(
            id=row.id,
            name=row.name,
            place=row.place,
            mode=row.mode,
            status=row.status,
            start_date=row.first if row.first is not None else row.start_date,
            end_date=row.last,
            active_participants=int(row.n or 0),
            archived=row.archived_at is not None,
        )
        for row in s.execute(query)
    ]


def _summary(s: Session, group: Group) -> GroupSummary:
    s.flush()
    return _summaries(s, Group.id == group.id)[0]


def create_group(store: Store, spec: NewGroup) -> GroupSummary:
    """Create a group with its eight sessions (from the template), budget categories and
    its own copy of the feedback form."""
    name = _clean_name(spec.name)
    if spec.session_minutes < 15 or spec.session_minutes > 600:
        raise ValidationError(translate("Groups", "Kerran pituuden pitää olla 15–600 minuuttia."))
    template = spec.template or program.default_template()
    with store.session() as s:
        group = Group(
            name=name,
            place=spec.place.strip(),
            mode=spec.mode,
            meeting_link=check_meeting_link(spec.meeting_link),
            start_date=spec.start_date,
            start_time=spec.start_time,
            session_minutes=spec.session_minutes,
            budget_limit_cents=spec.budget_limit_cents,
            feedback_form=feedback.form_for_new_group(s),
        )
        group.leaders = [
            Leader(
                name=leader.name.strip(),
                role=leader.role,
                phone=leader.phone,
                email=leader.email,
                position=i,
            )
            for i, leader in enumerate(spec.leaders)
            if leader.name.strip()
        ]
        group.sessions = program.build_sessions(
            template,
            session_minutes=spec.session_minutes,
            start_date=spec.start_date,
            start_time=spec.start_time,
            place=spec.place.strip() if spec.mode == GroupMode.LOCAL else "",
            remote=spec.mode == GroupMode.REMOTE,
        )
        group.budget_categories = [
            BudgetCategory(name=c, position=i) for i, c in enumerate(DEFAULT_CATEGORIES)
        ]
        s.add(group)
        s.flush()
        audit.record(s, "group.create", group_id=group.id, target=name)
        return _summary(s, group)


def list_groups(store: Store, *, include_archived: bool = True) -> list[GroupSummary]:
    """All groups, active ones first, newest start first."""
    with store.session() as s:
        where = () if include_archived else (Group.archived_at.is_(None),)
        summaries = _summaries(s, *where)
    return sorted(
        summaries,
        key=lambda g: (g.archived, -(g.start_date.toordinal() if g.start_date else 0), g.name),
    )


def get_group(store: Store, group_id: uuid.UUID) -> GroupSummary:
    with store.session() as s:
        return _summary(s, load_group(s, group_id))


def rename_group(store: Store, group_id: uuid.UUID, name: str) -> GroupSummary:
    new_name = _clean_name(name)
    with store.session() as s:
        group = load_group(s, group_id)
        old = group.name
        group.name = new_name
        audit.record(s, "group.rename", group_id=group.id, target=new_name, old=old)
        s.flush()
        return _summary(s, group)


def set_archived(store: Store, group_id: uuid.UUID, archived: bool) -> GroupSummary:
    """Archive a finished group (kept, hidden from the everyday list) or bring it back."""
    with store.session() as s:
        group = load_group(s, group_id)
        group.archived_at = utcnow() if archived else None
        audit.record(s, "group.archive" if archived else "group.unarchive", group_id=group.id)
        s.flush()
        return _summary(s, group)


def delete_group(store: Store, group_id: uuid.UUID) -> str:
    """Delete a group and everything in it; the audit log keeps that it happened."""
    with store.session() as s:
        group = load_group(s, group_id)
        name = group.name
        participants = len(group.participants)
        s.delete(group)
        audit.record(s, "group.delete", group_id=group_id, participants=participants)
        return name


@dataclass(frozen=True)
class GroupDetails:
    """What the leaders can change about a group after creating it."""

    id: uuid.UUID
    name: str
    place: str
    mode: GroupMode
    meeting_link: str
    status: GroupStatus
    notes: str
    leaders: tuple[LeaderSpec, ...]


def get_details(store: Store, group_id: uuid.UUID) -> GroupDetails:
    with store.session() as s:
        group = load_group(s, group_id)
        return GroupDetails(
            id=group.id,
            name=group.name,
            place=group.place,
            mode=group.mode,
            meeting_link=group.meeting_link,
            status=group.status,
            notes=group.notes,
            leaders=tuple(LeaderSpec(x.name, x.role, x.phone, x.email) for x in group.leaders),
        )


def update_details(store: Store, details: GroupDetails) -> GroupSummary:
    """Save a group's name, place, mode, meeting link, status, notes and leader pair."""
    name = _clean_name(details.name)
    with store.session() as s:
        group = load_group(s, details.id)
        group.name = name
        group.place = details.place.strip()
        if details.mode != group.mode:
            program.switch_materials(s, list(group.sessions), details.mode == GroupMode.REMOTE)
        group.mode = details.mode
        group.meeting_link = check_meeting_link(details.meeting_link)
        group.status = details.status
        group.notes = details.notes
        group.leaders.clear()
        s.flush()
        group.leaders.extend(
            Leader(
                name=x.name.strip(),
                role=x.role.strip(),
                phone=x.phone.strip(),
                email=x.email.strip(),
                position=i,
            )
            for i, x in enumerate(details.leaders)
            if x.name.strip()
        )
        audit.record(s, "group.update", group_id=group.id)
        s.flush()
        return _summary(s, group)


def resolve_group(store: Store, ref: str) -> uuid.UUID:
    """A group given by its id or its exact name (as on the command line)."""
    ref = ref.strip()
    with store.session() as s:
        try:
            as_id = uuid.UUID(ref)
        except ValueError:
            as_id = None
        if as_id is not None and s.get(Group, as_id) is not None:
            return as_id
        matches = list(s.scalars(select(Group.id).where(Group.name == ref)))
    if not matches:
        raise NotFoundError(
            translate(
                "Groups", "Ryhmää ”{ref}” ei löydy. Katso ryhmät komennolla: voimaa groups"
            ).format(ref=ref)
        )
    if len(matches) > 1:
        raise ValidationError(
            translate(
                "Groups", "Nimellä ”{ref}” on useita ryhmiä. Anna ryhmän tunniste (id)."
            ).format(ref=ref)
        )
    return matches[0]
