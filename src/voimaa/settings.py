"""User settings kept in the store: one JSON value per key.

Settings live in the store (not in a config file) so that they travel with the data and are
backed up with it. Every change is logged. Typed views of known keys live with their capability
(e.g. :mod:`voimaa.eurohis.settings`) and build on this module, never the other way round.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from voimaa import audit
from voimaa.models import Setting
from voimaa.store import Store


def get_setting(store: Store, key: str, default: Any = None) -> Any:
    """The stored value of `key`, or `default` when it has never been set."""
    with store.session() as s:
        value = s.scalar(select(Setting.value).where(Setting.key == key))
    return default if value is None else value


def set_setting(store: Store, key: str, value: Any) -> None:
    """Store `value` (anything JSON can hold) under `key`, replacing an earlier value."""
    if not key or len(key) > 100:
        raise ValueError("a setting key is 1–100 characters")
    with store.session() as s:
        row = s.scalar(select(Setting).where(Setting.key == key))
        if row is None:
            s.add(Setting(key=key, value=value))
        else:
            row.value = value
        audit.record(s, "settings.change", target=key)
