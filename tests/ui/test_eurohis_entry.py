"""Typing paper EUROHIS-8 forms with the keyboard: nine keystrokes per form, nothing else."""

from __future__ import annotations

import stat
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from voimaa import audit, eurohis
from voimaa.eurohis import Phase, WordingVersion
from voimaa.store import Store
from voimaa.ui.eurohis_entry import EurohisEntry
from voimaa.ui.eurohis_pad import MISSING_MARK, UNSET
from voimaa.ui.sections.eurohis import EurohisSection

DIGITS = {1: Qt.Key.Key_1, 2: Qt.Key.Key_2, 3: Qt.Key.Key_3, 4: Qt.Key.Key_4, 5: Qt.Key.Key_5}


@pytest.fixture
def entry(qtbot: QtBot, demo_store: Store, demo_group_id: uuid.UUID) -> EurohisEntry:
    widget = EurohisEntry(demo_store)
    qtbot.addWidget(widget)
    widget.show()
    # Start from empty forms: remove the demo group's saved forms.
    queue = eurohis.entry_queue(demo_store, demo_group_id, Phase.BEFORE)
    for e in queue.participants:
        eurohis.delete_response(demo_store, e.participant_id, Phase.BEFORE)
    widget.load(demo_group_id, Phase.BEFORE)
    return widget


def type_form(qtbot: QtBot, widget: EurohisEntry, answers: list[int]) -> None:
    for a in answers:
        qtbot.keyClick(widget, DIGITS[a])
    qtbot.keyClick(widget, Qt.Key.Key_Return)


FORMS = [
    [3, 3, 3, 3, 3, 3, 3, 3],
    [1, 2, 3, 4, 5, 1, 2, 3],
    [5, 5, 5, 5, 5, 5, 5, 4],
    [2, 1, 1, 2, 2, 3, 1, 2],
]


def test_nine_keystrokes_per_form_save_the_right_scores(
    qtbot: QtBot, entry: EurohisEntry, demo_store: Store, demo_group_id: uuid.UUID
) -> None:
    queue = eurohis.entry_queue(demo_store, demo_group_id, Phase.BEFORE)
    with qtbot.waitSignals([entry.saved] * len(FORMS)):
        for form in FORMS:
            type_form(qtbot, entry, form)
    for participant, form in zip(queue.participants, FORMS, strict=False):
        saved = eurohis.get_response(demo_store, participant.participant_id, Phase.BEFORE)
        assert saved is not None
        assert saved.answers == tuple(form)
        assert saved.score is not None and saved.score.total == sum(form)
        assert saved.score.mean == pytest.approx(sum(form) / 8)
        assert saved.filled_on == queue.default_date  # the date of session 1
    # Enter opened the next participant's form each time.
    assert entry.index == len(FORMS)
    assert entry.code_label.text() == queue.participants[len(FORMS)].code
    assert entry.cells == [UNSET] * 8


def test_mean_and_sum_update_as_you_type(qtbot: QtBot, entry: EurohisEntry) -> None:
    qtbot.keyClick(entry, Qt.Key.Key_4)
    assert "4,00" in entry.score_label.text() and "1/8" in entry.score_label.text()
    qtbot.keyClick(entry, Qt.Key.Key_2)
    assert "3,00" in entry.score_label.text() and "summa 6" in entry.score_label.text()
    for _ in range(6):
        qtbot.keyClick(entry, Qt.Key.Key_5)
    assert entry.score_label.text().startswith("Keskiarvo 4,50 · summa 36")
    assert "hyvä elämänlaatu" in entry.score_label.text()


@pytest.mark.parametrize(
    "key",
    [Qt.Key.Key_6, Qt.Key.Key_9, Qt.Key.Key_A, Qt.Key.Key_Space, Qt.Key.Key_Minus, Qt.Key.Key_Tab],
)
def test_a_wrong_key_has_no_effect(
    qtbot: QtBot, entry: EurohisEntry, demo_store: Store, key: Qt.Key
) -> None:
    qtbot.keyClick(entry, Qt.Key.Key_3)
    before = (entry.cells, entry.current, entry.score_label.text(), entry.index)
    qtbot.keyClick(entry, key)
    assert (entry.cells, entry.current, entry.score_label.text(), entry.index) == before
    # The form still takes its remaining seven answers and saves with exactly those.
    participant = entry.participant_id
    assert participant is not None
    for _ in range(7):
        qtbot.keyClick(entry, Qt.Key.Key_4)
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    saved = eurohis.get_response(demo_store, participant, Phase.BEFORE)
    assert saved is not None and saved.answers == (3, 4, 4, 4, 4, 4, 4, 4)


