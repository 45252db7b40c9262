"""Writing files safely: to a temporary file in the same folder, then renamed into place.

- A failed export leaves no half-written file and the previous file, if any, intact.
- Temporary files are private (0600) and named ``.voimaa-kesken-<random>.tmp``: a fixed,
  recognisable pattern that never contains the target's name (names of people do not end up
  in left-over files). Ones left behind by a killed export are removed by the next export into
  the same folder (:func:`remove_leftovers`).
- Every OS fault becomes one Finnish :class:`VoimaaError`: a folder or a directory given as
  the target, a read-only folder, a name too long or not valid UTF-8, a full disk, a target
  locked by another program (Excel on Windows keeps open workbooks locked).
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from voimaa.errors import FileInUseError, ValidationError, VoimaaError
from voimaa.i18n import translate

TEMP_PREFIX = ".voimaa-kesken-"
TEMP_SUFFIX = ".tmp"
NAME_MAX = 255  # bytes, the common limit of one path component
# Where no lock tells a live writer from a dead one (Windows), only old leftovers are removed.
_STALE_AFTER_S = 3600.0


def _locked(exc: OSError) -> bool:
    return isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EBUSY)


def write_error(exc: OSError, target: Path) -> VoimaaError:
    """One Finnish sentence for an OS fault while writing `target` (nothing was written)."""
    code = exc.errno
    name = target.name
    if code in (errno.ENOSPC, errno.EDQUOT):
        return VoimaaError(
            translate(
                "Files",
                "Levy on täynnä: tiedostoa {name} ei tallennettu, ja aiempi tiedosto on "
                "ennallaan. Vapauta levytilaa ja yritä uudelleen.",
            ).format(name=name)
        )
    if code == errno.ENAMETOOLONG:
        return ValidationError(
            translate("Files", "Tiedoston nimi on liian pitkä. Anna lyhyempi nimi.")
        )
    if code == errno.EISDIR:
        return ValidationError(
            translate(
                "Files", "{name} on kansio. Anna tiedoston nimi, esimerkiksi {name}/lasnaolo.pdf."
            ).format(name=target)
        )
    if code == errno.EROFS or (code in (errno.EACCES, errno.EPERM)):
        return ValidationError(
            translate(
                "Files",
                "Kansioon {folder} ei voi kirjoittaa (ei oikeutta tai vain luku). Valitse toinen "
                "kansio.",
            ).format(folder=target.parent)
        )
    if code == errno.ENOENT:
        return ValidationError(
            translate("Files", "Kansiota ei ole: {folder}. Valitse toinen kansio.").format(
                folder=target.parent
            )
        )
    if code == errno.EIO:
        return VoimaaError(
            translate(
                "Files",
                "Levyvirhe: tiedostoa {name} ei tallennettu. Tarkista levy tai muistitikku ja "
                "yritä uudelleen.",
            ).format(name=name)
        )
    return VoimaaError(
        translate(
            "Files", "Tiedostoa {name} ei voitu tallentaa ({reason}). Tarkista kansio ja nimi."
        ).format(name=name, reason=exc.strerror or type(exc).__name__)
    )


def _check_target(target: Path) -> Path:
    """The folder to write into, after refusing targets that cannot be written at all."""
    try:
        os.fsencode(target)
        str(target).encode("utf-8")
    except UnicodeError as exc:
        raise ValidationError(
            translate(
                "Files",
                "Tiedoston nimessä on merkkejä, joita ei voi tallentaa (ei UTF-8). Anna nimi "
                "uudelleen.",
            )
        ) from exc
    if not target.name or target.name in (".", ".."):
        raise ValidationError(translate("Files", "Anna tiedoston nimi."))
    if len(target.name.encode("utf-8")) > NAME_MAX:
        raise write_error(OSError(errno.ENAMETOOLONG, "File name too long"), target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ValidationError(
            translate("Files", "Kansiota ei ole: {folder}. Valitse toinen kansio.").format(
                folder=folder
            )
        )
    if target.is_dir():
        raise write_error(OSError(errno.EISDIR, "Is a directory"), target)
    return folder


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def remove_leftovers(folder: str | os.PathLike[str]) -> list[Path]:
    """Remove temporary files that a killed export left in `folder`; returns what went.

    A live export holds a lock on its temporary file (POSIX), so only dead ones are removed;
    where there is no such lock only ones older than an hour are.
    """
    removed: list[Path] = []
    with contextlib.suppress(OSError):
        for leftover in Path(folder).glob(f"{TEMP_PREFIX}*{TEMP_SUFFIX}"):
            try:
                if sys.platform == "win32":
                    if time.time() - leftover.stat().st_mtime < _STALE_AFTER_S:
                        continue
                else:
                    fd = os.open(leftover, os.O_RDONLY)
                    try:
                        if not _try_lock(fd):
                            continue
                    finally:
                        os.close(fd)
                leftover.unlink()
                removed.append(leftover)
            except OSError:
                continue
    return removed


@contextlib.contextmanager
def _temporary(folder: Path) -> Iterator[Path]:
    """A new private temporary file in `folder`, locked while it exists; removed on failure."""
    for _ in range(100):
        tmp = folder / f"{TEMP_PREFIX}{secrets.token_hex(6)}{TEMP_SUFFIX}"
        try:
            fd = os.open(
                tmp, os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600
            )
        except FileExistsError:
            continue
        break
    else:  # pragma: no cover - 100 random names taken
        raise FileExistsError(errno.EEXIST, "no free temporary name", str(folder))
    try:
        _try_lock(fd)
        if sys.platform == "win32":  # the writer reopens the file by name
            os.close(fd)
            fd = -1
        yield tmp
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    finally:
        if fd >= 0:
            os.close(fd)


def atomic_write(path: str | os.PathLike[str], write: Callable[[Path], None]) -> Path:
    """Call `write(tmp)` to fill a temporary file next to `path`, then rename it over `path`.

    Raises one Finnish :class:`VoimaaError` for any OS fault; the target is then untouched.
    """
    target = Path(path)
    folder = _check_target(target)
    remove_leftovers(folder)
    try:
        with _temporary(folder) as tmp:
            write(tmp)
            with open(tmp, "rb+") as fh:
                os.fsync(fh.fileno())
            try:
                os.replace(tmp, target)
            except OSError as exc:
                if _locked(exc):
                    raise FileInUseError(
                        translate(
                            "Files",
                            "Tiedosto {name} on auki toisessa ohjelmassa. Sulje tiedosto ja "
                            "yritä uudelleen.",
                        ).format(name=target.name)
                    ) from exc
                raise
    except OSError as exc:
        raise write_error(exc, target) from exc
    return target
