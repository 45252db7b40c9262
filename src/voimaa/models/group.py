"""The group aggregate: a peer group, its leader pair and its program of sessions."""

from __future__ import annotations

import enum
import uuid
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any

from sqlalchemy import JSON, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from voimaa.models.base import Entity, str_enum

if TYPE_CHECKING:
    from voimaa.models.budget import BudgetCategory, BudgetLine
    from voimaa.models.feedback import FeedbackResponse
    from voimaa.models.participant import Participant
    from voimaa.models.session import GroupSession


class GroupMode(enum.StrEnum):
    LOCAL = "lahi"
    REMOTE = "eta"


class GroupStatus(enum.StrEnum):
    PLANNED = "suunnitteilla"
    RUNNING = "kaynnissa"
    FINISHED = "paattynyt"


class Group(Entity):
    __tablename__ = "group"

    name: Mapped[str] = mapped_column(String(200))
    place: Mapped[str] = mapped_column(String(200), default="")
    mode: Mapped[GroupMode] = mapped_column(
        str_enum(GroupMode, "group_mode"), default=GroupMode.LOCAL
    )
    meeting_link: Mapped[str] = mapped_column(Text, default="")
    start_date: Mapped[date | None]
    start_time: Mapped[time | None]
    session_minutes: Mapped[int] = mapped_column(default=120)
    status: Mapped[GroupStatus] = mapped_column(
        str_enum(GroupStatus, "group_status"), default=GroupStatus.PLANNED
    )
    archived_at: Mapped[datetime | None]
    budget_limit_cents: Mapped[int] = mapped_column(default=0)
    notes: Mapped[str] = mapped_column(Text, default="")
    # The group's feedback form (statements and open questions), copied from a template at
    # creation so that later template edits never change what this group's answers mean.
    feedback_form: Mapped[dict[str, Any] | None] = mapped_column(JSON)

    leaders: Mapped[list[Leader]] = relationship(
        back_populates="group", cascade="all, delete-orphan", order_by="Leader.position"
    )
    sessions: Mapped[list[GroupSession]] = relationship(
        back_populates="group", cascade="all, delete-orphan", order_by="GroupSession.number"
    )
    participants: Mapped[list[Participant]] = relationship(
        back_populates="group", cascade="all, delete-orphan"
    )
    budget_categories: Mapped[list[BudgetCategory]] = relationship(
        back_populates="group", cascade="all, delete-orphan", order_by="BudgetCategory.position"
    )
    budget_lines: Mapped[list[BudgetLine]] = relationship(
        back_populates="group", cascade="all, delete-orphan"
    )
    feedback_responses: Mapped[list[FeedbackResponse]] = relationship(
        back_populates="group", cascade="all, delete-orphan"
    )


class Leader(Entity):
    """One of the group's leaders (usually a social counsellor and a developer)."""

    __tablename__ = "leader"

    group_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("group.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    position: Mapped[int] = mapped_column(default=0)

    group: Mapped[Group] = relationship(back_populates="leaders")
