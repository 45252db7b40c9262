"""Sessions of a group's program, their parts and material links."""

from __future__ import annotations

import enum
import uuid
from datetime import date, time
from typing import TYPE_CHECKING, Any

from sqlalchemy import JSON, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from voimaa.models.base import Entity, str_enum

if TYPE_CHECKING:
    from voimaa.models.attendance import AttendanceMark
    from voimaa.models.expert import SessionExpert
    from voimaa.models.group import Group


class PartKind(enum.StrEnum):
    INFO = "tietoa"
    DISCUSSION = "keskustelu"
    ACTIVITY = "tekeminen"
    COFFEE = "kahvi"
    OTHER = "muu"


class MaterialKind(enum.StrEnum):
    URL = "url"
    FILE = "file"


class GroupSession(Entity):
    """One meeting of the group (number 1–8)."""

    __tablename__ = "session"

    group_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("group.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[int]
    date: Mapped[date | None]
    start_time: Mapped[time | None]
    place: Mapped[str] = mapped_column(String(200), default="")
    topic: Mapped[str] = mapped_column(String(200), default="")
    goals: Mapped[str] = mapped_column(Text, default="")
    materials: Mapped[list[str]] = mapped_column(JSON, default=list)
    discussion_questions: Mapped[list[str]] = mapped_column(JSON, default=list)
    suggested_expert: Mapped[str] = mapped_column(String(200), default="")
    workbook_chapter: Mapped[str] = mapped_column(String(100), default="")
    forms: Mapped[list[str]] = mapped_column(JSON, default=list)
    # Key of the template session this one came from, for "restore default content".
    template_key: Mapped[str] = mapped_column(String(100), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    extra: Mapped[dict[str, Any] | None] = mapped_column(JSON)

    group: Mapped[Group] = relationship(back_populates="sessions")
    parts: Mapped[list[SessionPart]] = relationship(
        back_populates="session", cascade="all, delete-orphan", order_by="SessionPart.position"
    )
    materials_links: Mapped[list[MaterialLink]] = relationship(
        back_populates="session", cascade="all, delete-orphan", order_by="MaterialLink.position"
    )
    experts: Mapped[list[SessionExpert]] = relationship(
        back_populates="session", cascade="all, delete-orphan"
    )
    attendance: Mapped[list[AttendanceMark]] = relationship(
        back_populates="session", cascade="all, delete-orphan"
    )


class SessionPart(Entity):
    """A part of a session: information, discussion, doing together, coffee or other."""

    __tablename__ = "session_part"

    session_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("session.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[PartKind] = mapped_column(str_enum(PartKind, "part_kind"))
    title: Mapped[str] = mapped_column(String(200), default="")
    minutes: Mapped[int] = mapped_column(default=0)
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(default=0)

    session: Mapped[GroupSession] = relationship(back_populates="parts")


class MaterialLink(Entity):
    """A link to material for a session: a web address or a file on the laptop."""

    __tablename__ = "material_link"

    session_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("session.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(200))
    kind: Mapped[MaterialKind] = mapped_column(
        str_enum(MaterialKind, "material_kind"), default=MaterialKind.URL
    )
    target: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(default=0)

    session: Mapped[GroupSession] = relationship(back_populates="materials_links")
