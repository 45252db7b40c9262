"""The local store: where it lives, WAL, integrity check, damaged files, backups, newer schemas."""

from __future__ import annotations

import contextlib
import sqlite3
import uuid
from pathlib import Path

import pytest
from sqlalchemy import text

from voimaa import groups, paths
from voimaa.errors import StoreError
from voimaa.store import (
    DB_FILENAME,
    PLAINTEXT_HEADER,
    Store,
    check_integrity,
    configure_connection,
    connect,
    head_revision,
)


def test_new_store_is_created_at_head_with_wal_and_foreign_keys(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "d")
    assert store.path == tmp_path / "d" / DB_FILENAME
    assert store.current_revision() == head_revision()
    assert store.journal_mode == "wal"
    with store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    assert store.notices == []


def test_data_dir_precedence(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path / "env"))
    assert paths.data_dir() == tmp_path / "env"
    assert paths.data_dir(tmp_path / "explicit") == tmp_path / "explicit"
    monkeypatch.delenv(paths.DATA_DIR_ENV)
    default = paths.data_dir()
    assert "Voimaa" in str(default)
    assert default != tmp_path / "env"


def test_env_variable_decides_where_the_store_opens(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path / "via-env"))
    store = Store.open()
    assert store.path.parent == tmp_path / "via-env"


class _RefusesWal:
    """A DB-API connection stand-in whose file system refuses WAL (as network drives do)."""

    def __init__(self, path: Path) -> None:
        self.real = sqlite3.connect(path)
        self.executed: list[str] = []

    def cursor(self) -> _RefusesWal:
        return self

    def execute(self, sql: str) -> sqlite3.Cursor:
        self.executed.append(sql)
        if sql == "PRAGMA journal_mode=WAL":
            return self.real.execute("SELECT 'delete'")
        return self.real.execute(sql)

    def close(self) -> None:
        pass


def test_wal_is_read_back_and_falls_back_to_a_rollback_journal(tmp_path: Path) -> None:
    conn = _RefusesWal(tmp_path / "x.sqlite3")
    assert configure_connection(conn) == "delete"
    assert "PRAGMA journal_mode=DELETE" in conn.executed
    assert "PRAGMA foreign_keys=ON" in conn.executed


def test_damaged_file_is_moved_aside_not_overwritten(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    # An earlier Voimaa's plaintext file (SQLite's header) that is damaged: the plaintext
    # path of the store examines it as before (an encrypted file that the key does not open
    # is refused instead: tests/test_encryption.py).
    garbage = PLAINTEXT_HEADER + b"this is not a database at all" * 100
    (folder / DB_FILENAME).write_bytes(garbage)
    store = Store.open(folder)
    moved = [p for p in folder.iterdir() if ".vioittunut-" in p.name]
    assert len(moved) == 1
    assert moved[0].read_bytes() == garbage
    assert len(store.notices) == 1
    assert "vioittunut" in store.notices[0] and moved[0].name in store.notices[0]
    assert store.current_revision() == head_revision()
    assert groups.list_groups(store) == []


def test_corrupted_pages_are_detected(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "d")
    for i in range(30):
        groups.create_group(store, groups.NewGroup(name=f"Ryhmä {i}"))
    store.close()
    with contextlib.closing(connect(store.path, store.key)) as c:
        c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = bytearray(store.path.read_bytes())
    page = 4096
    raw[page * 3 : page * 3 + 200] = b"\xff" * 200
    store.path.write_bytes(bytes(raw))
    assert check_integrity(store.path, key=store.key) is not None


def test_session_rolls_back_the_whole_unit_of_work(store: Store) -> None:
    from voimaa.models import Group

    with pytest.raises(RuntimeError), store.session() as s:
        s.add(Group(name="Kesken jäävä"))
        s.flush()
        raise RuntimeError("boom")
    assert groups.list_groups(store) == []


def test_backup_uses_sqlite_backup_and_is_a_complete_copy(store: Store, tmp_path: Path) -> None:
    groups.create_group(store, groups.NewGroup(name="Varmuuskopioitava"))
    copy = store.backup(tmp_path / "copy.sqlite3")
    with contextlib.closing(connect(copy, store.key)) as c:
        names = [r[0] for r in c.execute('SELECT name FROM "group"')]
    assert names == ["Varmuuskopioitava"]


def test_store_made_by_a_newer_voimaa_is_refused(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "d")
    store.close()
    with contextlib.closing(connect(store.path, store.key)) as c:
        c.execute("UPDATE alembic_version SET version_num = 'ffffffffffff'")
        c.commit()
    with pytest.raises(StoreError, match="uudemmalla"):
        Store.open(tmp_path / "d")


def test_every_row_has_a_uuid_and_timestamps(store: Store) -> None:
    summary = groups.create_group(store, groups.NewGroup(name="Aikaleimat"))
    assert isinstance(summary.id, uuid.UUID)
    from voimaa.models import Group, GroupSession

    with store.session() as s:
        group = s.get(Group, summary.id)
        assert group is not None
        created, updated = group.created_at, group.updated_at
        assert created.tzinfo is not None and updated.tzinfo is not None
        session_ids = {x.id for x in s.query(GroupSession).all()}
    assert len(session_ids) == 8 and all(isinstance(i, uuid.UUID) for i in session_ids)
    groups.rename_group(store, summary.id, "Uusi nimi")
    with store.session() as s:
        group = s.get(Group, summary.id)
        assert group is not None
        assert group.created_at == created
        assert group.updated_at > updated
