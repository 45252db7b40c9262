"""Checking and reading a coordinator export file: the zip's limits, the JSON document's
format, version, fields, types, counts and checksum.

Pure: no store. A file that fails any check is refused whole with an `ImportRefusedError`
whose Finnish message says why (see docs/coordinator-format.md, "Import rules").

Every text field is checked for its exact form (``fullmatch``: a trailing newline is not
allowed to slip past ``$``), every zip member's CRC is verified, duplicate member names are
refused, and the document must agree with itself: dates in order and not in the future,
session numbers 1–8, counts that add up, money within sane bounds. Only a regular file is
read, with the size limit checked before reading.

Size: over 500 lines because it is one cohesive thing, the import rules of one file format
checked field by field; splitting it would scatter rules that are read together.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import stat
import uuid
import zipfile
import zlib
from collections.abc import Callable
from datetime import date, timedelta
from enum import Enum
from pathlib import Path
from typing import Any, TypeVar, cast

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
MAX_SESSION_NUMBER = 8
MAX_BUDGET_CENTS = 100_000_000  # one million euros: far above any group's budget
CODE_PATTERN = re.compile(r"[0-9A-Z]{1,10}(?:-[0-9A-Z]{1,5})?")
KEY_PATTERN = re.compile(r"[0-9A-Za-z_][0-9A-Za-z_.-]{0,99}")
VERSION_PATTERN = re.compile(r"[0-9A-Za-z][0-9A-Za-z.+_-]{0,49}")
DIGEST_PATTERN = re.compile(r"[0-9a-f]{64}")
DATE_PATTERN = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# One line of text: no control characters at all. Free text may also hold tabs and newlines.
LINE_PATTERN = re.compile(r"[^\x00-\x1f\x7f-\x9f\u2028\u2029]*")
TEXT_PATTERN = re.compile(r"[^\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]*")

E = TypeVar("E", bound=Enum)
T = TypeVar("T")

# The newest version this Voimaa reads. Version 1 documents are group exports; version 2 adds
# "kind" ("group" or "periods", the individual work periods of voimaa.coordinator.periods).
READ_VERSION = 2
KINDS = ("group", "periods")


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


def _str(
    obj: Any,
    key: str,
    where: str,
    max_len: int = MAX_SHORT_TEXT,
    pattern: re.Pattern[str] = LINE_PATTERN,
) -> str:
    """A text field of exactly the given form (the whole value must match `pattern`)."""
    value = _field(obj, key, where)
    if not isinstance(value, str) or len(value) > max_len or not pattern.fullmatch(value):
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


# Values already checked, by their exact text: the same dates, enum values and feedback
# statements recur in every file of a region, and a text that passed a check once passes it
# again (each table is bounded; a value not in it goes through the full check).
_CACHE_LIMIT = 4096
_DATES: dict[str, date] = {}
_MEMBERS: dict[type[Enum], dict[str, Enum]] = {}
_STATEMENTS: dict[tuple[str, str, str], FeedbackItem] = {}


def _date(obj: Any, key: str, where: str, *, optional: bool = True) -> date | None:
    value = _field(obj, key, where)
    if value is None and optional:
        return None
    if type(value) is str and (known := _DATES.get(value)) is not None:
        return known
    try:
        if not isinstance(value, str) or not DATE_PATTERN.fullmatch(value):
            raise ValueError(value)  # not ISO week dates or other forms fromisoformat takes
        parsed = date.fromisoformat(value)
    except ValueError:
        raise InvalidDocument(
            translate("Coordinator", "kentän {f} päivämäärä ei kelpaa").format(f=f"{where}.{key}")
        ) from None
    if len(_DATES) < _CACHE_LIMIT:
        _DATES[value] = parsed
    return parsed


def _enum(obj: Any, key: str, where: str, enum_cls: type[E]) -> E:
    value = _field(obj, key, where)
    if type(value) is str:
        members = _MEMBERS.get(enum_cls)
        if members is None:
            members = _MEMBERS[enum_cls] = {str(m.value): m for m in enum_cls}
        if (member := members.get(value)) is not None:
            return cast(E, member)
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


_MARKS = {m.value: m for m in AttendanceStatus}


def _known_mark(mark: Any, held: set[int]) -> tuple[int, AttendanceStatus] | None:
    """A mark exactly as Voimaa writes it (a held session's number and a known mark), else
    None: the caller then checks it field by field and says what is wrong."""
    if type(mark) is dict:
        number, value = mark.get("session"), mark.get("mark")
        if type(number) is int and number in held and type(value) is str and value in _MARKS:
            return number, _MARKS[value]
    return None


def _statement(raw: Any, where: str) -> FeedbackItem:
    """A feedback statement: its key, area and text, each checked (once per distinct text)."""
    if type(raw) is dict:
        key, area, text = raw.get("key"), raw.get("area"), raw.get("text")
        if type(key) is str and type(area) is str and type(text) is str:
            known = _STATEMENTS.get((key, area, text))
            if known is not None:
                return known
    item = FeedbackItem(
        _str(raw, "key", where, 100, KEY_PATTERN),
        _str(raw, "area", where, 100),
        _str(raw, "text", where, 1000),
    )
    if len(_STATEMENTS) < _CACHE_LIMIT:
        _STATEMENTS[(item.key, item.area, item.text)] = item
    return item


def _parse_payload(payload: Any) -> GroupExport:
    w = "payload"
    try:
        raw_id = _str(payload, "group_id", w, 36)
        group_id = uuid.UUID(raw_id)
        if str(group_id) != raw_id:
            raise ValueError(raw_id)
    except (ValueError, InvalidDocument):
        raise InvalidDocument(
            translate("Coordinator", "ryhmän tunniste (payload.group_id) ei kelpaa")
        ) from None
    sessions: list[SessionHeld] = []
    for i, raw in enumerate(_list(payload, "sessions", w, MAX_SESSIONS)):
        sw = f"{w}.sessions[{i}]"
        sessions.append(
            SessionHeld(
                number=_int(raw, "number", sw, 1, MAX_SESSION_NUMBER),
                date=_date(raw, "date", sw),
                topic=_str(raw, "topic", sw),
                experts=_int(raw, "experts", sw, 0, 99),
            )
        )
    numbers = [x.number for x in sessions]
    held = set(numbers)
    if len(held) != len(numbers):
        raise InvalidDocument(translate("Coordinator", "sama kerta on tiedostossa kahdesti"))
    participants: list[ExportedParticipant] = []
    for i, raw in enumerate(_list(payload, "participants", w, MAX_PARTICIPANTS)):
        pw = f"{w}.participants[{i}]"
        code = _field(raw, "code", pw)
        if not isinstance(code, str) or not CODE_PATTERN.fullmatch(code):
            raise InvalidDocument(
                translate("Coordinator", "osallistujan koodi {where} ei kelpaa").format(where=pw)
            )
        marks: list[tuple[int, AttendanceStatus]] = []
        for j, mark in enumerate(_list(raw, "attendance", pw, MAX_SESSIONS)):
            known = _known_mark(mark, held)
            if known is not None:  # the common case, checked in one step
                marks.append(known)
                continue
            mw = f"{pw}.attendance[{j}]"
            number = _int(mark, "session", mw, 1, 99)  # then: a session not in the file
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
                    answers=tuple(answers)
                    if all(a is None or (type(a) is int and 1 <= a <= 5) for a in answers)
                    else tuple(_answer(a, f"{fw}.answers[{k}]") for k, a in enumerate(answers)),
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
        _statement(st, f"{fw}.statements[{i}]")
        for i, st in enumerate(_list(fb, "statements", fw, 100))
    )
    questions = tuple(
        FeedbackItem(
            _str(q, "key", f"{fw}.questions[{i}]", 100, KEY_PATTERN),
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
    feedback_answers: list[FeedbackAnswer] = []
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
            if not isinstance(v, str) or len(v) > MAX_TEXT or not TEXT_PATTERN.fullmatch(v):
                raise InvalidDocument(
                    translate("Coordinator", "palautteen {where} vastaus {k} ei kelpaa").format(
                        where=rw, k=k
                    )
                )
        feedback_answers.append(
            FeedbackAnswer(
                tuple((st.key, ratings.get(st.key)) for st in statements),
                tuple((q.key, texts[q.key]) for q in questions if q.key in texts),
            )
        )
    budget = _field(payload, "budget", w)
    export = GroupExport(
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
        feedback=tuple(feedback_answers),
        open_texts_included=open_included,
        budget_planned_cents=_int(budget, "planned_cents", f"{w}.budget", 0, MAX_BUDGET_CENTS),
        budget_actual_cents=_int(budget, "actual_cents", f"{w}.budget", 0, MAX_BUDGET_CENTS),
        program_version=_str(payload, "program_version", w, 50, VERSION_PATTERN),
    )
    if len({st.key for st in statements}) != len(statements) or len(qkeys) != len(questions):
        raise InvalidDocument(translate("Coordinator", "palautteen sama kohta on kahdesti"))
    return export


def _consistent(export: GroupExport, today: date) -> None:
    """The document agrees with itself and with the calendar (InvalidDocument when not)."""
    start, end = export.start_date, export.end_date
    if start is not None and end is not None and start > end:
        raise InvalidDocument(translate("Coordinator", "ryhmän alkupäivä on loppupäivän jälkeen"))
    if export.exported_on > today + timedelta(days=1):
        raise InvalidDocument(
            translate("Coordinator", "vientipäivä {d} on tulevaisuudessa").format(
                d=export.exported_on.isoformat()
            )
        )
    latest = export.exported_on + timedelta(days=1)
    for x in export.sessions:
        if x.date is None:
            continue
        if (start is not None and x.date < start) or (end is not None and x.date > end):
            raise InvalidDocument(
                translate(
                    "Coordinator",
                    "kerran {n} päivämäärä ei ole ryhmän alku- ja loppupäivän välissä",
                ).format(n=x.number)
            )
        if x.date > latest:
            raise InvalidDocument(
                translate("Coordinator", "kerta {n} on pidetty vientipäivän jälkeen").format(
                    n=x.number
                )
            )
    for p in export.participants:
        for f in p.forms:
            if f.filled_on is not None and f.filled_on > latest:
                raise InvalidDocument(
                    translate(
                        "Coordinator", "osallistujan {code} lomake on täytetty vientipäivän jälkeen"
                    ).format(code=p.code)
                )
    left = sum(1 for p in export.participants if p.status == ParticipantStatus.LEFT)
    active = sum(1 for p in export.participants if p.status == ParticipantStatus.ACTIVE)
    waiting = len(export.participants) - left - active
    if (
        waiting
        or left > export.participants_left
        or active > export.participants_total - export.participants_left
    ):
        raise InvalidDocument(
            translate("Coordinator", "osallistujamäärät eivät täsmää osallistujaluettelon kanssa")
        )


def verified_payload(document: dict[str, Any]) -> tuple[dict[str, Any], Any]:
    """The document's payload and its `checks`, once the SHA-256 in `checks` matches the
    payload's canonical bytes (the same check for every kind of export file)."""
    payload = _field(document, "payload", "")
    checks = _field(document, "checks", "")
    digest = _str(checks, "payload_sha256", "checks", 64, DIGEST_PATTERN)
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
    return payload, checks


def parse_document(document: Any, *, today: date | None = None) -> GroupExport:
    """Check a parsed JSON document (format, version, fields, types, counts, checksum, and
    its internal consistency; `exported_on` may not be after `today`).

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
    if version > max(READ_VERSION, SCHEMA_VERSION):
        raise InvalidDocument(
            translate(
                "Coordinator",
                "tiedosto on tehty uudemmalla Voimaan versiolla (muodon versio {v}). "
                "Päivitä Voimaa ja tuo tiedosto uudelleen",
            ).format(v=version)
        )
    if version >= 2 and document.get("kind") not in KINDS:
        raise InvalidDocument(
            translate("Coordinator", "tiedoston laji (kind) puuttuu tai ei kelpaa")
        )
    if version >= 2 and document.get("kind") != "group":
        raise InvalidDocument(
            translate("Coordinator", "tiedosto on yksilötyön jaksojen vienti, ei ryhmän vienti")
        )
    payload, checks = verified_payload(document)
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
    _consistent(export, today or date.today())
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


def read_export_bytes(
    data: bytes, name: str = "tiedosto", *, today: date | None = None
) -> GroupExport:
    """Check and read one coordinator export given as bytes; ImportRefusedError when refused."""
    return read_bytes_with(data, name, parse_document, today=today)


def read_bytes_with(
    data: bytes, name: str, parse: Callable[..., T], *, today: date | None = None
) -> T:
    """The zip and JSON checks of any coordinator file, then `parse(document, today=...)`
    (:func:`parse_document` for a group; see :func:`voimaa.coordinator.periods.read_any_export`
    for groups and periods)."""
    if len(data) > MAX_FILE_BYTES:
        raise _refused(name, translate("Coordinator", "tiedosto on liian suuri"))
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
            if len(infos) > MAX_MEMBERS:
                raise InvalidDocument(translate("Coordinator", "tiedostossa on liikaa osia"))
            if len({i.filename for i in infos}) != len(infos):
                raise InvalidDocument(
                    translate("Coordinator", "tiedostossa on kaksi samannimistä osaa")
                )
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
            raw = _read_member(zf, member, MAX_JSON_BYTES)  # read to its end: CRC checked
            # Every other member's CRC, within the limits checked above (a member read to its
            # end raises BadZipFile on a wrong CRC, as testzip() would report it).
            for info in infos:
                if info is not member:
                    with zf.open(info) as fh:
                        while fh.read(1 << 16):
                            pass
        text = raw.decode("utf-8")
        document = json.loads(text, parse_constant=_no_constant)
        return parse(document, today=today)
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


def _read_regular(p: Path) -> bytes:
    """The bytes of a regular file of at most MAX_FILE_BYTES; nothing else is read.

    Opened without blocking (a FIFO would wait for a writer forever) and checked on the open
    descriptor, so the file cannot be swapped between the check and the read.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(p, flags)
    with os.fdopen(fd, "rb") as fh:
        info = os.fstat(fh.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise _refused(p, translate("Coordinator", "se ei ole tavallinen tiedosto"))
        if info.st_size > MAX_FILE_BYTES:
            raise _refused(p, translate("Coordinator", "tiedosto on liian suuri"))
        data = fh.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise _refused(p, translate("Coordinator", "tiedosto on liian suuri"))
    return data


def read_export(path: str | Path, *, today: date | None = None) -> GroupExport:
    """Check and read one group's coordinator export file; ImportRefusedError (Finnish) when
    refused."""
    return read_file_with(path, parse_document, today=today)


def read_file_with(path: str | Path, parse: Callable[..., T], *, today: date | None = None) -> T:
    """Check and read one coordinator file with `parse` (see :func:`read_bytes_with`)."""
    p = Path(path)
    try:
        data = _read_regular(p)
    except OSError as exc:
        raise _refused(
            p,
            translate("Coordinator", "tiedostoa ei voi avata ({e})").format(e=exc.strerror or exc),
        ) from exc
    return read_bytes_with(data, p.name, parse, today=today)
