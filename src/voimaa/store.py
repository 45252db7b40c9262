"""The local store: one SQLite file, opened safely, migrated with a backup, used per unit of work.

Opening a store happens under a lock file next to it (two first starts never race) and
- refuses an empty or unusable data folder;
- examines an existing file read-only first, changing nothing in it:
  * in use, read-only, cannot be opened, a disk I/O fault, a full disk: a Finnish
    :class:`StoreError` that says which, and nothing is moved;
  * not a Voimaa store (tables of its own and no ``alembic_version`` of ours): refused as is;
  * damaged (``quick_check``, or the full ``integrity_check`` after an unclean shutdown): moved
    aside (never overwritten), the newest backup is offered (:attr:`Store.recovery`), a fresh
    store is started; an index fault is rebuilt in place after a copy is taken;
  * half-made by an interrupted first start of an earlier version: rebuilt;
- builds a new store in a temporary file and renames it into place, so a first start is atomic;
- backs an older store up and upgrades it in one transaction (SQLite DDL is transactional; the
  sqlite3 driver's own transaction handling is turned off and BEGIN is emitted here);
- turns on foreign keys and WAL (read back; a rollback journal where WAL is refused).

While a store is open a marker file is held next to it; one left behind by a process that did
not close the store means an unclean shutdown.

Size: this module is long because it is one cohesive thing, the safe life cycle of the store
file (lock, examine, build, repair, migrate, back up, restore, units of work), and every part
of it shares the same fault classification.
"""

from __future__ import annotations

import atexit
import contextlib
import enum
import errno
import logging
import os
import secrets
import shutil
import sqlite3
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlcipher3 import dbapi2 as sqlcipher

from voimaa import backups, paths
from voimaa import keys as keys_module
from voimaa.errors import StoreError
from voimaa.i18n import translate
from voimaa.models.base import Base

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

DB_FILENAME = "voimaa.sqlite3"
BACKUP_DIRNAME = paths.BACKUP_DIRNAME
KEEP_BACKUPS = 20
LOCK_SUFFIX = ".lukko"
OPEN_MARKER = ".voimaa-auki-"  # + random hex: one per process that has the store open
BUILD_PREFIX = ".voimaa-uusi-"  # + random hex + ".tmp": a store being built
COPY_PREFIX = ".voimaa-kesken-"  # + random hex + ".tmp": a backup being written
BUSY_TIMEOUT_MS = 5000
LOCK_TIMEOUT_S = 30.0
_WRITE = "voimaa_write"  # execution option: begin with BEGIN IMMEDIATE


class Fault(enum.Enum):
    """What went wrong with the store file, told apart so that only corruption moves it."""

    IN_USE = "in use"
    READ_ONLY = "read-only"
    CANNOT_OPEN = "cannot open"
    DISK_IO = "disk I/O"
    DISK_FULL = "disk full"
    CORRUPT = "corrupt"
    OTHER = "other"


_SQLITE_FAULTS = {
    5: Fault.IN_USE,  # SQLITE_BUSY
    6: Fault.IN_USE,  # SQLITE_LOCKED
    3: Fault.READ_ONLY,  # SQLITE_PERM
    8: Fault.READ_ONLY,  # SQLITE_READONLY
    10: Fault.DISK_IO,  # SQLITE_IOERR
    11: Fault.CORRUPT,  # SQLITE_CORRUPT
    13: Fault.DISK_FULL,  # SQLITE_FULL
    14: Fault.CANNOT_OPEN,  # SQLITE_CANTOPEN
    26: Fault.CORRUPT,  # SQLITE_NOTADB
}
_OS_FAULTS = {
    errno.ENOSPC: Fault.DISK_FULL,
    errno.EDQUOT: Fault.DISK_FULL,
    errno.EACCES: Fault.READ_ONLY,
    errno.EPERM: Fault.READ_ONLY,
    errno.EROFS: Fault.READ_ONLY,
    errno.EIO: Fault.DISK_IO,
    errno.EBUSY: Fault.IN_USE,
}


def classify(exc: BaseException) -> Fault:
    """The kind of fault behind an sqlite3, SQLAlchemy or OS error."""
    if isinstance(exc, DBAPIError) and exc.orig is not None:
        exc = exc.orig
    if isinstance(exc, DB_ERRORS):
        code = getattr(exc, "sqlite_errorcode", None)
        if isinstance(code, int) and (code & 0xFF) in _SQLITE_FAULTS:
            return _SQLITE_FAULTS[code & 0xFF]
        text = str(exc).lower()
        for needle, fault in (
            ("locked", Fault.IN_USE),
            ("busy", Fault.IN_USE),
            ("readonly", Fault.READ_ONLY),
            ("read-only", Fault.READ_ONLY),
            ("unable to open", Fault.CANNOT_OPEN),
            ("disk i/o", Fault.DISK_IO),
            ("full", Fault.DISK_FULL),
            ("malformed", Fault.CORRUPT),
            ("not a database", Fault.CORRUPT),
        ):
            if needle in text:
                return fault
        return Fault.OTHER
    if isinstance(exc, OSError) and exc.errno is not None:
        return _OS_FAULTS.get(exc.errno, Fault.OTHER)
    return Fault.OTHER


