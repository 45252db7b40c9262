"""The audit log: every export, print, deletion and erasure, and edits of saved forms."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from voimaa.models.base import Entity, utcnow


class AuditEvent(Entity):
    __tablename__ = "audit_event"

    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(200), default="")
    action: Mapped[str] = mapped_column(String(100), index=True)
    # Not a foreign key: the event outlives a deleted group.
    group_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    target: Mapped[str] = mapped_column(Text, default="")
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