@pytest.mark.parametrize("key", [Qt.Key.Key_0, Qt.Key.Key_Delete])
def test_zero_or_delete_marks_missing(
    qtbot: QtBot, entry: EurohisEntry, demo_store: Store, key: Qt.Key
) -> None:
    participant = entry.participant_id
    assert participant is not None
    for k in (Qt.Key.Key_2, key, Qt.Key.Key_4, Qt.Key.Key_4, key, Qt.Key.Key_4, Qt.Key.Key_4):
        qtbot.keyClick(entry, k)
    assert entry.cells[1] == MISSING_MARK and entry.cells[4] == MISSING_MARK
    qtbot.keyClick(entry, Qt.Key.Key_4)
    assert "2 vastausta puuttuu" in entry.score_label.text()
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    saved = eurohis.get_response(demo_store, participant, Phase.BEFORE)
    assert saved is not None
    assert saved.answers == (2, None, 4, 4, None, 4, 4, 4)
    assert saved.score is None  # two missing: no score


def test_enter_before_all_items_are_typed_does_not_save(
    qtbot: QtBot, entry: EurohisEntry, demo_store: Store
) -> None:
    participant = entry.participant_id
    assert participant is not None
    for _ in range(5):
        qtbot.keyClick(entry, Qt.Key.Key_3)
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    assert eurohis.get_response(demo_store, participant, Phase.BEFORE) is None
    assert entry.participant_id == participant and entry.current == 5
    assert "Kysymys 6" in entry.state_label.text()


def test_finmonik_answers_are_recoded_on_entry(
    qtbot: QtBot, entry: EurohisEntry, demo_store: Store
) -> None:
    entry.wording_box.setCurrentIndex(entry.wording_box.findData(WordingVersion.FINMONIK))
    entry.wording_box.activated.emit(entry.wording_box.currentIndex())
    participant = entry.participant_id
    assert participant is not None
    type_form(qtbot, entry, [4, 1, 4, 1, 1, 1, 4, 1])
    saved = eurohis.get_response(demo_store, participant, Phase.BEFORE)
    assert saved is not None and saved.wording == WordingVersion.FINMONIK
    # Printed 1 on a satisfaction item is "erittäin tyytyväinen" = stored 5.
    assert saved.answers == (4, 5, 4, 5, 5, 5, 4, 5)


def test_editing_a_saved_form_is_logged(
    qtbot: QtBot, demo_store: Store, demo_group_id: uuid.UUID
) -> None:
    widget = EurohisEntry(demo_store)
    qtbot.addWidget(widget)
    widget.load(demo_group_id, Phase.AFTER)
    first = eurohis.entry_queue(demo_store, demo_group_id, Phase.AFTER).participants[0]
    widget.open_index(0)
    assert first.saved is not None
    assert widget.cells == list(first.saved.printed)
    assert "lokiin" in widget.state_label.text()
    # Enter on an unchanged saved form moves on without logging anything.
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    assert widget.index == 1
    assert audit.list_events(demo_store, action="eurohis.edit") == []
    widget.open_index(0)
    qtbot.keyClick(widget, Qt.Key.Key_Down)
    qtbot.keyClick(widget, Qt.Key.Key_5)
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    saved = eurohis.get_response(demo_store, first.participant_id, Phase.AFTER)
    assert saved is not None and saved.answers[1] == 5
    events = audit.list_events(demo_store, action="eurohis.edit")
    assert len(events) == 1 and events[0].details["changed_items"] == [2]


def test_phase_default_dates_and_queue(
    qtbot: QtBot, demo_store: Store, demo_group_id: uuid.UUID
) -> None:
    widget = EurohisEntry(demo_store)
    qtbot.addWidget(widget)
    widget.load(demo_group_id, Phase.AFTER)
    # The one participant without a last form is opened first.
    queue = eurohis.entry_queue(demo_store, demo_group_id, Phase.AFTER)
    missing = next(e for e in queue.participants if e.saved is None)
    assert widget.participant_id == missing.participant_id
    assert widget.date_edit.date().toString("d.M.yyyy") == "17.11.2026"
    assert widget.queue_list.count() == 6
    widget.phase_box.setCurrentIndex(widget.phase_box.findData(Phase.BEFORE))
    widget.phase_box.activated.emit(widget.phase_box.currentIndex())
    assert widget.queue_list.count() == 7
    assert widget.date_edit.date().toString("d.M.yyyy") == "29.9.2026"


