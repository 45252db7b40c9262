"""The regional coordinator's data: pseudonymised group exports, their import, and the combined
report over many groups and places.

A coordinator export is one ``.zip`` per group (see docs/coordinator-format.md) holding a
machine-readable JSON document (``"format": "voimaa-coordinator"``, ``"schema_version": 1``)
and the same figures as a workbook a person can read. It never holds anything that identifies a
person: no names, contact details, notes, intake information, considerations, own workers,
leaders, experts or budget receipts. Per participant it holds only the pseudonymous code, the
attendance marks and the EUROHIS-8 answers, and only for participants who consented.

Import refuses a file as a whole (``ImportRefusedError``) and then changes nothing. Aggregates
hide every count from 1 to 2 persons and every figure computed from fewer than 3 persons.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import statistics
import uuid
import zipfile
import zlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from voimaa import __version__, attendance, audit, eurohis, groups
from voimaa.errors import ImportRefusedError, NotFoundError, ValidationError
from voimaa.i18n import translate
from voimaa.models import (
    AttendanceMark,
    AttendanceStatus,
    FeedbackResponse,
    GroupMode,
    GroupSession,
    ImportedGroup,
    Participant,
    ParticipantStatus,
    Phase,
    WordingVersion,
)
from voimaa.models.base import utcnow
from voimaa.store import Store

FORMAT = "voimaa-coordinator"
SCHEMA_VERSION = 1
SUFFIX = ".zip"
JSON_MEMBER = "voimaa-koordinaattori.json"
XLSX_MEMBER = "voimaa-koordinaattori.xlsx"

# Limits checked before anything is decompressed (a zip bomb is refused unread).
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_MEMBERS = 8
MAX_JSON_BYTES = 5 * 1024 * 1024
MAX_TOTAL_UNCOMPRESSED = 30 * 1024 * 1024
MAX_RATIO = 200  # uncompressed / compressed for any member larger than 1 MB

MIN_CELL = 3  # aggregates hide counts 1–2 and figures computed from fewer than 3 persons
HIDDEN = "<3"

MAX_TEXT = 5000
MAX_SHORT_TEXT = 200
MAX_PARTICIPANTS = 100
MAX_SESSIONS = 50
MAX_FEEDBACK = 200
CODE_PATTERN = re.compile(r"^[0-9A-Z]{1,10}(?:-[0-9A-Z]{1,5})?$")


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


# ----- building an export from the leaders' store -----------------------------------------------


def _held_session_ids(s: Session, group_id: uuid.UUID) -> set[uuid.UUID]:
    rows = s.execute(
        select(AttendanceMark.session_id)
        .join(GroupSession, GroupSession.id == AttendanceMark.session_id)
        .where(GroupSession.group_id == group_id)
        .distinct()
    )
    return {r[0] for r in rows}


def build_export(
    store: Store,
    group_id: uuid.UUID,
    *,
    include_open_texts: bool = False,
    today: date | None = None,
) -> GroupExport:
    """Gather what a coordinator export of the group holds (nothing that identifies a person)."""
    today = today or date.today()
    with store.session() as s:
        group = groups.load_group(s, group_id)
        held_ids = _held_session_ids(s, group.id)
        all_dates = [x.date for x in group.sessions if x.date]
        sessions = tuple(
            SessionHeld(x.number, x.date, x.topic, len(x.experts))
            for x in sorted(group.sessions, key=lambda x: x.number)
            if x.id in held_ids
        )
        number_of = {x.id: x.number for x in group.sessions}
        started = [p for p in group.participants if p.status != ParticipantStatus.WAITING]
        consenting = sorted((p for p in started if p.consent_coordinator), key=lambda p: p.code)
        participants = tuple(_export_participant(p, number_of) for p in consenting)
        non_consenting = {p.id for p in group.participants if not p.consent_coordinator}
        form = group.feedback_form or {}
        statements = tuple(
            FeedbackItem(str(st.get("key", "")), str(st.get("area", "")), str(st.get("text", "")))
            for st in form.get("statement", [])
        )
        questions = (
            tuple(
                FeedbackItem(str(q.get("key", "")), "", str(q.get("text", "")))
                for q in form.get("question", [])
            )
            if include_open_texts
            else ()
        )
        feedback = tuple(
            _export_feedback(r, statements, questions, include_open_texts)
            for r in sorted(group.feedback_responses, key=_feedback_order)
            if r.participant_id not in non_consenting or r.participant_id is None
        )
        planned = sum(line.planned_cents for line in group.budget_lines)
        actual = sum(line.actual_cents or 0 for line in group.budget_lines)
        return GroupExport(
            group_id=group.id,
            place=group.place,
            mode=group.mode,
            start_date=min(all_dates) if all_dates else group.start_date,
            end_date=max(all_dates) if all_dates else None,
            exported_on=today,
            sessions=sessions,
            participants_total=len(started),
            participants_left=sum(1 for p in started if p.status == ParticipantStatus.LEFT),
            participants=participants,
            statements=statements,
            questions=questions,
            feedback=feedback,
            open_texts_included=include_open_texts,
            budget_planned_cents=planned,
            budget_actual_cents=actual,
        )


def _feedback_order(r: FeedbackResponse) -> tuple[str, str]:
    return (r.filled_on.isoformat() if r.filled_on else "", str(r.id))


def _export_participant(p: Participant, number_of: Mapping[uuid.UUID, int]) -> ExportedParticipant:
    marks = tuple(sorted((number_of[m.session_id], m.status) for m in p.attendance))
    forms = tuple(
        EurohisForm(r.phase, r.filled_on, r.wording, r.answers)
        for r in sorted(p.eurohis, key=lambda r: r.phase != Phase.BEFORE)
    )
    return ExportedParticipant(code=p.code, status=p.status, attendance=marks, forms=forms)


def _export_feedback(
    r: FeedbackResponse,
    statements: Sequence[FeedbackItem],
    questions: Sequence[FeedbackItem],
    include_open_texts: bool,
) -> FeedbackAnswer:
    ratings = tuple((st.key, _rating(r.ratings.get(st.key))) for st in statements)
    texts: tuple[tuple[str, str], ...] = ()
    if include_open_texts:
        texts = tuple(
            (q.key, str(r.open_answers.get(q.key, "")).strip())
            for q in questions
            if str(r.open_answers.get(q.key, "")).strip()
        )
    return FeedbackAnswer(ratings, texts)


def _rating(value: Any) -> int | None:
    return (
        value
        if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 5
        else None
    )


# ----- the document (JSON) ----------------------------------------------------------------------


def _iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


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
                "eurohis": [
                    {
                        "phase": f.phase.value,
                        "date": _iso(f.filled_on),
                        "wording": f.wording.value,
                        "answers": list(f.answers),
                    }
                    for f in p.forms
                ],
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


# ----- validation -------------------------------------------------------------------------------


class _Invalid(Exception):
    """A reason (Finnish) why a document was refused."""


def _field(obj: Any, key: str, where: str) -> Any:
    if not isinstance(obj, dict):
        raise _Invalid(
            translate("Coordinator", "kohta {where} ei ole oikeaa muotoa").format(
                where=where or "juuri"
            )
        )
    if key not in obj:
        raise _Invalid(
            translate("Coordinator", "kenttä {f} puuttuu").format(
                f=f"{where}.{key}" if where else key
            )
        )
    return obj[key]


def _int(obj: Any, key: str, where: str, lo: int, hi: int) -> int:
    value = _field(obj, key, where)
    if not isinstance(value, int) or isinstance(value, bool) or not lo <= value <= hi:
        raise _Invalid(
            translate(
                "Coordinator", "kentän {f} arvo ei kelpaa (pitää olla kokonaisluku {lo}–{hi})"
            ).format(f=f"{where}.{key}", lo=lo, hi=hi)
        )
    return value


def _str(obj: Any, key: str, where: str, max_len: int = MAX_SHORT_TEXT) -> str:
    value = _field(obj, key, where)
    if not isinstance(value, str) or len(value) > max_len:
        raise _Invalid(
            translate("Coordinator", "kentän {f} arvo ei kelpaa (pitää olla teksti)").format(
                f=f"{where}.{key}"
            )
        )
    return value


def _bool(obj: Any, key: str, where: str) -> bool:
    value = _field(obj, key, where)
    if not isinstance(value, bool):
        raise _Invalid(
            translate(
                "Coordinator", "kentän {f} arvo ei kelpaa (pitää olla true tai false)"
            ).format(f=f"{where}.{key}")
        )
    return value


def _list(obj: Any, key: str, where: str, max_len: int) -> list[Any]:
    value = _field(obj, key, where)
    if not isinstance(value, list) or len(value) > max_len:
        raise _Invalid(
            translate("Coordinator", "kentän {f} arvo ei kelpaa (pitää olla luettelo)").format(
                f=f"{where}.{key}"
            )
        )
    return value


def _date(obj: Any, key: str, where: str, *, optional: bool = True) -> date | None:
    value = _field(obj, key, where)
    if value is None and optional:
        return None
    try:
        if not isinstance(value, str) or len(value) != 10:
            raise ValueError(value)
        return date.fromisoformat(value)
    except ValueError:
        raise _Invalid(
            translate("Coordinator", "kentän {f} päivämäärä ei kelpaa").format(f=f"{where}.{key}")
        ) from None


def _enum(obj: Any, key: str, where: str, enum_cls: Any) -> Any:
    value = _field(obj, key, where)
    try:
        return enum_cls(value)
    except (ValueError, TypeError):
        raise _Invalid(
            translate("Coordinator", "kentän {f} arvo ei kelpaa").format(f=f"{where}.{key}")
        ) from None


def _answer(value: Any, where: str) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 5:
        raise _Invalid(
            translate("Coordinator", "EUROHIS-8-vastaus {where} ei ole välillä 1–5").format(
                where=where
            )
        )
    return value


def _parse_payload(payload: Any) -> GroupExport:
    w = "payload"
    try:
        group_id = uuid.UUID(_str(payload, "group_id", w))
    except ValueError:
        raise _Invalid(
            translate("Coordinator", "ryhmän tunniste (payload.group_id) ei kelpaa")
        ) from None
    sessions: list[SessionHeld] = []
    for i, raw in enumerate(_list(payload, "sessions", w, MAX_SESSIONS)):
        sw = f"{w}.sessions[{i}]"
        sessions.append(
            SessionHeld(
                number=_int(raw, "number", sw, 1, 99),
                date=_date(raw, "date", sw),
                topic=_str(raw, "topic", sw),
                experts=_int(raw, "experts", sw, 0, 99),
            )
        )
    numbers = [x.number for x in sessions]
    if len(set(numbers)) != len(numbers):
        raise _Invalid(translate("Coordinator", "sama kerta on tiedostossa kahdesti"))
    participants: list[ExportedParticipant] = []
    for i, raw in enumerate(_list(payload, "participants", w, MAX_PARTICIPANTS)):
        pw = f"{w}.participants[{i}]"
        code = _str(raw, "code", pw, 16)
        if not CODE_PATTERN.match(code):
            raise _Invalid(
                translate("Coordinator", "osallistujan koodi {where} ei kelpaa").format(where=pw)
            )
        marks: list[tuple[int, AttendanceStatus]] = []
        for j, mark in enumerate(_list(raw, "attendance", pw, MAX_SESSIONS)):
            mw = f"{pw}.attendance[{j}]"
            number = _int(mark, "session", mw, 1, 99)
            if number not in numbers:
                raise _Invalid(
                    translate(
                        "Coordinator", "läsnäolo {where} viittaa kertaan, jota ei ole"
                    ).format(where=mw)
                )
            marks.append((number, _enum(mark, "mark", mw, AttendanceStatus)))
        if len({n for n, _ in marks}) != len(marks):
            raise _Invalid(
                translate(
                    "Coordinator", "osallistujalla {where} on kaksi merkintää samalle kerralle"
                ).format(where=pw)
            )
        forms: list[EurohisForm] = []
        for j, form in enumerate(_list(raw, "eurohis", pw, 2)):
            fw = f"{pw}.eurohis[{j}]"
            answers = _list(form, "answers", fw, eurohis.ITEM_COUNT)
            if len(answers) != eurohis.ITEM_COUNT:
                raise _Invalid(
                    translate(
                        "Coordinator", "lomakkeessa {where} ei ole kahdeksaa vastausta"
                    ).format(where=fw)
                )
            forms.append(
                EurohisForm(
                    phase=_enum(form, "phase", fw, Phase),
                    filled_on=_date(form, "date", fw),
                    wording=_enum(form, "wording", fw, WordingVersion),
                    answers=tuple(_answer(a, f"{fw}.answers[{k}]") for k, a in enumerate(answers)),
                )
            )
        if len({f.phase for f in forms}) != len(forms):
            raise _Invalid(
                translate("Coordinator", "osallistujalla {where} on kaksi samaa mittausta").format(
                    where=pw
                )
            )
        participants.append(
            ExportedParticipant(
                code=code,
                status=_enum(raw, "status", pw, ParticipantStatus),
                attendance=tuple(sorted(marks)),
                forms=tuple(forms),
            )
        )
    codes = [p.code for p in participants]
    if len(set(codes)) != len(codes):
        raise _Invalid(translate("Coordinator", "sama osallistujakoodi on tiedostossa kahdesti"))
    total = _int(payload, "participants_total", w, 0, MAX_PARTICIPANTS)
    left = _int(payload, "participants_left", w, 0, MAX_PARTICIPANTS)
    if total < len(participants) or left > total:
        raise _Invalid(translate("Coordinator", "osallistujamäärät eivät täsmää"))
    fb = _field(payload, "feedback", w)
    fw = f"{w}.feedback"
    open_included = _bool(fb, "open_texts_included", fw)
    statements = tuple(
        FeedbackItem(
            _str(st, "key", f"{fw}.statements[{i}]", 100),
            _str(st, "area", f"{fw}.statements[{i}]", 100),
            _str(st, "text", f"{fw}.statements[{i}]", 1000),
        )
        for i, st in enumerate(_list(fb, "statements", fw, 100))
    )
    questions = tuple(
        FeedbackItem(
            _str(q, "key", f"{fw}.questions[{i}]", 100),
            "",
            _str(q, "text", f"{fw}.questions[{i}]", 1000),
        )
        for i, q in enumerate(_list(fb, "questions", fw, 50))
    )
    if questions and not open_included:
        raise _Invalid(
            translate(
                "Coordinator", "avoimet kysymykset ovat mukana, vaikka avoimia vastauksia ei ole"
            )
        )
    keys = {st.key for st in statements}
    qkeys = {q.key for q in questions}
    answers: list[FeedbackAnswer] = []
    for i, resp in enumerate(_list(fb, "responses", fw, MAX_FEEDBACK)):
        rw = f"{fw}.responses[{i}]"
        ratings = _field(resp, "ratings", rw)
        texts = _field(resp, "open_answers", rw)
        if not isinstance(ratings, dict) or not set(ratings) <= keys:
            raise _Invalid(
                translate("Coordinator", "palautteen {where} arviot eivät kelpaa").format(where=rw)
            )
        if not isinstance(texts, dict) or not set(texts) <= qkeys:
            raise _Invalid(
                translate(
                    "Coordinator", "palautteen {where} avoimet vastaukset eivät kelpaa"
                ).format(where=rw)
            )
        for k, v in ratings.items():
            if v is not None and (not isinstance(v, int) or isinstance(v, bool) or not 1 <= v <= 5):
                raise _Invalid(
                    translate(
                        "Coordinator", "palautteen {where} arvio {k} ei ole välillä 1–5"
                    ).format(where=rw, k=k)
                )
        for k, v in texts.items():
            if not isinstance(v, str) or len(v) > MAX_TEXT:
                raise _Invalid(
                    translate("Coordinator", "palautteen {where} vastaus {k} ei kelpaa").format(
                        where=rw, k=k
                    )
                )
        answers.append(
            FeedbackAnswer(
                tuple((st.key, ratings.get(st.key)) for st in statements),
                tuple((q.key, texts[q.key]) for q in questions if q.key in texts),
            )
        )
    budget = _field(payload, "budget", w)
    return GroupExport(
        group_id=group_id,
        place=_str(payload, "place", w),
        mode=_enum(payload, "mode", w, GroupMode),
        start_date=_date(payload, "start_date", w),
        end_date=_date(payload, "end_date", w),
        exported_on=_date(payload, "exported_on", w, optional=False) or date.min,
        sessions=tuple(sessions),
        participants_total=total,
        participants_left=left,
        participants=tuple(participants),
        statements=statements,
        questions=questions,
        feedback=tuple(answers),
        open_texts_included=open_included,
        budget_planned_cents=_int(budget, "planned_cents", f"{w}.budget", -(10**12), 10**12),
        budget_actual_cents=_int(budget, "actual_cents", f"{w}.budget", -(10**12), 10**12),
        program_version=_str(payload, "program_version", w, 50),
    )


def parse_document(document: Any) -> GroupExport:
    """Check a parsed JSON document (format, version, fields, types, counts, checksum).

    Raises `_Invalid` with a Finnish reason.
    """
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise _Invalid(translate("Coordinator", "tiedosto ei ole Voimaan koordinaattorivienti"))
    version = document.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _Invalid(translate("Coordinator", "tiedoston versiotieto puuttuu tai ei kelpaa"))
    if version > SCHEMA_VERSION:
        raise _Invalid(
            translate(
                "Coordinator",
                "tiedosto on tehty uudemmalla Voimaan versiolla (muodon versio {v}). "
                "Päivitä Voimaa ja tuo tiedosto uudelleen",
            ).format(v=version)
        )
    payload = _field(document, "payload", "")
    checks = _field(document, "checks", "")
    digest = _str(checks, "payload_sha256", "checks", 64)
    if (
        not isinstance(payload, dict)
        or hashlib.sha256(canonical_bytes(payload)).hexdigest() != digest
    ):
        raise _Invalid(
            translate(
                "Coordinator",
                "tarkistussumma ei täsmää: tiedostoa on muutettu tai se on vioittunut",
            )
        )
    export = _parse_payload(payload)
    expected = {
        "participants": len(export.participants),
        "sessions": len(export.sessions),
        "eurohis_forms": export.eurohis_forms,
        "feedback_responses": len(export.feedback),
    }
    for key, count in expected.items():
        if _int(checks, key, "checks", 0, 100_000) != count:
            raise _Invalid(
                translate(
                    "Coordinator", "määrät eivät täsmää (checks.{key}): tiedostoa on muutettu"
                ).format(key=key)
            )
    return export


def _refused(path: Path | str, reason: str) -> ImportRefusedError:
    return ImportRefusedError(
        translate(
            "Coordinator",
            "Tiedostoa {name} ei tuotu: {reason}. Mitään ei muutettu. Pyydä ryhmän ohjaajilta "
            "uusi koordinaattorivienti.",
        ).format(name=Path(path).name, reason=reason)
    )


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    with zf.open(info) as fh:
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise _Invalid(translate("Coordinator", "tiedoston sisältö on liian suuri"))
    return data


def read_export_bytes(data: bytes, name: str = "tiedosto") -> GroupExport:
    """Check and read one coordinator export given as bytes; ImportRefusedError when refused."""
    if len(data) > MAX_FILE_BYTES:
        raise _refused(name, translate("Coordinator", "tiedosto on liian suuri"))
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
            if len(infos) > MAX_MEMBERS:
                raise _Invalid(translate("Coordinator", "tiedostossa on liikaa osia"))
            total = sum(i.file_size for i in infos)
            if total > MAX_TOTAL_UNCOMPRESSED:
                raise _Invalid(translate("Coordinator", "tiedoston sisältö on liian suuri"))
            for info in infos:
                if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(
                    info.compress_size, 1
                ):
                    raise _Invalid(
                        translate(
                            "Coordinator", "tiedoston sisältö on epäilyttävän tiiviisti pakattu"
                        )
                    )
            member = next((i for i in infos if i.filename == JSON_MEMBER), None)
            if member is None:
                raise _Invalid(
                    translate("Coordinator", "tiedostosta puuttuu osa {m}").format(m=JSON_MEMBER)
                )
            if member.file_size > MAX_JSON_BYTES:
                raise _Invalid(translate("Coordinator", "tiedoston sisältö on liian suuri"))
            raw = _read_member(zf, member, MAX_JSON_BYTES)
        text = raw.decode("utf-8")
        document = json.loads(text, parse_constant=_no_constant)
        return parse_document(document)
    except _Invalid as exc:
        raise _refused(name, str(exc)) from None
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise _refused(name, translate("Coordinator", "tiedosto ei ole ehjä zip-tiedosto")) from exc
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise _refused(name, translate("Coordinator", "tiedoston JSON-osa on vioittunut")) from exc
    except (NotImplementedError, RuntimeError, ValueError, OSError) as exc:
        raise _refused(name, translate("Coordinator", "tiedostoa ei voi lukea")) from exc


def _no_constant(value: str) -> Any:
    raise _Invalid(translate("Coordinator", "tiedostossa on kelvoton luku ({v})").format(v=value))


def read_export(path: str | Path) -> GroupExport:
    """Check and read one coordinator export file; ImportRefusedError (Finnish) when refused."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_FILE_BYTES:
            raise _refused(p, translate("Coordinator", "tiedosto on liian suuri"))
        data = p.read_bytes()
    except OSError as exc:
        raise _refused(
            p,
            translate("Coordinator", "tiedostoa ei voi avata ({e})").format(e=exc.strerror or exc),
        ) from exc
    return read_export_bytes(data, p.name)


