"""The coordinator export: nothing identifying leaves, import refuses bad files and changes
nothing, re-import replaces, and combined figures equal those computed from the source."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import json
import statistics
import uuid
import zipfile
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text

from tests.conftest import TODAY
from voimaa import attendance, audit, coordinator, eurohis, groups
from voimaa.errors import ImportRefusedError, NotFoundError
from voimaa.export import jobs
from voimaa.models import (
    AttendanceMark,
    AttendanceStatus,
    Base,
    BudgetLine,
    EurohisResponse,
    Expert,
    FeedbackResponse,
    GroupMode,
    ImportedGroup,
    Participant,
    ParticipantStatus,
    Phase,
    SessionExpert,
    WordingVersion,
)
from voimaa.store import Store

# Text that must never leave in a coordinator export; each is easy to search for.
SECRETS = {
    "name": "Zyxwvu Qqqtestname",
    "surname": "Qqqtestname",
    "phone": "0401234567",
    "notes": "SALAINENMUISTIINPANO",
    "intake": "INTAKEXYZ",
    "considerations": "HEALTHXYZ",
    "own_worker": "WORKERXYZ",
    "worker_contact": "WCONTACTXYZ",
    "interests": "INTERESTXYZ",
    "wishes": "WISHXYZ",
    "left_reason": "LEFTREASONXYZ",
    "leader": "Leaderxyz Pppleader",
    "leader_phone": "0409998877",
    "leader_email": "leaderxyz@example.invalid",
    "group_name": "GROUPNAMEXYZ",
    "group_notes": "GROUPNOTEXYZ",
    "meeting_link": "https://meet.example.invalid/MEETINGLINKXYZ",
    "session_notes": "SESSIONNOTEXYZ",
    "expert": "Expertxyz Eeeexpert",
    "expert_phone": "0405556666",
    "expert_note": "EXPERTNOTEXYZ",
    "budget_text": "BUDGETDESCXYZ",
    "receipt": "RECEIPTXYZ",
    "payer": "PAYERXYZ",
    "open_answer": "OPENANSWERXYZ",
}

BEFORE = (2, 3, 2, 3, 2, 2, 1, 3)
AFTER = (3, 4, 3, 4, 3, 3, 2, 4)


def _person(
    group_id: uuid.UUID, code: str, name: str, *, consent: bool = True, **kw: Any
) -> Participant:
    return Participant(
        group_id=group_id,
        code=code,
        name=name,
        phone=kw.pop("phone", ""),
        consent_coordinator=consent,
        **kw,
    )


def make_secret_group(store: Store) -> tuple[uuid.UUID, dict[str, str]]:
    """A group whose every free-text field holds an easy-to-find marker."""
    start = TODAY - timedelta(weeks=8)
    summary = groups.create_group(
        store,
        groups.NewGroup(
            name=SECRETS["group_name"],
            place="Mikkeli",
            start_date=start,
            meeting_link=SECRETS["meeting_link"],
            leaders=(
                groups.LeaderSpec(
                    SECRETS["leader"],
                    "sosiaaliohjaaja",
                    SECRETS["leader_phone"],
                    SECRETS["leader_email"],
                ),
            ),
        ),
    )
    codes: dict[str, str] = {}
    with store.session() as s:
        group = groups.load_group(s, summary.id)
        group.notes = SECRETS["group_notes"]
        sessions = sorted(group.sessions, key=lambda x: x.number)
        for x in sessions:
            x.notes = SECRETS["session_notes"]
        expert = Expert(name=SECRETS["expert"], phone=SECRETS["expert_phone"], field="talous")
        s.add(expert)
        s.add(SessionExpert(session=sessions[4], expert=expert, note=SECRETS["expert_note"]))
        secret = _person(
            group.id,
            "K7M3-Q",
            SECRETS["name"],
            phone=SECRETS["phone"],
            own_worker=SECRETS["own_worker"],
            own_worker_contact=SECRETS["worker_contact"],
            intake_notes=SECRETS["intake"],
            interests=SECRETS["interests"],
            wishes=SECRETS["wishes"],
            considerations=SECRETS["considerations"],
            left_reason=SECRETS["left_reason"],
        )
        refuser = _person(group.id, "NNNN-N", "Kieltäytyjä Eisuostu", consent=False)
        others = [_person(group.id, f"A{i}A{i}-B", f"Muu Osallistuja{i}") for i in range(3, 6)]
        waiting = _person(group.id, "WWWW-W", "Jonossa Oleva", status=ParticipantStatus.WAITING)
        people = [secret, refuser, *others]
        s.add_all([*people, waiting])
        s.flush()
        for p in people:
            for x in sessions[:7]:
                status = AttendanceStatus.PRESENT if x.number != 3 else AttendanceStatus.ABSENT
                s.add(AttendanceMark(participant_id=p.id, session_id=x.id, status=status))
            for phase, answers in ((Phase.BEFORE, BEFORE), (Phase.AFTER, AFTER)):
                s.add(
                    EurohisResponse(
                        participant_id=p.id,
                        phase=phase,
                        filled_on=start,
                        wording=WordingVersion.THL_ATH,
                        **{f"q{i + 1}": a for i, a in enumerate(answers)},
                    )
                )
        s.add(
            BudgetLine(
                group=group,
                description=SECRETS["budget_text"],
                planned_cents=1000,
                actual_cents=900,
                receipt_ref=SECRETS["receipt"],
                paid_by=SECRETS["payer"],
            )
        )
        s.add(
            FeedbackResponse(
                group=group,
                ratings={"ilmapiiri_turvallinen": 5},
                open_answers={"parasta": SECRETS["open_answer"]},
            )
        )
        s.add(  # linked to the participant who did not consent: stays out
            FeedbackResponse(group=group, participant_id=refuser.id, ratings={}, open_answers={})
        )
        codes = {"secret": secret.code, "refuser": refuser.code, "waiting": waiting.code}
    return summary.id, codes


def all_bytes(path: Path) -> list[tuple[str, bytes]]:
    """Every byte of the export: the zip itself, each member, and each member of the .xlsx."""
    raw = path.read_bytes()
    parts = [("zip", raw)]
    with zipfile.ZipFile(path) as zf:
        for info in zf.infolist():
            data = zf.read(info)
            parts.append((info.filename, data))
            if info.filename.endswith(".xlsx"):
                with zipfile.ZipFile(io.BytesIO(data)) as inner:
                    for member in inner.infolist():
                        parts.append((f"{info.filename}/{member.filename}", inner.read(member)))
    return parts


def _variants(secret: str) -> list[bytes]:
    return [
        secret.encode("utf-8"),
        secret.lower().encode("utf-8"),
        secret.upper().encode("utf-8"),
        secret.encode("utf-16-le"),
    ]


def documented_sha256(payload: Any) -> str:
    """`payload_sha256` exactly as docs/coordinator-format.md writes it down (not the code's own
    function): SHA-256 hex of the payload serialised canonically, encoded as UTF-8."""
    canonical = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def test_export_holds_nothing_that_identifies_a_person(store: Store, tmp_path: Path) -> None:
    group_id, codes = make_secret_group(store)
    result = jobs.export_coordinator(store, group_id, tmp_path / "vienti", today=TODAY)
    assert result.path == tmp_path / "vienti.zip"
    parts = all_bytes(result.path)
    # the search sees decompressed text of the JSON and of the sheets inside the .xlsx
    assert any(b"Mikkeli" in data for name, data in parts if name.endswith(".json"))
    assert any(b"Mikkeli" in data for name, data in parts if "/xl/worksheets/" in name)
    for label, secret in SECRETS.items():
        for name, data in parts:
            for needle in _variants(secret):
                assert needle not in data, f"{label} leaked in {name}"
    for who in ("refuser", "waiting"):
        for name, data in parts:
            assert codes[who].encode() not in data, f"{who}'s code in {name}"
    joined = b"".join(data for _, data in parts)
    assert codes["secret"].encode() in joined  # consented: the code (only) is there
    assert result.participants == 4 and result.left_out == 1


def test_open_texts_only_when_the_leaders_include_them(store: Store, tmp_path: Path) -> None:
    group_id, _ = make_secret_group(store)
    without = jobs.export_coordinator(store, group_id, tmp_path / "a.zip", today=TODAY)
    with_texts = jobs.export_coordinator(
        store, group_id, tmp_path / "b.zip", include_open_texts=True, today=TODAY
    )
    needle = SECRETS["open_answer"].encode()
    assert all(needle not in data for _, data in all_bytes(without.path))
    assert any(needle in data for _, data in all_bytes(with_texts.path))
    export = coordinator.read_export(with_texts.path)
    assert export.open_texts_included and len(export.feedback) == 1
    assert export.feedback[0].open_answers == (("parasta", SECRETS["open_answer"]),)


def test_export_is_logged_without_personal_data(store: Store, tmp_path: Path) -> None:
    group_id, _ = make_secret_group(store)
    result = jobs.export_coordinator(store, group_id, tmp_path / "x.zip", today=TODAY)
    events = audit.list_events(store, group_id=group_id, action="export.coordinator")
    assert len(events) == 1
    assert events[0].target == str(result.path.parent)  # the folder, never the file name
    assert events[0].details["participants"] == 4
    assert SECRETS["name"] not in json.dumps(events[0].details)


def test_export_document_format(
    demo_store: Store, demo_group_id: uuid.UUID, tmp_path: Path
) -> None:
    path = jobs.export_coordinator(demo_store, demo_group_id, tmp_path / "d.zip", today=TODAY).path
    with zipfile.ZipFile(path) as zf:
        assert sorted(zf.namelist()) == sorted([coordinator.JSON_MEMBER, coordinator.XLSX_MEMBER])
        doc = json.loads(zf.read(coordinator.JSON_MEMBER))
    assert doc["format"] == "voimaa-coordinator"
    assert doc["schema_version"] == 1
    payload = doc["payload"]
    assert payload["group_id"] == str(demo_group_id)
    assert payload["place"] == "Juva" and payload["mode"] == "lahi"
    assert len(payload["sessions"]) == 8
    assert set(payload["sessions"][0]) == {"number", "date", "topic", "experts"}
    assert payload["participants_total"] == 7 and payload["participants_left"] == 1
    assert len(payload["participants"]) == 6  # Helena did not consent
    person = payload["participants"][0]
    assert set(person) == {"code", "status", "attendance", "eurohis"}
    assert set(person["eurohis"][0]) == {"phase", "date", "wording", "answers"}
    assert doc["checks"]["payload_sha256"] == documented_sha256(payload)
    assert doc["checks"]["participants"] == 6


# ----- round trip ---------------------------------------------------------------------------


def _consenting_codes(store: Store, group_id: uuid.UUID) -> set[str]:
    with store.session() as s:
        return set(
            s.scalars(
                select(Participant.code).where(
                    Participant.group_id == group_id, Participant.consent_coordinator.is_(True)
                )
            )
        )


def test_round_trip_equals_figures_from_the_source(
    demo_store: Store, demo_group_id: uuid.UUID, tmp_path: Path
) -> None:
    path = jobs.export_coordinator(demo_store, demo_group_id, tmp_path / "d.zip", today=TODAY).path
    target = Store.open(tmp_path / "koordinaattori")
    coordinator.import_files(target, [path])
    report = coordinator.combined_report(target, today=TODAY)

    consenting = _consenting_codes(demo_store, demo_group_id)
    table = attendance.attendance_table(demo_store, demo_group_id, today=TODAY)
    change = eurohis.before_after(demo_store, demo_group_id)
    pairs = [c for c in change.participants if c.code in consenting and c.in_pair]
    overall = report.overall

    assert overall.groups.value == 1
    assert overall.sessions.value == sum(
        1 for t in table.totals if t.present + t.absent + t.excused
    )
    assert overall.participants.value == len(table.rows)
    assert overall.left.value == sum(1 for r in table.rows if r.status == ParticipantStatus.LEFT)
    assert overall.consented.value == len(consenting)
    marks = [m for r in table.rows if r.code in consenting for m in r.marks]
    assert overall.attendance_rate.value == pytest.approx(attendance.attendance_rate(marks))
    assert overall.change.pairs.value == len(pairs)
    assert overall.change.mean_change.value == pytest.approx(
        statistics.fmean(c.change for c in pairs if c.change is not None)
    )
    assert overall.change.median_change.value == pytest.approx(
        statistics.median(c.change for c in pairs if c.change is not None)
    )
    assert overall.change.improved.value == sum(1 for c in pairs if c.direction == "parani")
    assert overall.change.worse.value == sum(1 for c in pairs if c.direction == "heikkeni")
    assert overall.change.mean_before.value == pytest.approx(
        statistics.fmean(c.before_mean for c in pairs if c.before_mean is not None)
    )
    assert [p.label for p in report.places] == ["Juva"]


def test_round_trip_all_consenting_matches_before_after(store: Store, tmp_path: Path) -> None:
    """With everyone consenting, the combined figures equal the group's own before/after."""
    from voimaa import demo

    group_id, _ = demo.create_demo(store, today=TODAY)
    with store.session() as s:
        for p in s.scalars(select(Participant).where(Participant.group_id == group_id)):
            p.consent_coordinator = True
    path = jobs.export_coordinator(store, group_id, tmp_path / "d.zip", today=TODAY).path
    target = Store.open(tmp_path / "koordinaattori")
    coordinator.import_files(target, [path])
    report = coordinator.combined_report(target, today=TODAY)
    change = eurohis.before_after(store, group_id)
    c = report.overall.change
    assert c.pairs.value == change.n_pairs
    assert c.mean_change.value == pytest.approx(change.mean_change)
    assert c.median_change.value == pytest.approx(change.median_change)
    assert (c.improved.value, c.unchanged.value, c.worse.value) == (
        change.improved,
        change.unchanged,
        change.worse,
    )
    assert c.reliable_improved.value == change.reliably_improved
    for mine, theirs in zip(report.items, change.items, strict=True):
        assert mine.pairs.value == theirs.n
        assert mine.mean_before.value == pytest.approx(theirs.before_mean)
        assert mine.mean_change.value == pytest.approx(theirs.change)
    assert report.sd.sd == change.sd.sd


