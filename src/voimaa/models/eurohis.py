"""EUROHIS-8 responses. Answers are stored 1 = worst … 5 = best, whatever the printed order.

A form belongs either to a group participant or to an individual work period (exactly one of
the two links is set); the scoring, entry and before/after rules are the same for both.
"""

from __future__ import annotations

import enum
import uuid
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, ForeignKey, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from voimaa.models.base import Entity, str_enum

if TYPE_CHECKING:
    from voimaa.models.individual import WorkPeriod
    from voimaa.models.participant import Participant


class Phase(enum.StrEnum):
    BEFORE = "alku"
    AFTER = "loppu"


class WordingVersion(enum.StrEnum):
    """Which printed Finnish version the answers were read from."""

    THL_ATH = "thl_ath"  # THL ATH/FinSote, "te" form (default)
    FINMONIK = "finmonik"  # THL FinMonik, "sinä" form, satisfaction answers printed reversed


ITEM_COLUMNS = ("q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8")


def _answer_check(column: str) -> CheckConstraint:
    return CheckConstraint(
        f"{column} IS NULL OR ({column} BETWEEN 1 AND 5)", name=f"{column}_range"
    )


class EurohisResponse(Entity):
    __tablename__ = "eurohis_response"
    __table_args__ = (
        UniqueConstraint("participant_id", "phase"),
        UniqueConstraint("period_id", "phase"),
        CheckConstraint("(participant_id IS NULL) != (period_id IS NULL)", name="one_owner"),
        *(_answer_check(c) for c in ITEM_COLUMNS),
    )

    participant_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), index=True
    )
    period_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("work_period.id", ondelete="CASCADE"), index=True
    )
    phase: Mapped[Phase] = mapped_column(str_enum(Phase, "eurohis_phase"))
    filled_on: Mapped[date | None]
    wording: Mapped[WordingVersion] = mapped_column(
        str_enum(WordingVersion, "eurohis_wording"), default=WordingVersion.THL_ATH
    )
    q1: Mapped[int | None]
    q2: Mapped[int | None]
    q3: Mapped[int | None]
    q4: Mapped[int | None]
    q5: Mapped[int | None]
    q6: Mapped[int | None]
    q7: Mapped[int | None]
    q8: Mapped[int | None]

    participant: Mapped[Participant | None] = relationship(back_populates="eurohis")
    period: Mapped[WorkPeriod | None] = relationship(back_populates="eurohis")

    @property
    def answers(self) -> tuple[int | None, ...]:
        return tuple(getattr(self, c) for c in ITEM_COLUMNS)
