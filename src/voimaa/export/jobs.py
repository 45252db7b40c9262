"""Export use cases: one function per thing a leader or the coordinator can export.

Each use case reads the core's plain report, picks the writer from the one suffix table
(:data:`FORMATS`), writes the file atomically (the writers do so through
:func:`voimaa.export.files.atomic_write`) and records the audit event. The CLI and the UI call
these functions, never a writer directly; the core never imports this package.

Writers share one signature, ``write(path, data) -> Path``, and are imported only when a file
is written, so start-up never pays for reportlab or openpyxl.
"""

from __future__ import annotations

import importlib
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from voimaa import audit
from voimaa.errors import ValidationError
from voimaa.store import Store

Writer = Callable[[Path, Any], Path]


@dataclass(frozen=True)
class ExportKind:
    """What can be exported as which files: suffix → "module:function" of the writer."""

    writers: dict[str, str]
    refused: Callable[[], str]  # the Finnish message for any other suffix

    def writer(self, path: Path) -> Writer:
        """The writer for `path`'s suffix; a `ValidationError` for a suffix not offered."""
        spec = self.writers.get(path.suffix.lower())
        if spec is None:
            raise ValidationError(self.refused())
        module, function = spec.split(":")
        fn: Writer = getattr(importlib.import_module(module), function)
        return fn


FORMATS: dict[str, ExportKind] = {}


def write(kind: str, path: str | Path, data: Any) -> Path:
    """Write `data` to `path` with the writer that `kind` names for the path's suffix."""
    target = Path(path)
    return FORMATS[kind].writer(target)(target, data)


def check_suffix(kind: str, path: str | Path) -> None:
    """Refuse a file name whose suffix `kind` cannot be written as, before any work is done."""
    FORMATS[kind].writer(Path(path))


def log_export(
    store: Store,
    action: str,
    written: Path,
    *,
    group_id: uuid.UUID | None = None,
    **details: Any,
) -> None:
    """Record that a file was written (its own unit of work, after the file is in place)."""
    audit.record_event(store, action, group_id=group_id, target=str(written), **details)
