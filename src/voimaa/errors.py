"""Domain errors. Each message is Finnish and tells the user what to do; `ui/` shows it."""

from __future__ import annotations


class VoimaaError(Exception):
    """Base of all errors meant for the user. `str(err)` is the message to show."""


class NotFoundError(VoimaaError):
    """The thing asked for does not exist (any more)."""


class ValidationError(VoimaaError):
    """Input was refused; nothing was changed."""


class LimitError(VoimaaError):
    """A rule of the group model would be broken (e.g. the ninth active participant)."""


class StoreError(VoimaaError):
    """The local store cannot be opened or upgraded."""


class FileInUseError(VoimaaError):
    """The target file is locked by another program (e.g. open in Excel on Windows)."""


class ImportRefusedError(VoimaaError):
    """An import file was refused as a whole; nothing was changed."""
