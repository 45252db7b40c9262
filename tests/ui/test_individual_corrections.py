"""Corrections in the Yksilötyö editor: the link to a group participant, rewording and deleting
a goal, deleting a review meeting, and reopening an ended period (each logged by the core)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.test_individual_view import make_view
from voimaa import audit, groups, individual, roster
from voimaa.models import GoalsMet, NextStep, PeriodStatus, RatingOccasion
from voimaa.store import Store


def _period(store: Store, name: str = "Korjattava Asiakas") -> individual.PeriodInfo:
    client = individual.create_client(store, individual.ClientData(name=name))
    return individual.create_period(
        store, client.id, individual.PeriodData(start_date=date(2026, 9, 1), place="Juva")
    )


def _select(view, period: individual.PeriodInfo) -> None:  # type: ignore[no-untyped-def]
    view.refresh(select=period.id)
    assert view.editor.period is not None and view.editor.period.id == period.id


def test_a_client_is_linked_to_a_group_participant_and_unlinked(
    qtbot: QtBot, demo_store: Store
) -> None:
    period = _period(demo_store)
    choices = individual.participant_choices(demo_store)
    group_ids = {g.id for g in groups.list_groups(demo_store)}
    everyone = [p for gid in group_ids for p in roster.list_participants(demo_store, gid)]
    assert {c.id for c in choices} == {p.id for p in everyone} and choices
    chosen = choices[1]
    view = make_view(qtbot, demo_store)
    _select(view, period)
    editor = view.editor
    qtbot.mouseClick(editor.details_button, Qt.MouseButton.LeftButton)
    dialog = editor.dialog
    combo = dialog.participant
    assert combo.currentIndex() == 0 and combo.count() == len(choices) + 1
    assert chosen.code in combo.itemText(2) and chosen.name in combo.itemText(2)
    combo.setCurrentIndex(combo.findData(str(chosen.id)))
    dialog.accept()
    client = individual.get_client(demo_store, period.client_id)
    assert (client.participant_id, client.participant_code) == (chosen.id, chosen.code)
    qtbot.mouseClick(editor.details_button, Qt.MouseButton.LeftButton)
    dialog = editor.dialog
    assert dialog.participant.currentData() == str(chosen.id)
    dialog.participant.setCurrentIndex(0)
    dialog.accept()
    assert individual.get_client(demo_store, period.client_id).participant_id is None


def test_a_goal_is_reworded_and_deleted(
    qtbot: QtBot, store: Store, answers: dict[str, object]
) -> None:
    period = _period(store)
    first = individual.add_goal(store, period.id, "Herään aamulla")
    second = individual.add_goal(store, period.id, "Käyn kaupassa")
    individual.rate_goals(
        store, period.id, RatingOccasion.START, date(2026, 9, 1), {first.id: 2, second.id: 4}
    )
    view = make_view(qtbot, store)
    _select(view, period)
    editor = view.editor
    editor.goal_list.setCurrentRow(0)
    answers["text"] = "Herään ennen yhdeksää"
    qtbot.mouseClick(editor.goal_tools.edit_button, Qt.MouseButton.LeftButton)
    goals = individual.list_goals(store, period.id)
    assert [g.text for g in goals] == ["Herään ennen yhdeksää", "Käyn kaupassa"]
    assert "Herään ennen yhdeksää" in editor.goal_list.item(0).text()
    [edit] = audit.list_events(store, action="period.goal.edit")
    assert "yhdeksää" not in str(edit.details) and "aamulla" not in str(edit.details)
    answers["text"] = None  # cancelled: nothing changes
    qtbot.mouseClick(editor.goal_tools.edit_button, Qt.MouseButton.LeftButton)
    assert len(audit.list_events(store, action="period.goal.edit")) == 1

    editor.goal_list.setCurrentRow(0)
    answers["confirm"] = False
    qtbot.mouseClick(editor.goal_tools.delete_button, Qt.MouseButton.LeftButton)
    assert len(individual.list_goals(store, period.id)) == 2
    kind, text = answers["asked"][-1]  # type: ignore[index]
    assert kind == "confirm" and "1 arviota" in text
    answers["confirm"] = True
    qtbot.mouseClick(editor.goal_tools.delete_button, Qt.MouseButton.LeftButton)
    [left] = individual.list_goals(store, period.id)
    assert (left.text, left.position, [r.value for r in left.ratings]) == ("Käyn kaupassa", 1, [4])
    assert editor.goal_list.count() == 1
    assert len(audit.list_events(store, action="period.goal.delete")) == 1


def test_a_review_meeting_is_deleted_with_its_ratings(
    qtbot: QtBot, store: Store, answers: dict[str, object]
) -> None:
    period = _period(store)
    goal = individual.add_goal(store, period.id, "Maksan laskut")
    individual.save_review(store, period.id, date(2026, 10, 6), {goal.id: 5}, note="Arka asia")
    individual.save_review(store, period.id, date(2026, 11, 3), {goal.id: 7})
    view = make_view(qtbot, store)
    _select(view, period)
    editor = view.editor
    qtbot.mouseClick(editor.goal_tools.reviews_button, Qt.MouseButton.LeftButton)
    dialog = editor.dialog
    items = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert items == ["6.10.2026 · 1: 5", "3.11.2026 · 1: 7"]
    assert not any("Arka" in t for t in items)  # the note is not shown here
    dialog.list.setCurrentRow(0)
    answers["confirm"] = False
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert len(individual.list_reviews(store, period.id)) == 2
    answers["confirm"] = True
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    [kept] = individual.list_reviews(store, period.id)
    assert kept.held_on == date(2026, 11, 3)
    [g] = individual.list_goals(store, period.id)
    assert [r.value for r in g.ratings] == [7]  # the deleted review's rating went with it
    assert dialog.list.count() == 1
    assert "[7]" in editor.goal_list.item(0).text()
    [event] = audit.list_events(store, action="period.review.delete")
    assert "Arka" not in str(event.details)


def test_an_ended_period_is_reopened(
    qtbot: QtBot, store: Store, answers: dict[str, object]
) -> None:
    period = _period(store)
    view = make_view(qtbot, store)
    _select(view, period)
    editor = view.editor
    assert not editor.reopen_button.isVisible()
    individual.end_period(
        store,
        period.id,
        individual.Outcome(date(2026, 11, 20), GoalsMet.PARTLY, NextStep.WORK_ACTIVITY),
    )
    editor.reload()
    assert editor.reopen_button.isVisible()
    answers["confirm"] = False
    qtbot.mouseClick(editor.reopen_button, Qt.MouseButton.LeftButton)
    assert individual.get_period(store, period.id).status == PeriodStatus.ENDED
    answers["confirm"] = True
    qtbot.mouseClick(editor.reopen_button, Qt.MouseButton.LeftButton)
    reopened = individual.get_period(store, period.id)
    assert (reopened.status, reopened.end_date, reopened.outcome) == (
        PeriodStatus.ACTIVE,
        None,
        None,
    )
    assert not editor.reopen_button.isVisible() and editor.end_button.text() == "Päätä jakso…"
    assert len(audit.list_events(store, action="period.reopen")) == 1
