"""The access log: who (leader name + OS user), what, group, code; filters; xlsx and PDF."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader

from voimaa import access_log, audit, groups, roster, settings
from voimaa.access_log import Filter, Kind
from voimaa.export import jobs
from voimaa.store import Store


def _demo_people(store: Store, group_id: uuid.UUID) -> list[roster.ParticipantInfo]:
    return roster.list_participants(store, group_id)


def test_events_name_the_leader_and_the_os_user(
    demo_store: Store, demo_group_id: uuid.UUID, tmp_path: Path
) -> None:
    settings.set_setting(demo_store, access_log.LEADER_SETTING, "Ohjaaja Olli")
    jobs.export_attendance(demo_store, demo_group_id, tmp_path / "l.xlsx")
    [row] = access_log.events(demo_store, Filter(kinds=frozenset([Kind.EXPORT])))
    assert row.leader == "Ohjaaja Olli" and row.os_user == audit.current_actor()
    assert row.group_name and row.what == "Läsnäolotaulukko viety"


def test_filter_by_participant_code_for_a_request(
    demo_store: Store, demo_group_id: uuid.UUID, tmp_path: Path
) -> None:
    people = _demo_people(demo_store, demo_group_id)
    person, other = people[0], people[1]
    other_group = groups.create_group(demo_store, groups.NewGroup(name="Toinen ryhmä")).id
    jobs.export_attendance(demo_store, demo_group_id, tmp_path / "a.xlsx")  # the group's data
    jobs.export_budget(demo_store, other_group, tmp_path / "b.xlsx")  # another group
    audit.record_event(demo_store, "eurohis.delete", group_id=demo_group_id, target=other.code)
    audit.record_event(demo_store, "eurohis.edit", group_id=demo_group_id, target=person.code)
    rows = access_log.events(demo_store, Filter(code=person.code.lower()))
    actions = [r.action for r in rows]
    assert "eurohis.edit" in actions and "export.attendance" in actions
    assert "export.budget" not in actions
    assert all(other.code not in (r.code or "") for r in rows)
    [edit] = [r for r in rows if r.action == "eurohis.edit"]
    assert edit.code == person.code and not edit.about_group
    [export] = [r for r in rows if r.action == "export.attendance"]
    assert export.about_group
    # nobody's name is in the log
    names = [p.name for p in people]
    for r in access_log.events(demo_store):
        assert not any(n in f"{r.what}{r.code}{r.group_name}{r.leader}" for n in names)


def test_filters_by_group_kind_and_dates(
    demo_store: Store, demo_group_id: uuid.UUID, tmp_path: Path
) -> None:
    jobs.export_attendance(demo_store, demo_group_id, tmp_path / "a.xlsx")
    today = date.today()
    assert access_log.events(demo_store, Filter(group_id=demo_group_id))
    assert all(
        r.group_id == demo_group_id
        for r in access_log.events(demo_store, Filter(group_id=demo_group_id))
    )
    assert access_log.events(demo_store, Filter(group_id=uuid.uuid4())) == []
    exports = access_log.events(demo_store, Filter(kinds=frozenset([Kind.EXPORT])))
    assert exports and all(r.kind is Kind.EXPORT for r in exports)
    assert access_log.events(demo_store, Filter(since=today, until=today))
    tomorrow = today + timedelta(days=1)
    assert access_log.events(demo_store, Filter(since=tomorrow)) == []
    assert access_log.events(demo_store, Filter(until=today - timedelta(days=400))) == []


def test_the_log_exports_to_xlsx_and_prints_for_a_code(
    demo_store: Store, demo_group_id: uuid.UUID, tmp_path: Path
) -> None:
    person = _demo_people(demo_store, demo_group_id)[0]
    audit.record_event(demo_store, "eurohis.edit", group_id=demo_group_id, target=person.code)
    flt = Filter(code=person.code)
    xlsx = jobs.export_access_log(demo_store, tmp_path / "loki.xlsx", flt)
    ws = load_workbook(xlsx).active
    values = [str(c.value) for row in ws.iter_rows() for c in row if c.value]
    assert person.code in values and "EUROHIS-8-lomaketta muutettu" in values
    pdf = jobs.export_access_log(demo_store, tmp_path / "loki.pdf", flt)
    text = "".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "Tapahtumaloki" in text and person.code in text
    assert person.name not in text
    assert access_log.events(demo_store, Filter(kinds=frozenset([Kind.EXPORT])))[0].action == (
        "export.access_log"
    )


def _recorded_actions() -> set[str]:
    """Every action name the program records (audit.record or the exports' log_export)."""
    import re

    source = Path(access_log.__file__).parent
    pattern = re.compile(r'(?:audit\.record|log_export)\(\s*\w+,\s*"([a-z_.]+)"')
    found: set[str] = set()
    for path in source.rglob("*.py"):
        found.update(pattern.findall(path.read_text(encoding="utf-8")))
    return found


def test_every_recorded_action_has_a_finnish_label() -> None:
    """The log never shows a raw action name such as 'period.end' (seen in the walk-through of
    issue 11: the individual-work events had none)."""
    actions = _recorded_actions()
    assert {"period.end", "export.attendance", "group.create"} <= actions  # the scan finds them
    unlabelled = sorted(a for a in actions if access_log.action_label(a) == a)
    assert unlabelled == []


def test_erasing_a_client_is_an_erasure() -> None:
    assert access_log.kind_of("client.erase") is Kind.ERASURE
    assert access_log.kind_of("period.meeting.delete") is Kind.ERASURE
