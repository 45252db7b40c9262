"""Typing in a pile of paper EUROHIS-8 forms: one participant, one phase, nine keystrokes.

Keys: 1–5 answer the current item (as printed on the paper) and move to the next; 0 or Delete
marks it missing; Enter saves and opens the next participant's form; Up and Down move between
items. Nothing else has any effect. The form is drawn in one paint pass so a keystroke shows at
once.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import (
    QKeyEvent,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from voimaa import eurohis, labels, roster
from voimaa.eurohis import ITEMS, EntryQueue, FormResult, Phase, WordingVersion, eurohis_settings
from voimaa.formats import format_decimal
from voimaa.store import Store
from voimaa.ui import ask
from voimaa.ui.date_edit import DateEdit
from voimaa.ui.eurohis_pad import (
    ANSWER_KEYS,
    MISSING_KEYS,
    MISSING_MARK,
    SAVE_KEYS,
    UNSET,
    Cell,
    FormPad,
)
from voimaa.ui.ops import Op, OpChanges


def _dec(value: float, decimals: int = 2) -> str:
    return format_decimal(value, decimals)


class EurohisEntry(QWidget):
    """Entry of one participant's form for one phase; Enter saves and opens the next one."""

    saved = Signal(object)  # FormResult

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("eurohisEntry")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.queue: EntryQueue | None = None
        self.index = 0
        self.allow_prorated = False
        self._loaded_cells: list[Cell] = []
        # Names beside the codes, for the leaders' eyes only (never in an export).
        self.names: dict[uuid.UUID, str] = {}

        self.phase_box = QComboBox(self)
        self.phase_box.setObjectName("phaseBox")
        self.phase_box.addItem(self.tr("Alkumittaus (1. kerta)"), Phase.BEFORE)
        self.phase_box.addItem(self.tr("Loppumittaus (8. kerta)"), Phase.AFTER)
        # Tab reaches the three choices; after a choice the keys go back to the form.
        self.phase_box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.phase_box.activated.connect(self._on_phase_chosen)
        self.phase_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.phase_box.setMinimumContentsLength(14)
        self.wording_box = QComboBox(self)
        self.wording_box.setObjectName("wordingBox")
        for version in WordingVersion:
            self.wording_box.addItem(labels.wording_version(version), version)
        self.wording_box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Long version names must not widen the page on a small screen; the list shows them all.
        self.wording_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.wording_box.setMinimumContentsLength(12)
        self.wording_box.activated.connect(self._on_wording_chosen)
        self.date_edit = DateEdit(self)
        self.date_edit.setObjectName("filledOn")
        self.date_edit.setDisplayFormat("d.M.yyyy")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Enter in the date goes back to the form; leaving it with Tab goes on to the next field.
        self.date_edit.editingFinished.connect(
            lambda: self.setFocus() if self.date_edit.hasFocus() else None
        )
        self.date_edit.dateChanged.connect(lambda _date: self._show_date_warnings())
        self.today: Callable[[], date] = date.today
        self.date_warning = QLabel(self)
        self.date_warning.setObjectName("dateWarning")
        self.date_warning.setWordWrap(True)
        self.date_warning.setStyleSheet("color: #9c2f1f")

        self.code_label = QLabel(self)
        self.code_label.setObjectName("participantCode")
        self.code_label.setStyleSheet("font-size: 20pt; font-weight: bold; color: #2f5d62")
        self.position_label = QLabel(self)
        self.state_label = QLabel(self)
        self.state_label.setObjectName("formState")
        self.state_label.setWordWrap(True)
        self.pad = FormPad(self)
        self.pad.speaks_for = self
        self.pad.clicked.connect(self._on_pad_clicked)
        self.score_label = QLabel(self)
        self.score_label.setObjectName("scoreLabel")
        self.score_label.setStyleSheet("font-size: 15pt; font-weight: bold")
        self.hint_label = QLabel(
            self.tr(
                "Näppäimet: 1–5 vastaa (paperin numerolla) · 0 tai Delete = puuttuu · "
                "Enter = tallenna ja seuraava · nuolet ylös/alas = siirry kysymykseen"
            ),
            self,
        )
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet("color: #5b6667")
        self.queue_list = QListWidget(self)
        self.queue_list.setObjectName("queueList")
        self.queue_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.queue_list.setMaximumWidth(180)
        self.queue_list.itemClicked.connect(self._on_queue_clicked)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Mittaus:"), self))
        top.addWidget(self.phase_box)
        top.addSpacing(4)
        top.addWidget(QLabel(self.tr("Täyttöpäivä:"), self))
        top.addWidget(self.date_edit)
        top.addSpacing(4)
        top.addWidget(QLabel(self.tr("Lomakeversio:"), self))
        top.addWidget(self.wording_box, 1)
        header = QHBoxLayout()
        header.addWidget(self.code_label)
        header.addSpacing(12)
        header.addWidget(self.position_label)
        header.addStretch(1)
        header.addWidget(self.state_label)
        form = QVBoxLayout()
        form.addLayout(header)
        form.addWidget(self.pad, 1)
        form.addWidget(self.score_label)
        form.addWidget(self.hint_label)
        body = QHBoxLayout()
        side = QVBoxLayout()
        side_label = QLabel(self.tr("Osallistujat (koodi)"), self)
        side_label.setWordWrap(True)
        side.addWidget(side_label)
        side.addWidget(self.queue_list, 1)
        body.addLayout(side)
        body.addLayout(form, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.date_warning)
        layout.addLayout(body, 1)
        QWidget.setTabOrder(self, self.phase_box)
        QWidget.setTabOrder(self.phase_box, self.date_edit)
        QWidget.setTabOrder(self.date_edit, self.wording_box)
        self._show_empty()

    # ----- loading ----------------------------------------------------------------------------
    @property
    def phase(self) -> Phase:
        return Phase(self.phase_box.currentData())

    @property
    def wording(self) -> WordingVersion:
        return WordingVersion(self.wording_box.currentData())

    @property
    def participant_id(self) -> uuid.UUID | None:
        if self.queue is None or not self.queue.participants:
            return None
        return self.queue.participants[self.index].participant_id

    @property
    def cells(self) -> list[Cell]:
        return list(self.pad.cells)

    @property
    def current(self) -> int:
        return self.pad.current

    def load(
        self,
        group_id: uuid.UUID | None,
        phase: Phase | None = None,
        participant_id: uuid.UUID | None = None,
    ) -> None:
        """Show the queue of `phase` for the group, opening `participant_id` or the first
        participant whose form is not saved yet."""
        if phase is not None:
            self.phase_box.setCurrentIndex(self.phase_box.findData(Phase(phase)))
        if group_id is None:
            self.queue = None
            self._show_empty()
            return
        self.allow_prorated = eurohis_settings(self.store).allow_prorated
        phase_now = self.phase
        self.queue = Op(
            self,
            lambda: eurohis.entry_queue(self.store, group_id, phase_now),
            title=self.tr("EUROHIS-8"),
        ).call()
        if self.queue is None:
            self._show_empty()
            return
        names = Op(
            self, lambda: roster.code_list(self.store, group_id).names(), title=self.tr("EUROHIS-8")
        ).call()
        self.names = names or {}
        if not self.queue.participants:
            self._show_empty()
            return
        index = 0
        if participant_id is not None:
            index = self.queue.index_of(participant_id)
        else:
            unsaved = [i for i, e in enumerate(self.queue.participants) if e.saved is None]
            index = unsaved[0] if unsaved else 0
        self._fill_queue_list()
        self.open_index(index)

    def _show_empty(self) -> None:
        self.queue_list.clear()
        self.code_label.setText(self.tr("Ei osallistujia"))
        self.position_label.setText("")
        self.state_label.setText("")
        self.pad.cells = [UNSET] * len(ITEMS)
        self.pad.current = 0
        self.pad.setEnabled(False)
        self.score_label.setText("")
        self.pad.update()
        self.pad.announce()
        self._show_date_warnings()

    def _queue_text(self, entry: eurohis.QueueEntry) -> str:
        name = self.names.get(entry.participant_id, "")
        if entry.saved is None:
            text = f"{entry.code}   ·"
        elif entry.saved.score is None:
            text = self.tr("{code}   ✓ (puutteellinen)").format(code=entry.code)
        else:
            text = f"{entry.code}   ✓ {_dec(entry.saved.score.mean)}"
        return f"{text}\n{name}" if name else text

    def _fill_queue_list(self) -> None:
        assert self.queue is not None
        self.queue_list.clear()
        for entry in self.queue.participants:
            item = QListWidgetItem(self._queue_text(entry))
            item.setData(Qt.ItemDataRole.UserRole, entry.participant_id)
            self.queue_list.addItem(item)

    def open_index(self, index: int) -> None:
        """Open the form of the queue's participant at `index` (saved answers shown)."""
        assert self.queue is not None
        self.index = index
        entry = self.queue.participants[index]
        self.pad.setEnabled(True)
        self.queue_list.setCurrentRow(index)
        self.code_label.setText(entry.code)
        position = self.tr("{n} / {total}").format(n=index + 1, total=len(self.queue.participants))
        name = self.names.get(entry.participant_id, "")
        self.position_label.setText(f"{name} · {position}" if name else position)
        saved = entry.saved
        if saved is not None:
            self.wording_box.setCurrentIndex(self.wording_box.findData(saved.wording))
            self.pad.cells = [MISSING_MARK if a is None else a for a in saved.printed]
            self._set_date(saved.filled_on or self.queue.default_date)
            self.state_label.setText(self.tr("Tallennettu lomake – muutos kirjataan lokiin"))
        else:
            self.wording_box.setCurrentIndex(self.wording_box.findData(self.queue.wording))
            self.pad.cells = [UNSET] * len(ITEMS)
            self._set_date(self.queue.default_date)
            self.state_label.setText(self.tr("Uusi lomake"))
        self._loaded_cells = list(self.pad.cells)
        self.pad.wording = self.wording
        self.pad.current = 0
        self._update_score()
        self._show_date_warnings()
        self.pad.update()
        self.pad.announce()
        self.setFocus()

    def _set_date(self, value: date | None) -> None:
        value = value or date.today()
        self.date_edit.setDate(QDate(value.year, value.month, value.day))

    # ----- typing -----------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        event.accept()
        if self.participant_id is None or event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            return
        if key in ANSWER_KEYS:
            self.answer(ANSWER_KEYS[Qt.Key(key)])
        elif key in MISSING_KEYS:
            self.answer(MISSING_MARK)
        elif key in SAVE_KEYS:
            self.save()
        elif key == Qt.Key.Key_Up:
            self._move_to(max(0, self.pad.current - 1))
        elif key == Qt.Key.Key_Down:
            self._move_to(min(len(ITEMS) - 1, self.pad.current + 1))

    def answer(self, value: Cell) -> None:
        """Answer the current item (as printed) and move to the next one."""
        index = self.pad.current
        if index >= len(ITEMS):
            return
        self.pad.cells[index] = value
        self.pad.current = index + 1
        self.pad.update_row(index)
        self.pad.update_row(index + 1)
        self.pad.reveal_current()
        self._update_score()

    def _move_to(self, index: int) -> None:
        old = self.pad.current
        self.pad.current = index
        self.pad.update_row(old)
        self.pad.update_row(index)
        self.pad.reveal_current()

    def _on_pad_clicked(self, index: int, answer: int) -> None:
        self.setFocus()
        if answer:
            self._move_to(index)
            self.answer(answer)
        else:
            self._move_to(index)

    def _stored_answers(self) -> tuple[eurohis.Answer, ...]:
        printed = [c if isinstance(c, int) else None for c in self.pad.cells]
        return eurohis.recode(printed, self.wording)

    def _update_score(self) -> None:
        answers = self._stored_answers()
        typed = sum(1 for c in self.pad.cells if c != UNSET)
        missing = sum(1 for c in self.pad.cells if c == MISSING_MARK)
        result = eurohis.score(answers, allow_prorated=self.allow_prorated)
        if typed < len(ITEMS):
            so_far = eurohis.running_mean(answers)
            text = self.tr("Keskiarvo {mean} · summa {total}  ({typed}/8 syötetty)").format(
                mean=_dec(so_far) if so_far is not None else "–",
                total=sum(a for a in answers if a is not None),
                typed=typed,
            )
        elif result is None or result.prorated:
            # One rule and one wording with the comparison and the report (core).
            note = eurohis.missing_note(missing, allow_prorated=self.allow_prorated)
            if result is None:
                text = note[:1].upper() + note[1:]
            else:
                text = self.tr("Keskiarvo {mean} · summa {total} · {note}").format(
                    mean=_dec(result.mean), total=_dec(result.total, 1), note=note
                )
        else:
            good = self.tr(" · hyvä elämänlaatu") if result.good else ""
            text = self.tr("Keskiarvo {mean} · summa {total}{good}").format(
                mean=_dec(result.mean), total=_dec(result.total, 0), good=good
            )
        self.score_label.setText(text)

    # ----- saving -----------------------------------------------------------------------------
    def save(self) -> FormResult | None:
        """Save the form; on success open the next participant's form."""
        assert self.queue is not None
        entry = self.queue.participants[self.index]
        unset = [i + 1 for i, c in enumerate(self.pad.cells) if c == UNSET]
        if unset:
            self.state_label.setText(
                self.tr("Kysymys {n} on syöttämättä: paina 1–5 tai 0 (puuttuu).").format(n=unset[0])
            )
            self._move_to(unset[0] - 1)
            return None
        if self.pad.cells == self._loaded_cells and entry.saved is not None:
            qdate = self.date_edit.date()
            same_date = entry.saved.filled_on == date(qdate.year(), qdate.month(), qdate.day())
            if same_date and entry.saved.wording == self.wording:
                self._advance()
                return entry.saved
        qdate = self.date_edit.date()
        printed = [c if isinstance(c, int) else None for c in self.pad.cells]
        phase, wording = self.phase, self.wording
        filled_on = date(qdate.year(), qdate.month(), qdate.day())
        warnings = self.queue.date_warnings(filled_on, today=self.today())
        if warnings and not ask.confirm(
            self,
            self.tr("EUROHIS-8"),
            "\n\n".join(warnings) + "\n\n" + self.tr("Tallennetaanko lomake tällä päivällä?"),
        ):
            self.date_edit.setFocus()
            return None
        result = (
            Op(
                self,
                lambda: eurohis.save_response(
                    self.store,
                    entry.participant_id,
                    phase,
                    printed,
                    wording=wording,
                    filled_on=filled_on,
                ),
                title=self.tr("EUROHIS-8"),
            )
            .changes(OpChanges.EUROHIS)
            .call()
        )
        if result is None:
            return None
        participants = list(self.queue.participants)
        participants[self.index] = eurohis.QueueEntry(
            entry.participant_id, entry.code, entry.status, result
        )
        self.queue = replace(self.queue, wording=result.wording, participants=tuple(participants))
        self.queue_list.item(self.index).setText(self._queue_text(participants[self.index]))
        self.saved.emit(result)
        self._advance()
        return result

    def _show_date_warnings(self) -> None:
        """A date in the future or far from the group's sessions is said at once."""
        if self.queue is None:
            self.date_warning.clear()
            return
        qdate = self.date_edit.date()
        filled_on = date(qdate.year(), qdate.month(), qdate.day())
        self.date_warning.setText(" ".join(self.queue.date_warnings(filled_on, today=self.today())))
        self.date_warning.setVisible(bool(self.date_warning.text()))

    def _advance(self) -> None:
        assert self.queue is not None
        if self.index + 1 < len(self.queue.participants):
            self.open_index(self.index + 1)
        else:
            self._loaded_cells = list(self.pad.cells)
            self.state_label.setText(self.tr("Kaikki tämän mittauksen lomakkeet on käyty läpi."))

    # ----- choices ----------------------------------------------------------------------------
    def _on_phase_chosen(self, _index: int) -> None:
        group_id = self.queue.group_id if self.queue else None
        self.load(group_id)

    def _on_wording_chosen(self, _index: int) -> None:
        self.pad.wording = self.wording
        self._update_score()
        self.pad.update()
        self.pad.announce()
        self.setFocus()

    def _on_queue_clicked(self, item: QListWidgetItem) -> None:
        if self.queue is None:
            return
        self.open_index(self.queue_list.row(item))
