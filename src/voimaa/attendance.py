"""Attendance: marks per participant and session, totals and rates.

The table holds the group's active participants and those who left (their marks stay part of
the group's history); people on the waiting list have no marks.
"""

from __future__ import annotations

import datetime
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, time

from sqlalchemy import select

from voimaa.errors import NotFoundError, ValidationError
from voimaa.formats import format_date
from voimaa.i18n import translate
from voimaa.loaders import load_group
from voimaa.models import (
    AttendanceMark,
    AttendanceStatus,
    GroupSession,
    Participant,
    ParticipantStatus,
)
from voimaa.store import Store

DEFAULT_THRESHOLD = 0.5

# Keys typed in the grid and printed on sheets: L = läsnä, P = poissa, I = ilmoitettu poissaolo.
STATUS_LETTERS: dict[AttendanceStatus, str] = {
    AttendanceStatus.PRESENT: "L",
    AttendanceStatus.ABSENT: "P",
    AttendanceStatus.EXCUSED: "I",
}


def attendance_rate(marks: Iterable[AttendanceStatus | None]) -> float | None:
    """Share of marked sessions attended (present / marked); None when nothing is marked.

    Unmarked sessions (None) do not count; an excused absence counts as not attended.
    """
    marked = [m for m in marks if m is not None]
    if not marked:
        return None
    return sum(1 for m in marked if m == AttendanceStatus.PRESENT) / len(marked)


@dataclass(frozen=True)
class SessionColumn:
    id: uuid.UUID
    number: int
    date: datetime.date | None
    topic: str

    def is_future(self, today: datetime.date) -> bool:
        return self.date is not None and self.date > today


@dataclass(frozen=True)
class AttendanceRow:
    participant_id: uuid.UUID
    code: str
    name: str
    status: ParticipantStatus
    marks: tuple[AttendanceStatus | None, ...]
    present: int
    absent: int
    excused: int
    rate: float | None
    below_threshold: bool
    # False for sessions after the person left the group: nothing to mark there.
    in_group: tuple[bool, ...] = ()

    def expected(self, i: int) -> bool:
        return self.in_group[i] if i < len(self.in_group) else True

    @property
    def marked(self) -> int:
        return self.present + self.absent + self.excused


@dataclass(frozen=True)
class SessionTotals:
    session_id: uuid.UUID
    present: int
    absent: int
    excused: int
    unmarked: int


@dataclass(frozen=True)
class AttendanceTable:
    group_id: uuid.UUID
    group_name: str
    place: str
    today: date
    threshold: float
    sessions: tuple[SessionColumn, ...]
    rows: tuple[AttendanceRow, ...]
    totals: tuple[SessionTotals, ...]
    group_rate: float | None

    @property
    def present_total(self) -> int:
        return sum(t.present for t in self.totals)

    @property
    def below_threshold(self) -> tuple[AttendanceRow, ...]:
        """Participants to call: active, with marks, attending less than the threshold."""
        return tuple(r for r in self.rows if r.below_threshold)


def _row_order(p: Participant) -> tuple[int, str]:
    return (0 if p.status == ParticipantStatus.ACTIVE else 1, p.name.casefold())


def attendance_table(
    store: Store,
    group_id: uuid.UUID,
    *,
    today: date | None = None,
    threshold: float = DEFAULT_THRESHOLD,
) -> AttendanceTable:
    """The group's attendance grid with totals per participant and per session.

    `below_threshold` flags active participants whose rate is under `threshold` (0–1), so the
    leaders know whom to call.
    """
    today = today or date.today()
    with store.session() as s:
        group = load_group(s, group_id)
        sessions = tuple(
            SessionColumn(x.id, x.number, x.date, x.topic)
            for x in s.scalars(
                select(GroupSession)
                .where(GroupSession.group_id == group_id)
                .order_by(GroupSession.number)
            )
        )
        people = sorted(
            s.scalars(
                select(Participant).where(
                    Participant.group_id == group_id,
                    Participant.status != ParticipantStatus.WAITING,
                )
            ),
            key=_row_order,
        )
        marks: dict[tuple[uuid.UUID, uuid.UUID], AttendanceStatus] = {
            (pid, sid): st
            for pid, sid, st in s.execute(
                select(
                    AttendanceMark.participant_id,
                    AttendanceMark.session_id,
                    AttendanceMark.status,
                )
                .join(Participant, Participant.id == AttendanceMark.participant_id)
                .where(Participant.group_id == group_id)
            )
        }
        name, place = group.name, group.place
    rows = []
    for p in people:
        row_marks = tuple(marks.get((p.id, c.id)) for c in sessions)
        rate = attendance_rate(row_marks)
        in_group = tuple(
            not (
                p.status == ParticipantStatus.LEFT
                and p.left_date is not None
                and c.date is not None
                and c.date > p.left_date
            )
            for c in sessions
        )
        rows.append(
            AttendanceRow(
                participant_id=p.id,
                code=p.code,
                name=p.name,
                status=p.status,
                marks=row_marks,
                present=row_marks.count(AttendanceStatus.PRESENT),
                absent=row_marks.count(AttendanceStatus.ABSENT),
                excused=row_marks.count(AttendanceStatus.EXCUSED),
                rate=rate,
                below_threshold=(
                    p.status == ParticipantStatus.ACTIVE and rate is not None and rate < threshold
                ),
                in_group=in_group,
            )
        )
    totals = []
    for i, c in enumerate(sessions):
        column = [r.marks[i] for r in rows]
        totals.append(
            SessionTotals(
                session_id=c.id,
                present=column.count(AttendanceStatus.PRESENT),
                absent=column.count(AttendanceStatus.ABSENT),
                excused=column.count(AttendanceStatus.EXCUSED),
                unmarked=sum(1 for r in rows if r.marks[i] is None and r.expected(i)),
            )
        )
    all_marks = [m for r in rows for m in r.marks]
    return AttendanceTable(
        group_id=group_id,
        group_name=name,
        place=place,
        today=today,
        threshold=threshold,
        sessions=sessions,
        rows=tuple(rows),
        totals=tuple(totals),
        group_rate=attendance_rate(all_marks),
    )


