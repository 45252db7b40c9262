"""The main window shows a group with as many SQL statements in a store of 50 groups as in
one of 5: the group list, the header and all eight sections (each built once first)."""

from __future__ import annotations

from pathlib import Path

import pytest
from bench.store_generator import populate
from pytestqt.qtbot import QtBot

from tests.conftest import TODAY
from tests.test_query_counts import statements_of
from voimaa import demo
from voimaa.store import Store
from voimaa.ui.main_window import MainWindow


def _window_statements(qtbot: QtBot, folder: Path, n: int) -> int:
    store = Store.open(folder)
    try:
        populate(store, n, seed=n)
        demo_id, _ = demo.create_demo(store, today=TODAY)
        window = MainWindow(store)
        qtbot.addWidget(window)
        window.show()
        for index in range(window.tabs.count()):  # build every section
            window.tabs.setCurrentIndex(index)
        shown = statements_of(store, lambda: window.refresh_groups(select=demo_id))
        assert window.current_group_id() == demo_id
        window.close()
        return shown
    finally:
        store.close()


def test_showing_a_group_does_not_grow_with_the_groups(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    counts = {}
    for n in (5, 50):
        monkeypatch.setenv("VOIMAA_DATA_DIR", str(tmp_path / str(n)))
        counts[n] = _window_statements(qtbot, tmp_path / str(n), n)
    assert counts[5] == counts[50], counts
