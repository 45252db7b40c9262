"""The feedback form of individual work in the view: typed by keyboard on the painted pad,
saved under the place and the year, and shown only pooled."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.test_individual_view import make_view
from voimaa import individual
from voimaa.individual import feedback
from voimaa.models import PeriodFeedback
from voimaa.store import Store
from voimaa.ui.individual.feedback import FeedbackPoolsDialog, PeriodFeedbackDialog


def _period(store: Store, name: str) -> individual.PeriodInfo:
    client = individual.create_client(store, individual.ClientData(name=name))
    return individual.create_period(
        store, client.id, individual.PeriodData(start_date=date(2026, 3, 1), place="Juva")
    )


def test_a_form_is_typed_by_keyboard_and_saved_without_the_period(
    qtbot: QtBot, store: Store, answers: dict[str, object]
) -> None:
    period = _period(store, "Palaute Näppäimin")
    view = make_view(qtbot, store)
    view.refresh(select=period.id)
    qtbot.mouseClick(view.feedback_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, PeriodFeedbackDialog)
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    for key in "54302145":  # eight statements; 0 leaves one unanswered
        qtbot.keyClick(dialog, key)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter alone does not save
    assert dialog.isVisible()
    assert dialog.answers[0].hasFocus()  # the open questions follow the statements
    qtbot.keyClicks(dialog.answers[0], "Kotikaynnit")
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()
    with store.session() as s:
        [row] = s.query(PeriodFeedback).all()
        assert (row.place, row.year) == ("Juva", 2026)
        assert list(row.ratings.values()) == [5, 4, 3, None, 2, 1, 4, 5]
        assert row.open_answers == {"parasta": "Kotikaynnit"}
    kind, text = answers["asked"][-1]  # type: ignore[index]
    assert kind == "inform" and "1 lomake." in text


def test_the_pools_dialog_shows_only_pools_and_prints_the_form(
    qtbot: QtBot, store: Store, answers: dict[str, object], tmp_path: Path
) -> None:
    periods = [_period(store, f"Asiakas {n}") for n in range(3)]
    for period, text in zip(periods, ("Yksi", "Kaksi", "Kolme"), strict=True):
        feedback.save_period_feedback(
            store, period.id, {"hyoty_arki": 4}, {"parasta": text}, today=date(2025, 6, 1)
        )
    feedback.save_period_feedback(
        store, periods[0].id, {"hyoty_arki": 1}, {"parasta": "Vain minä"}, today=date(2026, 6, 1)
    )
    view = make_view(qtbot, store)
    qtbot.mouseClick(view.pools_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, FeedbackPoolsDialog)
    shown = dialog.text.toPlainText()
    assert "Juva 2025: 3 lomaketta" in shown and "Kaksi" in shown
    assert "Juva 2026: 1 lomake" in shown and "Vain minä" not in shown
    answers["save_path"] = str(tmp_path / "lomake.pdf")
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "lomake.pdf").stat().st_size > 1000
    answers["save_path"] = str(tmp_path / "palaute.xlsx")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "palaute.xlsx").exists()
