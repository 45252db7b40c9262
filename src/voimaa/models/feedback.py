"""Customer feedback responses: anonymous by default (no participant link)."""

from __future__ import annotations

import uuid
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import JSON, ForeignKey
from sqlalchemy.orm import Mapped, mapped_column, relationship

from voimaa.models.base import Entity

if TYPE_CHECKING:
    from voimaa.models.group import Group
    from voimaa.models.participant import Participant


class FeedbackResponse(Entity):
    __tablename__ = "feedback_response"

    group_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("group.id", ondelete="CASCADE"), index=True
    )
    participant_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), index=True
    )
    filled_on: Mapped[date | None]
    # statement key -> 1..5 (1 = täysin eri mieltä) or None when unanswered
    ratings: Mapped[dict[str, int | None]] = mapped_column(JSON, default=dict)
    # open question key -> text as typed
    open_answers: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)

    group: Mapped[Group] = relationship(back_populates="feedback_responses")
    participant: Mapped[Participant | None] = relationship(back_populates="feedback")
