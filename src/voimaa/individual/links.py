"""The same person in a group and in individual work: the participants a client may be linked
to (optional; a client without a link is just as complete)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select

from voimaa.models import Group, Participant
from voimaa.store import Store


@dataclass(frozen=True)
class ParticipantChoice:
    id: uuid.UUID
    code: str
    name: str
    group_name: str


def participant_choices(store: Store) -> list[ParticipantChoice]:
    """Every group's participants (waiting list and those who left too), by name then group."""
    with store.session() as s:
        rows = s.execute(
            select(Participant.id, Participant.code, Participant.name, Group.name).join(
                Group, Group.id == Participant.group_id
            )
        ).all()
    choices = [ParticipantChoice(r[0], r[1], r[2], r[3]) for r in rows]
    return sorted(choices, key=lambda c: (c.name.casefold(), c.group_name.casefold(), c.code))