def fault_message(fault: Fault, path: Path) -> str:
    """One Finnish sentence for a fault of the store file at `path` (nothing was moved)."""
    if fault is Fault.IN_USE:
        return translate(
            "Store",
            "Tietokanta on toisen ohjelman käytössä: sulje toinen Voimaa-ikkuna ja yritä "
            "uudelleen.",
        )
    if fault is Fault.READ_ONLY:
        return translate(
            "Store",
            "Tietokantaan {path} ei voi kirjoittaa: kansio tai tiedosto on vain luku -tilassa tai "
            "oikeudet puuttuvat. Tarkista oikeudet tai valitse toinen kansio.",
        ).format(path=path)
    if fault is Fault.CANNOT_OPEN:
        return translate(
            "Store",
            "Tietokantaa {path} ei voi avata. Tarkista, että kansio on olemassa ja että sinulla on "
            "siihen luku- ja kirjoitusoikeus.",
        ).format(path=path)
    if fault is Fault.DISK_IO:
        return translate(
            "Store",
            "Levyn lukeminen tai kirjoittaminen epäonnistui ({path}). Tarkista levy tai "
            "siirrettävä asema ja yritä uudelleen; tiedostoa ei siirretty.",
        ).format(path=path)
    if fault is Fault.DISK_FULL:
        return translate(
            "Store",
            "Levy on täynnä: muutosta ei tallennettu ja aiemmat tiedot ovat ennallaan. Vapauta "
            "levytilaa ja yritä uudelleen.",
        )
    if fault is Fault.CORRUPT:
        return translate(
            "Store",
            "Tietokanta on vioittunut. Sulje Voimaa ja avaa se uudelleen, niin tietokanta "
            "tarkistetaan.",
        )
    return translate(
        "Store", "Tietokannan käsittely epäonnistui ({path}). Yritä uudelleen."
    ).format(path=path)


def store_error(exc: BaseException, path: Path) -> StoreError:
    """A Finnish :class:`StoreError` for an sqlite3, SQLAlchemy or OS error."""
    return StoreError(fault_message(classify(exc), path))


DB_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error, sqlcipher.Error)
PLAINTEXT_HEADER = b"SQLite format 3\x00"


def is_plaintext(path: Path) -> bool:
    """Whether the file at `path` is an unencrypted SQLite database (an earlier Voimaa's)."""
    try:
        with open(path, "rb") as fh:
            return fh.read(16) == PLAINTEXT_HEADER
    except OSError:
        return False


def connect(
    path: Path, key: bytes | None, *, readonly: bool = False, timeout: float | None = None
) -> Any:
    """A DB-API connection to the file at `path`: SQLCipher 4 with the raw 256-bit `key`
    (no passphrase derivation per connection), or plain SQLite when `key` is None."""
    module: Any = sqlite3 if key is None else sqlcipher
    target = f"{path.resolve().as_uri()}?mode=ro" if readonly else str(path)
    conn = module.connect(
        target, uri=readonly, timeout=BUSY_TIMEOUT_MS / 1000 if timeout is None else timeout
    )
    if key is not None:
        try:
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        except BaseException:
            conn.close()
            raise
    return conn


def configure_connection(dbapi_conn: Any, *, wal: bool = True) -> str:
    """Turn on foreign keys and WAL; return the journal mode actually in force.

    WAL is read back: some file systems (network drives, some sync folders) refuse it, and
    then the store falls back to an ordinary rollback journal.
    """
    cur = dbapi_conn.cursor()
    try:
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_MS)}")
        mode = "delete"
        if wal:
            mode = str(cur.execute("PRAGMA journal_mode=WAL").fetchone()[0]).lower()
        if mode != "wal":
            mode = str(cur.execute("PRAGMA journal_mode=DELETE").fetchone()[0]).lower()
        cur.execute("PRAGMA synchronous=NORMAL" if mode == "wal" else "PRAGMA synchronous=FULL")
        return mode
    finally:
        cur.close()


