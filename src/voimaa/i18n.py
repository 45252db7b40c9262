"""Translation hook for user-visible text produced by the Qt-free core.

The core never imports Qt; the UI installs Qt's translator here at start-up, so core messages
go through the same `.ts`/`.qm` pipeline as the widgets. Without it, text stays Finnish.
"""

from __future__ import annotations

from collections.abc import Callable

_translator: Callable[[str, str], str] | None = None


def translate(context: str, text: str) -> str:
    """Translate `text` (Finnish source) in `context`; identity when no translator is set."""
    return text if _translator is None else _translator(context, text)


def install_translator(fn: Callable[[str, str], str] | None) -> None:
    global _translator
    _translator = fn
