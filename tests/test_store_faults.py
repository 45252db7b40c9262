"""Faults around the store file: locks, read-only and unreadable files, foreign and half-made
databases, unclean shutdowns, full disks, interrupted first starts (issue 10, points 1–6)."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import random
import signal
import sqlite3
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import event, func, select, text
from sqlalchemy.exc import OperationalError

from tests.conftest import TODAY
from voimaa import demo, groups, keys
from voimaa import store as store_module
from voimaa.backups import key_file_of
from voimaa.errors import StoreError
from voimaa.models import Group, Participant
from voimaa.store import (
    DB_ERRORS,
    DB_FILENAME,
    OPEN_MARKER,
    PLAINTEXT_HEADER,
    Fault,
    Store,
    alembic_config,
    check_integrity,
    classify,
    connect,
    head_revision,
)

IN_USE = "Tietokanta on toisen ohjelman käytössä: sulje toinen Voimaa-ikkuna"


def _snapshot(folder: Path) -> dict[str, str]:
    """Every file in the folder with a hash of its content (lock and marker files left out)."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file() and not p.name.endswith(".lukko") and not p.name.startswith(OPEN_MARKER)
    }


def _connect(path: Path, **kw: Any) -> Any:
    """A raw connection to the (encrypted) store at `path`, its key from the key file."""
    key, _ = keys.unattended_key(path.parent)
    return connect(path, key, **kw)


def _made(folder: Path, names: tuple[str, ...] = ("Ryhmä A", "Ryhmä B")) -> Path:
    s = Store.open(folder)
    for name in names:
        groups.create_group(s, groups.NewGroup(name=name))
    s.close()
    return folder / DB_FILENAME


# -- point 1: locked, busy, read-only, unopenable, I/O faults are not corruption ---------------


def test_a_store_locked_by_another_connection_is_not_moved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "d"
    path = _made(folder)
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_MS", 200)
    holder = _connect(path)
    holder.isolation_level = None
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("UPDATE \"group\" SET notes = 'lukittu'")
    before = _snapshot(folder)
    try:
        with pytest.raises(StoreError, match=IN_USE):
            Store.open(folder)
        assert _snapshot(folder) == before
        assert not [p for p in folder.iterdir() if "vioittunut" in p.name]
    finally:
        holder.rollback()
        holder.close()
    s = Store.open(folder)
    assert [g.name for g in groups.list_groups(s)] == ["Ryhmä A", "Ryhmä B"]
    assert s.notices == []
    s.close()


@pytest.mark.parametrize(
    ("raw", "fault", "message"),
    [
        ("database is locked", Fault.IN_USE, "toisen ohjelman käytössä"),
        ("attempt to write a readonly database", Fault.READ_ONLY, "vain luku"),
        ("unable to open database file", Fault.CANNOT_OPEN, "ei voi avata"),
        ("disk I/O error", Fault.DISK_IO, "Levyn lukeminen tai kirjoittaminen"),
        ("database or disk is full", Fault.DISK_FULL, "Levy on täynnä"),
    ],
)
def test_faults_that_are_not_corruption_move_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, raw: str, fault: Fault, message: str
) -> None:
    folder = tmp_path / "d"
    _made(folder)
    before = _snapshot(folder)

    def refuse(*_args: object) -> sqlite3.Connection:
        raise sqlite3.OperationalError(raw)

    assert classify(sqlite3.OperationalError(raw)) is fault
    monkeypatch.setattr(store_module, "_ro_connect", refuse)
    with pytest.raises(StoreError, match=message):
        Store.open(folder)
    assert _snapshot(folder) == before


