"""One helper for background work: run a function off the UI thread with a progress dialog,
then hand its result (or its error, traceback included) back to the UI thread.

Widgets do not call this directly: :class:`voimaa.ui.ops.Op` does (``.with_progress``).
Tests call :func:`set_synchronous` so work runs at once and deterministically.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from voimaa import logs

_synchronous = False
_running: set[_Signals] = set()

OnDone = Callable[[Any], None]
OnError = Callable[[Exception], None]


def set_synchronous(value: bool) -> None:
    global _synchronous
    _synchronous = value


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self._fn = fn
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:  # handed to the UI thread; exc.__traceback__ goes with it
            self._signals.failed.emit(exc)
        else:
            self._signals.done.emit(result)


def _default_error(fn: Callable[[], Any]) -> OnError:
    def log(exc: Exception) -> None:
        logs.log_unexpected(exc, getattr(fn, "__qualname__", "task"))

    return log


def run_task(
    parent: QWidget | None,
    label: str,
    fn: Callable[[], Any],
    on_done: OnDone | None = None,
    on_error: OnError | None = None,
) -> None:
    """Run `fn()` in the thread pool behind a busy progress dialog; then call `on_done(result)`
    or `on_error(exc)` on the UI thread. The exception keeps its `__traceback__` (the worker's
    frames). Without `on_error` an error is written to the log. `fn` must not touch widgets."""
    error = on_error or _default_error(fn)
    if _synchronous:
        try:
            result = fn()
        except Exception as exc:
            error(exc)
        else:
            if on_done is not None:
                on_done(result)
        return
    progress = QProgressDialog(label, "", 0, 0, parent)
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    signals = _Signals()
    _running.add(signals)

    def finish() -> None:
        if shiboken6.isValid(progress):  # gone when its window was closed meanwhile
            progress.reset()
            progress.deleteLater()
        _running.discard(signals)

    def handle_done(result: object) -> None:
        finish()
        if on_done is not None:
            on_done(result)

    def handle_failed(exc: Exception) -> None:
        finish()
        error(exc)

    signals.done.connect(handle_done, Qt.ConnectionType.QueuedConnection)
    signals.failed.connect(handle_failed, Qt.ConnectionType.QueuedConnection)
    QThreadPool.globalInstance().start(_Runnable(fn, signals))


def wait_all(timeout_ms: int = 30000) -> bool:
    """Block until the pool is idle (used at shutdown and in tests)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
