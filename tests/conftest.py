"""Shared fixtures: every test gets a fresh store in a temporary folder; Qt work is synchronous."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from voimaa.store import Store

TODAY = date(2026, 11, 23)


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test ever touches the user's real data folder."""
    data = tmp_path / "data"
    monkeypatch.setenv("VOIMAA_DATA_DIR", str(data))
    return data


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store.open(tmp_path / "store")
    yield s
    s.close()


@pytest.fixture
def demo_store(store: Store) -> Store:
    """A store holding the finished demo group (dates relative to TODAY)."""
    from voimaa import demo

    demo.create_demo(store, today=TODAY)
    return store


@pytest.fixture
def demo_group_id(demo_store: Store):  # type: ignore[no-untyped-def]
    from voimaa import demo, groups

    return groups.resolve_group(demo_store, demo.DEMO_GROUP_NAME)


@pytest.fixture
def data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """A data folder holding the demo group, made through the command line."""
    from tests.cli_support import run

    folder = str(tmp_path / "cli")
    assert run(capsys, "--data-dir", folder, "demo")[0] == 0
    return folder
