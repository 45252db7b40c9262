"""The background-work helper really runs off the UI thread and reports back on it."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from voimaa.ui import tasks


def test_work_runs_in_a_worker_thread_and_results_come_back_on_the_ui_thread(
    qtbot: QtBot,
) -> None:
    tasks.set_synchronous(False)
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: dict[str, object] = {}
    ui_thread = threading.get_ident()

    def work() -> int:
        seen["worker"] = threading.get_ident()
        return 42

    def done(result: int) -> None:
        seen["result"] = result
        seen["callback"] = threading.get_ident()

    tasks.run_task(parent, "Työskennellään…", work, done, lambda exc: seen.update(error=exc))
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen["result"] == 42
    assert seen["worker"] != ui_thread
    assert seen["callback"] == ui_thread


def test_errors_are_handed_to_the_error_callback(qtbot: QtBot) -> None:
    tasks.set_synchronous(False)
    parent = QWidget()
    qtbot.addWidget(parent)
    errors: list[BaseException] = []

    def work() -> None:
        raise ValueError("rikki")

    tasks.run_task(parent, "…", work, lambda _r: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], ValueError) and str(errors[0]) == "rikki"
