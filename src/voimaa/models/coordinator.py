"""The coordinator's store of imported group and period exports (pseudonymised, no names)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, String
from sqlalchemy.orm import Mapped, mapped_column

from voimaa.models.base import Entity, utcnow


class ImportedGroup(Entity):
    """One group's coordinator export; importing the same group again replaces this row."""

    __tablename__ = "imported_group"

    source_group_id: Mapped[uuid.UUID] = mapped_column(unique=True)
    schema_version: Mapped[int]
    place: Mapped[str] = mapped_column(String(200), default="")
    mode: Mapped[str] = mapped_column(String(20), default="")
    start_date: Mapped[date | None]
    end_date: Mapped[date | None]
    source_file: Mapped[str] = mapped_column(String(500), default="")
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)


class ImportedPeriods(Entity):
    """One worker's individual-work periods export; importing the same source again replaces
    this row (the source id is random per store, never derived from a person)."""

    __tablename__ = "imported_periods"

    source_id: Mapped[uuid.UUID] = mapped_column(unique=True)
    schema_version: Mapped[int]
    exported_on: Mapped[date]
    periods: Mapped[int] = mapped_column(default=0)
    source_file: Mapped[str] = mapped_column(String(500), default="")
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
