"""Undo and redo of a section's changes (Muokkaa → Kumoa / Tee uudelleen).

Each section has its own :class:`QUndoStack`; the main window's :class:`QUndoGroup` makes the
shown section's stack the active one, so Ctrl+Z undoes what was last done *there*. A command is
a pair of core calls, run through :class:`voimaa.ui.ops.Op` like every other action: the change
is already done when the command is pushed (the core may refuse it, and then nothing is
pushed), so its first `redo` does nothing. A step that the core refuses later (the participant
was erased, the category removed) is shown as any refusal and dropped from the stack.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from voimaa.ui.ops import Op, OpChanges


class CoreCommand(QUndoCommand):
    """A change made through the core, with the core call that takes it back."""

    def __init__(
        self,
        parent: QWidget,
        text: str,
        *,
        redo: Callable[[], object],
        undo: Callable[[], object],
        changes: OpChanges,
        after: Callable[[], None],
    ) -> None:
        super().__init__(text)
        self._parent = parent
        self._redo = _succeeded(redo)
        self._undo = _succeeded(undo)
        self._changes = changes
        self._after = after
        self._done = True

    def _run(self, fn: Callable[[], object]) -> None:
        if Op(self._parent, fn).changes(self._changes).call() is None:  # refused, shown
            self.setObsolete(True)
        self._after()

    def redo(self) -> None:
        if self._done:  # pushed after the change was made
            self._done = False
            return
        self._run(self._redo)

    def undo(self) -> None:
        self._run(self._undo)


def _succeeded(fn: Callable[[], object]) -> Callable[[], object]:
    """`fn` returning True on success, so that a refusal (None from `Op.call`) can be told."""

    def wrapped() -> object:
        fn()
        return True

    return wrapped


def push_done(
    stack: QUndoStack,
    parent: QWidget,
    text: str,
    *,
    redo: Callable[[], object],
    undo: Callable[[], object],
    changes: OpChanges,
    after: Callable[[], None],
) -> None:
    """Record a change already made (`redo` would make it again, `undo` takes it back)."""
    stack.push(
        CoreCommand(
            parent,
            text,
            redo=redo,
            undo=undo,
            changes=changes,
            after=after,
        )
    )
