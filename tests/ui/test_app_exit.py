"""The program ends at once after its window closes, and leaves the store closed cleanly."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from voimaa import groups
from voimaa.store import DB_FILENAME, OPEN_MARKER, Store

PROGRAM = textwrap.dedent(
    """
    import atexit, sys
    from PySide6.QtCore import QTimer
    import voimaa.ui.app as app
    from voimaa import groups

    real = app.MainWindow

    def window(store):
        w = real(store)
        def last_edit_and_close():
            groups.create_group(store, groups.NewGroup(name="Viimeinen muutos"))
            w.close()
        QTimer.singleShot(0, last_edit_and_close)
        return w

    app.MainWindow = window
    atexit.register(print, "interpreter teardown ran")
    from voimaa.cli import main
    sys.exit(main(["--data-dir", sys.argv[1]]))
    """
)


def test_closing_the_window_ends_the_process_with_the_store_closed(tmp_path: Path) -> None:
    data = tmp_path / "data"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("VOIMAA_DATA_DIR", None)
    done = subprocess.run(
        [sys.executable, "-c", PROGRAM, str(data)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "interpreter teardown ran" not in done.stdout  # ended by end_process, not torn down
    assert not list(data.glob(f"{OPEN_MARKER}*"))  # a clean close: no unclean-shutdown marker
    wal = data / (DB_FILENAME + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0  # checkpointed by the last close
    log_text = "".join(p.read_text(encoding="utf-8") for p in data.rglob("*.log"))
    assert "Voimaa closed" in log_text
    store = Store.open(data)
    try:
        assert store.notices == []
        assert [g.name for g in groups.list_groups(store)] == ["Viimeinen muutos"]
    finally:
        store.close()
