"""Intensified individual work: clients, periods and phases, goals and ratings, meetings and
intensity, ending, edits in the log, and erasure. Expected values are worked out by hand."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import date

import pytest

from voimaa import audit, eurohis, groups, individual, roster
from voimaa.errors import LimitError, NotFoundError, ValidationError
from voimaa.individual import (
    ClientData,
    MeetingData,
    Outcome,
    PeriodData,
    WorkPhase,
    current_phase,
)
from voimaa.models import GoalsMet, MeetingPlace, NextStep, PeriodStatus, Phase, RatingOccasion
from voimaa.store import Store

START = date(2026, 9, 1)


@pytest.fixture
def period(store: Store) -> individual.PeriodInfo:
    client = individual.create_client(
        store, ClientData(name="Tuula Testaaja", own_worker="Sanna Sosiaalityöntekijä")
    )
    return individual.create_period(
        store,
        client.id,
        PeriodData(
            start_date=START,
            place="Juva",
            decision_date=date(2026, 8, 25),
            decision_reference="SOS/123/2026",
            decided_until=date(2027, 2, 28),
        ),
    )


def test_client_gets_a_code_from_the_roster_space_and_a_name_is_required(store: Store) -> None:
    a = individual.create_client(store, ClientData(name="Sama Nimi"))
    b = individual.create_client(store, ClientData(name="Sama Nimi"))
    assert a.code != b.code
    body, check = a.code.split("-")
    assert set(body + check) <= set(roster.CODE_ALPHABET)
    with pytest.raises(ValidationError):
        individual.create_client(store, ClientData(name="  "))


def test_client_may_be_linked_to_a_group_participant(store: Store) -> None:
    group = groups.create_group(store, groups.NewGroup(name="Juvan ryhmä"))
    p = roster.add_participant(store, group.id, roster.ParticipantData(name="Linkitetty"))
    c = individual.create_client(store, ClientData(name="Linkitetty", participant_id=p.id))
    assert individual.get_client(store, c.id).participant_code == p.code
    # Erasing the participant leaves the client, unlinked.
    roster.erase_participant(store, p.id)
    assert individual.get_client(store, c.id).participant_id is None


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (date(2026, 9, 1), WorkPhase.START),
        (date(2026, 9, 29), WorkPhase.START),
        (date(2026, 9, 30), WorkPhase.WORK),
        (date(2026, 12, 31), WorkPhase.WORK),
        (date(2027, 1, 4), WorkPhase.CLOSING),
        (date(2027, 1, 28), WorkPhase.CLOSING),
        (date(2027, 1, 29), WorkPhase.ENDED),
    ],
)
def test_phase_of_a_day(today: date, expected: WorkPhase) -> None:
    assert (
        current_phase(
            start_date=START,
            work_phase_date=date(2026, 9, 30),
            closing_phase_date=date(2027, 1, 4),
            end_date=date(2027, 1, 29),
            today=today,
        )
        == expected
    )


def test_phase_dates_must_follow_each_other(store: Store, period: individual.PeriodInfo) -> None:
    bad = PeriodData(start_date=START, work_phase_date=date(2026, 8, 1))
    with pytest.raises(ValidationError):
        individual.update_period(store, period.id, bad)
    with pytest.raises(ValidationError):
        individual.update_period(
            store,
            period.id,
            PeriodData(
                start_date=START,
                decision_date=date(2026, 9, 1),
                decided_until=START.replace(day=1, month=8),
            ),
        )
    good = PeriodData(
        start_date=START, work_phase_date=date(2026, 9, 30), closing_phase_date=date(2027, 1, 4)
    )
    info = individual.update_period(store, period.id, good)
    assert info.phase_on(date(2026, 10, 1)) == WorkPhase.WORK


def test_goals_one_to_five_in_own_words(store: Store, period: individual.PeriodInfo) -> None:
    for text in (
        "Herään ennen kymmentä",
        "Maksan laskut ajallaan",
        "Käyn kaupassa",
        "Ulkoilen",
        "Soitan siskolle",
    ):
        individual.add_goal(store, period.id, text)
    with pytest.raises(LimitError):
        individual.add_goal(store, period.id, "Kuudes")
    with pytest.raises(ValidationError):
        individual.add_goal(store, period.id, " ")
    goals = individual.list_goals(store, period.id)
    assert [g.position for g in goals] == [1, 2, 3, 4, 5]
    individual.remove_goal(store, goals[1].id)
    assert [(g.position, g.text) for g in individual.list_goals(store, period.id)] == [
        (1, "Herään ennen kymmentä"),
        (2, "Käyn kaupassa"),
        (3, "Ulkoilen"),
        (4, "Soitan siskolle"),
    ]


def test_ratings_start_review_end_and_goals_met(
    store: Store, period: individual.PeriodInfo
) -> None:
    g1 = individual.add_goal(store, period.id, "Herään ennen kymmentä")
    g2 = individual.add_goal(store, period.id, "Maksan laskut ajallaan")
    g3 = individual.add_goal(store, period.id, "Käyn kerran viikossa ulkona")
    individual.rate_goals(
        store, period.id, RatingOccasion.START, START, {g1.id: 2, g2.id: 5, g3.id: 1}
    )
    individual.save_review(
        store, period.id, date(2026, 12, 1), {g1.id: 6, g2.id: 7, g3.id: 3}, note="Hyvä alku"
    )
    individual.rate_goals(
        store, period.id, RatingOccasion.END, date(2027, 2, 20), {g1.id: 9, g2.id: 8, g3.id: 4}
    )
    goals = individual.list_goals(store, period.id)
    # History in date order: start, review, end.
    assert [r.value for r in goals[0].ratings] == [2, 6, 9]
    assert [r.occasion for r in goals[0].ratings] == [
        RatingOccasion.START,
        RatingOccasion.REVIEW,
        RatingOccasion.END,
    ]
    assert (goals[0].start, goals[0].end) == (2, 9)
    # 9 and 8 reach 8 of 10, 4 does not: two of three goals met.
    assert [g.met for g in goals] == [True, True, False]
    assert individual.goals_met_share(goals) == (2, 3)
    assert individual.is_met(8) and not individual.is_met(7) and not individual.is_met(None)
    with pytest.raises(ValidationError):
        individual.rate_goals(store, period.id, RatingOccasion.START, START, {g1.id: 11})
    with pytest.raises(ValidationError):
        individual.rate_goals(store, period.id, RatingOccasion.START, START, {g1.id: -1})
    assert audit.list_events(store, action="period.rating.edit") == []


def test_edits_of_saved_forms_are_logged_without_their_content(
    store: Store, period: individual.PeriodInfo
) -> None:
    g1 = individual.add_goal(store, period.id, "Herään ennen kymmentä")
    individual.rate_goals(store, period.id, RatingOccasion.START, START, {g1.id: 2})
    individual.rate_goals(store, period.id, RatingOccasion.START, START, {g1.id: 2})  # same
    assert audit.list_events(store, action="period.rating.edit") == []
    individual.rate_goals(store, period.id, RatingOccasion.START, START, {g1.id: 3})
    [event] = audit.list_events(store, action="period.rating.edit")
    assert event.target == period.code and event.details["goals"] == [1]
    assert "3" not in str(event.details.get("value", ""))
    individual.update_goal(store, g1.id, "Herään ennen yhdeksää")
    assert len(audit.list_events(store, action="period.goal.edit")) == 1

    m = individual.add_meeting(
        store, period.id, MeetingData(date(2026, 9, 8), note="Puhuttiin velkajärjestelystä")
    )
    individual.update_meeting(
        store, m.id, MeetingData(date(2026, 9, 8), minutes=90, note="Puhuttiin velkajärjestelystä.")
    )
    [edit] = audit.list_events(store, action="period.meeting.edit")
    assert edit.details["changed"] == ["minutes", "note"]
    assert "velka" not in str(edit.details) + edit.target

    review = individual.save_review(store, period.id, date(2026, 12, 1), {g1.id: 5})
    individual.save_review(store, period.id, date(2026, 12, 2), {g1.id: 6}, review_id=review.id)
    assert len(audit.list_events(store, action="period.review.edit")) == 1
    [saved] = individual.list_reviews(store, period.id)
    assert (saved.held_on, saved.ratings) == (date(2026, 12, 2), {g1.id: 6})

    individual.end_period(
        store, period.id, Outcome(date(2027, 2, 20), GoalsMet.PARTLY, NextStep.WORK_ACTIVITY)
    )
    individual.end_period(
        store, period.id, Outcome(date(2027, 2, 20), GoalsMet.FULLY, NextStep.WORK_ACTIVITY)
    )
    assert len(audit.list_events(store, action="period.end")) == 1
    [outcome_edit] = audit.list_events(store, action="period.outcome.edit")
    assert outcome_edit.details["changed"] == ["goals_met"]


def test_meetings_with_topics_chapters_and_a_hidden_note(
    store: Store, period: individual.PeriodInfo
) -> None:
    m = individual.add_meeting(
        store,
        period.id,
        MeetingData(
            date(2026, 9, 8),
            minutes=75,
            place=MeetingPlace.HOME,
            topics=("talous ja asiointi", " asuminen ", "asuminen"),
            chapters=("talous",),
            note="Sähkölasku erääntynyt",
        ),
    )
    assert (m.place, m.topics, m.chapters, m.has_note) == (
        MeetingPlace.HOME,
        ("talous ja asiointi", "asuminen"),
        ("talous",),
        True,
    )
    with pytest.raises(ValidationError):  # before the period began
        individual.add_meeting(store, period.id, MeetingData(date(2026, 8, 31)))
    with pytest.raises(ValidationError):
        individual.add_meeting(store, period.id, MeetingData(date(2026, 9, 9), minutes=0))
    with pytest.raises(ValidationError):
        individual.add_meeting(
            store, period.id, MeetingData(date(2026, 9, 9), chapters=("ei-ole",))
        )
    assert individual.get_period(store, period.id).meetings == 1
    individual.delete_meeting(store, m.id)
    assert individual.list_meetings(store, period.id) == []
    assert len(audit.list_events(store, action="period.meeting.delete")) == 1


def test_topic_list_is_editable(store: Store) -> None:
    assert individual.topics(store) == individual.DEFAULT_TOPICS
    assert individual.save_topics(store, ["asuminen", " ", "Asuminen", "kuntosali"]) == (
        "asuminen",
        "kuntosali",
    )
    assert individual.topics(store) == ("asuminen", "kuntosali")
    with pytest.raises(ValidationError):
        individual.save_topics(store, ["  "])


def test_add_months_keeps_the_day_or_takes_the_last_one() -> None:
    assert individual.add_months(date(2026, 9, 1), 1) == date(2026, 10, 1)
    assert individual.add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert individual.add_months(date(2026, 11, 15), 3) == date(2027, 2, 15)


def test_intensity_of_the_first_six_months() -> None:
    # Month 1: 1.9.–30.9. (4 meetings), month 2: 1.10.–31.10. (2), month 3: 1.11.–30.11. (1),
    # months 4–6 none; the meeting of 1.3.2027 is in month 7 and not counted.
    days = [
        date(2026, 9, 1),
        date(2026, 9, 8),
        date(2026, 9, 15),
        date(2026, 9, 30),
        date(2026, 10, 1),
        date(2026, 10, 20),
        date(2026, 11, 3),
        date(2027, 3, 1),
    ]
    done = individual.intensity(START, days, date(2027, 3, 15))
    assert [m.meetings for m in done.months] == [4, 2, 1, 0, 0, 0]
    assert (done.months[5].first_day, done.months[5].last_day) == (
        date(2027, 2, 1),
        date(2027, 2, 28),
    )
    assert done.meetings == 7
    assert done.per_month == pytest.approx(7 / 6)
    # On 15.10. two months have begun: 6 meetings in 2 months = 3 a month.
    ongoing = individual.intensity(START, days[:6], date(2026, 10, 15))
    assert [m.meetings for m in ongoing.months] == [4, 2]
    assert ongoing.per_month == 3.0
    assert individual.intensity(START, [], date(2026, 8, 1)).per_month is None


def test_period_intensity_stops_at_the_end(store: Store, period: individual.PeriodInfo) -> None:
    for day in (date(2026, 9, 2), date(2026, 9, 9), date(2026, 10, 7)):
        individual.add_meeting(store, period.id, MeetingData(day))
    individual.end_period(
        store, period.id, Outcome(date(2026, 10, 31), GoalsMet.NOT, NextStep.MOVED)
    )
    result = individual.period_intensity(store, period.id, today=date(2027, 6, 1))
    assert [m.meetings for m in result.months] == [2, 1]
    assert result.per_month == 1.5


def test_ending_and_reopening(store: Store, period: individual.PeriodInfo) -> None:
    with pytest.raises(ValidationError):  # before the start
        individual.end_period(
            store, period.id, Outcome(date(2026, 8, 1), GoalsMet.NOT, NextStep.NONE)
        )
    ended = individual.end_period(
        store,
        period.id,
        Outcome(date(2027, 2, 20), GoalsMet.PARTLY, NextStep.WORK_TRIAL, "Kirpputori"),
    )
    assert ended.status == PeriodStatus.ENDED
    assert ended.outcome == Outcome(
        date(2027, 2, 20), GoalsMet.PARTLY, NextStep.WORK_TRIAL, "Kirpputori"
    )
    assert ended.phase_on(date(2027, 2, 20)) == WorkPhase.ENDED
    again = individual.reopen_period(store, period.id)
    assert (again.status, again.outcome) == (PeriodStatus.ACTIVE, None)
    assert len(audit.list_events(store, action="period.reopen")) == 1


def test_several_periods_and_resolving_them(store: Store, period: individual.PeriodInfo) -> None:
    second = individual.create_period(
        store, period.client_id, PeriodData(start_date=date(2027, 9, 1))
    )
    assert (individual.get_period(store, period.id).number, second.number) == (1, 2)
    assert individual.resolve_period(store, f"{period.code}/1") == period.id
    assert individual.resolve_period(store, period.code.lower()) == second.id
    assert individual.resolve_period(store, str(second.id)) == second.id
    with pytest.raises(NotFoundError):
        individual.resolve_period(store, f"{period.code}/3")
    listed = individual.list_periods(store)
    assert [p.number for p in listed] == [2, 1]  # newest start first


def test_period_eurohis_uses_the_group_scoring(store: Store, period: individual.PeriodInfo) -> None:
    before = eurohis.save_period_response(
        store, period.id, Phase.BEFORE, [3, 3, 2, 3, 3, 4, 2, 4], filled_on=START
    )
    # Mean of 3+3+2+3+3+4+2+4 = 24 → 24 / 8 = 3.0.
    assert before.score is not None and before.score.mean == 3.0
    assert (before.period_id, before.participant_id, before.code) == (period.id, None, period.code)
    after = eurohis.save_period_response(
        store, period.id, Phase.AFTER, [4, 4, 3, 4, 4, 4, 3, 4], filled_on=date(2027, 2, 20)
    )
    assert after.score is not None and after.score.mean == 3.75
    eurohis.save_period_response(
        store, period.id, Phase.AFTER, [4, 4, 3, 4, 4, 4, 3, 5], filled_on=date(2027, 2, 20)
    )
    [edit] = audit.list_events(store, action="eurohis.edit")
    assert edit.details["changed_items"] == [8] and edit.target == period.code
    assert eurohis.get_period_response(store, period.id, Phase.AFTER) is not None
    assert eurohis.delete_period_response(store, period.id, Phase.AFTER)
    assert eurohis.get_period_response(store, period.id, Phase.AFTER) is None


def test_client_erasure_leaves_nothing_in_the_file(
    store: Store, period: individual.PeriodInfo
) -> None:
    g = individual.add_goal(store, period.id, "Uniikki tavoite Kuutamo")
    individual.rate_goals(store, period.id, RatingOccasion.START, START, {g.id: 3})
    individual.save_review(store, period.id, date(2026, 12, 1), {g.id: 5}, note="Arvio Ruusupensas")
    individual.add_meeting(
        store, period.id, MeetingData(date(2026, 9, 8), note="Muistiinpano Salmiakki")
    )
    eurohis.save_period_response(store, period.id, Phase.BEFORE, [3] * 8, filled_on=START)
    eurohis.save_period_response(store, period.id, Phase.BEFORE, [4] * 8, filled_on=START)
    individual.update_goal(store, g.id, "Uniikki tavoite Kuutamo 2")
    other = individual.create_client(store, ClientData(name="Toinen Asiakas"))
    what = individual.describe_client_erasure(store, period.client_id)
    assert (
        what.periods,
        what.goals,
        what.ratings,
        what.meetings,
        what.reviews,
        what.eurohis_forms,
    ) == (
        1,
        1,
        2,
        1,
        1,
        1,
    )
    assert what.log_mentions >= 2
    individual.erase_client(store, period.client_id)
    with pytest.raises(NotFoundError):
        individual.get_period(store, period.id)
    assert [c.name for c in individual.list_clients(store)] == [other.name]
    [erased] = audit.list_events(store, action="client.erase")
    assert (erased.target, erased.details) == ("", {})
    store.close()
    raw = store.path.read_bytes()
    wal = store.path.with_name(store.path.name + "-wal")
    if wal.exists():
        raw += wal.read_bytes()
    for needle in (
        "Tuula Testaaja",
        period.code,
        str(period.id),
        period.id.hex,
        str(period.client_id),
        period.client_id.hex,
        "SOS/123/2026",
        "Kuutamo",
        "Ruusupensas",
        "Salmiakki",
    ):
        assert needle.encode() not in raw, needle


def test_unknown_ids_say_not_found(store: Store) -> None:
    with pytest.raises(NotFoundError):
        individual.get_period(store, uuid.uuid4())
    with pytest.raises(NotFoundError):
        individual.create_period(store, uuid.uuid4(), PeriodData(start_date=START))


def test_period_details_and_client_change_together_or_not_at_all(
    store: Store, period: individual.PeriodInfo
) -> None:
    client = individual.get_client(store, period.client_id)
    changed = dataclasses.replace(client.data(), own_worker="Uusi Työntekijä")
    bad = PeriodData(start_date=START, work_phase_date=date(2026, 8, 1))
    with pytest.raises(ValidationError):
        individual.save_period_details(store, period.id, changed, bad)
    assert individual.get_client(store, period.client_id).own_worker == "Sanna Sosiaalityöntekijä"
    good = PeriodData(start_date=START, place="Mikkeli")
    info = individual.save_period_details(store, period.id, changed, good)
    assert info.place == "Mikkeli" and info.own_worker == "Uusi Työntekijä"


def test_a_new_client_and_period_together_or_not_at_all(store: Store) -> None:
    bad = PeriodData(start_date=START, closing_phase_date=date(2026, 1, 1))
    with pytest.raises(ValidationError):
        individual.start_client_period(store, ClientData(name="Ei Jää"), bad)
    assert individual.list_clients(store) == []
    made = individual.start_client_period(store, ClientData(name="Jää"), PeriodData(START))
    assert made.name == "Jää" and made.number == 1
