"""Architecture rules that must hold for every module, now and later."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap


def _run(code: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_core_imports_with_pyside6_blocked() -> None:
    """Every module of voimaa outside voimaa.ui imports without PySide6 (STYLE.md §1)."""
    result = _run(
        """
        import importlib, pkgutil, sys
        from importlib.abc import MetaPathFinder

        class Block(MetaPathFinder):
            def find_spec(self, name, path=None, target=None):
                if name == "PySide6" or name.startswith("PySide6."):
                    raise ImportError(f"blocked: {name}")
                return None

        sys.meta_path.insert(0, Block())
        import voimaa
        names = [m.name for m in pkgutil.walk_packages(voimaa.__path__, "voimaa.")
                 if not (m.name == "voimaa.ui" or m.name.startswith("voimaa.ui."))
                 and m.name != "voimaa.__main__"]
        for name in names:
            importlib.import_module(name)
        assert not any(n.startswith("PySide6") for n in sys.modules)
        print(len(names))
        """
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) >= 20


def test_ui_modules_import() -> None:
    """Every UI module imports (catches a broken import before a user does)."""
    result = _run(
        """
        import importlib, pkgutil
        import voimaa.ui
        for m in pkgutil.walk_packages(voimaa.ui.__path__, "voimaa.ui."):
            importlib.import_module(m.name)
        """
    )
    assert result.returncode == 0, result.stderr


def test_start_up_does_not_load_reportlab_or_openpyxl(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The main window with the demo group opens without the export libraries."""
    result = _run(
        f"""
        import sys
        from PySide6.QtWidgets import QApplication
        from voimaa.store import Store
        from voimaa import demo
        app = QApplication([])
        store = Store.open({str(tmp_path)!r})
        demo.create_demo(store)
        from voimaa.ui.main_window import MainWindow
        window = MainWindow(store)
        window.show()
        app.processEvents()
        for i in range(window.tabs.count()):
            window.tabs.setCurrentIndex(i)
            app.processEvents()
        loaded = [m for m in ("reportlab", "openpyxl") if m in sys.modules]
        print(",".join(loaded))
        """
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
