"""The coordinator export's document: what one group's export holds and its JSON form.

Pure: no store and no queries. The dataclasses here are what the leaders' export builds, what
reading a file returns and what the combined report is computed from. The JSON document, its
canonical bytes and the checksum over them are written down in docs/coordinator-format.md.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from voimaa import __version__
from voimaa.i18n import translate
from voimaa.models import (
    AttendanceStatus,
    GroupMode,
    ParticipantStatus,
    Phase,
    WordingVersion,
)

FORMAT = "voimaa-coordinator"
SCHEMA_VERSION = 1
SUFFIX = ".zip"
JSON_MEMBER = "voimaa-koordinaattori.json"
XLSX_MEMBER = "voimaa-koordinaattori.xlsx"


# ----- the exported data ------------------------------------------------------------------------


@dataclass(frozen=True)
class SessionHeld:
    """A session that was held (at least one attendance mark): no notes, no expert names."""

    number: int
    date: date | None
    topic: str
    experts: int


@dataclass(frozen=True)
class EurohisForm:
    phase: Phase
    filled_on: date | None
    wording: WordingVersion
    answers: tuple[int | None, ...]  # stored 1 = worst … 5 = best


@dataclass(frozen=True)
class ExportedParticipant:
    """One consenting participant: the pseudonymous code and figures, nothing else."""

    code: str
    status: ParticipantStatus
    attendance: tuple[tuple[int, AttendanceStatus], ...]  # (session number, mark)
    forms: tuple[EurohisForm, ...]

    def form(self, phase: Phase) -> EurohisForm | None:
        return next((f for f in self.forms if f.phase == phase), None)


@dataclass(frozen=True)
class FeedbackItem:
    key: str
    area: str
    text: str


@dataclass(frozen=True)
class FeedbackAnswer:
    ratings: tuple[tuple[str, int | None], ...]
    open_answers: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class GroupExport:
    """One group's coordinator export (schema version 1)."""

    group_id: uuid.UUID
    place: str
    mode: GroupMode
    start_date: date | None
    end_date: date | None
    exported_on: date
    sessions: tuple[SessionHeld, ...]
    participants_total: int  # everyone who started (active or left), consenting or not
    participants_left: int
    participants: tuple[ExportedParticipant, ...]
    statements: tuple[FeedbackItem, ...]
    questions: tuple[FeedbackItem, ...]  # empty unless open texts are included
    feedback: tuple[FeedbackAnswer, ...]
    open_texts_included: bool
    budget_planned_cents: int
    budget_actual_cents: int
    program_version: str = __version__

    @property
    def eurohis_forms(self) -> int:
        return sum(len(p.forms) for p in self.participants)

    @property
    def place_label(self) -> str:
        """The place as reports group it: a remote group without a place is "Etäryhmä"."""
        if self.place:
            return self.place
        return (
            translate("Coordinator", "Etäryhmä")
            if self.mode == GroupMode.REMOTE
            else translate("Coordinator", "Paikka puuttuu")
        )


# ----- the document (JSON) ----------------------------------------------------------------------


def _iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def form_json(form: EurohisForm) -> dict[str, Any]:
    """One EUROHIS-8 form as the document holds it (group and periods exports alike)."""
    return {
        "phase": form.phase.value,
        "date": _iso(form.filled_on),
        "wording": form.wording.value,
        "answers": list(form.answers),
    }


def payload_of(export: GroupExport) -> dict[str, Any]:
    """The `payload` object of the JSON document (see docs/coordinator-format.md)."""
    return {
        "group_id": str(export.group_id),
        "place": export.place,
        "mode": export.mode.value,
        "start_date": _iso(export.start_date),
        "end_date": _iso(export.end_date),
        "exported_on": export.exported_on.isoformat(),
        "program_version": export.program_version,
        "sessions": [
            {"number": x.number, "date": _iso(x.date), "topic": x.topic, "experts": x.experts}
            for x in export.sessions
        ],
        "participants_total": export.participants_total,
        "participants_left": export.participants_left,
        "participants": [
            {
                "code": p.code,
                "status": p.status.value,
                "attendance": [{"session": n, "mark": m.value} for n, m in p.attendance],
                "eurohis": [form_json(f) for f in p.forms],
            }
            for p in export.participants
        ],
        "feedback": {
            "open_texts_included": export.open_texts_included,
            "statements": [
                {"key": i.key, "area": i.area, "text": i.text} for i in export.statements
            ],
            "questions": [{"key": i.key, "text": i.text} for i in export.questions],
            "responses": [
                {
                    "ratings": {k: v for k, v in a.ratings},
                    "open_answers": {k: v for k, v in a.open_answers},
                }
                for a in export.feedback
            ],
        },
        "budget": {
            "planned_cents": export.budget_planned_cents,
            "actual_cents": export.budget_actual_cents,
        },
    }


def canonical_bytes(payload: Mapping[str, Any]) -> bytes:
    """The bytes the checksum is computed over: sorted keys, no spaces, UTF-8."""
    return json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode(
        "utf-8"
    )


def document_of(export: GroupExport) -> dict[str, Any]:
    """The whole JSON document: format, version, payload and the checks against tampering."""
    payload = payload_of(export)
    return {
        "format": FORMAT,
        "schema_version": SCHEMA_VERSION,
        "payload": payload,
        "checks": {
            "participants": len(export.participants),
            "sessions": len(export.sessions),
            "eurohis_forms": export.eurohis_forms,
            "feedback_responses": len(export.feedback),
            "payload_sha256": hashlib.sha256(canonical_bytes(payload)).hexdigest(),
        },
    }


def document_bytes(export: GroupExport) -> bytes:
    """The JSON member of the export, human-readable (indented) UTF-8."""
    return json.dumps(document_of(export), ensure_ascii=False, indent=2).encode("utf-8")
