"""Editing a group's details after it was created: name, place, mode, link, status, leaders."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from voimaa import groups
from voimaa.models import GroupMode, GroupStatus
from voimaa.ui.dialogs.new_group import ROLES, LeaderBox


class GroupDetailsDialog(QDialog):
    """Shows the group's details for editing; the caller saves :meth:`details` when accepted."""

    def __init__(self, details: groups.GroupDetails, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._original = details
        self.setWindowTitle(self.tr("Ryhmän tiedot"))
        self.setMinimumWidth(620)
        self.name_edit = QLineEdit(details.name, self)
        self.name_edit.setObjectName("groupName")
        self.place_combo = QComboBox(self)
        self.place_combo.setEditable(True)
        self.place_combo.addItems(list(groups.KNOWN_PLACES))
        self.place_combo.setCurrentText(details.place)
        self.mode_combo = QComboBox(self)
        self.mode_combo.addItem(self.tr("Lähiryhmä"), GroupMode.LOCAL)
        self.mode_combo.addItem(self.tr("Etäryhmä"), GroupMode.REMOTE)
        self.mode_combo.setCurrentIndex(self.mode_combo.findData(details.mode))
        self.link_edit = QLineEdit(details.meeting_link, self)
        self.link_edit.setObjectName("meetingLink")
        self.link_edit.setPlaceholderText(self.tr("etätapaamisen linkki"))
        self.status_combo = QComboBox(self)
        for status, label in (
            (GroupStatus.PLANNED, self.tr("Suunnitteilla")),
            (GroupStatus.RUNNING, self.tr("Käynnissä")),
            (GroupStatus.FINISHED, self.tr("Päättynyt")),
        ):
            self.status_combo.addItem(label, status)
        self.status_combo.setCurrentIndex(self.status_combo.findData(details.status))
        self.notes_edit = QPlainTextEdit(details.notes, self)
        self.notes_edit.setFixedHeight(70)
        self.leader_boxes = [
            LeaderBox(self.tr("Ensimmäinen ohjaaja"), 1, ROLES[0], self),
            LeaderBox(self.tr("Toinen ohjaaja"), 2, ROLES[1], self),
        ]
        for box, leader in zip(self.leader_boxes, details.leaders, strict=False):
            box.set_spec(leader)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setStyleSheet("color: #b00020")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Tallenna"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Peruuta"))
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)
        self.mode_combo.currentIndexChanged.connect(self._update_link)
        self._update_link()

        form = QFormLayout()
        form.addRow(self.tr("Ryhmän nimi"), self.name_edit)
        form.addRow(self.tr("Paikkakunta"), self.place_combo)
        form.addRow(self.tr("Toimintamuoto"), self.mode_combo)
        form.addRow(self.tr("Etälinkki"), self.link_edit)
        form.addRow(self.tr("Tila"), self.status_combo)
        form.addRow(self.tr("Muistiinpanot"), self.notes_edit)
        leaders = QGridLayout()
        for column, box in enumerate(self.leader_boxes):
            leaders.addWidget(box, 0, column)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(leaders)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def _update_link(self) -> None:
        self.link_edit.setEnabled(self.mode_combo.currentData() == GroupMode.REMOTE)

    def details(self) -> groups.GroupDetails:
        return dataclasses.replace(
            self._original,
            name=self.name_edit.text(),
            place=self.place_combo.currentText(),
            mode=self.mode_combo.currentData(),
            meeting_link=self.link_edit.text(),
            status=self.status_combo.currentData(),
            notes=self.notes_edit.toPlainText(),
            leaders=tuple(b.spec() for b in self.leader_boxes if b.spec().name),
        )

    def _try_accept(self) -> None:
        if not self.name_edit.text().strip():
            self.error_label.setText(self.tr("Anna ryhmälle nimi."))
            self.name_edit.setFocus()
            return
        self.accept()
