"""Views reload from what an operation changed, the group list loads its group once, and two
errors that used to escape (or show raw text) are shown properly."""

from __future__ import annotations

import logging
import uuid
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.conftest import TODAY
from voimaa import groups, roster
from voimaa.errors import NotFoundError
from voimaa.export import jobs
from voimaa.store import Store
from voimaa.ui.main_window import MainWindow
from voimaa.ui.ops import OpChanges
from voimaa.ui.sections import (
    SECTIONS,
    AttendanceSection,
    ExpertsSection,
    FeedbackSection,
    ParticipantsSection,
    Section,
)


def _window(qtbot: QtBot, store: Store) -> MainWindow:
    """The main window with all eight sections built (each tab visited once)."""
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
    window.tabs.setCurrentIndex(0)
    assert len(window.sections) == len(SECTIONS)
    return window


def _count_refreshes(window: MainWindow) -> Counter[str]:
    counts: Counter[str] = Counter()
    for section in window.sections:

        def counted(section: Section = section) -> None:
            counts[type(section).__name__] += 1
            type(section).refresh(section)

        section.refresh = counted  # type: ignore[method-assign]
    return counts


def _section(window: MainWindow, cls: type[Section]) -> Section:
    return next(s for s in window.sections if isinstance(s, cls))


def test_refresh_groups_loads_each_section_once(qtbot: QtBot, demo_store: Store) -> None:
    window = _window(qtbot, demo_store)
    counts: Counter[str] = Counter()
    for section in window.sections:

        def counted(gid: uuid.UUID | None, section: Section = section) -> None:
            counts[type(section).__name__] += 1
            type(section).set_group(section, gid)

        section.set_group = counted  # type: ignore[method-assign]
    window.refresh_groups()
    assert set(counts.values()) == {1} and len(counts) == len(window.sections)


def test_switching_group_keeps_the_shared_expert_list_and_shows_who_is_coming(
    qtbot: QtBot, demo_store: Store
) -> None:
    demo_id = groups.list_groups(demo_store)[0].id
    other = groups.create_group(demo_store, groups.NewGroup(name="Toinen ryhmä")).id
    window = _window(qtbot, demo_store)
    section = _section(window, ExpertsSection)
    assert isinstance(section, ExpertsSection)
    window.refresh_groups(select=demo_id)
    assert "Tulossa" in section.coming_label.text()
    listed = section.experts
    counts = _count_refreshes(window)
    window.refresh_groups(select=other)
    assert section.group_id == other and "ei ole vielä kutsuttu" in section.coming_label.text()
    assert "ExpertsSection" not in counts and section.experts is listed
    window.apply_changes(OpChanges.EXPERTS, None)  # an expert changed: the list reloads
    assert counts["ExpertsSection"] == 1


def test_sections_are_built_when_first_shown_and_load_the_group_once(
    qtbot: QtBot, demo_store: Store
) -> None:
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.show()
    assert [type(s) for s in window.sections] == [SECTIONS[0]]  # only the visible one
    group_id = window.current_group_id()
    loads: Counter[str] = Counter()
    real = Section.set_group

    def counted(section: Section, gid: uuid.UUID | None) -> None:
        loads[type(section).__name__] += 1
        real(section, gid)

    Section.set_group = counted  # type: ignore[method-assign]
    try:
        window.tabs.setCurrentIndex(SECTIONS.index(AttendanceSection))
        window.tabs.setCurrentIndex(0)
        window.tabs.setCurrentIndex(SECTIONS.index(AttendanceSection))
    finally:
        Section.set_group = real  # type: ignore[method-assign]
    attendance = window.section(AttendanceSection)
    assert loads == Counter({"AttendanceSection": 1})  # built once, loaded once
    assert attendance.group_id == group_id and attendance.isVisible()
    assert [type(s) for s in window.sections] == [SECTIONS[0], AttendanceSection]
    # An edit elsewhere reloads the built sections only; a section built later loads fresh.
    window.apply_changes(OpChanges.ALL, None)
    assert len(window.sections) == 2
    feedback = window.section(FeedbackSection)
    assert feedback.group_id == group_id


