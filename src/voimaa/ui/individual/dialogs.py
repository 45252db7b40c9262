"""Dialogs of individual work: a new period, rating the goals, EUROHIS-8 at the start or the
end (the painted form pad of the group entry, the same keys), and ending the period."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from voimaa import eurohis, labels
from voimaa.eurohis import ITEMS, WordingVersion
from voimaa.formats import format_date, format_decimal, parse_date
from voimaa.individual import (
    RATING_MAX,
    RATING_MIN,
    ClientData,
    ClientInfo,
    GoalInfo,
    Outcome,
    ParticipantChoice,
    PeriodData,
    PeriodInfo,
)
from voimaa.models import GoalsMet, NextStep, RatingOccasion
from voimaa.ui.eurohis_pad import ANSWER_KEYS, MISSING_KEYS, MISSING_MARK, SAVE_KEYS, UNSET, FormPad


def _date_edit(parent: QWidget, value: date) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day), parent)
    edit.setDisplayFormat("d.M.yyyy")
    edit.setCalendarPopup(True)
    edit.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # no edits by wheel while scrolling
    return edit


def to_date(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class NewPeriodDialog(QDialog):
    """A new client (with a random code) and their first period, or a new period for a client."""

    def __init__(self, parent: QWidget | None, today: date, *, client_name: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Uusi yksilötyön jakso"))
        self.name = QLineEdit(client_name, self)
        self.name.setObjectName("clientName")
        self.name.setReadOnly(bool(client_name))
        self.worker = QLineEdit(self)
        self.worker.setObjectName("ownWorker")
        self.place = QLineEdit(self)
        self.place.setObjectName("periodPlace")
        self.consent = QCheckBox(self.tr("Suostumus arvioiden viemiseen koordinaattorille"), self)
        self.decision = _date_edit(self, today)
        self.reference = QLineEdit(self)
        self.reference.setObjectName("decisionReference")
        self.start = _date_edit(self, today)
        self.start.setObjectName("periodStart")
        form = QFormLayout()
        form.addRow(self.tr("Asiakkaan nimi"), self.name)
        if not client_name:
            form.addRow(self.tr("Omatyöntekijä"), self.worker)
            form.addRow("", self.consent)
        else:  # the client's own worker and consent are in Jakson tiedot; never drawn loose
            self.worker.hide()
            self.consent.hide()
        form.addRow(self.tr("Paikkakunta"), self.place)
        form.addRow(self.tr("Päätös sosiaalisesta kuntoutuksesta"), self.decision)
        form.addRow(self.tr("Päätöksen numero (vapaaehtoinen)"), self.reference)
        form.addRow(self.tr("Aloitusvaihe alkaa"), self.start)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))

    def client(self) -> ClientData:
        return ClientData(
            name=self.name.text(),
            own_worker=self.worker.text(),
            consent_coordinator=self.consent.isChecked(),
        )

    def period(self) -> PeriodData:
        return PeriodData(
            start_date=to_date(self.start),
            place=self.place.text(),
            decision_date=to_date(self.decision),
            decision_reference=self.reference.text(),
        )


class RatingDialog(QDialog):
    """Every goal's rating 0–10 at one occasion; type a number, Tab to the next, Enter saves."""

    def __init__(
        self, parent: QWidget | None, goals: list[GoalInfo], occasion: RatingOccasion, today: date
    ) -> None:
        super().__init__(parent)
        self.occasion = occasion
        self.setWindowTitle(
            self.tr("Tavoitteiden arvio {when}").format(when=labels.rating_occasion(occasion))
        )
        self.day = _date_edit(self, today)
        self.note = QLineEdit(self)
        self.note.setObjectName("reviewNote")
        self.boxes: dict[uuid.UUID, QSpinBox] = {}
        form = QFormLayout()
        form.addRow(self.tr("Päivä"), self.day)
        for g in goals:
            box = QSpinBox(self)
            box.setRange(RATING_MIN, RATING_MAX)
            box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            previous = g.latest
            box.setValue(previous if previous is not None else RATING_MIN)
            box.setObjectName(f"rating{g.position}")
            self.boxes[g.id] = box
            label = QLabel(f"{g.position}. {g.text}", self)
            label.setWordWrap(True)
            label.setFixedWidth(380)  # a fixed width, so the form gives a wrapped goal its lines
            form.addRow(label, box)
        if occasion == RatingOccasion.REVIEW:
            form.addRow(self.tr("Muistiinpano (arkaluonteinen)"), self.note)
        hint = QLabel(self.tr("0 = en ole vielä lähtenyt liikkeelle … 10 = olen perillä"), self)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))
        if self.boxes:
            first = next(iter(self.boxes.values()))
            first.setFocus()
            first.selectAll()

    def values(self) -> dict[uuid.UUID, int]:
        return {goal_id: box.value() for goal_id, box in self.boxes.items()}


