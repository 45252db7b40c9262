"""One helper for background work: run a function off the UI thread with a progress dialog,
then hand its result (or its error) back to the UI thread.

Tests call :func:`set_synchronous` so work runs at once and deterministically.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

_synchronous = False
_running: set[_Signals] = set()


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
        except BaseException as exc:  # handed to the UI thread, shown there
            self._signals.failed.emit(exc)
        else:
            self._signals.done.emit(result)


def run_task(
    parent: QWidget | None,
    label: str,
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> None:
    """Run `fn()` in the thread pool behind a busy progress dialog; then call `on_done(result)`
    or `on_error(exc)` on the UI thread. `fn` must not touch widgets."""
    if _synchronous:
        try:
            result = fn()
        except Exception as exc:
            on_error(exc)
        else:
            on_done(result)
        return
    progress = QProgressDialog(label, "", 0, 0, parent)
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    signals = _Signals()
    _running.add(signals)

    def finish() -> None:
        progress.reset()
        progress.deleteLater()
        _running.discard(signals)

    def handle_done(result: Any) -> None:
        finish()
        on_done(result)

    def handle_failed(exc: BaseException) -> None:
        finish()
        on_error(exc)

    signals.done.connect(handle_done, Qt.ConnectionType.QueuedConnection)
    signals.failed.connect(handle_failed, Qt.ConnectionType.QueuedConnection)
    QThreadPool.globalInstance().start(_Runnable(fn, signals))


def wait_all(timeout_ms: int = 30000) -> bool:
    """Block until the pool is idle (used at shutdown and in tests)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
