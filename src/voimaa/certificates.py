"""Certificates of participation (osallistumistodistus): one per participant who attended at
least one session, with the group, place, dates, the sessions attended and the leaders who
sign it. Handed out at the last session.

A certificate names the group and its topics, never the service (social rehabilitation) the
participant was referred to: the participant decides whom to show it to.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from voimaa import attendance, program
from voimaa.errors import ValidationError
from voimaa.i18n import translate
from voimaa.models import AttendanceStatus, GroupMode, ParticipantStatus
from voimaa.store import Store


@dataclass(frozen=True)
class AttendedSession:
    number: int
    date: date | None
    topic: str


@dataclass(frozen=True)
class Certificate:
    """What one certificate shows."""

    name: str
    group_name: str
    place: str  # the municipality, or "" for a remote group
    remote: bool
    start_date: date | None
    end_date: date | None
    attended: tuple[AttendedSession, ...]
    sessions_total: int
    leaders: tuple[str, ...]  # names, each with a signature line

    @property
    def sessions_attended(self) -> int:
        return len(self.attended)


@dataclass(frozen=True)
class Certificates:
    """All certificates of a group, in the roster's order."""

    group_id: uuid.UUID
    group_name: str
    certificates: tuple[Certificate, ...]


def group_certificates(store: Store, group_id: uuid.UUID) -> Certificates:
    """A certificate for every participant (active or left) marked present at least once.

    Raises a ValidationError when nobody has been marked present yet, so an empty PDF is never
    printed.
    """
    table = attendance.attendance_table(store, group_id)
    view = program.get_program(store, group_id)
    remote = view.mode == GroupMode.REMOTE
    leaders = tuple(leader.name for leader in view.leaders if leader.name)
    out = []
    for row in table.rows:
        if row.status == ParticipantStatus.WAITING:
            continue
        attended = tuple(
            AttendedSession(column.number, column.date, column.topic)
            for column, mark in zip(table.sessions, row.marks, strict=True)
            if mark == AttendanceStatus.PRESENT
        )
        if not attended:
            continue
        out.append(
            Certificate(
                name=row.name,
                group_name=table.group_name,
                place="" if remote else table.place,
                remote=remote,
                start_date=view.start_date,
                end_date=view.end_date,
                attended=attended,
                sessions_total=len(table.sessions),
                leaders=leaders,
            )
        )
    if not out:
        raise ValidationError(
            translate(
                "Certificates",
                "Todistuksia ei voi tehdä: kenelläkään ei ole vielä läsnäolomerkintää. "
                "Merkitse läsnäolot ensin.",
            )
        )
    return Certificates(group_id, table.group_name, tuple(out))