def test_reimport_replaces_and_never_duplicates(
    demo_store: Store, demo_group_id: uuid.UUID, tmp_path: Path
) -> None:
    path = jobs.export_coordinator(demo_store, demo_group_id, tmp_path / "d.zip", today=TODAY).path
    target = Store.open(tmp_path / "koordinaattori")
    first = coordinator.import_files(target, [path])
    before = coordinator.combined_report(target, today=TODAY)
    second = coordinator.import_files(target, [path, path])
    after = coordinator.combined_report(target, today=TODAY)
    assert not first.imported[0].replaced and second.imported[0].replaced
    with target.session() as s:
        rows = list(s.scalars(select(ImportedGroup)))
    assert len(rows) == 1
    assert rows[0].source_group_id == demo_group_id
    assert before == after
    listed = coordinator.list_imported(target)
    assert [g.source_group_id for g in listed] == [demo_group_id]
    assert listed[0].participants == 7 and listed[0].sessions == 8


def test_remove_imported_group(demo_store: Store, demo_group_id: uuid.UUID, tmp_path: Path) -> None:
    path = jobs.export_coordinator(demo_store, demo_group_id, tmp_path / "d.zip", today=TODAY).path
    target = Store.open(tmp_path / "koordinaattori")
    imported = coordinator.import_file(target, path)
    coordinator.remove_imported(target, imported.id)
    assert coordinator.list_imported(target) == []
    removed = audit.list_events(target, action="coordinator.remove")
    assert [(e.action, e.group_id) for e in removed] == [("coordinator.remove", demo_group_id)]
    with pytest.raises(NotFoundError):
        coordinator.remove_imported(target, imported.id)


