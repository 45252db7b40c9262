"""Typing in paper feedback forms: 1–5 per statement, then the open answers.

Keys on the statements: 1–5 answer the current statement and move on; 0 or Delete leaves it
unanswered; Up/Down move; Enter goes to the open answers (or saves when there are none).
After the last statement the focus stays on the statements (a line says to press Enter): it
moves only on Enter, so an Enter typed out of habit never skips an open question.
In an open answer, Enter goes to the next one and on the last one saves; Ctrl+Enter saves
anywhere. Saving opens an empty form for the next paper. The page scrolls with the focus: the
current statement and the focused open question are always in sight.
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from voimaa import feedback
from voimaa.errors import VoimaaError
from voimaa.feedback import FeedbackEntry, FeedbackForm
from voimaa.formats import format_date
from voimaa.store import Store
from voimaa.ui import ask
from voimaa.ui.date_edit import DateEdit
from voimaa.ui.eurohis_pad import (
    ANSWER_KEYS,
    MISSING_KEYS,
    SAVE_KEYS,
)
from voimaa.ui.feedback_pad import SKIPPED, UNSET, Cell, RatingPad
from voimaa.ui.ops import Op, OpChanges


class FeedbackEntryWidget(QWidget):
    """One paper feedback form at a time; saved anonymously."""

    saved = Signal(object)  # FeedbackEntry

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("feedbackEntry")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.group_id: uuid.UUID | None = None
        self.form: FeedbackForm | None = None
        self.editing: FeedbackEntry | None = None
        self.default_date: date | None = None

        self.state_label = QLabel(self)
        self.state_label.setObjectName("feedbackState")
        self.state_label.setStyleSheet("font-size: 13pt; font-weight: bold; color: #2f5d62")
        self.date_edit = DateEdit(self)
        self.date_edit.setDisplayFormat("d.M.yyyy")
        self.date_edit.setCalendarPopup(True)
        # Tab reaches the date and the buttons; a click on a button leaves the keys to the form.
        self.date_edit.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.date_edit.editingFinished.connect(
            lambda: self.setFocus() if self.date_edit.hasFocus() else None
        )
        self.pad = RatingPad(self)
        self.pad.speaks_for = self
        self.pad.speaks_for = self
        self.pad.clicked.connect(self._on_pad_clicked)
        self.questions_box = QWidget()
        self.questions_layout = QVBoxLayout(self.questions_box)
        self.questions_layout.setContentsMargins(0, 0, 0, 0)
        self.answer_edits: list[QLineEdit] = []
        self.save_button = QPushButton(self.tr("Tallenna (Ctrl+Enter)"), self)
        self.save_button.setObjectName("saveFeedback")
        self.save_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.save_button.clicked.connect(self.save)
        self.new_button = QPushButton(self.tr("Uusi lomake"), self)
        self.new_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.new_button.clicked.connect(self.new_form)
        self.delete_button = QPushButton(self.tr("Poista lomake…"), self)
        self.delete_button.setObjectName("deleteFeedback")
        self.delete_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.delete_button.clicked.connect(self.delete_current)
        hint = QLabel(
            self.tr(
                "Näppäimet: 1–5 vastaa väittämään · 0 tai Delete = ei vastausta tai ”en osaa "
                "sanoa” (ei lasketa keskiarvoon) · Enter = "
                "avoimiin kysymyksiin (Enter siirtyy seuraavaan, viimeisessä tallentaa) · "
                "Ctrl+Enter = tallenna. Palaute tallennetaan nimettömänä."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #5b6667")
        self.saved_list = QListWidget(self)
        self.saved_list.setObjectName("savedFeedback")
        self.saved_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.saved_list.setMaximumWidth(200)
        self.saved_list.itemClicked.connect(self._on_saved_clicked)

        top = QHBoxLayout()
        top.addWidget(self.state_label)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Täyttöpäivä:"), self))
        top.addWidget(self.date_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(self.pad)
        self.next_label = QLabel(body)
        self.next_label.setObjectName("feedbackNext")
        self.next_label.setStyleSheet("color: #2f5d62; font-weight: bold")
        body_layout.addWidget(self.next_label)
        heading = QLabel(self.tr("Avoimet kysymykset"), body)
        heading.setStyleSheet("font-weight: bold")
        body_layout.addWidget(heading)
        body_layout.addWidget(self.questions_box)
        body_layout.addStretch(1)
        self.body = body
        scroll = QScrollArea(self)
        scroll.setObjectName("feedbackScroll")
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        self.page_scroll = scroll
        form = QVBoxLayout()
        form.addLayout(top)
        form.addWidget(scroll, 1)
        form.addWidget(hint)
        form.addLayout(buttons)
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Tallennetut lomakkeet"), self))
        side.addWidget(self.saved_list, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(side)
        layout.addLayout(form, 1)

    # ----- loading ----------------------------------------------------------------------------
    def load(self, group_id: uuid.UUID | None, default_date: date | None = None) -> None:
        """Show the group's form, empty, ready for the first paper."""
        self.group_id = group_id
        self.default_date = default_date
        self.form = None if group_id is None else feedback.group_form(self.store, group_id)
        self._build_questions()
        if self.form is not None:
            self.pad.set_form(self.form)
        self.setEnabled(self.form is not None)
        self._fill_saved_list()
        self.new_form()

    def _build_questions(self) -> None:
        while self.questions_layout.count():
            item = self.questions_layout.takeAt(0)
            child = item.widget() if item is not None else None
            if child is not None:
                child.deleteLater()
        self.answer_edits = []
        if self.form is None:
            return
        for question in self.form.questions:
            edit = QLineEdit(self.questions_box)
            edit.setObjectName(f"answer_{question.key}")
            edit.setMaxLength(feedback.MAX_ANSWER)
            edit.installEventFilter(self)
            label = QLabel(question.text, self.questions_box)
            label.setWordWrap(True)
            self.questions_layout.addWidget(label)
            self.questions_layout.addWidget(edit)
            self.answer_edits.append(edit)

    def _fill_saved_list(self) -> None:
        self.saved_list.clear()
        if self.group_id is None:
            return
        for number, entry in enumerate(feedback.list_feedback(self.store, self.group_id), 1):
            text = self.tr("Lomake {n}").format(n=number)
            if entry.filled_on:
                text += f" · {format_date(entry.filled_on)}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            self.saved_list.addItem(item)

    def new_form(self) -> None:
        """An empty form for the next paper."""
        self.editing = None
        self._show(None)

    def _show(self, entry: FeedbackEntry | None) -> None:
        if self.form is None:
            self.state_label.setText(self.tr("Valitse ryhmä"))
            return
        keys = [s.key for s in self.form.statements]
        if entry is None:
            self.pad.cells = [UNSET] * len(keys)
            texts = [""] * len(self.answer_edits)
            when = self.default_date
            count = self.saved_list.count()
            self.state_label.setText(self.tr("Uusi lomake (nro {n})").format(n=count + 1))
            self.saved_list.clearSelection()
        else:
            self.pad.cells = [
                SKIPPED if entry.ratings.get(k) is None else int(entry.ratings[k])  # type: ignore[arg-type]
                for k in keys
            ]
            texts = [entry.open_answers.get(q.key, "") for q in self.form.questions]
            when = entry.filled_on
            self.state_label.setText(self.tr("Tallennettu lomake – muutos kirjataan lokiin"))
        for edit, text in zip(self.answer_edits, texts, strict=True):
            edit.setText(text)
        when = when or date.today()
        self.date_edit.setDate(QDate(when.year, when.month, when.day))
        self.pad.current = 0
        self.delete_button.setEnabled(entry is not None)
        self.pad.update()
        self.pad.announce()
        self._show_next_step()
        self.page_scroll.verticalScrollBar().setValue(0)
        self.setFocus()

    # ----- typing -----------------------------------------------------------------------------
    @property
    def cells(self) -> list[Cell]:
        return list(self.pad.cells)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        event.accept()
        if self.form is None:
            return
        key = event.key()
        if key in SAVE_KEYS and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.save()
            return
        if event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            return
        if key in ANSWER_KEYS:
            self._answer(ANSWER_KEYS[Qt.Key(key)])
        elif key in MISSING_KEYS:
            self._answer(SKIPPED)
        elif key in SAVE_KEYS:
            if self.answer_edits:
                self._focus_answer(0)
            else:
                self.save()
        elif key == Qt.Key.Key_Up:
            self._move_to(max(0, self.pad.current - 1))
        elif key == Qt.Key.Key_Down:
            self._move_to(min(len(self.pad.cells) - 1, self.pad.current + 1))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and watched in self.answer_edits:
            assert isinstance(watched, QLineEdit)
            self._scroll_to_answer(watched)
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and watched in self.answer_edits
        ):
            key_event = event
            if key_event.key() in SAVE_KEYS:
                if key_event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                    self.save()
                    return True
                index = self.answer_edits.index(watched)
                if index + 1 < len(self.answer_edits):
                    self._focus_answer(index + 1)
                else:
                    self.save()
                return True
        return super().eventFilter(watched, event)

    def _answer(self, value: Cell) -> None:
        index = self.pad.current
        if index >= len(self.pad.cells):
            return
        self.pad.cells[index] = value
        self._move_to(index + 1)

    def _move_to(self, index: int) -> None:
        old = self.pad.current
        self.pad.current = index
        self.pad.update_row(old)
        self.pad.update_row(index)
        self._show_next_step()
        self._scroll_to_row(index)

    def _show_next_step(self) -> None:
        done = self.form is not None and self.pad.current >= len(self.pad.cells)
        if not done:
            self.next_label.clear()
        elif self.answer_edits:
            self.next_label.setText(
                self.tr("Väittämät on käyty läpi. Enter siirtää avoimiin kysymyksiin.")
            )
        else:
            self.next_label.setText(self.tr("Väittämät on käyty läpi. Enter tallentaa."))

    def _scroll_to_row(self, index: int) -> None:
        """Keep the current statement (or, after the last, the line below the pad) in sight."""
        if index >= len(self.pad.cells):
            self.page_scroll.ensureWidgetVisible(self.next_label, 0, 8)
            return
        top = self.pad.mapTo(self.body, self.pad.rect().topLeft()).y() + self.pad.row_top(index)
        self.page_scroll.ensureVisible(0, top + RatingPad.ROW // 2, 0, RatingPad.ROW)

    def _focus_answer(self, index: int) -> None:
        """Move to an open answer: focus and scroll together (also when the window is not
        active and no focus event comes)."""
        edit = self.answer_edits[index]
        edit.setFocus()
        self._scroll_to_answer(edit)

    def _scroll_to_answer(self, edit: QLineEdit) -> None:
        """The focused open answer and its question above it are in sight."""
        index = self.answer_edits.index(edit)
        item = self.questions_layout.itemAt(2 * index)
        question = item.widget() if item is not None else None
        if question is not None:
            self.page_scroll.ensureWidgetVisible(question, 0, 8)
        self.page_scroll.ensureWidgetVisible(edit, 0, 8)

    def _on_pad_clicked(self, index: int, answer: int) -> None:
        self.setFocus()
        self._move_to(index)
        if answer:
            self._answer(answer)

    # ----- saving -----------------------------------------------------------------------------
    def save(self) -> FeedbackEntry | None:
        """Save the form (new, or the correction of a saved one) and open an empty one."""
        if self.form is None or self.group_id is None:
            return None
        ratings = {
            s.key: (c if isinstance(c, int) else None)
            for s, c in zip(self.form.statements, self.pad.cells, strict=True)
        }
        answers = {
            q.key: edit.text()
            for q, edit in zip(self.form.questions, self.answer_edits, strict=True)
        }
        qdate = self.date_edit.date()
        filled_on = date(qdate.year(), qdate.month(), qdate.day())
        group_id, editing = self.group_id, self.editing

        def work() -> FeedbackEntry:
            if editing is None:
                return feedback.save_feedback(
                    self.store, group_id, ratings, answers, filled_on=filled_on
                )
            return feedback.update_feedback(
                self.store, editing.id, ratings, answers, filled_on=filled_on
            )

        def refused(exc: VoimaaError) -> None:
            ask.warn(self, self.tr("Palaute"), str(exc))
            self.setFocus()

        result = Op(self, work).failure(refused).changes(OpChanges.FEEDBACK).call()
        if result is None:
            return None
        self._fill_saved_list()
        self.saved.emit(result)
        self.new_form()
        return result

    def _on_saved_clicked(self, item: QListWidgetItem) -> None:
        response_id = item.data(Qt.ItemDataRole.UserRole)

        def missing(exc: VoimaaError) -> None:
            ask.warn(self, self.tr("Palaute"), str(exc))
            self._fill_saved_list()

        def show(entry: FeedbackEntry) -> None:
            self.editing = entry
            self._show(entry)

        Op(self, lambda: feedback.get_feedback(self.store, response_id)).success(show).failure(
            missing
        ).run()

    def delete_current(self) -> None:
        if self.editing is None:
            return
        if not ask.confirm(
            self,
            self.tr("Poista palaute"),
            self.tr("Poistetaanko tämä palautelomake? Poisto kirjataan lokiin."),
            danger=True,
        ):
            return
        response_id = self.editing.id
        Op(
            self,
            lambda: feedback.delete_feedback(self.store, response_id),
            title=self.tr("Palaute"),
        ).changes(OpChanges.FEEDBACK).run()
        self._fill_saved_list()
        self.saved.emit(None)
        self.new_form()
