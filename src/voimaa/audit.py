"""The audit log: who exported, printed, deleted or erased what, and when.

Events are written in the same transaction as the change they describe. An event never holds
a participant's personal data: after an erasure only the fact of the erasure remains.
"""

from __future__ import annotations

import getpass
import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import PurePath
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from voimaa.models import AuditEvent, Setting
from voimaa.store import Store

LEADER_SETTING = "audit.leader_name"  # the leader's own name, set in the program


def current_actor() -> str:
    """The logged-in user of this laptop (the leader using the program)."""
    try:
        return getpass.getuser()
    except Exception:  # no user name available (some service accounts)
        return ""


def record(
    session: Session,
    action: str,
    *,
    group_id: uuid.UUID | None = None,
    target: str = "",
    **details: Any,
) -> None:
    """Add an event to the log within the caller's unit of work (with the leader's name, when
    one is set in the program: :data:`LEADER_SETTING`)."""
    with session.no_autoflush:
        leader = session.scalar(select(Setting.value).where(Setting.key == LEADER_SETTING))
    if isinstance(leader, str) and leader.strip() and "leader" not in details:
        details = {**details, "leader": leader.strip()}
    session.add(
        AuditEvent(
            action=action,
            actor=current_actor(),
            group_id=group_id,
            target=target,
            details=details,
        )
    )


@dataclass(frozen=True)
class AuditEntry:
    at: datetime
    actor: str
    action: str
    group_id: uuid.UUID | None
    target: str
    details: dict[str, Any]


def list_events(
    store: Store, *, group_id: uuid.UUID | None = None, action: str | None = None
) -> list[AuditEntry]:
    """Events newest first, optionally for one group or one kind of action."""
    with store.session() as s:
        query = select(AuditEvent).order_by(AuditEvent.at.desc())
        if group_id is not None:
            query = query.where(AuditEvent.group_id == group_id)
        if action is not None:
            query = query.where(AuditEvent.action == action)
        return [
            AuditEntry(e.at, e.actor, e.action, e.group_id, e.target, dict(e.details))
            for e in s.scalars(query)
        ]


def record_event(
    store: Store,
    action: str,
    *,
    group_id: uuid.UUID | None = None,
    target: str = "",
    **details: Any,
) -> None:
    """Log an event as its own unit of work (e.g. after a file was written)."""
    with store.session() as s:
        record(s, action, group_id=group_id, target=target, **details)


# ----- erasure of a person's mentions ----------------------------------------------------------

ERASED = "[poistettu]"


def _mentions(event: AuditEvent, tokens: list[str]) -> bool:
    blob = (event.target or "") + json.dumps(event.details or {}, ensure_ascii=False)
    return any(t.casefold() in blob.casefold() for t in tokens)


def _scrub(value: object, tokens: list[str]) -> object:
    if isinstance(value, str):
        return ERASED if any(t.casefold() in value.casefold() for t in tokens) else value
    if isinstance(value, list):
        return [_scrub(v, tokens) for v in value]
    if isinstance(value, dict):
        return {k: _scrub(v, tokens) for k, v in value.items()}
    return value


def mentioning(session: Session, tokens: list[str]) -> list[AuditEvent]:
    """Events whose target or details hold any of `tokens` (ids, a code, a name)."""
    return [e for e in session.scalars(select(AuditEvent)) if _mentions(e, tokens)]


def scrub_mentions(session: Session, tokens: list[str]) -> None:
    """Replace every text of the log that holds one of `tokens` with "[poistettu]"."""
    for event in mentioning(session, tokens):
        event.target = _scrub(event.target or "", tokens)  # type: ignore[assignment]
        event.details = _scrub(dict(event.details or {}), tokens)  # type: ignore[assignment]


def scrub_export_targets(session: Session, name: str) -> None:
    """Older export events named the written file, whose name may hold a surname: keep only
    the folder (as new events do), and not even that when it holds a part of the name."""
    parts = [t for t in name.replace("-", " ").split() if len(t) >= 3]
    for event in session.scalars(select(AuditEvent).where(AuditEvent.action.like("export.%"))):
        target = event.target or ""
        if not target or target == ERASED:
            continue
        folder = str(PurePath(target).parent) if PurePath(target).suffix else target
        if any(part.casefold() in folder.casefold() for part in parts):
            folder = ERASED
        if folder != target:
            event.target = folder