# ----- refusing bad files ------------------------------------------------------------------


def snapshot(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, for "nothing changed" checks."""
    with store.engine.connect() as conn:
        return {
            t.name: sorted(
                (
                    tuple(str(v) for v in row)
                    for row in conn.execute(text(f'SELECT * FROM "{t.name}"'))
                ),
            )
            for t in Base.metadata.sorted_tables
        }


def _zip(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buffer.getvalue()


def _doc_zip(doc: Any, *, rehash: bool = True) -> bytes:
    if (
        rehash
        and isinstance(doc, dict)
        and isinstance(doc.get("payload"), dict)
        and "checks" in doc
    ):
        doc["checks"]["payload_sha256"] = documented_sha256(doc["payload"])
    return _zip({coordinator.JSON_MEMBER: json.dumps(doc).encode()})


@pytest.fixture
def good_doc(demo_store: Store, demo_group_id: uuid.UUID) -> dict[str, Any]:
    export = coordinator.build_export(demo_store, demo_group_id, today=TODAY)
    return coordinator.document_of(export)


@pytest.fixture
def coord_store(tmp_path: Path, demo_store: Store, demo_group_id: uuid.UUID) -> Store:
    """A coordinator's store that already holds one imported group."""
    target = Store.open(tmp_path / "koordinaattori")
    path = jobs.export_coordinator(demo_store, demo_group_id, tmp_path / "ok.zip", today=TODAY)
    coordinator.import_files(target, [path.path])
    return target


def _edit(fn: Callable[[dict[str, Any]], None]) -> Callable[[dict[str, Any]], dict[str, Any]]:
    def apply(doc: dict[str, Any]) -> dict[str, Any]:
        fn(doc)
        return doc

    return apply


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], dict[str, Any]]:
    def fn(doc: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        node: Any = doc
        for part in parents:
            node = node[int(part)] if part.isdigit() else node[part]
        if value is _DELETE:
            del node[int(last) if last.isdigit() else last]
        else:
            node[int(last) if last.isdigit() else last] = value

    return _edit(fn)


_DELETE = object()

DOC_CASES: list[tuple[str, Callable[[dict[str, Any]], dict[str, Any]], bool, str]] = [
    ("newer version", _set("schema_version", 3), True, "uudemmalla"),
    ("version 2 without a kind", _set("schema_version", 2), True, "laji"),
    ("version as text", _set("schema_version", "1"), True, "versio"),
    ("version missing", _set("schema_version", _DELETE), True, "versio"),
    ("foreign format", _set("format", "something-else"), True, "ei ole Voimaan"),
    ("not an object", lambda d: [d], True, "ei ole Voimaan"),
    ("place missing", _set("payload.place", _DELETE), True, "puuttuu"),
    ("participants missing", _set("payload.participants", _DELETE), True, "puuttuu"),
    ("place wrong type", _set("payload.place", 12), True, "ei kelpaa"),
    ("group id not a uuid", _set("payload.group_id", "abc"), True, "tunniste"),
    ("mode unknown", _set("payload.mode", "kuu"), True, "ei kelpaa"),
    ("date garbage", _set("payload.start_date", "31.2.2026"), True, "päivämäärä"),
    ("answer 6", _set("payload.participants.0.eurohis.0.answers.0", 6), True, "1–5"),
    ("answer 0", _set("payload.participants.0.eurohis.0.answers.3", 0), True, "1–5"),
    ("answer true", _set("payload.participants.0.eurohis.0.answers.3", True), True, "1–5"),
    ("answer float", _set("payload.participants.0.eurohis.0.answers.3", 2.5), True, "1–5"),
    (
        "seven answers",
        _set("payload.participants.0.eurohis.0.answers.7", _DELETE),
        True,
        "kahdeksaa",
    ),
    ("name smuggled as code", _set("payload.participants.0.code", "Aino Esimerkki"), True, "koodi"),
    ("mark unknown", _set("payload.participants.0.attendance.0.mark", "x"), True, "ei kelpaa"),
    (
        "mark for no session",
        _set("payload.participants.0.attendance.0.session", 42),
        True,
        "kertaan",
    ),
    (
        "feedback rating 9",
        _set("payload.feedback.responses.0.ratings.ilmapiiri_turvallinen", 9),
        True,
        "1–5",
    ),
    ("checks count tampered", _set("checks.participants", 99), True, "määrät"),
    ("forms count tampered", _set("checks.eurohis_forms", 1), True, "määrät"),
    ("checks missing", _set("checks", _DELETE), True, "puuttuu"),
    ("payload edited, hash kept", _set("payload.place", "Mikkeli"), False, "tarkistussumma"),
    (
        "participant removed, hash kept",
        _set("payload.participants.0", _DELETE),
        False,
        "tarkistussumma",
    ),
    ("left > total", _set("payload.participants_left", 50), True, "täsmää"),
]


@pytest.mark.parametrize(
    ("label", "change", "rehash", "message"), DOC_CASES, ids=[c[0] for c in DOC_CASES]
)
def test_tampered_or_malformed_documents_are_refused(
    coord_store: Store,
    good_doc: dict[str, Any],
    tmp_path: Path,
    label: str,
    change: Callable[[dict[str, Any]], Any],
    rehash: bool,
    message: str,
) -> None:
    bad = tmp_path / "bad.zip"
    bad.write_bytes(_doc_zip(change(good_doc), rehash=rehash))
    before = snapshot(coord_store)
    with pytest.raises(ImportRefusedError) as err:
        coordinator.import_file(coord_store, bad)
    assert message in str(err.value)
    assert "Mitään ei muutettu" in str(err.value)
    assert snapshot(coord_store) == before
    report = coordinator.import_files(coord_store, [bad])
    assert report.imported == () and report.refused[0][0] == "bad.zip"
    assert snapshot(coord_store) == before


def _bomb(size: int) -> bytes:
    return _zip({coordinator.JSON_MEMBER: b"{" + b" " * size + b"}"})


FILE_CASES: list[tuple[str, Callable[[], bytes], str]] = [
    ("empty", lambda: b"", "zip"),
    ("text", lambda: b"nimi;puhelin\nAino;040\n", "zip"),
    ("json, not zip", lambda: b'{"format": "voimaa-coordinator"}', "zip"),
    ("zip without the json", lambda: _zip({"muu.txt": b"hei"}), "puuttuu"),
    (
        "json not utf-8",
        lambda: _zip({coordinator.JSON_MEMBER: '{"a": "ä"}'.encode("latin-1")}),
        "JSON",
    ),
    ("json broken", lambda: _zip({coordinator.JSON_MEMBER: b'{"format": '}), "JSON"),
    ("json NaN", lambda: _zip({coordinator.JSON_MEMBER: b'{"format": NaN}'}), "kelvoton"),
    ("json deep", lambda: _zip({coordinator.JSON_MEMBER: b"[" * 100_000 + b"]" * 100_000}), "JSON"),
    ("zip bomb: one huge member", lambda: _bomb(40 * 1024 * 1024), "suuri"),
    ("zip bomb: highly compressed", lambda: _bomb(3 * 1024 * 1024), "tiiviisti"),
    (
        "zip bomb: many members",
        lambda: _zip({f"osa{i}.txt": b"x" for i in range(500)}),
        "liikaa",
    ),
    (
        "stored, too big json",
        lambda: _zip({coordinator.JSON_MEMBER: b" " * (6 * 1024 * 1024)}, zipfile.ZIP_STORED),
        "suuri",
    ),
]


@pytest.mark.parametrize(("label", "make", "message"), FILE_CASES, ids=[c[0] for c in FILE_CASES])
def test_bad_files_are_refused_and_change_nothing(
    coord_store: Store, tmp_path: Path, label: str, make: Callable[[], bytes], message: str
) -> None:
    bad = tmp_path / "bad.zip"
    bad.write_bytes(make())
    before = snapshot(coord_store)
    with pytest.raises(ImportRefusedError) as err:
        coordinator.import_file(coord_store, bad)
    assert message in str(err.value)
    assert str(err.value).startswith("Tiedostoa bad.zip ei tuotu")
    assert snapshot(coord_store) == before


def test_truncated_exports_are_refused(
    coord_store: Store, demo_store: Store, demo_group_id: uuid.UUID, tmp_path: Path
) -> None:
    good = jobs.export_coordinator(demo_store, demo_group_id, tmp_path / "g.zip", today=TODAY).path
    data = good.read_bytes()
    before = snapshot(coord_store)
    for cut in (10, len(data) // 3, len(data) // 2, len(data) - 30, len(data) - 1):
        bad = tmp_path / f"cut{cut}.zip"
        bad.write_bytes(data[:cut])
        with pytest.raises(ImportRefusedError):
            coordinator.import_file(coord_store, bad)
    assert snapshot(coord_store) == before


def test_a_bad_file_among_good_ones_is_listed_and_the_good_ones_import(
    demo_store: Store, demo_group_id: uuid.UUID, tmp_path: Path
) -> None:
    good = jobs.export_coordinator(demo_store, demo_group_id, tmp_path / "g.zip", today=TODAY).path
    bad = tmp_path / "rikki.zip"
    bad.write_bytes(b"PK\x03\x04 rikki")
    target = Store.open(tmp_path / "k")
    report = coordinator.import_files(target, [bad, good])
    assert [g.source_group_id for g in report.imported] == [demo_group_id]
    assert [name for name, _ in report.refused] == ["rikki.zip"]


def test_a_missing_file_is_refused(store: Store, tmp_path: Path) -> None:
    with pytest.raises(ImportRefusedError, match="ei voi avata"):
        coordinator.import_file(store, tmp_path / "ei-ole.zip")


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=4096))
def test_random_bytes_are_refused(coord_store: Store, data: bytes) -> None:
    before = snapshot(coord_store)
    with pytest.raises(ImportRefusedError):
        coordinator.read_export_bytes(data, "satunnainen.zip")
    assert snapshot(coord_store) == before


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-10, 10) | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(payload=json_values, version=st.integers(-2, 3))
def test_random_documents_are_refused(coord_store: Store, payload: Any, version: int) -> None:
    doc = {
        "format": "voimaa-coordinator",
        "schema_version": version,
        "payload": payload,
        "checks": {
            "participants": 0,
            "sessions": 0,
            "eurohis_forms": 0,
            "feedback_responses": 0,
            "payload_sha256": documented_sha256(payload) if isinstance(payload, dict) else "",
        },
    }
    with pytest.raises(ImportRefusedError):
        coordinator.read_export_bytes(_doc_zip(doc, rehash=False), "x.zip")


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(position=st.integers(min_value=0), value=st.integers(0, 255))
def test_any_flipped_byte_is_refused_or_reads_the_same(
    demo_store: Store, demo_group_id: uuid.UUID, position: int, value: int
) -> None:
    from voimaa.export.coordinator_files import export_bytes

    export = coordinator.build_export(demo_store, demo_group_id, today=TODAY)
    data = bytearray(export_bytes(export))
    i = position % len(data)
    data[i] = value
    try:
        read = coordinator.read_export_bytes(bytes(data), "x.zip")
    except ImportRefusedError:
        return
    assert read == export  # a change outside the JSON member (e.g. in the .xlsx) is harmless


