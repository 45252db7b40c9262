"""The protected store: encrypted at rest (db, WAL, backups, key file), the key file's two slots,
passphrase change without re-encryption, and the plaintext store of an earlier Voimaa encrypted
on its first start (with a kill -9 loop)."""

from __future__ import annotations

import contextlib
import json
import os
import random
import signal
import sqlite3
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import TEST_PASSPHRASE
from voimaa import backups, encryption, groups, keys, roster
from voimaa.errors import StoreError, ValidationError
from voimaa.store import BACKUP_DIRNAME, DB_FILENAME, Store, alembic_config, connect, is_plaintext

SECRETS = ("Zyxwvut Qöppänen", "0401234987", "paniikkihäiriö-XQ17", "erityisruokavalio-ZZ9")


def _personal(store: Store) -> list[str]:
    """A group with a participant whose name, phone and notes are unique strings; returns them
    with the participant's code."""
    g = groups.create_group(store, groups.NewGroup(name="Salattu ryhmä Kvxq"))
    p = roster.add_participant(
        store,
        g.id,
        roster.ParticipantData(
            name=SECRETS[0],
            phone=SECRETS[1],
            intake_notes=SECRETS[2],
            considerations=SECRETS[3],
        ),
        today=date(2026, 11, 23),
    )
    return [*SECRETS, "Salattu ryhmä Kvxq", p.code]


def _assert_nowhere(files: list[Path], needles: list[str]) -> None:
    assert files
    for f in files:
        raw = f.read_bytes()
        for needle in needles:
            for form in (needle.encode("utf-8"), needle.encode("utf-16-le")):
                assert form not in raw, f"{needle!r} readable in {f.name}"


def test_db_wal_shm_backups_and_key_file_hold_no_personal_text(
    store: Store, new_store: Callable[[Path], Store], tmp_path: Path
) -> None:
    needles = _personal(store)
    wal = store.path.with_name(DB_FILENAME + "-wal")
    shm = store.path.with_name(DB_FILENAME + "-shm")
    assert wal.exists() and wal.stat().st_size > 0 and shm.exists()  # the changes are in the WAL
    auto = store.backup()
    usb = store.backup(tmp_path / "usb" / "kopio.sqlite3")
    files = [store.path, wal, shm, auto, usb, keys.key_path(store.data_dir)]
    files += [backups.key_file_of(auto), backups.key_file_of(usb)]
    _assert_nowhere(files, needles)
    # the plain sqlite3 module cannot read any of the databases
    for db in (store.path, auto, usb):
        with pytest.raises(sqlite3.DatabaseError), contextlib.closing(sqlite3.connect(db)) as c:
            c.execute("SELECT count(*) FROM sqlite_master").fetchone()
    # ... and the data is all there for the key
    with contextlib.closing(connect(usb, store.key)) as c:
        assert c.execute("SELECT name FROM participant").fetchone()[0] == SECRETS[0]
    # the coordinator's own store is the same kind of store: encrypted too
    coordinator = new_store(tmp_path / "koordinaattori")
    groups.create_group(coordinator, groups.NewGroup(name="Salattu ryhmä Kvxq"))
    coordinator.close()
    _assert_nowhere([coordinator.path], ["Salattu ryhmä Kvxq"])


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_store_key_file_and_backups_are_private(store: Store, tmp_path: Path) -> None:
    groups.create_group(store, groups.NewGroup(name="Yksityinen"))
    auto = store.backup()
    usb = store.backup(tmp_path / "kopio.sqlite3")
    for f in (
        store.path,
        store.path.with_name(DB_FILENAME + "-wal"),
        keys.key_path(store.data_dir),
        auto,
        backups.key_file_of(auto),
        usb,
        backups.key_file_of(usb),
    ):
        assert f.stat().st_mode & 0o777 == 0o600, f.name


def test_the_key_file_holds_a_random_key_in_two_slots_with_its_parameters(tmp_path: Path) -> None:
    made = keys.create(tmp_path, "neljä sanaa peräkkäin tässä")
    data = json.loads(keys.key_path(tmp_path).read_text())
    assert set(data["slots"]) == {"passphrase", "recovery"}
    slot = data["slots"]["passphrase"]
    assert slot["kdf"] == "scrypt" and {"n", "r", "p", "salt", "nonce", "wrapped"} <= set(slot)
    assert made.db_key.hex() not in keys.key_path(tmp_path).read_text()
    again = keys.unlock(tmp_path, "neljä sanaa peräkkäin tässä")
    assert again == made.db_key and len(again) == 32
    assert keys.unlock(tmp_path, made.recovery_key, recovery=True) == made.db_key
    # the recovery key is five groups of five letters and digits, read leniently
    groups_ = made.recovery_key.split("-")
    assert [len(g) for g in groups_] == [5] * 5
    assert all(c in keys.RECOVERY_ALPHABET for c in "".join(groups_))
    sloppy = " " + made.recovery_key.lower().replace("-", " ") + " "
    assert keys.unlock(tmp_path, sloppy, recovery=True) == made.db_key
    # two stores never share a database key
    other = tmp_path / "toinen"
    other.mkdir()
    assert keys.create(other, "neljä sanaa peräkkäin tässä").db_key != made.db_key


