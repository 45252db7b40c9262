"""Coordinator files: exact text forms, zip CRCs and duplicate members, internal consistency,
regular files only with the size limit checked first (issue 10, points 10–12)."""

from __future__ import annotations

import copy
import hashlib
import io
import json
import os
import sys
import time
import uuid
import zipfile
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import TODAY
from voimaa import coordinator, keys
from voimaa.coordinator import validation
from voimaa.errors import ImportRefusedError
from voimaa.store import Store

Doc = dict[str, Any]


def documented_sha256(payload: Any) -> str:
    """`payload_sha256` as docs/coordinator-format.md writes it down."""
    canonical = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _zip(members: list[tuple[str, bytes]], *, stored: bool = False) -> bytes:
    buf = io.BytesIO()
    mode = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(buf, "w", mode) as zf:
        for name, data in members:
            zf.writestr(name, data)
    return buf.getvalue()


def _bytes(doc: Doc) -> bytes:
    doc["checks"]["payload_sha256"] = documented_sha256(doc["payload"])
    return _zip([(coordinator.JSON_MEMBER, json.dumps(doc, ensure_ascii=False).encode())])


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory, passphrase_file: Path) -> Doc:
    from voimaa import demo

    folder = tmp_path_factory.mktemp("coordinator-validation")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("VOIMAA_DATA_DIR", str(folder / "data"))
        mp.setenv(keys.PASSPHRASE_FILE_ENV, str(passphrase_file))  # the store is encrypted
        mp.setenv(keys.KDF_COST_ENV, "test")
        s = Store.open(folder / "store")
        group_id, _ = demo.create_demo(s, today=TODAY)
        doc = coordinator.document_of(coordinator.build_export(s, group_id, today=TODAY))
        s.close()
    return doc


def _refused(doc: Doc, needle: str = "") -> None:
    with pytest.raises(ImportRefusedError) as caught:
        coordinator.read_export_bytes(_bytes(doc), "x.zip", today=TODAY)
    assert needle in str(caught.value)


def test_the_good_document_reads(good: Doc) -> None:
    export = coordinator.read_export_bytes(_bytes(copy.deepcopy(good)), "x.zip", today=TODAY)
    assert len(export.participants) == len(good["payload"]["participants"])


# -- point 10: the exact form of every text field ----------------------------------------------


def _edit(*path: str | int, to: Callable[[Any], Any]) -> Callable[[Doc], None]:
    """Replace the value at `path` in the payload with `to(old value)`."""

    def apply(doc: Doc) -> None:
        node: Any = doc["payload"]
        for part in path[:-1]:
            node = node[part]
        node[path[-1]] = to(node[path[-1]])

    return apply


CODE = ("participants", 0, "code")
TEXT_CASES: list[tuple[str, Callable[[Doc], None]]] = [
    ("code with a trailing newline", _edit(*CODE, to=lambda v: v + "\n")),
    ("code with a leading space", _edit(*CODE, to=lambda v: " " + v)),
    ("code in lower case", _edit(*CODE, to=str.lower)),
    ("place with a newline", _edit("place", to=lambda v: "Juva\n")),
    ("place with a NUL", _edit("place", to=lambda v: "Ju\x00va")),
    ("topic with a control character", _edit("sessions", 0, "topic", to=lambda v: "a\x1bb")),
    ("group id in upper case", _edit("group_id", to=str.upper)),
    ("group id without dashes", _edit("group_id", to=lambda v: uuid.UUID(v).hex)),
    ("version with a newline", _edit("program_version", to=lambda v: v + "\n")),
    ("statement key with a space", _edit("feedback", "statements", 0, "key", to=lambda v: "a b")),
    ("ISO week date", _edit("start_date", to=lambda v: "2026-W40-2")),
    ("date with a trailing newline", _edit("exported_on", to=lambda v: v + "\n")),
]


def _p(doc: Doc, i: int) -> Doc:
    return doc["payload"]["participants"][i]  # type: ignore[no-any-return]


