"""The leader pair's group report: gathered from the other capabilities, names only on request."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from tests.conftest import TODAY
from voimaa import attendance, audit, budget, eurohis, reports, roster
from voimaa.errors import NotFoundError, ValidationError
from voimaa.export import jobs
from voimaa.models import ParticipantStatus
from voimaa.store import Store

DEMO_NAMES = ("Aino Esimerkki", "Mikko Mallikas", "Kaisa Koe", "Helena Harjoitus")


def test_report_without_names_by_default(demo_store: Store, demo_group_id: uuid.UUID) -> None:
    report = reports.group_report(demo_store, demo_group_id, today=TODAY)
    assert not report.include_names
    assert all(p.name == "" for p in report.participants)
    assert all(p.label == p.code for p in report.participants)
    text = repr(report.participants) + repr(report.eurohis)
    for name in DEMO_NAMES:
        assert name not in text


def test_report_with_names(demo_store: Store, demo_group_id: uuid.UUID) -> None:
    report = reports.group_report(demo_store, demo_group_id, include_names=True, today=TODAY)
    names = {p.name for p in report.participants}
    assert set(DEMO_NAMES) <= names
    aino = next(p for p in report.participants if p.name == "Aino Esimerkki")
    assert aino.label == f"Aino Esimerkki ({aino.code})"
    assert report.eurohis_label(aino.code) == aino.label


def test_report_gathers_the_group(demo_store: Store, demo_group_id: uuid.UUID) -> None:
    report = reports.group_report(demo_store, demo_group_id, today=TODAY)
    assert report.place == "Juva" and report.mode_label == "Lähiryhmä"
    assert report.leaders == ("Sanna Ohjaaja, sosiaaliohjaaja", "Ville Kehittäjä, kehittäjä")
    assert len(report.sessions) == 8 and len(report.held_sessions) == 8
    assert report.sessions[2].experts == ("Ritva Ravinto (ravitsemusterapeutti)",)
    assert report.start_date and report.end_date and report.start_date < report.end_date
    table = attendance.attendance_table(demo_store, demo_group_id, today=TODAY)
    assert report.group_rate == table.group_rate
    assert [p.code for p in report.participants] == [r.code for r in table.rows]
    assert [s.present for s in report.sessions] == [t.present for t in table.totals]
    kaisa = next(p for p in report.participants if p.status == ParticipantStatus.LEFT)
    assert kaisa.present == 2 and kaisa.marked == 3
    change = eurohis.before_after(demo_store, demo_group_id)
    assert report.eurohis.n_pairs == change.n_pairs == 5
    assert report.eurohis.mean_change == pytest.approx(change.mean_change)
    assert report.eurohis_lines == tuple(eurohis.summary_lines(change))
    assert report.feedback.responses == 5
    money = budget.budget_summary(demo_store, demo_group_id)
    assert report.budget.actual_total_cents == money.actual_total_cents
    assert report.budget.planned_total_cents == money.planned_total_cents


def test_a_session_without_marks_is_not_held(store: Store) -> None:
    from voimaa import groups

    group = groups.create_group(store, groups.NewGroup(name="Uusi", place="Mikkeli"))
    person = roster.add_participant(store, group.id, roster.ParticipantData(name="Testi Henkilö"))
    report = reports.group_report(store, group.id, today=TODAY)
    assert report.held_sessions == ()
    assert report.participants[0].code == person.code
    assert report.participants[0].rate is None
    assert report.eurohis.n_pairs == 0


@pytest.mark.parametrize("suffix", [".pdf", ".xlsx"])
def test_export_is_logged(
    demo_store: Store, demo_group_id: uuid.UUID, tmp_path: Path, suffix: str
) -> None:
    path = jobs.export_group_report(
        demo_store, demo_group_id, tmp_path / f"raportti{suffix}", today=TODAY
    )
    assert path.exists() and path.stat().st_size > 1000
    events = audit.list_events(demo_store, group_id=demo_group_id, action="export.group_report")
    assert len(events) == 1
    assert events[0].target == str(path.parent)  # the folder, never the file name
    assert events[0].details == {"format": suffix[1:], "names": False}


def test_wrong_suffix_and_unknown_group(demo_store: Store, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match=r"\.pdf tai \.xlsx"):
        jobs.export_group_report(demo_store, uuid.uuid4(), tmp_path / "r.docx")
    with pytest.raises(NotFoundError):
        jobs.export_group_report(demo_store, uuid.uuid4(), tmp_path / "r.pdf")
    assert not (tmp_path / "r.pdf").exists() and not (tmp_path / "r.docx").exists()
