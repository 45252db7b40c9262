"""Attendance marks: one per participant and session; no row means "not yet marked"."""

from __future__ import annotations

import enum
import uuid
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from voimaa.models.base import Entity, str_enum

if TYPE_CHECKING:
    from voimaa.models.participant import Participant
    from voimaa.models.session import GroupSession


class AttendanceStatus(enum.StrEnum):
    PRESENT = "lasna"
    ABSENT = "poissa"
    EXCUSED = "ilmoitettu"


class AttendanceMark(Entity):
    __tablename__ = "attendance_mark"
    __table_args__ = (UniqueConstraint("participant_id", "session_id"),)

    participant_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), index=True
    )
    session_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("session.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[AttendanceStatus] = mapped_column(
        str_enum(AttendanceStatus, "attendance_status")
    )

    participant: Mapped[Participant] = relationship(back_populates="attendance")
    session: Mapped[GroupSession] = relationship(back_populates="attendance")