def test_an_edit_reloads_only_the_sections_that_show_what_changed(
    qtbot: QtBot, demo_store: Store
) -> None:
    window = _window(qtbot, demo_store)
    people = _section(window, ParticipantsSection)
    assert isinstance(people, ParticipantsSection)
    people.today = lambda: TODAY
    people.table.selectRow(0)
    counts = _count_refreshes(window)

    people.phone.setText("040 123 4567")
    qtbot.mouseClick(people.save_button, Qt.MouseButton.LeftButton)
    assert roster.get_participant(demo_store, people.current_id).phone == "040 123 4567"  # type: ignore[arg-type]
    assert set(counts) == {
        "ParticipantsSection",  # itself, selecting the saved row
        "AttendanceSection",
        "BudgetSection",
        "EurohisSection",
        "FeedbackSection",
        "ReportsSection",
    }
    assert counts["AttendanceSection"] == 1
    assert "ProgramSection" not in counts and "ExpertsSection" not in counts

    counts.clear()
    attendance = _section(window, AttendanceSection)
    assert isinstance(attendance, AttendanceSection)
    attendance.today = lambda: TODAY
    attendance._on_mark(0, 0, None)  # clear a mark of the first session
    assert set(counts) == {"AttendanceSection", "ReportsSection"}


def test_a_rename_updates_the_list_and_header_without_reloading_sections(
    qtbot: QtBot, store: Store, answers: dict[str, object]
) -> None:
    groups.create_group(store, groups.NewGroup(name="Vanha nimi"))
    window = _window(qtbot, store)
    counts = _count_refreshes(window)
    answers["text"] = "Uusi nimi"
    window.rename_group()
    assert window.group_list.item(0).text().startswith("Uusi nimi")
    assert "Uusi nimi" in window.header.text()
    assert set(counts) <= {"ProgramSection", "BudgetSection", "ReportsSection"}


@pytest.fixture
def group(store: Store) -> uuid.UUID:
    return groups.create_group(store, groups.NewGroup(name="Savonlinnan ryhmä")).id


def test_marking_left_someone_erased_meanwhile_is_shown_not_raised(
    qtbot: QtBot, store: Store, group: uuid.UUID, answers: dict[str, object]
) -> None:
    section = ParticipantsSection(store)
    qtbot.addWidget(section)
    section.today = lambda: TODAY
    section.set_group(group)
    person = roster.add_participant(
        store, group, roster.ParticipantData(name="Aino Esimerkki"), today=TODAY
    )
    section.select(person.id)
    roster.erase_participant(store, person.id)  # e.g. in another window
    with pytest.raises(NotFoundError) as gone:
        roster.mark_left(store, person.id, reason="", today=TODAY)
    answers["text"] = "Muutti pois"
    qtbot.mouseClick(section.left_button, Qt.MouseButton.LeftButton)
    assert section.error_label.text() == str(gone.value)


def test_an_unexpected_feedback_export_error_is_a_notice_not_raw_text(
    qtbot: QtBot,
    store: Store,
    group: uuid.UUID,
    answers: dict[str, object],
    unexpected_errors: list[logging.LogRecord],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    def broken(*_args: object, **_kwargs: object) -> Path:
        raise RuntimeError("Aino Esimerkki: pelkää ryhmätilanteita")

    monkeypatch.setattr(jobs, "export_feedback_form", broken)
    section = FeedbackSection(store)
    qtbot.addWidget(section)
    section.set_group(group)
    answers["save_path"] = str(tmp_path / "palaute")
    section.print_form()
    [warning] = [text for kind, text in answers["asked"] if kind == "warn"]  # type: ignore[union-attr]
    assert warning.startswith("Odottamaton virhe") and "Aino" not in warning
    assert len(unexpected_errors) == 1


def test_each_kind_of_change_reaches_the_sections_that_show_it(
    qtbot: QtBot, demo_store: Store
) -> None:
    window = _window(qtbot, demo_store)
    counts = _count_refreshes(window)
    expected = {
        OpChanges.EXPERTS: {"ProgramSection", "ExpertsSection", "ReportsSection"},
        OpChanges.FEEDBACK: {"FeedbackSection", "ReportsSection"},
        OpChanges.EUROHIS: {"EurohisSection", "ReportsSection"},
        OpChanges.BUDGET: {"BudgetSection", "ReportsSection"},
    }
    for changes, sections in expected.items():
        counts.clear()
        window.apply_changes(changes, None)
        assert set(counts) == sections, changes
    counts.clear()
    window.apply_changes(OpChanges.FEEDBACK, _section(window, FeedbackSection))
    assert set(counts) == {"ReportsSection"}  # the section that made the change is left alone