def test_real_sqlite_error_codes_are_classified(tmp_path: Path) -> None:
    with pytest.raises(sqlite3.Error) as cannot:
        sqlite3.connect(tmp_path / "no-such-folder" / "x.sqlite3").execute("SELECT 1")
    assert classify(cannot.value) is Fault.CANNOT_OPEN
    path = _made(tmp_path / "d")
    ro = _connect(path, readonly=True)
    with pytest.raises(DB_ERRORS) as readonly:
        ro.execute('DELETE FROM "group"')
    ro.close()
    assert classify(readonly.value) is Fault.READ_ONLY
    assert classify(OSError(errno.ENOSPC, "No space left on device")) is Fault.DISK_FULL


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="needs POSIX non-root")
def test_a_healthy_store_in_a_read_only_folder_is_not_moved(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    _made(folder)
    before = _snapshot(folder)
    folder.chmod(0o555)
    try:
        with pytest.raises(StoreError):
            Store.open(folder)
    finally:
        folder.chmod(0o755)
    assert _snapshot(folder) == before


def test_a_damaged_store_offers_the_newest_backup_and_can_be_restored(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    s = Store.open(folder)
    groups.create_group(s, groups.NewGroup(name="Talletettu"))
    s.backup(reason="vanhempi")
    time.sleep(0.01)
    newest = s.backup(reason="uusin")
    s.close()
    (folder / DB_FILENAME).write_bytes(b"not a database" * 500)
    s = Store.open(folder)
    assert s.recovery is not None and s.recovery.newest is not None
    assert s.recovery.newest.path == newest
    assert len(s.recovery.backups) == 2
    assert str(newest) in s.notices[0] and "vioittunut" in s.notices[0]
    assert groups.list_groups(s) == []
    moved_aside = s.restore(s.recovery.newest.path)
    assert moved_aside.exists()
    assert [g.name for g in groups.list_groups(s)] == ["Talletettu"]
    assert s.recovery is None
    s.close()


def test_a_damaged_store_without_backups_says_so(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    # A damaged plaintext store of an earlier Voimaa (an encrypted file that the key does not
    # open, with no backup that it does, is refused as is: tests/test_encryption.py).
    (folder / DB_FILENAME).write_bytes(PLAINTEXT_HEADER + b"garbage" * 1000)
    s = Store.open(folder)
    assert s.recovery is not None and s.recovery.backups == ()
    assert "Varmuuskopioita ei ole" in s.notices[0]
    s.close()


# -- point 2: an atomic first start; a half-made store is rebuilt ------------------------------


def test_migration_ddl_is_rolled_back_with_its_transaction(tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite3"
    engine = store_module._engine(path, wal=False)
    with pytest.raises(RuntimeError), engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
        raise RuntimeError("killed before the commit")
    with engine.connect() as conn:
        tables = conn.execute(text("SELECT name FROM sqlite_master WHERE type='table'")).all()
    engine.dispose()
    assert tables == []


def test_a_first_start_that_fails_leaves_nothing_half_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "d"
    real_replace = os.replace

    def full_disk(src: object, dst: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(store_module.os, "replace", full_disk)
    with pytest.raises(StoreError, match="Levy on täynnä"):
        Store.open(folder)
    assert not (folder / DB_FILENAME).exists()
    assert not list(folder.glob("*.tmp"))
    monkeypatch.setattr(store_module.os, "replace", real_replace)
    s = Store.open(folder)
    assert s.current_revision() == head_revision() and s.notices == []
    s.close()


def _half_made(folder: Path, *, rows: bool) -> Path:
    """What an earlier version left when killed during its first start: some of the schema."""
    path = _made(folder, ("Rivi",) if rows else ())
    with contextlib.closing(_connect(path)) as c:
        c.execute("PRAGMA foreign_keys=OFF")
        for table in ("feedback_response", "eurohis_response", "budget_line"):
            c.execute(f'DROP TABLE IF EXISTS "{table}"')
        c.execute("DELETE FROM alembic_version")
        c.commit()
    return path


def test_a_half_made_store_from_an_earlier_version_is_rebuilt(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    _half_made(folder, rows=False)
    s = Store.open(folder)
    assert s.current_revision() == head_revision()
    groups.create_group(s, groups.NewGroup(name="Toimii"))
    assert [g.name for g in groups.list_groups(s)] == ["Toimii"]
    s.close()


def test_a_half_made_store_with_rows_is_kept_aside(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    _half_made(folder, rows=True)
    s = Store.open(folder)
    kept = list(folder.glob("voimaa.keskenerainen-*.sqlite3"))
    assert len(kept) == 1 and kept[0].name in s.notices[0]
    assert groups.list_groups(s) == []
    s.close()


def _work(folder: Path) -> None:
    s = Store.open(folder)
    demo.create_demo(s, today=TODAY)
    s.close()


def _fork(fn: Callable[[], None]) -> int:
    pid = os.fork()
    if pid == 0:  # the child: do the work and leave without running the parent's clean-ups
        code = 0
        try:
            fn()
        except BaseException:
            code = 3
        os._exit(code)
    return pid


def _assert_whole(folder: Path, *, expect_demo: bool | None = None, add_demo: bool = False) -> None:
    """The store opens at head with no half-made demo group (then, optionally, `voimaa demo`)."""
    s = Store.open(folder)
    try:
        assert s.current_revision() == head_revision()
        for step in ("after the kill", "after voimaa demo") if add_demo else ("now",):
            if step == "after voimaa demo":
                demo.create_demo(s, today=TODAY)
                expect_demo = True
            with s.session() as session:
                demos = session.scalars(
                    select(Group).where(Group.name == demo.DEMO_GROUP_NAME)
                ).all()
                assert len(demos) <= 1, step
                for group in demos:
                    people = session.scalar(
                        select(func.count(Participant.id)).where(Participant.group_id == group.id)
                    )
                    assert (len(group.sessions), people) == (8, 7), step
            if expect_demo is not None and step != "after the kill":
                assert bool(demos) == expect_demo, step
    finally:
        s.close()


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_kill_9_during_the_first_start_and_the_demo_never_leaves_a_half_made_store(
    tmp_path: Path,
) -> None:
    started = time.monotonic()
    _work(tmp_path / "timing")
    duration = time.monotonic() - started
    rng = random.Random(10)
    for i in range(15):
        folder = tmp_path / f"k{i}"
        pid = _fork(lambda folder=folder: _work(folder))  # type: ignore[misc]
        time.sleep(rng.uniform(0, duration))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        _assert_whole(folder, add_demo=True)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_concurrent_first_starts_make_one_store_and_one_demo_group(tmp_path: Path) -> None:
    for i in range(4):
        folder = tmp_path / f"c{i}"
        pids = [_fork(lambda folder=folder: _work(folder)) for _ in range(2)]  # type: ignore[misc]
        codes = [os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) for pid in pids]
        assert codes == [0, 0]
        _assert_whole(folder, expect_demo=True)


# -- point 3: the demo is one transaction, a half-made demo is replaced ------------------------


def test_a_half_made_demo_from_an_earlier_version_is_replaced(store: Store) -> None:
    groups.create_group(store, groups.NewGroup(name=demo.DEMO_GROUP_NAME))  # 8 sessions, nobody
    group_id, created = demo.create_demo(store, today=TODAY)
    assert created
    again, created_again = demo.create_demo(store, today=TODAY)
    assert (again, created_again) == (group_id, False)
    with store.session() as s:
        assert s.scalar(select(func.count(Group.id))) == 1
        assert s.scalar(select(func.count(Participant.id))) == 7


def test_a_failing_demo_leaves_nothing(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*_args: object, **_kw: object) -> None:
        raise RuntimeError("killed halfway")

    monkeypatch.setattr(demo.audit, "record", fail)
    with pytest.raises(RuntimeError):
        demo.create_demo(store, today=TODAY)
    assert groups.list_groups(store) == []


def test_nested_sessions_join_the_outer_transaction(store: Store) -> None:
    with pytest.raises(RuntimeError), store.session():
        groups.create_group(store, groups.NewGroup(name="Sisempi"))
        raise RuntimeError("the action fails after its first step")
    assert groups.list_groups(store) == []
    with store.session():
        groups.create_group(store, groups.NewGroup(name="Jää"))
        with pytest.raises(RuntimeError), store.session() as inner:
            inner.add(Group(name="Peruttu"))
            inner.flush()
            raise RuntimeError("only the inner step is undone")
    assert [g.name for g in groups.list_groups(store)] == ["Jää"]


# -- point 4: a foreign SQLite file is refused and left as it is -------------------------------


def test_a_foreign_sqlite_file_is_refused_and_unchanged(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    path = folder / DB_FILENAME
    with sqlite3.connect(path) as c:
        c.execute("CREATE TABLE recipe (name TEXT)")
        c.execute("INSERT INTO recipe VALUES ('karjalanpiirakka')")
    c.close()
    before = _snapshot(folder)
    with pytest.raises(StoreError, match="jonkin muun ohjelman tietokanta"):
        Store.open(folder)
    assert _snapshot(folder) == before


def test_a_foreign_file_with_its_own_alembic_version_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    path = folder / DB_FILENAME
    with sqlite3.connect(path) as c:
        c.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        c.execute("INSERT INTO alembic_version VALUES ('abc123')")
        c.execute("CREATE TABLE invoice (id INTEGER)")
    c.close()
    before = _snapshot(folder)
    with pytest.raises(StoreError, match="jonkin muun ohjelman"):
        Store.open(folder)
    assert _snapshot(folder) == before


# -- point 5: integrity_check after an unclean shutdown ----------------------------------------


def _break_an_index(path: Path) -> None:
    """An index whose entries no longer match its definition: quick_check does not see it."""
    with contextlib.closing(_connect(path)) as c:
        c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        c.execute("PRAGMA writable_schema=ON")
        c.execute(
            "UPDATE sqlite_master SET sql = 'CREATE INDEX ix_audit_event_action ON "
            "audit_event (target)' WHERE name = 'ix_audit_event_action'"
        )
        c.commit()


def test_unclean_shutdown_runs_integrity_check_and_repairs_an_index(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    path = _made(folder)
    _break_an_index(path)
    key, _ = keys.unattended_key(folder)
    assert check_integrity(path, key=key) is None  # quick_check finds nothing
    assert check_integrity(path, thorough=True, key=key) is not None
    clean = Store.open(folder)  # a clean previous close: only quick_check
    assert clean.notices == []
    clean.close()
    (folder / f"{OPEN_MARKER}kaatui").touch()  # left by a process that was killed
    s = Store.open(folder)
    assert len(s.notices) == 1
    assert "hakemistoissa" in s.notices[0] and "ennen-korjausta" in s.notices[0]
    assert check_integrity(path, thorough=True, key=key) is None
    assert [g.name for g in groups.list_groups(s)] == ["Ryhmä A", "Ryhmä B"]
    assert not (folder / f"{OPEN_MARKER}kaatui").exists()
    s.close()


def test_unclean_shutdown_with_a_healthy_store_says_nothing_was_found(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    _made(folder)
    (folder / f"{OPEN_MARKER}kaatui").touch()
    s = Store.open(folder)
    assert s.notices == [
        "Voimaa ei sulkeutunut viime kerralla hallitusti. Tietokanta tarkistettiin kokonaan: "
        "virheitä ei löytynyt."
    ]
    s.close()
    s = Store.open(folder)
    assert s.notices == []
    s.close()


def test_a_store_open_elsewhere_is_not_an_unclean_shutdown(tmp_path: Path) -> None:
    first = Store.open(tmp_path / "d")
    second = Store.open(tmp_path / "d")
    assert second.notices == []
    second.close()
    first.close()
    assert not list((tmp_path / "d").glob(f"{OPEN_MARKER}*"))


# -- point 6: an empty or unusable data folder is bad input ------------------------------------


@pytest.mark.parametrize("value", ["", "   "])
def test_an_empty_data_folder_is_refused(value: str, tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="kansio puuttuu"):
        Store.open(value)


def test_a_file_as_the_data_folder_is_refused(tmp_path: Path) -> None:
    plain = tmp_path / "tiedosto"
    plain.write_text("x")
    with pytest.raises(StoreError, match=r"Valitse toinen kansio|ei ole kansio"):
        Store.open(plain)


# -- point 8: a full disk during store writes and backups --------------------------------------


def test_a_full_disk_during_a_store_write_keeps_the_previous_state(store: Store) -> None:
    groups.create_group(store, groups.NewGroup(name="Ennen"))
    store.engine.dispose()

    @event.listens_for(store.engine, "connect")
    def _tiny(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count={pages}")

    with pytest.raises(StoreError, match="Levy on täynnä"):
        for i in range(200):
            groups.create_group(store, groups.NewGroup(name=f"Lisä {i} " + "x" * 150))
    names = [g.name for g in groups.list_groups(store)]
    assert "Ennen" in names
    assert check_integrity(store.path, key=store.key) is None


def test_a_full_disk_during_a_backup_leaves_the_previous_copy_and_no_temp_file(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    groups.create_group(store, groups.NewGroup(name="Vanha kopio"))
    dest = tmp_path / "kopio.sqlite3"
    store.backup(dest)
    before = dest.read_bytes()
    groups.create_group(store, groups.NewGroup(name="Uudempi"))

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(store_module.os, "fsync", full)
    with pytest.raises(StoreError, match="Levy on täynnä"):
        store.backup(dest)
    assert dest.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")) == []
    # (the first copy's key file lies beside it: backups.key_file_of)
    leftovers = [p for p in tmp_path.iterdir() if "kopio.sqlite3" in p.name and p != dest]
    assert leftovers == [key_file_of(dest)]


def test_a_full_disk_during_an_erasure_keeps_the_person_and_says_so(
    demo_store: Store, demo_group_id: uuid.UUID
) -> None:
    """The erasure is one transaction: when its commit cannot be written, nothing is erased."""
    from voimaa import roster

    person = roster.list_participants(demo_store, demo_group_id)[0]

    def full(_conn: object) -> None:  # what SQLAlchemy raises when the driver's COMMIT fails
        raise OperationalError("COMMIT", {}, sqlite3.OperationalError("database or disk is full"))

    event.listen(demo_store.engine, "commit", full)
    try:
        with pytest.raises(StoreError, match="Levy on täynnä"):
            roster.erase_participant(demo_store, person.id)
    finally:
        event.remove(demo_store.engine, "commit", full)
    with demo_store.session() as s:
        assert s.get(Participant, person.id) is not None
    assert [p.id for p in roster.list_participants(demo_store, demo_group_id)].count(person.id) == 1
