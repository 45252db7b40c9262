"""Typing in a pile of paper EUROHIS-8 forms: one participant, one phase, nine keystrokes.

Keys: 1–5 answer the current item (as printed on the paper) and move to the next; 0 or Delete
marks it missing; Enter saves and opens the next participant's form; Up and Down move between
items. Nothing else has any effect. The form is drawn in one paint pass so a keystroke shows at
once.
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QDate, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from voimaa import eurohis
from voimaa.eurohis import ITEMS, EntryQueue, FormResult, Phase, WordingVersion, eurohis_settings
from voimaa.formats import format_decimal
from voimaa.store import Store
from voimaa.ui.ops import Op, OpChanges

ACCENT = QColor("#2f5d62")
CURRENT_BG = QColor("#fff4c7")
CHOSEN_BG = QColor("#2f5d62")
BOX_BG = QColor("#ffffff")
BOX_LINE = QColor("#8a9a9b")
MISSING = QColor("#a33a3a")
MISSING_VEIL = QColor(255, 255, 255, 200)
TEXT = QColor("#1d2526")
MUTED = QColor("#5b6667")


def _dec(value: float, decimals: int = 2) -> str:
    return format_decimal(eurohis.round_half_up(value, decimals), decimals)


ANSWER_KEYS = {
    Qt.Key.Key_1: 1,
    Qt.Key.Key_2: 2,
    Qt.Key.Key_3: 3,
    Qt.Key.Key_4: 4,
    Qt.Key.Key_5: 5,
}
MISSING_KEYS = (Qt.Key.Key_0, Qt.Key.Key_Delete)
SAVE_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)

UNSET = "unset"
MISSING_MARK = "missing"
Cell = int | str  # 1–5 as printed, or UNSET / MISSING_MARK


class FormPad(QWidget):
    """The eight items with their printed answer labels; paints the state it is given."""

    clicked = Signal(int, int)  # item index, printed answer 1–5

    ROW_MIN = 58
    TEXT_SHARE = 0.36

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.cells: list[Cell] = [UNSET] * len(ITEMS)
        self.current = 0
        self.wording = WordingVersion.THL_ATH
        self._item_font = QFont(self.font())
        self._item_font.setPointSizeF(max(11.0, self.font().pointSizeF() * 1.1))
        self._label_font = QFont(self.font())
        self._label_font.setPointSizeF(max(8.5, self.font().pointSizeF() * 0.85))
        self._fit_cache: dict[tuple[str, int, int], QFont] = {}
        self._number_font = QFont(self.font())
        self._number_font.setBold(True)
        self._number_font.setPointSizeF(max(12.0, self.font().pointSizeF() * 1.25))
        self._number_height = QFontMetrics(self._number_font).height()
        self._layer: QPixmap | None = None
        self._layer_key: tuple[int, int, WordingVersion, float] | None = None

    def minimumSizeHint(self) -> QSize:
        return QSize(760, self.ROW_MIN * len(ITEMS) + 8)

    def sizeHint(self) -> QSize:
        return QSize(980, 74 * len(ITEMS) + 8)

    def _row_rect(self, index: int) -> QRect:
        height = max(self.ROW_MIN, (self.height() - 8) // len(ITEMS))
        return QRect(0, 4 + index * height, self.width(), height)

    def _box_rects(self, row: QRect) -> list[QRect]:
        left = int(row.width() * self.TEXT_SHARE)
        width = (row.width() - left - 8) // 5
        return [
            QRect(left + i * width + 3, row.top() + 5, width - 6, row.height() - 10)
            for i in range(5)
        ]

    def _static_layer(self) -> QPixmap:
        """Item texts and empty answer boxes, drawn once per size and wording version."""
        ratio = self.devicePixelRatioF()
        key = (self.width(), self.height(), self.wording, ratio)
        if self._layer is not None and self._layer_key == key:
            return self._layer
        layer = QPixmap(int(self.width() * ratio), int(self.height() * ratio))
        layer.setDevicePixelRatio(ratio)
        layer.fill(Qt.GlobalColor.transparent)
        painter = QPainter(layer)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for index, item in enumerate(ITEMS):
            row = self._row_rect(index)
            boxes = self._box_rects(row)
            text_rect = QRect(12, row.top() + 4, boxes[0].left() - 20, row.height() - 8)
            painter.setPen(TEXT)
            painter.setFont(self._number_font)
            painter.drawText(
                QRect(text_rect.left(), text_rect.top(), 30, text_rect.height()),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                f"{item.number}.",
            )
            painter.setFont(self._item_font)
            painter.drawText(
                text_rect.adjusted(32, 0, 0, 0),
                Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap,
                item.text,
            )
            labels = eurohis.printed_labels(item, self.wording)
            for answer, (box, label) in enumerate(zip(boxes, labels, strict=True), 1):
                self._draw_box(painter, box, answer, label, chosen=False)
        painter.end()
        self._layer, self._layer_key = layer, key
        return layer

    def _draw_box(
        self, painter: QPainter, box: QRect, answer: int, label: str, *, chosen: bool
    ) -> None:
        painter.setPen(QPen(ACCENT if chosen else BOX_LINE, 2 if chosen else 1))
        painter.setBrush(CHOSEN_BG if chosen else BOX_BG)
        painter.drawRoundedRect(QRectF(box), 6, 6)
        painter.setPen(QColor("white") if chosen else TEXT)
        painter.setFont(self._number_font)
        painter.drawText(
            QRect(box.left(), box.top() + 2, box.width(), self._number_height),
            Qt.AlignmentFlag.AlignHCenter,
            str(answer),
        )
        if not chosen:
            painter.setPen(MUTED)
        label_rect = box.adjusted(3, self._number_height + 2, -3, -2)
        painter.setFont(self._fitting_font(label, label_rect))
        painter.drawText(
            label_rect,
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
            label,
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        layer = self._static_layer()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        current = self._row_rect(self.current) if 0 <= self.current < len(ITEMS) else None
        if current is not None and current.intersects(event.rect()):
            painter.fillRect(current, CURRENT_BG)
            painter.fillRect(QRect(current.left(), current.top(), 5, current.height()), ACCENT)
        painter.drawPixmap(0, 0, layer)
        for index, item in enumerate(ITEMS):
            row = self._row_rect(index)
            if not row.intersects(event.rect()):
                continue
            cell = self.cells[index]
            boxes = self._box_rects(row)
            if isinstance(cell, int):
                label = eurohis.printed_labels(item, self.wording)[cell - 1]
                self._draw_box(painter, boxes[cell - 1], cell, label, chosen=True)
            elif cell == MISSING_MARK:
                area = boxes[0].united(boxes[-1])
                painter.fillRect(area, MISSING_VEIL)
                painter.setPen(QPen(MISSING, 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(QRectF(area), 6, 6)
                painter.setFont(self._number_font)
                painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("puuttuu"))
        painter.end()

    def _fitting_font(self, label: str, rect: QRect) -> QFont:
        """The label font, made smaller when the label would not fit its box (cached)."""
        key = (label, rect.width(), rect.height())
        font = self._fit_cache.get(key)
        if font is None:
            font = QFont(self._label_font)
            flags = Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap
            while font.pointSizeF() > 6.5:
                needed = QFontMetrics(font).boundingRect(rect, int(flags), label)
                if needed.height() <= rect.height() and needed.width() <= rect.width():
                    break
                font.setPointSizeF(font.pointSizeF() - 0.5)
            self._fit_cache[key] = font
        return font

    def mousePressEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        for index in range(len(ITEMS)):
            row = self._row_rect(index)
            if row.contains(point):
                for answer, box in enumerate(self._box_rects(row), 1):
                    if box.contains(point):
                        self.clicked.emit(index, answer)
                        return
                self.clicked.emit(index, 0)
                return

    def update_row(self, index: int) -> None:
        if 0 <= index < len(ITEMS):
            self.update(self._row_rect(index))


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

        self.phase_box = QComboBox(self)
        self.phase_box.setObjectName("phaseBox")
        self.phase_box.addItem(self.tr("Alkumittaus (1. kerta)"), Phase.BEFORE)
        self.phase_box.addItem(self.tr("Loppumittaus (8. kerta)"), Phase.AFTER)
        self.phase_box.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.phase_box.activated.connect(self._on_phase_chosen)
        self.wording_box = QComboBox(self)
        self.wording_box.setObjectName("wordingBox")
        for version, label in eurohis.WORDING_LABELS.items():
            self.wording_box.addItem(label, version)
        self.wording_box.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.wording_box.activated.connect(self._on_wording_chosen)
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("filledOn")
        self.date_edit.setDisplayFormat("d.M.yyyy")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.date_edit.editingFinished.connect(self.setFocus)

        self.code_label = QLabel(self)
        self.code_label.setObjectName("participantCode")
        self.code_label.setStyleSheet("font-size: 20pt; font-weight: bold; color: #2f5d62")
        self.position_label = QLabel(self)
        self.state_label = QLabel(self)
        self.state_label.setObjectName("formState")
        self.pad = FormPad(self)
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
        self.queue_list.setMaximumWidth(220)
        self.queue_list.itemClicked.connect(self._on_queue_clicked)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Mittaus:"), self))
        top.addWidget(self.phase_box)
        top.addSpacing(12)
        top.addWidget(QLabel(self.tr("Täyttöpäivä:"), self))
        top.addWidget(self.date_edit)
        top.addSpacing(12)
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
        side.addWidget(QLabel(self.tr("Osallistujat (koodi)"), self))
        side.addWidget(self.queue_list, 1)
        body.addLayout(side)
        body.addLayout(form, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)
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

    def _queue_text(self, entry: eurohis.QueueEntry) -> str:
        if entry.saved is None:
            return f"{entry.code}   ·"
        if entry.saved.score is None:
            return self.tr("{code}   ✓ (puutteellinen)").format(code=entry.code)
        return f"{entry.code}   ✓ {_dec(entry.saved.score.mean)}"

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
        self.position_label.setText(
            self.tr("{n} / {total}").format(n=index + 1, total=len(self.queue.participants))
        )
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
        self.pad.update()
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
        self._update_score()

    def _move_to(self, index: int) -> None:
        old = self.pad.current
        self.pad.current = index
        self.pad.update_row(old)
        self.pad.update_row(index)

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
        elif result is None and missing == 1:
            text = self.tr(
                "Ei pisteitä: yksi vastaus puuttuu (arvioitua keskiarvoa ei ole sallittu)"
            )
        elif result is None:
            text = self.tr("Ei pisteitä: {n} vastausta puuttuu").format(n=missing)
        elif result.prorated:
            text = self.tr("Keskiarvo {mean} · summa {total} (arvioitu, 1 puuttuu)").format(
                mean=_dec(result.mean), total=_dec(result.total, 1)
            )
        else:
            good = self.tr(" · hyvä elämänlaatu") if result.good else ""
            text = self.tr("Keskiarvo {mean} · summa {total}{good}").format(
                mean=_dec(result.mean), total=round(result.total), good=good
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
        self.queue = EntryQueue(
            self.queue.group_id,
            self.queue.phase,
            self.queue.default_date,
            result.wording,
            tuple(participants),
        )
        self.queue_list.item(self.index).setText(self._queue_text(participants[self.index]))
        self.saved.emit(result)
        self._advance()
        return result

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
        self.setFocus()

    def _on_queue_clicked(self, item: QListWidgetItem) -> None:
        if self.queue is None:
            return
        self.open_index(self.queue_list.row(item))
