"""Checking and reading a coordinator export file: the zip's limits, the JSON document's
format, version, fields, types, counts and checksum.

Pure: no store. A file that fails any check is refused whole with an `ImportRefusedError`
whose Finnish message says why (see docs/coordinator-format.md, "Import rules").
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import uuid
import zipfile
import zlib
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Any, TypeVar

from voimaa.coordinator.document import (
    FORMAT,
    JSON_MEMBER,
    SCHEMA_VERSION,
    EurohisForm,
    ExportedParticipant,
    FeedbackAnswer,
    FeedbackItem,
    GroupExport,
    SessionHeld,
    canonical_bytes,
)
from voimaa.errors import ImportRefusedError
from voimaa.eurohis import scoring
from voimaa.i18n import translate
from voimaa.models import (
    AttendanceStatus,
    GroupMode,
    ParticipantStatus,
    Phase,
    WordingVersion,
)

# Limits checked before anything is decompressed (a zip bomb is refused unread).
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_MEMBERS = 8
MAX_JSON_BYTES = 5 * 1024 * 1024
MAX_TOTAL_UNCOMPRESSED = 30 * 1024 * 1024
MAX_RATIO = 200  # uncompressed / compressed for any member larger than 1 MB

MAX_TEXT = 5000
MAX_SHORT_TEXT = 200
MAX_PARTICIPANTS = 100
MAX_SESSIONS = 50
MAX_FEEDBACK = 200
CODE_PATTERN = re.compile(r"^[0-9A-Z]{1,10}(?:-[0-9A-Z]{1,5})?$")

E = TypeVar("E", bound=Enum)


class InvalidDocument(Exception):
    """A reason (Finnish) why a document was refused."""


def _field(obj: Any, key: str, where: str) -> Any:
    if not isinstance(obj, dict):
        raise InvalidDocument(
            translate("Coordinator", "kohta {where} ei ole oikeaa muotoa").format(
                where=where or "juuri"
            )
        )
    if key not in obj:
        raise InvalidDocument(
            translate("Coordinator", "kenttä {f} puuttuu").format(
                f=f"{where}.{key}" if where else key
            )
        )
    return obj[key]


def _int(obj: Any, key: str, where: str, lo: int, hi: int) -> int:
    value = _field(obj, key, where)
    if not isinstance(value, int) or isinstance(value, bool) or not lo <= value <= hi:
        raise InvalidDocument(
            translate(
                "Coordinator", "kentän {f} arvo ei kelpaa (pitää olla kokonaisluku {lo}–{hi})"
            ).format(f=f"{where}.{key}", lo=lo, hi=hi)
        )
    return value


def _str(obj: Any, key: str, where: str, max_len: int = MAX_SHORT_TEXT) -> str:
    value = _field(obj, key, where)
    if not isinstance(value, str) or len(value) > max_len:
        raise InvalidDocument(
            translate("Coordinator", "kentän {f} arvo ei kelpaa (pitää olla teksti)").format(
                f=f"{where}.{key}"
            )
        )
    return value


def _bool(obj: Any, key: str, where: str) -> bool:
    value = _field(obj, key, where)
    if not isinstance(value, bool):
        raise InvalidDocument(
            translate(
                "Coordinator", "kentän {f} arvo ei kelpaa (pitää olla true tai false)"
            ).format(f=f"{where}.{key}")
        )
    return value


def _list(obj: Any, key: str, where: str, max_len: int) -> list[Any]:
    value = _field(obj, key, where)
    if not isinstance(value, list) or len(value) > max_len:
        raise InvalidDocument(
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
        raise InvalidDocument(
            translate("Coordinator", "kentän {f} päivämäärä ei kelpaa").format(f=f"{where}.{key}")
        ) from None


def _enum(obj: Any, key: str, where: str, enum_cls: type[E]) -> E:
    value = _field(obj, key, where)
    try:
        return enum_cls(value)
    except (ValueError, TypeError):
        raise InvalidDocument(
            translate("Coordinator", "kentän {f} arvo ei kelpaa").format(f=f"{where}.{key}")
        ) from None


def _answer(value: Any, where: str) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 5:
        raise InvalidDocument(
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
        raise InvalidDocument(
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
        raise InvalidDocument(translate("Coordinator", "sama kerta on tiedostossa kahdesti"))
    participants: list[ExportedParticipant] = []
    for i, raw in enumerate(_list(payload, "participants", w, MAX_PARTICIPANTS)):
        pw = f"{w}.participants[{i}]"
        code = _str(raw, "code", pw, 16)
        if not CODE_PATTERN.match(code):
            raise InvalidDocument(
                translate("Coordinator", "osallistujan koodi {where} ei kelpaa").format(where=pw)
            )
        marks: list[tuple[int, AttendanceStatus]] = []
        for j, mark in enumerate(_list(raw, "attendance", pw, MAX_SESSIONS)):
            mw = f"{pw}.attendance[{j}]"
            number = _int(mark, "session", mw, 1, 99)
            if number not in numbers:
                raise InvalidDocument(
                    translate(
                        "Coordinator", "läsnäolo {where} viittaa kertaan, jota ei ole"
                    ).format(where=mw)
                )
            marks.append((number, _enum(mark, "mark", mw, AttendanceStatus)))
        if len({n for n, _ in marks}) != len(marks):
            raise InvalidDocument(
                translate(
                    "Coordinator", "osallistujalla {where} on kaksi merkintää samalle kerralle"
                ).format(where=pw)
            )
        forms: list[EurohisForm] = []
        for j, form in enumerate(_list(raw, "eurohis", pw, 2)):
            fw = f"{pw}.eurohis[{j}]"
            answers = _list(form, "answers", fw, scoring.ITEM_COUNT)
            if len(answers) != scoring.ITEM_COUNT:
                raise InvalidDocument(
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
            raise InvalidDocument(
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
        raise InvalidDocument(
            translate("Coordinator", "sama osallistujakoodi on tiedostossa kahdesti")
        )
    total = _int(payload, "participants_total", w, 0, MAX_PARTICIPANTS)
    left = _int(payload, "participants_left", w, 0, MAX_PARTICIPANTS)
    if total < len(participants) or left > total:
        raise InvalidDocument(translate("Coordinator", "osallistujamäärät eivät täsmää"))
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
        raise InvalidDocument(
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
            raise InvalidDocument(
                translate("Coordinator", "palautteen {where} arviot eivät kelpaa").format(where=rw)
            )
        if not isinstance(texts, dict) or not set(texts) <= qkeys:
            raise InvalidDocument(
                translate(
                    "Coordinator", "palautteen {where} avoimet vastaukset eivät kelpaa"
                ).format(where=rw)
            )
        for k, v in ratings.items():
            if v is not None and (not isinstance(v, int) or isinstance(v, bool) or not 1 <= v <= 5):
                raise InvalidDocument(
                    translate(
                        "Coordinator", "palautteen {where} arvio {k} ei ole välillä 1–5"
                    ).format(where=rw, k=k)
                )
        for k, v in texts.items():
            if not isinstance(v, str) or len(v) > MAX_TEXT:
                raise InvalidDocument(
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

    Raises `InvalidDocument` with a Finnish reason.
    """
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise InvalidDocument(
            translate("Coordinator", "tiedosto ei ole Voimaan koordinaattorivienti")
        )
    version = document.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise InvalidDocument(
            translate("Coordinator", "tiedoston versiotieto puuttuu tai ei kelpaa")
        )
    if version > SCHEMA_VERSION:
        raise InvalidDocument(
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
        raise InvalidDocument(
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
            raise InvalidDocument(
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
        raise InvalidDocument(translate("Coordinator", "tiedoston sisältö on liian suuri"))
    return data


def read_export_bytes(data: bytes, name: str = "tiedosto") -> GroupExport:
    """Check and read one coordinator export given as bytes; ImportRefusedError when refused."""
    if len(data) > MAX_FILE_BYTES:
        raise _refused(name, translate("Coordinator", "tiedosto on liian suuri"))
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
            if len(infos) > MAX_MEMBERS:
                raise InvalidDocument(translate("Coordinator", "tiedostossa on liikaa osia"))
            total = sum(i.file_size for i in infos)
            if total > MAX_TOTAL_UNCOMPRESSED:
                raise InvalidDocument(translate("Coordinator", "tiedoston sisältö on liian suuri"))
            for info in infos:
                if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(
                    info.compress_size, 1
                ):
                    raise InvalidDocument(
                        translate(
                            "Coordinator", "tiedoston sisältö on epäilyttävän tiiviisti pakattu"
                        )
                    )
            member = next((i for i in infos if i.filename == JSON_MEMBER), None)
            if member is None:
                raise InvalidDocument(
                    translate("Coordinator", "tiedostosta puuttuu osa {m}").format(m=JSON_MEMBER)
                )
            if member.file_size > MAX_JSON_BYTES:
                raise InvalidDocument(translate("Coordinator", "tiedoston sisältö on liian suuri"))
            raw = _read_member(zf, member, MAX_JSON_BYTES)
        text = raw.decode("utf-8")
        document = json.loads(text, parse_constant=_no_constant)
        return parse_document(document)
    except InvalidDocument as exc:
        raise _refused(name, str(exc)) from None
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise _refused(name, translate("Coordinator", "tiedosto ei ole ehjä zip-tiedosto")) from exc
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise _refused(name, translate("Coordinator", "tiedoston JSON-osa on vioittunut")) from exc
    except (NotImplementedError, RuntimeError, ValueError, OSError) as exc:
        raise _refused(name, translate("Coordinator", "tiedostoa ei voi lukea")) from exc


def _no_constant(value: str) -> Any:
    raise InvalidDocument(
        translate("Coordinator", "tiedostossa on kelvoton luku ({v})").format(v=value)
    )


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