def _engine(
    path: Path, *, wal: bool, modes: list[str] | None = None, key: bytes | None = None
) -> Engine:
    """An engine whose transactions are real SQLite transactions, DDL included.

    The sqlite3 driver's own transaction handling is switched off (it commits before DDL and
    begins only before DML); BEGIN — BEGIN IMMEDIATE for a write unit — is emitted here.
    """
    if key is None:
        engine = create_engine(f"sqlite:///{path}")
    else:
        engine = create_engine(
            f"sqlite:///{path}",
            module=sqlcipher,
            creator=lambda: connect(path, key),
        )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        dbapi_conn.isolation_level = None
        mode = configure_connection(dbapi_conn, wal=wal)
        if modes is not None:
            modes.append(mode)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        immediate = conn.get_execution_options().get(_WRITE)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def _ro_connect(path: Path, key: bytes | None = None) -> Any:
    return connect(path, key, readonly=True)


# SQLITE_READONLY_RECOVERY, _ROLLBACK, _CANTINIT: a read-only connection cannot finish what
# an interrupted writer left (a hot journal, a WAL to recover); an ordinary connection does.
_NEEDS_WRITER = {264, 776, 1288}


def _settle(path: Path, key: bytes | None = None) -> None:
    """Let SQLite roll back a hot journal or recover a WAL (no content changes)."""
    conn = connect(path, key)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        conn.close()


def check_integrity(path: Path, *, thorough: bool = False, key: bytes | None = None) -> str | None:
    """None when the file is a healthy SQLite database, else what the check found.

    ``quick_check`` by default; ``thorough`` runs ``integrity_check``, which also compares
    every index with its table. Faults that are not corruption (locked, unreadable…) raise
    :class:`StoreError`.
    """
    check = "integrity_check" if thorough else "quick_check"
    for attempt in (1, 2):
        try:
            conn = _ro_connect(path, key)
            try:
                rows = conn.execute(f"PRAGMA {check}").fetchall()
            finally:
                conn.close()
            break
        except DB_ERRORS as exc:
            if classify(exc) is Fault.CORRUPT:
                return str(exc)
            if attempt == 1 and getattr(exc, "sqlite_errorcode", None) in _NEEDS_WRITER:
                try:
                    _settle(path, key)
                except DB_ERRORS as inner:
                    if classify(inner) is Fault.CORRUPT:
                        return str(inner)
                    raise store_error(inner, path) from inner
                continue
            raise store_error(exc, path) from exc
    result = "; ".join(str(r[0]) for r in rows[:20])
    return None if result == "ok" else result


def _fsync(path: Path) -> None:
    with open(path, "rb") as fh:
        os.fsync(fh.fileno())


def _fsync_dir(folder: Path) -> None:
    if sys.platform == "win32":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _remove(path: Path) -> None:
    for p in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal"))):
        with contextlib.suppress(FileNotFoundError):
            p.unlink()


def sqlite_backup(
    source: Path, dest: Path, *, key: bytes | None = None, source_key: bytes | None = None
) -> Path:
    """Copy a live SQLite file consistently with SQLite's backup API (safe under WAL).

    The copy is written to a temporary file (a fixed name pattern, never the target's name)
    and renamed over `dest` only when complete: on any fault `dest` keeps its previous content,
    no temporary file is left, and a Finnish :class:`StoreError` says what happened.
    """
    tmp = dest.with_name(f"{COPY_PREFIX}{secrets.token_hex(4)}.tmp")
    src_key = key if source_key is None else source_key
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        private_file(tmp)
        src = connect(source, src_key)
        try:
            if src_key == key:
                dst = connect(tmp, key)
                try:
                    src.backup(dst)
                finally:
                    dst.close()
            else:  # another key (a copy from elsewhere): SQLCipher's export re-encrypts
                src.execute("SELECT count(*) FROM sqlite_master").fetchone()
                literal = "''" if key is None else f"\"x'{key.hex()}'\""
                src.execute(f"ATTACH DATABASE ? AS voimaa_copy KEY {literal}", (str(tmp),))
                src.execute("SELECT sqlcipher_export('voimaa_copy')").fetchone()
                ver = src.execute("PRAGMA user_version").fetchone()[0]
                src.execute(f"PRAGMA voimaa_copy.user_version = {int(ver)}")
                src.execute("DETACH DATABASE voimaa_copy")
        finally:
            src.close()
        _fsync(tmp)
        os.replace(tmp, dest)
        _fsync_dir(dest.parent)
    except (OSError, sqlite3.Error, sqlcipher.Error) as exc:
        _remove(tmp)
        raise store_error(exc, dest) from exc
    return dest


# -- migrations: alembic is loaded only when a store is built or its revision is not the head ---

# The id of the newest revision in migrations/versions. Opening a store already at it reads
# ``alembic_version`` with plain SQL and never imports alembic (which loads every SQLAlchemy
# dialect and mako: a good part of the start-up). tests/test_startup_imports.py checks it against
# alembic's real head, so a new revision that forgets to update it fails the tests.
HEAD_REVISION = "0003"


