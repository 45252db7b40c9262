"""The group's roster: participants, pseudonymous codes, the 8-participant limit, erasure."""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from voimaa import audit
from voimaa.errors import LimitError, ValidationError
from voimaa.i18n import translate
from voimaa.loaders import load_group, load_participant
from voimaa.models import (
    AttendanceMark,
    AuditEvent,
    EurohisResponse,
    FeedbackResponse,
    Participant,
    ParticipantStatus,
)
from voimaa.store import Store

MAX_ACTIVE_PARTICIPANTS = 8

# No 0/O, 1/I/L, 5/S or 2/Z: codes are read aloud and copied by hand from paper forms.
CODE_ALPHABET = "34678ABCDEFGHJKMNPQRTUVWXY"

ERASED = audit.ERASED

_STATUS_ORDER = {
    ParticipantStatus.ACTIVE: 0,
    ParticipantStatus.WAITING: 1,
    ParticipantStatus.LEFT: 2,
}


def new_code() -> str:
    """A random pseudonymous code like "K7M2-Q", never derived from the person's name."""
    body = "".join(secrets.choice(CODE_ALPHABET) for _ in range(4))
    return f"{body}-{secrets.choice(CODE_ALPHABET)}"


@dataclass(frozen=True)
class ParticipantData:
    """What the leaders enter about a participant (status is changed by its own actions)."""

    name: str
    phone: str = ""
    own_worker: str = ""
    own_worker_contact: str = ""
    intake_date: date | None = None
    intake_notes: str = ""
    interests: str = ""
    wishes: str = ""
    considerations: str = ""
    consent_coordinator: bool = False
    consent_date: date | None = None
    # Only for someone who left: corrections to when and why (None keeps what is stored).
    left_date: date | None = None
    left_reason: str | None = None


@dataclass(frozen=True)
class ParticipantInfo:
    id: uuid.UUID
    group_id: uuid.UUID
    code: str
    name: str
    phone: str
    own_worker: str
    own_worker_contact: str
    intake_date: date | None
    intake_notes: str
    interests: str
    wishes: str
    considerations: str
    consent_coordinator: bool
    consent_date: date | None
    status: ParticipantStatus
    left_date: date | None
    left_reason: str
    waiting_since: date | None

    @property
    def has_considerations(self) -> bool:
        return bool(self.considerations.strip())

    def data(self) -> ParticipantData:
        """The editable fields, e.g. to change one of them with dataclasses.replace."""
        return ParticipantData(
            name=self.name,
            phone=self.phone,
            own_worker=self.own_worker,
            own_worker_contact=self.own_worker_contact,
            intake_date=self.intake_date,
            intake_notes=self.intake_notes,
            interests=self.interests,
            wishes=self.wishes,
            considerations=self.considerations,
            consent_coordinator=self.consent_coordinator,
            consent_date=self.consent_date,
            left_date=self.left_date,
            left_reason=self.left_reason,
        )


@dataclass(frozen=True)
class ErasureDescription:
    """Exactly what erasing a participant removes, for the confirmation."""

    participant_id: uuid.UUID
    name: str
    code: str
    attendance_marks: int
    eurohis_forms: int
    feedback_forms: int
    intake_fields: int
    log_mentions: int


def _info(p: Participant) -> ParticipantInfo:
    return ParticipantInfo(
        id=p.id,
        group_id=p.group_id,
        code=p.code,
        name=p.name,
        phone=p.phone,
        own_worker=p.own_worker,
        own_worker_contact=p.own_worker_contact,
        intake_date=p.intake_date,
        intake_notes=p.intake_notes,
        interests=p.interests,
        wishes=p.wishes,
        considerations=p.considerations,
        consent_coordinator=p.consent_coordinator,
        consent_date=p.consent_date,
        status=p.status,
        left_date=p.left_date,
        left_reason=p.left_reason,
        waiting_since=p.created_at.date() if p.status == ParticipantStatus.WAITING else None,
    )


def _active_count(s: Session, group_id: uuid.UUID, *, besides: uuid.UUID | None = None) -> int:
    query = select(func.count(Participant.id)).where(
        Participant.group_id == group_id, Participant.status == ParticipantStatus.ACTIVE
    )
    if besides is not None:
        query = query.where(Participant.id != besides)
    return int(s.scalar(query) or 0)


def _check_room(s: Session, group_id: uuid.UUID, besides: uuid.UUID | None = None) -> None:
    if _active_count(s, group_id, besides=besides) >= MAX_ACTIVE_PARTICIPANTS:
        raise LimitError(
            translate(
                "Roster",
                "Ryhmässä on jo {n} osallistujaa, mikä on enimmäismäärä, jotta jokainen tulee "
                "kuulluksi. Lisää osallistuja jonoon tai siirrä joku ensin pois ryhmästä.",
            ).format(n=MAX_ACTIVE_PARTICIPANTS)
        )


