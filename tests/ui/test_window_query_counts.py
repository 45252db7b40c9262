"""The main window shows a group with as many SQL statements in a store of 50 groups as in
one of 5: the group list, the header and all eight sections (each built once first)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.conftest import _store_from
from tests.test_query_counts import statements_of
from voimaa import demo, groups
from voimaa.ui.main_window import MainWindow


def _window_statements(qtbot: QtBot, template: Path, folder: Path) -> int:
    store = _store_from(template, folder)
    try:
        demo_id = groups.resolve_group(store, demo.DEMO_GROUP_NAME)
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
    qtbot: QtBot, tmp_path: Path, generated_store_files: dict[int, Path]
) -> None:
    counts = {
        n: _window_statements(qtbot, template, tmp_path / str(n))
        for n, template in generated_store_files.items()
    }
    assert counts[5] == counts[50], counts
