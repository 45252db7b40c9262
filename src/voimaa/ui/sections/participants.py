"""The Osallistujat section: the roster, the intake form, the waiting list and erasure.

Size: one screen. The roster list and the intake form beside it share the selected
participant, the hidden-notes state and the limit of 8; apart, they would pass that around.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from voimaa import labels, roster
from voimaa.errors import LimitError, VoimaaError
from voimaa.formats import format_date, parse_date
from voimaa.models import ParticipantStatus
from voimaa.store import Store
from voimaa.ui import ask
from voimaa.ui.ops import Op, OpChanges
from voimaa.ui.sections.base import Section

ID_ROLE = Qt.ItemDataRole.UserRole
SENSITIVE_STYLE = "background: #fdecea; border: 1px solid #c0392b"


def _text_box(parent: QWidget, name: str, lines: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setObjectName(name)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


class ParticipantsSection(Section):
    refresh_on = OpChanges.PARTICIPANTS

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("ParticipantsSection", "Osallistujat")

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.today: Callable[[], date] = date.today
        self.people: list[roster.ParticipantInfo] = []
        self.current_id: uuid.UUID | None = None

        # ----- left: the roster ------------------------------------------------------------
        self.count_label = QLabel(self)
        self.count_label.setObjectName("rosterCount")
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("rosterTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Nimi"),
                self.tr("Koodi"),
                self.tr("Tila"),
                self.tr("Alkutapaaminen"),
                self.tr("Suostumus"),
                self.tr("Huom."),
            ]
        )
        notes_header = self.table.horizontalHeaderItem(5)
        if notes_header is not None:
            notes_header.setToolTip(
                self.tr("Onko huomioitavaa (arkaluonteista) kirjattu; sisältö näkyy lomakkeella.")
            )
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._on_selected)
        self.new_button = QPushButton(self.tr("Uusi osallistuja"), self)
        self.new_button.setObjectName("newParticipant")
        self.new_button.clicked.connect(self.start_new)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.count_label)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignLeft)

        # ----- right: the form -------------------------------------------------------------
        form_box = QWidget(self)
        self.heading = QLabel(form_box)
        self.heading.setObjectName("participantHeading")
        self.heading.setStyleSheet("font-weight: bold; font-size: 13pt")
        self.state_label = QLabel(form_box)
        self.state_label.setObjectName("participantState")
        self.state_label.setWordWrap(True)

        self.name = QLineEdit(form_box)
        self.name.setObjectName("nameEdit")
        self.phone = QLineEdit(form_box)
        self.own_worker = QLineEdit(form_box)
        self.own_worker_contact = QLineEdit(form_box)
        self.intake_date = QLineEdit(form_box)
        self.intake_date.setObjectName("intakeDate")
        self.intake_date.setPlaceholderText(self.tr("pp.kk.vvvv"))
        self.intake_notes = _text_box(form_box, "intakeNotes")
        self.interests = _text_box(form_box, "interests", 2)
        self.wishes = _text_box(form_box, "wishes", 2)

        basics = QGroupBox(self.tr("Perustiedot"), form_box)
        basics_form = QFormLayout(basics)
        basics_form.addRow(self.tr("&Nimi:"), self.name)
        basics_form.addRow(self.tr("&Puhelin (vapaaehtoinen):"), self.phone)
        basics_form.addRow(self.tr("&Omatyöntekijä:"), self.own_worker)
        basics_form.addRow(self.tr("Omatyöntekijän &yhteystieto:"), self.own_worker_contact)

        intake = QGroupBox(self.tr("Alkutapaaminen"), form_box)
        intake_form = QFormLayout(intake)
        intake_form.addRow(self.tr("&Päivä:"), self.intake_date)
        intake_form.addRow(self.tr("&Muistiinpanot:"), self.intake_notes)
        intake_form.addRow(self.tr("&Kiinnostukset ja merkitykselliset asiat:"), self.interests)
        intake_form.addRow(self.tr("&Toiveet ja ideat ryhmälle:"), self.wishes)

        # Sensitive notes: hidden until asked for, marked as sensitive.
        self.sensitive_box = QGroupBox(self.tr("Huomioitavaa – arkaluonteinen tieto"), form_box)
        self.sensitive_box.setObjectName("sensitiveBox")
        sensitive_layout = QVBoxLayout(self.sensitive_box)
        self.show_sensitive = QPushButton(self.tr("Näytä huomioitavaa"), self.sensitive_box)
        self.show_sensitive.setObjectName("showSensitive")
        self.show_sensitive.setCheckable(True)
        self.show_sensitive.toggled.connect(self._toggle_sensitive)
        self.sensitive_hint = QLabel(
            self.tr(
                "Terveys- ja muut arkaluonteiset tiedot (esim. paniikkihäiriö, ruoka-allergia). "
                "Näytä vain, kun tarvitset niitä, ja vain ohjaajille."
            ),
            self.sensitive_box,
        )
        self.sensitive_hint.setWordWrap(True)
        self.considerations = _text_box(self.sensitive_box, "considerations", 3)
        self.considerations.setStyleSheet(SENSITIVE_STYLE)
        self.considerations.setAccessibleName(self.tr("Huomioitavaa, arkaluonteinen"))
        self.considerations.setVisible(False)
        self.sensitive_state = QLabel(self.sensitive_box)
        sensitive_layout.addWidget(self.sensitive_hint)
        sensitive_layout.addWidget(self.sensitive_state)
        sensitive_layout.addWidget(self.show_sensitive, 0, Qt.AlignmentFlag.AlignLeft)
        sensitive_layout.addWidget(self.considerations)

        consent = QGroupBox(self.tr("Suostumus"), form_box)
        consent_form = QFormLayout(consent)
        self.consent = QCheckBox(
            self.tr("Saa välittää pseudonymisoidut tulokset koordinaattorille"), consent
        )
        self.consent.setObjectName("consentCheck")
        self.consent_date = QLineEdit(consent)
        self.consent_date.setObjectName("consentDate")
        self.consent_date.setPlaceholderText(self.tr("pp.kk.vvvv (tyhjä = tänään)"))
        self.consent.toggled.connect(self.consent_date.setEnabled)
        self.consent_date.setEnabled(False)
        consent_form.addRow(self.consent)
        consent_form.addRow(self.tr("Suostumuksen &päivä:"), self.consent_date)

        self.left_box = QGroupBox(self.tr("Lopettaminen"), form_box)
        self.left_box.setObjectName("leftBox")
        left_form = QFormLayout(self.left_box)
        self.left_date = QLineEdit(self.left_box)
        self.left_date.setObjectName("leftDate")
        self.left_date.setPlaceholderText(self.tr("pp.kk.vvvv"))
        self.left_reason = QLineEdit(self.left_box)
        self.left_reason.setObjectName("leftReason")
        left_form.addRow(self.tr("Lopetti &päivänä:"), self.left_date)
        left_form.addRow(self.tr("&Syy:"), self.left_reason)

        self.error_label = QLabel(form_box)
        self.error_label.setObjectName("formError")
        self.error_label.setStyleSheet("color: #9c2f1f")
        self.error_label.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Tallenna"), form_box)
        self.save_button.setObjectName("saveParticipant")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.move_in_button = QPushButton(self.tr("Siirrä jonosta ryhmään"), form_box)
        self.move_in_button.setObjectName("moveFromQueue")
        self.move_in_button.clicked.connect(self.move_in)
        self.left_button = QPushButton(self.tr("Merkitse lopettaneeksi…"), form_box)
        self.left_button.setObjectName("markLeft")
        self.left_button.clicked.connect(self.mark_left)
        self.erase_button = QPushButton(self.tr("Poista osallistujan tiedot…"), form_box)
        self.erase_button.setObjectName("eraseParticipant")
        self.erase_button.clicked.connect(self.erase)

        actions = QHBoxLayout()
        actions.addWidget(self.save_button)
        actions.addWidget(self.move_in_button)
        actions.addWidget(self.left_button)
        actions.addStretch(1)
        actions.addWidget(self.erase_button)

        form_layout = QVBoxLayout(form_box)
        form_layout.addWidget(self.heading)
        form_layout.addWidget(self.state_label)
        form_layout.addWidget(basics)
        form_layout.addWidget(intake)
        form_layout.addWidget(self.sensitive_box)
        form_layout.addWidget(consent)
        form_layout.addWidget(self.left_box)
        form_layout.addWidget(self.error_label)
        form_layout.addLayout(actions)
        form_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(form_box)

        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([600, 520])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._fill(None)

    # ----- loading -------------------------------------------------------------------------
    def clear_messages(self) -> None:
        self.error_label.clear()

    def refresh(self) -> None:
        self.setEnabled(self.group_id is not None)
        if self.group_id is None:
            self.people = []
            self.table.setRowCount(0)
            return
        group_id = self.group_id
        Op(self, lambda: roster.list_participants(self.store, group_id)).success(
            self._show_people
        ).failure(self._show_error).run()

    def _show_people(self, people: list[roster.ParticipantInfo]) -> None:
        self.people = people
        keep = self.current_id
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.people))
        selected = -1
        for row, p in enumerate(self.people):
            values = [
                p.name,
                p.code,
                labels.participant_status(p.status)
                + (f" {format_date(p.left_date)}" if p.left_date else ""),
                format_date(p.intake_date),
                self.tr("kyllä") if p.consent_coordinator else self.tr("ei"),
                self.tr("kyllä") if p.has_considerations else "",
            ]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(ID_ROLE, p.id)
                if p.status != ParticipantStatus.ACTIVE:
                    item.setForeground(Qt.GlobalColor.darkGray)
                self.table.setItem(row, col, item)
            if p.id == keep:
                selected = row
        if selected >= 0:
            self.table.selectRow(selected)
        else:
            self.table.clearSelection()
        self.table.blockSignals(False)
        active = sum(1 for p in self.people if p.status == ParticipantStatus.ACTIVE)
        waiting = sum(1 for p in self.people if p.status == ParticipantStatus.WAITING)
        text = self.tr("Ryhmässä {n} / {max} osallistujaa").format(
            n=active, max=roster.MAX_ACTIVE_PARTICIPANTS
        )
        if waiting:
            text += self.tr(", jonossa {w}").format(w=waiting)
        self.count_label.setText(text)
        current = next((p for p in self.people if p.id == keep), None)
        self._fill(current)

    def _on_selected(self) -> None:
        items = self.table.selectedItems()
        if not items:
            return
        pid = items[0].data(ID_ROLE)
        person = next((p for p in self.people if p.id == pid), None)
        self.current_id = None if person is None else person.id
        self._fill(person)

    def select(self, participant_id: uuid.UUID) -> None:
        self.current_id = participant_id
        self.refresh()

    def start_new(self) -> None:
        self.current_id = None
        self.table.clearSelection()
        self._fill(None)
        self.name.setFocus()

    def _fill(self, p: roster.ParticipantInfo | None) -> None:
        """Show a participant in the form (None: an empty form for a new one)."""
        self.error_label.clear()
        self.show_sensitive.setChecked(False)
        self.name.setText(p.name if p else "")
        self.phone.setText(p.phone if p else "")
        self.own_worker.setText(p.own_worker if p else "")
        self.own_worker_contact.setText(p.own_worker_contact if p else "")
        self.intake_date.setText(format_date(p.intake_date) if p else "")
        self.intake_notes.setPlainText(p.intake_notes if p else "")
        self.interests.setPlainText(p.interests if p else "")
        self.wishes.setPlainText(p.wishes if p else "")
        self.considerations.setPlainText(p.considerations if p else "")
        self.consent.setChecked(bool(p and p.consent_coordinator))
        self.consent_date.setText(format_date(p.consent_date) if p else "")
        has_left = p is not None and p.status == ParticipantStatus.LEFT
        self.left_box.setVisible(has_left)
        self.left_date.setText(format_date(p.left_date) if p and has_left else "")
        self.left_reason.setText(p.left_reason if p and has_left else "")
        if p is None:
            self.heading.setText(self.tr("Uusi osallistuja"))
            self.state_label.setText(
                self.tr("Osallistuja saa satunnaisen koodin, joka ei riipu nimestä.")
            )
            self.sensitive_state.setText("")
        else:
            self.heading.setText(f"{p.name} · {p.code}")
            state = labels.participant_status(p.status).capitalize()
            if p.status == ParticipantStatus.LEFT:
                state += self.tr(" {date}: {reason}").format(
                    date=format_date(p.left_date), reason=p.left_reason or self.tr("ei syytä")
                )
            self.state_label.setText(state)
            self.sensitive_state.setText(
                self.tr("Huomioitavaa on kirjattu.") if p.has_considerations else ""
            )
        self.move_in_button.setVisible(p is not None and p.status != ParticipantStatus.ACTIVE)
        self.move_in_button.setText(
            self.tr("Siirrä jonosta ryhmään")
            if p is None or p.status == ParticipantStatus.WAITING
            else self.tr("Palauta ryhmään")
        )
        self.left_button.setVisible(p is not None and p.status != ParticipantStatus.LEFT)
        self.erase_button.setVisible(p is not None)

    def _toggle_sensitive(self, shown: bool) -> None:
        self.considerations.setVisible(shown)
        self.show_sensitive.setText(
            self.tr("Piilota huomioitavaa") if shown else self.tr("Näytä huomioitavaa")
        )

    # ----- actions -------------------------------------------------------------------------
    def _optional_date(self, edit: QLineEdit) -> date | None:
        text = edit.text().strip()
        return parse_date(text) if text else None

    def _data(self) -> roster.ParticipantData:
        left = not self.left_box.isHidden()
        return roster.ParticipantData(
            name=self.name.text(),
            phone=self.phone.text(),
            own_worker=self.own_worker.text(),
            own_worker_contact=self.own_worker_contact.text(),
            intake_date=self._optional_date(self.intake_date),
            intake_notes=self.intake_notes.toPlainText(),
            interests=self.interests.toPlainText(),
            wishes=self.wishes.toPlainText(),
            considerations=self.considerations.toPlainText(),
            consent_coordinator=self.consent.isChecked(),
            consent_date=self._optional_date(self.consent_date)
            if self.consent.isChecked()
            else None,
            left_date=self._optional_date(self.left_date) if left else None,
            left_reason=self.left_reason.text() if left else None,
        )

    def _show_error(self, exc: VoimaaError) -> None:
        self.error_label.setText(str(exc))

    def save(self) -> None:
        if self.group_id is None:
            return
        self.error_label.clear()
        group_id, participant_id = self.group_id, self.current_id

        def work() -> roster.ParticipantInfo:
            data = self._data()
            if participant_id is None:
                return self._add(group_id, data)
            return roster.update_participant(self.store, participant_id, data, today=self.today())

        Op(self, work).success(lambda info: self.select(info.id)).failure(self._show_error).changes(
            OpChanges.PARTICIPANTS
        ).run()

    def _add(self, group_id: uuid.UUID, data: roster.ParticipantData) -> roster.ParticipantInfo:
        """Add to the group; when it is full, offer the waiting list (refusing re-raises)."""
        try:
            return roster.add_participant(self.store, group_id, data, today=self.today())
        except LimitError as exc:
            question = (
                str(exc)
                + "\n\n"
                + self.tr("Lisätäänkö {name} jonoon?").format(name=" ".join(data.name.split()))
            )
            if not ask.confirm(self, self.tr("Ryhmä on täynnä"), question):
                raise
            return roster.add_participant(
                self.store, group_id, data, waiting=True, today=self.today()
            )

    def move_in(self) -> None:
        participant_id = self.current_id
        if participant_id is None:
            return

        def refused(exc: VoimaaError) -> None:
            self.error_label.setText(str(exc))
            ask.warn(self, self.tr("Ryhmä on täynnä"), str(exc))

        Op(self, lambda: roster.move_to_group(self.store, participant_id)).success(
            lambda _info: self.refresh()
        ).failure(refused).changes(OpChanges.PARTICIPANTS).run()

    def mark_left(self) -> None:
        participant_id = self.current_id
        if participant_id is None:
            return
        reason = ask.get_text(
            self,
            self.tr("Merkitse lopettaneeksi"),
            self.tr("Syy (vapaaehtoinen, esim. aloitti työkokeilun). Päiväksi tulee tämä päivä:"),
        )
        if reason is None:
            return
        Op(
            self,
            lambda: roster.mark_left(self.store, participant_id, reason=reason, today=self.today()),
        ).success(lambda _info: self.refresh()).failure(self._show_error).changes(
            OpChanges.PARTICIPANTS
        ).run()

    def erase(self) -> None:
        participant_id = self.current_id
        if participant_id is None:
            return
        title = self.tr("Poista osallistujan tiedot")

        def confirm_and_erase(what: roster.ErasureDescription) -> None:
            if not ask.confirm(self, title, self.erasure_text(what), danger=True):
                return
            erased = (
                OpChanges.PARTICIPANTS
                | OpChanges.ATTENDANCE
                | OpChanges.EUROHIS
                | OpChanges.FEEDBACK
            )
            Op(
                self, lambda: roster.erase_participant(self.store, what.participant_id), title=title
            ).success(lambda _done: self._erased()).changes(erased).run()

        Op(self, lambda: roster.describe_erasure(self.store, participant_id), title=title).success(
            confirm_and_erase
        ).run()

    def _erased(self) -> None:
        self.current_id = None
        self.refresh()

    def erasure_text(self, what: roster.ErasureDescription) -> str:
        """The confirmation: exactly what goes, and what the log keeps."""
        lines = [
            self.tr("Poistetaanko {name} ({code}) kaikki tiedot pysyvästi?").format(
                name=what.name, code=what.code
            ),
            "",
            self.tr("Poistuu:"),
            self.tr(
                "• nimi, koodi ja yhteystiedot sekä alkutapaamisen tiedot ({n} täytettyä kenttää)"
            ).format(n=what.intake_fields),
            self.tr("• läsnäolomerkinnät: {n}").format(n=what.attendance_marks),
            self.tr("• EUROHIS-8-lomakkeet: {n}").format(n=what.eurohis_forms),
            self.tr("• häneen liitetyt palautelomakkeet: {n}").format(n=what.feedback_forms),
        ]
        if what.log_mentions:
            lines.append(
                self.tr(
                    "• maininnat lokissa: {n} (tapahtumat jäävät ilman hänen tietojaan)"
                ).format(n=what.log_mentions)
            )
        lines += [
            "",
            self.tr(
                "Lokiin jää vain tieto, että poisto tehtiin, kuka sen teki ja milloin. "
                "Poistoa ei voi perua. Jo tallennetuissa varmuuskopioissa ja viedyissä "
                "tiedostoissa tiedot säilyvät, kunnes ne hävitetään."
            ),
        ]
        return "\n".join(lines)
