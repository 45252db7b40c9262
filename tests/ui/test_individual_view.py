"""The Yksilötyö view driven by the keyboard: a new period, goals, ratings, meetings, EUROHIS-8
at the start and the end, and ending the period."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QScrollArea
from pytestqt.qtbot import QtBot

from tests.conftest import TODAY
from voimaa import audit, eurohis, individual
from voimaa.models import GoalsMet, MeetingPlace, NextStep, PeriodStatus, Phase
from voimaa.store import Store
from voimaa.ui.individual import IndividualView
from voimaa.ui.main_window import MainWindow


def type_text(qtbot: QtBot, edit, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type like a user: QTest sends only ASCII keys, so ä and ö come as composed input."""
    for ch in text:
        if ord(ch) < 128:
            qtbot.keyClicks(edit, ch)
        else:
            edit.insert(ch)


def make_view(qtbot: QtBot, store: Store) -> IndividualView:
    view = IndividualView(store)
    view.today = TODAY
    view.editor.today = TODAY
    qtbot.addWidget(view)
    view.resize(1280, 680)
    view.show()
    activate(qtbot, view)
    return view


def activate(qtbot: QtBot, widget) -> None:  # type: ignore[no-untyped-def]
    """Keyboard focus moves with Tab only in the active window."""
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow, timeout=2000)


def test_main_window_has_groups_and_individual_work(qtbot: QtBot, store: Store) -> None:
    window = MainWindow(store)
    qtbot.addWidget(window)
    parts = window.centralWidget()
    assert [parts.tabText(i) for i in range(parts.count())] == ["Ryhmät", "Yksilötyö"]
    page = parts.widget(1)
    assert isinstance(page, QScrollArea)  # it scrolls on a small screen
    assert not isinstance(page.widget(), IndividualView)  # built when first shown (issue 13)
    parts.setCurrentIndex(1)
    view = page.widget()
    assert isinstance(view, IndividualView)
    assert page.objectName() == "individualViewScroll"
    parts.setCurrentIndex(0)
    parts.setCurrentIndex(1)
    assert page.widget() is view  # built once


def test_individual_work_built_in_a_shown_window_is_visible(qtbot: QtBot, store: Store) -> None:
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    parts = window.centralWidget()
    parts.setCurrentIndex(1)
    view = parts.widget(1).widget()
    assert isinstance(view, IndividualView)
    qtbot.waitUntil(view.isVisible, timeout=2000)
    assert view.new_button.isVisible()