def private_file(path: Path) -> None:
    """Create `path` empty and readable by its owner only (POSIX 0600), or tighten it."""
    if sys.platform == "win32":
        return
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
    os.close(fd)
    os.chmod(path, 0o600)


def _make_private(folder: Path) -> None:
    """Tighten the store, its WAL, key file and backups to the owner (made 0644 by an earlier
    Voimaa, or copied in by hand)."""
    if sys.platform == "win32":
        return
    names = [DB_FILENAME, DB_FILENAME + "-wal", DB_FILENAME + "-shm", keys_module.KEY_FILENAME]
    found = [folder / n for n in names] + list((folder / BACKUP_DIRNAME).glob("voimaa-*"))
    for p in found:
        with contextlib.suppress(OSError):
            if p.stat().st_mode & 0o077:
                os.chmod(p, 0o600)


def alembic_config(connection: Any | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(paths.migrations_dir()))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    """The head revision as alembic finds it in migrations/versions (loads alembic)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def _timestamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S-%f")


# -- locks and markers -------------------------------------------------------------------------


def _try_lock(fh: IO[bytes]) -> bool:
    """Take an exclusive lock on an open file without waiting; False when another holds it."""
    try:
        if sys.platform == "win32":
            import msvcrt

            fh.seek(0)
            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


@contextlib.contextmanager
def _folder_lock(path: Path, timeout: float | None = None) -> Iterator[None]:
    """Hold the lock file next to the store; waits for another first start to finish."""
    lock = path.with_name(path.name + LOCK_SUFFIX)
    try:
        fh = open(lock, "a+b")  # noqa: SIM115 (held for the whole block)
    except OSError as exc:
        raise store_error(exc, path) from exc
    try:
        deadline = time.monotonic() + (LOCK_TIMEOUT_S if timeout is None else timeout)
        while not _try_lock(fh):
            if time.monotonic() > deadline:
                raise StoreError(fault_message(Fault.IN_USE, path))
            time.sleep(0.05)
        yield
    finally:
        fh.close()  # closing releases the lock


def _stale_markers(folder: Path) -> list[Path]:
    """Open-markers whose owner is gone (the lock on them is free): unclean shutdowns."""
    stale = []
    for marker in folder.glob(f"{OPEN_MARKER}*"):
        try:
            with open(marker, "a+b") as fh:
                free = _try_lock(fh)
        except OSError:
            continue
        if free:
            stale.append(marker)
    return stale


class _Marker:
    """This process's open-marker, locked while the store is open, removed on a clean close."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / f"{OPEN_MARKER}{secrets.token_hex(6)}"
        self.fh: IO[bytes] | None = open(self.path, "a+b")  # noqa: SIM115
        _try_lock(self.fh)
        atexit.register(self.remove)

    def remove(self) -> None:
        if self.fh is None:
            return
        with contextlib.suppress(OSError):
            self.path.unlink()
        self.fh.close()
        self.fh = None
        atexit.unregister(self.remove)


# -- what an existing file is ------------------------------------------------------------------


class Kind(enum.Enum):
    NEW = "new"  # no file, an empty file, or a database with no tables
    OURS = "ours"
    HALF_MADE = "half-made"  # our tables only, no revision row: an interrupted first start
    FOREIGN = "foreign"
    DAMAGED = "damaged"


@dataclass(frozen=True)
class Examined:
    kind: Kind
    revision: str | None = None
    has_rows: bool = False
    problem: str = ""


def _our_tables() -> set[str]:
    return set(Base.metadata.tables) | {"alembic_version"}


def examine(path: Path, *, thorough: bool = False, key: bytes | None = None) -> Examined:
    """What the file at `path` is, found read-only (nothing in it is changed)."""
    if not path.exists():
        return Examined(Kind.NEW)
    if not path.is_file():
        raise StoreError(fault_message(Fault.CANNOT_OPEN, path))
    wal = path.with_name(path.name + "-wal")
    if path.stat().st_size == 0 and not (wal.exists() and wal.stat().st_size > 0):
        return Examined(Kind.NEW)
    problem = check_integrity(path, thorough=thorough, key=key)
    if problem is not None:
        return Examined(Kind.DAMAGED, problem=problem)
    try:
        conn = _ro_connect(path, key)
        try:
            tables = {
                str(r[0])
                for r in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
                )
            }
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = str(row[0]) if row else None
            ours = _our_tables()
            has_rows = any(
                conn.execute(f'SELECT 1 FROM "{t}" LIMIT 1').fetchone() is not None
                for t in sorted(tables & ours - {"alembic_version"})
            )
        finally:
            conn.close()
    except DB_ERRORS as exc:
        if classify(exc) is Fault.CORRUPT:
            return Examined(Kind.DAMAGED, problem=str(exc))
        raise store_error(exc, path) from exc
    if not tables:
        return Examined(Kind.NEW)
    if revision is not None:
        known = "group" in tables and "audit_event" in tables
        return Examined(Kind.OURS if known else Kind.FOREIGN, revision=revision)
    if tables <= ours:
        return Examined(Kind.HALF_MADE, has_rows=has_rows)
    return Examined(Kind.FOREIGN)