# ----- exporting (one user action) --------------------------------------------------------------


@dataclass(frozen=True)
class ExportResult:
    path: Path
    participants: int
    left_out: int  # started but did not consent
    feedback_responses: int
    open_texts_included: bool


def export_path(path: str | Path) -> Path:
    """The file name the export is written to: `.zip` is added when missing."""
    p = Path(path)
    return p if p.suffix.lower() == SUFFIX else p.with_name(p.name + SUFFIX)


def export_group(
    store: Store,
    group_id: uuid.UUID,
    path: str | Path,
    *,
    include_open_texts: bool = False,
    today: date | None = None,
) -> ExportResult:
    """Write the group's coordinator export (a .zip) and log it in the audit log."""
    from voimaa.export.coordinator_files import write_export

    export = build_export(store, group_id, include_open_texts=include_open_texts, today=today)
    target = write_export(export_path(path), export)
    audit.record_event(
        store,
        "export.coordinator",
        group_id=group_id,
        target=str(target),
        participants=len(export.participants),
        open_texts=include_open_texts,
        schema_version=SCHEMA_VERSION,
    )
    return ExportResult(
        path=target,
        participants=len(export.participants),
        left_out=export.participants_total - len(export.participants),
        feedback_responses=len(export.feedback),
        open_texts_included=include_open_texts,
    )


