"""The operation helper, the save helper, the log file and the error hook.

An operation's user error is shown in Finnish; a program error is written to the log file with
its traceback and no personal data, and the user sees a short notice saying where the log is.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from voimaa import logs
from voimaa.errors import ValidationError, VoimaaError
from voimaa.ui import app, ask, tasks
from voimaa.ui.ops import Op, OpChanges

NAME = "Aino Esimerkki"
NOTE = "pelkää ryhmätilanteita"


class Sink(QWidget):
    """Stands in for a section: hears what its operations changed."""

    def __init__(self) -> None:
        super().__init__()
        self.heard: list[OpChanges] = []

    def op_changed(self, changes: OpChanges) -> None:
        self.heard.append(changes)


@pytest.fixture
def sink(qtbot: QtBot) -> Sink:
    widget = Sink()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    path = logs.configure(tmp_path / "data")
    yield path
    logs.shutdown()


def _read(path: Path) -> str:
    for handler in logging.getLogger(logs.LOGGER_NAME).handlers:
        handler.flush()
    return path.read_text(encoding="utf-8")


def test_success_gets_the_result_and_the_sink_hears_the_changes(sink: Sink) -> None:
    child = QWidget(sink)  # e.g. a form inside a section
    seen: list[int] = []
    Op(child, lambda: 42).success(seen.append).changes(
        OpChanges.PARTICIPANTS | OpChanges.ATTENDANCE
    ).run()
    assert seen == [42]
    assert sink.heard == [OpChanges.PARTICIPANTS | OpChanges.ATTENDANCE]
    assert Op(child, lambda: "x").call() == "x"  # nothing changed: nothing heard
    assert len(sink.heard) == 1


def test_a_user_error_is_shown_with_its_own_message(sink: Sink, answers: dict[str, object]) -> None:
    def refuse() -> None:
        raise ValidationError("Anna ryhmälle nimi.")

    seen: list[object] = []
    assert Op(sink, refuse).success(seen.append).changes(OpChanges.GROUPS).call() is None
    assert answers["asked"] == [("warn", "Anna ryhmälle nimi.")]
    assert seen == [] and sink.heard == []


def test_failure_callback_replaces_the_warning(sink: Sink, answers: dict[str, object]) -> None:
    shown: list[str] = []

    def refuse() -> None:
        raise ValidationError("Päivä ei kelpaa.")

    Op(sink, refuse).failure(lambda exc: shown.append(str(exc))).run()
    assert shown == ["Päivä ei kelpaa."]
    assert answers["asked"] == []


def test_a_file_error_is_a_user_error_in_finnish(sink: Sink, answers: dict[str, object]) -> None:
    def write() -> None:
        raise PermissionError(13, "Permission denied", "/tmp/x.pdf")

    Op(sink, write).run()
    [(kind, text)] = answers["asked"]  # type: ignore[misc]
    assert kind == "warn"
    assert text.startswith("Tiedostoa ei voitu tallentaa tai avata: Permission denied.")


def test_an_unexpected_error_is_logged_without_personal_data_and_announced(
    sink: Sink,
    answers: dict[str, object],
    unexpected_errors: list[logging.LogRecord],
    log_file: Path,
) -> None:
    def find_participant_notes() -> str:
        person = {"name": NAME, "considerations": NOTE}  # a local holding personal data
        raise KeyError(f"{person['name']}: {person['considerations']}")

    Op(sink, find_participant_notes).changes(OpChanges.PARTICIPANTS).run()

    text = _read(log_file)
    assert "Traceback (most recent call last):" in text
    assert "in find_participant_notes" in text and "tests/ui/test_ops.py" not in text
    assert 'File "test_ops.py"' in text  # files outside the package: the name only
    assert text.rstrip().endswith("KeyError")
    assert NAME not in text and "Aino" not in text and NOTE not in text
    assert str(Path.home()) not in text
    [(kind, notice)] = answers["asked"]  # type: ignore[misc]
    assert kind == "warn"
    assert notice.startswith("Odottamaton virhe")
    assert str(log_file) in notice
    assert NAME not in notice
    assert sink.heard == []  # nothing is reported changed after a failure
    assert len(unexpected_errors) == 1


def test_the_log_formatter_never_writes_an_exception_message(log_file: Path) -> None:
    try:
        raise ValueError(NAME)
    except ValueError:
        logging.getLogger("voimaa.somewhere").exception("saving failed")
    text = _read(log_file)
    assert "saving failed" in text and "ValueError" in text
    assert NAME not in text


def test_with_progress_is_synchronous_in_tests(sink: Sink) -> None:
    seen: list[int] = []
    Op(sink, lambda: threading.get_ident()).with_progress("Työskennellään…").success(
        seen.append
    ).changes(OpChanges.BUDGET).run()
    assert seen == [threading.get_ident()]  # done already, on this thread
    assert sink.heard == [OpChanges.BUDGET]


def test_with_progress_runs_in_a_worker_and_keeps_the_traceback(
    qtbot: QtBot,
    sink: Sink,
    answers: dict[str, object],
    unexpected_errors: list[logging.LogRecord],
    log_file: Path,
) -> None:
    tasks.set_synchronous(False)
    seen: list[int] = []
    Op(sink, lambda: threading.get_ident()).with_progress("…").success(seen.append).run()
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen[0] != threading.get_ident()

    def worker_breaks() -> None:
        raise RuntimeError(NAME)

    Op(sink, worker_breaks).with_progress("…").run()
    qtbot.waitUntil(lambda: bool(answers["asked"]), timeout=5000)
    text = _read(log_file)
    assert "in worker_breaks" in text and "RuntimeError" in text and NAME not in text


def test_task_callbacks_are_optional_and_an_error_keeps_its_traceback(qtbot: QtBot) -> None:
    tasks.set_synchronous(False)
    parent = QWidget()
    qtbot.addWidget(parent)
    errors: list[Exception] = []

    def work() -> None:
        raise ValueError("rikki")

    tasks.run_task(parent, "…", work, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    frames = []
    tb = errors[0].__traceback__
    while tb is not None:
        frames.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    assert "work" in frames
    tasks.run_task(parent, "…", lambda: None)  # no callbacks at all
    qtbot.waitUntil(lambda: not tasks._running, timeout=5000)


def test_excepthook_logs_and_tells_the_user(
    answers: dict[str, object],
    unexpected_errors: list[logging.LogRecord],
    log_file: Path,
) -> None:
    try:
        raise AttributeError(f"'NoneType' has no {NAME}")
    except AttributeError:
        app.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    text = _read(log_file)
    assert "excepthook" in text and "AttributeError" in text and NAME not in text
    assert answers["asked"][-1][1].startswith("Odottamaton virhe")  # type: ignore[index]


def test_a_user_error_is_never_logged(
    sink: Sink, answers: dict[str, object], log_file: Path
) -> None:
    def refuse() -> None:
        raise VoimaaError(f"{NAME} on jo ryhmässä.")

    Op(sink, refuse).run()
    assert NAME not in (_read(log_file) if log_file.exists() else "")


# ----- save_to_file ------------------------------------------------------------------------


@pytest.fixture
def dialog(monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    """The file dialog: records where it opened, answers with state['answer']."""
    state: dict[str, object] = {"opened_at": [], "answer": None}

    def save_path(parent: object, title: str, suggested: str, filters: str) -> str | None:
        state["opened_at"].append(suggested)  # type: ignore[attr-defined]
        return state["answer"]  # type: ignore[return-value]

    monkeypatch.setattr(ask, "save_path", save_path)
    return state


def test_save_to_file_adds_the_suffix_and_remembers_the_folder(
    dialog: dict[str, object], tmp_path: Path
) -> None:
    xlsx_or_pdf = "Excel-tiedosto (*.xlsx);;PDF (*.pdf)"
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = tmp_path / "viennit"
    folder.mkdir()

    dialog["answer"] = str(folder / "taulukko")
    assert ask.save_to_file(None, "attendance", "Vie", "läsnäolo.xlsx", xlsx_or_pdf) == (
        folder / "taulukko.xlsx"
    )
    dialog["answer"] = str(folder / "lista.PDF")  # an offered suffix is kept
    assert ask.save_to_file(None, "attendance", "Vie", "x.pdf", xlsx_or_pdf) == folder / "lista.PDF"
    dialog["answer"] = str(folder / "versio.2")  # not an offered suffix: the default is added
    assert ask.save_to_file(None, "attendance", "Vie", "x.xlsx", xlsx_or_pdf) == (
        folder / "versio.2.xlsx"
    )
    dialog["answer"] = None  # cancelled
    assert ask.save_to_file(None, "attendance", "Vie", "x.xlsx", xlsx_or_pdf) is None
    dialog["answer"] = str(folder / "kopio")
    assert ask.save_to_file(None, "backup", "Varmuuskopio", "v.sqlite3", "SQLite (*.sqlite3)") == (
        folder / "kopio.sqlite3"
    )

    opened = [Path(p) for p in dialog["opened_at"]]  # type: ignore[attr-defined]
    assert opened[0] == Path(documents or Path.home()) / "läsnäolo.xlsx"  # first: Documents
    assert opened[1] == folder / "x.pdf"  # then the folder last used for this kind
    assert opened[4].parent == Path(documents or Path.home())  # another kind: its own folder
