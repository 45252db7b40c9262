"""Participants of a group: roster, intake and consent."""

from __future__ import annotations

import enum
import uuid
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from voimaa.models.base import Entity, str_enum

if TYPE_CHECKING:
    from voimaa.models.attendance import AttendanceMark
    from voimaa.models.eurohis import EurohisResponse
    from voimaa.models.feedback import FeedbackResponse
    from voimaa.models.group import Group


class ParticipantStatus(enum.StrEnum):
    ACTIVE = "aktiivinen"
    WAITING = "jonossa"
    LEFT = "lopettanut"


class Participant(Entity):
    __tablename__ = "participant"

    group_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("group.id", ondelete="CASCADE"), index=True
    )
    # Random pseudonymous code, never derived from the name (e.g. "K7M2-Q").
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    phone: Mapped[str] = mapped_column(String(100), default="")
    own_worker: Mapped[str] = mapped_column(String(200), default="")
    own_worker_contact: Mapped[str] = mapped_column(String(200), default="")
    intake_date: Mapped[date | None]
    intake_notes: Mapped[str] = mapped_column(Text, default="")
    interests: Mapped[str] = mapped_column(Text, default="")
    wishes: Mapped[str] = mapped_column(Text, default="")
    # Health and other sensitive notes: shown only where needed, marked as sensitive.
    considerations: Mapped[str] = mapped_column(Text, default="")
    consent_coordinator: Mapped[bool] = mapped_column(default=False)
    consent_date: Mapped[date | None]
    status: Mapped[ParticipantStatus] = mapped_column(
        str_enum(ParticipantStatus, "participant_status"), default=ParticipantStatus.ACTIVE
    )
    left_date: Mapped[date | None]
    left_reason: Mapped[str] = mapped_column(Text, default="")

    group: Mapped[Group] = relationship(back_populates="participants")
    attendance: Mapped[list[AttendanceMark]] = relationship(
        back_populates="participant", cascade="all, delete-orphan"
    )
    eurohis: Mapped[list[EurohisResponse]] = relationship(
        back_populates="participant", cascade="all, delete-orphan"
    )
    feedback: Mapped[list[FeedbackResponse]] = relationship(
        back_populates="participant", cascade="all, delete-orphan"
    )
