"""The "Tietoja" dialog: version and where the data lives."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from voimaa import __version__
from voimaa.store import Store


class AboutDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tietoja Voimaasta"))
        text = self.tr(
            "<h2>Voimaa {version}</h2>"
            "<p>Työkalu sosiaalisen kuntoutuksen vertaisryhmien ohjaajille "
            "(Voimaa vertaisuudesta).</p>"
            "<p><b>Tiedot tallennetaan tälle koneelle:</b><br>{path}</p>"
            "<p><b>Varmuuskopiot:</b><br>{backups}</p>"
            "<p>Tiedot ovat arkaluonteisia. Älä tallenna kansiota verkkolevylle tai "
            "pilvipalveluun.</p>"
        ).format(version=__version__, path=store.path, backups=store.backup_dir)
        label = QLabel(text, self)
        label.setObjectName("aboutText")
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(buttons)
        self.resize(520, 300)