# -- backups ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime


@dataclass(frozen=True)
class Recovery:
    """A damaged store was moved aside: where it went and the backups that could replace it."""

    damaged: Path
    backups: tuple[Backup, ...]  # newest first

    @property
    def newest(self) -> Backup | None:
        return self.backups[0] if self.backups else None


def list_backups(data_dir: str | os.PathLike[str] | None = None) -> list[Backup]:
    """The automatic backups in the data folder, newest first."""
    folder = paths.data_dir(data_dir) / BACKUP_DIRNAME
    found = []
    for p in folder.glob("voimaa-*.sqlite3"):
        with contextlib.suppress(OSError):
            found.append(Backup(p, datetime.fromtimestamp(p.stat().st_mtime)))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def _move_aside(path: Path, label: str) -> Path:
    target = path.with_name(f"{path.stem}.{label}-{_timestamp()}{path.suffix}")
    try:
        shutil.move(path, target)
        for suffix in ("-wal", "-shm"):
            side = path.with_name(path.name + suffix)
            if side.exists():
                shutil.move(side, target.with_name(target.name + suffix))
    except OSError as exc:
        raise store_error(exc, path) from exc
    return target


def _build(path: Path, key: bytes | None = None) -> None:
    """Create a store at head in a temporary file, then rename it into place (atomic)."""
    from alembic import command

    tmp = path.with_name(f"{BUILD_PREFIX}{secrets.token_hex(4)}.tmp")
    private_file(tmp)
    engine = _engine(tmp, wal=False, key=key)
    try:
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), "head")
        engine.dispose()
        _fsync(tmp)
        _remove(path)  # a stale -wal must never be replayed onto the new file
        os.replace(tmp, path)
        _fsync_dir(path.parent)
    except BaseException as exc:
        engine.dispose()
        _remove(tmp)
        if isinstance(exc, (OSError, DBAPIError, *DB_ERRORS)):
            raise store_error(exc, path) from exc
        raise


def opens_with(path: Path, key: bytes | None) -> bool:
    """Whether the first page of the database at `path` opens with `key`."""
    try:
        conn = _ro_connect(path, key)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except DB_ERRORS:
        return False
    return True


def _refuse_unless_key_is_right(path: Path, key: bytes) -> None:
    """A damaged-looking encrypted store: go on (move it aside) only when the key is right."""
    if opens_with(path, key):
        return  # the key opens it: the damage is real, further in
    for backup in list_backups(path.parent):
        if opens_with(backup.path, key):
            return
    raise StoreError(
        translate(
            "Store",
            "Tietokantaa {path} ei voi avata tällä avaimella. Joko avaintiedosto voimaa.avain "
            "kuuluu toiseen tietokantaan, tai tiedosto on vioittunut alusta. Mitään ei siirretty "
            "eikä poistettu. Tarkista, että avaintiedosto on tämän tietokannan oma (esim. "
            "varmuuskopion vierestä), tai palauta varmuuskopio komennolla voimaa restore.",
        ).format(path=path)
    )