def set_mark(
    store: Store,
    participant_id: uuid.UUID,
    session_id: uuid.UUID,
    status: AttendanceStatus | None,
    *,
    today: date | None = None,
) -> AttendanceStatus | None:
    """Mark a participant present, absent or excused for a session; None clears the mark.

    A session in the future cannot be marked present (absences told in advance can).
    """
    today = today or date.today()
    with store.session() as s:
        participant = s.get(Participant, participant_id)
        session = s.get(GroupSession, session_id)
        if participant is None or session is None:
            raise NotFoundError(
                translate("Attendance", "Osallistujaa tai kertaa ei löydy. Päivitä näkymä.")
            )
        if participant.group_id != session.group_id:
            raise ValidationError(
                translate("Attendance", "Osallistuja ei kuulu tämän kerran ryhmään.")
            )
        if participant.status == ParticipantStatus.WAITING and status is not None:
            raise ValidationError(
                translate(
                    "Attendance",
                    "{code} on jonossa. Siirrä hänet ensin ryhmään, sitten merkitse läsnäolo.",
                ).format(code=participant.code)
            )
        if status == AttendanceStatus.PRESENT and session.date is not None and session.date > today:
            raise ValidationError(
                translate(
                    "Attendance",
                    "Kerta {n} on vasta {date}. Tulevaan kertaan ei voi merkitä läsnäoloa; "
                    "ilmoitetun poissaolon voi merkitä jo etukäteen.",
                ).format(n=session.number, date=format_date(session.date))
            )
        mark = s.scalar(
            select(AttendanceMark).where(
                AttendanceMark.participant_id == participant_id,
                AttendanceMark.session_id == session_id,
            )
        )
        if status is None:
            if mark is not None:
                s.delete(mark)
        elif mark is None:
            s.add(
                AttendanceMark(participant_id=participant_id, session_id=session_id, status=status)
            )
        else:
            mark.status = status
    return status


# ----- sign-in sheet ---------------------------------------------------------------------------


@dataclass(frozen=True)
class SigninSheet:
    """What a printed sign-in sheet shows; empty fields are printed as lines to fill in."""

    group_name: str = ""
    place: str = ""
    session_number: int | None = None
    date: date | None = None
    start_time: time | None = None
    topic: str = ""
    names: tuple[str, ...] = ()


def signin_sheet(
    store: Store,
    group_id: uuid.UUID | None,
    session_number: int | None = None,
    *,
    blank: bool = False,
) -> SigninSheet:
    """The sign-in sheet of a session: the group's active participants by name.

    `blank` leaves the names out (for people to write their own); without a group the whole
    sheet is blank.
    """
    if group_id is None:
        return SigninSheet()
    with store.session() as s:
        group = load_group(s, group_id)
        session = None
        if session_number is not None:
            session = s.scalar(
                select(GroupSession).where(
                    GroupSession.group_id == group_id, GroupSession.number == session_number
                )
            )
            if session is None:
                numbers = sorted(x.number for x in group.sessions)
                raise NotFoundError(
                    translate(
                        "Attendance", "Ryhmässä ei ole kertaa {n}. Valitse kerta {first}–{last}."
                    ).format(
                        n=session_number,
                        first=numbers[0] if numbers else 1,
                        last=numbers[-1] if numbers else 8,
                    )
                )
        names: tuple[str, ...] = ()
        if not blank:
            names = tuple(
                sorted(
                    (
                        p.name
                        for p in s.scalars(
                            select(Participant).where(
                                Participant.group_id == group_id,
                                Participant.status == ParticipantStatus.ACTIVE,
                            )
                        )
                    ),
                    key=str.casefold,
                )
            )
        return SigninSheet(
            group_name=group.name,
            place=(session.place if session and session.place else group.place),
            session_number=session.number if session else None,
            date=session.date if session else None,
            start_time=(session.start_time if session else None),
            topic=session.topic if session else "",
            names=names,
        )