def test_a_wrong_passphrase_says_so_and_changes_nothing(tmp_path: Path) -> None:
    keys.create(tmp_path, "oikea tunnuslause tässä")
    before = keys.key_path(tmp_path).read_bytes()
    for _ in range(5):  # no lockout: every attempt gets the same answer
        with pytest.raises(keys.WrongSecret, match="Tunnuslause on väärä"):
            keys.unlock(tmp_path, "väärä tunnuslause tässä")
    with pytest.raises(keys.WrongSecret, match="Palautusavain ei käy"):
        keys.unlock(tmp_path, "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE", recovery=True)
    with pytest.raises(keys.WrongSecret, match="25"):
        keys.unlock(tmp_path, "AAAAA-BBBBB", recovery=True)
    assert keys.key_path(tmp_path).read_bytes() == before
    assert keys.unlock(tmp_path, "oikea tunnuslause tässä")


def test_a_damaged_passphrase_slot_still_opens_with_the_recovery_key(tmp_path: Path) -> None:
    made = keys.create(tmp_path, "oikea tunnuslause tässä")
    path = keys.key_path(tmp_path)
    data = json.loads(path.read_text())
    data["slots"]["passphrase"]["salt"] = "!!"
    path.write_text(json.dumps(data))
    with pytest.raises(keys.KeyFileError, match="tunnuslauseosa on vioittunut"):
        keys.unlock(tmp_path, "oikea tunnuslause tässä")
    assert keys.unlock(tmp_path, made.recovery_key, recovery=True) == made.db_key
    keys.reset_passphrase(tmp_path, made.recovery_key, "uusi tunnuslause tässä")
    assert keys.unlock(tmp_path, "uusi tunnuslause tässä") == made.db_key


def test_a_damaged_or_missing_key_file_falls_back_to_the_copies_beside_the_backups(
    store: Store,
) -> None:
    groups.create_group(store, groups.NewGroup(name="Varmistettu"))
    store.backup()
    store.close()
    path = keys.key_path(store.data_dir)
    path.write_text("{ei avaintiedosto")
    assert keys.unlock(store.data_dir, TEST_PASSPHRASE) == store.key
    path.unlink()
    assert keys.unlock(store.data_dir, TEST_PASSPHRASE) == store.key
    for copy in keys.backup_key_files(store.data_dir):
        copy.unlink()
    with pytest.raises(keys.KeyFileError, match="puuttuu"):
        keys.unlock(store.data_dir, TEST_PASSPHRASE)
    path.write_text("{ei avaintiedosto")
    with pytest.raises(keys.KeyFileError, match="vioittunut"):
        keys.unlock(store.data_dir, TEST_PASSPHRASE)


def test_a_key_file_from_another_store_is_refused_and_nothing_is_moved(
    store: Store, tmp_path: Path
) -> None:
    groups.create_group(store, groups.NewGroup(name="Oma"))
    store.close()
    folder = store.data_dir
    keys.key_path(folder).unlink()
    keys.create(folder, TEST_PASSPHRASE)  # another store's key file, same passphrase
    before = store.path.read_bytes()
    with pytest.raises(StoreError, match="kuuluu toiseen tietokantaan"):
        Store.open(folder)
    assert store.path.read_bytes() == before
    assert not [p for p in folder.iterdir() if "vioittunut" in p.name]


def test_the_weakest_passphrases_are_refused_with_a_reason() -> None:
    for weak in ("lyhyt", "aaaaaaaaaaaa", "salasana123", "123456789012", "abcdefghijk"):
        assert keys.passphrase_problem(weak), weak
    for fine in ("kaksi koiraa ja kissa", "Mustikka-Piirakka-7", "p0ro kävi saunassa"):
        assert keys.passphrase_problem(fine) is None, fine


