"""User settings (e.g. EUROHIS-8 reliability and reference SD), one JSON value per key."""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, String
from sqlalchemy.orm import Mapped, mapped_column

from voimaa.models.base import Entity


class Setting(Entity):
    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), unique=True)
    value: Mapped[Any] = mapped_column(JSON)
