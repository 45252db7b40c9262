"""Today: the group the program opens on and the checklist for its next session, with fixed
dates (no display needed)."""

from __future__ import annotations

import uuid
from datetime import date, time

from voimaa import attendance, audit, experts, groups, roster, today
from voimaa.models import AttendanceStatus, GroupMode
from voimaa.program import get_program
from voimaa.store import Store
from voimaa.today import ItemKind

START = date(2026, 11, 3)  # a Tuesday; sessions weekly: 3.11. … 22.12.


def make_group(
    store: Store, name: str, start: date, *, mode: GroupMode = GroupMode.LOCAL, link: str = ""
) -> uuid.UUID:
    group = groups.create_group(
        store,
        groups.NewGroup(
            name=name,
            place="Juva",
            mode=mode,
            meeting_link=link,
            start_date=start,
            start_time=time(13, 0),
        ),
    )
    for person in ("Aino Esimerkki", "Pekka Pilotti"):
        roster.add_participant(store, group.id, roster.ParticipantData(name=person))
    return group.id


def mark_all(store: Store, group_id: uuid.UUID, number: int) -> None:
    session = get_program(store, group_id).session(number)
    assert session is not None
    for p in roster.list_participants(store, group_id):
        attendance.set_mark(
            store, p.id, session.id, AttendanceStatus.PRESENT, today=date(2027, 1, 1)
        )


def kinds(view: today.TodayView) -> list[ItemKind]:
    return [i.kind for i in view.items]


def test_headline_names_the_next_session(store: Store) -> None:
    gid = make_group(store, "Juvan ryhmä", START)
    for n in (1, 2, 3):
        mark_all(store, gid, n)
    view = today.today_view(store, gid, date(2026, 11, 20))
    assert view.next_session is not None and view.next_session.number == 4
    topic = get_program(store, gid).session(4).topic  # type: ignore[union-attr]
    assert view.headline == f"Seuraava kerta: 4. kerta ti 24.11. klo 13.00, {topic}"
    same_day = today.today_view(store, gid, date(2026, 11, 24))
    assert same_day.headline.startswith("Tänään: 4. kerta ti 24.11. klo 13.00")


def test_checklist_for_the_first_and_the_last_session(store: Store) -> None:
    gid = make_group(store, "Juvan ryhmä", START)
    first = today.today_view(store, gid, date(2026, 11, 1))
    assert kinds(first)[:3] == [ItemKind.CHAPTER, ItemKind.SIGNIN, ItemKind.SLIDES]
    assert ItemKind.EUROHIS_BEFORE in kinds(first)
    assert ItemKind.EUROHIS_AFTER not in kinds(first) and ItemKind.FEEDBACK_FORM not in kinds(first)
    assert all(i.session_number == 1 for i in first.items)
    for n in range(1, 8):
        mark_all(store, gid, n)
    last = today.today_view(store, gid, date(2026, 12, 20))
    assert last.next_session is not None and last.next_session.number == 8
    assert ItemKind.EUROHIS_AFTER in kinds(last) and ItemKind.FEEDBACK_FORM in kinds(last)
    assert ItemKind.EUROHIS_BEFORE not in kinds(last)
    middle = today.today_view(store, gid, date(2026, 11, 12))
    assert not {ItemKind.EUROHIS_BEFORE, ItemKind.EUROHIS_AFTER} & set(kinds(middle))


def test_unmarked_past_sessions_are_listed(store: Store) -> None:
    gid = make_group(store, "Juvan ryhmä", START)
    mark_all(store, gid, 1)
    view = today.today_view(store, gid, date(2026, 11, 20))
    unmarked = [i for i in view.items if i.kind == ItemKind.ATTENDANCE]
    assert [(i.session_number, i.text) for i in unmarked] == [
        (2, "Merkitse läsnäolot: 2. kerta 10.11."),
        (3, "Merkitse läsnäolot: 3. kerta 17.11."),
    ]


