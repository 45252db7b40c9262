"""The leaders' side: what a coordinator export of a group holds, gathered from their store,
and who is in it (the consent list on their own screen).

Writing the file and logging it is the export layer's (`voimaa.export.jobs.export_coordinator`).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from voimaa import groups
from voimaa.coordinator.document import (
    EurohisForm,
    ExportedParticipant,
    FeedbackAnswer,
    FeedbackItem,
    GroupExport,
    SessionHeld,
)
from voimaa.models import (
    AttendanceMark,
    FeedbackResponse,
    GroupSession,
    Participant,
    ParticipantStatus,
    Phase,
)
from voimaa.store import Store


def _held_session_ids(s: Session, group_id: uuid.UUID) -> set[uuid.UUID]:
    rows = s.execute(
        select(AttendanceMark.session_id)
        .join(GroupSession, GroupSession.id == AttendanceMark.session_id)
        .where(GroupSession.group_id == group_id)
        .distinct()
    )
    return {r[0] for r in rows}


def build_export(
    store: Store,
    group_id: uuid.UUID,
    *,
    include_open_texts: bool = False,
    today: date | None = None,
) -> GroupExport:
    """Gather what a coordinator export of the group holds (nothing that identifies a person)."""
    today = today or date.today()
    with store.session() as s:
        group = groups.load_group(s, group_id)
        held_ids = _held_session_ids(s, group.id)
        all_dates = [x.date for x in group.sessions if x.date]
        sessions = tuple(
            SessionHeld(x.number, x.date, x.topic, len(x.experts))
            for x in sorted(group.sessions, key=lambda x: x.number)
            if x.id in held_ids
        )
        number_of = {x.id: x.number for x in group.sessions}
        started = [p for p in group.participants if p.status != ParticipantStatus.WAITING]
        consenting = sorted((p for p in started if p.consent_coordinator), key=lambda p: p.code)
        participants = tuple(_export_participant(p, number_of) for p in consenting)
        non_consenting = {p.id for p in group.participants if not p.consent_coordinator}
        form = group.feedback_form or {}
        statements = tuple(
            FeedbackItem(str(st.get("key", "")), str(st.get("area", "")), str(st.get("text", "")))
            for st in form.get("statement", [])
        )
        questions = (
            tuple(
                FeedbackItem(str(q.get("key", "")), "", str(q.get("text", "")))
                for q in form.get("question", [])
            )
            if include_open_texts
            else ()
        )
        feedback = tuple(
            _export_feedback(r, statements, questions, include_open_texts)
            for r in sorted(group.feedback_responses, key=_feedback_order)
            if r.participant_id not in non_consenting or r.participant_id is None
        )
        planned = sum(line.planned_cents for line in group.budget_lines)
        actual = sum(line.actual_cents or 0 for line in group.budget_lines)
        return GroupExport(
            group_id=group.id,
            place=group.place,
            mode=group.mode,
            start_date=min(all_dates) if all_dates else group.start_date,
            end_date=max(all_dates) if all_dates else None,
            exported_on=today,
            sessions=sessions,
            participants_total=len(started),
            participants_left=sum(1 for p in started if p.status == ParticipantStatus.LEFT),
            participants=participants,
            statements=statements,
            questions=questions,
            feedback=feedback,
            open_texts_included=include_open_texts,
            budget_planned_cents=planned,
            budget_actual_cents=actual,
        )


def _feedback_order(r: FeedbackResponse) -> tuple[str, str]:
    return (r.filled_on.isoformat() if r.filled_on else "", str(r.id))


def _export_participant(p: Participant, number_of: Mapping[uuid.UUID, int]) -> ExportedParticipant:
    marks = tuple(sorted((number_of[m.session_id], m.status) for m in p.attendance))
    forms = tuple(
        EurohisForm(r.phase, r.filled_on, r.wording, r.answers)
        for r in sorted(p.eurohis, key=lambda r: r.phase != Phase.BEFORE)
    )
    return ExportedParticipant(code=p.code, status=p.status, attendance=marks, forms=forms)


def _export_feedback(
    r: FeedbackResponse,
    statements: Sequence[FeedbackItem],
    questions: Sequence[FeedbackItem],
    include_open_texts: bool,
) -> FeedbackAnswer:
    ratings = tuple((st.key, _rating(r.ratings.get(st.key))) for st in statements)
    texts: tuple[tuple[str, str], ...] = ()
    if include_open_texts:
        texts = tuple(
            (q.key, str(r.open_answers.get(q.key, "")).strip())
            for q in questions
            if str(r.open_answers.get(q.key, "")).strip()
        )
    return FeedbackAnswer(ratings, texts)


def _rating(value: Any) -> int | None:
    return (
        value
        if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 5
        else None
    )


@dataclass(frozen=True)
class ExportResult:
    path: Path
    participants: int
    left_out: int  # started but did not consent
    feedback_responses: int
    open_texts_included: bool


@dataclass(frozen=True)
class ConsentRow:
    """For the leaders' own screen: who is in the coordinator export and who is not."""

    code: str
    name: str
    status: ParticipantStatus
    consented: bool


def consent_list(store: Store, group_id: uuid.UUID) -> list[ConsentRow]:
    """Participants who started the group, with whether their figures go to the coordinator."""
    with store.session() as s:
        group = groups.load_group(s, group_id)
        rows = [
            ConsentRow(p.code, p.name, p.status, p.consent_coordinator)
            for p in group.participants
            if p.status != ParticipantStatus.WAITING
        ]
    return sorted(rows, key=lambda r: (not r.consented, r.name.casefold()))
