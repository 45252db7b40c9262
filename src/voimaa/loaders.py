"""Loading one row by id inside a unit of work, with one "not found" message per kind of row.

Every capability loads groups, sessions and participants through these functions, so a row
deleted in another window always gives the user the same Finnish message.
"""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from voimaa.errors import NotFoundError
from voimaa.i18n import translate
from voimaa.models import Client, Group, GroupSession, Participant, WorkPeriod


def load_group(s: Session, group_id: uuid.UUID) -> Group:
    """The group row, or a NotFoundError with a message for the user."""
    group = s.get(Group, group_id)
    if group is None:
        raise NotFoundError(translate("Loaders", "Ryhmää ei löydy. Se on ehkä poistettu."))
    return group


def load_session(s: Session, session_id: uuid.UUID) -> GroupSession:
    """The session (meeting) row, or a NotFoundError with a message for the user."""
    session = s.get(GroupSession, session_id)
    if session is None:
        raise NotFoundError(
            translate("Loaders", "Kertaa ei löydy. Se on ehkä poistettu. Valitse kerta uudelleen.")
        )
    return session


def load_participant(s: Session, participant_id: uuid.UUID) -> Participant:
    """The participant row, or a NotFoundError with a message for the user."""
    participant = s.get(Participant, participant_id)
    if participant is None:
        raise NotFoundError(
            translate("Loaders", "Osallistujaa ei löydy. Hänen tietonsa on ehkä poistettu.")
        )
    return participant


def load_client(s: Session, client_id: uuid.UUID) -> Client:
    """The individual-work client row, or a NotFoundError with a message for the user."""
    client = s.get(Client, client_id)
    if client is None:
        raise NotFoundError(
            translate("Loaders", "Asiakasta ei löydy. Hänen tietonsa on ehkä poistettu.")
        )
    return client


def load_period(s: Session, period_id: uuid.UUID) -> WorkPeriod:
    """The individual work period row, or a NotFoundError with a message for the user."""
    period = s.get(WorkPeriod, period_id)
    if period is None:
        raise NotFoundError(
            translate("Loaders", "Yksilötyön jaksoa ei löydy. Se on ehkä poistettu.")
        )
    return period