@dataclass(frozen=True)
class ConsentRow:
    """For the leaders' own screen: who is in the coordinator export and who is not."""

    code: str
    name: str
    status: ParticipantStatus
    consented: bool


def consent_list(store: Store, group_id: uuid.UUID) -> list[ConsentRow]:
    """Participants who started the group, with whether their figures go to the coordinator."""
    with store.session() as s:
        group = groups.load_group(s, group_id)
        rows = [
            ConsentRow(p.code, p.name, p.status, p.consent_coordinator)
            for p in group.participants
            if p.status != ParticipantStatus.WAITING
        ]
    return sorted(rows, key=lambda r: (not r.consented, r.name.casefold()))


# ----- import into the coordinator's store ------------------------------------------------------


@dataclass(frozen=True)
class ImportedSummary:
    id: uuid.UUID
    source_group_id: uuid.UUID
    place: str
    mode: GroupMode
    start_date: date | None
    end_date: date | None
    sessions: int
    participants: int
    exported_on: date | None
    source_file: str
    imported_at: datetime
    replaced: bool = False


@dataclass(frozen=True)
class ImportReport:
    imported: tuple[ImportedSummary, ...]
    refused: tuple[tuple[str, str], ...]  # (file name, Finnish reason)


def _summary(row: ImportedGroup, export: GroupExport, replaced: bool = False) -> ImportedSummary:
    return ImportedSummary(
        id=row.id,
        source_group_id=row.source_group_id,
        place=row.place,
        mode=export.mode,
        start_date=row.start_date,
        end_date=row.end_date,
        sessions=len(export.sessions),
        participants=export.participants_total,
        exported_on=export.exported_on,
        source_file=row.source_file,
        imported_at=row.imported_at,
        replaced=replaced,
    )


