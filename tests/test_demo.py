"""The demo group is realistic and finished: every screen and export has something to show."""

from __future__ import annotations

from sqlalchemy import select

from tests.conftest import TODAY
from voimaa import demo
from voimaa.models import (
    AttendanceMark,
    BudgetLine,
    EurohisResponse,
    FeedbackResponse,
    Group,
    GroupStatus,
    Participant,
    ParticipantStatus,
    Phase,
)
from voimaa.store import Store


def test_demo_dates_end_last_week() -> None:
    dates = demo.demo_dates(TODAY)
    assert len(dates) == 8
    assert all(d.weekday() == 1 for d in dates)
    assert 0 < (TODAY - dates[-1]).days <= 13
    assert (TODAY - dates[-1]).days >= TODAY.weekday() + 1


def test_demo_group_content(demo_store: Store, demo_group_id) -> None:  # type: ignore[no-untyped-def]
    with demo_store.session() as s:
        group = s.get(Group, demo_group_id)
        assert group is not None
        assert group.place == "Juva" and group.status == GroupStatus.FINISHED
        assert len(group.sessions) == 8 and len(group.leaders) == 2
        people = list(s.scalars(select(Participant).where(Participant.group_id == group.id)))
        assert len(people) == 7
        assert [p.status for p in people].count(ParticipantStatus.LEFT) == 1
        assert len({p.code for p in people}) == 7
        marks = s.scalars(select(AttendanceMark)).all()
        assert len(marks) == 6 * 8 + 3
        responses = s.scalars(
            select(EurohisResponse).where(EurohisResponse.participant_id.is_not(None))
        ).all()
        befores = [r for r in responses if r.phase == Phase.BEFORE]
        afters = [r for r in responses if r.phase == Phase.AFTER]
        assert len(befores) == 7 and len(afters) == 5
        assert len(s.scalars(select(BudgetLine)).all()) >= 10
        assert len(s.scalars(select(FeedbackResponse)).all()) == 5


def test_demo_is_not_added_twice(demo_store: Store) -> None:
    _, created = demo.create_demo(demo_store, today=TODAY)
    assert not created


def test_demo_individual_periods(demo_store: Store) -> None:
    """Finished and ongoing periods in two places and two years, one client linked to the demo
    group's Mikko, with goals, ratings, meetings, EUROHIS-8 and outcomes to show."""
    from voimaa import eurohis, individual
    from voimaa.individual import WorkPhase
    from voimaa.models import PeriodStatus

    periods = individual.list_periods(demo_store)
    assert len(periods) == 4
    assert {p.place for p in periods} == {"Juva", "Mikkeli"}
    ended = [p for p in periods if p.status == PeriodStatus.ENDED]
    assert len(ended) == 2 and all(p.outcome is not None for p in ended)
    assert {p.end_date.year for p in ended if p.end_date} == {TODAY.year, TODAY.year - 1}
    phases = {p.phase_on(TODAY) for p in periods}
    assert {WorkPhase.START, WorkPhase.WORK, WorkPhase.ENDED} <= phases
    linked = [c for c in individual.list_clients(demo_store) if c.participant_id is not None]
    assert [c.name for c in linked] == ["Mikko Mallikas"]
    for p in periods:
        goals = individual.list_goals(demo_store, p.id)
        assert 1 <= len(goals) <= 5 and all(g.start is not None for g in goals)
        assert p.meetings >= 2
        assert eurohis.get_period_response(demo_store, p.id, Phase.BEFORE) is not None
        if p.status == PeriodStatus.ENDED:
            assert all(g.end is not None for g in goals)
            assert eurohis.get_period_response(demo_store, p.id, Phase.AFTER) is not None
