"""Program templates saved by the users (e.g. "Mikkelin malli"); the default lives in resources."""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from voimaa.models.base import Entity


class ProgramTemplate(Entity):
    __tablename__ = "program_template"

    name: Mapped[str] = mapped_column(String(200), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    # Same shape as resources/program/default.toml, parsed: {"session_minutes": .., "session": [..]}
    content: Mapped[dict[str, Any]] = mapped_column(JSON)
