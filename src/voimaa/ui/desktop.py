"""Handing files to the operating system: open, show in its folder, print.

Every call to the OS goes through :data:`OS` (one seam): tests replace it with a recorder.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices


class SystemCalls:
    """The few OS calls the program makes; each returns whether it was done."""

    platform = sys.platform

    def open_url(self, url: QUrl) -> bool:
        return bool(QDesktopServices.openUrl(url))

    def startfile(self, path: Path, verb: str) -> bool:
        starter = getattr(os, "startfile", None)
        if starter is None:
            return False
        try:
            starter(str(path), verb)
        except OSError:
            return False
        return True

    def which(self, program: str) -> str | None:
        return shutil.which(program)

    def launch(self, argv: list[str]) -> bool:
        """Start `argv` without a shell and without waiting for it."""
        try:
            subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        except OSError:
            return False
        return True


OS = SystemCalls()


def open_file(path: Path) -> bool:
    """Open `path` in the program the system uses for it (a PDF viewer, Excel…)."""
    return OS.open_url(QUrl.fromLocalFile(str(path)))


def show_in_folder(path: Path) -> bool:
    """Show `path` selected in the file manager (Windows, macOS), else open its folder."""
    if OS.platform == "win32":
        return OS.launch(["explorer", f"/select,{path}"])
    if OS.platform == "darwin":
        return OS.launch(["open", "-R", str(path)])
    return OS.open_url(QUrl.fromLocalFile(str(path.parent)))


def print_file(path: Path) -> bool:
    """Send `path` to the default printer: the shell's "print" verb on Windows, `lp` where it
    is present. Returns False when neither was possible (the caller then opens the file)."""
    if OS.platform == "win32":
        return OS.startfile(path, "print")
    lp = OS.which("lp")
    if lp:
        return OS.launch([lp, "--", str(path)])
    return False