@pytest.mark.parametrize(("label", "change"), TEXT_CASES, ids=[c[0] for c in TEXT_CASES])
def test_every_text_field_has_its_exact_form(
    good: Doc, label: str, change: Callable[[Doc], None]
) -> None:
    doc = copy.deepcopy(good)
    change(doc)
    _refused(doc)


WARM_CASES: list[tuple[str, Callable[[Doc], None]]] = [
    (
        "statement area with a newline",
        _edit("feedback", "statements", 0, "area", to=lambda v: v + "\n"),
    ),
    ("statement text as a list", _edit("feedback", "statements", 0, "text", to=lambda v: [v])),
    (
        "statement without its area",
        lambda doc: doc["payload"]["feedback"]["statements"][0].pop("area"),
    ),
    ("mode in upper case", _edit("mode", to=str.upper)),
    ("mode as a list", _edit("mode", to=lambda v: [v])),
    ("phase with a space", _edit("participants", 0, "eurohis", 0, "phase", to=lambda v: v + " ")),
    ("a read date with a newline", _edit("start_date", to=lambda v: v + "\n")),
    ("a read date as a number", _edit("exported_on", to=lambda v: 20261201)),
]


@pytest.mark.parametrize(("label", "change"), WARM_CASES, ids=[c[0] for c in WARM_CASES])
def test_values_already_read_do_not_let_a_near_copy_through(
    good: Doc, label: str, change: Callable[[Doc], None]
) -> None:
    """Dates, enum values and feedback statements are remembered once checked; a value that is
    not exactly one of them still gets the full check (the good file is read first)."""
    coordinator.read_export_bytes(_bytes(copy.deepcopy(good)), "x.zip", today=TODAY)
    assert validation._STATEMENTS and validation._DATES and validation._MEMBERS
    doc = copy.deepcopy(good)
    change(doc)
    _refused(doc)


def test_a_code_with_a_newline_is_not_counted_twice(good: Doc) -> None:
    doc = copy.deepcopy(good)
    twin = copy.deepcopy(_p(doc, 0))
    twin["code"] += "\n"
    doc["payload"]["participants"].append(twin)
    doc["checks"]["participants"] += 1
    doc["checks"]["eurohis_forms"] += len(twin["eurohis"])
    doc["payload"]["participants_total"] += 1
    _refused(doc, "koodi")


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(junk=st.text(min_size=1, max_size=3).filter(lambda t: not t.isalnum()))
def test_codes_with_anything_around_them_are_refused(good: Doc, junk: str) -> None:
    doc = copy.deepcopy(good)
    _p(doc, 0)["code"] = _p(doc, 0)["code"] + junk
    _refused(doc)


# -- point 11: CRCs, duplicate members, internal consistency -----------------------------------


def test_a_corrupted_member_fails_its_crc(good: Doc) -> None:
    doc = copy.deepcopy(good)
    doc["checks"]["payload_sha256"] = documented_sha256(doc["payload"])
    payload = json.dumps(doc).encode()
    extra = b"A" * 2000
    data = bytearray(_zip([(coordinator.JSON_MEMBER, payload), ("liite.txt", extra)], stored=True))
    i = data.rindex(extra) + 1000
    data[i] = ord("B")  # the JSON member is untouched; only the other member's CRC is wrong
    with pytest.raises(ImportRefusedError, match="ehjä zip"):
        coordinator.read_export_bytes(bytes(data), "x.zip", today=TODAY)


def test_duplicate_member_names_are_refused(good: Doc) -> None:
    doc = copy.deepcopy(good)
    doc["checks"]["payload_sha256"] = documented_sha256(doc["payload"])
    other = copy.deepcopy(doc)
    other["payload"]["place"] = "Muualla"
    other["checks"]["payload_sha256"] = documented_sha256(other["payload"])
    with pytest.warns(UserWarning):  # zipfile itself warns about the duplicate name
        data = _zip(
            [
                (coordinator.JSON_MEMBER, json.dumps(doc).encode()),
                (coordinator.JSON_MEMBER, json.dumps(other).encode()),
            ]
        )
    with pytest.raises(ImportRefusedError, match="samannimistä"):
        coordinator.read_export_bytes(data, "x.zip", today=TODAY)


