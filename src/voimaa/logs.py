"""The program's log file: a rotating file in the data folder that never holds personal data.

A log may be sent to whoever maintains the program, so it records only what a program error
is made of: the exception's type and a traceback of file names, line numbers, function names
and source lines. It never records an exception's message (a domain error's message may name a
participant), argument values or local variables. :class:`SafeFormatter` enforces this for
every ``log.exception(...)`` in the package; callers still write only fixed texts and ids as
log messages, never user data.

Qt-free: the UI and the CLI both use it.
"""

from __future__ import annotations

import logging
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

LOG_DIRNAME = "logs"
LOG_FILENAME = "voimaa.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3
LOGGER_NAME = "voimaa"

_PACKAGE_PARENT = Path(__file__).resolve().parent.parent
_state: dict[str, RotatingFileHandler] = {}

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def _short_path(filename: str) -> str:
    """A file name without the folders above the package (they may hold the user's name)."""
    path = Path(filename)
    try:
        return path.resolve().relative_to(_PACKAGE_PARENT).as_posix()
    except (ValueError, OSError):
        pass
    parts = path.parts
    if "site-packages" in parts:
        return Path(*parts[parts.index("site-packages") + 1 :]).as_posix()
    return path.name


def _type_name(exc: BaseException) -> str:
    cls = type(exc)
    name = (
        cls.__qualname__ if cls.__module__ == "builtins" else f"{cls.__module__}.{cls.__qualname__}"
    )
    errno = getattr(exc, "errno", None)
    return f"{name} [errno {errno}]" if isinstance(errno, int) else name


def safe_traceback(exc: BaseException) -> str:
    """The traceback of `exc` (and of its causes), without any message or value."""
    lines: list[str] = []
    seen: set[int] = set()

    def walk(err: BaseException) -> None:
        seen.add(id(err))
        if err.__cause__ is not None and id(err.__cause__) not in seen:
            walk(err.__cause__)
            lines.append("The above exception was the direct cause of the following exception:")
        elif (
            err.__context__ is not None
            and not err.__suppress_context__
            and id(err.__context__) not in seen
        ):
            walk(err.__context__)
            lines.append("During handling of the above exception, another exception occurred:")
        lines.append("Traceback (most recent call last):")
        for frame in traceback.extract_tb(err.__traceback__):
            lines.append(
                f'  File "{_short_path(frame.filename)}", line {frame.lineno}, in {frame.name}'
            )
            if frame.line:
                lines.append(f"    {frame.line.strip()}")
        lines.append(_type_name(err))

    walk(exc)
    return "\n".join(lines)


class SafeFormatter(logging.Formatter):
    """Formats `exc_info` with :func:`safe_traceback`: no exception message reaches the file."""

    def formatException(self, ei: ExcInfo | tuple[None, None, None]) -> str:
        exc = ei[1]
        return "" if exc is None else safe_traceback(exc)


def configure(data_dir: Path, *, level: int = logging.INFO) -> Path:
    """Send the package's log records to `data_dir`/logs/voimaa.log (rotated at about 1 MB,
    three old files kept). Calling it again moves the log to the new folder."""
    folder = data_dir / LOG_DIRNAME
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILENAME
    handler = RotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True
    )
    handler.setFormatter(SafeFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger = logging.getLogger(LOGGER_NAME)
    old = _state.pop("handler", None)
    if old is not None:
        logger.removeHandler(old)
        old.close()
    logger.addHandler(handler)
    logger.setLevel(level)
    _state["handler"] = handler
    return path


def shutdown() -> None:
    """Detach and close the log file (tests, and a clean exit)."""
    old = _state.pop("handler", None)
    if old is not None:
        logging.getLogger(LOGGER_NAME).removeHandler(old)
        old.close()


def log_file() -> Path | None:
    """The current log file, or None when :func:`configure` was not called."""
    handler = _state.get("handler")
    return None if handler is None else Path(handler.baseFilename)


def log_unexpected(exc: BaseException, where: str) -> None:
    """Record a program error: its type, where it happened (a function's qualified name, never
    user data) and its safe traceback. The traceback goes into the message itself, so even a
    handler without :class:`SafeFormatter` gets no exception message."""
    logging.getLogger(f"{LOGGER_NAME}.unexpected").error(
        "Unexpected %s in %s\n%s", _type_name(exc), where, safe_traceback(exc)
    )
