"""Start-up loads only what it uses: the CLI per command, alembic only to migrate.

Each check runs in a fresh interpreter and looks at ``sys.modules`` afterwards, so it counts
imports, not seconds (timings belong to bench/, never to tests).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from voimaa import store as store_module
from voimaa.cli import eurohis as cli_eurohis
from voimaa.models import Phase, WordingVersion

HEAVY = ("sqlalchemy", "alembic", "mako", "PySide6", "reportlab", "openpyxl", "voimaa.models")


def _loaded_after(code: str, *args: str) -> set[str]:
    """The top-level packages (and voimaa.models) in sys.modules after `code` ran."""
    probe = textwrap.dedent(code) + textwrap.dedent(
        """
        import json, sys
        names = {n.split(".")[0] for n in sys.modules}
        names |= {n for n in sys.modules if n.startswith("voimaa.")}
        print("MODULES" + json.dumps(sorted(names)))
        """
    )
    env = {k: v for k, v in os.environ.items() if k != "VOIMAA_DATA_DIR"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    out = subprocess.run(
        [sys.executable, "-c", probe, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    ).stdout
    line = next(x for x in out.splitlines() if x.startswith("MODULES"))
    return set(json.loads(line.removeprefix("MODULES")))


def _run_cli(*argv: str) -> str:
    return f"""
        import sys
        from voimaa.cli import main
        try:
            main({list(argv)!r})
        except SystemExit:
            pass
        """


@pytest.mark.parametrize("argv", [("--version",), ("--help",), ("export", "--help")])
def test_version_and_help_load_no_database_gui_or_writer_library(argv: tuple[str, ...]) -> None:
    loaded = _loaded_after(_run_cli(*argv))
    assert not loaded & set(HEAVY)
    assert "voimaa.store" not in loaded


def test_a_command_on_a_store_at_the_head_revision_loads_no_alembic_gui_or_writers(
    tmp_path: Path,
) -> None:
    data = str(tmp_path / "data")
    _loaded_after(_run_cli("--data-dir", data, "demo"))  # builds the store (with alembic)
    loaded = _loaded_after(_run_cli("--data-dir", data, "groups"))
    assert "sqlalchemy" in loaded and "voimaa.store" in loaded  # it did open the store
    assert not loaded & {"alembic", "mako", "PySide6", "reportlab", "openpyxl"}


def test_an_older_store_is_still_migrated(tmp_path: Path) -> None:
    """The plain-SQL revision check hands a store below the head to alembic."""
    data = tmp_path / "data"
    loaded = _loaded_after(
        """
        import sys
        from voimaa.store import DB_FILENAME, Store
        s = Store.open(sys.argv[1])
        with s.engine.begin() as conn:
            conn.exec_driver_sql("UPDATE alembic_version SET version_num = 'not-a-revision'")
        s.close()
        from voimaa.errors import StoreError
        try:
            Store.open(sys.argv[1])
        except StoreError as exc:
            assert "uudemmalla Voimaan versiolla" in str(exc), exc
        else:
            raise AssertionError("a store of an unknown revision was opened")
        """,
        str(data),
    )
    assert "alembic" in loaded  # an unknown revision went to alembic, which refused it


def test_head_revision_constant_is_alembics_head() -> None:
    """A new migration must update store.HEAD_REVISION, or stores would never be upgraded."""
    assert store_module.head_revision() == store_module.HEAD_REVISION


def test_cli_choices_are_the_enums_values() -> None:
    assert tuple(p.value for p in Phase) == cli_eurohis.PHASES
    assert tuple(w.value for w in WordingVersion) == cli_eurohis.WORDINGS
