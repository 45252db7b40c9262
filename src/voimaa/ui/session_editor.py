"""The session editor of the Ohjelma section: every field of one session, its parts with a
running total of minutes, material links, visiting experts and notes after the session.

Text fields are saved with "Tallenna muutokset" and also automatically before anything else
happens (another session is chosen, a part is moved, a PDF is made), so nothing typed is lost.
Parts and links are saved at once.

Size: one editor of one session. The save-before-anything-else rule needs every field of the
session in one place; split, each piece would have to ask the others whether text is unsaved.
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Callable
from datetime import date, time
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QDate, Qt, QTime, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDropEvent, QHideEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
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
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from voimaa import labels, program, workbook
from voimaa.formats import weekday_name
from voimaa.models import MaterialKind, PartKind
from voimaa.program import SessionInfo
from voimaa.store import Store
from voimaa.ui import ask
from voimaa.ui.date_edit import DateEdit
from voimaa.ui.ops import Op, OpChanges

T = TypeVar("T")
NO_DATE = QDate(2000, 1, 1)
NO_TIME = QTime(0, 0)
PART_KINDS = (
    PartKind.INFO,
    PartKind.DISCUSSION,
    PartKind.ACTIVITY,
    PartKind.COFFEE,
    PartKind.OTHER,
)
COL_KIND, COL_TITLE, COL_MINUTES, COL_DESCRIPTION = range(4)


class PartsTable(QTableWidget):
    """The parts of a session; a row can be dragged to a new place (the editor saves it)."""

    row_dropped = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDropIndicatorShown(True)
        self.setDragDropOverwriteMode(False)

    def dropEvent(self, event: QDropEvent) -> None:
        source = self.currentRow()
        target = self.rowAt(int(event.position().y()))
        if target < 0:
            target = self.rowCount() - 1
        event.setDropAction(Qt.DropAction.IgnoreAction)  # the editor reloads the rows itself
        event.accept()
        if source >= 0:
            self.row_dropped.emit(source, target)


def _lines(edit: QPlainTextEdit) -> list[str]:
    return [line.strip() for line in edit.toPlainText().splitlines() if line.strip()]


class SessionEditor(QWidget):
    """Edits one session. `changed` tells the section that the session list needs a refresh."""

    changed = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.session: SessionInfo | None = None
        self._dirty = False
        self._loading = False

        self.title_label = QLabel(self)
        self.title_label.setObjectName("sessionTitle")
        self.title_label.setStyleSheet("font-size: 15pt; font-weight: bold")
        self.flags_label = QLabel(self)
        self.flags_label.setObjectName("sessionFlags")
        self.flags_label.setStyleSheet("color: #9b1c1c")
        self.flags_label.setWordWrap(True)

        # ----- basic fields
        self.date_edit = DateEdit(self)
        self.date_edit.setObjectName("dateEdit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d.M.yyyy")
        self.date_edit.setMinimumDate(NO_DATE)
        self.date_edit.setSpecialValueText(self.tr("ei päivää"))
        self.weekday_label = QLabel(self)
        self.time_edit = QTimeEdit(self)
        self.time_edit.setObjectName("timeEdit")
        self.time_edit.setDisplayFormat("H.mm")
        self.time_edit.setMinimumTime(NO_TIME)
        self.time_edit.setSpecialValueText(self.tr("ei aikaa"))
        self.place_edit = QLineEdit(self)
        self.place_edit.setObjectName("placeEdit")
        self.place_edit.setPlaceholderText(self.tr("esim. kunnantalo, kokoushuone"))
        self.topic_edit = QLineEdit(self)
        self.topic_edit.setObjectName("topicEdit")
        self.goals_edit = QPlainTextEdit(self)
        self.goals_edit.setObjectName("goalsEdit")
        self.goals_edit.setFixedHeight(70)
        self.expert_edit = QLineEdit(self)
        self.expert_edit.setObjectName("suggestedExpertEdit")
        self.expert_edit.setPlaceholderText(self.tr("esim. ravitsemusterapeutti"))
        self.chapter_combo = QComboBox(self)
        self.chapter_combo.setObjectName("chapterCombo")
        self.chapter_combo.addItem(self.tr("(ei lukua)"), "")
        for c in workbook.chapters():
            self.chapter_combo.addItem(f"{c.number} {c.title}", c.key)
        self.form_checks: dict[str, QCheckBox] = {}
        for key in program.FORMS:
            box = QCheckBox(labels.session_form(key), self)
            box.setObjectName(f"form_{key}")
            box.toggled.connect(self._mark_dirty)
            self.form_checks[key] = box
        self.materials_edit = QPlainTextEdit(self)
        self.materials_edit.setObjectName("materialsEdit")
        self.materials_edit.setFixedHeight(90)
        self.materials_edit.setPlaceholderText(self.tr("Yksi tavara riville"))
        self.questions_edit = QPlainTextEdit(self)
        self.questions_edit.setObjectName("questionsEdit")
        self.questions_edit.setFixedHeight(90)
        self.questions_edit.setPlaceholderText(self.tr("Yksi kysymys riville"))
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setObjectName("notesEdit")
        self.notes_edit.setFixedHeight(80)
        self.notes_edit.setPlaceholderText(
            self.tr("Kerran jälkeen: mitä tapahtui, mikä toimi, mitä muutetaan ensi kerralla")
        )
        self.save_button = QPushButton(self.tr("Tallenna muutokset"), self)
        self.save_button.setObjectName("saveSession")
        self.save_button.clicked.connect(self.save)
        self.saved_label = QLabel(self)
        self.saved_label.setObjectName("savedLabel")
        self.saved_label.setStyleSheet("color: #2f5d62")

        when = QHBoxLayout()
        when.addWidget(self.date_edit)
        when.addWidget(self.weekday_label)
        when.addSpacing(12)
        when.addWidget(QLabel(self.tr("klo"), self))
        when.addWidget(self.time_edit)
        when.addStretch(1)
        basics = QGroupBox(self.tr("Kerran tiedot"), self)
        form = QFormLayout(basics)
        form.addRow(self.tr("Päivä"), when)
        form.addRow(self.tr("Paikka"), self.place_edit)
        form.addRow(self.tr("Aihe"), self.topic_edit)
        form.addRow(self.tr("Tavoitteet"), self.goals_edit)
        form.addRow(self.tr("Työkirjan luku"), self.chapter_combo)
        form.addRow(self.tr("Asiantuntija (ehdotus)"), self.expert_edit)
        forms_row = QHBoxLayout()
        for box in self.form_checks.values():
            forms_row.addWidget(box)
        forms_row.addStretch(1)
        form.addRow(self.tr("Lomakkeet"), forms_row)
        form.addRow(self.tr("Mukaan"), self.materials_edit)
        form.addRow(self.tr("Keskustelu­kysymykset"), self.questions_edit)

        # ----- parts
        self.parts_table = PartsTable(self)
        self.parts_table.setObjectName("partsTable")
        self.parts_table.row_dropped.connect(self.drop_part)
        self.parts_table.setHorizontalHeaderLabels(
            [self.tr("Osa"), self.tr("Otsikko"), self.tr("Min"), self.tr("Mitä tehdään")]
        )
        header = self.parts_table.horizontalHeader()
        header.setSectionResizeMode(COL_KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_MINUTES, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self.parts_table.setColumnWidth(COL_TITLE, 220)
        self.parts_table.verticalHeader().setVisible(False)
        self.parts_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.parts_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.parts_table.setMinimumHeight(170)
        self.parts_table.itemChanged.connect(self._part_item_changed)
        self.total_label = QLabel(self)
        self.total_label.setObjectName("totalLabel")
        self.add_part_button = QPushButton(self.tr("Lisää osa"), self)
        self.add_part_button.setObjectName("addPart")
        self.add_part_button.clicked.connect(self.add_part)
        self.remove_part_button = QPushButton(self.tr("Poista osa"), self)
        self.remove_part_button.setObjectName("removePart")
        self.remove_part_button.clicked.connect(self.remove_part)
        self.part_up_button = QPushButton(self.tr("▲ Ylös"), self)
        self.part_up_button.setObjectName("partUp")
        self.part_up_button.clicked.connect(lambda: self.move_part(-1))
        self.part_down_button = QPushButton(self.tr("▼ Alas"), self)
        self.part_down_button.setObjectName("partDown")
        self.part_down_button.clicked.connect(lambda: self.move_part(1))
        part_buttons = QHBoxLayout()
        for b in (
            self.add_part_button,
            self.remove_part_button,
            self.part_up_button,
            self.part_down_button,
        ):
            part_buttons.addWidget(b)
        part_buttons.addStretch(1)
        part_buttons.addWidget(self.total_label)
        parts_box = QGroupBox(self.tr("Kerran kulku"), self)
        parts_layout = QVBoxLayout(parts_box)
        parts_layout.addWidget(self.parts_table)
        parts_layout.addLayout(part_buttons)

        # ----- experts and links
        self.experts_label = QLabel(self)
        self.experts_label.setObjectName("expertsLabel")
        self.experts_label.setWordWrap(True)
        self.links_list = QListWidget(self)
        self.links_list.setObjectName("linksList")
        self.links_list.setMaximumHeight(110)
        self.links_list.itemDoubleClicked.connect(lambda _item: self.open_link())
        self.add_url_button = QPushButton(self.tr("Lisää verkko-osoite…"), self)
        self.add_url_button.setObjectName("addUrl")
        self.add_url_button.clicked.connect(self.add_url)
        self.add_file_button = QPushButton(self.tr("Lisää tiedosto…"), self)
        self.add_file_button.setObjectName("addFile")
        self.add_file_button.clicked.connect(self.add_files)
        self.open_link_button = QPushButton(self.tr("Avaa"), self)
        self.open_link_button.clicked.connect(self.open_link)
        self.remove_link_button = QPushButton(self.tr("Poista linkki"), self)
        self.remove_link_button.setObjectName("removeLink")
        self.remove_link_button.clicked.connect(self.remove_link)
        link_buttons = QHBoxLayout()
        for b in (
            self.add_url_button,
            self.add_file_button,
            self.open_link_button,
            self.remove_link_button,
        ):
            link_buttons.addWidget(b)
        link_buttons.addStretch(1)
        extras = QGroupBox(self.tr("Vierailijat ja materiaalit"), self)
        extras_layout = QVBoxLayout(extras)
        extras_layout.addWidget(self.experts_label)
        extras_layout.addWidget(QLabel(self.tr("Linkit ja tiedostot:"), self))
        extras_layout.addWidget(self.links_list)
        extras_layout.addLayout(link_buttons)

        notes_box = QGroupBox(self.tr("Muistiinpanot kerran jälkeen"), self)
        notes_layout = QVBoxLayout(notes_box)
        notes_layout.addWidget(self.notes_edit)

        self.restore_button = QPushButton(self.tr("Palauta oletussisältö…"), self)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.clicked.connect(self.restore)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.saved_label, 1)
        save_row.addWidget(self.restore_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.flags_label)
        layout.addWidget(basics)
        layout.addWidget(parts_box)
        layout.addWidget(extras)
        layout.addWidget(notes_box)
        layout.addLayout(save_row)
        layout.addStretch(1)

        for edit in (self.place_edit, self.topic_edit, self.expert_edit):
            edit.textEdited.connect(self._mark_dirty)
        for plain in (self.goals_edit, self.materials_edit, self.questions_edit, self.notes_edit):
            plain.textChanged.connect(self._mark_dirty)
        self.date_edit.dateChanged.connect(self._date_changed)
        self.time_edit.timeChanged.connect(self._mark_dirty)
        self.chapter_combo.currentIndexChanged.connect(self._mark_dirty)
        self.setEnabled(False)

    def hideEvent(self, event: QHideEvent) -> None:
        """Typed text is kept when the user moves to another tab or closes the window."""
        if self._dirty and not event.spontaneous():
            self.save()
        super().hideEvent(event)

    # ----- helpers ---------------------------------------------------------------------------
    def _op(self, fn: Callable[[], T]) -> Op[T]:
        """An edit of the program: a refusal is shown under the title Ohjelma."""
        return Op(self, fn, title=self.tr("Ohjelma")).changes(OpChanges.PROGRAM)

    def _mark_dirty(self, *_args: object) -> None:
        if not self._loading:
            self._dirty = True
            self.save_button.setEnabled(True)
            self.saved_label.clear()

    def _date_changed(self, qd: QDate) -> None:
        self.weekday_label.setText(
            "" if qd == NO_DATE else weekday_name(date(qd.year(), qd.month(), qd.day()))
        )
        self._mark_dirty()

    @property
    def dirty(self) -> bool:
        return self._dirty

    def selected_part_row(self) -> int:
        rows = self.parts_table.selectionModel().selectedRows()
        return rows[0].row() if rows else self.parts_table.currentRow()

    # ----- loading ---------------------------------------------------------------------------
    def load(self, info: SessionInfo | None, *, keep_part: int | None = None) -> None:
        """Show a session (None: nothing to edit)."""
        self.session = info
        self._loading = True
        try:
            self.setEnabled(info is not None)
            if info is None:
                self.title_label.setText(self.tr("Valitse kerta vasemmalta."))
                self.flags_label.clear()
                self.parts_table.setRowCount(0)
                self.links_list.clear()
                return
            self.title_label.setText(
                self.tr("{n}. kerta: {topic}").format(n=info.number, topic=info.topic)
            )
            self.flags_label.setText("⚠ " + "; ".join(info.flags) if info.flags else "")
            self.flags_label.setVisible(bool(info.flags))
            if info.date:
                self.date_edit.setDate(QDate(info.date.year, info.date.month, info.date.day))
            else:
                self.date_edit.setDate(NO_DATE)
            self._date_changed(self.date_edit.date())
            if info.start_time:
                self.time_edit.setTime(QTime(info.start_time.hour, info.start_time.minute))
            else:
                self.time_edit.setTime(NO_TIME)
            self.place_edit.setText(info.place)
            self.topic_edit.setText(info.topic)
            self.goals_edit.setPlainText(info.goals)
            self.expert_edit.setText(info.suggested_expert)
            index = self.chapter_combo.findData(info.workbook_chapter)
            self.chapter_combo.setCurrentIndex(max(0, index))
            for key, box in self.form_checks.items():
                box.setChecked(key in info.forms)
            self.materials_edit.setPlainText("\n".join(info.materials))
            self.questions_edit.setPlainText("\n".join(info.discussion_questions))
            self.notes_edit.setPlainText(info.notes)
            self._fill_parts(info, keep_part)
            self._fill_extras(info)
            self._dirty = False
            self.save_button.setEnabled(False)
        finally:
            self._loading = False

    def _fill_parts(self, info: SessionInfo, keep_row: int | None) -> None:
        self.parts_table.blockSignals(True)
        self.parts_table.setRowCount(len(info.parts))
        for row, part in enumerate(info.parts):
            kind = QComboBox(self.parts_table)
            for k in PART_KINDS:
                kind.addItem(labels.part_kind(k), k)
            kind.setCurrentIndex(PART_KINDS.index(part.kind))
            kind.currentIndexChanged.connect(
                lambda _i, pid=part.id, box=kind: self._update_part(
                    pid, program.PartEdit(kind=box.currentData())
                )
            )
            self.parts_table.setCellWidget(row, COL_KIND, kind)
            self.parts_table.setItem(row, COL_TITLE, QTableWidgetItem(part.title))
            minutes = QSpinBox(self.parts_table)
            minutes.setRange(0, 600)
            minutes.setSingleStep(5)
            minutes.setKeyboardTracking(False)
            minutes.setValue(part.minutes)
            minutes.valueChanged.connect(
                lambda value, pid=part.id: self._update_part(pid, program.PartEdit(minutes=value))
            )
            self.parts_table.setCellWidget(row, COL_MINUTES, minutes)
            desc = QTableWidgetItem(part.description)
            desc.setToolTip(part.description)
            self.parts_table.setItem(row, COL_DESCRIPTION, desc)
        self.parts_table.blockSignals(False)
        if keep_row is not None and info.parts:
            self.parts_table.selectRow(max(0, min(keep_row, len(info.parts) - 1)))
        self._show_total(info)

    def _show_total(self, info: SessionInfo) -> None:
        total, length = info.total_minutes, info.session_minutes
        if total == length:
            text = self.tr("Yhteensä {t} / {l} min ✓").format(t=total, l=length)
            color = "#2f6b3a"
        elif total > length:
            text = self.tr("Yhteensä {t} / {l} min – {d} min liikaa").format(
                t=total, l=length, d=total - length
            )
            color = "#9b1c1c"
        else:
            text = self.tr("Yhteensä {t} / {l} min – {d} min vapaana").format(
                t=total, l=length, d=length - total
            )
            color = "#8a5a00"
        self.total_label.setText(text)
        self.total_label.setStyleSheet(f"color: {color}; font-weight: bold")

    def _fill_extras(self, info: SessionInfo) -> None:
        if info.experts:
            lines = [
                ", ".join(x for x in (e.name, e.field or e.organisation, e.phone, e.email) if x)
                for e in info.experts
            ]
            self.experts_label.setText(self.tr("Tulossa: ") + "; ".join(lines))
        else:
            hint = (
                self.tr(" Ehdotus: {e}.").format(e=info.suggested_expert)
                if info.suggested_expert
                else ""
            )
            self.experts_label.setText(
                self.tr("Ei kutsuttuja asiantuntijoita.")
                + hint
                + self.tr(" Kutsu Asiantuntijat-välilehdellä.")
            )
        self.links_list.clear()
        for link in info.links:
            label = (
                f"🔗 {link.title} – {link.target}"
                if link.kind == MaterialKind.URL
                else f"📄 {link.title} – {link.target}"
            )
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, link.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, link.target)
            self.links_list.addItem(item)

    def _reload(self, info: SessionInfo | None, keep_part: int | None = None) -> None:
        if info is None:
            return
        self.load(info, keep_part=keep_part)
        self.changed.emit()

    # ----- saving fields ---------------------------------------------------------------------
    def _field_values(self) -> program.SessionEdit:
        qd = self.date_edit.date()
        qt = self.time_edit.time()
        return program.SessionEdit(
            date=None if qd == NO_DATE else date(qd.year(), qd.month(), qd.day()),
            start_time=None if qt == NO_TIME else time(qt.hour(), qt.minute()),
            place=self.place_edit.text(),
            topic=self.topic_edit.text(),
            goals=self.goals_edit.toPlainText().strip(),
            materials=_lines(self.materials_edit),
            discussion_questions=_lines(self.questions_edit),
            suggested_expert=self.expert_edit.text(),
            workbook_chapter=self.chapter_combo.currentData() or "",
            notes=self.notes_edit.toPlainText().strip(),
            forms=[k for k, box in self.form_checks.items() if box.isChecked()],
        )

    def save(self) -> bool:
        """Save the typed fields; False (and a warning) when they were refused."""
        if self.session is None:
            return True
        sid = self.session.id
        values = self._field_values()
        info = self._op(lambda: program.update_session(self.store, sid, values)).call()
        if info is None:
            return False
        self._dirty = False
        self.load(info, keep_part=self.selected_part_row())
        self.saved_label.setText(self.tr("Tallennettu."))
        self.changed.emit()
        return True

    def save_if_dirty(self) -> bool:
        return self.save() if self._dirty else True

    # ----- parts -----------------------------------------------------------------------------
    def _update_part(self, part_id: uuid.UUID, edit: program.PartEdit) -> None:
        if self._loading:
            return
        info = self._op(lambda: program.update_part(self.store, part_id, edit)).call()
        if info is not None:
            self.session = info
            self._show_total(info)
            self.changed.emit()

    def _part_item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading or self.session is None:
            return
        row = item.row()
        if row >= len(self.session.parts):
            return
        part = self.session.parts[row]
        if item.column() == COL_TITLE:
            self._update_part(part.id, program.PartEdit(title=item.text()))
        elif item.column() == COL_DESCRIPTION:
            self._update_part(part.id, program.PartEdit(description=item.text()))

    def add_part(self) -> None:
        if self.session is None or not self.save_if_dirty():
            return
        sid = self.session.id
        info = self._op(lambda: program.add_part(self.store, sid, PartKind.OTHER, "", 10)).call()
        if info is not None:
            self._reload(info, keep_part=len(info.parts) - 1)

    def remove_part(self) -> None:
        row = self.selected_part_row()
        if self.session is None or not 0 <= row < len(self.session.parts):
            ask.inform(self, self.tr("Ohjelma"), self.tr("Valitse ensin osa taulukosta."))
            return
        part = self.session.parts[row]
        question = self.tr("Poistetaanko osa ”{title}” ({m} min)?").format(
            title=part.title, m=part.minutes
        )
        if not ask.confirm(self, self.tr("Poista osa"), question):
            return
        if not self.save_if_dirty():
            return
        info = self._op(lambda: program.remove_part(self.store, part.id)).call()
        self._reload(info, keep_part=row)

    def move_part(self, delta: int) -> None:
        row = self.selected_part_row()
        if self.session is None or not 0 <= row < len(self.session.parts):
            return
        if not self.save_if_dirty():
            return
        part = self.session.parts[row]
        info = self._op(lambda: program.move_part(self.store, part.id, delta)).call()
        self._reload(info, keep_part=row + delta)

    def drop_part(self, source: int, target: int) -> None:
        """A part dragged from row `source` and dropped on row `target`."""
        if self.session is None or source == target:
            return
        if not 0 <= source < len(self.session.parts) or not self.save_if_dirty():
            return
        ids = [p.id for p in self.session.parts]
        ids.insert(max(0, min(len(ids) - 1, target)), ids.pop(source))
        sid = self.session.id
        info = self._op(lambda: program.reorder_parts(self.store, sid, ids)).call()
        self._reload(info, keep_part=target)

    # ----- links -----------------------------------------------------------------------------
    def add_url(self) -> None:
        if self.session is None or not self.save_if_dirty():
            return
        address = ask.get_text(
            self, self.tr("Lisää verkko-osoite"), self.tr("Osoite (esim. https://thl.fi/…):")
        )
        if not address:
            return
        title = ask.get_text(
            self, self.tr("Lisää verkko-osoite"), self.tr("Nimi, joka näkyy listassa:")
        )
        sid = self.session.id
        info = self._op(
            lambda: program.add_link(self.store, sid, title or "", address, MaterialKind.URL)
        ).call()
        self._reload(info)

    def add_files(self) -> None:
        if self.session is None or not self.save_if_dirty():
            return
        chosen = ask.open_paths(
            self, self.tr("Valitse materiaalitiedostot"), self.tr("Kaikki tiedostot (*)")
        )
        info = None
        sid = self.session.id
        for path in chosen:
            add = functools.partial(
                program.add_link, self.store, sid, Path(path).name, path, MaterialKind.FILE
            )
            result = self._op(add).call()
            info = result or info
        self._reload(info)

    def selected_link(self) -> QListWidgetItem | None:
        return self.links_list.currentItem()

    def open_link(self) -> None:
        item = self.selected_link()
        if item is None:
            return
        target = str(item.data(Qt.ItemDataRole.UserRole + 1))
        url = QUrl(target) if "://" in target else QUrl.fromLocalFile(target)
        if not QDesktopServices.openUrl(url):
            ask.warn(
                self,
                self.tr("Avaa"),
                self.tr("Ei voitu avata: {t}. Tarkista osoite tai tiedoston sijainti.").format(
                    t=target
                ),
            )

    def remove_link(self) -> None:
        item = self.selected_link()
        if item is None:
            ask.inform(self, self.tr("Ohjelma"), self.tr("Valitse ensin linkki listasta."))
            return
        link_id = item.data(Qt.ItemDataRole.UserRole)
        if not self.save_if_dirty():
            return
        info = self._op(lambda: program.remove_link(self.store, link_id)).call()
        self._reload(info)

    # ----- restore ---------------------------------------------------------------------------
    def restore(self) -> None:
        if self.session is None:
            return
        question = self.tr(
            "Palautetaanko {n}. kerran aihe, tavoitteet, osat, materiaalit ja kysymykset "
            "mallipohjan mukaisiksi?\n\nPäivä, aika, paikka, linkit, kutsutut asiantuntijat ja "
            "muistiinpanot säilyvät. Omat muutoksesi kerran sisältöön korvautuvat."
        ).format(n=self.session.number)
        if not ask.confirm(self, self.tr("Palauta oletussisältö"), question):
            return
        sid = self.session.id
        if self._dirty:  # keep what was typed into the fields that restoring leaves alone
            values = self._field_values()
            kept = program.SessionEdit(
                date=values.date,
                start_time=values.start_time,
                place=values.place,
                notes=values.notes,
            )
            if self._op(lambda: program.update_session(self.store, sid, kept)).call() is None:
                return
        info = self._op(lambda: program.restore_session(self.store, sid)).call()
        if info is not None:
            self._dirty = False
            self.load(info)
            self.saved_label.setText(self.tr("Oletussisältö palautettu."))
            self.changed.emit()
