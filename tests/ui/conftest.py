"""Qt fixtures: background tasks run synchronously; modal questions go through `ask`."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def _synchronous_tasks() -> Iterator[None]:
    from voimaa.ui import tasks

    tasks.set_synchronous(True)
    yield
    tasks.set_synchronous(False)


@pytest.fixture(scope="session", autouse=True)
def _finnish_plurals(qapp):  # type: ignore[no-untyped-def]
    """As at start-up (ui/i18n.install): Qt's own texts are Finnish and plural messages get
    their Finnish forms."""
    from voimaa.ui import i18n

    i18n.install_qt_translation(qapp, "fi")
    i18n.install_finnish_plurals(qapp)


@pytest.fixture(scope="session", autouse=True)
def _wheel_guard(qapp):  # type: ignore[no-untyped-def]
    """As at start-up (ui/app.run): no widget takes the mouse wheel without focus."""
    from voimaa.ui import wheel_guard

    wheel_guard.install(qapp)


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """UI preferences (e.g. the last export folder) go to a temporary folder, not the user's."""
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("settings")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


class SystemCalls:
    """Stands in for the OS (voimaa.ui.desktop.OS): records every call, starts nothing.

    `results` says what each call returns (all True unless a test sets otherwise); `lp` is
    the path `which("lp")` finds (None: no lp)."""

    def __init__(self) -> None:
        self.platform = "linux"
        self.calls: list[tuple[str, object]] = []
        self.results: dict[str, bool] = {"open_url": True, "startfile": True, "launch": True}
        self.lp: str | None = "/usr/bin/lp"

    def open_url(self, url: object) -> bool:
        self.calls.append(("open_url", url.toLocalFile()))  # type: ignore[attr-defined]
        return self.results["open_url"]

    def startfile(self, path: object, verb: str) -> bool:
        self.calls.append(("startfile", (str(path), verb)))
        return self.results["startfile"]

    def which(self, program: str) -> str | None:
        return self.lp if program == "lp" else None

    def launch(self, argv: list[str]) -> bool:
        self.calls.append(("launch", list(argv)))
        return self.results["launch"]


@pytest.fixture(autouse=True)
def system_calls(monkeypatch: pytest.MonkeyPatch) -> SystemCalls:
    """No test opens a viewer, a file manager or a printer: the OS seam records instead."""
    from voimaa.ui import desktop

    fake = SystemCalls()
    monkeypatch.setattr(desktop, "OS", fake)
    return fake


@pytest.fixture(autouse=True)
def _private_spool(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """Files to print go to a temporary folder of the test."""
    from voimaa.ui import printing

    root = tmp_path_factory.mktemp("spool")
    monkeypatch.setattr(printing, "SPOOL_ROOT", root)
    return root


class _Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(autouse=True)
def _program_errors_fail(request: pytest.FixtureRequest) -> Iterator[list[logging.LogRecord]]:
    """An operation catches a program error (logs it, shows a notice) instead of raising it;
    the test still fails unless it asked for `unexpected_errors`."""
    handler = _Records()
    logger = logging.getLogger("voimaa.unexpected")
    logger.addHandler(handler)
    yield handler.records
    logger.removeHandler(handler)
    if handler.records and "unexpected_errors" not in request.fixturenames:
        pytest.fail(
            "a program error was caught by an operation:\n" + handler.records[0].getMessage()
        )


@pytest.fixture
def unexpected_errors(_program_errors_fail: list[logging.LogRecord]) -> list[logging.LogRecord]:
    """The program errors that operations logged during the test (the test expects some)."""
    return _program_errors_fail


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    """Scripted answers for voimaa.ui.ask; every question asked is recorded in answers['asked'].

    Set answers['confirm'] (bool), answers['text'] (str | None), answers['save_path'],
    answers['open_paths'], answers['file_choice'] (ask.OPEN, ask.SHOW_IN_FOLDER or None after
    an export) before the action. Warnings and infos are recorded, not shown.
    """
    from voimaa.ui import ask

    state: dict[str, object] = {
        "asked": [],
        "confirm": True,
        "text": None,
        "save_path": None,
        "open_paths": [],
        "file_choice": None,
    }
    asked: list[tuple[str, str]] = state["asked"]  # type: ignore[assignment]

    def confirm(parent, title, text, *, danger=False):  # type: ignore[no-untyped-def]
        asked.append(("confirm", text))
        return state["confirm"]

    def inform(parent, title, text):  # type: ignore[no-untyped-def]
        asked.append(("inform", text))

    def inform_file(parent, title, text):  # type: ignore[no-untyped-def]
        asked.append(("inform", text))
        return state["file_choice"]

    def warn(parent, title, text):  # type: ignore[no-untyped-def]
        asked.append(("warn", text))

    def get_text(parent, title, label, text=""):  # type: ignore[no-untyped-def]
        asked.append(("get_text", label))
        return state["text"]

    def save_path(parent, title, suggested, filters):  # type: ignore[no-untyped-def]
        asked.append(("save_path", title))
        return state["save_path"]

    def open_paths(parent, title, filters):  # type: ignore[no-untyped-def]
        asked.append(("open_paths", title))
        return state["open_paths"]

    for name, fn in (
        ("confirm", confirm),
        ("inform", inform),
        ("inform_file", inform_file),
        ("warn", warn),
        ("get_text", get_text),
        ("save_path", save_path),
        ("open_paths", open_paths),
    ):
        monkeypatch.setattr(ask, name, fn)
    return state