# ----- the combined report -----------------------------------------------------------------


def _export(
    place: str,
    people: list[tuple[tuple[int, ...] | None, tuple[int, ...] | None]],
    mode: GroupMode = GroupMode.LOCAL,
    total: int | None = None,
) -> coordinator.GroupExport:
    participants = []
    for i, (before, after) in enumerate(people):
        forms = []
        for phase, answers in ((Phase.BEFORE, before), (Phase.AFTER, after)):
            if answers is not None:
                forms.append(coordinator.EurohisForm(phase, None, WordingVersion.THL_ATH, answers))
        participants.append(
            coordinator.ExportedParticipant(
                code=f"C{i}C{i}-X",
                status=ParticipantStatus.ACTIVE,
                attendance=((1, AttendanceStatus.PRESENT), (2, AttendanceStatus.ABSENT)),
                forms=tuple(forms),
            )
        )
    return coordinator.GroupExport(
        group_id=uuid.uuid4(),
        place=place,
        mode=mode,
        start_date=date(2026, 9, 1),
        end_date=date(2026, 10, 20),
        exported_on=TODAY,
        sessions=(
            coordinator.SessionHeld(1, date(2026, 9, 1), "Tutustuminen", 0),
            coordinator.SessionHeld(2, date(2026, 9, 8), "Päivärytmi", 0),
        ),
        participants_total=total if total is not None else len(participants),
        participants_left=0,
        participants=tuple(participants),
        statements=(),
        questions=(),
        feedback=(),
        open_texts_included=False,
        budget_planned_cents=0,
        budget_actual_cents=0,
    )


