"""Qt fixtures: background tasks run synchronously; modal questions go through `ask`."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def _synchronous_tasks() -> Iterator[None]:
    from voimaa.ui import tasks

    tasks.set_synchronous(True)
    yield
    tasks.set_synchronous(False)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    """Scripted answers for voimaa.ui.ask; every question asked is recorded in answers['asked'].

    Set answers['confirm'] (bool), answers['text'] (str | None), answers['save_path'],
    answers['open_paths'] before the action. Warnings and infos are recorded, not shown.
    """
    from voimaa.ui import ask

    state: dict[str, object] = {
        "asked": [],
        "confirm": True,
        "text": None,
        "save_path": None,
        "open_paths": [],
    }
    asked: list[tuple[str, str]] = state["asked"]  # type: ignore[assignment]

    def confirm(parent, title, text, *, danger=False):  # type: ignore[no-untyped-def]
        asked.append(("confirm", text))
        return state["confirm"]

    def inform(parent, title, text):  # type: ignore[no-untyped-def]
        asked.append(("inform", text))

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
        ("warn", warn),
        ("get_text", get_text),
        ("save_path", save_path),
        ("open_paths", open_paths),
    ):
        monkeypatch.setattr(ask, name, fn)
    return state
