"""The demo's individual work: a few finished and ongoing fictitious periods, so that every
individual-work screen and export has something real to show. Made through the core's own
functions (so the demo obeys every rule), inside :func:`voimaa.demo.create_demo`'s transaction.

All people are fictitious; one of them is also in the demo group (linked to that participant).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from voimaa import eurohis, individual
from voimaa.individual import ClientData, MeetingData, Outcome, PeriodData
from voimaa.models import GoalsMet, MeetingPlace, NextStep, Phase, RatingOccasion
from voimaa.store import Store


@dataclass(frozen=True)
class _Plan:
    name: str
    worker: str
    place: str
    start_days_ago: int
    length_days: int | None  # None: still going on
    goals: tuple[tuple[str, tuple[int, ...]], ...]  # text, ratings start, reviews…, end
    meeting_gaps: tuple[int, ...]  # days between meetings, from the start
    before: tuple[int, ...] | None
    after: tuple[int, ...] | None
    outcome: tuple[GoalsMet, NextStep, str] | None
    linked_participant: str | None = None
    consent: bool = True


_PLANS = (
    _Plan(
        "Pekka Perustapaus",
        "Sari Sosiaalityöntekijä",
        "Juva",
        200,
        180,
        (
            ("Herään arkisin ennen kymmentä", (2, 5, 8)),
            ("Maksan laskut ajallaan", (3, 6, 9)),
            ("Käyn kerran viikossa jossain kodin ulkopuolella", (1, 3, 5)),
        ),
        (0, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 14, 14, 14, 14, 14),
        (2, 2, 2, 3, 2, 3, 1, 3),
        (3, 3, 3, 4, 3, 3, 2, 4),
        (GoalsMet.PARTLY, NextStep.WORK_ACTIVITY, "Seurakunnan kierrätyskeskus"),
    ),
    _Plan(
        "Mikko Mallikas",
        "Sari Sosiaalityöntekijä",
        "Juva",
        75,
        None,
        (
            ("Nukun yöllä ja olen päivällä hereillä", (3, 5)),
            ("Käyn kalassa kaverin kanssa", (2, 4)),
        ),
        (0, 7, 7, 7, 7, 7, 7, 7, 7, 7),
        (3, 2, 2, 3, 3, 2, 2, 4),
        None,
        None,
        linked_participant="Mikko Mallikas",
    ),
    _Plan(
        "Helena Harjoittelija",
        "Marja Ohjaaja",
        "Mikkeli",
        560,
        190,
        (
            ("Selvitän, mitä haluaisin opiskella", (4, 7, 9)),
            ("Liikun kaksi kertaa viikossa", (2, 6, 8)),
        ),
        (0, 7, 7, 7, 7, 7, 7, 7, 14, 14, 14, 14, 14, 21, 21),
        (3, 3, 2, 3, 3, 4, 2, 3),
        (4, 4, 3, 4, 4, 4, 3, 4),
        (GoalsMet.FULLY, NextStep.STUDIES, "Aikuislukio"),
    ),
    _Plan(
        "Ossi Oppija",
        "Marja Ohjaaja",
        "Mikkeli",
        12,
        None,
        (("Saan asuntoni siistiksi", (2,)),),
        (0, 7),
        (2, 3, 2, 2, 3, 3, 1, 3),
        None,
        None,
        consent=False,
    ),
)

_PLACES = (MeetingPlace.HOME, MeetingPlace.OFFICE, MeetingPlace.HOME, MeetingPlace.OUTREACH)
_TOPIC_ROUNDS = (
    ("päivärytmi", "arjen hallinta"),
    ("talous ja asiointi",),
    ("asuminen", "arjen hallinta"),
    ("harrastukset", "sosiaaliset suhteet"),
    ("palveluihin ohjaus",),
)
_CHAPTERS = ("paivarytmi", "talous", "vahvuudet", "")


def add_individual_demo(store: Store, today: date, participants: dict[str, uuid.UUID]) -> None:
    """Add the demo clients and periods (dates relative to `today`); `participants` maps the
    demo group's names to participant ids, for the one linked client."""
    places: dict[str, uuid.UUID] = {}
    for plan in _PLANS:
        client = individual.create_client(
            store,
            ClientData(
                name=plan.name,
                own_worker=plan.worker,
                participant_id=participants.get(plan.linked_participant or ""),
                consent_coordinator=plan.consent,
            ),
            today=today,
        )
        start = today - timedelta(days=plan.start_days_ago)
        end = None if plan.length_days is None else start + timedelta(days=plan.length_days)
        horizon = end or today
        span = (horizon - start).days
        period = individual.create_period(
            store,
            client.id,
            PeriodData(
                start_date=start,
                place=plan.place,
                decision_date=start - timedelta(days=10),
                decision_reference=f"SOSK-{start.year}-{100 + len(plan.name)}",
                decided_until=start + timedelta(days=365),
                work_phase_date=start + timedelta(days=28) if span >= 28 else None,
                closing_phase_date=(end - timedelta(days=30) if end is not None else None),
            ),
        )
        goal_ids = [individual.add_goal(store, period.id, text).id for text, _ in plan.goals]
        individual.rate_goals(
            store,
            period.id,
            RatingOccasion.START,
            start,
            {g: r[0] for g, (_, r) in zip(goal_ids, plan.goals, strict=True)},
        )
        reviews = max(len(r) for _, r in plan.goals) - (2 if end is not None else 1)
        for k in range(reviews):
            individual.save_review(
                store,
                period.id,
                start + timedelta(days=span * (k + 1) // (reviews + 1)),
                {g: r[1 + k] for g, (_, r) in zip(goal_ids, plan.goals, strict=True)},
                note="Arviointipalaveri omatyöntekijän kanssa; suunnitelma päivitettiin.",
            )
        day = start
        for i, gap in enumerate(plan.meeting_gaps):
            day += timedelta(days=gap)
            if day > horizon:
                break
            chapter = _CHAPTERS[i % len(_CHAPTERS)]
            individual.add_meeting(
                store,
                period.id,
                MeetingData(
                    day,
                    minutes=60 if i % 3 else 90,
                    place=_PLACES[i % len(_PLACES)],
                    topics=_TOPIC_ROUNDS[i % len(_TOPIC_ROUNDS)],
                    chapters=(chapter,) if chapter else (),
                    note="Sovittiin seuraavasta askeleesta." if i % 4 == 1 else "",
                ),
            )
        if plan.before is not None:
            eurohis.save_period_response(
                store, period.id, Phase.BEFORE, plan.before, filled_on=start
            )
        if end is not None and plan.outcome is not None:
            individual.rate_goals(
                store,
                period.id,
                RatingOccasion.END,
                end,
                {g: r[-1] for g, (_, r) in zip(goal_ids, plan.goals, strict=True)},
            )
            if plan.after is not None:
                eurohis.save_period_response(
                    store, period.id, Phase.AFTER, plan.after, filled_on=end
                )
            met, step, detail = plan.outcome
            individual.end_period(store, period.id, Outcome(end, met, step, detail))
            places.setdefault(plan.place, period.id)
    _add_feedback(store, today, places)


# Returned feedback forms (fictitious): last year's pool of one place is shown (three forms,
# the year is over); this year's single form of another is only counted.
_FEEDBACK = (
    (1, {"tyoskentely_kuunneltiin": 5, "hyoty_arki": 4}, "Kotikäynnit ja rauhallisuus."),
    (1, {"tyoskentely_kuunneltiin": 4, "hyoty_arki": 4, "tapaamiset_tiheys": 3}, ""),
    (1, {"tyoskentely_kuunneltiin": 5, "hyoty_arki": 3}, "Sain apua laskujen kanssa."),
    (0, {"tyoskentely_kuunneltiin": 4}, "Tapaamisia olisi saanut olla enemmän."),
)


def _add_feedback(store: Store, today: date, places: dict[str, uuid.UUID]) -> None:
    from voimaa.individual import feedback

    ended = list(places.values())
    for years_ago, ratings, text in _FEEDBACK:
        period_id = ended[-1] if years_ago else ended[0]
        feedback.save_period_feedback(
            store,
            period_id,
            ratings,
            {"parasta": text} if text else {},
            today=date(today.year - years_ago, 6, 1),
        )