_LIMITS = (
    ("name", 200),
    ("phone", 100),
    ("own_worker", 200),
    ("own_worker_contact", 200),
    ("intake_notes", 20000),
    ("interests", 20000),
    ("wishes", 20000),
    ("considerations", 20000),
)


def _apply(p: Participant, data: ParticipantData, today: date) -> None:
    name = " ".join(data.name.split())
    if not name:
        raise ValidationError(translate("Roster", "Kirjoita osallistujan nimi."))
    for field_name, limit in _LIMITS:
        if len(getattr(data, field_name)) > limit:
            raise ValidationError(
                translate(
                    "Roster", "Teksti on liian pitkä (enintään {n} merkkiä). Lyhennä sitä."
                ).format(n=limit)
            )
    p.name = name
    p.phone = data.phone.strip()
    p.own_worker = data.own_worker.strip()
    p.own_worker_contact = data.own_worker_contact.strip()
    p.intake_date = data.intake_date
    p.intake_notes = data.intake_notes.strip()
    p.interests = data.interests.strip()
    p.wishes = data.wishes.strip()
    p.considerations = data.considerations.strip()
    p.consent_coordinator = data.consent_coordinator
    if data.consent_coordinator:
        p.consent_date = data.consent_date or p.consent_date or today
    else:
        p.consent_date = None
    if p.status == ParticipantStatus.LEFT:
        if data.left_date is not None:
            p.left_date = data.left_date
        if data.left_reason is not None:
            if len(data.left_reason) > 2000:
                raise ValidationError(
                    translate("Roster", "Syy on liian pitkä (enintään 2000 merkkiä). Lyhennä sitä.")
                )
            p.left_reason = data.left_reason.strip()


def _unique_code(s: Session) -> str:
    while True:
        code = new_code()
        if s.scalar(select(Participant.id).where(Participant.code == code)) is None:
            return code


def list_participants(store: Store, group_id: uuid.UUID) -> list[ParticipantInfo]:
    """The group's participants: active ones by name, then the waiting list in the order people
    joined it, then those who left."""
    with store.session() as s:
        load_group(s, group_id)
        people = list(s.scalars(select(Participant).where(Participant.group_id == group_id)))

    def order(p: Participant) -> tuple[int, str, str]:
        queue = p.created_at.isoformat() if p.status == ParticipantStatus.WAITING else ""
        return (_STATUS_ORDER[p.status], queue, p.name.casefold())

    return [_info(p) for p in sorted(people, key=order)]


@dataclass(frozen=True)
class CodeRow:
    participant_id: uuid.UUID
    code: str
    name: str
    status: ParticipantStatus


@dataclass(frozen=True)
class CodeList:
    """Which code is whose, for the leaders only: handing out pre-coded forms and reading the
    codes on screen. Contains names: it never goes into a coordinator export."""

    group_name: str
    rows: tuple[CodeRow, ...]

    def names(self) -> dict[uuid.UUID, str]:
        return {r.participant_id: r.name for r in self.rows}


def code_list(store: Store, group_id: uuid.UUID) -> CodeList:
    """The group's codes with names: those in the group by name, then those who left (their
    forms may still be typed in). The waiting list has no forms and is left out."""
    with store.session() as s:
        group = load_group(s, group_id)
        people = list(
            s.scalars(
                select(Participant).where(
                    Participant.group_id == group_id,
                    Participant.status != ParticipantStatus.WAITING,
                )
            )
        )
        name = group.name
    people.sort(key=lambda p: (_STATUS_ORDER[p.status], p.name.casefold()))
    return CodeList(
        group_name=name,
        rows=tuple(CodeRow(p.id, p.code, p.name, p.status) for p in people),
    )


def get_participant(store: Store, participant_id: uuid.UUID) -> ParticipantInfo:
    with store.session() as s:
        return _info(load_participant(s, participant_id))


def active_count(store: Store, group_id: uuid.UUID) -> int:
    with store.session() as s:
        return _active_count(s, group_id)


def add_participant(
    store: Store,
    group_id: uuid.UUID,
    data: ParticipantData,
    *,
    waiting: bool = False,
    today: date | None = None,
) -> ParticipantInfo:
    """Add a participant to the group (or to its waiting list) with a new random code.

    A ninth active participant is refused with a LimitError; the caller may then offer the
    waiting list (``waiting=True``).
    """
    today = today or date.today()
    with store.session() as s:
        load_group(s, group_id)
        if not waiting:
            _check_room(s, group_id)
        p = Participant(
            group_id=group_id,
            code=_unique_code(s),
            status=ParticipantStatus.WAITING if waiting else ParticipantStatus.ACTIVE,
        )
        _apply(p, data, today)
        s.add(p)
        s.flush()
        return _info(p)


