"""Yksilötyö on the leaders' laptop, and safe: at 1280×680 and 1024×600 every input of the
view and of its dialogs can be scrolled into sight and none is drawn over another; the wheel
over a combo, spin or date box changes nothing; the lock hides every client's data."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QScrollArea,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.conftest import TEST_PASSPHRASE, TODAY
from tests.ui.test_protection import _texts
from tests.ui.test_small_screen import INPUTS, bring_into_sight, overlapping, shown_enough
from tests.ui.test_wheel_guard import guarded_in, snapshot, wheel_over_all
from voimaa import individual
from voimaa.eurohis import Phase
from voimaa.models import RatingOccasion
from voimaa.store import Store
from voimaa.ui.individual import IndividualView
from voimaa.ui.individual.editor import PeriodEditor
from voimaa.ui.individual.feedback import enter_feedback
from voimaa.ui.individual.period_tools import show_reviews
from voimaa.ui.individual.view import ID_ROLE
from voimaa.ui.main_window import MainWindow

SIZES = [(1280, 680), (1024, 600)]


def open_view(
    qtbot: QtBot, store: Store, size: tuple[int, int]
) -> tuple[MainWindow, IndividualView]:
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    parts = window.centralWidget()
    assert isinstance(parts, QTabWidget)
    parts.setCurrentIndex(1)
    page = parts.widget(1)
    assert isinstance(page, QScrollArea)
    view = page.widget()
    assert isinstance(view, IndividualView)
    view.today = view.editor.today = TODAY
    QApplication.processEvents()
    return window, view


def each_period(view: IndividualView) -> Iterator[str]:
    for row in range(view.period_list.count()):
        view.period_list.setCurrentRow(row)
        QApplication.processEvents()
        assert view.editor.period is not None
        yield view.editor.period.name


def _skip(w: QWidget) -> bool:
    """Parts of a compound widget (a spin box's arrows, a scroll area's bars), not inputs."""
    parent = w.parentWidget()
    return isinstance(w, QAbstractButton) and (
        isinstance(parent, QAbstractSpinBox | QComboBox)
        or (
            type(w).__name__ in ("QScrollBar", "QToolButton")
            and isinstance(parent, QTabWidget | QScrollArea)
        )
    )


def out_of_sight(root: QWidget, name: str) -> tuple[int, list[str]]:
    checked, hidden = 0, []
    for w in root.findChildren(QWidget):
        if not isinstance(w, INPUTS) or not w.isVisible() or _skip(w):
            continue
        bring_into_sight(w)
        checked += 1
        if not shown_enough(w):
            hidden.append(f"{name}: {type(w).__name__} {w.objectName()!r}")
    return checked, hidden


def clipped_labels(root: QWidget) -> list[str]:
    """Wrapped labels given fewer lines than their text needs (a goal cut at top and bottom)."""
    return [
        label.text()
        for label in root.findChildren(QLabel)
        if label.isVisible()
        and label.wordWrap()
        and label.height() < label.heightForWidth(label.width()) - 2
    ]


def dialogs(view: IndividualView) -> Iterator[tuple[str, Callable[[], object]]]:
    """Every dialog of the view and the editor, with the action that opens it."""
    editor: PeriodEditor = view.editor
    yield "new period", view.new_period
    yield "next period", lambda: view.new_period(same_client=True)
    yield "details", editor.edit_details
    for occasion in RatingOccasion:
        yield f"rating {occasion}", lambda o=occasion: editor.rate(o)
    yield "end", editor.end_period
    yield "eurohis start", lambda: editor.enter_eurohis(Phase.BEFORE)
    yield "eurohis end", lambda: editor.enter_eurohis(Phase.AFTER)
    yield "reviews", lambda: show_reviews(editor)
    yield "feedback", lambda: enter_feedback(view)
    yield "feedback pools", view.show_pools


def open_dialog(view: IndividualView, action: Callable[[], object]) -> QDialog:
    view.dialog = view.editor.dialog = None
    action()
    QApplication.processEvents()
    dialog = view.dialog or view.editor.dialog
    assert isinstance(dialog, QDialog) and dialog.isVisible()
    return dialog


def _with_goals(store: Store) -> None:
    """The demo's ongoing period with five goals, so the rating dialogs are at their fullest."""
    period = next(p for p in individual.list_periods(store) if p.status.value == "kaynnissa")
    goals = individual.list_goals(store, period.id)
    for n in range(len(goals), individual.MAX_GOALS):
        individual.add_goal(store, period.id, f"Pitkähkö tavoite numero {n + 1} omin sanoin")


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_every_input_of_the_view_can_be_made_visible(
    qtbot: QtBot, demo_store: Store, size: tuple[int, int]
) -> None:
    _with_goals(demo_store)
    window, view = open_view(qtbot, demo_store, size)
    assert (window.width(), window.height()) == size
    checked, hidden, drawn_over = 0, [], []
    page = window.centralWidget().widget(1)  # type: ignore[attr-defined]
    for name in each_period(view):
        n, h = out_of_sight(page, name)
        checked, hidden = checked + n, hidden + h
        drawn_over += [f"{name}: {o}" for o in overlapping(page)]
    assert checked > 100
    assert hidden == [] and drawn_over == []


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_every_dialog_fits_the_screen(
    qtbot: QtBot, demo_store: Store, size: tuple[int, int]
) -> None:
    _with_goals(demo_store)
    _window, view = open_view(qtbot, demo_store, size)
    view.period_list.setCurrentRow(
        next(
            r
            for r in range(view.period_list.count())
            if len(individual.list_goals(demo_store, view.period_list.item(r).data(ID_ROLE)))
            == individual.MAX_GOALS
        )
    )
    QApplication.processEvents()
    problems: list[str] = []
    for name, action in dialogs(view):
        dialog = open_dialog(view, action)
        hint = dialog.minimumSizeHint()
        if hint.width() > size[0] or hint.height() > size[1] - 40:  # a title bar and a panel
            problems.append(f"{name}: needs {hint.width()}×{hint.height()}")
        dialog.resize(min(dialog.width(), size[0]), min(dialog.height(), size[1] - 40))
        QApplication.processEvents()
        problems += out_of_sight(dialog, name)[1]
        problems += [f"{name}: {o}" for o in overlapping(dialog)]
        problems += [f"{name}: label cut {t!r}" for t in clipped_labels(dialog)]
        dialog.reject()
    assert problems == []


