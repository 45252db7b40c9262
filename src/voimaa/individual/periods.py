"""Clients and their work periods: creating and editing, the three phases, ending with an
outcome, and listing (erasure is in :mod:`voimaa.individual.erasure`)."""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from voimaa import audit
from voimaa.errors import NotFoundError, ValidationError
from voimaa.i18n import translate
from voimaa.loaders import load_client, load_participant, load_period
from voimaa.models import (
    Client,
    GoalsMet,
    NextStep,
    Participant,
    PeriodStatus,
    WorkPeriod,
)
from voimaa.roster import new_code
from voimaa.store import Store


class WorkPhase(enum.StrEnum):
    """Where a period is on a given day (Etelä-Savo's three phases, then ended)."""

    START = "aloitus"
    WORK = "tyoskentely"
    CLOSING = "paatos"
    ENDED = "paattynyt"


def current_phase(
    *,
    start_date: date,
    work_phase_date: date | None,
    closing_phase_date: date | None,
    end_date: date | None,
    today: date,
) -> WorkPhase:
    """The phase on `today`: each phase lasts from its date to the next one's; a period with an
    end date on or before today has ended. A phase whose date is not set has not begun."""
    if end_date is not None and end_date <= today:
        return WorkPhase.ENDED
    if closing_phase_date is not None and closing_phase_date <= today:
        return WorkPhase.CLOSING
    if work_phase_date is not None and work_phase_date <= today:
        return WorkPhase.WORK
    return WorkPhase.START


# ----- clients ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ClientData:
    name: str
    own_worker: str = ""
    own_worker_contact: str = ""
    participant_id: uuid.UUID | None = None  # the same person's group participation
    consent_coordinator: bool = False  # ratings and EUROHIS-8 answers go to the coordinator
    consent_date: date | None = None


@dataclass(frozen=True)
class ClientInfo:
    id: uuid.UUID
    code: str
    name: str
    own_worker: str
    own_worker_contact: str
    participant_id: uuid.UUID | None
    participant_code: str | None
    periods: int
    consent_coordinator: bool = False
    consent_date: date | None = None

    def data(self) -> ClientData:
        return ClientData(
            self.name,
            self.own_worker,
            self.own_worker_contact,
            self.participant_id,
            self.consent_coordinator,
            self.consent_date,
        )


def _client_info(s: Session, c: Client) -> ClientInfo:
    participant_code = None
    if c.participant_id is not None:
        participant_code = s.scalar(
            select(Participant.code).where(Participant.id == c.participant_id)
        )
    return ClientInfo(
        c.id,
        c.code,
        c.name,
        c.own_worker,
        c.own_worker_contact,
        c.participant_id,
        participant_code,
        len(c.periods),
        c.consent_coordinator,
        c.consent_date,
    )


def _too_long(limit: int) -> ValidationError:
    return ValidationError(
        translate(
            "Individual", "Teksti on liian pitkä (enintään {n} merkkiä). Lyhennä sitä."
        ).format(n=limit)
    )


def _apply_client(s: Session, c: Client, data: ClientData, today: date) -> None:
    name = " ".join(data.name.split())
    if not name:
        raise ValidationError(translate("Individual", "Kirjoita asiakkaan nimi."))
    for value in (name, data.own_worker, data.own_worker_contact):
        if len(value) > 200:
            raise _too_long(200)
    if data.participant_id is not None:
        load_participant(s, data.participant_id)
    c.name = name
    c.own_worker = data.own_worker.strip()
    c.own_worker_contact = data.own_worker_contact.strip()
    c.participant_id = data.participant_id
    c.consent_coordinator = data.consent_coordinator
    c.consent_date = (
        (data.consent_date or c.consent_date or today) if data.consent_coordinator else None
    )


def _unique_code(s: Session) -> str:
    """A new code unused by any client or group participant: one code space for everyone."""
    while True:
        code = new_code()
        taken = s.scalar(select(Client.id).where(Client.code == code)) or s.scalar(
            select(Participant.id).where(Participant.code == code)
        )
        if taken is None:
            return code


def create_client(store: Store, data: ClientData, *, today: date | None = None) -> ClientInfo:
    """A new client with a random pseudonymous code (never derived from the name)."""
    with store.session(write=True) as s:
        c = Client(code=_unique_code(s))
        _apply_client(s, c, data, today or date.today())
        s.add(c)
        s.flush()
        return _client_info(s, c)


def update_client(
    store: Store, client_id: uuid.UUID, data: ClientData, *, today: date | None = None
) -> ClientInfo:
    with store.session() as s:
        c = load_client(s, client_id)
        _apply_client(s, c, data, today or date.today())
        s.flush()
        return _client_info(s, c)


def get_client(store: Store, client_id: uuid.UUID) -> ClientInfo:
    with store.session() as s:
        return _client_info(s, load_client(s, client_id))


