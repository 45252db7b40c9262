"""Attendance: the table, totals and rates, the threshold, and marking rules."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest

from tests.conftest import TODAY
from voimaa import attendance, groups, roster
from voimaa.attendance import AttendanceStatus as A
from voimaa.errors import ValidationError
from voimaa.models import ParticipantStatus
from voimaa.store import Store


@pytest.mark.parametrize(
    ("marks", "rate"),
    [
        ([], None),
        ([None, None], None),
        ([A.PRESENT], 1.0),
        ([A.PRESENT, A.ABSENT], 0.5),
        ([A.PRESENT, A.EXCUSED, None, None], 0.5),
        ([A.ABSENT, A.EXCUSED], 0.0),
        ([A.PRESENT] * 7 + [A.EXCUSED], 0.875),
    ],
)
def test_attendance_rate(marks: list[A | None], rate: float | None) -> None:
    assert attendance.attendance_rate(marks) == rate


def test_demo_table_totals(demo_store: Store, demo_group_id: uuid.UUID) -> None:
    table = attendance.attendance_table(demo_store, demo_group_id, today=TODAY)
    assert [c.number for c in table.sessions] == list(range(1, 9))
    assert table.sessions[-1].date == date(2026, 11, 17)
    assert len(table.rows) == 7
    # Active first (by name), the one who left last.
    assert table.rows[-1].name == "Kaisa Koe"
    assert table.rows[-1].status == ParticipantStatus.LEFT
    by_name = {r.name: r for r in table.rows}
    mikko = by_name["Mikko Mallikas"]
    assert (mikko.present, mikko.absent, mikko.excused, mikko.rate) == (8, 0, 0, 1.0)
    liisa = by_name["Liisa Kokeilija"]  # LLPLLLIL
    assert (liisa.present, liisa.absent, liisa.excused) == (6, 1, 1)
    assert liisa.rate == 0.75
    kaisa = by_name["Kaisa Koe"]  # LLP-----
    assert kaisa.marks[3:] == (None,) * 5
    assert kaisa.rate == pytest.approx(2 / 3)
    first, third = table.totals[0], table.totals[2]
    assert (first.present, first.absent, first.excused, first.unmarked) == (7, 0, 0, 0)
    assert (third.present, third.absent) == (5, 2)
    # Kaisa left on 13.10.: later sessions are not hers to mark.
    assert kaisa.in_group == (True,) * 3 + (False,) * 5
    assert table.totals[4].unmarked == 0
    assert table.present_total == sum(r.present for r in table.rows) == 44
    assert table.group_rate == pytest.approx(44 / 51)
    assert table.below_threshold == ()


def test_threshold_flags_active_only(demo_store: Store, demo_group_id: uuid.UUID) -> None:
    table = attendance.attendance_table(demo_store, demo_group_id, today=TODAY, threshold=0.8)
    flagged = {r.name for r in table.below_threshold}
    # Liisa 75 % is under 80 %; Kaisa (67 %) left the group: no follow-up call.
    assert flagged == {"Liisa Kokeilija"}


@pytest.fixture
def planned(store: Store) -> tuple[uuid.UUID, uuid.UUID]:
    start = TODAY - timedelta(days=14)
    gid = groups.create_group(store, groups.NewGroup(name="Uusi", start_date=start)).id
    pid = roster.add_participant(store, gid, roster.ParticipantData(name="Olli")).id
    return gid, pid


def test_set_and_clear_marks(store: Store, planned: tuple[uuid.UUID, uuid.UUID]) -> None:
    gid, pid = planned
    table = attendance.attendance_table(store, gid, today=TODAY)
    s1, s2 = table.sessions[0].id, table.sessions[1].id
    attendance.set_mark(store, pid, s1, A.PRESENT, today=TODAY)
    attendance.set_mark(store, pid, s2, A.ABSENT, today=TODAY)
    attendance.set_mark(store, pid, s2, A.EXCUSED, today=TODAY)  # change a mark
    row = attendance.attendance_table(store, gid, today=TODAY).rows[0]
    assert row.marks[:3] == (A.PRESENT, A.EXCUSED, None)
    assert row.rate == 0.5
    attendance.set_mark(store, pid, s1, None, today=TODAY)
    row = attendance.attendance_table(store, gid, today=TODAY).rows[0]
    assert row.marks[:2] == (None, A.EXCUSED)
    assert row.rate == 0.0
    assert row.below_threshold


def test_future_session_cannot_be_marked_present(
    store: Store, planned: tuple[uuid.UUID, uuid.UUID]
) -> None:
    gid, pid = planned
    table = attendance.attendance_table(store, gid, today=TODAY)
    future = next(c for c in table.sessions if c.is_future(TODAY))
    with pytest.raises(ValidationError, match="Tulevaan kertaan ei voi merkitä läsnäoloa"):
        attendance.set_mark(store, pid, future.id, A.PRESENT, today=TODAY)
    # An absence told in advance is fine.
    attendance.set_mark(store, pid, future.id, A.EXCUSED, today=TODAY)
    # Today's session can be marked.
    today_session = next(c for c in table.sessions if c.date == TODAY)
    attendance.set_mark(store, pid, today_session.id, A.PRESENT, today=TODAY)


def test_waiting_list_is_not_in_the_grid(
    store: Store, planned: tuple[uuid.UUID, uuid.UUID]
) -> None:
    gid, _ = planned
    w = roster.add_participant(store, gid, roster.ParticipantData(name="Jonottaja"), waiting=True)
    table = attendance.attendance_table(store, gid, today=TODAY)
    assert [r.name for r in table.rows] == ["Olli"]
    with pytest.raises(ValidationError, match="jonossa"):
        attendance.set_mark(store, w.id, table.sessions[0].id, A.PRESENT, today=TODAY)


def test_mark_for_other_groups_session_is_refused(
    store: Store, planned: tuple[uuid.UUID, uuid.UUID]
) -> None:
    _, pid = planned
    other = groups.create_group(store, groups.NewGroup(name="Toinen", start_date=TODAY)).id
    session = attendance.attendance_table(store, other, today=TODAY).sessions[0]
    with pytest.raises(ValidationError):
        attendance.set_mark(store, pid, session.id, A.ABSENT, today=TODAY)
