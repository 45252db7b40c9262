"""Backups as the leader sees them: the daily backup, what each backup holds, copies from
elsewhere (their own key file beside them). The files and their rotation: :mod:`voimaa.backups`.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from voimaa import keys
from voimaa.backups import automatic_backups, key_file_of, last_backup, taken_at
from voimaa.store import DB_ERRORS, Store, connect

DAILY_REASON = "paivittainen"


def _changed_since(store: Store, when: datetime) -> bool:
    for p in (store.path, store.path.with_name(store.path.name + "-wal")):
        with contextlib.suppress(OSError):
            if datetime.fromtimestamp(p.stat().st_mtime) > when:
                return True
    return False


def daily_backup(store: Store, *, now: datetime | None = None) -> Path | None:
    """A backup when there is none from today and the store changed since the newest one."""
    now = now or datetime.now()
    newest = last_backup(store.data_dir)
    if newest is not None and (newest.date() == now.date() or not _changed_since(store, newest)):
        return None
    return store.backup(reason=DAILY_REASON)


# -- what a backup holds -----------------------------------------------------------------------


@dataclass(frozen=True)
class Summary:
    path: Path
    taken_at: datetime
    groups: int | None  # None: could not be read with this store's key
    participants: int | None
    revision: str | None = None


def summarize(path: Path, key: bytes | None) -> Summary:
    """The date of a backup and how many groups and participants it holds (read-only)."""

    at = taken_at(path)
    try:
        conn = connect(path, key, readonly=True)
        try:
            groups = int(conn.execute('SELECT count(*) FROM "group"').fetchone()[0])
            people = int(conn.execute("SELECT count(*) FROM participant").fetchone()[0])
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except DB_ERRORS:
        return Summary(path, at, None, None)
    return Summary(path, at, groups, people, str(row[0]) if row else None)


def list_summaries(store: Store) -> list[Summary]:
    return [summarize(p, store.key) for _, p in automatic_backups(store.backup_dir)]


def copy_key(backup: Path, secret: str, *, recovery: bool) -> bytes:
    """The database key of a copy from elsewhere, from the key file beside it."""
    kf = keys.KeyFile.read(key_file_of(backup))
    return kf.unlock_recovery(secret) if recovery else kf.unlock(secret)