def _store_export(s: Session, export: GroupExport, source: str) -> ImportedSummary:
    row = s.scalar(select(ImportedGroup).where(ImportedGroup.source_group_id == export.group_id))
    replaced = row is not None
    if row is None:
        row = ImportedGroup(source_group_id=export.group_id, payload={})
        s.add(row)
    row.schema_version = SCHEMA_VERSION
    row.place = export.place
    row.mode = export.mode.value
    row.start_date = export.start_date
    row.end_date = export.end_date
    row.source_file = source[:500]
    row.imported_at = utcnow()
    row.payload = document_of(export)
    s.flush()
    audit.record(
        s,
        "coordinator.import",
        group_id=export.group_id,
        target=row.source_file,
        replaced=replaced,
        participants=len(export.participants),
    )
    return _summary(row, export, replaced)


def import_files(store: Store, paths: Iterable[str | Path]) -> ImportReport:
    """Import coordinator exports into this (the coordinator's) store.

    Every file is checked whole before anything is written; a refused file changes nothing and
    is listed with its reason. The same group imported again replaces the earlier import.
    """
    accepted: list[tuple[GroupExport, str]] = []
    refused: list[tuple[str, str]] = []
    for path in paths:
        try:
            accepted.append((read_export(path), Path(path).name))
        except ImportRefusedError as exc:
            refused.append((Path(path).name, str(exc)))
    imported: list[ImportedSummary] = []
    if accepted:
        with store.session() as s:
            for export, source in accepted:
                imported.append(_store_export(s, export, source))
    return ImportReport(tuple(imported), tuple(refused))


