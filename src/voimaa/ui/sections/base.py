"""The base of a group section (a tab of the main window)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from voimaa.store import Store


class Section(QWidget):
    """A page for one capability of the selected group.

    The main window calls :meth:`set_group` when the selection changes; a section loads what it
    shows through core functions (plain dataclasses) and never keeps ORM objects.
    `changed` tells the main window that group-level figures (e.g. participant count) changed.
    """

    changed = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.group_id: uuid.UUID | None = None

    @classmethod
    def title(cls) -> str:
        raise NotImplementedError

    def set_group(self, group_id: uuid.UUID | None) -> None:
        self.group_id = group_id
        self.refresh()

    def refresh(self) -> None:
        """Reload what the section shows for `self.group_id`."""


class PendingSection(Section):
    """An honest placeholder: says what will come here, does nothing else."""

    @classmethod
    def description(cls) -> str:
        raise NotImplementedError

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        label = QLabel(self.description(), self)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        label.setObjectName("pendingText")
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addStretch(1)
