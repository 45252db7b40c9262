"""The period editor's corrections: rewording and deleting a goal, the review meetings (shown
and deleted), and reopening an ended period. Every change goes through
:class:`voimaa.ui.ops.Op`; the core logs them (a rated goal's edit or deletion, a review's
deletion, a reopening), never their content."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from voimaa import individual, workbook
from voimaa.formats import format_date
from voimaa.ui import ask
from voimaa.ui.ops import Op

if TYPE_CHECKING:
    from voimaa.ui.individual.editor import PeriodEditor


class GoalTools(QWidget):
    """The row under the goal list: reword, delete, and the review meetings."""

    def __init__(self, editor: PeriodEditor) -> None:
        super().__init__(editor)
        self.edit_button = QPushButton(self.tr("Muokkaa tavoitetta…"), self)
        self.edit_button.setObjectName("editGoalButton")
        self.edit_button.clicked.connect(lambda: reword_goal(editor))
        self.delete_button = QPushButton(self.tr("Poista tavoite…"), self)
        self.delete_button.setObjectName("deleteGoalButton")
        self.delete_button.clicked.connect(lambda: delete_goal(editor))
        self.reviews_button = QPushButton(self.tr("Arviointipalaverit…"), self)
        self.reviews_button.setObjectName("reviewsButton")
        self.reviews_button.clicked.connect(lambda: show_reviews(editor))
        editor.goal_list.itemDoubleClicked.connect(lambda _item: reword_goal(editor))
        # As tall as its buttons: the chart below takes the box's spare height, not this row.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit_button)
        row.addWidget(self.delete_button)
        row.addWidget(self.reviews_button)
        row.addStretch(1)


def _current_goal(editor: PeriodEditor) -> individual.GoalInfo | None:
    row = editor.goal_list.currentRow()
    goals = getattr(editor, "goals", [])
    return goals[row] if 0 <= row < len(goals) else None


def reword_goal(editor: PeriodEditor) -> None:
    """Change the selected goal's words (logged once it has been rated)."""
    goal = _current_goal(editor)
    if goal is None:
        return
    text = ask.get_text(
        editor,
        editor.tr("Muokkaa tavoitetta"),
        editor.tr("Tavoite asiakkaan omin sanoin:"),
        goal.text,
    )
    if text is None or text.strip() == goal.text:
        return
    Op(editor, lambda: individual.update_goal(editor.store, goal.id, text)).success(
        lambda _g: editor.reload()
    ).run()


def delete_goal(editor: PeriodEditor) -> None:
    """Delete the selected goal with its ratings, after a confirmation."""
    goal = _current_goal(editor)
    if goal is None:
        return
    text = editor.tr("Poistetaanko tavoite {n} ja sen {ratings} arviota? Poisto kirjataan.").format(
        n=goal.position, ratings=len(goal.ratings)
    )
    if not ask.confirm(editor, editor.tr("Poista tavoite"), text, danger=True):
        return
    Op(editor, lambda: individual.remove_goal(editor.store, goal.id)).success(
        lambda _r: editor.reload()
    ).run()


def reopen_period(editor: PeriodEditor) -> None:
    """Undo the ending of a period (its outcome is cleared; logged), after a confirmation."""
    period = editor.period
    if period is None:
        return
    text = editor.tr(
        "Avataanko jakso {ref} uudelleen? Päättymispäivä ja tulos poistetaan. Avaus kirjataan."
    ).format(ref=period.ref)
    if not ask.confirm(editor, editor.tr("Avaa jakso uudelleen"), text):
        return
    Op(editor, lambda: individual.reopen_period(editor.store, period.id)).success(
        lambda _p: editor.reload()
    ).run()


def show_reviews(editor: PeriodEditor) -> None:
    period = editor.period
    if period is None:
        return
    dialog = ReviewsDialog(editor, editor)
    editor.dialog = dialog
    dialog.open()


class ReviewsDialog(QDialog):
    """The period's review meetings with their ratings (notes are not shown here); one can be
    deleted, after a confirmation, with the ratings given in it."""

    def __init__(self, parent: QWidget | None, editor: PeriodEditor) -> None:
        super().__init__(parent)
        self.editor = editor
        self.setWindowTitle(self.tr("Arviointipalaverit"))
        self.reviews: list[individual.ReviewInfo] = []
        self.list = QListWidget(self)
        self.list.setObjectName("reviewList")
        self.list.setWordWrap(True)
        self.delete_button = QPushButton(self.tr("Poista palaveri…"), self)
        self.delete_button.setObjectName("deleteReviewButton")
        self.delete_button.clicked.connect(self.delete_current)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        box.rejected.connect(self.reject)
        box.addButton(self.delete_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Palaverit ja niissä annetut arviot:"), self))
        layout.addWidget(self.list, 1)
        layout.addWidget(box)
        self.resize(520, 320)
        self.fill()

    def fill(self) -> None:
        period = self.editor.period
        assert period is not None
        reviews = Op(self, lambda: individual.list_reviews(self.editor.store, period.id)).call()
        self.reviews = sorted(reviews or [], key=lambda r: r.held_on)
        position = {g.id: g.position for g in getattr(self.editor, "goals", [])}
        self.list.clear()
        for r in self.reviews:
            values = sorted((position.get(g, 0), v) for g, v in r.ratings.items())
            rated = ", ".join(f"{n}: {v}" for n, v in values) or "–"
            self.list.addItem(QListWidgetItem(f"{format_date(r.held_on)} · {rated}"))
        if self.reviews:
            self.list.setCurrentRow(len(self.reviews) - 1)
        self.delete_button.setEnabled(bool(self.reviews))

    def delete_current(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.reviews):
            return
        review = self.reviews[row]
        text = self.tr(
            "Poistetaanko arviointipalaveri {date} ja siinä annetut arviot? Poisto kirjataan."
        ).format(date=format_date(review.held_on))
        if not ask.confirm(self, self.tr("Poista palaveri"), text, danger=True):
            return

        def deleted(_r: object) -> None:
            self.editor.reload()
            self.fill()

        Op(self, lambda: individual.delete_review(self.editor.store, review.id)).success(
            deleted
        ).run()


def chapter_choice(editor: PeriodEditor) -> str | None:
    """The chapter to print: the one used last in this period's meetings, else asked for."""
    used = [c for m in reversed(editor._meeting_rows) for c in m.chapters]
    default = str(workbook.chapter(used[0]).number) if used else "1"
    return ask.get_text(
        editor,
        editor.tr("Tulosta työkirjan luku"),
        editor.tr("Luvun numero (1–{n})").format(n=len(workbook.chapters())),
        default,
    )