def import_file(store: Store, path: str | Path) -> ImportedSummary:
    """Import one export; ImportRefusedError (and no change) when the file is refused."""
    export = read_export(path)
    with store.session() as s:
        return _store_export(s, export, Path(path).name)


def _load(row: ImportedGroup) -> GroupExport:
    try:
        return parse_document(row.payload)
    except _Invalid as exc:  # the row was checked on import; only a hand-edited store gets here
        raise ValidationError(
            translate(
                "Coordinator",
                "Tuotu ryhmä {place} on vioittunut ({reason}). Poista se ja tuo tiedosto "
                "uudelleen.",
            ).format(place=row.place, reason=exc)
        ) from exc


def list_imported(store: Store) -> list[ImportedSummary]:
    """The groups imported into this store, by place and start date."""
    with store.session() as s:
        rows = list(s.scalars(select(ImportedGroup)))
        result = [_summary(r, _load(r)) for r in rows]
    return sorted(result, key=lambda g: (g.place.casefold(), g.start_date or date.min))


def imported_exports(store: Store) -> list[GroupExport]:
    """The imported groups' data, for the combined report."""
    with store.session() as s:
        return [_load(r) for r in s.scalars(select(ImportedGroup))]


def remove_imported(store: Store, imported_id: uuid.UUID) -> None:
    """Remove one imported group from the coordinator's store (logged)."""
    with store.session() as s:
        row = s.get(ImportedGroup, imported_id)
        if row is None:
            raise NotFoundError(
                translate("Coordinator", "Tuotua ryhmää ei löydy. Se on ehkä jo poistettu.")
            )
        source = row.source_group_id
        s.delete(row)
        audit.record(s, "coordinator.remove", group_id=source)


