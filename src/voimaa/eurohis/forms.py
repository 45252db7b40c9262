"""EUROHIS-8 forms in the store: saving, reading and deleting a participant's form, the queue of
forms to type in for a phase, and the printable sheets of a group (plain data for the writer).

An individual work period's forms (alku and loppu) are saved by the same rules through
:func:`save_period_response`: one validation, one recoding, one edit log, whoever owns the form.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from voimaa import audit
from voimaa.errors import ValidationError
from voimaa.eurohis.scoring import (
    ITEM_COUNT,
    Answer,
    Score,
    recode,
    score,
    to_printed,
    validate_answer,
)
from voimaa.eurohis.settings import eurohis_settings
from voimaa.formats import format_date
from voimaa.i18n import translate
from voimaa.loaders import load_group, load_participant, load_period
from voimaa.models import (
    EurohisResponse,
    GroupMode,
    GroupSession,
    Participant,
    ParticipantStatus,
)
from voimaa.models.eurohis import ITEM_COLUMNS, Phase, WordingVersion
from voimaa.remote import eurohis_return
from voimaa.store import Store

PHASE_SESSION = {Phase.BEFORE: 1, Phase.AFTER: 8}


@dataclass(frozen=True)
class FormResult:
    """One saved EUROHIS-8 form: answers as stored (1 = worst … 5 = best) and its score."""

    id: uuid.UUID
    participant_id: uuid.UUID | None  # a group participant's form …
    code: str
    phase: Phase
    wording: WordingVersion
    filled_on: date | None
    answers: tuple[Answer, ...]
    score: Score | None  # under the current pro-rating setting
    edited: bool = False  # True when saving replaced an earlier saved form
    period_id: uuid.UUID | None = None  # … or an individual work period's

    @property
    def printed(self) -> tuple[Answer, ...]:
        """The answers as the paper form printed them (for showing a saved form again)."""
        return to_printed(self.answers, self.wording)

    @property
    def missing(self) -> int:
        return sum(1 for a in self.answers if a is None)


def _allow_prorated(store: Store) -> bool:
    return eurohis_settings(store).allow_prorated


def form_result(
    row: EurohisResponse, code: str, *, allow_prorated: bool, edited: bool = False
) -> FormResult:
    """A saved row as a :class:`FormResult`, scored under `allow_prorated`."""
    answers = row.answers
    return FormResult(
        id=row.id,
        participant_id=row.participant_id,
        code=code,
        phase=Phase(row.phase),
        wording=WordingVersion(row.wording),
        filled_on=row.filled_on,
        answers=answers,
        score=score(answers, allow_prorated=allow_prorated),
        edited=edited,
        period_id=row.period_id,
    )


def _find(s: Session, participant_id: uuid.UUID, phase: Phase) -> EurohisResponse | None:
    return s.scalar(
        select(EurohisResponse).where(
            EurohisResponse.participant_id == participant_id, EurohisResponse.phase == phase
        )
    )


def save_response(
    store: Store,
    participant_id: uuid.UUID,
    phase: Phase,
    answers_as_printed: Sequence[Answer],
    *,
    wording: WordingVersion = WordingVersion.THL_ATH,
    filled_on: date | None,
) -> FormResult:
    """Save a participant's form for a phase, recoding from the printed order on entry.

    One form per participant and phase: saving again replaces the earlier form, and that edit
    is logged (which items changed, never the answers themselves).
    """
    phase = Phase(phase)
    wording = WordingVersion(wording)
    stored = _stored_answers(answers_as_printed, wording)
    allow = _allow_prorated(store)
    with store.session() as s:
        participant = load_participant(s, participant_id)
        row = _find(s, participant_id, phase)
        edited = row is not None
        if row is None:
            row = EurohisResponse(participant_id=participant_id, phase=phase)
            s.add(row)
        changed = _write(row, stored, wording, filled_on, edited=edited)
        s.flush()
        if changed is not None:
            audit.record(
                s,
                "eurohis.edit",
                group_id=participant.group_id,
                target=participant.code,
                phase=phase.value,
                changed_items=changed,
            )
        return form_result(row, participant.code, allow_prorated=allow, edited=edited)


def _stored_answers(
    answers_as_printed: Sequence[Answer], wording: WordingVersion
) -> tuple[Answer, ...]:
    """The answers as stored (1 = worst … 5 = best), or a ValidationError for the user."""
    if len(answers_as_printed) != ITEM_COUNT:
        raise ValidationError(translate("Eurohis", "Lomakkeessa on kahdeksan kysymystä."))
    try:
        printed = [validate_answer(a) for a in answers_as_printed]
    except ValueError as exc:
        raise ValidationError(translate("Eurohis", "Vastaus on 1–5 tai tyhjä.")) from exc
    if all(a is None for a in printed):
        raise ValidationError(
            translate(
                "Eurohis",
                "Lomakkeessa ei ole yhtään vastausta. Syötä vastaukset tai jätä lomake pois.",
            )
        )
    return recode(printed, wording)


def _write(
    row: EurohisResponse,
    stored: Sequence[Answer],
    wording: WordingVersion,
    filled_on: date | None,
    *,
    edited: bool,
) -> list[int] | None:
    """Write the answers into the row. For an edit of a saved form that changed anything, the
    numbers of the changed items (for the log); None when there is nothing to log."""
    changed = [
        i + 1 for i, (old, new) in enumerate(zip(row.answers, stored, strict=True)) if old != new
    ]
    unchanged = not changed and row.wording == wording and row.filled_on == filled_on
    row.wording = wording
    row.filled_on = filled_on
    for column, value in zip(ITEM_COLUMNS, stored, strict=True):
        setattr(row, column, value)
    return changed if edited and not unchanged else None


def _find_for_period(s: Session, period_id: uuid.UUID, phase: Phase) -> EurohisResponse | None:
    return s.scalar(
        select(EurohisResponse).where(
            EurohisResponse.period_id == period_id, EurohisResponse.phase == phase
        )
    )


def save_period_response(
    store: Store,
    period_id: uuid.UUID,
    phase: Phase,
    answers_as_printed: Sequence[Answer],
    *,
    wording: WordingVersion = WordingVersion.THL_ATH,
    filled_on: date | None,
) -> FormResult:
    """Save an individual work period's form (alku at the start, loppu at the end) by the same
    rules as a participant's: recoded on entry, one form per phase, edits logged."""
    phase = Phase(phase)
    wording = WordingVersion(wording)
    stored = _stored_answers(answers_as_printed, wording)
    allow = _allow_prorated(store)
    with store.session() as s:
        period = load_period(s, period_id)
        row = _find_for_period(s, period_id, phase)
        edited = row is not None
        if row is None:
            row = EurohisResponse(period_id=period_id, phase=phase)
            s.add(row)
        changed = _write(row, stored, wording, filled_on, edited=edited)
        s.flush()
        if changed is not None:
            audit.record(
                s,
                "eurohis.edit",
                target=period.client.code,
                period=str(period.id),
                phase=phase.value,
                changed_items=changed,
            )
        return form_result(row, period.client.code, allow_prorated=allow, edited=edited)


