"""The Asiantuntijat section: the expert list shared by all groups, and inviting experts to
the selected group's sessions."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from voimaa import experts, program
from voimaa.formats import format_date, weekday_short
from voimaa.store import Store
from voimaa.ui import ask
from voimaa.ui.ops import Op, OpChanges
from voimaa.ui.sections.base import Section

T = TypeVar("T")
ID_ROLE = Qt.ItemDataRole.UserRole
COLUMNS = ("name", "field", "organisation", "phone", "email")


class ExpertsSection(Section):
    """Who can be invited, and who is coming to this group."""

    refresh_on = OpChanges.EXPERTS | OpChanges.PROGRAM

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("ExpertsSection", "Asiantuntijat")

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.experts: list[experts.ExpertInfo] = []
        self.editing: uuid.UUID | None = None
        self._filling = False
        self._listed = False  # the shared list has been loaded once

        # ----- the shared list
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("expertSearch")
        self.search_edit.setPlaceholderText(self.tr("Hae nimellä, alalla tai organisaatiolla"))
        self.search_edit.textChanged.connect(lambda _t: self.refresh())
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("expertTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Nimi"),
                self.tr("Ala"),
                self.tr("Organisaatio"),
                self.tr("Puhelin"),
                self.tr("Sähköposti"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.itemSelectionChanged.connect(self._on_selected)
        self.new_button = QPushButton(self.tr("Uusi asiantuntija"), self)
        self.new_button.setObjectName("newExpert")
        self.new_button.clicked.connect(self.new_expert)
        self.delete_button = QPushButton(self.tr("Poista listalta…"), self)
        self.delete_button.setObjectName("deleteExpert")
        self.delete_button.clicked.connect(self.delete_expert)
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.new_button)
        list_buttons.addWidget(self.delete_button)
        list_buttons.addStretch(1)
        list_box = QGroupBox(self.tr("Yhteinen asiantuntijalista (kaikki ryhmät)"), self)
        list_layout = QVBoxLayout(list_box)
        list_layout.addWidget(self.search_edit)
        list_layout.addWidget(self.table, 1)
        list_layout.addLayout(list_buttons)

        # ----- the form
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("expertName")
        self.field_edit = QLineEdit(self)
        self.field_edit.setObjectName("expertField")
        self.field_edit.setPlaceholderText(self.tr("esim. ravitsemusterapeutti"))
        self.organisation_edit = QLineEdit(self)
        self.organisation_edit.setObjectName("expertOrganisation")
        self.phone_edit = QLineEdit(self)
        self.phone_edit.setObjectName("expertPhone")
        self.email_edit = QLineEdit(self)
        self.email_edit.setObjectName("expertEmail")
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setObjectName("expertNotes")
        self.notes_edit.setFixedHeight(70)
        self.notes_edit.setPlaceholderText(self.tr("esim. milloin tavoittaa, mitä tuo mukanaan"))
        self.save_button = QPushButton(self.tr("Tallenna"), self)
        self.save_button.setObjectName("saveExpert")
        self.save_button.clicked.connect(self.save)
        self.form_title = QLabel(self)
        self.form_title.setStyleSheet("font-weight: bold")
        form_box = QGroupBox(self.tr("Tiedot"), self)
        form = QFormLayout(form_box)
        form.addRow(self.form_title)
        form.addRow(self.tr("Nimi"), self.name_edit)
        form.addRow(self.tr("Ala"), self.field_edit)
        form.addRow(self.tr("Organisaatio"), self.organisation_edit)
        form.addRow(self.tr("Puhelin"), self.phone_edit)
        form.addRow(self.tr("Sähköposti"), self.email_edit)
        form.addRow(self.tr("Muistiinpanot"), self.notes_edit)
        form.addRow(self.save_button)

        # ----- visits to this group's sessions
        self.sessions_list = QListWidget(self)
        self.sessions_list.setObjectName("visitList")
        self.sessions_list.itemChanged.connect(self._visit_toggled)
        self.coming_label = QLabel(self)
        self.coming_label.setObjectName("comingLabel")
        self.coming_label.setWordWrap(True)
        self.coming_label.setTextFormat(Qt.TextFormat.RichText)
        visits_box = QGroupBox(self.tr("Kutsu tämän ryhmän kerroille"), self)
        visits_layout = QVBoxLayout(visits_box)
        self.visits_hint = QLabel(self)
        self.visits_hint.setWordWrap(True)
        visits_layout.addWidget(self.visits_hint)
        visits_layout.addWidget(self.sessions_list, 1)
        visits_layout.addWidget(self.coming_label)

        # A splitter, not a box layout: the word-wrapped texts of the visits made a box layout
        # squeeze the form under its minimum on a small screen (the fields overlapped).
        right = QSplitter(Qt.Orientation.Vertical, self)
        right.setChildrenCollapsible(False)
        right.addWidget(form_box)
        right.addWidget(visits_box)
        right.setStretchFactor(0, 0)
        right.setStretchFactor(1, 1)
        splitter = QSplitter(self)
        splitter.addWidget(list_box)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.new_expert()

    # ----- helpers ---------------------------------------------------------------------------
    def _op(self, fn: Callable[[], T]) -> Op[T]:
        return Op(self, fn, title=self.tr("Asiantuntijat"))

    def selected(self) -> experts.ExpertInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        if item is None:
            return None
        expert_id = item.data(ID_ROLE)
        return next((e for e in self.experts if e.id == expert_id), None)

    def _data(self) -> experts.ExpertData:
        return experts.ExpertData(
            name=self.name_edit.text(),
            organisation=self.organisation_edit.text(),
            field=self.field_edit.text(),
            phone=self.phone_edit.text(),
            email=self.email_edit.text(),
            notes=self.notes_edit.toPlainText(),
        )

    # ----- list ------------------------------------------------------------------------------
    def set_group(self, group_id: uuid.UUID | None) -> None:
        """The shared list is the same for every group: choosing another group reloads only
        who is coming to it (the list reloads when experts or programs change)."""
        if not self._listed:
            super().set_group(group_id)
            return
        self.group_id = group_id
        self._show_coming()

    def refresh(self, select: uuid.UUID | None = None) -> None:
        self._listed = True
        keep = select or self.editing
        self.experts = experts.list_experts(self.store, self.search_edit.text())
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.experts))
        selected_row = -1
        for row, e in enumerate(self.experts):
            for col, attr in enumerate(COLUMNS):
                item = QTableWidgetItem(getattr(e, attr))
                item.setData(ID_ROLE, e.id)
                self.table.setItem(row, col, item)
            if e.id == keep:
                selected_row = row
        self.table.blockSignals(False)
        if selected_row >= 0:
            self.table.selectRow(selected_row)
        self._show_form(self.selected())
        self._show_coming()

    def _on_selected(self) -> None:
        self._show_form(self.selected())

    def _show_form(self, expert: experts.ExpertInfo | None) -> None:
        self.editing = expert.id if expert else None
        self.form_title.setText(
            self.tr("Muokkaa: {name}").format(name=expert.name)
            if expert
            else self.tr("Uusi asiantuntija")
        )
        self.name_edit.setText(expert.name if expert else "")
        self.field_edit.setText(expert.field if expert else "")
        self.organisation_edit.setText(expert.organisation if expert else "")
        self.phone_edit.setText(expert.phone if expert else "")
        self.email_edit.setText(expert.email if expert else "")
        self.notes_edit.setPlainText(expert.notes if expert else "")
        self.delete_button.setEnabled(expert is not None)
        self._show_visits(expert)

    def new_expert(self) -> None:
        self.table.clearSelection()
        self._show_form(None)
        self.name_edit.setFocus()

    def save(self) -> None:
        data = self._data()
        expert_id = self.editing
        if expert_id is None:
            op = self._op(lambda: experts.create_expert(self.store, data))
        else:
            op = self._op(lambda: experts.update_expert(self.store, expert_id, data))
        op.success(lambda saved: self.refresh(select=saved.id)).changes(OpChanges.EXPERTS).run()

    def delete_expert(self) -> None:
        expert = self.selected()
        if expert is None:
            return
        visits = len(expert.visits)
        text = self.tr("Poistetaanko {name} yhteiseltä listalta?").format(name=expert.name)
        if visits:
            text += "\n\n" + self.tr(
                "Hänet on kutsuttu {n} kerralle. Kutsut poistuvat kaikista ryhmistä."
            ).format(n=visits)
        if not ask.confirm(self, self.tr("Poista asiantuntija"), text, danger=True):
            return
        self._op(lambda: experts.delete_expert(self.store, expert.id)).success(
            lambda _name: self._deleted()
        ).changes(OpChanges.EXPERTS).run()

    def _deleted(self) -> None:
        self.editing = None
        self.refresh()

    # ----- visits ----------------------------------------------------------------------------
    def _show_visits(self, expert: experts.ExpertInfo | None) -> None:
        self._filling = True
        self.sessions_list.clear()
        try:
            if self.group_id is None:
                self.visits_hint.setText(self.tr("Valitse ryhmä, niin voit kutsua sen kerroille."))
                return
            if expert is None:
                self.visits_hint.setText(
                    self.tr("Valitse asiantuntija listasta, niin voit kutsua hänet kerroille.")
                )
                return
            self.visits_hint.setText(
                self.tr("Rastita kerrat, joille {name} tulee:").format(name=expert.name)
            )
            group_id = self.group_id
            view = self._op(lambda: program.get_program(self.store, group_id)).call()
            if view is None:
                return
            invited = {v.session_id for v in expert.visits}
            for s in view.sessions:
                when = f"{weekday_short(s.date)} {format_date(s.date)}" if s.date else ""
                text = f"{s.number}. {when} · {s.topic}"
                if s.suggested_expert:
                    text += self.tr("  (ehdotus: {e})").format(e=s.suggested_expert)
                item = QListWidgetItem(text)
                item.setData(ID_ROLE, s.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    Qt.CheckState.Checked if s.id in invited else Qt.CheckState.Unchecked
                )
                self.sessions_list.addItem(item)
        finally:
            self._filling = False

    def _visit_toggled(self, item: QListWidgetItem) -> None:
        if self._filling or self.editing is None:
            return
        session_id = item.data(ID_ROLE)
        expert_id = self.editing
        if item.checkState() == Qt.CheckState.Checked:
            self._op(lambda: experts.assign(self.store, session_id, expert_id)).changes(
                OpChanges.EXPERTS
            ).run()
        else:
            self._op(lambda: experts.unassign(self.store, session_id, expert_id)).changes(
                OpChanges.EXPERTS
            ).run()
        self.experts = experts.list_experts(self.store, self.search_edit.text())
        self._show_coming()

    def _show_coming(self) -> None:
        if self.group_id is None:
            self.coming_label.clear()
            return
        coming = experts.coming(self.store, self.group_id)
        if not coming:
            self.coming_label.setText(self.tr("Tähän ryhmään ei ole vielä kutsuttu ketään."))
            return
        rows = "".join(
            f"<li>{v.session_number}. kerta {format_date(v.date)}: {_escape(v.expert_name)}</li>"
            for v in coming
        )
        self.coming_label.setText(self.tr("<b>Tulossa tähän ryhmään</b>") + f"<ul>{rows}</ul>")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
