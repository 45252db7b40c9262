"""Starting the program: the application object, the store and the main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from voimaa.errors import VoimaaError
from voimaa.store import Store
from voimaa.ui import i18n
from voimaa.ui.main_window import MainWindow


def run(data_dir: str | None = None) -> int:
    """Open the store (migrating it with a backup) and show the main window."""
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
    return code
