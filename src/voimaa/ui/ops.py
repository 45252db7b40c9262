"""The one way the UI runs an action (after Anki's `CollectionOp`/`QueryOp`).

    Op(self, lambda: roster.mark_left(self.store, pid, reason=reason))
        .success(lambda _info: self.refresh())
        .changes(OpChanges.PARTICIPANTS)
        .run()

`fn` is one call into the core or the export layer. On success the callback gets its result,
then the nearest :class:`ChangeSink` up the widget tree (a section, the main window) hears what
the operation changed, so only the views that show those things reload. On failure:

- a :class:`VoimaaError` is shown with its own Finnish message (or handed to `.failure(cb)`,
  e.g. to show it under a form);
- an `OSError` (a full disk, a folder without write access) is shown the same way, with one
  Finnish wording for every flow;
- anything else is a program error: its safe traceback goes to the log file (no message, no
  values: see :mod:`voimaa.logs`) and the user sees a short Finnish notice saying where the log
  is. A caller cannot swallow a program error.

`.with_progress(label)` runs `fn` off the UI thread behind a progress dialog (through
:func:`voimaa.ui.tasks.run_task`, synchronous in tests); `fn` must then not touch widgets.
Without it `fn` runs at once on the UI thread and `.run()` returns after the callbacks;
`.call()` does the same and also returns the result (None after a failure was shown), for a flow
that must know at once, e.g. "save the form before moving to the next one".
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Generic, Protocol, TypeVar, runtime_checkable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from voimaa import logs
from voimaa.errors import VoimaaError
from voimaa.ui import ask, tasks

T = TypeVar("T")


class OpChanges(enum.Flag):
    """What an operation changed; a view reloads when it shows any of it."""

    NONE = 0
    GROUPS = enum.auto()  # a group's own details: name, place, mode, leaders, archived
    PARTICIPANTS = enum.auto()
    ATTENDANCE = enum.auto()
    BUDGET = enum.auto()
    PROGRAM = enum.auto()  # sessions, their dates and parts, the templates
    EUROHIS = enum.auto()
    FEEDBACK = enum.auto()
    EXPERTS = enum.auto()
    ALL = GROUPS | PARTICIPANTS | ATTENDANCE | BUDGET | PROGRAM | EUROHIS | FEEDBACK | EXPERTS


@runtime_checkable
class ChangeSink(Protocol):
    """A widget that passes an operation's changes on (a section to the main window)."""

    def op_changed(self, changes: OpChanges) -> None: ...


def notify(widget: QWidget | None, changes: OpChanges) -> None:
    """Tell the nearest :class:`ChangeSink` at or above `widget` what changed."""
    if not changes:
        return
    while widget is not None:
        if isinstance(widget, ChangeSink):
            widget.op_changed(changes)
            return
        widget = widget.parentWidget()


def unexpected_notice() -> str:
    """The Finnish notice for a program error, naming the log file when there is one."""
    path = logs.log_file()
    if path is None:
        return QCoreApplication.translate(
            "Ops", "Odottamaton virhe: toiminto jäi kesken. Tiedot virheestä kirjoitettiin lokiin."
        )
    return QCoreApplication.translate(
        "Ops",
        "Odottamaton virhe: toiminto jäi kesken.\n\n"
        "Tiedot virheestä kirjoitettiin lokitiedostoon:\n{path}\n\n"
        "Lokissa ei ole nimiä eikä muita henkilötietoja.",
    ).format(path=path)


def report_unexpected(parent: QWidget | None, exc: BaseException, where: str) -> None:
    """Log a program error (safely) and show the notice."""
    logs.log_unexpected(exc, where)
    ask.warn(parent, QCoreApplication.translate("Ops", "Voimaa"), unexpected_notice())


class Op(Generic[T]):
    """One user action: run `fn`, then show its result, its error or its program error."""

    def __init__(self, parent: QWidget, fn: Callable[[], T], *, title: str | None = None) -> None:
        self._parent = parent
        self._fn = fn
        self._title = title
        self._on_success: Callable[[T], None] | None = None
        self._on_failure: Callable[[VoimaaError], None] | None = None
        self._progress: str | None = None
        self._changes = OpChanges.NONE

    def success(self, callback: Callable[[T], None]) -> Op[T]:
        """Call `callback(result)` on the UI thread after `fn` returned."""
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[VoimaaError], None]) -> Op[T]:
        """Show a user error with `callback` instead of a warning box."""
        self._on_failure = callback
        return self

    def with_progress(self, label: str) -> Op[T]:
        """Run `fn` in the background behind a busy dialog saying `label`."""
        self._progress = label
        return self

    def changes(self, changes: OpChanges) -> Op[T]:
        """Declare what a successful run changed (combine with ``|``)."""
        self._changes |= changes
        return self

    def run(self) -> None:
        """Run the operation (in the background when `with_progress` was given)."""
        if self._progress is not None:
            tasks.run_task(self._parent, self._progress, self._fn, self._done, self._failed)
            return
        self.call()

    def call(self) -> T | None:
        """Run now on the UI thread; return the result, or None after the failure was shown."""
        try:
            result = self._fn()
        except Exception as exc:
            self._failed(exc)
            return None
        self._done(result)
        return result

    def _done(self, result: T) -> None:
        if self._on_success is not None:
            self._on_success(result)
        notify(self._parent, self._changes)

    def _failed(self, exc: Exception) -> None:
        error = user_error(exc)
        if error is None:
            report_unexpected(self._parent, exc, getattr(self._fn, "__qualname__", "Op"))
        elif self._on_failure is not None:
            self._on_failure(error)
        else:
            title = self._title or QCoreApplication.translate("Ops", "Voimaa")
            ask.warn(self._parent, title, str(error))


def user_error(exc: Exception) -> VoimaaError | None:
    """`exc` as an error the user can act on, or None for a program error."""
    if isinstance(exc, VoimaaError):
        return exc
    if isinstance(exc, OSError):
        error = VoimaaError(
            QCoreApplication.translate(
                "Ops", "Tiedostoa ei voitu tallentaa tai avata: {reason}. Valitse toinen kansio."
            ).format(reason=exc.strerror or type(exc).__name__)
        )
        error.__cause__ = exc
        return error
    return None
