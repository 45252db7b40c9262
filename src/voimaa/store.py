"""The local store: one SQLite file, opened safely, migrated with a backup, used per unit of work.

Opening a store
- creates the data folder when needed;
- checks an existing file with ``PRAGMA quick_check``; a damaged file is moved aside (never
  overwritten) and a fresh store is started, with a notice saying where the damaged file went;
- backs the file up with SQLite's backup API and upgrades it to the newest schema;
- refuses a store made by a newer Voimaa;
- turns on foreign keys and WAL (read back; a rollback journal where WAL is refused).
"""

from __future__ import annotations

import contextlib
import logging
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from voimaa import paths
from voimaa.errors import StoreError
from voimaa.i18n import translate

log = logging.getLogger(__name__)

DB_FILENAME = "voimaa.sqlite3"
BACKUP_DIRNAME = "varmuuskopiot"
KEEP_BACKUPS = 20


def configure_connection(dbapi_conn: Any) -> str:
    """Turn on foreign keys and WAL; return the journal mode actually in force.

    WAL is read back: some file systems (network drives, some sync folders) refuse it, and
    then the store falls back to an ordinary rollback journal.
    """
    cur = dbapi_conn.cursor()
    try:
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=5000")
        mode = str(cur.execute("PRAGMA journal_mode=WAL").fetchone()[0]).lower()
        if mode != "wal":
            mode = str(cur.execute("PRAGMA journal_mode=DELETE").fetchone()[0]).lower()
        cur.execute("PRAGMA synchronous=NORMAL" if mode == "wal" else "PRAGMA synchronous=FULL")
        return mode
    finally:
        cur.close()


def check_integrity(path: Path) -> str | None:
    """None when the file is a healthy SQLite database, else a short reason."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        conn.close()
    result = "; ".join(str(r[0]) for r in rows)
    return None if result == "ok" else result


def sqlite_backup(source: Path, dest: Path) -> Path:
    """Copy a live SQLite file consistently with SQLite's backup API (safe under WAL)."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".tmp")
    src = sqlite3.connect(source)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    tmp.replace(dest)
    return dest


def alembic_config(connection: Any | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(paths.migrations_dir()))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def _timestamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S-%f")


@dataclass
class Store:
    """An open store. Use :meth:`session` for one unit of work."""

    path: Path
    engine: Engine
    journal_mode: str
    notices: list[str] = field(default_factory=list)
    _factory: sessionmaker[Session] | None = None

    @property
    def data_dir(self) -> Path:
        return self.path.parent

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / BACKUP_DIRNAME

    @classmethod
    def open(cls, data_dir: str | Path | None = None, *, migrate: bool = True) -> Store:
        """Open (creating or upgrading) the store in `data_dir` (see :func:`paths.data_dir`)."""
        folder = paths.data_dir(data_dir)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(
                translate(
                    "Store", "Tietokansiota ei voi luoda: {path} ({reason}). Valitse toinen kansio."
                ).format(path=folder, reason=exc.strerror or exc)
            ) from exc
        path = folder / DB_FILENAME
        notices: list[str] = []
        if path.exists():
            problem = check_integrity(path)
            if problem is not None:
                moved = cls._move_aside(path)
                notices.append(
                    translate(
                        "Store",
                        "Tietokanta oli vioittunut ({reason}). Se siirrettiin talteen nimellä "
                        "{moved} eikä sitä ole poistettu. Ohjelma aloitti uuden tyhjän "
                        "tietokannan. Palauta tarvittaessa varmuuskopio kansiosta {backups}.",
                    ).format(reason=problem, moved=moved.name, backups=folder / BACKUP_DIRNAME)
                )
        engine = create_engine(f"sqlite:///{path}", future=True)
        modes: list[str] = []

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn: Any, _record: Any) -> None:
            modes.append(configure_connection(dbapi_conn))

        store = cls(path=path, engine=engine, journal_mode="", notices=notices)
        if migrate:
            store.upgrade()
        with engine.connect():
            pass
        store.journal_mode = modes[-1] if modes else ""
        store._factory = sessionmaker(engine, expire_on_commit=False)
        return store

    @staticmethod
    def _move_aside(path: Path) -> Path:
        target = path.with_name(f"{path.stem}.vioittunut-{_timestamp()}{path.suffix}")
        shutil.move(path, target)
        for suffix in ("-wal", "-shm"):
            side = path.with_name(path.name + suffix)
            if side.exists():
                shutil.move(side, target.with_name(target.name + suffix))
        return target

    def current_revision(self) -> str | None:
        with self.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()

    def upgrade(self) -> None:
        """Bring the schema to the newest revision, backing the file up first."""
        script = ScriptDirectory.from_config(alembic_config())
        head = script.get_current_head()
        current = self.current_revision()
        if current == head:
            return
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
            self.backup(reason=f"ennen-paivitysta-{current}")
        try:
            with self.engine.begin() as conn:
                command.upgrade(alembic_config(conn), "head")
        except Exception as exc:
            log.exception("migration failed")
            raise StoreError(
                translate(
                    "Store",
                    "Tietokannan päivitys epäonnistui ({reason}). Tiedot ovat tallessa "
                    "varmuuskopiokansiossa {backups}.",
                ).format(reason=exc, backups=self.backup_dir)
            ) from exc

    def backup(self, dest: Path | None = None, *, reason: str = "varmuuskopio") -> Path:
        """Copy the store with SQLite's backup API; old automatic backups are pruned."""
        if dest is None:
            dest = self.backup_dir / f"voimaa-{_timestamp()}-{reason}.sqlite3"
            result = sqlite_backup(self.path, dest)
            self._prune_backups()
            return result
        return sqlite_backup(self.path, dest)

    def _prune_backups(self) -> None:
        backups = sorted(self.backup_dir.glob("voimaa-*.sqlite3"))
        for old in backups[:-KEEP_BACKUPS]:
            old.unlink(missing_ok=True)

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: commit when the block ends, roll back on any error, then close."""
        assert self._factory is not None, "store opened without a session factory"
        session = self._factory()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()