def get_period_response(store: Store, period_id: uuid.UUID, phase: Phase) -> FormResult | None:
    """The period's saved form for the phase, or None."""
    allow = _allow_prorated(store)
    with store.session() as s:
        period = load_period(s, period_id)
        row = _find_for_period(s, period_id, Phase(phase))
        return None if row is None else form_result(row, period.client.code, allow_prorated=allow)


def delete_period_response(store: Store, period_id: uuid.UUID, phase: Phase) -> bool:
    """Delete a period's saved form (logged); False when there was none."""
    with store.session() as s:
        period = load_period(s, period_id)
        row = _find_for_period(s, period_id, Phase(phase))
        if row is None:
            return False
        s.delete(row)
        audit.record(
            s,
            "eurohis.delete",
            target=period.client.code,
            period=str(period.id),
            phase=Phase(phase).value,
        )
        return True


def get_response(store: Store, participant_id: uuid.UUID, phase: Phase) -> FormResult | None:
    """The participant's saved form for the phase, or None."""
    allow = _allow_prorated(store)
    with store.session() as s:
        participant = load_participant(s, participant_id)
        row = _find(s, participant_id, Phase(phase))
        return None if row is None else form_result(row, participant.code, allow_prorated=allow)


def delete_response(store: Store, participant_id: uuid.UUID, phase: Phase) -> bool:
    """Delete a saved form (logged); False when there was none."""
    with store.session() as s:
        participant = load_participant(s, participant_id)
        row = _find(s, participant_id, Phase(phase))
        if row is None:
            return False
        s.delete(row)
        audit.record(
            s,
            "eurohis.delete",
            group_id=participant.group_id,
            target=participant.code,
            phase=Phase(phase).value,
        )
        return True


@dataclass(frozen=True)
class QueueEntry:
    participant_id: uuid.UUID
    code: str
    status: ParticipantStatus
    saved: FormResult | None


@dataclass(frozen=True)
class EntryQueue:
    """The forms to type in for one phase: participants in entry order and the default date."""

    group_id: uuid.UUID
    phase: Phase
    default_date: date | None
    wording: WordingVersion  # the version used most in this group so far (default THL ATH)
    participants: tuple[QueueEntry, ...]
    first_date: date | None = None  # the group's first and last session dates, if known
    last_date: date | None = None

    def date_warnings(self, filled_on: date | None, *, today: date) -> tuple[str, ...]:
        """What to check about a form's date (see :func:`filled_on_warnings`)."""
        return filled_on_warnings(
            filled_on, first=self.first_date, last=self.last_date, today=today
        )

    def index_of(self, participant_id: uuid.UUID) -> int:
        for i, entry in enumerate(self.participants):
            if entry.participant_id == participant_id:
                return i
        raise KeyError(participant_id)


# A form is filled in at session 1 or 8; a date further than this from the group's sessions is
# most likely a typing error (a wrong month or year).
FAR_BEFORE_FIRST = timedelta(weeks=4)
FAR_AFTER_LAST = timedelta(weeks=8)


