"""The base of a group section (a tab of the main window)."""

from __future__ import annotations

import uuid
from typing import ClassVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from voimaa.store import Store
from voimaa.ui.ops import OpChanges


class Section(QWidget):
    """A page for one capability of the selected group.

    The main window calls :meth:`set_group` when the selection changes; a section loads what it
    shows through core functions (plain dataclasses) and never keeps ORM objects.

    An operation run in the section (see :class:`voimaa.ui.ops.Op`) reports what it changed
    through :meth:`op_changed`; `changed` carries that on to the main window, which reloads the
    other sections whose :attr:`refresh_on` it concerns (the section itself updates its own view
    in the operation's success callback).
    """

    changed = Signal(object)  # OpChanges
    refresh_on: ClassVar[OpChanges] = OpChanges.ALL

    def op_changed(self, changes: OpChanges) -> None:
        self.changed.emit(changes)

    def on_changes(self, changes: OpChanges) -> None:
        """Another view changed `changes`: reload if this section shows any of it."""
        if changes & self.refresh_on:
            self.refresh()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.group_id: uuid.UUID | None = None
        # What Muokkaa → Kumoa takes back here (see voimaa.ui.undo); one group's steps only.
        self.undo_stack = QUndoStack(self)

    @classmethod
    def title(cls) -> str:
        raise NotImplementedError

    def set_group(self, group_id: uuid.UUID | None) -> None:
        if group_id != self.group_id:
            self.undo_stack.clear()
            self.clear_messages()
        self.group_id = group_id
        self.refresh()

    def clear_messages(self) -> None:
        """Forget what was said about the previous group (saved files, refusals)."""

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