def test_cells_smaller_than_three_are_hidden() -> None:
    small = _export("Juva", [(BEFORE, AFTER), (BEFORE, None)])
    big = _export("Mikkeli", [(BEFORE, AFTER)] * 4)
    remote = _export("", [(BEFORE, AFTER)] * 3, mode=GroupMode.REMOTE)
    report = coordinator.aggregate([small, big, remote], today=TODAY)
    by_place = {a.label: a for a in report.places}
    assert set(by_place) == {"Juva", "Mikkeli", "Etäryhmä"}
    juva = by_place["Juva"]
    assert juva.participants.hidden and juva.participants.shown is None
    assert juva.change.pairs.hidden and juva.change.mean_change.hidden
    assert juva.change.improved.hidden
    # Juva's one pair would be all pairs minus the other places' pairs: a complementary cell
    # is hidden too (see test_suppression.py for the rule itself).
    others = [by_place["Mikkeli"].change.pairs, by_place["Etäryhmä"].change.pairs]
    assert report.overall.change.pairs.hidden or any(f.hidden for f in others)
    assert not by_place["Mikkeli"].change.mean_change.hidden
    assert by_place["Mikkeli"].change.mean_change.value == pytest.approx(1.0)
    assert not report.overall.participants.hidden and report.overall.participants.value == 9
    assert report.overall.change.pairs.value == 8
    assert not report.overall.groups.hidden  # counts of groups are not persons
    row = next(g for g in report.group_rows if g.place == "Juva")
    assert row.participants.hidden and row.mean_change.hidden
    from voimaa.coordinator.presenting import figure_text

    assert figure_text(juva.participants) == "<3"
    assert figure_text(juva.change.mean_change, "signed") == "<3"