def filled_on_warnings(
    filled_on: date | None, *, first: date | None, last: date | None, today: date
) -> tuple[str, ...]:
    """Warnings about a form's date, for the user to confirm before saving: a date in the
    future, or one far outside the group's sessions (four weeks before the first, eight weeks
    after the last). Not refusals: a late form may be real."""
    if filled_on is None:
        return ()
    warnings = []
    if filled_on > today:
        warnings.append(
            translate(
                "Eurohis",
                "Täyttöpäivä {date} on tulevaisuudessa (tänään on {today}). Tarkista päivä.",
            ).format(date=format_date(filled_on), today=format_date(today))
        )
    far_before = first is not None and filled_on < first - FAR_BEFORE_FIRST
    far_after = last is not None and filled_on > last + FAR_AFTER_LAST
    if far_before or far_after:
        warnings.append(
            translate(
                "Eurohis",
                "Täyttöpäivä {date} on kaukana ryhmän kerroista ({first}–{last}). Tarkista päivä.",
            ).format(date=format_date(filled_on), first=format_date(first), last=format_date(last))
        )
    return tuple(warnings)


def ordered_participants(s: Session, group_id: uuid.UUID) -> list[Participant]:
    """The group's participants in entry order (the roster order)."""
    rows = s.scalars(select(Participant).where(Participant.group_id == group_id))
    return sorted(rows, key=lambda p: (p.created_at, p.code))


def entry_queue(store: Store, group_id: uuid.UUID, phase: Phase) -> EntryQueue:
    """Who fills in the form in this phase, in entry order (the roster order).

    The first measurement is for everyone who joined (also those who left later); the last one
    for the active participants and anyone whose last form is already saved. The default date
    is the date of session 1 (alku) or session 8 (loppu).
    """
    phase = Phase(phase)
    allow = _allow_prorated(store)
    with store.session() as s:
        load_group(s, group_id)
        session_date = s.scalar(
            select(GroupSession.date).where(
                GroupSession.group_id == group_id, GroupSession.number == PHASE_SESSION[phase]
            )
        )
        dates = [
            d
            for d in s.scalars(select(GroupSession.date).where(GroupSession.group_id == group_id))
            if d is not None
        ]
        entries: list[QueueEntry] = []
        wordings: list[WordingVersion] = []
        for p in ordered_participants(s, group_id):
            rows = {Phase(r.phase): r for r in p.eurohis}
            wordings.extend(WordingVersion(r.wording) for r in rows.values())
            row = rows.get(phase)
            if p.status == ParticipantStatus.WAITING and row is None:
                continue
            if phase == Phase.AFTER and p.status == ParticipantStatus.LEFT and row is None:
                continue
            saved = None if row is None else form_result(row, p.code, allow_prorated=allow)
            entries.append(QueueEntry(p.id, p.code, ParticipantStatus(p.status), saved))
    wording = (
        max(set(wordings), key=lambda w: (wordings.count(w), w == WordingVersion.THL_ATH))
        if wordings
        else WordingVersion.THL_ATH
    )
    return EntryQueue(
        group_id,
        phase,
        session_date,
        wording,
        tuple(entries),
        first_date=min(dates, default=None),
        last_date=max(dates, default=None),
    )


# --- Printable forms ---------------------------------------------------------------------------


@dataclass(frozen=True)
class EurohisSheet:
    """One paper form: the participant's code (or blank), the phase and the date if known."""

    code: str = ""
    phase: Phase | None = None
    filled_on: date | None = None


@dataclass(frozen=True)
class EurohisForms:
    """The paper forms to print: one A4 page per sheet, all in one wording version."""

    sheets: tuple[EurohisSheet, ...] = ()
    wording: WordingVersion = WordingVersion.THL_ATH
    returning: str = ""  # a remote group's return instructions (voimaa.remote)


def printable_forms(
    store: Store,
    *,
    group_id: uuid.UUID | None = None,
    phase: Phase | None = None,
    wording: WordingVersion | None = None,
) -> EurohisForms:
    """Blank EUROHIS-8 forms: one blank form, or with `group_id` one sheet per participant of
    the phase's queue (alku by default) with the code printed in, never a name. Without a chosen
    wording a group's forms use the version used most in the group so far."""
    phase = None if phase is None else Phase(phase)
    if group_id is None:
        return EurohisForms(
            (EurohisSheet(phase=phase),), WordingVersion(wording or WordingVersion.THL_ATH)
        )
    phase = phase or Phase.BEFORE
    queue = entry_queue(store, group_id, phase)
    if not queue.participants:
        raise ValidationError(
            translate("Eurohis", "Ryhmässä ei ole osallistujia. Tulosta tyhjä lomake ilman ryhmää.")
        )
    with store.session() as s:
        remote = load_group(s, group_id).mode == GroupMode.REMOTE
    return EurohisForms(
        tuple(EurohisSheet(code=e.code, phase=phase) for e in queue.participants),
        WordingVersion(wording or queue.wording),
        returning=eurohis_return() if remote else "",
    )