def test_a_whole_period_by_keyboard(qtbot: QtBot, store: Store) -> None:
    view = make_view(qtbot, store)
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert dialog is not None
    type_text(qtbot, dialog.name, "Tiina Testiasiakas")
    type_text(qtbot, dialog.worker, "Sari Sosiaalityöntekijä")
    type_text(qtbot, dialog.place, "Juva")
    dialog.start.setDate(QDate(2026, 9, 1))
    dialog.decision.setDate(QDate(2026, 8, 25))
    qtbot.keyClick(dialog.place, Qt.Key.Key_Return)  # OK is the default button
    assert dialog.result() == QDialog.DialogCode.Accepted
    [period] = individual.list_periods(store)
    assert (period.name, period.place, period.start_date) == (
        "Tiina Testiasiakas",
        "Juva",
        date(2026, 9, 1),
    )
    editor = view.editor
    assert editor.period is not None and editor.period.id == period.id
    assert "Tiina Testiasiakas" in editor.header.text()

    # Goals: type and press Enter, one after the other.
    for text in ("Herään ennen kymmentä", "Maksan laskut ajallaan"):
        editor.goal_text.setFocus()
        type_text(qtbot, editor.goal_text, text)
        qtbot.keyClick(editor.goal_text, Qt.Key.Key_Return)
    assert editor.goal_list.count() == 2
    goals = individual.list_goals(store, period.id)
    assert [g.text for g in goals] == ["Herään ennen kymmentä", "Maksan laskut ajallaan"]

    # Start ratings: number, Tab, number, Enter.
    qtbot.mouseClick(editor.rate_buttons[individual_start()], Qt.MouseButton.LeftButton)
    rating = editor.dialog
    rating.day.setDate(QDate(2026, 9, 1))
    first = rating.boxes[goals[0].id]
    first.selectAll()
    qtbot.keyClicks(first, "3")
    second = rating.boxes[goals[1].id]
    second.setFocus()
    second.selectAll()
    qtbot.keyClicks(second, "5")
    qtbot.keyClick(second, Qt.Key.Key_Return)
    assert [g.start for g in individual.list_goals(store, period.id)] == [3, 5]

    # Meetings: date, Tab, minutes, Tab, place by its first letter, Tab, topics, Enter.
    activate(qtbot, view)
    entry = editor.entry
    for day, minutes, place_key, topics in (
        ("8.9.2026", "90", Qt.Key.Key_K, "talous ja asiointi, asuminen"),
        ("15.9.2026", "45", None, "päivärytmi"),  # the first place, toimisto, as it is
    ):
        entry.date.setFocus()
        type_text(qtbot, entry.date, day)
        qtbot.keyClick(entry.date, Qt.Key.Key_Tab)
        assert entry.minutes.hasFocus()
        entry.minutes.selectAll()
        qtbot.keyClicks(entry.minutes, minutes)
        qtbot.keyClick(entry.minutes, Qt.Key.Key_Tab)
        assert entry.place.hasFocus()
        if place_key is not None:
            qtbot.keyClick(entry.place, place_key)
        qtbot.keyClick(entry.place, Qt.Key.Key_Tab)
        assert entry.topics.hasFocus()
        type_text(qtbot, entry.topics, topics)
        qtbot.keyClick(entry.topics, Qt.Key.Key_Return)
    meetings = individual.list_meetings(store, period.id)
    assert [(m.held_on, m.minutes, m.place, m.topics) for m in meetings] == [
        (date(2026, 9, 8), 90, MeetingPlace.HOME, ("talous ja asiointi", "asuminen")),
        (date(2026, 9, 15), 45, MeetingPlace.OFFICE, ("päivärytmi",)),
    ]
    assert editor.meetings.rowCount() == 2
    assert "2 tapaamista" in editor.intensity.text()

    # EUROHIS-8 at the start and at the end: eight answers and Enter.
    for phase, keys in ((Phase.BEFORE, "32232213"), (Phase.AFTER, "44343324")):
        button = editor.before_button if phase == Phase.BEFORE else editor.after_button
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        pad = editor.dialog
        for key in keys:
            qtbot.keyClick(pad, key)
        qtbot.keyClick(pad, Qt.Key.Key_Return)
    before = eurohis.get_period_response(store, period.id, Phase.BEFORE)
    after = eurohis.get_period_response(store, period.id, Phase.AFTER)
    assert before is not None and before.answers == (3, 2, 2, 3, 2, 2, 1, 3)
    assert after is not None and after.score is not None and after.score.mean == 3.375
    assert before.filled_on == date(2026, 9, 1)
    assert "muutos +1,13" in editor.eurohis_label.text()  # 3,375 − 2,25 = 1,125, half up

    # End the period.
    qtbot.mouseClick(editor.end_button, Qt.MouseButton.LeftButton)
    ending = editor.dialog
    ending.day.setDate(QDate(2026, 11, 20))
    ending.met.setCurrentIndex(ending.met.findData(GoalsMet.PARTLY))
    ending.step.setCurrentIndex(ending.step.findData(NextStep.WORK_ACTIVITY))
    type_text(qtbot, ending.detail, "Kierrätyskeskus")
    qtbot.keyClick(ending.detail, Qt.Key.Key_Return)
    ended = individual.get_period(store, period.id)
    assert ended.status == PeriodStatus.ENDED and ended.outcome is not None
    assert (ended.end_date, ended.outcome.next_step_detail) == (
        date(2026, 11, 20),
        "Kierrätyskeskus",
    )
    assert "päättynyt" in view.period_list.item(0).text()
    assert editor.end_button.text() == "Muuta tulosta…"


def individual_start():  # type: ignore[no-untyped-def]
    from voimaa.models import RatingOccasion

    return RatingOccasion.START


def test_notes_are_hidden_until_asked(qtbot: QtBot, demo_store: Store) -> None:
    view = make_view(qtbot, demo_store)
    pekka = next(p for p in individual.list_periods(demo_store) if p.name == "Pekka Perustapaus")
    row = next(
        i
        for i in range(view.period_list.count())
        if view.period_list.item(i).data(Qt.ItemDataRole.UserRole) == pekka.id
    )
    view.period_list.setCurrentRow(row)
    editor = view.editor
    notes = [editor.meetings.item(r, 4).text() for r in range(editor.meetings.rowCount())]
    assert "(piilotettu)" in notes and not any("Sovittiin" in n for n in notes)
    editor.show_notes.setChecked(True)
    notes = [editor.meetings.item(r, 4).text() for r in range(editor.meetings.rowCount())]
    assert any("Sovittiin" in n for n in notes)


