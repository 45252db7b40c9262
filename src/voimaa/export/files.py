"""Writing files safely: to a temporary file in the same folder, then renamed into place.

A failed export leaves no half-written file; a target locked by another program (Excel on
Windows keeps open workbooks locked) gives a Finnish message that says what to do.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from voimaa.errors import FileInUseError, ValidationError
from voimaa.i18n import translate


def _locked(exc: OSError) -> bool:
    return isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EBUSY)


def atomic_write(path: str | os.PathLike[str], write: Callable[[Path], None]) -> Path:
    """Call `write(tmp)` to fill a temporary file next to `path`, then rename it over `path`."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ValidationError(
            translate("Files", "Kansiota ei ole: {folder}. Valitse toinen kansio.").format(
                folder=folder
            )
        )
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=target.suffix, dir=folder)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
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
                        "Tiedosto {name} on auki toisessa ohjelmassa. Sulje tiedosto ja yritä "
                        "uudelleen.",
                    ).format(name=target.name)
                ) from exc
            raise
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return target
