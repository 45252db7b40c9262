"""Intensified individual work (tehostettu yksilötyö): clients, their work periods, goals and
goal ratings, meetings and review meetings.

A client has a random pseudonymous code drawn from the same alphabet and the same code space as
group participants (:func:`voimaa.roster.new_code`), so a code never means two people. A client
may be linked to the same person's group participation; erasing either never erases the other.
One client can have several periods over the years. EUROHIS-8 forms of a period are ordinary
:class:`~voimaa.models.eurohis.EurohisResponse` rows tied to the period instead of to a
participant.
"""

from __future__ import annotations

import enum
import uuid
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import JSON, CheckConstraint, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from voimaa.models.base import Entity, str_enum

if TYPE_CHECKING:
    from voimaa.models.eurohis import EurohisResponse


class PeriodStatus(enum.StrEnum):
    ACTIVE = "kaynnissa"
    ENDED = "paattynyt"


class MeetingPlace(enum.StrEnum):
    OFFICE = "toimisto"
    HOME = "kotikaynti"
    REMOTE = "eta"
    OUTREACH = "asiointi"  # asiointi / jalkautuva työ


class RatingOccasion(enum.StrEnum):
    START = "alku"
    REVIEW = "arviointi"
    END = "loppu"


class GoalsMet(enum.StrEnum):
    FULLY = "taysin"
    PARTLY = "osittain"
    NOT = "ei"


class NextStep(enum.StrEnum):
    WORK_ACTIVITY = "kuntouttava_tyotoiminta"
    WORK_TRIAL = "tyokokeilu"
    STUDIES = "opiskelu"
    WORK = "tyo"
    PEER_SUPPORT = "jarjesto_vertaistuki"
    GROUP = "ryhmatoiminta"
    OTHER_SERVICE = "muu_palvelu"
    NONE = "ei_jatkoa"
    MOVED = "muutti"
    INTERRUPTED = "keskeytyi"


class Client(Entity):
    __tablename__ = "client"

    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    own_worker: Mapped[str] = mapped_column(String(200), default="")
    own_worker_contact: Mapped[str] = mapped_column(String(200), default="")
    # The same person's group participation, if the worker links it (never required).
    participant_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("participant.id", ondelete="SET NULL"), index=True
    )
    # Consent to pass the goal ratings and EUROHIS-8 answers (by code) to the coordinator.
    consent_coordinator: Mapped[bool] = mapped_column(default=False)
    consent_date: Mapped[date | None]

    periods: Mapped[list[WorkPeriod]] = relationship(
        back_populates="client", cascade="all, delete-orphan", order_by="WorkPeriod.start_date"
    )


class WorkPeriod(Entity):
    """One period of intensified individual work, from the decision to the end."""

    __tablename__ = "work_period"

    client_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("client.id", ondelete="CASCADE"), index=True
    )
    place: Mapped[str] = mapped_column(String(200), default="")
    # The decision on social rehabilitation (sosiaalihuoltolaki 38 §).
    decision_date: Mapped[date | None]
    decision_reference: Mapped[str] = mapped_column(String(100), default="")
    decided_until: Mapped[date | None]
    # The three phases begin on these dates; the period ends on end_date.
    start_date: Mapped[date]
    work_phase_date: Mapped[date | None]
    closing_phase_date: Mapped[date | None]
    end_date: Mapped[date | None]
    status: Mapped[PeriodStatus] = mapped_column(
        str_enum(PeriodStatus, "period_status"), default=PeriodStatus.ACTIVE
    )
    goals_met: Mapped[GoalsMet | None] = mapped_column(str_enum(GoalsMet, "period_goals_met"))
    next_step: Mapped[NextStep | None] = mapped_column(str_enum(NextStep, "period_next_step"))
    next_step_detail: Mapped[str] = mapped_column(String(200), default="")

    client: Mapped[Client] = relationship(back_populates="periods")
    goals: Mapped[list[PeriodGoal]] = relationship(
        back_populates="period", cascade="all, delete-orphan", order_by="PeriodGoal.position"
    )
    meetings: Mapped[list[PeriodMeeting]] = relationship(
        back_populates="period", cascade="all, delete-orphan", order_by="PeriodMeeting.held_on"
    )
    reviews: Mapped[list[PeriodReview]] = relationship(
        back_populates="period", cascade="all, delete-orphan", order_by="PeriodReview.held_on"
    )
    eurohis: Mapped[list[EurohisResponse]] = relationship(
        back_populates="period", cascade="all, delete-orphan"
    )


