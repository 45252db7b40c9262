"""Goals in the client's own words (1–5 per period) and their ratings at the start, at each
review meeting and at the end, on the one scale of :mod:`voimaa.individual`."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from voimaa import audit
from voimaa.errors import LimitError, NotFoundError, ValidationError
from voimaa.i18n import translate
from voimaa.loaders import load_period
from voimaa.models import GoalRating, PeriodGoal, PeriodReview, RatingOccasion, WorkPeriod
from voimaa.store import Store

MAX_GOALS = 5
RATING_MIN = 0
RATING_MAX = 10
# Our choice: a goal counts as met when its last rating is at least 8 of 10 ("lähes perillä").
GOAL_MET_RATING = 8
GOAL_TEXT_LIMIT = 500


def validate_rating(value: int) -> int:
    """A rating 0–10, or a ValidationError for the user."""
    if (
        isinstance(value, bool)
        or not isinstance(value, int)
        or not RATING_MIN <= value <= RATING_MAX
    ):
        raise ValidationError(
            translate("Individual", "Arvio on kokonaisluku {low}–{high}.").format(
                low=RATING_MIN, high=RATING_MAX
            )
        )
    return value


def is_met(rating: int | None) -> bool:
    """Whether a goal with this last rating counts as met (the one rule, used everywhere)."""
    return rating is not None and rating >= GOAL_MET_RATING


@dataclass(frozen=True)
class RatingPoint:
    occasion: RatingOccasion
    rated_on: date
    value: int


@dataclass(frozen=True)
class GoalInfo:
    id: uuid.UUID
    period_id: uuid.UUID
    position: int
    text: str
    ratings: tuple[RatingPoint, ...]  # in date order: the history the chart draws

    def rating(self, occasion: RatingOccasion) -> int | None:
        """The last rating of that occasion (start, review, end), or None."""
        values = [r.value for r in self.ratings if r.occasion == occasion]
        return values[-1] if values else None

    @property
    def start(self) -> int | None:
        return self.rating(RatingOccasion.START)

    @property
    def end(self) -> int | None:
        return self.rating(RatingOccasion.END)

    @property
    def latest(self) -> int | None:
        return self.ratings[-1].value if self.ratings else None

    @property
    def met(self) -> bool:
        """Met by its end rating (or, before the end, by the latest one)."""
        return is_met(self.end if self.end is not None else self.latest)


def _order(r: GoalRating) -> tuple[date, int]:
    rank = {RatingOccasion.START: 0, RatingOccasion.REVIEW: 1, RatingOccasion.END: 2}
    return (r.rated_on, rank[RatingOccasion(r.occasion)])


def goal_info(g: PeriodGoal) -> GoalInfo:
    return GoalInfo(
        g.id,
        g.period_id,
        g.position,
        g.text,
        tuple(
            RatingPoint(RatingOccasion(r.occasion), r.rated_on, r.value)
            for r in sorted(g.ratings, key=_order)
        ),
    )


def _clean_text(text: str) -> str:
    cleaned = text.strip()
    if not cleaned:
        raise ValidationError(translate("Individual", "Kirjoita tavoite asiakkaan omin sanoin."))
    if len(cleaned) > GOAL_TEXT_LIMIT:
        raise ValidationError(
            translate(
                "Individual", "Teksti on liian pitkä (enintään {n} merkkiä). Lyhennä sitä."
            ).format(n=GOAL_TEXT_LIMIT)
        )
    return cleaned


def _load_goal(s: Session, goal_id: uuid.UUID) -> PeriodGoal:
    goal = s.get(PeriodGoal, goal_id)
    if goal is None:
        raise NotFoundError(translate("Individual", "Tavoitetta ei löydy. Se on ehkä poistettu."))
    return goal


def list_goals(store: Store, period_id: uuid.UUID) -> list[GoalInfo]:
    with store.session() as s:
        return [goal_info(g) for g in load_period(s, period_id).goals]


def add_goal(store: Store, period_id: uuid.UUID, text: str) -> GoalInfo:
    """A new goal at the end of the period's list; a sixth is refused."""
    cleaned = _clean_text(text)
    with store.session() as s:
        period = load_period(s, period_id)
        if len(period.goals) >= MAX_GOALS:
            raise LimitError(
                translate(
                    "Individual",
                    "Jaksolla on jo {n} tavoitetta, mikä on enimmäismäärä. Yhdistä tai poista "
                    "tavoite ennen uuden lisäämistä.",
                ).format(n=MAX_GOALS)
            )
        position = max((g.position for g in period.goals), default=0) + 1
        goal = PeriodGoal(period=period, position=position, text=cleaned)
        s.add(goal)
        s.flush()
        return goal_info(goal)


def update_goal(store: Store, goal_id: uuid.UUID, text: str) -> GoalInfo:
    """Change a goal's wording; once the goal has been rated this is logged as an edit."""
    cleaned = _clean_text(text)
    with store.session() as s:
        goal = _load_goal(s, goal_id)
        if goal.text != cleaned and goal.ratings:
            audit.record(
                s,
                "period.goal.edit",
                target=goal.period.client.code,
                period=str(goal.period_id),
                goal=goal.position,
            )
        goal.text = cleaned
        s.flush()
        return goal_info(goal)


def remove_goal(store: Store, goal_id: uuid.UUID) -> None:
    """Delete a goal and its ratings (logged when it had ratings); the others keep their order."""
    with store.session() as s:
        goal = _load_goal(s, goal_id)
        period: WorkPeriod = goal.period
        if goal.ratings:
            audit.record(
                s,
                "period.goal.delete",
                target=period.client.code,
                period=str(period.id),
                goal=goal.position,
            )
        s.delete(goal)
        s.flush()
        s.expire(period, ["goals"])
        remaining = sorted(period.goals, key=lambda g: g.position)
        for number, other in enumerate(remaining, start=1):
            other.position = -number  # out of the way of the unique (period, position)
        s.flush()
        for other in remaining:
            other.position = -other.position


