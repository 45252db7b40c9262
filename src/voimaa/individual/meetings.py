"""Meetings of a period: date, length, place, topics from an editable list, the workbook
chapters used and a sensitive note; and the intensity of the first six months."""

from __future__ import annotations

import calendar
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy.orm import Session

from voimaa import audit, settings, workbook
from voimaa.errors import NotFoundError, ValidationError
from voimaa.i18n import translate
from voimaa.loaders import load_period
from voimaa.models import MeetingPlace, PeriodMeeting, WorkPeriod
from voimaa.store import Store

TOPICS_KEY = "individual.topics"
# The default list of what a meeting worked on; the worker may edit it (Asetukset).
DEFAULT_TOPICS = (
    "arjen hallinta",
    "päivärytmi",
    "talous ja asiointi",
    "asuminen",
    "terveys",
    "sosiaaliset suhteet",
    "harrastukset",
    "opiskelu ja työ",
    "palveluihin ohjaus",
)
INTENSIVE_MONTHS = 6
NOTE_LIMIT = 20000


def topics(store: Store) -> tuple[str, ...]:
    """The list of topics to choose from."""
    value = settings.get_setting(store, TOPICS_KEY)
    if not isinstance(value, list) or not value:
        return DEFAULT_TOPICS
    return tuple(str(v) for v in value)


def save_topics(store: Store, values: Sequence[str]) -> tuple[str, ...]:
    """Replace the list of topics (blank and repeated lines dropped; old meetings keep theirs)."""
    cleaned: list[str] = []
    for v in values:
        v = " ".join(v.split())
        if v and v.casefold() not in {c.casefold() for c in cleaned}:
            if len(v) > 100:
                raise ValidationError(
                    translate("Individual", "Aihe on liian pitkä (enintään 100 merkkiä).")
                )
            cleaned.append(v)
    if not cleaned:
        raise ValidationError(translate("Individual", "Luettelossa on oltava ainakin yksi aihe."))
    settings.set_setting(store, TOPICS_KEY, cleaned)
    return tuple(cleaned)


@dataclass(frozen=True)
class MeetingData:
    held_on: date
    minutes: int = 60
    place: MeetingPlace = MeetingPlace.OFFICE
    topics: tuple[str, ...] = ()
    chapters: tuple[str, ...] = ()  # workbook chapter keys
    note: str = ""


@dataclass(frozen=True)
class MeetingInfo:
    id: uuid.UUID
    period_id: uuid.UUID
    held_on: date
    minutes: int
    place: MeetingPlace
    topics: tuple[str, ...]
    chapters: tuple[str, ...]
    note: str  # sensitive: hidden until asked for

    @property
    def has_note(self) -> bool:
        return bool(self.note.strip())

    def data(self) -> MeetingData:
        return MeetingData(
            self.held_on, self.minutes, self.place, self.topics, self.chapters, self.note
        )


def meeting_info(m: PeriodMeeting, *, with_note: bool = True) -> MeetingInfo:
    """A meeting row as plain data; without `with_note` its note is left out."""
    return MeetingInfo(
        m.id,
        m.period_id,
        m.held_on,
        m.minutes,
        MeetingPlace(m.place),
        tuple(str(t) for t in m.topics),
        tuple(str(c) for c in m.chapters),
        m.note if with_note else "",
    )


def _check(period: WorkPeriod, data: MeetingData) -> None:
    if data.held_on < period.start_date or (
        period.end_date is not None and data.held_on > period.end_date
    ):
        raise ValidationError(
            translate(
                "Individual",
                "Tapaaminen on jakson ulkopuolella. Tarkista päivämäärä tai jakson alku ja loppu.",
            )
        )
    if not 0 < data.minutes <= 24 * 60:
        raise ValidationError(translate("Individual", "Tapaamisen pituus on 1–1440 minuuttia."))
    if len(data.note) > NOTE_LIMIT:
        raise ValidationError(
            translate(
                "Individual", "Teksti on liian pitkä (enintään {n} merkkiä). Lyhennä sitä."
            ).format(n=NOTE_LIMIT)
        )
    keys = {c.key for c in workbook.chapters()}
    for key in data.chapters:
        if key not in keys:
            raise ValidationError(
                translate("Individual", "Työkirjassa ei ole lukua {ref}.").format(ref=key)
            )


