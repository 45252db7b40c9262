"""The protected store in the window: the lock hides personal data and keeps unsaved fields; the
first-start and unlock dialogs; restoring a backup from the Suojaus menu."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableView,
    QTextEdit,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.conftest import TEST_PASSPHRASE
from voimaa import demo, groups, keys, roster, safekeeping
from voimaa.store import Store
from voimaa.ui import ask, unlock
from voimaa.ui.main_window import MainWindow
from voimaa.ui.protection import RestoreDialog


def _texts(widget: QWidget) -> list[str]:
    """Every text a person (or a screen reader) can get at in the visible parts of `widget`."""
    found: list[str] = [widget.windowTitle()]
    for w in [widget, *widget.findChildren(QWidget)]:
        if not w.isVisible():
            continue
        found += [w.accessibleName(), w.toolTip()]
        if isinstance(w, (QLabel, QAbstractButton, QLineEdit)):
            found.append(w.text())
        if isinstance(w, (QPlainTextEdit, QTextEdit)):
            found.append(w.toPlainText())
        if isinstance(w, QComboBox):
            found += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QListWidget):
            found += [w.item(i).text() for i in range(w.count())]
        if isinstance(w, (QTableView, QTreeView)) and w.model() is not None:
            m = w.model()
            found += [
                str(m.index(r, c).data() or "")
                for r in range(m.rowCount())
                for c in range(m.columnCount())
            ]
    return found


def test_the_lock_hides_every_name_and_keeps_unsaved_fields(
    qtbot: QtBot, demo_store: Store, demo_group_id: object
) -> None:
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.show()
    names = [p.name for p in roster.list_participants(demo_store, demo_group_id)]  # type: ignore[arg-type]
    window.tabs.setCurrentIndex(1)  # the participants
    assert any(n in t for t in _texts(window) for n in names)  # visible before the lock
    editor = QLineEdit(window.tabs.currentWidget())
    editor.setText("keskeneräinen muistiinpano")
    editor.show()
    other = QDialog(window)
    other.setWindowTitle(names[0])
    other.show()

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.tabs.currentWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.lock_guard.locked
    seen = _texts(window) + [
        t for w in QApplication.topLevelWidgets() if w.isVisible() for t in _texts(w)
    ]
    for name in [*names, demo.DEMO_GROUP_NAME, "keskeneräinen muistiinpano"]:
        assert not any(name in t for t in seen), name
    assert not window.menuBar().isEnabled() and not other.isVisible()

    screen = window.lock_guard.screen
    assert screen is not None
    screen.field.setText("väärä tunnuslause")
    screen.try_unlock()
    assert window.lock_guard.locked and "väärä" in screen.problem.text()
    screen.field.setText(TEST_PASSPHRASE)
    screen.try_unlock()
    assert not window.lock_guard.locked and window.menuBar().isEnabled()
    assert editor.text() == "keskeneräinen muistiinpano" and other.isVisible()
    assert any(n in t for t in _texts(window) for n in names)


def test_the_lock_follows_the_idle_time(qtbot: QtBot, store: Store) -> None:
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    guard = window.lock_guard
    assert guard.timer.interval() == 15 * 60_000 and guard.timer.isActive()
    guard.timer.setInterval(30)
    guard.timer.start()
    qtbot.waitUntil(lambda: guard.locked, timeout=2000)


def test_first_start_refuses_a_weak_passphrase_and_checks_the_recovery_key(
    qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = unlock.FirstStartDialog(tmp_path)
    qtbot.addWidget(dialog)
    dialog.first.setText("salasana")
    dialog.second.setText("salasana")
    dialog._to_recovery()
    assert dialog.pages.currentIndex() == 0 and "lyhyt" in dialog.problem.text()
    dialog.first.setText("kolme iloista hirveä metsässä")
    dialog.second.setText("kolme iloista hirveä metsässä")
    dialog._to_recovery()
    assert dialog.pages.currentIndex() == 1 and dialog.made is not None
    assert dialog.key_label.text() == dialog.made.recovery_key
    assert not keys.has_key_file(tmp_path)  # written only when the store is made
    dialog.check_field.setText("00000")
    dialog._finish()
    assert (
        dialog.result() != QDialog.DialogCode.Accepted and "täsmää" in dialog.check_problem.text()
    )
    dialog.check_field.setText(dialog.expected_group().lower())
    dialog._finish()
    assert dialog.result() == QDialog.DialogCode.Accepted
    opened = Store.open(tmp_path, new_keys=dialog.made)
    assert keys.unlock(tmp_path, "kolme iloista hirveä metsässä") == opened.key
    opened.close()


def test_the_unlock_dialog_says_a_wrong_passphrase_and_takes_the_recovery_key(
    qtbot: QtBot, tmp_path: Path
) -> None:
    made = keys.create(tmp_path, "oikea tunnuslause tässä")
    dialog = unlock.UnlockDialog(tmp_path)
    qtbot.addWidget(dialog)
    for _ in range(4):
        dialog.field.setText("väärin meni taas")
        dialog.try_open()
        assert dialog.key is None and "Tunnuslause on väärä" in dialog.problem.text()
    dialog.use_recovery.setChecked(True)
    informed: list[str] = []
    pytest.MonkeyPatch().setattr(ask, "inform", lambda *a: informed.append(a[2]))
    dialog.field.setText(made.recovery_key)
    dialog.try_open()
    assert dialog.key == made.db_key and informed


def test_restore_lists_backups_backs_up_first_and_keeps_the_older_ones(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    groups.create_group(store, groups.NewGroup(name="Ensimmäinen"))
    first = store.backup(reason="eka")
    groups.create_group(store, groups.NewGroup(name="Toinen"))
    window = MainWindow(store)
    qtbot.addWidget(window)
    monkeypatch.setattr(ask, "confirm", lambda *a, **k: True)
    monkeypatch.setattr(ask, "inform", lambda *a, **k: None)
    dialog = RestoreDialog(window, store)
    qtbot.addWidget(dialog)
    texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert texts and "ryhmiä 1, osallistujia 0" in texts[0]
    assert str(store.backup_dir) in dialog.status.text()
    dialog.restore_selected()
    assert [g.name for g in groups.list_groups(store)] == ["Ensimmäinen"]
    summaries = safekeeping.list_summaries(store)
    assert first in [s.path for s in summaries]  # the older backup is still there
    assert summaries[0].groups == 2  # the state before the restore was backed up first


def test_the_access_log_window_filters_by_code(
    qtbot: QtBot, demo_store: Store, demo_group_id: object
) -> None:
    from voimaa import audit
    from voimaa.ui.access_log import AccessLogDialog

    person = roster.list_participants(demo_store, demo_group_id)[0]  # type: ignore[arg-type]
    audit.record_event(demo_store, "eurohis.edit", group_id=demo_group_id, target=person.code)  # type: ignore[arg-type]
    dialog = AccessLogDialog(demo_store)
    qtbot.addWidget(dialog)
    everything = dialog.table.rowCount()
    assert everything >= 2
    dialog.code.setText(person.code)
    assert 1 <= dialog.table.rowCount() < everything
    texts = [
        dialog.table.item(r, c).text()
        for r in range(dialog.table.rowCount())
        for c in range(dialog.table.columnCount())
    ]
    assert person.code in texts and person.name not in " ".join(texts)


def test_the_passphrase_dialog_changes_it_and_refuses_a_weak_one(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from voimaa.ui.protection import PassphraseDialog

    monkeypatch.setattr(ask, "inform", lambda *a, **k: None)
    dialog = PassphraseDialog(store)
    qtbot.addWidget(dialog)
    dialog.old.setText(TEST_PASSPHRASE)
    dialog.new.setText("lyhyt")
    dialog.again.setText("lyhyt")
    dialog.change()
    assert "lyhyt" in dialog.problem.text()
    dialog.new.setText("uusi pitkä tunnuslause")
    dialog.again.setText("uusi pitkä tunnuslause")
    dialog.change()
    assert keys.unlock(store.data_dir, "uusi pitkä tunnuslause") == store.key
    assert any("uusi-tunnuslause" in p.name for p in store.backup_dir.iterdir())
