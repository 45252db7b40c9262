"""The saved program templates: see them and remove the ones no longer needed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from voimaa import program
from voimaa.store import Store
from voimaa.ui import ask
from voimaa.ui.ops import Op

ID_ROLE = Qt.ItemDataRole.UserRole


class TemplatesDialog(QDialog):
    """Lists the default program and the saved templates; saved ones can be removed."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Mallipohjat"))
        self.setMinimumSize(460, 320)
        self.list = QListWidget(self)
        self.list.setObjectName("templateList")
        self.list.currentRowChanged.connect(self._update_buttons)
        self.delete_button = QPushButton(self.tr("Poista mallipohja…"), self)
        self.delete_button.setObjectName("deleteTemplate")
        self.delete_button.clicked.connect(self.delete_selected)
        hint = QLabel(
            self.tr(
                "Uuden ryhmän voi tehdä mistä tahansa näistä. Mallipohja tallennetaan "
                "Ohjelma-välilehdeltä. Oletusohjelmaa ei voi poistaa."
            ),
            self,
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sulje"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for t in program.list_templates(self.store):
            label = t.name if t.id is not None else self.tr("{name} (oletus)").format(name=t.name)
            item = QListWidgetItem(label)
            item.setData(ID_ROLE, t.id)
            self.list.addItem(item)
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        item = self.list.currentItem()
        self.delete_button.setEnabled(item is not None and item.data(ID_ROLE) is not None)

    def delete_selected(self) -> None:
        item = self.list.currentItem()
        if item is None or item.data(ID_ROLE) is None:
            return
        question = self.tr(
            "Poistetaanko mallipohja ”{name}”? Siitä tehdyt ryhmät säilyvät ennallaan."
        ).format(name=item.text())
        if not ask.confirm(self, self.tr("Poista mallipohja"), question, danger=True):
            return
        template_id = item.data(ID_ROLE)
        Op(
            self,
            lambda: program.delete_template(self.store, template_id),
            title=self.tr("Mallipohjat"),
        ).run()
        self.refresh()
