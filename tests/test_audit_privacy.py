"""The audit log holds no file names built from personal data (issue 10, point 14)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from voimaa import audit, roster
from voimaa.export import jobs
from voimaa.models import AuditEvent, Participant
from voimaa.store import Store


def test_export_events_name_the_folder_and_kind_not_the_file(
    demo_store: Store, demo_group_id, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    written = jobs.export_attendance(demo_store, demo_group_id, tmp_path / "lasnaolo-Koe.xlsx")
    (event,) = audit.list_events(demo_store, action="export.attendance")
    assert event.target == str(tmp_path)
    assert written.name not in event.target and "Koe" not in event.target
    assert event.details["format"] == "xlsx"


def test_erasure_scrubs_file_names_of_older_export_events(
    demo_store: Store, demo_group_id, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    with demo_store.session() as s:
        person = s.scalars(select(Participant).where(Participant.name == "Kaisa Koe")).one()
        person_id = person.id
        # what an earlier version logged: the full path, built from the surname
        audit.record(
            s,
            "export.attendance",
            group_id=demo_group_id,
            target=str(tmp_path / "lasnaolo-koe.xlsx"),
        )
        audit.record(
            s, "export.budget", group_id=demo_group_id, target=str(tmp_path / "Koe" / "b.pdf")
        )
    roster.erase_participant(demo_store, person_id)
    with demo_store.session() as s:
        targets = [e.target for e in s.scalars(select(AuditEvent))]
    assert not any("koe" in t.casefold() for t in targets), targets
    assert str(tmp_path) in targets