class EndDialog(QDialog):
    """The end of a period: its date, whether the goals were met, and the next step."""

    def __init__(self, parent: QWidget | None, today: date) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Päätä jakso"))
        self.day = _date_edit(self, today)
        self.met = QComboBox(self)
        self.met.setObjectName("goalsMet")
        for value in GoalsMet:
            self.met.addItem(labels.goals_met(value), value)
        self.step = QComboBox(self)
        self.step.setObjectName("nextStep")
        for step in NextStep:
            self.step.addItem(labels.next_step(step), step)
        self.detail = QLineEdit(self)
        self.detail.setObjectName("nextStepDetail")
        form = QFormLayout()
        form.addRow(self.tr("Jakso päättyy"), self.day)
        form.addRow(self.tr("Tavoitteet"), self.met)
        form.addRow(self.tr("Jatko"), self.step)
        form.addRow(self.tr("Jatko tarkemmin"), self.detail)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))

    def outcome(self) -> Outcome:
        return Outcome(
            to_date(self.day), self.met.currentData(), self.step.currentData(), self.detail.text()
        )


class PeriodEurohisDialog(QDialog):
    """EUROHIS-8 of a period on the same painted form as in groups: 1–5 answers an item and
    moves on, 0 or Delete marks it missing, Enter saves (nine keystrokes for a full form)."""

    def __init__(self, parent: QWidget | None, phase: eurohis.Phase, today: date) -> None:
        super().__init__(parent)
        self.phase = phase
        self.setWindowTitle(self.tr("EUROHIS-8: {phase}").format(phase=labels.phase(phase)))
        self.pad = FormPad(self)
        self.pad.wording = WordingVersion.THL_ATH
        self.day = _date_edit(self, today)
        self.day.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.score = QLabel(self)
        self.score.setObjectName("periodEurohisScore")
        layout = QVBoxLayout(self)
        top = QHBoxLayout()  # the date and the keys on one line: the form fits 1024×600
        top.addWidget(QLabel(self.tr("Täytetty"), self))
        top.addWidget(self.day)
        hint = QLabel(
            self.tr("Näppäimet 1–5 vastaavat, 0 = puuttuu, nuolet siirtävät, Enter tallentaa."),
            self,
        )
        hint.setWordWrap(True)
        top.addWidget(hint, 1)
        layout.addLayout(top)
        layout.addWidget(self.pad, 1)
        layout.addWidget(self.score)
        self.pad.clicked.connect(self._clicked)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._update()

    def load(self, saved: eurohis.FormResult) -> None:
        """Show a saved form as it was printed; saving again is an edit (logged)."""
        self.pad.wording = saved.wording
        self.pad.cells = [MISSING_MARK if a is None else a for a in saved.printed]
        self.pad.current = len(ITEMS)
        if saved.filled_on is not None:
            self.day.setDate(
                QDate(saved.filled_on.year, saved.filled_on.month, saved.filled_on.day)
            )
        self.pad.update()
        self._update()

    def answers(self) -> list[eurohis.Answer]:
        return [c if isinstance(c, int) else None for c in self.pad.cells]

    def _clicked(self, index: int, answer: int) -> None:
        self.pad.current = index
        if answer:
            self._answer(answer)

    def _answer(self, value: int | str) -> None:
        index = self.pad.current
        if index >= len(ITEMS):
            return
        self.pad.cells[index] = value
        self.pad.current = index + 1
        self.pad.update()
        self._update()

    def _update(self) -> None:
        typed = sum(1 for c in self.pad.cells if c != UNSET)
        result = eurohis.score(self.answers())
        if result is None:
            self.score.setText(self.tr("{typed}/8 syötetty").format(typed=typed))
        else:
            self.score.setText(
                self.tr("Keskiarvo {mean} · summa {total}").format(
                    mean=format_decimal(result.mean, 2), total=format_decimal(result.total, 0)
                )
            )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in ANSWER_KEYS:
            self._answer(ANSWER_KEYS[Qt.Key(key)])
        elif key in MISSING_KEYS:
            self._answer(MISSING_MARK)
        elif key in SAVE_KEYS:
            self.accept()
        elif key == Qt.Key.Key_Escape:
            self.reject()
        elif key == Qt.Key.Key_Up:
            self.pad.current = max(0, self.pad.current - 1)
            self.pad.update()
        elif key == Qt.Key.Key_Down:
            self.pad.current = min(len(ITEMS) - 1, self.pad.current + 1)
            self.pad.update()
        else:
            super().keyPressEvent(event)


