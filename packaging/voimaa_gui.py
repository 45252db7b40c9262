"""Entry point of the frozen `Voimaa` executable (windowed): starts the program.

Arguments are those of `voimaa` (e.g. ``--data-dir``). A windowed Windows program has no
console, so stdout/stderr are pointed at the null device when they are missing.

For the smoke test only: when ``VOIMAA_SMOKE_REPORT`` names a file, the program quits by itself
after ``VOIMAA_SMOKE_QUIT_MS`` milliseconds (default 3000) and first writes a small JSON report
there: the UI language, the top-level windows and whether the Swedish translations load.
"""

from __future__ import annotations

import json
import os
import sys


def _ensure_streams() -> None:
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115


def _arm_smoke_quit(report: str) -> None:
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
    from PySide6.QtWidgets import QApplication

    from voimaa.ui import i18n

    app = QApplication.instance() or QApplication(sys.argv)

    def finish() -> None:
        qm_dir = i18n._QM_DIR
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        loads = {}
        for name, folder in (
            ("voimaa_sv", str(qm_dir)),
            ("qtbase_sv", qt_dir),
            ("qtbase_fi", qt_dir),
        ):
            loads[name] = QTranslator().load(name, folder)
        data = {
            "locale": QLocale().name(),
            "windows": sorted(
                w.objectName() or type(w).__name__ for w in app.topLevelWidgets() if w.isVisible()
            ),
            "titles": sorted(w.windowTitle() for w in app.topLevelWidgets() if w.isVisible()),
            "translations_loadable": loads,
            # Qt's own button text as the running program shows it (not "Cancel").
            "qt_cancel": QCoreApplication.translate("QPlatformTheme", "Cancel"),
            "frozen": bool(getattr(sys, "frozen", False)),
        }
        with open(report, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False)
        app.quit()

    QTimer.singleShot(int(os.environ.get("VOIMAA_SMOKE_QUIT_MS", "3000")), finish)


def main() -> int:
    _ensure_streams()
    report = os.environ.get("VOIMAA_SMOKE_REPORT")
    if report:
        _arm_smoke_quit(report)
    from voimaa.cli import main as voimaa_main

    return voimaa_main(sys.argv[1:])


if __name__ == "__main__":
    raise SystemExit(main())
