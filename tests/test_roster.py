"""Roster: codes, the 8-active limit, the waiting list, leaving, consent, and erasure."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.conftest import TODAY
from voimaa import audit, groups, roster
from voimaa.errors import LimitError, NotFoundError, ValidationError
from voimaa.models import FeedbackResponse, ParticipantStatus
from voimaa.store import Store, connect


@pytest.fixture
def group_id(store: Store) -> uuid.UUID:
    return groups.create_group(store, groups.NewGroup(name="Mikkelin ryhmä")).id


def _add(store: Store, group_id: uuid.UUID, name: str, **kw: object) -> roster.ParticipantInfo:
    return roster.add_participant(store, group_id, roster.ParticipantData(name=name), **kw)  # type: ignore[arg-type]


def test_codes_are_random_and_from_the_alphabet() -> None:
    codes = {roster.new_code() for _ in range(200)}
    assert len(codes) > 190
    for code in codes:
        body, check = code.split("-")
        assert len(body) == 4 and len(check) == 1
        assert set(body + check) <= set(roster.CODE_ALPHABET)


def test_code_is_not_derived_from_the_name(store: Store, group_id: uuid.UUID) -> None:
    a = _add(store, group_id, "Sama Nimi")
    b = roster.add_participant(store, group_id, roster.ParticipantData(name="Sama Nimi"))
    assert a.code != b.code
    assert "SAMA" not in a.code


def test_add_and_update_keep_the_fields(store: Store, group_id: uuid.UUID) -> None:
    data = roster.ParticipantData(
        name="  Aino   Esimerkki ",
        phone="040 123",
        own_worker="Sari",
        own_worker_contact="sari@example.invalid",
        intake_date=date(2026, 9, 1),
        intake_notes="Tavattu",
        interests="Käsityöt",
        wishes="Ruokaa",
        considerations="Paniikkihäiriö",
        consent_coordinator=True,
    )
    info = roster.add_participant(store, group_id, data, today=TODAY)
    assert info.name == "Aino Esimerkki"
    assert info.consent_date == TODAY  # consent without a date gets today's
    assert info.status == ParticipantStatus.ACTIVE
    assert info.has_considerations
    changed = roster.update_participant(
        store, info.id, dataclasses.replace(info.data(), consent_coordinator=False)
    )
    assert changed.consent_coordinator is False and changed.consent_date is None
    assert roster.get_participant(store, info.id).considerations == "Paniikkihäiriö"


def test_name_is_required(store: Store, group_id: uuid.UUID) -> None:
    with pytest.raises(ValidationError, match="nimi"):
        _add(store, group_id, "   ")


def test_ninth_active_is_refused_and_can_wait(store: Store, group_id: uuid.UUID) -> None:
    for i in range(roster.MAX_ACTIVE_PARTICIPANTS):
        _add(store, group_id, f"Osallistuja {i + 1}")
    with pytest.raises(LimitError, match="jonoon"):
        _add(store, group_id, "Yhdeksäs")
    assert roster.active_count(store, group_id) == 8
    waiting = _add(store, group_id, "Yhdeksäs", waiting=True)
    assert waiting.status == ParticipantStatus.WAITING
    assert groups.get_group(store, group_id).active_participants == 8
    # No room: moving from the waiting list is refused too.
    with pytest.raises(LimitError):
        roster.move_from_waiting_list(store, waiting.id)
    # Someone leaves: one action moves the waiting person in.
    first = roster.list_participants(store, group_id)[0]
    left = roster.mark_left(store, first.id, left_date=date(2026, 10, 1), reason="Työkokeilu")
    assert (left.status, left.left_date, left.left_reason) == (
        ParticipantStatus.LEFT,
        date(2026, 10, 1),
        "Työkokeilu",
    )
    moved = roster.move_from_waiting_list(store, waiting.id)
    assert moved.status == ParticipantStatus.ACTIVE
    assert roster.active_count(store, group_id) == 8
    # The one who left cannot come back while the group is full.
    with pytest.raises(LimitError):
        roster.move_to_group(store, first.id)


def test_list_order_active_waiting_left(store: Store, group_id: uuid.UUID) -> None:
    b = _add(store, group_id, "Bertta")
    _add(store, group_id, "Aatu")
    _add(store, group_id, "Öhman", waiting=True)
    _add(store, group_id, "Cecilia", waiting=True)
    roster.mark_left(store, b.id, today=TODAY)
    names = [p.name for p in roster.list_participants(store, group_id)]
    assert names == ["Aatu", "Öhman", "Cecilia", "Bertta"]


def test_unknown_participant(store: Store) -> None:
    with pytest.raises(NotFoundError):
        roster.get_participant(store, uuid.uuid4())


# ----- erasure --------------------------------------------------------------------------------


def _all_text(db: str, key: bytes | None) -> dict[str, list[str]]:
    """Every value of every column of every table, as text, per table."""
    conn = connect(Path(db), key)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        out: dict[str, list[str]] = {}
        for table in tables:
            rows = conn.execute(f'SELECT * FROM "{table}"').fetchall()
            out[table] = [v.hex() if isinstance(v, bytes) else str(v) for row in rows for v in row]
        return out
    finally:
        conn.close()


def test_erasure_leaves_nothing_of_the_person(demo_store: Store, demo_group_id: uuid.UUID) -> None:
    people = roster.list_participants(demo_store, demo_group_id)
    aino = next(p for p in people if p.name == "Aino Esimerkki")
    # Give her a linked feedback form and a log event pointing at her, as other features may.
    with demo_store.session() as s:
        s.add(FeedbackResponse(group_id=demo_group_id, participant_id=aino.id, ratings={"a": 5}))
        audit.record(
            s,
            "eurohis.edit",
            group_id=demo_group_id,
            target=f"lomake {aino.code}",
            participant=str(aino.id),
            who=aino.name,
        )
    what = roster.describe_erasure(demo_store, aino.id)
    assert (what.attendance_marks, what.eurohis_forms, what.feedback_forms) == (8, 2, 1)
    assert what.intake_fields >= 7
    assert what.log_mentions == 1
    roster.erase_participant(demo_store, aino.id)

    texts = _all_text(str(demo_store.path), demo_store.key)
    needles = [str(aino.id), aino.id.hex, aino.code, aino.name, "Paniikkihäiriö"]
    for table, values in texts.items():
        for needle in needles:
            assert not any(needle.casefold() in v.casefold() for v in values), (table, needle)

    remaining = roster.list_participants(demo_store, demo_group_id)
    assert len(remaining) == len(people) - 1
    events = audit.list_events(demo_store, action="participant.erase")
    assert len(events) == 1
    assert events[0].details == {} and events[0].target == ""
    assert events[0].actor == audit.current_actor()
    with demo_store.session() as s:
        assert (
            s.scalars(
                select(FeedbackResponse).where(FeedbackResponse.participant_id.is_not(None))
            ).all()
            == []
        )
    # Anonymous feedback of the group is not touched.
    with demo_store.session() as s:
        assert len(s.scalars(select(FeedbackResponse)).all()) == 5


def test_erasing_twice_says_not_found(store: Store, group_id: uuid.UUID) -> None:
    p = _add(store, group_id, "Kerran")
    roster.erase_participant(store, p.id)
    with pytest.raises(NotFoundError):
        roster.erase_participant(store, p.id)


def test_erased_name_is_not_left_in_the_file(demo_store: Store, demo_group_id: uuid.UUID) -> None:
    people = roster.list_participants(demo_store, demo_group_id)
    liisa = next(p for p in people if p.name == "Liisa Kokeilija")
    roster.erase_participant(demo_store, liisa.id)
    demo_store.close()
    raw = demo_store.path.read_bytes()
    wal = demo_store.path.with_name(demo_store.path.name + "-wal")
    if wal.exists():
        raw += wal.read_bytes()
    for needle in (liisa.name, liisa.code, "Keliakia"):
        assert needle.encode() not in raw


def test_left_date_and_reason_can_be_corrected(store: Store, group_id: uuid.UUID) -> None:
    p = _add(store, group_id, "Lähtijä")
    # Ignored while the person is in the group.
    roster.update_participant(
        store, p.id, dataclasses.replace(p.data(), left_date=date(2026, 1, 1), left_reason="x")
    )
    assert roster.get_participant(store, p.id).left_date is None
    left = roster.mark_left(store, p.id, today=TODAY)
    assert (left.left_date, left.left_reason) == (TODAY, "")
    fixed = roster.update_participant(
        store,
        p.id,
        dataclasses.replace(left.data(), left_date=date(2026, 10, 13), left_reason=" Muutti "),
    )
    assert (fixed.left_date, fixed.left_reason) == (date(2026, 10, 13), "Muutti")
    back = roster.move_to_group(store, p.id)
    assert (back.status, back.left_date, back.left_reason) == (ParticipantStatus.ACTIVE, None, "")
