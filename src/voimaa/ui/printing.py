"""Printing a PDF export: write it to a private temporary file and hand it to the system's
print; when that is not possible, open it in the system's viewer (which can print it).

The temporary files live in one private folder (0700, files 0600) under the system's temporary
folder, named by a random token (never a person's name); they are removed at the next start and,
when old enough that the print spooler has read them, at exit.
"""

from __future__ import annotations

import contextlib
import getpass
import os
import secrets
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from voimaa.ui import ask, desktop
from voimaa.ui.ops import Op

KEEP_AT_EXIT_S = 600.0  # a file handed to the spooler minutes ago may still be being read
SPOOL_ROOT: Path | None = None  # default: the system's temporary folder (tests set their own)


def _root() -> Path:
    return SPOOL_ROOT if SPOOL_ROOT is not None else Path(tempfile.gettempdir())


def spool_dir() -> Path:
    """The private folder for files to print (created on demand)."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "user"
    safe = "".join(ch for ch in user if ch.isalnum()) or "user"
    folder = _root() / f"voimaa-tulostus-{safe}"
    folder.mkdir(mode=0o700, exist_ok=True)
    with contextlib.suppress(OSError):
        os.chmod(folder, 0o700)
    return folder


def new_spool_file() -> Path:
    """A fresh private path for one print job (the writer creates the file itself)."""
    return spool_dir() / f"tuloste-{secrets.token_hex(8)}.pdf"


def make_private(path: Path) -> None:
    with contextlib.suppress(OSError):
        os.chmod(path, 0o600)


def clean_up(older_than_s: float = 0.0) -> int:
    """Remove files left to print (only those older than `older_than_s`). Returns how many."""
    folder = _root()
    removed = 0
    for spool in folder.glob("voimaa-tulostus-*"):
        if not spool.is_dir():
            continue
        for leftover in spool.glob("tuloste-*.pdf"):
            with contextlib.suppress(OSError):
                if time.time() - leftover.stat().st_mtime >= older_than_s:
                    leftover.unlink()
                    removed += 1
    return removed


def hand_to_printer(parent: QWidget | None, path: Path) -> bool:
    """Print `path`, else open it in the viewer. Returns whether it went to the printer."""
    title = QCoreApplication.translate("Printing", "Tulostus")
    if desktop.print_file(path):
        ask.inform(
            parent,
            title,
            QCoreApplication.translate("Printing", "Tuloste lähetettiin oletustulostimelle."),
        )
        return True
    desktop.open_file(path)
    ask.inform(
        parent,
        title,
        QCoreApplication.translate(
            "Printing",
            "Suoraa tulostusta ei voitu käyttää, joten tuloste avattiin PDF-katseluohjelmaan. "
            "Tulosta se sieltä.",
        ),
    )
    return False


def print_pdf(
    parent: QWidget,
    write: Callable[[Path], Path],
    *,
    title: str,
    progress: str,
) -> None:
    """Write a PDF with `write(path)` (an export use case, which logs it) into a private
    temporary file and send it to the printer."""

    def work() -> Path:
        written = write(new_spool_file())
        make_private(written)
        return written

    def done(written: Path) -> None:
        hand_to_printer(parent, written)

    Op(parent, work, title=title).with_progress(progress).success(done).run()
