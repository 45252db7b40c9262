"""The group's budget: editable categories and lines. Money is integer cents."""

from __future__ import annotations

import uuid
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from voimaa.models.base import Entity

if TYPE_CHECKING:
    from voimaa.models.group import Group


class BudgetCategory(Entity):
    __tablename__ = "budget_category"

    group_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("group.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(default=0)

    group: Mapped[Group] = relationship(back_populates="budget_categories")
    lines: Mapped[list[BudgetLine]] = relationship(back_populates="category")


class BudgetLine(Entity):
    __tablename__ = "budget_line"

    group_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("group.id", ondelete="CASCADE"), index=True
    )
    category_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("budget_category.id", ondelete="SET NULL"), index=True
    )
    session_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("session.id", ondelete="SET NULL"), index=True
    )
    date: Mapped[date | None]
    description: Mapped[str] = mapped_column(Text, default="")
    planned_cents: Mapped[int] = mapped_column(default=0)
    actual_cents: Mapped[int | None]
    receipt_ref: Mapped[str] = mapped_column(String(200), default="")
    paid_by: Mapped[str] = mapped_column(String(200), default="")

    group: Mapped[Group] = relationship(back_populates="budget_lines")
    category: Mapped[BudgetCategory | None] = relationship(back_populates="lines")