def test_a_bad_meeting_date_is_refused_in_finnish(
    qtbot: QtBot, store: Store, answers: dict[str, object]
) -> None:
    client = individual.create_client(store, individual.ClientData(name="Päivä Väärin"))
    individual.create_period(store, client.id, individual.PeriodData(start_date=date(2026, 9, 1)))
    view = make_view(qtbot, store)
    view.period_list.setCurrentRow(0)
    entry = view.editor.entry
    type_text(qtbot, entry.date, "32.9.2026")
    qtbot.keyClick(entry.date, Qt.Key.Key_Return)
    assert any("ei ole päivämäärä" in str(a) for a in answers["asked"])  # type: ignore[attr-defined]
    assert individual.list_meetings(store, individual.list_periods(store)[0].id) == []


@pytest.mark.parametrize("suffix", [".pdf", ".xlsx"])
def test_summary_export_from_the_editor(
    qtbot: QtBot,
    demo_store: Store,
    answers: dict[str, object],
    tmp_path,
    suffix: str,  # type: ignore[no-untyped-def]
) -> None:
    view = make_view(qtbot, demo_store)
    view.period_list.setCurrentRow(0)
    target = tmp_path / f"jakso{suffix}"
    answers["save_path"] = str(target)
    view.editor.export_summary(suffix)
    assert target.exists()
    assert audit.list_events(demo_store, action="export.period")


def test_a_saved_eurohis_form_opens_with_its_answers(qtbot: QtBot, demo_store: Store) -> None:
    view = make_view(qtbot, demo_store)
    pekka = next(p for p in individual.list_periods(demo_store) if p.name == "Pekka Perustapaus")
    view.refresh(select=pekka.id)
    editor = view.editor
    qtbot.mouseClick(editor.after_button, Qt.MouseButton.LeftButton)
    pad = editor.dialog
    assert pad.answers() == [3, 3, 3, 4, 3, 3, 2, 4]
    qtbot.keyClick(pad, Qt.Key.Key_Up)  # back to item 8
    qtbot.keyClick(pad, "5")
    qtbot.keyClick(pad, Qt.Key.Key_Return)
    saved = eurohis.get_period_response(demo_store, pekka.id, Phase.AFTER)
    assert saved is not None and saved.answers[7] == 5
    [edit] = audit.list_events(demo_store, action="eurohis.edit")
    assert edit.details["changed_items"] == [8] and edit.target == pekka.code


def test_chapters_used_and_printed_for_the_client(
    qtbot: QtBot,
    store: Store,
    answers: dict[str, object],
    tmp_path,  # type: ignore[no-untyped-def]
) -> None:
    client = individual.create_client(store, individual.ClientData(name="Luku Lukija"))
    period = individual.create_period(
        store, client.id, individual.PeriodData(start_date=date(2026, 9, 1))
    )
    view = make_view(qtbot, store)
    view.period_list.setCurrentRow(0)
    entry = view.editor.entry
    type_text(qtbot, entry.date, "8.9.2026")
    entry.chapters.setFocus()
    qtbot.keyClicks(entry.chapters, "5, 2")
    qtbot.keyClick(entry.chapters, Qt.Key.Key_Return)
    [meeting] = individual.list_meetings(store, period.id)
    assert meeting.chapters == ("talous", "paivarytmi")
    assert "työkirja 5, 2" in view.editor.meetings.item(0, 3).text()
    answers["text"] = "5"
    answers["save_path"] = str(tmp_path / "luku.pdf")
    qtbot.mouseClick(view.editor.chapter_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "luku.pdf").exists()
    [event] = audit.list_events(store, action="export.workbook")
    assert event.details["chapter"] == "5"