def _apply(m: PeriodMeeting, data: MeetingData) -> None:
    m.held_on = data.held_on
    m.minutes = data.minutes
    m.place = MeetingPlace(data.place)
    m.topics = list(dict.fromkeys(" ".join(t.split()) for t in data.topics if t.strip()))
    m.chapters = list(dict.fromkeys(data.chapters))
    m.note = data.note.strip()


def _load_meeting(s: Session, meeting_id: uuid.UUID) -> PeriodMeeting:
    m = s.get(PeriodMeeting, meeting_id)
    if m is None:
        raise NotFoundError(translate("Individual", "Tapaamista ei löydy. Se on ehkä poistettu."))
    return m


def list_meetings(store: Store, period_id: uuid.UUID) -> list[MeetingInfo]:
    """The period's meetings by date."""
    with store.session() as s:
        period = load_period(s, period_id)
        return [
            meeting_info(m)
            for m in sorted(period.meetings, key=lambda m: (m.held_on, m.created_at))
        ]


def add_meeting(store: Store, period_id: uuid.UUID, data: MeetingData) -> MeetingInfo:
    with store.session() as s:
        period = load_period(s, period_id)
        _check(period, data)
        m = PeriodMeeting(period=period)
        _apply(m, data)
        s.add(m)
        s.flush()
        return meeting_info(m)


def update_meeting(store: Store, meeting_id: uuid.UUID, data: MeetingData) -> MeetingInfo:
    """Change a saved meeting; the edit is logged (which fields, never the note)."""
    with store.session() as s:
        m = _load_meeting(s, meeting_id)
        _check(m.period, data)
        before = meeting_info(m)
        _apply(m, data)
        s.flush()
        after = meeting_info(m)
        changed = [
            name
            for name in ("held_on", "minutes", "place", "topics", "chapters", "note")
            if getattr(before, name) != getattr(after, name)
        ]
        if changed:
            audit.record(
                s,
                "period.meeting.edit",
                target=m.period.client.code,
                period=str(m.period_id),
                changed=changed,
            )
        return after


def delete_meeting(store: Store, meeting_id: uuid.UUID) -> None:
    """Delete a saved meeting (logged)."""
    with store.session() as s:
        m = _load_meeting(s, meeting_id)
        audit.record(
            s, "period.meeting.delete", target=m.period.client.code, period=str(m.period_id)
        )
        s.delete(m)


# ----- intensity -------------------------------------------------------------------------------


def add_months(day: date, months: int) -> date:
    """The same day `months` later, or the month's last day when it has no such day."""
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True)
class MonthCount:
    number: int  # 1–6: the period's first month, second …
    first_day: date
    last_day: date
    meetings: int


@dataclass(frozen=True)
class Intensity:
    """Meetings per month during the first six months (the intensive phase)."""

    months: tuple[MonthCount, ...] = field(default=())  # the months begun so far (at most 6)

    @property
    def meetings(self) -> int:
        return sum(m.meetings for m in self.months)

    @property
    def per_month(self) -> float | None:
        """Meetings per begun month; None before the period has begun."""
        return self.meetings / len(self.months) if self.months else None


def intensity(start: date, meeting_days: Sequence[date], until: date) -> Intensity:
    """Meetings in each of the period's first six months that has begun by `until` (the end of
    the period or today). Month k runs from the start day k − 1 months later to the day before
    the same day a month on (1.9.–30.9., 1.10.–31.10. …; 31.1.–27.2. …)."""
    months: list[MonthCount] = []
    for k in range(INTENSIVE_MONTHS):
        first = add_months(start, k)
        if first > until:
            break
        last = add_months(start, k + 1) - timedelta(days=1)
        count = sum(1 for d in meeting_days if first <= d <= last)
        months.append(MonthCount(k + 1, first, last, count))
    return Intensity(tuple(months))


def period_intensity(store: Store, period_id: uuid.UUID, *, today: date) -> Intensity:
    """The period's intensity up to its end, or up to `today` while it goes on."""
    with store.session() as s:
        p = load_period(s, period_id)
        until = p.end_date if p.end_date is not None and p.end_date < today else today
        return intensity(p.start_date, [m.held_on for m in p.meetings], until)
