"""Erasing an individual-work client: every period with everything about it, and the log's
mentions of them, as for a group participant (:func:`voimaa.roster.erase_participant`)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select, text

from voimaa import audit
from voimaa.loaders import load_client
from voimaa.models import (
    Client,
    EurohisResponse,
    GoalRating,
    PeriodGoal,
    PeriodMeeting,
    PeriodReview,
)
from voimaa.store import Store


@dataclass(frozen=True)
class ClientErasure:
    """Exactly what erasing a client removes, for the confirmation."""

    client_id: uuid.UUID
    name: str
    code: str
    periods: int
    goals: int
    ratings: int
    meetings: int
    reviews: int
    eurohis_forms: int
    log_mentions: int


def _client_tokens(c: Client) -> list[str]:
    tokens = [str(c.id), c.id.hex, c.code, c.name]
    for p in c.periods:
        tokens += [str(p.id), p.id.hex]
    return [t for t in tokens if t]


def describe_client_erasure(store: Store, client_id: uuid.UUID) -> ClientErasure:
    with store.session() as s:
        c = load_client(s, client_id)
        goals = [g for p in c.periods for g in p.goals]
        return ClientErasure(
            client_id=c.id,
            name=c.name,
            code=c.code,
            periods=len(c.periods),
            goals=len(goals),
            ratings=sum(len(g.ratings) for g in goals),
            meetings=sum(len(p.meetings) for p in c.periods),
            reviews=sum(len(p.reviews) for p in c.periods),
            eurohis_forms=sum(len(p.eurohis) for p in c.periods),
            log_mentions=len(audit.mentioning(s, _client_tokens(c))),
        )


def erase_client(store: Store, client_id: uuid.UUID) -> ClientErasure:
    """Remove the client and everything about them: every period with its goals, ratings,
    meetings (notes included), reviews and EUROHIS-8 forms, and any mention in the log. The
    log keeps only that an erasure happened, by whom and when. A linked group participant is
    not touched. Deleted pages are overwritten in the file."""
    description = describe_client_erasure(store, client_id)
    with store.session() as s:
        s.execute(text("PRAGMA secure_delete=ON"))
        c = load_client(s, client_id)
        audit.scrub_mentions(s, _client_tokens(c))
        audit.scrub_export_targets(s, c.name)
        period_ids = [p.id for p in c.periods]
        goal_ids = list(
            s.scalars(select(PeriodGoal.id).where(PeriodGoal.period_id.in_(period_ids)))
        )
        for rating in s.scalars(select(GoalRating).where(GoalRating.goal_id.in_(goal_ids))):
            s.delete(rating)
        for model in (PeriodMeeting, PeriodReview, PeriodGoal, EurohisResponse):
            for row in s.scalars(select(model).where(model.period_id.in_(period_ids))):
                s.delete(row)
        s.flush()
        s.delete(c)
        audit.record(s, "client.erase")
    with store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return description
