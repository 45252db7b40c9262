"""The "Tietoja" dialog: version, where the data lives, and the third-party licences."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from voimaa import __version__, paths
from voimaa.store import Store
from voimaa.ui.protection import last_backup_text


class AboutDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tietoja Voimaasta"))
        text = self.tr(
            "<h2>Voimaa {version}</h2>"
            "<p>Työkalu sosiaalisen kuntoutuksen vertaisryhmien ohjaajille "
            "(Voimaa vertaisuudesta).</p>"
            "<p><b>Tiedot tallennetaan tälle koneelle:</b><br>{path}</p>"
            "<p><b>Varmuuskopiot:</b><br>{backups}<br>Viimeisin varmuuskopio: {last}</p>"
            "<p>Tietokanta ja varmuuskopiot ovat salattuja (SQLCipher); avaintiedosto on "
            "tietokannan vieressä.</p>"
            "<p>Tiedot ovat arkaluonteisia. Älä tallenna kansiota verkkolevylle tai "
            "pilvipalveluun.</p>"
        ).format(
            version=__version__,
            path=store.path,
            backups=store.backup_dir,
            last=last_backup_text(store),
        )
        label = QLabel(text, self)
        label.setObjectName("aboutText")
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        licences = QPushButton(self.tr("Lisenssit…"), self)
        licences.setObjectName("licencesButton")
        licences.clicked.connect(self.show_licences)
        buttons.addButton(licences, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(buttons)
        self.resize(520, 300)

    def show_licences(self) -> LicencesDialog:
        dialog = LicencesDialog(self)
        dialog.open()
        return dialog


class LicencesDialog(QDialog):
    """The licence notices of the software bundled with Voimaa (THIRD-PARTY-NOTICES.txt)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kolmannen osapuolen lisenssit"))
        notices = paths.third_party_notices()
        if notices is not None:
            text = notices.read_text(encoding="utf-8")
        else:
            text = self.tr(
                "Lisenssitiedot kootaan asennettavan ohjelman mukaan (make dist). Tämä on "
                "lähdekoodista käynnistetty Voimaa, jossa tiedostoa ei ole."
            )
        view = QPlainTextEdit(self)
        view.setObjectName("licencesText")
        view.setReadOnly(True)
        view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        view.setPlainText(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(view)
        layout.addWidget(buttons)
        self.resize(720, 560)