def update_participant(
    store: Store, participant_id: uuid.UUID, data: ParticipantData, *, today: date | None = None
) -> ParticipantInfo:
    today = today or date.today()
    with store.session() as s:
        p = load_participant(s, participant_id)
        _apply(p, data, today)
        s.flush()
        return _info(p)


def move_to_group(store: Store, participant_id: uuid.UUID) -> ParticipantInfo:
    """Move someone from the waiting list (or back after leaving) into the group, if there is
    room: one action."""
    with store.session() as s:
        p = load_participant(s, participant_id)
        if p.status == ParticipantStatus.ACTIVE:
            return _info(p)
        _check_room(s, p.group_id, besides=p.id)
        p.status = ParticipantStatus.ACTIVE
        p.left_date = None
        p.left_reason = ""
        s.flush()
        return _info(p)


def move_from_waiting_list(store: Store, participant_id: uuid.UUID) -> ParticipantInfo:
    """ "Siirrä jonosta ryhmään": the first free place goes to this person."""
    return move_to_group(store, participant_id)


def move_to_waiting_list(store: Store, participant_id: uuid.UUID) -> ParticipantInfo:
    with store.session() as s:
        p = load_participant(s, participant_id)
        p.status = ParticipantStatus.WAITING
        p.left_date = None
        p.left_reason = ""
        s.flush()
        return _info(p)


def mark_left(
    store: Store,
    participant_id: uuid.UUID,
    *,
    left_date: date | None = None,
    reason: str = "",
    today: date | None = None,
) -> ParticipantInfo:
    """The participant left the group (date and reason kept); their marks stay in the table."""
    when = left_date or today or date.today()
    if len(reason) > 2000:
        raise ValidationError(
            translate("Roster", "Syy on liian pitkä (enintään 2000 merkkiä). Lyhennä sitä.")
        )
    with store.session() as s:
        p = load_participant(s, participant_id)
        p.status = ParticipantStatus.LEFT
        p.left_date = when
        p.left_reason = reason.strip()
        s.flush()
        return _info(p)


# ----- erasure --------------------------------------------------------------------------------


def _tokens(p: Participant) -> list[str]:
    """Strings by which the log could point at this person."""
    return [t for t in (str(p.id), p.id.hex, p.code, p.name) if t]


def _log_mentions(s: Session, p: Participant) -> list[AuditEvent]:
    return audit.mentioning(s, _tokens(p))


def describe_erasure(store: Store, participant_id: uuid.UUID) -> ErasureDescription:
    """What erasing this participant will remove, counted, for the confirmation text."""
    with store.session() as s:
        p = load_participant(s, participant_id)

        def count(model: type[AttendanceMark | EurohisResponse | FeedbackResponse]) -> int:
            return int(
                s.scalar(select(func.count(model.id)).where(model.participant_id == participant_id))
                or 0
            )

        intake = sum(
            1
            for value in (
                p.phone,
                p.own_worker,
                p.own_worker_contact,
                p.intake_notes,
                p.interests,
                p.wishes,
                p.considerations,
            )
            if value.strip()
        ) + (1 if p.intake_date else 0)
        return ErasureDescription(
            participant_id=p.id,
            name=p.name,
            code=p.code,
            attendance_marks=count(AttendanceMark),
            eurohis_forms=count(EurohisResponse),
            feedback_forms=count(FeedbackResponse),
            intake_fields=intake,
            log_mentions=len(_log_mentions(s, p)),
        )


def erase_participant(store: Store, participant_id: uuid.UUID) -> ErasureDescription:
    """Remove the person and everything about them: roster and intake data, attendance marks,
    EUROHIS-8 forms, feedback linked to them, and any mention in the log. The log keeps only
    that an erasure happened, by whom and when. Deleted pages are overwritten in the file."""
    description = describe_erasure(store, participant_id)
    with store.session() as s:
        s.execute(text("PRAGMA secure_delete=ON"))
        p = load_participant(s, participant_id)
        group_id = p.group_id
        audit.scrub_mentions(s, _tokens(p))
        audit.scrub_export_targets(s, p.name)
        for model in (AttendanceMark, EurohisResponse, FeedbackResponse):
            for row in s.scalars(select(model).where(model.participant_id == participant_id)):
                s.delete(row)
        s.delete(p)
        audit.record(s, "participant.erase", group_id=group_id)
    with store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return description
