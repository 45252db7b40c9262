"""Osallistujat driven through the widgets: adding up to the limit, the waiting list, the
sensitive field, leaving, and erasure with its confirmation."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt

from tests.conftest import TODAY
from tests.ui.support import type_text
from voimaa import audit, groups, roster
from voimaa.models import ParticipantStatus
from voimaa.store import Store
from voimaa.ui.sections.participants import ParticipantsSection


@pytest.fixture
def group(store: Store) -> uuid.UUID:
    return groups.create_group(store, groups.NewGroup(name="Savonlinnan ryhmä")).id


@pytest.fixture
def section(qtbot, store: Store, group: uuid.UUID) -> ParticipantsSection:  # type: ignore[no-untyped-def]
    widget = ParticipantsSection(store)
    widget.today = lambda: TODAY
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    widget.set_group(group)
    return widget


def _add(qtbot, section: ParticipantsSection, name: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(section.new_button, Qt.MouseButton.LeftButton)
    type_text(qtbot, section.name, name)
    qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)


def test_add_up_to_the_limit_then_waiting_list(  # type: ignore[no-untyped-def]
    qtbot, answers, section: ParticipantsSection, store: Store, group: uuid.UUID
) -> None:
    with qtbot.waitSignals([section.changed] * 1):
        _add(qtbot, section, "Osallistuja 1")
    for i in range(2, 9):
        _add(qtbot, section, f"Osallistuja {i}")
    assert section.table.rowCount() == 8
    assert section.count_label.text() == "Ryhmässä 8 / 8 osallistujaa"
    assert answers["asked"] == []
    # The ninth: a clear message and the choice of the waiting list. First say no.
    answers["confirm"] = False
    _add(qtbot, section, "Yhdeksäs Henkilö")
    kind, text = answers["asked"][-1]
    assert kind == "confirm"
    assert "Ryhmässä on jo 8 osallistujaa" in text and "Lisätäänkö Yhdeksäs Henkilö jonoon?" in text
    assert "jonoon" in section.error_label.text()
    assert section.table.rowCount() == 8
    # Then yes: the ninth goes to the waiting list.
    answers["confirm"] = True
    qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    assert section.table.rowCount() == 9
    assert section.count_label.text() == "Ryhmässä 8 / 8 osallistujaa, jonossa 1"
    waiting = [
        p for p in roster.list_participants(store, group) if p.status == ParticipantStatus.WAITING
    ]
    assert [p.name for p in waiting] == ["Yhdeksäs Henkilö"]
    assert section.heading.text().startswith("Yhdeksäs Henkilö · ")
    assert section.move_in_button.isVisible()
    # Moving in while the group is full is refused with the reason.
    qtbot.mouseClick(section.move_in_button, Qt.MouseButton.LeftButton)
    assert answers["asked"][-1][0] == "warn"
    # Someone leaves; then one click moves the waiting person in.
    section.table.selectRow(0)
    leaving = section.current_id
    answers["text"] = "Aloitti työkokeilun"
    qtbot.mouseClick(section.left_button, Qt.MouseButton.LeftButton)
    left = roster.get_participant(store, leaving)  # type: ignore[arg-type]
    assert (left.status, left.left_date, left.left_reason) == (
        ParticipantStatus.LEFT,
        TODAY,
        "Aloitti työkokeilun",
    )
    row = next(
        r
        for r in range(section.table.rowCount())
        if section.table.item(r, 0).text() == "Yhdeksäs Henkilö"
    )
    section.table.selectRow(row)
    qtbot.mouseClick(section.move_in_button, Qt.MouseButton.LeftButton)
    assert roster.get_participant(store, waiting[0].id).status == ParticipantStatus.ACTIVE
    assert section.count_label.text() == "Ryhmässä 8 / 8 osallistujaa"


def test_form_saves_every_field_and_hides_sensitive_notes(  # type: ignore[no-untyped-def]
    qtbot, answers, section: ParticipantsSection, store: Store, group: uuid.UUID
) -> None:
    type_text(qtbot, section.name, "Aino Esimerkki")
    type_text(qtbot, section.phone, "040 000 0001")
    type_text(qtbot, section.own_worker, "Sari")
    type_text(qtbot, section.own_worker_contact, "sari@example.invalid")
    type_text(qtbot, section.intake_date, "1.9.2026")
    type_text(qtbot, section.intake_notes, "Tavattiin kirjastossa")
    type_text(qtbot, section.interests, "Käsityöt")
    type_text(qtbot, section.wishes, "Edullista ruokaa")
    assert not section.considerations.isVisible()  # sensitive: hidden until asked
    qtbot.mouseClick(section.show_sensitive, Qt.MouseButton.LeftButton)
    assert section.considerations.isVisible()
    type_text(qtbot, section.considerations, "Paniikkihäiriö")
    qtbot.mouseClick(section.consent, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    (p,) = roster.list_participants(store, group)
    assert (p.name, p.phone, p.own_worker, p.own_worker_contact) == (
        "Aino Esimerkki",
        "040 000 0001",
        "Sari",
        "sari@example.invalid",
    )
    assert p.intake_date is not None and p.intake_date.isoformat() == "2026-09-01"
    assert (p.intake_notes, p.interests, p.wishes) == (
        "Tavattiin kirjastossa",
        "Käsityöt",
        "Edullista ruokaa",
    )
    assert p.considerations == "Paniikkihäiriö"
    assert p.consent_coordinator and p.consent_date == TODAY
    # After saving the sensitive notes are hidden again; the table only says they exist.
    assert not section.considerations.isVisible()
    assert section.table.item(0, 5).text() == "kyllä"
    assert all("Paniikki" not in (section.table.item(0, c).text()) for c in range(6))
    assert section.table.item(0, 1).text() == p.code


@pytest.mark.parametrize(
    ("field", "text", "message"),
    [
        ("name", "", "Kirjoita osallistujan nimi."),
        ("intake_date", "31.2.2026", "ei ole päivämäärä"),
        ("intake_date", "huomenna", "Kirjoita muodossa 22.11.2026"),
    ],
)
def test_refused_input_shows_a_message(  # type: ignore[no-untyped-def]
    qtbot,
    section: ParticipantsSection,
    store: Store,
    group: uuid.UUID,
    field: str,
    text: str,
    message: str,
) -> None:
    if field != "name":
        type_text(qtbot, section.name, "Olli")
    type_text(qtbot, getattr(section, field), text)
    qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    assert message in section.error_label.text()
    assert roster.list_participants(store, group) == []


def test_erasure_confirmation_says_what_goes(  # type: ignore[no-untyped-def]
    qtbot, answers, demo_store: Store, demo_group_id: uuid.UUID
) -> None:
    widget = ParticipantsSection(demo_store)
    widget.today = lambda: TODAY
    qtbot.addWidget(widget)
    widget.set_group(demo_group_id)
    row = next(
        r
        for r in range(widget.table.rowCount())
        if widget.table.item(r, 0).text() == "Aino Esimerkki"
    )
    widget.table.selectRow(row)
    answers["confirm"] = False
    qtbot.mouseClick(widget.erase_button, Qt.MouseButton.LeftButton)
    kind, text = answers["asked"][-1]
    assert kind == "confirm"
    assert "Poistetaanko Aino Esimerkki" in text
    assert "läsnäolomerkinnät: 8" in text and "EUROHIS-8-lomakkeet: 2" in text
    assert "Lokiin jää vain tieto, että poisto tehtiin, kuka sen teki ja milloin" in text
    assert widget.table.rowCount() == 7  # cancelled: nothing gone
    answers["confirm"] = True
    with qtbot.waitSignal(widget.changed):
        qtbot.mouseClick(widget.erase_button, Qt.MouseButton.LeftButton)
    names = [widget.table.item(r, 0).text() for r in range(widget.table.rowCount())]
    assert "Aino Esimerkki" not in names and len(names) == 6
    assert len(audit.list_events(demo_store, action="participant.erase")) == 1


def test_left_participant_shows_and_corrects_date_and_reason(  # type: ignore[no-untyped-def]
    qtbot, demo_store: Store, demo_group_id: uuid.UUID
) -> None:
    widget = ParticipantsSection(demo_store)
    widget.today = lambda: TODAY
    qtbot.addWidget(widget)
    widget.show()
    widget.set_group(demo_group_id)
    assert widget.table.item(6, 0).text() == "Kaisa Koe"
    assert widget.table.item(6, 2).text() == "lopettanut 13.10.2026"
    widget.table.selectRow(6)
    assert widget.left_box.isVisible()
    assert (widget.left_date.text(), widget.left_reason.text()) == (
        "13.10.2026",
        "Aloitti työkokeilun",
    )
    assert widget.move_in_button.text() == "Palauta ryhmään"
    assert not widget.left_button.isVisible()
    widget.left_date.clear()
    type_text(qtbot, widget.left_date, "20.10.2026")
    qtbot.mouseClick(widget.save_button, Qt.MouseButton.LeftButton)
    kaisa = next(
        p for p in roster.list_participants(demo_store, demo_group_id) if p.name == "Kaisa Koe"
    )
    assert kaisa.left_date is not None and kaisa.left_date.isoformat() == "2026-10-20"
    widget.table.selectRow(0)
    assert not widget.left_box.isVisible()
