"""Starting the program: the log file, the error hook, the application object, the store and the
main window."""

from __future__ import annotations

import contextlib
import logging
import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from voimaa import __version__, logs, paths
from voimaa.errors import VoimaaError
from voimaa.store import Store
from voimaa.ui import i18n, ops
from voimaa.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """A program error that no operation caught (e.g. in a slot): log it safely, tell the user.
    Ctrl+C in a terminal still ends the program."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    if exc.__traceback__ is None:
        exc = exc.with_traceback(tb)
    parent = QApplication.activeWindow() if QApplication.instance() is not None else None
    try:
        ops.report_unexpected(parent, exc, "excepthook")
    except Exception:  # never let the hook itself raise; the log line is written first
        sys.__excepthook__(exc_type, exc, tb)


def install_excepthook() -> None:
    sys.excepthook = excepthook


def run(data_dir: str | None = None) -> int:
    """Open the store (migrating it with a backup) and show the main window."""
    # Without a log file the store's own error below tells the user about the folder.
    with contextlib.suppress(OSError):
        logs.configure(paths.data_dir(data_dir))
    log.info("Voimaa %s starting", __version__)
    install_excepthook()
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Voimaa")
    app.setOrganizationName("Voimaa")
    i18n.install(app)
    try:
        store = Store.open(data_dir)
    except VoimaaError as exc:
        QMessageBox.critical(None, QCoreApplication.translate("App", "Voimaa"), str(exc))
        return 2
    window = MainWindow(store)
    window.show()
    for notice in store.notices:
        QMessageBox.warning(window, QCoreApplication.translate("App", "Voimaa"), notice)
    code = app.exec()
    store.close()
    log.info("Voimaa closed")
    logs.shutdown()
    return code
