"""Starting the program: the log file, the error hook, the application object, the store and the
main window."""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from types import TracebackType
from typing import NoReturn

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from voimaa import __version__, encryption, location, logs, paths, safekeeping
from voimaa.errors import VoimaaError
from voimaa.store import Store
from voimaa.ui import ask, i18n, mnemonics, ops, printing, unlock, wheel_guard
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


def offer_restore(window: MainWindow, store: Store) -> bool:
    """After a damaged store was moved aside, offer its newest backup before working on in an
    empty store. Returns whether a backup was restored."""
    recovery = store.recovery
    newest = recovery.newest if recovery is not None else None
    if newest is None:
        return False
    question = QCoreApplication.translate(
        "App",
        "Tietokanta oli vioittunut, ja ohjelma aloitti tyhjän tietokannan. Uusin varmuuskopio "
        "on {when}.\n\nPalautetaanko se? Vioittunut tiedosto säilyy talteen.",
    ).format(when=newest.taken_at.strftime("%d.%m.%Y klo %H.%M"))
    title = QCoreApplication.translate("App", "Palauta varmuuskopio")
    if not ask.confirm(window, title, question):
        return False
    restored = (
        ops.Op(window, lambda: store.restore(newest.path), title=title)
        .changes(ops.OpChanges.ALL)
        .call()
    )
    if restored is None:
        return False
    window.refresh_groups()
    ask.inform(
        window,
        title,
        QCoreApplication.translate("App", "Varmuuskopio {when} palautettiin.").format(
            when=newest.taken_at.strftime("%d.%m.%Y klo %H.%M")
        ),
    )
    return True


def _daily_backup(store: Store) -> None:
    """The automatic backup (at most once a day, after changes); a fault is logged and told."""
    try:
        safekeeping.daily_backup(store)
    except VoimaaError as exc:
        log.warning("the daily backup failed")
        QMessageBox.warning(
            None,
            QCoreApplication.translate("App", "Voimaa"),
            QCoreApplication.translate(
                "App", "Päivittäinen varmuuskopio jäi tekemättä: {reason}"
            ).format(reason=exc),
        )


def run(data_dir: str | None = None) -> int:
    """Open the store (migrating it with a backup) and show the main window; when it closes,
    end the process (:func:`end_process`). Returns only when the store cannot be opened."""
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
    mnemonics.install(app)
    wheel_guard.install(app)
    printing.clean_up()  # what the last run left for the printer
    app.aboutToQuit.connect(lambda: printing.clean_up(printing.KEEP_AT_EXIT_S))
    folder = paths.data_dir(data_dir)
    for warning in location.warnings(folder):
        QMessageBox.warning(None, QCoreApplication.translate("App", "Voimaa"), warning)
    try:
        opened = unlock.obtain(folder)
        if opened is None:
            return 0
        store = encryption.open_store(data_dir, key=opened.key, new_keys=opened.new_keys)
    except VoimaaError as exc:
        QMessageBox.critical(None, QCoreApplication.translate("App", "Voimaa"), str(exc))
        return 2
    _daily_backup(store)
    window = MainWindow(store)
    window.show()
    for notice in store.notices:
        QMessageBox.warning(window, QCoreApplication.translate("App", "Voimaa"), notice)
    offer_restore(window, store)
    code = app.exec()
    _daily_backup(store)
    store.close()
    log.info("Voimaa closed")
    logs.shutdown()
    end_process(code)


def end_process(code: int) -> NoReturn:
    """End the program at once, after the store was closed cleanly and the log file shut.

    The interpreter's own teardown (freeing every module and Qt object one by one) took
    0.2–0.5 s on a two-core laptop against none for a bare window, and does nothing the OS does
    not: by now every task has finished (the main window waits for them), the store's last
    connection is closed (SQLite checkpointed the WAL, the open-marker is removed) and the log
    file is closed. What is left is flushing the standard streams and the logging module.
    """
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(code)