# ----- the combined report ----------------------------------------------------------------------


@dataclass(frozen=True)
class Figure:
    """A figure of the combined report and how many persons (or groups) it rests on.

    `hidden` is True when it rests on 1–2 persons; writers then show "<3" instead.
    """

    value: float | int | None
    n: int
    persons: bool = True

    @property
    def hidden(self) -> bool:
        return self.persons and 0 < self.n < MIN_CELL

    @property
    def shown(self) -> float | int | None:
        return None if self.hidden else self.value


def _count(n: int) -> Figure:
    return Figure(n, n)


@dataclass(frozen=True)
class ChangeStats:
    """EUROHIS-8 before/after over a set of persons (complete forms; pairs for change)."""

    before_forms: Figure
    after_forms: Figure
    pairs: Figure
    mean_before: Figure
    mean_after: Figure
    mean_change: Figure
    median_change: Figure
    improved: Figure
    unchanged: Figure
    worse: Figure
    reliable_improved: Figure
    reliable_worse: Figure
    good_before: Figure  # persons with mean ≥ 4 at the start (share in value)
    good_after: Figure


@dataclass(frozen=True)
class ItemStats:
    number: int
    text: str
    pairs: Figure
    mean_before: Figure
    mean_after: Figure
    mean_change: Figure


