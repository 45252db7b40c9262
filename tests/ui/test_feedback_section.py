"""The Palaute section: keyboard entry, summary, editing and deleting, the form editor."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from voimaa import audit, feedback
from voimaa.store import Store
from voimaa.ui.feedback_entry import SKIPPED, UNSET
from voimaa.ui.sections.feedback import FeedbackSection

DIGITS = {1: Qt.Key.Key_1, 2: Qt.Key.Key_2, 3: Qt.Key.Key_3, 4: Qt.Key.Key_4, 5: Qt.Key.Key_5}


@pytest.fixture
def section(qtbot: QtBot, demo_store: Store, demo_group_id: uuid.UUID) -> FeedbackSection:
    widget = FeedbackSection(demo_store)
    qtbot.addWidget(widget)
    widget.show()
    widget.set_group(demo_group_id)
    return widget


def test_type_a_whole_form_with_the_keyboard(
    qtbot: QtBot, section: FeedbackSection, demo_store: Store, demo_group_id: uuid.UUID
) -> None:
    entry = section.entry
    ratings = [5, 4, 3, 2, 1, 5, 4, 3, 2, 1, 5, 4, 3, 2, 1, 5]  # all but the last of 17
    for r in ratings:
        qtbot.keyClick(entry, DIGITS[r])
    qtbot.keyClick(entry, Qt.Key.Key_0)  # the last statement left unanswered
    # After the last statement Enter goes to the first open answer.
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    first, second, third = entry.answer_edits
    qtbot.keyClicks(first, "Ryhman henki")
    qtbot.keyClick(first, Qt.Key.Key_Return)
    qtbot.keyClick(second, Qt.Key.Key_Return)  # left empty
    qtbot.keyClicks(third, "Kavelyporukka")
    with qtbot.waitSignal(entry.saved):
        qtbot.keyClick(third, Qt.Key.Key_Return)
    saved = feedback.list_feedback(demo_store, demo_group_id)[-1]
    keys = [s.key for s in feedback.group_form(demo_store, demo_group_id).statements]
    assert [saved.ratings[k] for k in keys] == [*ratings, None]
    assert saved.open_answers == {"parasta": "Ryhman henki", "jatko": "Kavelyporukka"}
    assert saved.anonymous and saved.filled_on == date(2026, 11, 17)
    # A fresh empty form is open for the next paper.
    assert entry.cells == [UNSET] * len(keys) and first.text() == ""
    assert entry.saved_list.count() == 6


def test_wrong_keys_do_nothing_and_ctrl_enter_saves(
    qtbot: QtBot, section: FeedbackSection, demo_store: Store, demo_group_id: uuid.UUID
) -> None:
    entry = section.entry
    qtbot.keyClick(entry, Qt.Key.Key_4)
    before = entry.cells
    for key in (Qt.Key.Key_7, Qt.Key.Key_X, Qt.Key.Key_Space):
        qtbot.keyClick(entry, key)
    assert entry.cells == before and entry.pad.current == 1
    qtbot.keyClick(entry, Qt.Key.Key_Delete)
    assert entry.cells[1] == SKIPPED
    qtbot.keyClick(entry, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    saved = feedback.list_feedback(demo_store, demo_group_id)[-1]
    assert saved.ratings["ilmapiiri_turvallinen"] == 4
    assert saved.ratings["ilmapiiri_kuunneltiin"] is None


def test_an_empty_form_is_not_saved(
    qtbot: QtBot,
    section: FeedbackSection,
    demo_store: Store,
    demo_group_id: uuid.UUID,
    answers: dict,
) -> None:
    qtbot.keyClick(section.entry, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert answers["asked"] == [("warn", "Lomakkeessa ei ole yhtään vastausta.")]
    assert len(feedback.list_feedback(demo_store, demo_group_id)) == 5


def test_edit_and_delete_a_saved_form(
    qtbot: QtBot,
    section: FeedbackSection,
    demo_store: Store,
    demo_group_id: uuid.UUID,
    answers: dict,
) -> None:
    entry = section.entry
    first = feedback.list_feedback(demo_store, demo_group_id)[0]
    entry._on_saved_clicked(entry.saved_list.item(0))
    assert entry.cells[0] == first.ratings["ilmapiiri_turvallinen"]
    assert entry.answer_edits[0].text() == first.open_answers["parasta"]
    qtbot.keyClick(entry, Qt.Key.Key_1)
    qtbot.keyClick(entry, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert feedback.get_feedback(demo_store, first.id).ratings["ilmapiiri_turvallinen"] == 1
    assert len(audit.list_events(demo_store, action="feedback.edit")) == 1
    entry._on_saved_clicked(entry.saved_list.item(0))
    answers["confirm"] = False
    qtbot.mouseClick(entry.delete_button, Qt.MouseButton.LeftButton)
    assert len(feedback.list_feedback(demo_store, demo_group_id)) == 5
    answers["confirm"] = True
    qtbot.mouseClick(entry.delete_button, Qt.MouseButton.LeftButton)
    assert len(feedback.list_feedback(demo_store, demo_group_id)) == 4
    assert entry.saved_list.count() == 4
    assert len(audit.list_events(demo_store, action="feedback.delete")) == 1


def test_summary_shows_distribution_mean_and_open_answers(
    qtbot: QtBot, section: FeedbackSection
) -> None:
    section.tabs.setCurrentWidget(section.summary)
    summary = section.summary
    assert summary.count_label.text() == "Palautelomakkeita: 5"
    first = summary.chart.rows[0]
    assert first.label == "Ryhmässä oli turvallista olla."
    assert first.counts == (0, 0, 0, 2, 3)
    assert summary.mean_text("ilmapiiri_turvallinen") == "4,6"
    text = summary.open_answers.toPlainText()
    assert "Mikä ryhmässä oli parasta?" in text and "Vertaistuki ja kahvihetket." in text
    # A new form typed in shows up in the summary at once.
    section.tabs.setCurrentWidget(section.entry)
    qtbot.keyClick(section.entry, Qt.Key.Key_1)
    qtbot.keyClick(section.entry, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    section.tabs.setCurrentWidget(section.summary)
    assert summary.chart.rows[0].counts == (1, 0, 0, 2, 3)
    assert summary.count_label.text() == "Palautelomakkeita: 6"


def test_form_editor_adds_edits_and_removes(
    qtbot: QtBot,
    section: FeedbackSection,
    demo_store: Store,
    demo_group_id: uuid.UUID,
    answers: dict,
) -> None:
    editor = section.editor
    section.tabs.setCurrentWidget(editor)
    add = editor.findChild(type(editor.default_button), "question_add")
    answers["text"] = "Mitä muuta haluat sanoa?"
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    assert editor.questions.count() == 4
    assert len(section.entry.answer_edits) == 4
    editor.statements.setCurrentRow(0)
    answers["text"] = "Ryhmässä oli hyvä ja turvallinen olla."
    qtbot.mouseClick(editor.findChild(type(add), "statement_edit"), Qt.MouseButton.LeftButton)
    form = feedback.group_form(demo_store, demo_group_id)
    assert form.statements[0].text == "Ryhmässä oli hyvä ja turvallinen olla."
    editor.statements.setCurrentRow(1)
    qtbot.mouseClick(editor.findChild(type(add), "statement_remove"), Qt.MouseButton.LeftButton)
    assert editor.statements.count() == 16  # 17 in the default form, one removed
    assert section.entry.pad.cells == [UNSET] * 16
    qtbot.mouseClick(editor.default_button, Qt.MouseButton.LeftButton)
    assert feedback.new_group_form(demo_store)["question"][-1]["text"] == (
        "Mitä muuta haluat sanoa?"
    )
    # Nothing selected: the editor says what to do.
    editor.questions.setCurrentRow(-1)
    qtbot.mouseClick(editor.findChild(type(add), "question_edit"), Qt.MouseButton.LeftButton)
    assert answers["asked"][-1] == ("inform", "Valitse ensin kohta listasta.")


def test_print_blank_feedback_form(
    qtbot: QtBot,
    section: FeedbackSection,
    answers: dict,
    system_calls,  # type: ignore[no-untyped-def]
) -> None:
    from pypdf import PdfReader

    system_calls.lp = None  # no lp: the PDF opens in the viewer instead
    qtbot.mouseClick(section.editor.print_button, Qt.MouseButton.LeftButton)
    [(call, opened)] = system_calls.calls
    assert call == "open_url"
    assert "katseluohjelmaan" in answers["asked"][-1][1]
    text = PdfReader(opened).pages[0].extract_text()
    assert "Palautelomake" in text


def test_focus_and_scrolling_follow_each_other_and_enter_never_skips(
    qtbot: QtBot, section: FeedbackSection, demo_store: Store, demo_group_id: uuid.UUID
) -> None:
    """On a small screen the open questions are below the visible part of the form."""
    section.resize(1000, 430)
    section.activateWindow()
    qtbot.waitExposed(section)
    entry = section.entry
    entry.setFocus()
    qtbot.waitUntil(entry.hasFocus)
    viewport = entry.page_scroll.viewport()

    def in_sight(widget: QWidget) -> bool:
        rect = QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size())
        return viewport.rect().contains(rect)

    first, second, third = entry.answer_edits
    assert not in_sight(first)
    count = len(entry.cells)
    for i in range(count):
        qtbot.keyClick(entry, DIGITS[1 + i % 5])
        if i + 1 < count:  # the current statement stays in sight
            row = entry.pad.row_top(i + 1)
            y = entry.pad.mapTo(viewport, QPoint(0, row)).y()
            assert y >= 0 and y + entry.pad.ROW <= viewport.height()
    # The last rating does not move the focus: an Enter out of habit cannot skip a question.
    assert QApplication.focusWidget() is entry
    assert "Enter siirtää avoimiin kysymyksiin" in entry.next_label.text()
    assert in_sight(entry.next_label)
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is first and in_sight(first)
    qtbot.keyClicks(QApplication.focusWidget(), "Ryhman henki")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert QApplication.focusWidget() is second and in_sight(second)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # left empty
    assert QApplication.focusWidget() is third and in_sight(third)
    qtbot.keyClicks(QApplication.focusWidget(), "Kavelyporukka")
    # Moving back with the mouse or Tab scrolls too.
    entry.page_scroll.verticalScrollBar().setValue(0)
    first.setFocus()
    assert in_sight(first)
    third.setFocus()
    with qtbot.waitSignal(entry.saved):
        qtbot.keyClick(third, Qt.Key.Key_Return)
    saved = feedback.list_feedback(demo_store, demo_group_id)[-1]
    assert saved.open_answers == {"parasta": "Ryhman henki", "jatko": "Kavelyporukka"}
    # The next paper starts at the top, the first statement in sight.
    assert entry.page_scroll.verticalScrollBar().value() == 0
    assert QApplication.focusWidget() is entry
