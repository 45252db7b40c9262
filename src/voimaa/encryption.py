"""Encrypting a store made by an earlier Voimaa (plain SQLite) on the first start after upgrading.

Under the store's lock:
1. the plaintext store is checkpointed into its main file and switched to a rollback journal,
   so no plaintext WAL is ever left beside the encrypted file (its content does not change);
2. ``sqlcipher_export`` writes an encrypted copy into a temporary file in the same folder
   (named like a store being built, so a leftover is removed by the next start);
3. the copy is verified: ``integrity_check`` and the row count of every table;
4. the copy is renamed over the store (atomic), the folder is synced;
5. an encrypted backup is taken, then the plaintext backups and the plaintext files moved aside
   by earlier starts are removed.

A kill at any moment leaves either the old plaintext store or the new encrypted one in place,
and the next start carries on from there.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import sqlite3
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from voimaa import backups, keys
from voimaa import store as st
from voimaa.errors import StoreError
from voimaa.i18n import translate

log = logging.getLogger(__name__)


def _counts(conn: object, schema: str = "main") -> dict[str, int]:
    cur = conn.execute(  # type: ignore[attr-defined]
        f"SELECT name FROM {schema}.sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
    )
    names = sorted(str(r[0]) for r in cur.fetchall())
    return {
        n: int(conn.execute(f'SELECT count(*) FROM {schema}."{n}"').fetchone()[0])  # type: ignore[attr-defined]
        for n in names
    }


def open_store(
    data_dir: str | os.PathLike[str] | None = None,
    *,
    key: bytes | None = None,
    new_keys: keys.NewKeys | None = None,
    migrate: bool = True,
) -> st.Store:
    """Open the store as :meth:`Store.open` does, first encrypting an earlier Voimaa's
    plaintext store with the key (written first, when it is new). The program and the command
    line open their store here."""
    folder = st._data_folder(data_dir)
    path = folder / st.DB_FILENAME
    notices: list[str] = []
    if st.is_plaintext(path):
        with st._folder_lock(path):
            if new_keys is not None:
                key = new_keys.db_key
            elif key is None:
                key, new_keys = keys.unattended_key(folder)
            if st.is_plaintext(path) and st.examine(path).kind is st.Kind.OURS:
                if new_keys is not None:
                    new_keys.write()
                    new_keys = None
                encrypt_store(path, key, notices)
    store = st.Store.open(folder, key=key, new_keys=new_keys, migrate=migrate)
    store.notices[:0] = notices
    return store


def encrypt_store(path: Path, key: bytes, notices: list[str]) -> None:
    """Replace the plaintext store at `path` by an encrypted copy (see the module text)."""
    tmp = path.with_name(f"{st.BUILD_PREFIX}{secrets.token_hex(4)}.tmp")
    try:
        plain = sqlite3.connect(path, timeout=st.BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        try:
            plain.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            plain.execute("PRAGMA journal_mode=DELETE").fetchone()
            expected = _counts(plain)
            version = int(plain.execute("PRAGMA user_version").fetchone()[0])
        finally:
            plain.close()
        st.private_file(tmp)
        conn = sqlcipher.connect(str(path), timeout=st.BUSY_TIMEOUT_MS / 1000)
        try:
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute(f"ATTACH DATABASE ? AS enc KEY \"x'{key.hex()}'\"", (str(tmp),))
            conn.execute("SELECT sqlcipher_export('enc')").fetchone()
            conn.execute(f"PRAGMA enc.user_version = {version}")
            conn.commit()
            conn.execute("DETACH DATABASE enc")
        finally:
            conn.close()
        problem = st.check_integrity(tmp, thorough=True, key=key)
        check = st.connect(tmp, key, readonly=True)
        try:
            found = _counts(check)
        finally:
            check.close()
        if problem is not None or found != expected:
            raise StoreError(
                translate(
                    "Encryption",
                    "Tietokannan salaaminen epäonnistui: salattu kopio ei vastannut alkuperäistä. "
                    "Alkuperäinen tietokanta on ennallaan.",
                )
            )
        st._fsync(tmp)
        os.replace(tmp, path)
        st._fsync_dir(path.parent)
    except BaseException as exc:
        st._remove(tmp)
        if isinstance(exc, (OSError, *st.DB_ERRORS)):
            raise st.store_error(exc, path) from exc
        raise
    log.info("the store was encrypted")
    backup = st.sqlite_backup(
        path,
        path.parent / st.BACKUP_DIRNAME / f"voimaa-{st._timestamp()}-salattu.sqlite3",
        key=key,
    )
    backups.save_key_file(path.parent, backup)
    removed = remove_plaintext_copies(path.parent)
    notices.append(
        translate(
            "Encryption",
            "Tietokanta on nyt salattu. Vanhat salaamattomat varmuuskopiot poistettiin "
            "tältä koneelta ({n} kpl) ja tilalle tehtiin salattu varmuuskopio. Huom: kopiot, "
            "jotka on aiemmin tehty muualle (esim. USB-muistille), eivät ole salattuja – hävitä "
            "ne tai säilytä lukitussa paikassa.",
        ).format(n=len(removed))
    )


def remove_plaintext_copies(folder: Path) -> list[Path]:
    """Remove the plaintext backups and the plaintext files moved aside in the data folder."""
    removed = []
    candidates = [*(folder / st.BACKUP_DIRNAME).glob("*.sqlite3"), *folder.glob("voimaa.*.sqlite3")]
    for p in candidates:
        # A damaged file moved aside is kept for rescue (it cannot be copied encrypted).
        if p.name == st.DB_FILENAME or ".vioittunut-" in p.name or not st.is_plaintext(p):
            continue
        for side in (p, p.with_name(p.name + "-wal"), p.with_name(p.name + "-shm")):
            with contextlib.suppress(OSError):
                side.unlink()
        removed.append(p)
    return removed
