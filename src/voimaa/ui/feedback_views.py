"""The feedback summary (distribution and mean per statement, open answers listed) and the
editor of a group's feedback form."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from voimaa import feedback
from voimaa.feedback import FeedbackForm, FeedbackSummary, Kind
from voimaa.formats import format_decimal
from voimaa.store import Store
from voimaa.ui import ask
from voimaa.ui.charts import DistributionChart, DistributionRow
from voimaa.ui.ops import Op, OpChanges


class FeedbackSummaryView(QWidget):
    """Per statement the distribution of answers and the mean; the open answers per question."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.summary: FeedbackSummary | None = None
        self.count_label = QLabel(self)
        self.count_label.setObjectName("feedbackCount")
        self.count_label.setStyleSheet("font-size: 13pt; font-weight: bold")
        self.chart = DistributionChart(self)
        self.chart.setObjectName("distributionChart")
        self.open_answers = QTextBrowser(self)
        self.open_answers.setObjectName("openAnswers")
        self.open_answers.setMinimumHeight(220)
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.addWidget(self.count_label)
        layout.addWidget(self.chart)
        heading = QLabel(self.tr("Avoimet vastaukset"), content)
        heading.setStyleSheet("font-weight: bold; font-size: 12pt")
        layout.addWidget(heading)
        layout.addWidget(self.open_answers, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def set_group(self, group_id: uuid.UUID | None) -> None:
        if group_id is None:
            self.summary = None
            self.count_label.setText("")
            self.chart.set_rows([], ())
            self.open_answers.clear()
            return
        Op(
            self, lambda: feedback.feedback_summary(self.store, group_id), title=self.tr("Palaute")
        ).success(self._show_summary).run()

    def _show_summary(self, summary: FeedbackSummary) -> None:
        self.summary = summary
        self.count_label.setText(self.tr("Palautelomakkeita: {n}").format(n=summary.responses))
        self.chart.set_rows(
            [DistributionRow(s.text, s.counts, s.mean) for s in summary.statements],
            summary.form.scale,
        )
        parts = []
        for question in summary.questions:
            parts.append(f"<h4>{escape(question.question.text)}</h4>")
            if question.answers:
                items = "".join(f"<li>{escape(a)}</li>" for a in question.answers)
                parts.append(f"<ul>{items}</ul>")
            else:
                none = escape(self.tr("Ei vastauksia."))  # outside the f-string: lupdate reads it
                parts.append(f"<p><i>{none}</i></p>")
        self.open_answers.setHtml("".join(parts))

    def mean_text(self, key: str) -> str:
        """The mean shown for a statement (for tests and screen readers)."""
        assert self.summary is not None
        for s in self.summary.statements:
            if s.key == key:
                return "–" if s.mean is None else format_decimal(s.mean, 1)
        raise KeyError(key)


class FeedbackFormEditor(QWidget):
    """Add, reword, move and remove the statements and open questions of the group's form."""

    changed = Signal()
    print_requested = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.group_id: uuid.UUID | None = None
        self.form: FeedbackForm | None = None
        self.statements = QListWidget(self)
        self.statements.setObjectName("statementList")
        self.questions = QListWidget(self)
        self.questions.setObjectName("questionList")
        layout = QVBoxLayout(self)
        info = QLabel(
            self.tr(
                "Ryhmällä on oma kopio palautelomakkeesta. Muutokset koskevat vain tätä "
                "ryhmää, ellet tallenna lomaketta uusien ryhmien oletukseksi. Poistetun "
                "kohdan vanhat vastaukset säilyvät, mutta niitä ei näytetä."
            ),
            self,
        )
        info.setWordWrap(True)
        layout.addWidget(info)
        lists = QHBoxLayout()
        columns: tuple[tuple[Kind, str, QListWidget], ...] = (
            ("statement", self.tr("Väittämät (vastaus 1–5)"), self.statements),
            ("question", self.tr("Avoimet kysymykset"), self.questions),
        )
        for kind, title, widget in columns:
            column = QVBoxLayout()
            heading = QLabel(title, self)
            heading.setStyleSheet("font-weight: bold")
            column.addWidget(heading)
            column.addWidget(widget, 1)
            # Two rows of buttons, so that the two columns fit a small screen side by side.
            row = QGridLayout()
            for place, (text, name, handler) in enumerate(
                (
                    (self.tr("Lisää…"), "add", self._adder(kind)),
                    (self.tr("Muokkaa…"), "edit", self._editor(kind)),
                    (self.tr("Poista…"), "remove", self._remover(kind)),
                    (self.tr("Ylös"), "up", self._mover(kind, -1)),
                    (self.tr("Alas"), "down", self._mover(kind, 1)),
                )
            ):
                button = QPushButton(text, self)
                button.setObjectName(f"{kind}_{name}")
                button.clicked.connect(handler)
                row.addWidget(button, place // 3, place % 3)
            column.addLayout(row)
            lists.addLayout(column, 1)
        layout.addLayout(lists, 1)
        bottom = QHBoxLayout()
        self.default_button = QPushButton(self.tr("Tallenna uusien ryhmien oletukseksi"), self)
        self.default_button.setObjectName("saveAsDefault")
        self.default_button.clicked.connect(self.save_as_default)
        self.restore_button = QPushButton(self.tr("Palauta oletuslomake…"), self)
        self.restore_button.setObjectName("restoreDefault")
        self.restore_button.clicked.connect(self.restore_default)
        self.print_button = QPushButton(self.tr("Tulosta tyhjä lomake…"), self)
        self.print_button.setObjectName("printFeedbackForm")
        self.print_button.clicked.connect(self.print_requested.emit)
        bottom.addWidget(self.default_button)
        bottom.addWidget(self.restore_button)
        bottom.addStretch(1)
        bottom.addWidget(self.print_button)
        layout.addLayout(bottom)

    def set_group(self, group_id: uuid.UUID | None) -> None:
        self.group_id = group_id
        self.form = None if group_id is None else feedback.group_form(self.store, group_id)
        self._fill()

    def _fill(self) -> None:
        for widget, items in (
            (self.statements, self.form.statements if self.form else ()),
            (self.questions, self.form.questions if self.form else ()),
        ):
            row = widget.currentRow()
            widget.clear()
            for item in items:
                entry = QListWidgetItem(item.text)
                entry.setData(Qt.ItemDataRole.UserRole, item.key)
                widget.addItem(entry)
            if 0 <= row < widget.count():
                widget.setCurrentRow(row)

    def _list(self, kind: Kind) -> QListWidget:
        return self.statements if kind == "statement" else self.questions

    def _selected(self, kind: Kind) -> tuple[str, str] | None:
        item = self._list(kind).currentItem()
        if item is None:
            ask.inform(self, self.tr("Palautelomake"), self.tr("Valitse ensin kohta listasta."))
            return None
        return item.data(Qt.ItemDataRole.UserRole), item.text()

    def _apply(self, change: Callable[[], FeedbackForm]) -> None:
        def applied(form: FeedbackForm) -> None:
            self.form = form
            self._fill()
            self.changed.emit()

        Op(self, change, title=self.tr("Palautelomake")).success(applied).changes(
            OpChanges.FEEDBACK
        ).run()

    def _adder(self, kind: Kind) -> Callable[[], None]:
        def add() -> None:
            if self.group_id is None:
                return
            label = (
                self.tr("Uusi väittämä:") if kind == "statement" else self.tr("Uusi avoin kysymys:")
            )
            text = ask.get_text(self, self.tr("Lisää"), label)
            if text is None:
                return
            group_id = self.group_id
            self._apply(lambda: feedback.add_item(self.store, group_id, kind, text))
            self._list(kind).setCurrentRow(self._list(kind).count() - 1)

        return add

    def _editor(self, kind: Kind) -> Callable[[], None]:
        def edit() -> None:
            selected = self._selected(kind)
            if selected is None or self.group_id is None:
                return
            key, old = selected
            text = ask.get_text(self, self.tr("Muokkaa"), self.tr("Teksti:"), old)
            if text is None:
                return
            group_id = self.group_id
            self._apply(lambda: feedback.edit_item(self.store, group_id, kind, key, text))

        return edit

    def _mover(self, kind: Kind, offset: int) -> Callable[[], None]:
        def move() -> None:
            selected = self._selected(kind)
            if selected is None or self.group_id is None:
                return
            widget = self._list(kind)
            row = widget.currentRow()
            group_id = self.group_id
            self._apply(lambda: feedback.move_item(self.store, group_id, kind, selected[0], offset))
            widget.setCurrentRow(max(0, min(widget.count() - 1, row + offset)))

        return move

    def _remover(self, kind: Kind) -> Callable[[], None]:
        def remove() -> None:
            selected = self._selected(kind)
            if selected is None or self.group_id is None:
                return
            key, text = selected
            if not ask.confirm(
                self,
                self.tr("Poista kohta"),
                self.tr("Poistetaanko lomakkeesta kohta ”{text}”?").format(text=text),
                danger=True,
            ):
                return
            group_id = self.group_id
            self._apply(lambda: feedback.remove_item(self.store, group_id, kind, key))

        return remove

    def save_as_default(self) -> None:
        if self.group_id is None:
            return
        group_id = self.group_id
        Op(
            self,
            lambda: feedback.save_as_default(self.store, group_id),
            title=self.tr("Palautelomake"),
        ).success(
            lambda _done: ask.inform(
                self,
                self.tr("Palautelomake"),
                self.tr("Lomake tallennettiin uusien ryhmien oletukseksi."),
            )
        ).run()

    def restore_default(self) -> None:
        if self.group_id is None:
            return
        if not ask.confirm(
            self,
            self.tr("Palauta oletuslomake"),
            self.tr("Korvataanko tämän ryhmän lomake oletuslomakkeella?"),
        ):
            return
        group_id = self.group_id
        self._apply(lambda: feedback.restore_default_form(self.store, group_id))