def test_changing_the_passphrase_rewraps_only(store: Store) -> None:
    groups.create_group(store, groups.NewGroup(name="Ennallaan"))
    store.close()
    with contextlib.closing(connect(store.path, store.key)) as c:
        c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = (store.path.read_bytes(), store.path.stat().st_mtime_ns)
    key_before = keys.key_path(store.data_dir).read_bytes()
    with pytest.raises(ValidationError):
        keys.change_passphrase(store.data_dir, TEST_PASSPHRASE, "lyhyt")
    keys.change_passphrase(store.data_dir, TEST_PASSPHRASE, "aivan uusi tunnuslause")
    assert (store.path.read_bytes(), store.path.stat().st_mtime_ns) == before
    assert keys.key_path(store.data_dir).read_bytes() != key_before
    with pytest.raises(keys.WrongSecret):
        keys.unlock(store.data_dir, TEST_PASSPHRASE)
    key = keys.unlock(store.data_dir, "aivan uusi tunnuslause")
    reopened = Store.open(store.data_dir, key=key)
    assert [g.name for g in groups.list_groups(reopened)] == ["Ennallaan"]
    reopened.close()


def test_without_a_passphrase_the_store_is_locked(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.close()
    monkeypatch.delenv(keys.PASSPHRASE_FILE_ENV)
    with pytest.raises(keys.Locked, match="salattu"):
        Store.open(store.data_dir)


# -- an earlier Voimaa's plaintext store ---------------------------------------------------------


def _plaintext_store(folder: Path) -> Path:
    """A store as an earlier Voimaa left it: plain SQLite at head with rows, and a plain backup."""
    from alembic import command
    from sqlalchemy import create_engine

    folder.mkdir(parents=True)
    path = folder / DB_FILENAME
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
    engine.dispose()
    plain = Store(path=path, engine=create_engine(f"sqlite:///{path}"), journal_mode="")
    from sqlalchemy.orm import sessionmaker

    plain._factory = sessionmaker(plain.engine, expire_on_commit=False)
    _personal(plain)
    plain.engine.dispose()
    (folder / BACKUP_DIRNAME).mkdir()
    with (
        contextlib.closing(sqlite3.connect(path)) as src,
        contextlib.closing(sqlite3.connect(folder / BACKUP_DIRNAME / "voimaa-vanha.sqlite3")) as d,
    ):
        src.backup(d)
    return path


def test_a_plaintext_store_is_encrypted_on_the_first_start(tmp_path: Path) -> None:
    folder = tmp_path / "vanha"
    path = _plaintext_store(folder)
    assert is_plaintext(path)
    with contextlib.closing(sqlite3.connect(path)) as c:
        counts = {
            t: c.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
            for (t,) in c.execute("SELECT name FROM sqlite_master WHERE type='table'")
            if not t.startswith("sqlite_")
        }
    s = encryption.open_store(folder)
    assert not is_plaintext(path) and s.key is not None
    assert any("eivät ole salattuja" in n for n in s.notices)
    assert [g.name for g in groups.list_groups(s)] == ["Salattu ryhmä Kvxq"]
    with contextlib.closing(connect(path, s.key)) as c:
        for table, n in counts.items():
            assert c.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] == n, table
    assert not (folder / BACKUP_DIRNAME / "voimaa-vanha.sqlite3").exists()
    left = [*folder.rglob("*.sqlite3*")]
    assert left and not any(is_plaintext(p) for p in left)
    s.close()
    _assert_nowhere([p for p in folder.rglob("*") if p.is_file()], SECRETS[:3])


def _encrypt_in_child(folder: Path) -> None:
    encryption.open_store(folder).close()


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_kill_9_during_the_encryption_leaves_the_old_or_the_new_store(tmp_path: Path) -> None:
    template = tmp_path / "malli"
    _plaintext_store(template)
    import shutil

    started = time.monotonic()
    timing = tmp_path / "ajastus"
    shutil.copytree(template, timing)
    _encrypt_in_child(timing)
    duration = time.monotonic() - started
    rng = random.Random(12)
    outcomes = set()
    for i in range(12):
        folder = tmp_path / f"k{i}"
        shutil.copytree(template, folder)
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                _encrypt_in_child(folder)
            except BaseException:
                code = 3
            os._exit(code)
        time.sleep(rng.uniform(0, duration))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        outcomes.add("plain" if is_plaintext(folder / DB_FILENAME) else "encrypted")
        s = encryption.open_store(folder)
        assert [g.name for g in groups.list_groups(s)] == ["Salattu ryhmä Kvxq"], i
        assert not is_plaintext(s.path)
        assert not list(folder.glob("*.tmp"))
        s.close()
    assert outcomes  # (which states were hit depends on timing; each one opened)
