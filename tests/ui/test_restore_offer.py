"""After a damaged store was moved aside, the program offers its newest backup (issue 10, 1)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from pytestqt.qtbot import QtBot

from voimaa import groups
from voimaa.store import Backup, Recovery, Store
from voimaa.ui.app import offer_restore
from voimaa.ui.main_window import MainWindow


def _damaged_with_backup(store: Store, tmp_path: Path) -> Path:
    groups.create_group(store, groups.NewGroup(name="Ennen vikaa"))
    copy = store.backup(tmp_path / "varmuuskopio.sqlite3")
    groups.delete_group(store, groups.resolve_group(store, "Ennen vikaa"))
    store.recovery = Recovery(
        damaged=tmp_path / "vioittunut.sqlite3",
        backups=(Backup(copy, datetime(2026, 11, 30, 16, 5)),),
    )
    return copy


def test_the_newest_backup_is_offered_and_restored(
    qtbot: QtBot, store: Store, tmp_path: Path, answers: dict[str, object]
) -> None:
    _damaged_with_backup(store, tmp_path)
    window = MainWindow(store)
    qtbot.addWidget(window)
    assert window.group_list.count() == 0
    answers["confirm"] = True
    assert offer_restore(window, store) is True
    asked = answers["asked"]
    assert isinstance(asked, list)
    assert asked[0][0] == "confirm" and "30.11.2026 klo 16.05" in asked[0][1]
    assert asked[-1] == ("inform", "Varmuuskopio 30.11.2026 klo 16.05 palautettiin.")
    assert [g.name for g in groups.list_groups(store)] == ["Ennen vikaa"]
    assert window.group_list.count() == 1
    assert store.recovery is None


def test_declining_keeps_the_empty_store(
    qtbot: QtBot, store: Store, tmp_path: Path, answers: dict[str, object]
) -> None:
    _damaged_with_backup(store, tmp_path)
    window = MainWindow(store)
    qtbot.addWidget(window)
    answers["confirm"] = False
    assert offer_restore(window, store) is False
    assert groups.list_groups(store) == []


def test_nothing_is_asked_without_a_damaged_store(
    qtbot: QtBot, store: Store, answers: dict[str, object]
) -> None:
    window = MainWindow(store)
    qtbot.addWidget(window)
    assert offer_restore(window, store) is False
    assert answers["asked"] == []