def list_clients(store: Store) -> list[ClientInfo]:
    """Every client, by name."""
    with store.session() as s:
        rows = list(s.scalars(select(Client)))
        return [_client_info(s, c) for c in sorted(rows, key=lambda c: (c.name.casefold(), c.code))]


# ----- periods ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class PeriodData:
    """What the worker enters about a period (the outcome is set by ending it)."""

    start_date: date
    place: str = ""
    decision_date: date | None = None
    decision_reference: str = ""
    decided_until: date | None = None
    work_phase_date: date | None = None
    closing_phase_date: date | None = None


@dataclass(frozen=True)
class Outcome:
    """How a period ended: the end date, whether the goals were met, and the next step."""

    end_date: date
    goals_met: GoalsMet
    next_step: NextStep
    next_step_detail: str = ""


@dataclass(frozen=True)
class PeriodInfo:
    id: uuid.UUID
    client_id: uuid.UUID
    code: str
    name: str
    own_worker: str
    number: int  # 1 for the client's first period, 2 for the next …
    place: str
    decision_date: date | None
    decision_reference: str
    decided_until: date | None
    start_date: date
    work_phase_date: date | None
    closing_phase_date: date | None
    end_date: date | None
    status: PeriodStatus
    goals_met: GoalsMet | None
    next_step: NextStep | None
    next_step_detail: str
    goals: int
    meetings: int

    @property
    def ref(self) -> str:
        """How the command line names the period: the client's code and the period's number."""
        return f"{self.code}/{self.number}"

    def phase_on(self, today: date) -> WorkPhase:
        return current_phase(
            start_date=self.start_date,
            work_phase_date=self.work_phase_date,
            closing_phase_date=self.closing_phase_date,
            end_date=self.end_date,
            today=today,
        )

    def data(self) -> PeriodData:
        return PeriodData(
            start_date=self.start_date,
            place=self.place,
            decision_date=self.decision_date,
            decision_reference=self.decision_reference,
            decided_until=self.decided_until,
            work_phase_date=self.work_phase_date,
            closing_phase_date=self.closing_phase_date,
        )

    @property
    def outcome(self) -> Outcome | None:
        if self.end_date is None or self.goals_met is None or self.next_step is None:
            return None
        return Outcome(self.end_date, self.goals_met, self.next_step, self.next_step_detail)


def _period_number(p: WorkPeriod) -> int:
    ordered = sorted(p.client.periods, key=lambda x: (x.start_date, x.created_at))
    return ordered.index(p) + 1


def period_info(p: WorkPeriod) -> PeriodInfo:
    """A loaded period row as plain data (for the other modules of this package)."""
    c = p.client
    return PeriodInfo(
        id=p.id,
        client_id=c.id,
        code=c.code,
        name=c.name,
        own_worker=c.own_worker,
        number=_period_number(p),
        place=p.place,
        decision_date=p.decision_date,
        decision_reference=p.decision_reference,
        decided_until=p.decided_until,
        start_date=p.start_date,
        work_phase_date=p.work_phase_date,
        closing_phase_date=p.closing_phase_date,
        end_date=p.end_date,
        status=PeriodStatus(p.status),
        goals_met=None if p.goals_met is None else GoalsMet(p.goals_met),
        next_step=None if p.next_step is None else NextStep(p.next_step),
        next_step_detail=p.next_step_detail,
        goals=len(p.goals),
        meetings=len(p.meetings),
    )


def _check_dates(data: PeriodData, end_date: date | None) -> None:
    order = [
        d
        for d in (data.start_date, data.work_phase_date, data.closing_phase_date, end_date)
        if d is not None
    ]
    if order != sorted(order):
        raise ValidationError(
            translate(
                "Individual",
                "Vaiheiden päivämäärät ovat väärässä järjestyksessä: aloitusvaihe, "
                "työskentelyvaihe, päätösvaihe ja jakson loppu seuraavat toisiaan.",
            )
        )
    if (
        data.decision_date is not None
        and data.decided_until is not None
        and data.decided_until < data.decision_date
    ):
        raise ValidationError(
            translate("Individual", "Päätöksen voimassaolo ei voi päättyä ennen päätöspäivää.")
        )


def _apply_period(p: WorkPeriod, data: PeriodData) -> None:
    _check_dates(data, p.end_date)
    if len(data.place) > 200:
        raise _too_long(200)
    if len(data.decision_reference) > 100:
        raise _too_long(100)
    p.start_date = data.start_date
    p.place = data.place.strip()
    p.decision_date = data.decision_date
    p.decision_reference = data.decision_reference.strip()
    p.decided_until = data.decided_until
    p.work_phase_date = data.work_phase_date
    p.closing_phase_date = data.closing_phase_date


def create_period(store: Store, client_id: uuid.UUID, data: PeriodData) -> PeriodInfo:
    """A new period for the client, in its aloitusvaihe from `data.start_date`."""
    with store.session() as s:
        c = load_client(s, client_id)
        p = WorkPeriod(client=c, status=PeriodStatus.ACTIVE)
        _apply_period(p, data)
        s.add(p)
        s.flush()
        return period_info(p)