def test_experts_coming_are_named(store: Store) -> None:
    gid = make_group(store, "Juvan ryhmä", START)
    expert = experts.create_expert(
        store, experts.ExpertData(name="Tiina Talous", field="talousneuvonta")
    )
    session = get_program(store, gid).session(1)
    assert session is not None
    experts.assign(store, session.id, expert.id)
    view = today.today_view(store, gid, date(2026, 11, 1))
    [item] = [i for i in view.items if i.kind == ItemKind.EXPERTS]
    assert item.text == "Asiantuntija tulossa: Tiina Talous, talousneuvonta"


def test_remote_group_shows_the_meeting_link(store: Store) -> None:
    link = "https://teams.example.fi/kokous/123"
    gid = make_group(store, "Etäryhmä", START, mode=GroupMode.REMOTE, link=link)
    [item] = [
        i
        for i in today.today_view(store, gid, date(2026, 11, 1)).items
        if i.kind == ItemKind.MEETING_LINK
    ]
    assert item.target == link and link in item.text
    local = make_group(store, "Lähiryhmä", START)
    assert ItemKind.MEETING_LINK not in kinds(today.today_view(store, local, date(2026, 11, 1)))


def test_ended_group_asks_for_the_coordinator_export_once(store: Store) -> None:
    gid = make_group(store, "Juvan ryhmä", START)
    for n in range(1, 9):
        mark_all(store, gid, n)
    view = today.today_view(store, gid, date(2027, 1, 10))
    assert view.ended and view.next_session is None
    assert kinds(view) == [ItemKind.COORDINATOR_EXPORT]
    assert view.headline == "Ryhmä on päättynyt 22.12.2026."
    audit.record_event(store, "export.coordinator", group_id=gid, target="/tmp")
    assert today.today_view(store, gid, date(2027, 1, 10)).items == ()


def test_pick_the_group_with_the_nearest_session(store: Store) -> None:
    a = make_group(store, "A", START)  # 3.11., 10.11., …
    b = make_group(store, "B", date(2026, 11, 5))  # 5.11., 12.11., …
    assert today.pick_group(store, date(2026, 11, 1)) == a
    mark_all(store, a, 1)
    assert today.pick_group(store, date(2026, 11, 4)) == b
    mark_all(store, b, 1)
    assert today.pick_group(store, date(2026, 11, 6)) == a
    # Archived groups are not opened on.
    groups.set_archived(store, a, True)
    assert today.pick_group(store, date(2026, 11, 6)) == b


def test_unmarked_attendance_wins_over_the_nearest_session(store: Store) -> None:
    a = make_group(store, "A", START)  # 3.11. left unmarked
    b = make_group(store, "B", date(2026, 11, 5))
    assert today.pick_group(store, date(2026, 11, 5)) == a
    mark_all(store, a, 1)
    assert today.pick_group(store, date(2026, 11, 5)) == b
    # An unmarked session long ago does not pull the program to that group for ever.
    assert today.pick_group(store, date(2027, 3, 1)) is None


def test_no_groups_no_pick(store: Store) -> None:
    assert today.pick_group(store, date(2026, 11, 5)) is None


def test_groups_that_ended_long_ago_are_not_read_one_by_one(store: Store) -> None:
    """Picking the group runs as many statements with 6 finished groups beside it as without."""
    from sqlalchemy import event

    statements: list[str] = []
    event.listen(store.engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    current = make_group(store, "Nyt", START)
    day = date(2026, 11, 20)
    statements.clear()
    assert today.pick_group(store, day) == current
    alone = len(statements)
    for i in range(6):
        make_group(store, f"Vanha {i}", date(2024 + i % 2, 1 + i, 2))  # ended before 6.11.2026
    statements.clear()
    assert today.pick_group(store, day) == current
    assert len(statements) == alone
    # A group whose last session was within OVERDUE_DAYS and is unmarked is still found.
    late = make_group(store, "Myöhässä", date(2026, 9, 15))  # 8th session 3.11.2026, unmarked
    for n in range(1, 8):
        mark_all(store, late, n)
    mark_all(store, current, 1)  # 3.11.: nothing overdue in the current group
    assert get_program(store, late).sessions[-1].date == date(2026, 11, 3)
    assert today.pick_group(store, date(2026, 11, 10)) == late