def test_section_shows_entry_and_comparison(
    qtbot: QtBot, demo_store: Store, demo_group_id: uuid.UUID, answers: dict
) -> None:
    section = EurohisSection(demo_store)
    qtbot.addWidget(section)
    section.set_group(demo_group_id)
    section.tabs.setCurrentWidget(section.compare)
    assert section.compare.table.rowCount() == 7
    assert "Täydellisiä pareja (alku ja loppu): 5" in section.compare.summary.text()
    assert len(section.compare.item_chart.rows) == 8
    assert len(section.compare.person_chart.rows) == 5
    # Lowering the reliability in settings makes the 0,75 changes reliable.
    box = section.compare.settings_box
    box.reliability.setValue(0.9)
    box.reference_sd.setValue(0.5)
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    assert "parani 4" in section.compare.summary.text()
    assert section.compare.table.item(0, 7).text() == "kyllä, parani"
    assert any(p.marked for p in section.compare.person_chart.rows)


def test_section_prints_the_group_forms(
    qtbot: QtBot,
    demo_store: Store,
    demo_group_id: uuid.UUID,
    answers: dict,
    system_calls,  # type: ignore[no-untyped-def]
) -> None:
    from pypdf import PdfReader

    section = EurohisSection(demo_store)
    qtbot.addWidget(section)
    section.set_group(demo_group_id)
    qtbot.mouseClick(section.print_group, Qt.MouseButton.LeftButton)
    # Printed, not saved: no save dialog; a private temporary PDF went to `lp`.
    assert not [kind for kind, _ in answers["asked"] if kind == "save_path"]
    [(call, argv)] = system_calls.calls
    assert call == "launch" and argv[:2] == ["/usr/bin/lp", "--"]
    printed = Path(argv[2])
    assert len(PdfReader(printed).pages) == 7
    assert stat.S_IMODE(printed.stat().st_mode) == 0o600
    assert answers["asked"][-1] == ("inform", "Tuloste lähetettiin oletustulostimelle.")


def test_group_without_participants_takes_no_keys(qtbot: QtBot, store: Store) -> None:
    from voimaa import groups

    group_id = groups.create_group(store, groups.NewGroup(name="Tyhjä ryhmä")).id
    widget = EurohisEntry(store)
    qtbot.addWidget(widget)
    widget.load(group_id, Phase.BEFORE)
    assert widget.participant_id is None and widget.queue_list.count() == 0
    for key in (Qt.Key.Key_3, Qt.Key.Key_0, Qt.Key.Key_Return):
        qtbot.keyClick(widget, key)
    assert widget.cells == [UNSET] * 8


def test_charts_draw_before_and_after_points(
    qtbot: QtBot, demo_store: Store, demo_group_id: uuid.UUID
) -> None:
    from voimaa.ui.charts import AFTER_COLOR, BEFORE_COLOR
    from voimaa.ui.eurohis_compare import EurohisCompare

    compare = EurohisCompare(demo_store)
    qtbot.addWidget(compare)
    compare.resize(1200, 900)
    compare.set_group(demo_group_id)
    chart = compare.person_chart
    chart.resize(600, chart.sizeHint().height())
    image = chart.grab().toImage()
    colors = {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    }
    assert AFTER_COLOR.name() in colors and BEFORE_COLOR.name() in colors
    chart.set_rows([])
    empty = chart.grab().toImage()
    assert AFTER_COLOR.name() not in {
        empty.pixelColor(x, y).name()
        for x in range(0, empty.width(), 2)
        for y in range(60, empty.height(), 2)
    }


def test_entry_shows_names_beside_codes(
    qtbot: QtBot, demo_store: Store, demo_group_id: uuid.UUID
) -> None:
    """On screen the leaders see whose form it is; the code stays the form's identifier."""
    from voimaa import roster

    widget = EurohisEntry(demo_store)
    qtbot.addWidget(widget)
    widget.load(demo_group_id, Phase.BEFORE)
    codes = {r.code: r.name for r in roster.code_list(demo_store, demo_group_id).rows}
    code = widget.code_label.text()
    assert codes[code] in widget.position_label.text()
    first = widget.queue_list.item(0).text()
    assert first.splitlines()[0].startswith(code) and first.splitlines()[1] == codes[code]
    section = EurohisSection(demo_store)
    qtbot.addWidget(section)
    section.set_group(demo_group_id)
    section.tabs.setCurrentWidget(section.compare)
    cell = section.compare.table.item(0, 0)
    assert cell.text() in codes and cell.toolTip() == codes[cell.text()]