@dataclass(frozen=True)
class AreaFigures:
    """Groups held, participants, attendance and EUROHIS-8 change for one set of groups."""

    label: str
    groups: Figure
    sessions: Figure
    participants: Figure
    consented: Figure
    left: Figure
    attendance_rate: Figure
    change: ChangeStats


@dataclass(frozen=True)
class GroupRow:
    group_id: uuid.UUID
    place: str
    mode: GroupMode
    start_date: date | None
    end_date: date | None
    sessions: int
    participants: Figure
    consented: Figure
    attendance_rate: Figure
    pairs: Figure
    mean_change: Figure


@dataclass(frozen=True)
class CombinedReport:
    made_on: date
    overall: AreaFigures
    places: tuple[AreaFigures, ...]
    items: tuple[ItemStats, ...]
    group_rows: tuple[GroupRow, ...]
    sd: eurohis.ReferenceSD
    reliability: float
    duplicates: int = 0  # files of a group already given (the later one counted)
    notes: tuple[str, ...] = field(default_factory=tuple)


def _scores(p: ExportedParticipant) -> tuple[eurohis.Score | None, eurohis.Score | None]:
    before, after = p.form(Phase.BEFORE), p.form(Phase.AFTER)
    return (
        eurohis.score(before.answers) if before else None,
        eurohis.score(after.answers) if after else None,
    )


def _pairs(participants: Sequence[ExportedParticipant]) -> list[eurohis.ScoredPair]:
    """Before/after pairs: both forms complete (pro-rated forms stay out of pairs)."""
    pairs = []
    for p in participants:
        b, a = _scores(p)
        before, after = p.form(Phase.BEFORE), p.form(Phase.AFTER)
        if b is not None and a is not None and before and after:
            pairs.append(eurohis.ScoredPair(before.answers, after.answers, b, a))
    return pairs


def _mean(values: Sequence[float]) -> float | None:
    return statistics.fmean(values) if values else None


def _change_stats(
    participants: Sequence[ExportedParticipant], sd: float, reliability: float
) -> ChangeStats:
    scores = [_scores(p) for p in participants]
    befores = [b.mean for b, _ in scores if b is not None]
    afters = [a.mean for _, a in scores if a is not None]
    summary = eurohis.summarize_pairs(_pairs(participants), sdiff=eurohis.s_diff(sd, reliability))
    n = summary.n_pairs
    return ChangeStats(
        before_forms=_count(len(befores)),
        after_forms=_count(len(afters)),
        pairs=_count(n),
        mean_before=Figure(summary.mean_before, n),
        mean_after=Figure(summary.mean_after, n),
        mean_change=Figure(summary.mean_change, n),
        median_change=Figure(summary.median_change, n),
        improved=_count(summary.improved),
        unchanged=_count(summary.unchanged),
        worse=_count(summary.worse),
        reliable_improved=_count(summary.reliably_improved),
        reliable_worse=_count(summary.reliably_worse),
        good_before=Figure(
            sum(1 for v in befores if v >= eurohis.GOOD_QOL_MEAN) / len(befores)
            if befores
            else None,
            len(befores),
        ),
        good_after=Figure(
            sum(1 for v in afters if v >= eurohis.GOOD_QOL_MEAN) / len(afters) if afters else None,
            len(afters),
        ),
    )


def _attendance(participants: Sequence[ExportedParticipant]) -> Figure:
    marks = [m for p in participants for _, m in p.attendance]
    with_marks = sum(1 for p in participants if p.attendance)
    return Figure(attendance.attendance_rate(marks), with_marks)


def _area(label: str, exports: Sequence[GroupExport], sd: float, reliability: float) -> AreaFigures:
    participants = [p for e in exports for p in e.participants]
    return AreaFigures(
        label=label,
        groups=Figure(len(exports), len(exports), persons=False),
        sessions=Figure(sum(len(e.sessions) for e in exports), 0, persons=False),
        participants=_count(sum(e.participants_total for e in exports)),
        consented=_count(len(participants)),
        left=_count(sum(e.participants_left for e in exports)),
        attendance_rate=_attendance(participants),
        change=_change_stats(participants, sd, reliability),
    )


