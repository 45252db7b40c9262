"""Core corrections of individual work: deleting a review takes its ratings with it; the
participants a client may be linked to."""

from __future__ import annotations

from datetime import date

from voimaa import groups, individual, roster
from voimaa.models import RatingOccasion
from voimaa.store import Store


def test_deleting_a_review_deletes_its_ratings_only(store: Store) -> None:
    client = individual.create_client(store, individual.ClientData(name="Arvio Poistuu"))
    period = individual.create_period(
        store, client.id, individual.PeriodData(start_date=date(2026, 9, 1))
    )
    goal = individual.add_goal(store, period.id, "Käyn kaupassa")
    individual.rate_goals(store, period.id, RatingOccasion.START, date(2026, 9, 1), {goal.id: 2})
    review = individual.save_review(store, period.id, date(2026, 10, 1), {goal.id: 5})
    individual.save_review(store, period.id, date(2026, 11, 1), {goal.id: 6})
    individual.delete_review(store, review.id)
    [g] = individual.list_goals(store, period.id)
    assert [(r.occasion, r.value) for r in g.ratings] == [
        (RatingOccasion.START, 2),
        (RatingOccasion.REVIEW, 6),
    ]
    assert [r.held_on for r in individual.list_reviews(store, period.id)] == [date(2026, 11, 1)]


def test_participant_choices_are_every_groups_participants_by_name(demo_store: Store) -> None:
    choices = individual.participant_choices(demo_store)
    expected = {
        (p.id, p.code, p.name, g.name)
        for g in groups.list_groups(demo_store)
        for p in roster.list_participants(demo_store, g.id)
    }
    assert {(c.id, c.code, c.name, c.group_name) for c in choices} == expected
    assert [c.name.casefold() for c in choices] == sorted(c.name.casefold() for c in choices)