class PeriodGoal(Entity):
    """A goal in the client's own words (1–5 per period)."""

    __tablename__ = "period_goal"
    __table_args__ = (UniqueConstraint("period_id", "position"),)

    period_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("work_period.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int]
    text: Mapped[str] = mapped_column(Text)

    period: Mapped[WorkPeriod] = relationship(back_populates="goals")
    ratings: Mapped[list[GoalRating]] = relationship(
        back_populates="goal", cascade="all, delete-orphan", order_by="GoalRating.rated_on"
    )


class PeriodReview(Entity):
    """A review meeting (arviointipalaveri), where the goals are rated again."""

    __tablename__ = "period_review"

    period_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("work_period.id", ondelete="CASCADE"), index=True
    )
    held_on: Mapped[date]
    # Sensitive: shown only when asked for.
    note: Mapped[str] = mapped_column(Text, default="")

    period: Mapped[WorkPeriod] = relationship(back_populates="reviews")
    ratings: Mapped[list[GoalRating]] = relationship(back_populates="review")


class GoalRating(Entity):
    """How close to the goal the client says they are, 0–10 (see :mod:`voimaa.individual`)."""

    __tablename__ = "goal_rating"
    __table_args__ = (
        CheckConstraint("value BETWEEN 0 AND 10", name="value_range"),
        UniqueConstraint("goal_id", "occasion", "rated_on"),
    )

    goal_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("period_goal.id", ondelete="CASCADE"), index=True
    )
    review_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("period_review.id", ondelete="CASCADE"), index=True
    )
    occasion: Mapped[RatingOccasion] = mapped_column(str_enum(RatingOccasion, "rating_occasion"))
    rated_on: Mapped[date]
    value: Mapped[int]

    goal: Mapped[PeriodGoal] = relationship(back_populates="ratings")
    review: Mapped[PeriodReview | None] = relationship(back_populates="ratings")


class PeriodMeeting(Entity):
    """One meeting of the worker and the client."""

    __tablename__ = "period_meeting"
    __table_args__ = (CheckConstraint("minutes BETWEEN 0 AND 1440", name="minutes_range"),)

    period_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("work_period.id", ondelete="CASCADE"), index=True
    )
    held_on: Mapped[date]
    minutes: Mapped[int] = mapped_column(default=60)
    place: Mapped[MeetingPlace] = mapped_column(
        str_enum(MeetingPlace, "meeting_place"), default=MeetingPlace.OFFICE
    )
    # Topic labels as chosen from the editable list at the time (kept as typed, so a later
    # edit of the list never changes what an old meeting says).
    topics: Mapped[list[Any]] = mapped_column(JSON, default=list)
    # Workbook chapter ids used in the meeting.
    chapters: Mapped[list[Any]] = mapped_column(JSON, default=list)
    # Sensitive: hidden until asked for, as in the roster.
    note: Mapped[str] = mapped_column(Text, default="")

    period: Mapped[WorkPeriod] = relationship(back_populates="meetings")


class PeriodFeedback(Entity):
    """One filled feedback form of individual work, with no link to the client, the period or
    the worker: only the place and the year it was entered, so it is only ever shown pooled
    with the other forms of that place and year (:mod:`voimaa.individual.feedback`). Its
    timestamps are set to the start of the year, so they tell no more than `year`."""

    __tablename__ = "period_feedback"

    place: Mapped[str] = mapped_column(String(200), default="")
    year: Mapped[int]
    form: Mapped[dict[str, Any]] = mapped_column(JSON)  # the form as it was answered
    # statement key -> 1..5 or None when unanswered; open question key -> text as typed
    ratings: Mapped[dict[str, int | None]] = mapped_column(JSON, default=dict)
    open_answers: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
