"""Experts shared across groups, and their visits to sessions."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from voimaa.models.base import Entity

if TYPE_CHECKING:
    from voimaa.models.session import GroupSession


class Expert(Entity):
    __tablename__ = "expert"

    name: Mapped[str] = mapped_column(String(200))
    organisation: Mapped[str] = mapped_column(String(200), default="")
    field: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    visits: Mapped[list[SessionExpert]] = relationship(
        back_populates="expert", cascade="all, delete-orphan"
    )


class SessionExpert(Entity):
    """An expert assigned to a session."""

    __tablename__ = "session_expert"
    __table_args__ = (UniqueConstraint("session_id", "expert_id"),)

    session_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("session.id", ondelete="CASCADE"), index=True
    )
    expert_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("expert.id", ondelete="CASCADE"), index=True
    )
    note: Mapped[str] = mapped_column(Text, default="")

    session: Mapped[GroupSession] = relationship(back_populates="experts")
    expert: Mapped[Expert] = relationship(back_populates="visits")