def _set_payload(key: str, value: Any) -> Callable[[Doc], None]:
    return lambda d: d["payload"].__setitem__(key, value)


def _days(iso: str, n: int) -> str:
    return (date.fromisoformat(iso) + timedelta(days=n)).isoformat()


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    kind=st.sampled_from(
        ["start after end", "session number", "exported in the future", "budget", "left count",
         "active count", "session outside the dates", "form after export"]
    ),
    n=st.integers(min_value=2, max_value=10**5),
    cents=st.one_of(st.integers(max_value=-1), st.integers(min_value=10**8 + 1)),
)  # fmt: skip
def test_inconsistent_documents_are_refused(good: Doc, kind: str, n: int, cents: int) -> None:
    doc = copy.deepcopy(good)
    payload = doc["payload"]
    if kind == "start after end":
        payload["start_date"] = _days(payload["end_date"], min(n, 3000))
    elif kind == "session number":
        payload["sessions"][0]["number"] = 8 + n
    elif kind == "exported in the future":
        payload["exported_on"] = _days(TODAY.isoformat(), min(n, 3000))
    elif kind == "budget":
        payload["budget"]["planned_cents" if n % 2 else "actual_cents"] = cents
    elif kind == "left count":
        _p(doc, 0)["status"] = "lopettanut"
        payload["participants_left"] = 0
    elif kind == "active count":
        payload["participants_total"] = payload["participants_left"]
    elif kind == "session outside the dates":
        payload["sessions"][-1]["date"] = _days(payload["end_date"], min(n, 3000))
    else:
        _p(doc, 0)["eurohis"][0]["date"] = _days(payload["exported_on"], min(n, 3000))
    _refused(doc)


def test_exported_on_in_2099_is_refused(good: Doc) -> None:
    doc = copy.deepcopy(good)
    doc["payload"]["exported_on"] = "2099-01-01"
    _refused(doc, "tulevaisuudessa")


# -- point 12: only regular files, the size limit checked before reading -----------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "putki.zip"
    os.mkfifo(fifo)
    started = time.monotonic()
    with pytest.raises(ImportRefusedError, match="tavallinen tiedosto"):
        coordinator.read_export(fifo)
    assert time.monotonic() - started < 2


@pytest.mark.skipif(sys.platform == "win32", reason="needs /dev/zero")
def test_a_device_is_refused_unread() -> None:
    started = time.monotonic()
    with pytest.raises(ImportRefusedError, match="tavallinen tiedosto"):
        coordinator.read_export("/dev/zero")
    assert time.monotonic() - started < 2


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ImportRefusedError):
        coordinator.read_export(tmp_path)


def test_the_size_limit_is_checked_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "iso.zip"
    with open(big, "wb") as fh:
        fh.truncate(validation.MAX_FILE_BYTES + 1)  # sparse: nothing to read, only its size
    reads: list[int] = []
    real_fdopen = os.fdopen

    class Spy:
        def __init__(self, fh: Any) -> None:
            self.fh = fh

        def __enter__(self) -> Spy:
            return self

        def __exit__(self, *exc: object) -> None:
            self.fh.close()

        def fileno(self) -> int:
            return int(self.fh.fileno())

        def read(self, n: int = -1) -> bytes:
            reads.append(n)
            return bytes(self.fh.read(n))

    monkeypatch.setattr(validation.os, "fdopen", lambda fd, mode: Spy(real_fdopen(fd, mode)))
    with pytest.raises(ImportRefusedError, match="liian suuri"):
        coordinator.read_export(big)
    assert reads == []
    small = tmp_path / "pieni.zip"
    small.write_bytes(b"PK")
    with pytest.raises(ImportRefusedError):
        coordinator.read_export(small)
    assert reads == [validation.MAX_FILE_BYTES + 1]  # read with the limit, never unbounded
