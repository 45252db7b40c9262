"""Automatic backups: when to make one, which to keep, what each holds, whether one can be restored.

Every backup is an SQLCipher file encrypted with the store's own key, with a copy of the key
file beside it (``<backup>.sqlite3.avain``), so a copy taken elsewhere can be opened with the
passphrase or the recovery key it had. Automatic backups are made at most once a day when the
program starts or closes after changes (:func:`voimaa.safekeeping.daily_backup`), before every
migration, and on request; :func:`rotate` then keeps the newest of each of the last 7 days,
4 weeks and 12 months. A restore never rotates.
"""

from __future__ import annotations

import contextlib
import re
from datetime import datetime
from pathlib import Path

from voimaa import keys
from voimaa.errors import StoreError
from voimaa.i18n import translate
from voimaa.paths import BACKUP_DIRNAME

KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12
_STAMP = re.compile(r"^voimaa-(\d{8}-\d{6})(?:-(\d{6}))?")


def taken_at(path: Path) -> datetime:
    """When a backup was taken: from its name (voimaa-YYYYmmdd-HHMMSS-…), else its mtime."""
    m = _STAMP.match(path.name)
    if m:
        with contextlib.suppress(ValueError):
            at = datetime.strptime(m.group(1), "%Y%m%d-%H%M%S")
            return at.replace(microsecond=int(m.group(2) or 0))
    return datetime.fromtimestamp(path.stat().st_mtime)


def automatic_backups(folder: Path) -> list[tuple[datetime, Path]]:
    found = []
    for p in folder.glob("voimaa-*.sqlite3"):
        with contextlib.suppress(OSError):
            found.append((taken_at(p), p))
    return sorted(found, reverse=True)


def to_keep(when: list[datetime]) -> set[int]:
    """Indexes (into `when`, newest first) of the backups rotation keeps: every backup of the
    newest day (e.g. a manual one and the one before a migration), and the newest backup of each
    of the last 7 days, 4 ISO weeks and 12 months that have backups."""
    keep: set[int] = {i for i, at in enumerate(when) if at.date() == when[0].date()}
    for limit, bucket in (
        (KEEP_DAILY, lambda d: d.date()),
        (KEEP_WEEKLY, lambda d: d.isocalendar()[:2]),
        (KEEP_MONTHLY, lambda d: (d.year, d.month)),
    ):
        seen: list[object] = []
        for i, at in enumerate(when):
            b = bucket(at)
            if b in seen:
                continue
            if len(seen) >= limit:
                break
            seen.append(b)
            keep.add(i)
    return keep


def rotate(folder: Path) -> list[Path]:
    """Remove the automatic backups rotation does not keep (and their key files); the removed."""
    found = automatic_backups(folder)
    keep = to_keep([at for at, _ in found])
    removed = []
    for i, (_, path) in enumerate(found):
        if i in keep:
            continue
        with contextlib.suppress(OSError):
            path.unlink()
            removed.append(path)
        with contextlib.suppress(OSError):
            key_file_of(path).unlink()
    return removed


def key_file_of(backup: Path) -> Path:
    return backup.with_name(backup.name + keys.KEY_SUFFIX)


def save_key_file(data_dir: Path, backup: Path) -> None:
    """Copy the store's key file beside `backup` (atomically, private)."""
    source = keys.key_path(data_dir)
    if not source.exists():
        return
    try:
        payload = source.read_bytes()
    except OSError as exc:
        raise StoreError(str(exc)) from exc
    keys.write_private_atomic(key_file_of(backup), payload)


def last_backup(data_dir: Path) -> datetime | None:
    found = automatic_backups(data_dir / BACKUP_DIRNAME)
    return found[0][0] if found else None


def unreadable_backup_message(path: Path) -> str:
    return translate(
        "Backups",
        "Varmuuskopiota {name} ei voi lukea: se on vajaa tai vioittunut, tai sen avain on eri. "
        "Nykyiset tiedot ovat ennallaan. Valitse toinen varmuuskopio.",
    ).format(name=path.name)