class PeriodDetailsDialog(QDialog):
    """The period's decision, place and phase dates and the client's own worker and consent.
    Dates are typed in Finnish (22.11.2026); an empty optional date means "not yet"."""

    def __init__(
        self,
        parent: QWidget | None,
        period: PeriodInfo,
        client: ClientInfo,
        choices: Sequence[ParticipantChoice] = (),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Jakson tiedot"))
        self.client_info = client

        def line(value: str, name: str) -> QLineEdit:
            edit = QLineEdit(value, self)
            edit.setObjectName(name)
            return edit

        self.worker = line(client.own_worker, "ownWorker")
        self.consent = QCheckBox(self.tr("Suostumus arvioiden viemiseen koordinaattorille"), self)
        self.consent.setChecked(client.consent_coordinator)
        # The same person's group participation: optional, chosen from the groups' participants.
        self.participant = QComboBox(self)
        self.participant.setObjectName("participantLink")
        self.participant.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # no change by wheel
        self.participant.addItem(self.tr("(ei ryhmässä)"), "")
        for c in choices:  # the id as text: a combo finds only plain data again
            self.participant.addItem(f"{c.name} · {c.code} · {c.group_name}", str(c.id))
        found = self.participant.findData(str(client.participant_id or ""))
        self.participant.setCurrentIndex(max(found, 0))
        self.place = line(period.place, "periodPlace")
        self.decision = line(format_date(period.decision_date), "decisionDate")
        self.reference = line(period.decision_reference, "decisionReference")
        self.until = line(format_date(period.decided_until), "decidedUntil")
        self.start = line(format_date(period.start_date), "startDate")
        self.work = line(format_date(period.work_phase_date), "workPhaseDate")
        self.closing = line(format_date(period.closing_phase_date), "closingPhaseDate")
        form = QFormLayout()
        form.addRow(self.tr("Omatyöntekijä"), self.worker)
        form.addRow("", self.consent)
        form.addRow(self.tr("Sama henkilö ryhmässä"), self.participant)
        form.addRow(self.tr("Paikkakunta"), self.place)
        form.addRow(self.tr("Päätöspäivä"), self.decision)
        form.addRow(self.tr("Päätöksen numero"), self.reference)
        form.addRow(self.tr("Päätös voimassa asti"), self.until)
        form.addRow(self.tr("Aloitusvaihe alkoi"), self.start)
        form.addRow(self.tr("Työskentelyvaihe alkoi"), self.work)
        form.addRow(self.tr("Päätösvaihe alkoi"), self.closing)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))

    def client(self) -> ClientData:
        return dataclasses.replace(
            self.client_info.data(),
            own_worker=self.worker.text(),
            participant_id=uuid.UUID(chosen)
            if (chosen := self.participant.currentData())
            else None,
            consent_coordinator=self.consent.isChecked(),
        )

    def period(self) -> PeriodData:
        """The typed details; a date that is not a date is a ValidationError (Finnish)."""

        def optional(edit: QLineEdit) -> date | None:
            return parse_date(edit.text()) if edit.text().strip() else None

        return PeriodData(
            start_date=parse_date(self.start.text()),
            place=self.place.text(),
            decision_date=optional(self.decision),
            decision_reference=self.reference.text(),
            decided_until=optional(self.until),
            work_phase_date=optional(self.work),
            closing_phase_date=optional(self.closing),
        )
