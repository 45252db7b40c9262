"""Certificates of participation: one page per participant who attended, with the name, the
group, place, dates and sessions attended; written from the CLI and logged."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.cli_support import run
from voimaa import attendance, audit, certificates, demo, groups, roster
from voimaa.errors import ValidationError
from voimaa.export import jobs
from voimaa.models import AttendanceStatus
from voimaa.store import Store


@pytest.fixture
def small_group(store: Store) -> uuid.UUID:
    """A group of two: Aino came to sessions 1 and 3, Šárka to none."""
    gid = groups.create_group(
        store,
        groups.NewGroup(
            name="Savonlinnan kevään ryhmä",
            place="Savonlinna",
            start_date=date(2027, 3, 2),
            leaders=(groups.LeaderSpec("Sanna Ohjaaja"), groups.LeaderSpec("Ville Kehittäjä")),
        ),
    ).id
    aino = roster.add_participant(store, gid, roster.ParticipantData(name="Aino Äijälä"))
    roster.add_participant(store, gid, roster.ParticipantData(name="Šárka Nováková"))
    sessions = attendance.attendance_table(store, gid).sessions
    for i in (0, 2):
        attendance.set_mark(
            store, aino.id, sessions[i].id, AttendanceStatus.PRESENT, today=date(2027, 6, 1)
        )
    attendance.set_mark(
        store, aino.id, sessions[1].id, AttendanceStatus.ABSENT, today=date(2027, 6, 1)
    )
    return gid


def test_only_those_who_attended_get_a_certificate(store: Store, small_group: uuid.UUID) -> None:
    data = certificates.group_certificates(store, small_group)
    (only,) = data.certificates
    assert only.name == "Aino Äijälä" and only.place == "Savonlinna"
    assert [s.number for s in only.attended] == [1, 3]
    assert only.sessions_attended == 2 and only.sessions_total == 8
    assert only.leaders == ("Sanna Ohjaaja", "Ville Kehittäjä")
    assert only.start_date == date(2027, 3, 2)


def test_export_writes_a_page_per_participant_and_logs_it(
    store: Store, small_group: uuid.UUID, tmp_path: Path
) -> None:
    path = jobs.export_certificates(store, small_group, tmp_path / "todistukset.pdf")
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    for expected in (
        "Osallistumistodistus",
        "Aino Äijälä",
        "Savonlinnan kevään ryhmä",
        "Savonlinna",
        "2.3.2027",
        "Osallistumiskertoja: 2 / 8",
        "1. kerta",
        "3. kerta",
        "Sanna Ohjaaja",
        "Ville Kehittäjä",
    ):
        assert expected in text, expected
    assert "2. kerta" not in text and "Šárka" not in text
    assert reader.trailer["/Root"]["/Lang"] == "fi-FI"
    (event,) = audit.list_events(store, action="export.certificates")
    assert event.group_id == small_group and event.details == {"certificates": 1}
    assert "Aino" not in str(event.details)


def test_nobody_attended_yet_is_refused(store: Store, tmp_path: Path) -> None:
    gid = groups.create_group(store, groups.NewGroup(name="Tyhjä ryhmä", place="Juva")).id
    with pytest.raises(ValidationError, match="läsnäolomerkintää"):
        jobs.export_certificates(store, gid, tmp_path / "t.pdf")
    assert not (tmp_path / "t.pdf").exists()


def test_wrong_suffix_is_refused(store: Store, small_group: uuid.UUID, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match=r"\.pdf"):
        jobs.export_certificates(store, small_group, tmp_path / "t.xlsx")


def test_cli_writes_the_demo_groups_certificates(
    capsys: pytest.CaptureFixture[str], data: str, tmp_path: Path
) -> None:
    out_file = tmp_path / "todistukset.pdf"
    code, out, err = run(
        capsys,
        "--data-dir",
        data,
        "export",
        "certificates",
        "--group",
        demo.DEMO_GROUP_NAME,
        "-o",
        str(out_file),
    )
    assert code == 0, err
    assert "Osallistumistodistukset tallennettu" in out
    reader = PdfReader(out_file)
    assert len(reader.pages) >= 2
    assert all("Osallistumistodistus" in p.extract_text() for p in reader.pages)
