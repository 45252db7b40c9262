"""Child-process side of the start-up benches: report the first painted frame, then close.

Run as ``python bench/_firstframe.py voimaa DATA_DIR`` or ``python bench/_firstframe.py bare``.

- ``voimaa``: the real launch order. ``voimaa.cli.main`` (what the ``voimaa`` script runs) is
  called with ``--data-dir DATA_DIR``; nothing is imported before it. An import hook waits for
  ``voimaa.ui.app`` to be loaded by the program itself and wraps its ``MainWindow`` so that the
  window reports its first frame painted with the group list and the selected group's current
  section, then closes itself; the program then exits as it normally does (store closed).
- ``bare``: the floor, a bare PySide6 ``QMainWindow`` of the same size in the same venv.

At the first frame one line is printed to stdout: ``FRAME <monotonic seconds> <peak RSS KiB>``.
The parent measures the spawn time and the exit time with the same (system-wide) monotonic clock.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import sys
import time
from types import ModuleType
from typing import Any


def _peak_rss_kib() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    import resource

    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def _watch(window: Any, targets: Any) -> None:
    """Print FRAME once every widget of `targets()` (or a child of it) has been painted."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    painted: set[int] = set()

    class Filter(QObject):
        done = False

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if self.done or event.type() != QEvent.Type.Paint or not isinstance(obj, QWidget):
                return False
            wanted = targets()
            for i, widget in enumerate(wanted):
                if widget is obj or widget.isAncestorOf(obj):
                    painted.add(i)
            if len(painted) == len(wanted):
                self.done = True
                print(f"FRAME {time.monotonic():.6f} {_peak_rss_kib()}", flush=True)
                QTimer.singleShot(0, window.close)
            return False

    app = QApplication.instance()
    assert app is not None
    keeper = Filter(app)
    app.installEventFilter(keeper)


class _AfterImport(importlib.abc.MetaPathFinder):
    """Calls `then(module)` right after `name` has been imported by someone else."""

    def __init__(self, name: str, then: Any) -> None:
        self.name, self.then = name, then

    def find_spec(self, fullname: str, path: Any, target: Any = None) -> Any:
        if fullname != self.name:
            return None
        sys.meta_path.remove(self)
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        assert spec is not None and spec.loader is not None
        loader, then = spec.loader, self.then

        class Loader(importlib.abc.Loader):
            def create_module(self, spec: Any) -> ModuleType | None:
                return loader.create_module(spec)

            def exec_module(self, module: ModuleType) -> None:
                loader.exec_module(module)  # type: ignore[attr-defined]
                then(module)

        spec.loader = Loader()
        return spec


def _wrap_main_window(app_module: ModuleType) -> None:
    real = app_module.MainWindow

    def build(store: Any) -> Any:
        window = real(store)
        _watch(window, lambda: [window.group_list.viewport(), window.tabs.currentWidget()])
        return window

    app_module.MainWindow = build


def voimaa(data_dir: str) -> int:
    sys.meta_path.insert(0, _AfterImport("voimaa.ui.app", _wrap_main_window))
    from voimaa.cli import main

    return main(["--data-dir", data_dir])


def bare() -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1200, 760)
    window.show()
    _watch(window, lambda: [window])
    return app.exec()


if __name__ == "__main__":
    sys.path.pop(0)  # this folder: the child sees the program exactly as `voimaa` does
    if sys.argv[1] == "voimaa":
        raise SystemExit(voimaa(sys.argv[2]))
    raise SystemExit(bare())
