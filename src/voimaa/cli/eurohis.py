"""Commands of the eurohis capability (registered by the issue that builds it)."""

from __future__ import annotations

from typing import Any


def register(commands: Any, exports: Any) -> None:
    """Nothing is registered yet: no command pretends to work before it does."""