def test_erasing_a_client_from_the_view(
    qtbot: QtBot, demo_store: Store, answers: dict[str, object]
) -> None:
    view = make_view(qtbot, demo_store)
    pekka = next(p for p in individual.list_periods(demo_store) if p.name == "Pekka Perustapaus")
    view.refresh(select=pekka.id)
    answers["confirm"] = False
    qtbot.mouseClick(view.erase_button, Qt.MouseButton.LeftButton)
    assert len(individual.list_periods(demo_store)) == 4
    kind, text = answers["asked"][-1]  # type: ignore[index]
    assert kind == "confirm" and "Pekka Perustapaus" in text and "18 tapaamista" in text
    answers["confirm"] = True
    qtbot.mouseClick(view.erase_button, Qt.MouseButton.LeftButton)
    names = [p.name for p in individual.list_periods(demo_store)]
    assert len(names) == 3 and "Pekka Perustapaus" not in names
    assert view.period_list.count() == 3


def test_the_topic_list_is_edited_from_the_view(
    qtbot: QtBot, store: Store, answers: dict[str, object]
) -> None:
    view = make_view(qtbot, store)
    answers["text"] = "asuminen, kuntosali, , Asuminen"
    qtbot.mouseClick(view.topics_button, Qt.MouseButton.LeftButton)
    assert individual.topics(store) == ("asuminen", "kuntosali")
    answers["text"] = None  # cancelled
    qtbot.mouseClick(view.topics_button, Qt.MouseButton.LeftButton)
    assert individual.topics(store) == ("asuminen", "kuntosali")


def test_period_details_are_corrected_and_bad_dates_refused(
    qtbot: QtBot, store: Store, answers: dict[str, object]
) -> None:
    client = individual.create_client(store, individual.ClientData(name="Tiedot Korjattava"))
    period = individual.create_period(
        store, client.id, individual.PeriodData(start_date=date(2026, 9, 1), place="Juva")
    )
    view = make_view(qtbot, store)
    view.period_list.setCurrentRow(0)
    editor = view.editor
    qtbot.mouseClick(editor.details_button, Qt.MouseButton.LeftButton)
    dialog = editor.dialog
    assert dialog.start.text() == "1.9.2026" and dialog.work.text() == ""
    dialog.work.setText("30.9.2026")
    dialog.until.setText("31.8.2027")
    dialog.consent.setChecked(True)
    dialog.accept()
    saved = individual.get_period(store, period.id)
    assert (saved.work_phase_date, saved.decided_until) == (date(2026, 9, 30), date(2027, 8, 31))
    assert individual.get_client(store, client.id).consent_coordinator
    assert "työskentelyvaihe" in editor.header.text()
    qtbot.mouseClick(editor.details_button, Qt.MouseButton.LeftButton)
    editor.dialog.closing.setText("1.8.2026")  # before the work phase
    editor.dialog.accept()
    assert any("järjestyksessä" in text for _, text in answers["asked"])  # type: ignore[attr-defined]
    assert individual.get_period(store, period.id).closing_phase_date is None


def test_a_saved_meeting_is_corrected_or_deleted(
    qtbot: QtBot, store: Store, answers: dict[str, object]
) -> None:
    client = individual.create_client(store, individual.ClientData(name="Korjaus Tapaaminen"))
    period = individual.create_period(
        store, client.id, individual.PeriodData(start_date=date(2026, 9, 1))
    )
    individual.add_meeting(
        store, period.id, individual.MeetingData(date(2026, 9, 8), minutes=60, note="Salaisuus")
    )
    view = make_view(qtbot, store)
    view.period_list.setCurrentRow(0)
    editor = view.editor
    editor.edit_meeting(0)  # what a double-click on the row does
    entry = editor.entry
    assert (
        entry.date.text() == "8.9.2026" and entry.note.text() == "" and not entry.note.isEnabled()
    )
    entry.minutes.setFocus()
    entry.minutes.selectAll()
    qtbot.keyClicks(entry.minutes, "75")
    qtbot.keyClick(entry.minutes, Qt.Key.Key_Return)
    [meeting] = individual.list_meetings(store, period.id)
    assert (meeting.minutes, meeting.note) == (75, "Salaisuus")  # the hidden note stays
    [edit] = audit.list_events(store, action="period.meeting.edit")
    assert edit.details["changed"] == ["minutes"]
    editor.meetings.setCurrentCell(0, 0)
    answers["confirm"] = False
    qtbot.mouseClick(editor.delete_meeting_button, Qt.MouseButton.LeftButton)
    assert len(individual.list_meetings(store, period.id)) == 1
    answers["confirm"] = True
    qtbot.mouseClick(editor.delete_meeting_button, Qt.MouseButton.LeftButton)
    assert individual.list_meetings(store, period.id) == []
    assert editor.meetings.rowCount() == 0
