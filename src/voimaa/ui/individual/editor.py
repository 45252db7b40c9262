"""The period editor: the period and its phase, goals and their rating history, meetings with a
keyboard entry row, the first six months' intensity, EUROHIS-8 at the start and the end, and
the ending. Every action goes through :class:`voimaa.ui.ops.Op`; nothing here holds rules."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from voimaa import eurohis, individual, labels, workbook
from voimaa.eurohis import Phase
from voimaa.export import jobs
from voimaa.formats import format_date, format_decimal
from voimaa.individual import PeriodInfo
from voimaa.models import PeriodStatus, RatingOccasion
from voimaa.store import Store
from voimaa.ui import ask
from voimaa.ui.individual.chart import RatingChart
from voimaa.ui.individual.dialogs import (
    EndDialog,
    PeriodDetailsDialog,
    PeriodEurohisDialog,
    RatingDialog,
    to_date,
)
from voimaa.ui.individual.meeting_entry import MeetingEntry
from voimaa.ui.individual.period_tools import GoalTools, chapter_choice, reopen_period
from voimaa.ui.ops import Op


class PeriodEditor(QWidget):
    """One period, all of its parts; `changed` tells the list to reload its row."""

    changed = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.period: PeriodInfo | None = None
        self.today = date.today()
        self.dialog: QDialog | None = None

        self.header = QLabel(self)
        self.header.setObjectName("periodHeader")
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        self.work_button = QPushButton(self.tr("Aloita työskentelyvaihe"), self)
        self.work_button.clicked.connect(lambda: self._start_phase("work"))
        self.closing_button = QPushButton(self.tr("Aloita päätösvaihe"), self)
        self.closing_button.clicked.connect(lambda: self._start_phase("closing"))
        self.end_button = QPushButton(self.tr("Päätä jakso…"), self)
        self.end_button.setObjectName("endPeriodButton")
        self.end_button.clicked.connect(self.end_period)
        self.pdf_button = QPushButton(self.tr("Yhteenveto PDF…"), self)
        self.pdf_button.clicked.connect(lambda: self.export_summary(".pdf"))
        self.details_button = QPushButton(self.tr("Jakson tiedot…"), self)
        self.details_button.setObjectName("periodDetailsButton")
        self.details_button.clicked.connect(self.edit_details)
        self.chapter_button = QPushButton(self.tr("Tulosta työkirjan luku…"), self)
        self.chapter_button.setObjectName("printChapterButton")
        self.chapter_button.clicked.connect(self.print_chapter)
        self.reopen_button = QPushButton(self.tr("Avaa uudelleen…"), self)
        self.reopen_button.setObjectName("reopenPeriodButton")
        self.reopen_button.clicked.connect(lambda: reopen_period(self))
        phase_row = QHBoxLayout()
        for b in (
            self.details_button,
            self.work_button,
            self.closing_button,
            self.end_button,
            self.reopen_button,
            self.pdf_button,
            self.chapter_button,
        ):
            phase_row.addWidget(b)
        phase_row.addStretch(1)

        # Goals and their ratings
        self.goal_list = QListWidget(self)
        self.goal_list.setObjectName("goalList")
        self.goal_list.setMaximumHeight(120)
        self.goal_list.setWordWrap(True)
        self.goal_text = QLineEdit(self)
        self.goal_text.setObjectName("newGoal")
        self.goal_text.setPlaceholderText(self.tr("Uusi tavoite asiakkaan omin sanoin, Enter"))
        self.goal_text.returnPressed.connect(self.add_goal)
        rate_row = QHBoxLayout()
        self.rate_buttons: dict[RatingOccasion, QPushButton] = {}
        for occasion, text in (
            (RatingOccasion.START, self.tr("Arvio alussa…")),
            (RatingOccasion.REVIEW, self.tr("Arviointipalaveri…")),
            (RatingOccasion.END, self.tr("Arvio lopussa…")),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(lambda _c=False, o=occasion: self.rate(o))
            self.rate_buttons[occasion] = button
            rate_row.addWidget(button)
        rate_row.addStretch(1)
        self.chart = RatingChart(self)
        goals_box = QGroupBox(self.tr("Tavoitteet (0–10: kuinka lähellä tavoitetta olen)"), self)
        goals_layout = QVBoxLayout(goals_box)
        goals_layout.addWidget(self.goal_list)
        goals_layout.addWidget(self.goal_text)
        self.goal_tools = GoalTools(self)
        goals_layout.addWidget(self.goal_tools)
        goals_layout.addLayout(rate_row)
        goals_layout.addWidget(self.chart)

        # EUROHIS-8
        self.eurohis_label = QLabel(self)
        self.eurohis_label.setObjectName("periodEurohis")
        self.eurohis_label.setWordWrap(True)
        self.before_button = QPushButton(self.tr("EUROHIS-8 alussa…"), self)
        self.before_button.clicked.connect(lambda: self.enter_eurohis(Phase.BEFORE))
        self.after_button = QPushButton(self.tr("EUROHIS-8 lopussa…"), self)
        self.after_button.clicked.connect(lambda: self.enter_eurohis(Phase.AFTER))
        eurohis_row = QHBoxLayout()
        eurohis_row.addWidget(self.before_button)
        eurohis_row.addWidget(self.after_button)
        eurohis_row.addWidget(self.eurohis_label, 1)

        # Meetings
        self.meetings = QTableWidget(0, 5, self)
        self.meetings.setObjectName("meetingTable")
        self.meetings.setHorizontalHeaderLabels(
            [
                self.tr("Päivä"),
                self.tr("Min"),
                self.tr("Paikka"),
                self.tr("Aiheet"),
                self.tr("Muistiinpano"),
            ]
        )
        self.meetings.verticalHeader().setVisible(False)
        self.meetings.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.meetings.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.meetings.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.show_notes = QCheckBox(self.tr("Näytä muistiinpanot"), self)
        self.show_notes.setObjectName("showNotes")
        self.show_notes.toggled.connect(lambda _on: self._fill_meetings())
        self.entry = MeetingEntry(self)
        self.entry.submitted.connect(self.add_meeting)
        self.editing: individual.MeetingInfo | None = None  # a saved meeting being corrected
        self.meetings.cellDoubleClicked.connect(lambda row, _col: self.edit_meeting(row))
        self.delete_meeting_button = QPushButton(self.tr("Poista tapaaminen…"), self)
        self.delete_meeting_button.setObjectName("deleteMeetingButton")
        self.delete_meeting_button.clicked.connect(self.delete_meeting)
        self.intensity = QLabel(self)
        self.intensity.setObjectName("intensityLabel")
        self.intensity.setWordWrap(True)
        meetings_box = QGroupBox(self.tr("Tapaamiset"), self)
        meetings_layout = QVBoxLayout(meetings_box)
        meetings_layout.addWidget(self.meetings, 1)
        meetings_layout.addWidget(self.entry)
        notes_row = QHBoxLayout()
        notes_row.addWidget(self.intensity, 1)
        notes_row.addWidget(self.delete_meeting_button)
        notes_row.addWidget(self.show_notes)
        meetings_layout.addLayout(notes_row)

        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(goals_box, 1)
        left.addLayout(eurohis_row)
        columns.addLayout(left, 2)
        columns.addWidget(meetings_box, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(phase_row)
        layout.addLayout(columns, 1)
        self._meeting_rows: list[individual.MeetingInfo] = []
        self.set_period(None)

    # ----- loading ------------------------------------------------------------------------
    def set_period(self, period_id: uuid.UUID | None) -> None:
        self.setEnabled(period_id is not None)
        if self.period is None or period_id != self.period.id:
            self.editing = None
        if period_id is None:
            self.period = None
            self.header.setText(self.tr("<h3>Valitse jakso tai tee uusi.</h3>"))
            return
        loaded = Op(self, lambda: self._load(period_id)).call()
        if loaded is not None:
            self._show(*loaded)

    def reload(self) -> None:
        self.set_period(None if self.period is None else self.period.id)
        self.changed.emit()

    def _load(self, period_id: uuid.UUID):  # type: ignore[no-untyped-def]
        store = self.store
        return (
            individual.get_period(store, period_id),
            individual.list_goals(store, period_id),
            individual.list_meetings(store, period_id),
            individual.period_intensity(store, period_id, today=self.today),
            eurohis.get_period_response(store, period_id, Phase.BEFORE),
            eurohis.get_period_response(store, period_id, Phase.AFTER),
            individual.topics(store),
        )

    def _show(self, period, goals, meetings, intensity, before, after, topics) -> None:  # type: ignore[no-untyped-def]
        self.period = period
        ended = period.status == PeriodStatus.ENDED
        phase = labels.work_phase(period.phase_on(self.today))
        outcome = ""
        if period.outcome is not None:
            outcome = " · " + labels.goals_met(period.outcome.goals_met)
            outcome += " · " + self.tr("jatko: {step}").format(
                step=labels.next_step(period.outcome.next_step)
            )
        self.header.setText(
            self.tr(
                "<h3 style='margin:0'>{name} · {ref}</h3>{place} · {phase} · alkoi {start}{outcome}"
            ).format(
                name=_escape(period.name),
                ref=period.ref,
                place=_escape(period.place or "–"),
                phase=phase,
                start=format_date(period.start_date),
                outcome=_escape(outcome),
            )
        )
        self.work_button.setEnabled(not ended and period.work_phase_date is None)
        self.closing_button.setEnabled(not ended and period.closing_phase_date is None)
        self.end_button.setText(self.tr("Muuta tulosta…") if ended else self.tr("Päätä jakso…"))
        self.reopen_button.setVisible(ended)
        self.goal_list.clear()
        for g in goals:
            history = " → ".join(str(r.value) for r in g.ratings) or "–"
            self.goal_list.addItem(f"{g.position}. {g.text}   [{history}]")
        self.goals = goals
        self.goal_text.setEnabled(len(goals) < individual.MAX_GOALS)
        self.chart.set_goals(goals, period.start_date, period.end_date or self.today)
        for button in self.rate_buttons.values():
            button.setEnabled(bool(goals))
        self._meeting_rows = meetings
        self._fill_meetings()
        self.entry.set_topics(topics)
        per = intensity.per_month
        self.intensity.setText(
            self.tr("Ensimmäiset 6 kk: {n} tapaamista, {per} kuukaudessa").format(
                n=intensity.meetings, per=format_decimal(per, 1) if per is not None else "–"
            )
        )
        parts = []
        for name, form in ((self.tr("alussa"), before), (self.tr("lopussa"), after)):
            if form is not None and form.score is not None:
                parts.append(f"{name} {format_decimal(form.score.mean)}")
        if before and after and before.score and after.score:
            change = after.score.mean - before.score.mean
            parts.append(
                self.tr("muutos {c}").format(c=("+" if change > 0 else "") + format_decimal(change))
            )
        self.eurohis_label.setText(" · ".join(parts) or self.tr("EUROHIS-8 ei vielä täytetty"))

    def _fill_meetings(self) -> None:
        rows = self._meeting_rows
        self.meetings.setRowCount(len(rows))
        for r, m in enumerate(rows):
            note = (
                m.note
                if self.show_notes.isChecked()
                else (self.tr("(piilotettu)") if m.has_note else "")
            )
            topics = ", ".join(m.topics)
            if m.chapters:
                numbers = ", ".join(str(workbook.chapter(c).number) for c in m.chapters)
                topics += " · " + self.tr("työkirja {chapters}").format(chapters=numbers)
            values = [
                format_date(m.held_on),
                str(m.minutes),
                labels.meeting_place(m.place),
                topics,
                note,
            ]
            for c, text in enumerate(values):
                self.meetings.setItem(r, c, QTableWidgetItem(text))

    # ----- actions ------------------------------------------------------------------------
    def add_goal(self) -> None:
        assert self.period is not None
        text, period_id = self.goal_text.text(), self.period.id

        def added(_goal: object) -> None:
            self.goal_text.clear()
            self.reload()
            self.goal_text.setFocus()

        Op(self, lambda: individual.add_goal(self.store, period_id, text)).success(added).run()

    def add_meeting(self) -> None:
        assert self.period is not None
        period_id = self.period.id

        editing = self.editing

        def added(_m: object) -> None:
            self.editing = None
            self.entry.clear()
            self.reload()

        def work() -> individual.MeetingInfo:
            data = self.entry.data(self.today)
            if editing is None:
                return individual.add_meeting(self.store, period_id, data)
            if not self.entry.note.isEnabled():  # the note was not shown: it stays as it is
                data = dataclasses.replace(data, note=editing.note)
            return individual.update_meeting(self.store, editing.id, data)

        Op(self, work).success(added).run()

    def edit_meeting(self, row: int) -> None:
        """Load a saved meeting into the entry row; Enter saves the correction (logged)."""
        if 0 <= row < len(self._meeting_rows):
            self.editing = self._meeting_rows[row]
            self.entry.load(self.editing, with_note=self.show_notes.isChecked())

    def delete_meeting(self) -> None:
        row = self.meetings.currentRow()
        if not 0 <= row < len(self._meeting_rows):
            return
        meeting = self._meeting_rows[row]
        text = self.tr("Poistetaanko tapaaminen {date}? Poisto kirjataan lokiin.").format(
            date=format_date(meeting.held_on)
        )
        if not ask.confirm(self, self.tr("Poista tapaaminen"), text, danger=True):
            return
        Op(self, lambda: individual.delete_meeting(self.store, meeting.id)).success(
            lambda _r: self.reload()
        ).run()

    def rate(self, occasion: RatingOccasion) -> None:
        assert self.period is not None
        dialog = RatingDialog(self, self.goals, occasion, self.today)
        period_id = self.period.id

        def save() -> None:
            values = dialog.values()
            day = to_date(dialog.day)
            note = dialog.note.text()

            def work() -> object:
                if occasion == RatingOccasion.REVIEW:
                    return individual.save_review(self.store, period_id, day, values, note=note)
                return individual.rate_goals(self.store, period_id, occasion, day, values)

            Op(self, work).success(lambda _r: self.reload()).run()

        dialog.accepted.connect(save)
        self.dialog = dialog
        dialog.open()

    def enter_eurohis(self, phase: Phase) -> None:
        assert self.period is not None
        period_id = self.period.id
        dialog = PeriodEurohisDialog(self, phase, self.period.end_date or self.today)
        if phase == Phase.BEFORE:
            start = self.period.start_date
            dialog.day.setDate(QDate(start.year, start.month, start.day))
        saved = Op(self, lambda: eurohis.get_period_response(self.store, period_id, phase)).call()
        if saved is not None:
            dialog.load(saved)

        def save() -> None:
            answers, day, wording = dialog.answers(), to_date(dialog.day), dialog.pad.wording
            Op(
                self,
                lambda: eurohis.save_period_response(
                    self.store, period_id, phase, answers, wording=wording, filled_on=day
                ),
            ).success(lambda _r: self.reload()).run()

        dialog.accepted.connect(save)
        self.dialog = dialog
        dialog.open()
        dialog.setFocus()

    def end_period(self) -> None:
        assert self.period is not None
        period_id = self.period.id
        dialog = EndDialog(self, self.today)

        def save() -> None:
            outcome = dialog.outcome()
            Op(self, lambda: individual.end_period(self.store, period_id, outcome)).success(
                lambda _r: self.reload()
            ).run()

        dialog.accepted.connect(save)
        self.dialog = dialog
        dialog.open()

    def edit_details(self) -> None:
        assert self.period is not None
        period = self.period
        found = Op(
            self,
            lambda: (
                individual.get_client(self.store, period.client_id),
                individual.participant_choices(self.store),
            ),
        ).call()
        if found is None:
            return
        dialog = PeriodDetailsDialog(self, period, *found)

        def save() -> None:
            Op(
                self,
                lambda: individual.save_period_details(
                    self.store, period.id, dialog.client(), dialog.period()
                ),
            ).success(lambda _r: self.reload()).run()

        dialog.accepted.connect(save)
        self.dialog = dialog
        dialog.open()

    def _start_phase(self, which: str) -> None:
        assert self.period is not None
        p = self.period
        data = p.data()
        if which == "work":
            data = dataclasses.replace(data, work_phase_date=self.today)
        else:
            data = dataclasses.replace(data, closing_phase_date=self.today)
        Op(self, lambda: individual.update_period(self.store, p.id, data)).success(
            lambda _r: self.reload()
        ).run()

    def print_chapter(self) -> None:
        """A workbook chapter as a handout for the client (PDF), by default the last one used."""
        ref = chapter_choice(self)
        if not ref:
            return
        path = ask.save_to_file(
            self,
            "workbook",
            self.tr("Tallenna työkirjan luku"),
            f"tyokirja-{ref}.pdf",
            "PDF (*.pdf)",
        )
        if path is None:
            return
        Op(self, lambda: jobs.export_workbook(self.store, path, chapter_ref=ref.strip())).success(
            lambda written: ask.inform(
                self, self.tr("Työkirja"), self.tr("Tallennettu: {path}").format(path=written)
            )
        ).run()

    def export_summary(self, suffix: str) -> None:
        assert self.period is not None
        p = self.period
        path = ask.save_to_file(
            self,
            "period",
            self.tr("Tallenna jakson yhteenveto"),
            f"jakso-{p.code}-{p.number}{suffix}",
            self.tr("PDF (*.pdf);;Excel (*.xlsx)"),
        )
        if path is None:
            return
        notes = self.show_notes.isChecked()
        Op(self, lambda: jobs.export_period(self.store, p.id, path, include_notes=notes)).success(
            lambda written: ask.inform(
                self, self.tr("Yhteenveto"), self.tr("Tallennettu: {path}").format(path=written)
            )
        ).run()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