def test_the_wheel_changes_nothing_in_the_view_or_its_dialogs(
    qtbot: QtBot, demo_store: Store
) -> None:
    _with_goals(demo_store)
    _window, view = open_view(qtbot, demo_store, (1280, 680))
    view.period_list.setFocus()
    before = snapshot(demo_store)
    tried = 0
    names: set[str] = set()
    for _name in each_period(view):
        names |= {w.objectName() for w in guarded_in(view)}
        tried += wheel_over_all(view)
    for _name, action in dialogs(view):
        dialog = open_dialog(view, action)
        dialog.setFocus()
        names |= {w.objectName() or type(w).__name__ for w in guarded_in(dialog)}
        tried += wheel_over_all(dialog)
        dialog.reject()
    assert {"meetingPlace", "participantLink", "goalsMet", "nextStep", "rating1"} <= names, names
    assert tried > 20
    assert snapshot(demo_store) == before


def test_the_lock_hides_the_clients_and_their_dialogs(qtbot: QtBot, demo_store: Store) -> None:
    window, view = open_view(qtbot, demo_store, (1280, 680))
    names = [p.name for p in individual.list_periods(demo_store)]
    view.period_list.setCurrentRow(0)
    view.editor.show_notes.setChecked(True)
    notes = [
        m.note
        for p in individual.list_periods(demo_store)
        for m in individual.list_meetings(demo_store, p.id)
        if m.note
    ]
    assert notes and any(n in t for t in _texts(window) for n in names)
    dialog = open_dialog(view, view.editor.edit_details)
    assert dialog.isVisible()
    window.lock_guard.lock()
    seen = _texts(window) + [
        t for w in QApplication.topLevelWidgets() if w.isVisible() for t in _texts(w)
    ]
    for secret in [*names, *notes[:3]]:
        assert not any(secret in t for t in seen), secret
    assert not dialog.isVisible()
    screen = window.lock_guard.screen
    assert screen is not None
    screen.field.setText(TEST_PASSPHRASE)
    screen.try_unlock()
    assert not window.lock_guard.locked and dialog.isVisible()
    assert any(n in t for t in _texts(window) for n in names)
