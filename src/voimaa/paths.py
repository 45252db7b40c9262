"""Where things live: the user's data folder and the files bundled with the program."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "Voimaa"
DATA_DIR_ENV = "VOIMAA_DATA_DIR"
BACKUP_DIRNAME = "varmuuskopiot"  # the automatic backups, inside the data folder

_PACKAGE_DIR = Path(__file__).resolve().parent


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The folder of the local store: `override`, else $VOIMAA_DATA_DIR, else the platform's
    per-user data folder (not roaming: health data stays on this laptop)."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, roaming=False))


def _bundle_roots() -> list[Path]:
    roots = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:  # a PyInstaller bundle
        roots.append(Path(frozen))
    roots.append(_PACKAGE_DIR)  # an installed wheel: voimaa/resources, voimaa/migrations
    roots.append(_PACKAGE_DIR.parent.parent)  # a source checkout: <repo>/resources
    return roots


def _bundled(name: str) -> Path:
    for root in _bundle_roots():
        candidate = root / name
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"bundled folder {name!r} not found under {_bundle_roots()}")


def resources_dir() -> Path:
    """The bundled `resources/` folder, from a source checkout, a wheel or a frozen bundle."""
    return _bundled("resources")


def asset(*parts: str) -> Path:
    """A bundled file under `resources/`, e.g. ``asset("fonts", "DejaVuSans.ttf")``."""
    path = resources_dir().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"bundled file not found: {path}")
    return path


def migrations_dir() -> Path:
    """The alembic script folder (env.py and versions/)."""
    return _bundled("migrations")


NOTICES_FILENAME = "THIRD-PARTY-NOTICES.txt"


def third_party_notices() -> Path | None:
    """The licence notices of the bundled third-party software: bundled under `resources/` in
    the frozen program (packaging/notices.py), or built by `make dist` in a source checkout.
    None when neither exists."""
    try:
        return asset(NOTICES_FILENAME)
    except FileNotFoundError:
        built = _PACKAGE_DIR.parent.parent / "build" / "packaging" / NOTICES_FILENAME
        return built if built.is_file() else None