def start_client_period(
    store: Store, client: ClientData, data: PeriodData, *, today: date | None = None
) -> PeriodInfo:
    """A new client and their first period, in one unit of work (neither without the other)."""
    with store.session(write=True):
        made = create_client(store, client, today=today)
        return create_period(store, made.id, data)


def update_period(store: Store, period_id: uuid.UUID, data: PeriodData) -> PeriodInfo:
    """Change the period's decision, place and phase dates."""
    with store.session() as s:
        p = load_period(s, period_id)
        _apply_period(p, data)
        s.flush()
        return period_info(p)


def save_period_details(
    store: Store,
    period_id: uuid.UUID,
    client: ClientData,
    data: PeriodData,
    *,
    today: date | None = None,
) -> PeriodInfo:
    """Change the period's details and its client's in one unit of work (both or neither)."""
    with store.session(write=True) as s:
        client_id = load_period(s, period_id).client_id
        update_client(store, client_id, client, today=today)
        return update_period(store, period_id, data)


def get_period(store: Store, period_id: uuid.UUID) -> PeriodInfo:
    with store.session() as s:
        return period_info(load_period(s, period_id))


def list_periods(
    store: Store, *, client_id: uuid.UUID | None = None, status: PeriodStatus | None = None
) -> list[PeriodInfo]:
    """Periods, ongoing first, then by start date (newest first) and code."""
    with store.session() as s:
        query = select(WorkPeriod)
        if client_id is not None:
            query = query.where(WorkPeriod.client_id == client_id)
        if status is not None:
            query = query.where(WorkPeriod.status == status)
        infos = [period_info(p) for p in s.scalars(query)]
    return sorted(
        infos,
        key=lambda i: (i.status != PeriodStatus.ACTIVE, -i.start_date.toordinal(), i.code),
    )


def resolve_period(store: Store, ref: str) -> uuid.UUID:
    """A period named by the command line: "K7M2-Q/2" (the client's second period), "K7M2-Q"
    (the client's only or newest period) or the period's id."""
    ref = ref.strip()
    try:
        period_id = uuid.UUID(ref)
    except ValueError:
        pass
    else:
        return get_period(store, period_id).id
    code, _, number = ref.partition("/")
    with store.session() as s:
        client = s.scalar(select(Client).where(func.upper(Client.code) == code.upper()))
        if client is not None and client.periods:
            infos = sorted((period_info(p) for p in client.periods), key=lambda i: i.number)
            if not number:
                return infos[-1].id
            for info in infos:
                if str(info.number) == number:
                    return info.id
    raise NotFoundError(
        translate(
            "Individual",
            "Jaksoa {ref} ei löydy. Anna asiakkaan koodi ja jakson numero, esim. K7M2-Q/1 "
            "(luettelo: voimaa periods).",
        ).format(ref=ref)
    )


def end_period(store: Store, period_id: uuid.UUID, outcome: Outcome) -> PeriodInfo:
    """End the period with its outcome. Changing the outcome of an ended period is an edit of
    a saved form and is logged (which fields changed, never the texts)."""
    if len(outcome.next_step_detail) > 200:
        raise _too_long(200)
    with store.session() as s:
        p = load_period(s, period_id)
        data = period_info(p).data()
        _check_dates(data, outcome.end_date)
        was_ended = p.status == PeriodStatus.ENDED
        before = (p.end_date, p.goals_met, p.next_step, p.next_step_detail)
        p.end_date = outcome.end_date
        p.goals_met = GoalsMet(outcome.goals_met)
        p.next_step = NextStep(outcome.next_step)
        p.next_step_detail = outcome.next_step_detail.strip()
        p.status = PeriodStatus.ENDED
        after = (p.end_date, p.goals_met, p.next_step, p.next_step_detail)
        names = ("end_date", "goals_met", "next_step", "next_step_detail")
        changed = [n for n, a, b in zip(names, before, after, strict=True) if a != b]
        if not was_ended:
            audit.record(s, "period.end", target=p.client.code, period=str(p.id))
        elif changed:
            audit.record(
                s, "period.outcome.edit", target=p.client.code, period=str(p.id), changed=changed
            )
        s.flush()
        return period_info(p)


def reopen_period(store: Store, period_id: uuid.UUID) -> PeriodInfo:
    """Undo an ending (logged): the period is ongoing again and its outcome is cleared."""
    with store.session() as s:
        p = load_period(s, period_id)
        if p.status == PeriodStatus.ENDED:
            p.status = PeriodStatus.ACTIVE
            p.end_date = None
            p.goals_met = None
            p.next_step = None
            p.next_step_detail = ""
            audit.record(s, "period.reopen", target=p.client.code, period=str(p.id))
        s.flush()
        return period_info(p)