def _check_restorable(staged: Path, key: bytes | None, original: Path) -> None:
    """Refuse (a Finnish :class:`StoreError`) a copy that is damaged, not Voimaa's, or from a
    newer Voimaa; `staged` is the copy re-encrypted with this store's key."""
    problem = check_integrity(staged, key=key, thorough=True)
    if problem is not None:
        raise StoreError(backups.unreadable_backup_message(original))
    try:
        conn = connect(staged, key, readonly=True)
        try:
            tables = {
                str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            row = (
                conn.execute("SELECT version_num FROM alembic_version").fetchone()
                if "alembic_version" in tables
                else None
            )
        finally:
            conn.close()
    except DB_ERRORS as exc:
        raise StoreError(backups.unreadable_backup_message(original)) from exc
    if row is None or "group" not in tables:
        raise StoreError(
            translate(
                "Store",
                "Tiedosto {name} ei ole Voimaan varmuuskopio. Nykyiset tiedot ovat ennallaan.",
            ).format(name=original.name)
        )
    try:
        if str(row[0]) != HEAD_REVISION:  # alembic loads only for an older or newer copy
            from alembic.script import ScriptDirectory

            ScriptDirectory.from_config(alembic_config()).get_revision(str(row[0]))
    except Exception as exc:
        raise StoreError(
            translate(
                "Store",
                "Varmuuskopio {name} on tehty uudemmalla Voimaan versiolla. Päivitä Voimaa ja "
                "palauta se sitten. Nykyiset tiedot ovat ennallaan.",
            ).format(name=original.name)
        ) from exc


def _data_folder(data_dir: str | os.PathLike[str] | None) -> Path:
    if data_dir is not None and not str(data_dir).strip():
        raise StoreError(
            translate("Store", "Tietokannan kansio puuttuu: anna kansion nimi (nyt tyhjä).")
        )
    folder = paths.data_dir(data_dir)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(
            translate(
                "Store", "Tietokansiota ei voi luoda: {path} ({reason}). Valitse toinen kansio."
            ).format(path=folder, reason=exc.strerror or exc)
        ) from exc
    if not folder.is_dir():
        raise StoreError(
            translate("Store", "{path} ei ole kansio. Valitse tietokannalle kansio.").format(
                path=folder
            )
        )
    return folder


@dataclass
class Store:
    """An open store. Use :meth:`session` for one unit of work."""

    path: Path
    engine: Engine
    journal_mode: str
    notices: list[str] = field(default_factory=list)
    recovery: Recovery | None = None
    key: bytes | None = field(default=None, repr=False)
    _factory: sessionmaker[Session] | None = None
    _marker: _Marker | None = None
    _local: threading.local = field(default_factory=threading.local)

    @property
    def data_dir(self) -> Path:
        return self.path.parent

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / BACKUP_DIRNAME

    @classmethod
    def open(
        cls,
        data_dir: str | os.PathLike[str] | None = None,
        *,
        key: bytes | None = None,
        new_keys: keys_module.NewKeys | None = None,
        migrate: bool = True,
    ) -> Store:
        """Open (creating or upgrading) the store in `data_dir` (see :func:`paths.data_dir`).

        `key` is the database key (:mod:`voimaa.keys`); without it the key is opened with the
        passphrase in $VOIMAA_PASSPHRASE_FILE, else :class:`voimaa.keys.Locked` is raised.
        `new_keys` (a first start) are written as the key file just before anything is
        encrypted with them. A plaintext store of an earlier Voimaa is encrypted with the key
        (:mod:`voimaa.encryption`).
        """
        folder = _data_folder(data_dir)
        path = folder / DB_FILENAME
        with _folder_lock(path):
            if new_keys is not None:
                key = new_keys.db_key
            elif key is None:
                key, new_keys = keys_module.unattended_key(folder)
            pending = [new_keys] if new_keys is not None else []

            def key_file_first() -> None:
                while pending:
                    pending.pop().write()

            for leftover in folder.glob(f"{BUILD_PREFIX}*"):
                with contextlib.suppress(OSError):
                    leftover.unlink()
            stale = _stale_markers(folder)
            notices: list[str] = []
            plain = is_plaintext(path)
            recovery = cls._prepare(
                path,
                notices,
                unclean=bool(stale),
                migrate=migrate,
                key=key,
                plain=plain,
                before_build=key_file_first,
            )
            if plain and is_plaintext(path):  # an earlier Voimaa's, or refused by the key file
                key = None  # opened as it is (voimaa.encryption.open_store encrypts it first)
            for marker in stale:
                with contextlib.suppress(OSError):
                    marker.unlink()
            _make_private(folder)
            modes: list[str] = []
            engine = _engine(path, wal=True, modes=modes, key=key)
            store = cls(
                path=path,
                engine=engine,
                journal_mode="",
                notices=notices,
                recovery=recovery,
                key=key,
            )
            try:
                if migrate:
                    store.upgrade()
                with engine.connect():
                    pass
            except (OSError, DBAPIError) as exc:
                engine.dispose()
                raise store_error(exc, path) from exc
            store.journal_mode = modes[-1] if modes else ""
            store._factory = sessionmaker(engine, expire_on_commit=False)
            store._marker = _Marker(folder)
        return store

    @classmethod
    def _prepare(
        cls,
        path: Path,
        notices: list[str],
        *,
        unclean: bool,
        migrate: bool,
        key: bytes | None = None,
        plain: bool = False,
        before_build: Callable[[], None] | None = None,
    ) -> Recovery | None:
        """Look at the existing file and leave a usable one in place (see the module text).

        A plaintext file (`plain`) is examined as it is; a new store is built encrypted with
        `key`. An encrypted file whose first page does not open with `key` is moved aside as
        damaged only when `key` opens one of the backups (so the key is right); otherwise the
        key file belongs to another store, or the file is damaged beyond telling: refused as is.
        """
        file_key = None if plain else key
        found = examine(path, thorough=unclean, key=file_key)
        if found.kind is Kind.DAMAGED and file_key is not None:
            _refuse_unless_key_is_right(path, file_key)
        if found.kind is Kind.FOREIGN:
            raise StoreError(
                translate(
                    "Store",
                    "Tiedosto {path} on jonkin muun ohjelman tietokanta, ei Voimaan. Sitä ei "
                    "muutettu. Siirrä se pois kansiosta tai valitse Voimaalle toinen kansio.",
                ).format(path=path)
            )
        if found.kind is Kind.OURS and unclean:
            notices.append(
                translate(
                    "Store",
                    "Voimaa ei sulkeutunut viime kerralla hallitusti. Tietokanta tarkistettiin "
                    "kokonaan: virheitä ei löytynyt.",
                )
            )
        if (
            found.kind is Kind.DAMAGED
            and unclean
            and cls._repair_indexes(path, found, notices, file_key)
        ):
            found = Examined(Kind.OURS)
        if found.kind is Kind.HALF_MADE:
            if found.has_rows:
                moved = _move_aside(path, "keskenerainen")
                notices.append(
                    translate(
                        "Store",
                        "Tietokannan luonti oli jäänyt kesken. Keskeneräinen tiedosto siirrettiin "
                        "talteen nimellä {moved}, ja ohjelma aloitti uuden tietokannan.",
                    ).format(moved=moved.name)
                )
            log.info("rebuilding a half-made store at %s", path)
            found = Examined(Kind.NEW)
        recovery = None
        if found.kind is Kind.DAMAGED:
            moved = _move_aside(path, "vioittunut")
            recovery = Recovery(moved, tuple(list_backups(path.parent)))
            notices.append(cls._damaged_notice(found.problem, recovery))
            found = Examined(Kind.NEW)
        if found.kind is Kind.NEW and migrate:
            if before_build is not None:
                before_build()
            _build(path, key)
        return recovery

    @staticmethod
    def _damaged_notice(problem: str, recovery: Recovery) -> str:
        newest = recovery.newest
        if newest is None:
            return translate(
                "Store",
                "Tietokanta oli vioittunut ({reason}). Se siirrettiin talteen nimellä {moved} "
                "eikä sitä ole poistettu. Varmuuskopioita ei ole, joten ohjelma aloitti uuden "
                "tyhjän tietokannan.",
            ).format(reason=problem, moved=recovery.damaged.name)
        return translate(
            "Store",
            "Tietokanta oli vioittunut ({reason}). Se siirrettiin talteen nimellä {moved} eikä "
            "sitä ole poistettu. Uusin varmuuskopio on {backup} ({when}); palauta se komennolla "
            "voimaa restore, ennen kuin lisäät uusia tietoja. Ohjelma aloitti uuden tyhjän "
            "tietokannan.",
        ).format(
            reason=problem,
            moved=recovery.damaged.name,
            backup=newest.path,
            when=newest.taken_at.strftime("%d.%m.%Y %H.%M"),
        )

    @staticmethod
    def _repair_indexes(
        path: Path, found: Examined, notices: list[str], key: bytes | None = None
    ) -> bool:
        """After an unclean shutdown, rebuild indexes when only they are wrong (a copy first)."""
        if check_integrity(path, key=key) is not None:  # the table pages themselves are damaged
            return False
        copy = sqlite_backup(
            path,
            path.parent / BACKUP_DIRNAME / f"voimaa-{_timestamp()}-ennen-korjausta.sqlite3",
            key=key,
        )
        try:
            conn = connect(path, key)
            try:
                conn.execute("REINDEX")
                conn.commit()
            finally:
                conn.close()
        except DB_ERRORS as exc:
            if classify(exc) is not Fault.CORRUPT:
                raise store_error(exc, path) from exc
            return False
        if check_integrity(path, thorough=True, key=key) is not None:
            return False
        notices.append(
            translate(
                "Store",
                "Voimaa ei sulkeutunut viime kerralla hallitusti. Tietokannan tarkistus löysi "
                "vian hakemistoissa ({found}); hakemistot rakennettiin uudelleen, eikä tietoja "
                "kadonnut. Kopio ennen korjausta: {copy}.",
            ).format(found=found.problem, copy=copy.name)
        )
        return True

    def current_revision(self) -> str | None:
        """The revision recorded in the store (None for a store without one)."""
        with self.engine.connect() as conn:
            has_table = conn.exec_driver_sql(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
            ).first()
            if has_table is None:
                return None
            rows = conn.exec_driver_sql("SELECT version_num FROM alembic_version").all()
            if len(rows) <= 1:
                return str(rows[0][0]) if rows else None
            from alembic.runtime.migration import MigrationContext  # it says what is wrong

            return MigrationContext.configure(conn).get_current_revision()

    def upgrade(self, *, rotate: bool = True) -> None:
        """Bring the schema to the newest revision in one transaction, backing up first."""
        if self.current_revision() == HEAD_REVISION:
            return
        self._migrate(rotate=rotate)

    def _migrate(self, *, rotate: bool) -> None:
        """The upgrade itself, with alembic: refuses a store of a newer version."""
        from alembic import command
        from alembic.script import ScriptDirectory

        script = ScriptDirectory.from_config(alembic_config())
        current = self.current_revision()
        if current == script.get_current_head():
            return
        copy: Path | None = None
        if current is not None:
            try:
                script.get_revision(current)
            except Exception as exc:
                raise StoreError(
                    translate(
                        "Store",
                        "Tietokanta on tehty uudemmalla Voimaan versiolla. Päivitä Voimaa "
                        "ennen kuin avaat sen.",
                    )
                ) from exc
            copy = self.backup(reason=f"ennen-paivitysta-{current}", rotate=rotate)
        try:
            with self.engine.begin() as conn:
                command.upgrade(alembic_config(conn), "head")
        except Exception as exc:
            log.exception("migration failed")
            if classify(exc) is not Fault.OTHER:
                raise store_error(exc, self.path) from exc
            where = (
                translate("Store", " Varmuuskopio ennen päivitystä: {copy}.").format(copy=copy)
                if copy is not None
                else ""
            )
            raise StoreError(
                translate(
                    "Store",
                    "Tietokannan päivitys epäonnistui ({reason}). Tietokanta jäi ennalleen.",
                ).format(reason=exc)
                + where
            ) from exc

    def backup(
        self, dest: Path | None = None, *, reason: str = "varmuuskopio", rotate: bool = True
    ) -> Path:
        """Copy the store with SQLite's backup API (encrypted with the same key), and the key
        file beside it; automatic backups are rotated (:mod:`voimaa.backups`) unless `rotate`
        is off (during a restore).

        On a fault (a full disk…) the previous `dest` is intact and nothing is left behind.
        """
        automatic = dest is None
        if dest is None:
            dest = self.backup_dir / f"voimaa-{_timestamp()}-{reason}.sqlite3"
        result = sqlite_backup(self.path, Path(dest), key=self.key)
        backups.save_key_file(self.data_dir, result)
        if automatic and rotate:
            backups.rotate(self.backup_dir)
        return result

    def restore(self, backup: Path, *, key: bytes | None = None) -> Path:
        """Put `backup` in place of the current store (which is moved aside, not deleted).

        `key` is the backup's own database key when it differs from this store's (a copy from
        another computer); the restored file is encrypted with this store's key. The backup is
        checked (whole, not from a newer Voimaa) before anything is moved. Returns where the
        replaced store went. The store stays open on the restored data; no backup is rotated.
        """
        with _folder_lock(self.path):
            staged = self.path.with_name(f"{BUILD_PREFIX}{secrets.token_hex(4)}.tmp")
            try:
                sqlite_backup(Path(backup), staged, key=self.key, source_key=key or self.key)
            except StoreError as exc:
                raise StoreError(backups.unreadable_backup_message(Path(backup))) from exc
            try:
                _check_restorable(staged, self.key, Path(backup))
            except BaseException:
                _remove(staged)
                raise
            self.engine.dispose()
            moved = _move_aside(self.path, "ennen-palautusta")
            try:
                os.replace(staged, self.path)
            except OSError as exc:
                _remove(staged)
                raise store_error(exc, self.path) from exc
            self.recovery = None
        self.upgrade(rotate=False)
        return moved

    @contextlib.contextmanager
    def session(self, *, write: bool = False) -> Iterator[Session]:
        """One unit of work: commit when the block ends, roll back on any error, then close.

        A session opened while this thread already has one joins it (as a savepoint), so a
        user action built from several core functions is still one transaction. `write`
        takes the write lock at the start (BEGIN IMMEDIATE): read-then-write actions of two
        processes are then serialised instead of both acting on the same reading. A full
        disk, a lock or a read-only file becomes a Finnish :class:`StoreError`.
        """
        outer: Session | None = getattr(self._local, "session", None)
        if outer is not None:
            with outer.begin_nested():
                yield outer
            return
        assert self._factory is not None, "store opened without a session factory"
        bind = self.engine.execution_options(**{_WRITE: True}) if write else self.engine
        session = self._factory(bind=bind)
        self._local.session = session
        try:
            yield session
            session.commit()
        except BaseException as exc:
            session.rollback()
            if isinstance(exc, DBAPIError) and classify(exc) is not Fault.OTHER:
                raise store_error(exc, self.path) from exc
            raise
        finally:
            self._local.session = None
            session.close()

    def close(self) -> None:
        self.engine.dispose()
        if self._marker is not None:
            self._marker.remove()
            self._marker = None