def test_code_list_button_saves_the_list_and_offers_to_open_it(
    qtbot: QtBot,
    demo_store: Store,
    demo_group_id: uuid.UUID,
    answers: dict,
    system_calls,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    from voimaa.ui import ask

    section = EurohisSection(demo_store)
    qtbot.addWidget(section)
    section.set_group(demo_group_id)
    answers["save_path"] = str(tmp_path / "koodit")
    answers["file_choice"] = ask.OPEN
    qtbot.mouseClick(section.code_list_button, Qt.MouseButton.LeftButton)
    written = tmp_path / "koodit.pdf"
    assert written.exists()
    assert system_calls.calls == [("open_url", str(written))]
    assert "henkilötietoja" in answers["asked"][-1][1]
    assert [e.action for e in audit.list_events(demo_store, action="export.code_list")] == [
        "export.code_list"
    ]


def test_a_form_dated_in_the_future_or_far_away_is_warned_and_confirmed(
    qtbot: QtBot,
    entry: EurohisEntry,
    demo_store: Store,
    answers: dict,  # type: ignore[type-arg]
) -> None:
    from datetime import date, timedelta

    from PySide6.QtCore import QDate

    entry.today = lambda: date(2026, 11, 23)
    assert entry.queue is not None
    participant = entry.participant_id
    assert participant is not None
    assert entry.date_warning.text() == ""  # the default date, session 1, is fine
    future = date(2026, 11, 23) + timedelta(weeks=4)
    entry.date_edit.setDate(QDate(future.year, future.month, future.day))
    assert "on tulevaisuudessa" in entry.date_warning.text()
    answers["confirm"] = False
    type_form(qtbot, entry, FORMS[0])
    assert eurohis.get_response(demo_store, participant, Phase.BEFORE) is None
    assert "Tallennetaanko lomake tällä päivällä?" in answers["asked"][-1][1]
    # A typing error in the year: far from every session of the group.
    entry.date_edit.setDate(QDate(2025, 9, 1))
    assert "kaukana ryhmän kerroista" in entry.date_warning.text()
    answers["confirm"] = True
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    saved = eurohis.get_response(demo_store, participant, Phase.BEFORE)
    assert saved is not None and saved.filled_on == date(2025, 9, 1)


def test_one_missing_answer_has_one_wording_in_the_form_and_the_comparison(
    qtbot: QtBot, demo_store: Store, demo_group_id: uuid.UUID
) -> None:
    section = EurohisSection(demo_store)
    qtbot.addWidget(section)
    section.show()
    section.set_group(demo_group_id)
    entry = section.entry
    entry.load(demo_group_id, Phase.AFTER)
    participant = entry.participant_id
    assert participant is not None
    for k in (Qt.Key.Key_4, Qt.Key.Key_0, *[Qt.Key.Key_4] * 6):
        qtbot.keyClick(entry, k)
    on_form = entry.score_label.text()
    assert on_form == "Yksi vastaus puuttuu (ei pisteitä: arvioitua keskiarvoa ei ole sallittu)"
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    section.tabs.setCurrentWidget(section.compare)
    table = section.compare.table
    code = eurohis.get_response(demo_store, participant, Phase.AFTER).code  # type: ignore[union-attr]
    [row] = [r for r in range(table.rowCount()) if table.item(r, 0).text() == code]
    assert table.item(row, 8).text() == "loppumittaus: " + on_form[0].lower() + on_form[1:]


def test_the_comparison_says_in_plain_words_what_the_figures_mean(
    qtbot: QtBot, demo_store: Store, demo_group_id: uuid.UUID
) -> None:
    from voimaa.ui.eurohis_compare import EurohisCompare

    compare = EurohisCompare(demo_store)
    qtbot.addWidget(compare)
    compare.show()
    compare.set_group(demo_group_id)
    result = eurohis.before_after(demo_store, demo_group_id)
    assert compare.plain_label.text() == " ".join(eurohis.plain_summary(result))
    assert "Keskimäärin elämänlaatu parani" in compare.plain_label.text()
    assert compare.help_button.text() == "Mitä tämä tarkoittaa?"
    assert not compare.help_label.isVisible()
    compare.help_button.click()
    assert compare.help_label.isVisible()
    for term in eurohis.explanations():
        assert term.term in compare.help_label.text()
    assert compare.table.horizontalHeaderItem(6).toolTip() == eurohis.explain("rci")
    assert compare.settings_box.reliability.toolTip() == eurohis.explain("r")