def _items(participants: Sequence[ExportedParticipant]) -> tuple[ItemStats, ...]:
    return tuple(
        ItemStats(
            number=change.item.number,
            text=change.item.text,
            pairs=_count(change.n),
            mean_before=Figure(change.before_mean, change.n),
            mean_after=Figure(change.after_mean, change.n),
            mean_change=Figure(change.change, change.n),
        )
        for change in eurohis.item_changes(_pairs(participants))
    )


def unique_exports(exports: Iterable[GroupExport]) -> tuple[list[GroupExport], int]:
    """One export per group: a later export of the same group replaces an earlier one."""
    by_group: dict[uuid.UUID, GroupExport] = {}
    duplicates = 0
    for e in exports:
        if e.group_id in by_group:
            duplicates += 1
            if e.exported_on < by_group[e.group_id].exported_on:
                continue
        by_group[e.group_id] = e
    return list(by_group.values()), duplicates


def aggregate(
    exports: Iterable[GroupExport],
    *,
    reliability: float = eurohis.DEFAULT_RELIABILITY,
    configured_sd: float = eurohis.DEFAULT_REFERENCE_SD,
    today: date | None = None,
) -> CombinedReport:
    """The combined report over many groups: overall, per place, per item and per group."""
    unique, duplicates = unique_exports(exports)
    unique.sort(key=lambda e: (e.place_label.casefold(), e.start_date or date.min, str(e.group_id)))
    participants = [p for e in unique for p in e.participants]
    baseline = [b.mean for b, _ in (_scores(p) for p in participants) if b is not None]
    ref = eurohis.reference_sd(baseline, configured_sd=configured_sd)
    places: dict[str, list[GroupExport]] = {}
    for e in unique:
        places.setdefault(e.place_label, []).append(e)
    rows = []
    for e in unique:
        pairs = _pairs(e.participants)
        rows.append(
            GroupRow(
                group_id=e.group_id,
                place=e.place_label,
                mode=e.mode,
                start_date=e.start_date,
                end_date=e.end_date,
                sessions=len(e.sessions),
                participants=_count(e.participants_total),
                consented=_count(len(e.participants)),
                attendance_rate=_attendance(e.participants),
                pairs=_count(len(pairs)),
                mean_change=Figure(
                    _mean([x.after.mean - x.before.mean for x in pairs]), len(pairs)
                ),
            )
        )
    return CombinedReport(
        made_on=today or date.today(),
        overall=_area(translate("Coordinator", "Kaikki ryhmät"), unique, ref.sd, reliability),
        places=tuple(
            _area(label, members, ref.sd, reliability)
            for label, members in sorted(places.items(), key=lambda kv: kv[0].casefold())
        ),
        items=_items(participants),
        group_rows=tuple(rows),
        sd=ref,
        reliability=reliability,
        duplicates=duplicates,
    )


def combined_report(store: Store, *, today: date | None = None) -> CombinedReport:
    """The combined report over the groups imported into this store (with this store's
    EUROHIS-8 settings for the reliable change)."""
    from voimaa.settings import eurohis_settings

    chosen = eurohis_settings(store)
    return aggregate(
        imported_exports(store),
        reliability=chosen.reliability,
        configured_sd=chosen.reference_sd,
        today=today,
    )


def aggregate_files(
    paths: Iterable[str | Path],
    *,
    today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> CombinedReport:
    """Combine export files directly, without any store. Any refused file refuses them all."""
    items = list(paths)
    exports = []
    for i, path in enumerate(items, start=1):
        exports.append(read_export(path))
        if progress is not None:
            progress(i, len(items))
    return aggregate(exports, today=today)


def write_combined(report: CombinedReport, path: str | Path) -> Path:
    """Write the combined report as .xlsx or .pdf (by the file's suffix)."""
    from voimaa.export import coordinator_files

    p = Path(path)
    suffix = p.suffix.lower()
    if suffix == ".xlsx":
        return coordinator_files.write_combined_xlsx(p, report)
    if suffix == ".pdf":
        return coordinator_files.write_combined_pdf(p, report)
    raise ValidationError(
        translate("Coordinator", "Yhteenvedon tiedoston pitää päättyä .xlsx tai .pdf.")
    )


def export_combined(store: Store, path: str | Path, *, today: date | None = None) -> Path:
    """Write the combined report of the imported groups and log it."""
    report = combined_report(store, today=today)
    target = write_combined(report, path)
    audit.record_event(
        store, "export.coordinator_report", target=str(target), groups=report.overall.groups.n
    )
    return target
