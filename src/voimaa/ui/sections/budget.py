"""The Budjetti section: lines, totals per category, the limit and what remains, exports.

Size: one screen. The line table, the line form and the category and limit controls all work
on the same selected line and the same totals; apart, they would pass that state around.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from voimaa import budget
from voimaa.errors import ValidationError, VoimaaError
from voimaa.formats import format_date, format_money, parse_amount, parse_date
from voimaa.store import Store
from voimaa.ui import ask, export_done
from voimaa.ui import undo as undo_module
from voimaa.ui.ops import Op, OpChanges
from voimaa.ui.sections.base import Section

ID_ROLE = Qt.ItemDataRole.UserRole
ERROR_STYLE = "color: #9c2f1f"
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _item(text: str, key: object = None, *, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setData(ID_ROLE, key)
    if right:
        item.setTextAlignment(RIGHT)
    return item


def _uuid(value: object) -> uuid.UUID | None:
    return uuid.UUID(str(value)) if value else None


class ElidedLabel(QLabel):
    """One line of text that ends in "…" when it does not fit (the whole text is the tooltip)."""

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, int(self.alignment()), text)
        painter.end()


class AmountField(QWidget):
    """A line edit for euros with its message under it: what was understood, or why not.

    The message takes one line of fixed height whether shown or not, and never wraps, so the
    form and the table above it never move; the whole text is also its tooltip and, for a
    refusal, repeated in the full-width message of the form. `what` names the amount for the
    core's rules on a line's amounts (None: only a valid sum is asked for).
    """

    def __init__(
        self, parent: QWidget, name: str, *, optional: bool, what: str | None = None
    ) -> None:
        super().__init__(parent)
        self.optional = optional
        self.what = what
        self._error = ""
        self.edit = QLineEdit(self)
        self.edit.setObjectName(name)
        self.edit.setPlaceholderText(self.tr("esim. 12,50"))
        self.edit.setMaximumWidth(140)
        self.message = ElidedLabel(self)
        self.message.setObjectName(f"{name}Message")
        self.message.setWordWrap(False)
        self.message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.message.setFixedHeight(self.message.fontMetrics().height() + 2)
        self.message.setMinimumWidth(140)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.message)
        self.edit.editingFinished.connect(self.check)
        self.edit.textEdited.connect(lambda _text: self.say("", error=False))

    def value(self) -> int | None:
        """Cents, None when left empty (optional fields); ValidationError when not an amount
        or not allowed."""
        text = self.edit.text().strip()
        if not text:
            if self.optional:
                return None
            raise ValidationError(self.tr("Kirjoita summa, esimerkiksi 12,50."))
        cents = parse_amount(text)
        if self.what is not None:
            budget.check_amount(cents, self.what)
        return cents

    def say(self, text: str, *, error: bool) -> None:
        """Show `text` under the field (a refusal when `error`)."""
        self._error = text if error else ""
        self.message.setText(text)
        self.message.setToolTip(text)
        self.message.setStyleSheet(ERROR_STYLE if error else "color: #555555")

    def error(self) -> str:
        """The refusal shown under the field, or ''."""
        return self._error

    def check(self) -> bool:
        try:
            cents = self.value()
        except ValidationError as exc:
            self.say(str(exc), error=True)
            return False
        self.say("" if cents is None else f"= {format_money(cents)}", error=False)
        return True

    def set_cents(self, cents: int | None) -> None:
        self.edit.setText(format_money(cents, symbol=False) if cents is not None else "")
        self.say("", error=False)


class BudgetSection(Section):
    refresh_on = OpChanges.BUDGET | OpChanges.PARTICIPANTS | OpChanges.PROGRAM | OpChanges.GROUPS

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("BudgetSection", "Budjetti")

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.today: Callable[[], date] = date.today
        self.summary: budget.BudgetSummary | None = None
        self.current_line: uuid.UUID | None = None

        # ----- key figures -----------------------------------------------------------------
        self.limit = AmountField(self, "limitEdit", optional=False)
        self.limit_save = QPushButton(self.tr("Tallenna budjetti"), self)
        self.limit_save.clicked.connect(self.save_limit)
        self.figures = QLabel(self)
        self.figures.setObjectName("budgetFigures")
        self.figures.setTextFormat(Qt.TextFormat.RichText)
        top = QHBoxLayout()
        limit_label = QLabel(self.tr("Ryhmän &budjetti:"), self)
        limit_label.setBuddy(self.limit.edit)
        top.addWidget(limit_label)
        top.addWidget(self.limit, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.limit_save, 0, Qt.AlignmentFlag.AlignTop)
        top.addSpacing(24)
        top.addWidget(self.figures, 1, Qt.AlignmentFlag.AlignTop)

        # ----- lines -----------------------------------------------------------------------
        self.lines = QTableWidget(0, 8, self)
        self.lines.setObjectName("budgetLines")
        self.lines.setHorizontalHeaderLabels(
            [
                self.tr("Päivä"),
                self.tr("Kuvaus"),
                self.tr("Luokka"),
                self.tr("Kerta"),
                self.tr("Suunniteltu"),
                self.tr("Toteutunut"),
                self.tr("Tosite"),
                self.tr("Maksaja"),
            ]
        )
        self.lines.verticalHeader().setVisible(False)
        self.lines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines.setWordWrap(False)
        header = self.lines.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.lines.itemSelectionChanged.connect(self._on_line_selected)

        # ----- line editor -----------------------------------------------------------------
        editor = QGroupBox(self.tr("Rivi"), self)
        self.line_date = QLineEdit(editor)
        self.line_date.setObjectName("lineDate")
        self.line_date.setPlaceholderText(self.tr("pp.kk.vvvv"))
        self.line_date.setMaximumWidth(140)
        self.description = QLineEdit(editor)
        self.description.setObjectName("lineDescription")
        self.category = QComboBox(editor)
        self.category.setObjectName("lineCategory")
        self.session = QComboBox(editor)
        self.session.setObjectName("lineSession")
        self.planned = AmountField(
            editor, "plannedEdit", optional=False, what=self.tr("suunniteltu summa")
        )
        self.actual = AmountField(
            editor, "actualEdit", optional=True, what=self.tr("toteutunut summa")
        )
        self.receipt = QLineEdit(editor)
        self.receipt.setObjectName("lineReceipt")
        self.paid_by = QLineEdit(editor)
        self.paid_by.setObjectName("linePaidBy")
        self.line_error = QLabel(editor)
        self.line_error.setObjectName("lineError")
        self.line_error.setStyleSheet(ERROR_STYLE)
        self.line_error.setWordWrap(True)
        # Room for two lines whether a message shows or not: the form never jumps.
        self.line_error.setFixedHeight(2 * self.line_error.fontMetrics().lineSpacing() + 4)
        self.line_error.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.new_line = QPushButton(self.tr("Uusi rivi"), editor)
        self.new_line.clicked.connect(self.start_new_line)
        self.save_line_button = QPushButton(self.tr("Tallenna rivi"), editor)
        self.save_line_button.setObjectName("saveLine")
        self.save_line_button.clicked.connect(self.save_line)
        self.delete_line_button = QPushButton(self.tr("Poista rivi…"), editor)
        self.delete_line_button.clicked.connect(self.delete_line)

        for edit in (
            self.line_date,
            self.description,
            self.planned.edit,
            self.actual.edit,
            self.receipt,
            self.paid_by,
        ):
            edit.returnPressed.connect(self.save_line)
            edit.textEdited.connect(lambda _text: self._forget_messages())
        for combo in (self.category, self.session):
            combo.activated.connect(lambda _index: self._forget_messages())
        self.limit.edit.returnPressed.connect(self.save_limit)

        grid = QGridLayout(editor)
        labels = (
            (self.tr("&Päivä:"), self.line_date, 0, 0),
            (self.tr("&Kuvaus:"), self.description, 0, 2),
            (self.tr("&Luokka:"), self.category, 1, 0),
            (self.tr("K&erta:"), self.session, 1, 2),
            (self.tr("&Suunniteltu €:"), self.planned, 2, 0),
            (self.tr("&Toteutunut €:"), self.actual, 2, 2),
            (self.tr("T&osite:"), self.receipt, 3, 0),
            (self.tr("&Maksaja:"), self.paid_by, 3, 2),
        )
        for text, widget, row, col in labels:
            label = QLabel(text, editor)
            label.setBuddy(widget.edit if isinstance(widget, AmountField) else widget)
            if isinstance(widget, AmountField):
                label.setContentsMargins(0, 4, 0, 0)
                grid.addWidget(label, row, col, Qt.AlignmentFlag.AlignTop)
                grid.addWidget(widget, row, col + 1, Qt.AlignmentFlag.AlignTop)
            else:
                grid.addWidget(label, row, col)
                grid.addWidget(widget, row, col + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_line_button)
        buttons.addWidget(self.new_line)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_line_button)
        grid.addWidget(self.line_error, 4, 0, 1, 4)
        grid.addLayout(buttons, 5, 0, 1, 4)
        grid.setRowStretch(6, 1)  # spare height below the buttons, not between the fields

        # ----- categories ------------------------------------------------------------------
        cats = QGroupBox(self.tr("Luokittain"), self)
        self.categories = QTableWidget(0, 4, cats)
        self.categories.setObjectName("budgetCategories")
        self.categories.setHorizontalHeaderLabels(
            [self.tr("Luokka"), self.tr("Suunniteltu"), self.tr("Toteutunut"), self.tr("Erotus")]
        )
        self.categories.verticalHeader().setVisible(False)
        self.categories.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.categories.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.categories.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.categories.setWordWrap(False)
        cat_header = self.categories.horizontalHeader()
        cat_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        cat_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.add_category = QPushButton(self.tr("Lisää…"), cats)
        self.add_category.clicked.connect(self.new_category)
        self.rename_category = QPushButton(self.tr("Nimeä…"), cats)
        self.rename_category.clicked.connect(self.rename_selected_category)
        self.remove_category = QPushButton(self.tr("Poista…"), cats)
        self.remove_category.clicked.connect(self.remove_selected_category)
        self.up_category = QPushButton(self.tr("Ylös"), cats)
        self.up_category.clicked.connect(lambda: self.move_selected_category(-1))
        self.down_category = QPushButton(self.tr("Alas"), cats)
        self.down_category.clicked.connect(lambda: self.move_selected_category(1))
        cat_buttons = QHBoxLayout()
        for b in (
            self.add_category,
            self.rename_category,
            self.remove_category,
            self.up_category,
            self.down_category,
        ):
            cat_buttons.addWidget(b)
        cat_layout = QVBoxLayout(cats)
        cat_layout.addWidget(self.categories, 1)
        cat_layout.addLayout(cat_buttons)

        # ----- exports ---------------------------------------------------------------------
        self.export_xlsx = QPushButton(self.tr("Vie Exceliin…"), self)
        self.export_xlsx.clicked.connect(lambda: self._export(".xlsx"))
        self.export_pdf = QPushButton(self.tr("Yhteenveto PDF:nä…"), self)
        self.export_pdf.clicked.connect(lambda: self._export(".pdf"))
        self.status = QLabel(self)
        self.status.setObjectName("budgetStatus")
        self.status.setWordWrap(True)
        export_row = QHBoxLayout()
        export_row.addWidget(self.export_xlsx)
        export_row.addWidget(self.export_pdf)
        export_row.addWidget(self.status, 1)

        bottom = QSplitter(self)
        bottom.addWidget(editor)
        bottom.addWidget(cats)
        bottom.setStretchFactor(0, 3)
        bottom.setStretchFactor(1, 2)
        bottom.setSizes([600, 460])
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.lines)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([360, 320])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(export_row)

    # ----- loading -------------------------------------------------------------------------
    def refresh(self) -> None:
        self.setEnabled(self.group_id is not None)
        if self.group_id is None:
            return
        group_id = self.group_id
        Op(self, lambda: budget.budget_summary(self.store, group_id)).success(
            self._show_budget
        ).failure(lambda exc: self.status.setText(str(exc))).run()

    def _show_budget(self, summary: budget.BudgetSummary) -> None:
        self.summary = summary
        self.limit.set_cents(summary.limit_cents)
        remaining = format_money(summary.remaining_cents)
        if summary.remaining_cents < 0:
            remaining = f"<span style='color:#9c2f1f'>{remaining}</span>"
        self.figures.setText(
            self.tr(
                "Suunniteltu <b>{planned}</b> · Toteutunut <b>{actual}</b> · "
                "Jäljellä <b>{remaining}</b>"
            ).format(
                planned=format_money(summary.planned_total_cents),
                actual=format_money(summary.actual_total_cents),
                remaining=remaining,
            )
        )
        self._fill_lines(summary)
        self._fill_categories(summary)
        self._fill_choices(summary)
        line = next((x for x in summary.lines if x.id == self.current_line), None)
        self._show_line(line)

    def _fill_lines(self, summary: budget.BudgetSummary) -> None:
        self.lines.blockSignals(True)
        self.lines.setRowCount(len(summary.lines))
        for row, line in enumerate(summary.lines):
            values = (
                _item(format_date(line.date), line.id),
                _item(line.description, line.id),
                _item(line.category_name, line.id),
                _item("" if line.session_number is None else str(line.session_number), line.id),
                _item(format_money(line.planned_cents), line.id, right=True),
                _item(format_money(line.actual_cents), line.id, right=True),
                _item(line.receipt_ref, line.id),
                _item(line.paid_by, line.id),
            )
            for col, item in enumerate(values):
                self.lines.setItem(row, col, item)
            if line.id == self.current_line:
                self.lines.selectRow(row)
        if self.current_line is None:
            self.lines.clearSelection()
        self.lines.blockSignals(False)

    def _fill_categories(self, summary: budget.BudgetSummary) -> None:
        selected = self._selected_category()
        rows = [*summary.categories, None]
        self.categories.setRowCount(len(rows))
        for row, cat in enumerate(rows):
            if cat is None:
                values = (
                    _item(self.tr("Yhteensä")),
                    _item(format_money(summary.planned_total_cents), right=True),
                    _item(format_money(summary.actual_total_cents), right=True),
                    _item(
                        format_money(summary.actual_total_cents - summary.planned_total_cents),
                        right=True,
                    ),
                )
                for item in values:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            else:
                values = (
                    _item(cat.name, cat.id),
                    _item(format_money(cat.planned_cents), cat.id, right=True),
                    _item(format_money(cat.actual_cents), cat.id, right=True),
                    _item(format_money(cat.difference_cents), cat.id, right=True),
                )
            for col, item in enumerate(values):
                self.categories.setItem(row, col, item)
            if cat is not None and cat.id is not None and cat.id == selected:
                self.categories.selectRow(row)

    def _fill_choices(self, summary: budget.BudgetSummary) -> None:
        self.category.clear()
        self.category.addItem(self.tr("(ei luokkaa)"), None)
        for cat in summary.categories:
            if cat.id is not None:
                self.category.addItem(cat.name, str(cat.id))
        self.session.clear()
        self.session.addItem(self.tr("(ei kertaa)"), None)
        for s in summary.sessions:
            label = f"{s.number}. {format_date(s.date)} {s.topic}".strip()
            self.session.addItem(label, str(s.id))

    def _on_line_selected(self) -> None:
        items = self.lines.selectedItems()
        if not items or self.summary is None:
            return
        line_id = items[0].data(ID_ROLE)
        if line_id != self.current_line:
            self.status.clear()
        self.current_line = line_id
        self._show_line(next((x for x in self.summary.lines if x.id == line_id), None))

    def _show_line(self, line: budget.BudgetLineInfo | None) -> None:
        self.line_error.clear()
        self.line_date.setText(format_date(line.date) if line else "")
        self.description.setText(line.description if line else "")
        self.category.setCurrentIndex(
            max(0, self.category.findData(str(line.category_id)))
            if line and line.category_id
            else 0
        )
        self.session.setCurrentIndex(
            max(0, self.session.findData(str(line.session_id))) if line and line.session_id else 0
        )
        self.planned.set_cents(line.planned_cents if line else None)
        self.actual.set_cents(line.actual_cents if line else None)
        self.receipt.setText(line.receipt_ref if line else "")
        self.paid_by.setText(line.paid_by if line else "")
        self.delete_line_button.setEnabled(line is not None)
        self.save_line_button.setText(
            self.tr("Tallenna muutokset") if line is not None else self.tr("Lisää rivi")
        )

    def start_new_line(self) -> None:
        self.status.clear()
        self.current_line = None
        self.lines.clearSelection()
        self._show_line(None)
        self.line_date.setText(format_date(self.today()))
        self.description.setFocus()

    # ----- actions -------------------------------------------------------------------------
    def save_limit(self) -> None:
        if self.group_id is None or not self.limit.check():
            return
        cents = self.limit.value()
        assert cents is not None
        group_id = self.group_id

        def refused(exc: VoimaaError) -> None:
            self.limit.say(str(exc), error=True)

        Op(self, lambda: budget.set_limit(self.store, group_id, cents)).success(
            lambda _done: self.refresh()
        ).failure(refused).changes(OpChanges.BUDGET).run()

    def save_line(self) -> None:
        if self.group_id is None:
            return
        self.line_error.clear()
        ok = self.planned.check() & self.actual.check()
        if not ok:
            self.line_error.setText(
                self.tr("Korjaa summa: {message}").format(
                    message=self.planned.error() or self.actual.error()
                )
            )
            return
        group_id, current = self.group_id, self.current_line
        before = self._line(current)
        entered: list[budget.BudgetLineData] = []

        def work() -> uuid.UUID:
            text = self.line_date.text().strip()
            planned = self.planned.value()
            data = budget.BudgetLineData(
                description=self.description.text(),
                planned_cents=planned or 0,
                actual_cents=self.actual.value(),
                date=parse_date(text) if text else None,
                category_id=_uuid(self.category.currentData()),
                session_id=_uuid(self.session.currentData()),
                receipt_ref=self.receipt.text(),
                paid_by=self.paid_by.text(),
            )
            entered.append(data)
            if current is None:
                return budget.add_line(self.store, group_id, data)
            budget.update_line(self.store, current, data)
            return current

        def saved(line_id: uuid.UUID) -> None:
            self.current_line = line_id
            self.refresh()
            self.status.setText(self.tr("Rivi tallennettu."))
            [data] = entered
            if before is None:
                self._push(
                    self.tr("rivin lisäys"),
                    redo=lambda: budget.add_line(self.store, group_id, data, line_id=line_id),
                    undo=lambda: budget.delete_line(self.store, line_id),
                )
            else:
                old = budget.line_data(before)
                self._push(
                    self.tr("rivin muutos"),
                    redo=lambda: budget.update_line(self.store, line_id, data),
                    undo=lambda: budget.update_line(self.store, line_id, old),
                )

        Op(self, work).success(saved).failure(
            lambda exc: self.line_error.setText(str(exc))
        ).changes(OpChanges.BUDGET).run()

    def _forget_messages(self) -> None:
        """The user is changing the line: what was said about the last save no longer holds."""
        self.line_error.clear()
        self.status.clear()

    def clear_messages(self) -> None:
        self._forget_messages()
        for field in (self.limit, self.planned, self.actual):
            field.set_cents(None)

    def _line(self, line_id: uuid.UUID | None) -> budget.BudgetLineInfo | None:
        if line_id is None or self.summary is None:
            return None
        return next((x for x in self.summary.lines if x.id == line_id), None)

    def _push(self, text: str, *, redo: Callable[[], object], undo: Callable[[], object]) -> None:
        """Record a line change already made, for Muokkaa → Kumoa."""

        def after() -> None:
            self.clear_messages()
            self.refresh()

        undo_module.push_done(
            self.undo_stack,
            self,
            text,
            redo=redo,
            undo=undo,
            changes=OpChanges.BUDGET,
            after=after,
        )

    def delete_line(self) -> None:
        if self.current_line is None or self.summary is None:
            return
        line = next((x for x in self.summary.lines if x.id == self.current_line), None)
        if line is None:
            return
        text = self.tr("Poistetaanko rivi ”{d}” ({a})? Poisto kirjataan lokiin.").format(
            d=line.description, a=format_money(line.actual_cents or line.planned_cents)
        )
        if not ask.confirm(self, self.tr("Poista rivi"), text, danger=True):
            return
        self.current_line = None
        group_id, data = self.group_id, budget.line_data(line)

        def deleted() -> None:
            budget.delete_line(self.store, line.id)

        def done(_result: object) -> None:
            self.refresh()
            assert group_id is not None
            self._push(
                self.tr("rivin poisto"),
                redo=deleted,
                undo=lambda: budget.add_line(self.store, group_id, data, line_id=line.id),
            )

        def refused(exc: VoimaaError) -> None:
            ask.warn(self, self.tr("Budjetti"), str(exc))
            self.refresh()

        Op(self, deleted).success(done).failure(refused).changes(OpChanges.BUDGET).run()

    def _selected_category(self) -> uuid.UUID | None:
        items = self.categories.selectedItems()
        return items[0].data(ID_ROLE) if items else None

    def _category_name(self, category_id: uuid.UUID) -> str:
        assert self.summary is not None
        return next((c.name for c in self.summary.categories if c.id == category_id), "")

    def _run(self, fn: Callable[[], object]) -> None:
        """A change of lines or categories; the view reloads after it, refused or not."""

        def refused(exc: VoimaaError) -> None:
            ask.warn(self, self.tr("Budjetti"), str(exc))
            self.refresh()

        Op(self, fn).success(lambda _result: self.refresh()).failure(refused).changes(
            OpChanges.BUDGET
        ).run()

    def new_category(self) -> None:
        if self.group_id is None:
            return
        name = ask.get_text(self, self.tr("Lisää luokka"), self.tr("Luokan nimi:"))
        if name is not None:
            group_id = self.group_id
            self._run(lambda: budget.add_category(self.store, group_id, name))

    def rename_selected_category(self) -> None:
        cid = self._selected_category()
        if cid is None:
            ask.inform(self, self.tr("Budjetti"), self.tr("Valitse ensin luokka taulukosta."))
            return
        name = ask.get_text(
            self, self.tr("Nimeä luokka"), self.tr("Uusi nimi:"), self._category_name(cid)
        )
        if name is not None:
            self._run(lambda: budget.rename_category(self.store, cid, name))

    def remove_selected_category(self) -> None:
        cid = self._selected_category()
        if cid is None or self.summary is None:
            ask.inform(self, self.tr("Budjetti"), self.tr("Valitse ensin luokka taulukosta."))
            return
        cat = next(c for c in self.summary.categories if c.id == cid)
        text = self.tr(
            "Poistetaanko luokka ”{name}”? Sen %n rivi jää budjettiin ilman luokkaa.|"
            "Poistetaanko luokka ”{name}”? Sen %n riviä jäävät budjettiin ilman luokkaa.",
            "",
            cat.line_count,
        ).format(name=cat.name)
        if ask.confirm(self, self.tr("Poista luokka"), text, danger=True):
            self._run(lambda: budget.remove_category(self.store, cid))

    def move_selected_category(self, offset: int) -> None:
        cid = self._selected_category()
        if cid is not None:
            self._run(lambda: budget.move_category(self.store, cid, offset))

    def _export(self, suffix: str) -> None:
        from voimaa.export import jobs  # the writers load with the first export

        if self.group_id is None:
            return
        kind = self.tr("Excel-tiedosto (*.xlsx)") if suffix == ".xlsx" else self.tr("PDF (*.pdf)")
        path = ask.save_to_file(self, "budget", self.tr("Vie budjetti"), f"budjetti{suffix}", kind)
        if path is None:
            return
        group_id, today = self.group_id, self.today()
        Op(
            self,
            lambda: jobs.export_budget(self.store, group_id, path, today=today),
            title=self.tr("Budjetti"),
        ).with_progress(self.tr("Viedään budjettia…")).success(self._exported).run()

    def _exported(self, written: Path) -> None:
        text = self.tr("Tallennettu: {path}").format(path=written)
        self.status.setText(text)
        export_done.exported(self, self.tr("Budjetti"), text, written)