def _checked(period: WorkPeriod, values: Mapping[uuid.UUID, int]) -> dict[uuid.UUID, int]:
    known = {g.id for g in period.goals}
    if not values:
        raise ValidationError(translate("Individual", "Anna arvio ainakin yhdelle tavoitteelle."))
    if set(values) - known:
        raise NotFoundError(translate("Individual", "Tavoitetta ei löydy. Se on ehkä poistettu."))
    return {goal_id: validate_rating(v) for goal_id, v in values.items()}


def rate_goals(
    store: Store,
    period_id: uuid.UUID,
    occasion: RatingOccasion,
    rated_on: date,
    values: Mapping[uuid.UUID, int],
) -> list[GoalInfo]:
    """Save the start or end ratings of the goals. One start and one end rating per goal:
    rating again replaces it, and changing a saved rating is logged (which goals, never the
    values). Review ratings are saved with :func:`save_review`."""
    occasion = RatingOccasion(occasion)
    if occasion == RatingOccasion.REVIEW:
        raise ValueError("review ratings belong to a review: use save_review")
    with store.session() as s:
        period = load_period(s, period_id)
        checked = _checked(period, values)
        changed: list[int] = []
        for goal in period.goals:
            if goal.id not in checked:
                continue
            old = next((r for r in goal.ratings if r.occasion == occasion), None)
            if old is None:
                goal.ratings.append(GoalRating(occasion=occasion, rated_on=rated_on, value=0))
                old = goal.ratings[-1]
            elif (old.value, old.rated_on) != (checked[goal.id], rated_on):
                changed.append(goal.position)
            old.value = checked[goal.id]
            old.rated_on = rated_on
        if changed:
            audit.record(
                s,
                "period.rating.edit",
                target=period.client.code,
                period=str(period.id),
                occasion=occasion.value,
                goals=changed,
            )
        s.flush()
        return [goal_info(g) for g in period.goals]


# ----- review meetings -------------------------------------------------------------------------


@dataclass(frozen=True)
class ReviewInfo:
    id: uuid.UUID
    period_id: uuid.UUID
    held_on: date
    note: str  # sensitive: shown only when asked for
    ratings: dict[uuid.UUID, int]  # goal id → rating


def _review_info(r: PeriodReview) -> ReviewInfo:
    return ReviewInfo(r.id, r.period_id, r.held_on, r.note, {x.goal_id: x.value for x in r.ratings})


def list_reviews(store: Store, period_id: uuid.UUID) -> list[ReviewInfo]:
    with store.session() as s:
        return [_review_info(r) for r in load_period(s, period_id).reviews]


def save_review(
    store: Store,
    period_id: uuid.UUID,
    held_on: date,
    values: Mapping[uuid.UUID, int],
    *,
    note: str = "",
    review_id: uuid.UUID | None = None,
) -> ReviewInfo:
    """A review meeting (arviointipalaveri) with the goals rated again; with `review_id` the
    saved review is changed, and that edit is logged (never the note or the values)."""
    if len(note) > 20000:
        raise ValidationError(
            translate(
                "Individual", "Teksti on liian pitkä (enintään {n} merkkiä). Lyhennä sitä."
            ).format(n=20000)
        )
    with store.session() as s:
        period = load_period(s, period_id)
        checked = _checked(period, values)
        if review_id is None:
            review = PeriodReview(period=period, held_on=held_on, note=note.strip())
            s.add(review)
            s.flush()
        else:
            found = s.get(PeriodReview, review_id)
            if found is None or found.period_id != period_id:
                raise NotFoundError(
                    translate("Individual", "Arviointipalaveria ei löydy. Se on ehkä poistettu.")
                )
            review = found
            audit.record(s, "period.review.edit", target=period.client.code, period=str(period.id))
            review.held_on = held_on
            review.note = note.strip()
            for rating in list(review.ratings):
                s.delete(rating)
            s.flush()
            s.expire(review, ["ratings"])
        for goal_id, value in checked.items():
            s.add(
                GoalRating(
                    goal_id=goal_id,
                    review_id=review.id,
                    occasion=RatingOccasion.REVIEW,
                    rated_on=held_on,
                    value=value,
                )
            )
        s.flush()
        s.expire(review, ["ratings"])
        return _review_info(review)


def delete_review(store: Store, review_id: uuid.UUID) -> None:
    """Delete a review meeting with the ratings given in it (logged, never the note)."""
    with store.session() as s:
        review = s.get(PeriodReview, review_id)
        if review is None:
            return
        audit.record(
            s,
            "period.review.delete",
            target=review.period.client.code,
            period=str(review.period_id),
        )
        for rating in list(review.ratings):  # they would stay behind as ratings of no review
            s.delete(rating)
        s.delete(review)


def goals_met_share(goals: list[GoalInfo]) -> tuple[int, int]:
    """(met, rated): how many of the rated goals count as met."""
    rated = [g for g in goals if g.ratings]
    return sum(1 for g in rated if g.met), len(rated)


def ratings_by_goal(s: Session, period_id: uuid.UUID) -> list[GoalInfo]:
    """The period's goals inside the caller's unit of work (for reports)."""
    return [
        goal_info(g)
        for g in s.scalars(
            select(PeriodGoal)
            .where(PeriodGoal.period_id == period_id)
            .order_by(PeriodGoal.position)
        )
    ]