def test_per_item_change_and_reliable_change() -> None:
    worst = (1,) * 8
    best = (5,) * 8
    export = _export("Savonlinna", [(worst, best)] * 3 + [(best, worst)] * 3 + [(BEFORE, AFTER)])
    report = coordinator.aggregate([export], today=TODAY)
    c = report.overall.change
    assert (c.improved.value, c.worse.value, c.unchanged.value) == (4, 3, 0)
    assert c.reliable_improved.value == 4 and c.reliable_worse.value == 3
    assert report.items[0].pairs.value == 7
    assert report.items[0].mean_before.value == pytest.approx((3 + 15 + 2) / 7)
    assert not report.sd.own_baseline and report.sd.sd == eurohis.DEFAULT_REFERENCE_SD


def test_incomplete_forms_stay_out_of_pairs() -> None:
    missing = (None, 3, 3, 3, 3, 3, 3, 3)
    export = _export("Juva", [(missing, AFTER), (BEFORE, AFTER), (BEFORE, AFTER), (BEFORE, AFTER)])
    report = coordinator.aggregate([export], today=TODAY)
    assert report.overall.change.pairs.value == 3
    assert report.overall.change.before_forms.value == 3


def test_same_group_twice_counts_once_latest_export_wins() -> None:
    first = _export("Juva", [(BEFORE, AFTER)] * 3)
    later = dataclasses.replace(first, exported_on=TODAY + timedelta(days=1), participants_total=5)
    report = coordinator.aggregate([later, first], today=TODAY)
    assert report.duplicates == 1
    assert report.overall.groups.value == 1
    assert report.overall.participants.value == 5


def test_aggregate_files_needs_no_store(
    demo_store: Store, demo_group_id: uuid.UUID, tmp_path: Path
) -> None:
    path = jobs.export_coordinator(demo_store, demo_group_id, tmp_path / "d.zip", today=TODAY).path
    seen: list[tuple[int, int]] = []
    report = coordinator.aggregate_files(
        [path], today=TODAY, progress=lambda i, n: seen.append((i, n))
    )
    assert seen == [(1, 1)]
    assert report.overall.participants.value == 7
    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"")
    with pytest.raises(ImportRefusedError):
        coordinator.aggregate_files([path, bad])


def test_export_of_unknown_group(store: Store, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError):
        jobs.export_coordinator(store, uuid.uuid4(), tmp_path / "x.zip")
    assert not (tmp_path / "x.zip").exists()


def test_consent_list_for_the_leaders(store: Store) -> None:
    group_id, codes = make_secret_group(store)
    rows = coordinator.consent_list(store, group_id)
    assert [r.consented for r in rows] == [True, True, True, True, False]
    assert rows[-1].code == codes["refuser"]
    assert codes["waiting"] not in {r.code for r in rows}
