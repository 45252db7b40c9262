"""Before the main window: the first start (a passphrase, the recovery key shown once and typed
back in part) and the unlock dialog of every later start (the passphrase, or the recovery key).

A wrong passphrase says so and lets the user try again as often as they like; nothing is ever
deleted or locked because of it. With $VOIMAA_PASSPHRASE_FILE set neither dialog is shown.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from voimaa import keys
from voimaa.errors import VoimaaError
from voimaa.ui import ask


@dataclass(frozen=True)
class Unlocked:
    """What opens the store: a key (later starts) or new keys to write (a first start); both
    None means unattended ($VOIMAA_PASSPHRASE_FILE)."""

    key: bytes | None = None
    new_keys: keys.NewKeys | None = None


def _wrap(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def _secret_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMinimumWidth(320)
    return field


class FirstStartDialog(QDialog):
    """Set a passphrase, see the recovery key, type part of it back."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.made: keys.NewKeys | None = None
        self.setWindowTitle(self.tr("Voimaa – tietojen suojaus"))
        self.pages = QStackedWidget()
        self.pages.addWidget(self._passphrase_page())
        self.pages.addWidget(self._recovery_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.resize(560, 460)

    def _passphrase_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(
            _wrap(
                self.tr(
                    "Voimaa salaa tietokannan, jotta osallistujien tiedot eivät ole luettavissa, "
                    "jos kone katoaa tai joutuu vääriin käsiin. Valitse tunnuslause, jolla avaat "
                    "ohjelman."
                )
            )
        )
        layout.addWidget(
            _wrap(
                self.tr(
                    "Hyvä tunnuslause on pitkä ja helppo muistaa: esimerkiksi neljä tai viisi "
                    "tavallista sanaa, jotka eivät liity toisiinsa (»sininen kattila hyppää "
                    "tunturiin«). Vähintään 10 merkkiä. Älä käytä samaa tunnuslausetta muualla."
                )
            )
        )
        form = QFormLayout()
        self.first = _secret_field()
        self.second = _secret_field()
        form.addRow(self.tr("Tunnuslause:"), self.first)
        form.addRow(self.tr("Sama uudelleen:"), self.second)
        layout.addLayout(form)
        self.problem = _wrap("")
        self.problem.setStyleSheet("color: #a00;")
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox()
        self.next_button = buttons.addButton(
            self.tr("Jatka"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("Peruuta"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._to_recovery)
        buttons.rejected.connect(self.reject)
        layout.addStretch(1)  # spare height below the text, not between its paragraphs
        layout.addWidget(buttons)
        return page

    def _recovery_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(
            _wrap(
                self.tr(
                    "Tämä on palautusavain. Sillä tietokannan saa auki, jos tunnuslause "
                    "unohtuu. Kirjoita se paperille tai tulosta se, ja säilytä lukitussa "
                    "laatikossa. Avain näytetään vain nyt."
                )
            )
        )
        self.key_label = QLabel()
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(16)
        self.key_label.setFont(font)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.key_label)
        print_button = QPushButton(self.tr("Tallenna tulostettavaksi (PDF)…"))
        print_button.clicked.connect(self._save_pdf)
        layout.addWidget(print_button)
        warning = _wrap(
            self.tr(
                "Tärkeää: jos sekä tunnuslause että palautusavain katoavat, tietoja ei saa enää "
                "auki kukaan – eivät myöskään Voimaan tekijät."
            )
        )
        warning.setStyleSheet("font-weight: bold;")
        layout.addWidget(warning)
        self.check_label = _wrap("")
        layout.addWidget(self.check_label)
        self.check_field = QLineEdit()
        layout.addWidget(self.check_field)
        self.check_problem = _wrap("")
        self.check_problem.setStyleSheet("color: #a00;")
        layout.addWidget(self.check_problem)
        buttons = QDialogButtonBox()
        self.done_button = buttons.addButton(
            self.tr("Valmis"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("Takaisin"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._finish)
        buttons.rejected.connect(lambda: self.pages.setCurrentIndex(0))
        layout.addStretch(1)
        layout.addWidget(buttons)
        return page

    def _to_recovery(self) -> None:
        first = self.first.text()
        problem = keys.passphrase_problem(first)
        if problem is None and self.second.text() != first:
            problem = self.tr("Tunnuslauseet eivät ole samat. Kirjoita sama kahdesti.")
        if problem is not None:
            self.problem.setText(problem)
            return
        self.problem.setText("")
        try:
            self.made = keys.prepare(self.data_dir, first)
        except VoimaaError as exc:
            self.problem.setText(str(exc))
            return
        self.key_label.setText(self.made.recovery_key)
        self.check_group = secrets.randbelow(keys.RECOVERY_GROUPS)
        self.check_label.setText(
            self.tr(
                "Kirjoita tähän avaimen {n}. ryhmä (viisi merkkiä) paperista, jolle "
                "kirjoitit avaimen:"
            ).format(n=self.check_group + 1)
        )
        self.check_field.clear()
        self.pages.setCurrentIndex(1)

    def expected_group(self) -> str:
        assert self.made is not None
        return self.made.recovery_key.split("-")[self.check_group]

    def _finish(self) -> None:
        typed = keys.normalize_recovery_key(self.check_field.text())
        if typed != self.expected_group():
            self.check_problem.setText(
                self.tr("Merkit eivät täsmää avaimeen. Tarkista, mitä kirjoitit paperille.")
            )
            return
        self.accept()

    def _save_pdf(self) -> None:
        from voimaa.export import jobs

        assert self.made is not None
        target = ask.save_to_file(
            self, "recovery", self.tr("Palautusavain"), "palautusavain.pdf", self.tr("PDF (*.pdf)")
        )
        if target is None:
            return
        try:
            jobs.export_recovery_key(target, self.made.recovery_key, self.data_dir)
        except VoimaaError as exc:
            ask.warn(self, self.tr("Palautusavain"), str(exc))
            return
        ask.inform(
            self,
            self.tr("Palautusavain"),
            self.tr("Tallennettu: {path}. Tulosta se ja poista tiedosto sitten koneelta.").format(
                path=target
            ),
        )


class UnlockDialog(QDialog):
    """The passphrase (or the recovery key) of an existing store; as many tries as needed."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.key: bytes | None = None
        self.setWindowTitle(self.tr("Voimaa – avaa tietokanta"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.addWidget(_wrap(self.tr("Tietokanta on salattu. Anna tunnuslauseesi.")))
        self.field = _secret_field()
        layout.addWidget(self.field)
        self.use_recovery = QCheckBox(self.tr("Unohdin tunnuslauseen: käytän palautusavainta"))
        self.use_recovery.toggled.connect(self._mode)
        layout.addWidget(self.use_recovery)
        self.problem = _wrap("")
        self.problem.setStyleSheet("color: #a00;")
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Avaa"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Lopeta"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.try_open)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _mode(self, recovery: bool) -> None:
        self.field.clear()
        self.field.setEchoMode(
            QLineEdit.EchoMode.Normal if recovery else QLineEdit.EchoMode.Password
        )
        self.field.setPlaceholderText(self.tr("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX") if recovery else "")

    def try_open(self) -> None:
        recovery = self.use_recovery.isChecked()
        try:
            self.key = keys.unlock(self.data_dir, self.field.text(), recovery=recovery)
        except VoimaaError as exc:
            self.problem.setText(str(exc))
            self.adjustSize()  # the message's lines get their height (they were cut off)
            self.field.selectAll()
            self.field.setFocus()
            return
        if recovery:
            ask.inform(
                self,
                self.tr("Palautusavain"),
                self.tr(
                    "Tietokanta avattiin palautusavaimella. Aseta uusi tunnuslause valikosta "
                    "Suojaus → Vaihda tunnuslause."
                ),
            )
        self.accept()


def obtain(data_dir: Path, parent: QWidget | None = None) -> Unlocked | None:
    """Ask what opens the store in `data_dir`; None when the user gave up."""
    if keys.read_passphrase_file() is not None:
        return Unlocked()
    if keys.has_key_file(data_dir) or keys.backup_key_files(data_dir):
        dialog = UnlockDialog(data_dir, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.key is None:
            return None
        return Unlocked(key=dialog.key)
    first = FirstStartDialog(data_dir, parent)
    if first.exec() != QDialog.DialogCode.Accepted or first.made is None:
        return None
    return Unlocked(new_keys=first.made)
