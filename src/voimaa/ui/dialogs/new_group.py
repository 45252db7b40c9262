"""Creating a group: name, place, mode and first meeting date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from voimaa import groups
from voimaa.models import GroupMode


class NewGroupDialog(QDialog):
    """Asks what a new group needs; the caller creates it from :meth:`spec` when accepted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Uusi ryhmä"))
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("groupName")
        self.name_edit.setPlaceholderText(self.tr("esim. Mikkelin kevään ryhmä"))
        self.place_combo = QComboBox(self)
        self.place_combo.setObjectName("groupPlace")
        self.place_combo.setEditable(True)
        self.place_combo.addItems(list(groups.KNOWN_PLACES))
        self.mode_combo = QComboBox(self)
        self.mode_combo.addItem(self.tr("Lähiryhmä"), GroupMode.LOCAL)
        self.mode_combo.addItem(self.tr("Etäryhmä"), GroupMode.REMOTE)
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d.M.yyyy")
        self.date_edit.setDate(QDate.currentDate().addDays(14))
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setStyleSheet("color: #b00020")
        self.error_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Luo ryhmä"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Peruuta"))
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Ryhmän nimi"), self.name_edit)
        form.addRow(self.tr("Paikkakunta"), self.place_combo)
        form.addRow(self.tr("Toimintamuoto"), self.mode_combo)
        form.addRow(self.tr("Ensimmäinen kerta"), self.date_edit)
        form.addRow(self.error_label)
        form.addRow(self.buttons)

    def spec(self) -> groups.NewGroup:
        qd = self.date_edit.date()
        return groups.NewGroup(
            name=self.name_edit.text(),
            place=self.place_combo.currentText(),
            mode=self.mode_combo.currentData(),
            start_date=date(qd.year(), qd.month(), qd.day()),
        )

    def _try_accept(self) -> None:
        if not self.name_edit.text().strip():
            self.error_label.setText(self.tr("Anna ryhmälle nimi."))
            self.name_edit.setFocus()
            return
        self.accept()
