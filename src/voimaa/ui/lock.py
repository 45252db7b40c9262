"""The lock: after an idle time (default 15 minutes, setting ``lock.idle_minutes``) and on
Ctrl+L the window's content is taken out and a lock screen asking for the passphrase takes its
place; other windows of the program are hidden. Nothing is closed, so unsaved fields are kept
as they were; nothing of the data is shown (or reachable through the widget tree of the window)
until the passphrase or the recovery key is given.

Also the "Suojaus" menu: lock now, the idle time, change the passphrase, back up now, restore.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from voimaa import keys
from voimaa.errors import VoimaaError
from voimaa.store import Store
from voimaa.ui import protection
from voimaa.ui.protection import idle_minutes

_INPUT = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
}


class LockScreen(QWidget):
    """What the window shows while locked: no data, a passphrase field."""

    def __init__(self, guard: LockGuard) -> None:
        super().__init__()
        self.guard = guard
        self.setObjectName("lockScreen")
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        column = QWidget()
        column.setMaximumWidth(480)
        outer.addWidget(column)
        outer.addStretch(1)
        layout = QVBoxLayout(column)
        layout.addStretch(1)
        title = QLabel(self.tr("Voimaa on lukittu"))
        title.setStyleSheet("font-size: 20pt;")
        layout.addWidget(title)
        layout.addWidget(QLabel(self.tr("Tiedot on piilotettu. Avaa lukitus tunnuslauseella.")))
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setMaximumWidth(360)
        self.field.returnPressed.connect(self.try_unlock)
        layout.addWidget(self.field)
        self.use_recovery = QCheckBox(self.tr("Käytä palautusavainta"))
        self.use_recovery.toggled.connect(self._mode)
        layout.addWidget(self.use_recovery)
        self.problem = QLabel("")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a00;")
        layout.addWidget(self.problem)
        button = QPushButton(self.tr("Avaa lukitus"))
        button.setMaximumWidth(200)
        button.clicked.connect(self.try_unlock)
        layout.addWidget(button)
        layout.addStretch(2)

    def _mode(self, recovery: bool) -> None:
        """As in the unlock dialog: the recovery key is typed from paper, so it is shown."""
        self.field.clear()
        self.field.setEchoMode(
            QLineEdit.EchoMode.Normal if recovery else QLineEdit.EchoMode.Password
        )
        self.field.setPlaceholderText(self.tr("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX") if recovery else "")
        self.field.setFocus()

    def try_unlock(self) -> None:
        recovery = self.use_recovery.isChecked()
        try:
            key = keys.unlock(self.guard.store.data_dir, self.field.text(), recovery=recovery)
        except VoimaaError as exc:
            self.problem.setText(str(exc))
            self.field.selectAll()
            return
        if key != self.guard.store.key:
            self.problem.setText(self.tr("Avain ei kuulu tähän tietokantaan."))
            return
        self.guard.unlock()


class LockGuard(QObject):
    """Locks `window` after the idle time and on Ctrl+L; unlocks with the passphrase."""

    def __init__(self, window: QMainWindow, store: Store) -> None:
        super().__init__(window)
        self.window = window
        self.store = store
        self.saved: QWidget | None = None
        self.screen: LockScreen | None = None
        self.hidden: list[QWidget] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self.set_idle(idle_minutes(store))
        shortcut = QShortcut(QKeySequence("Ctrl+L"), window)
        shortcut.activated.connect(self.lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @property
    def locked(self) -> bool:
        return self.saved is not None

    def set_idle(self, minutes: int) -> None:
        self.timer.setInterval(minutes * 60_000)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT and not self.locked:
            self.timer.start()
        return False

    def lock(self) -> None:
        if self.locked:
            return
        self.hidden = [
            w for w in QApplication.topLevelWidgets() if w is not self.window and w.isVisible()
        ]
        for w in self.hidden:
            w.hide()
        self.saved = self.window.takeCentralWidget()
        self.screen = LockScreen(self)
        self.window.setCentralWidget(self.screen)
        self.window.menuBar().setEnabled(False)
        self.screen.field.setFocus()

    def unlock(self) -> None:
        if self.saved is None:
            return
        self.window.setCentralWidget(self.saved)  # deletes the lock screen
        self.saved.show()
        self.saved = None
        self.screen = None
        self.window.menuBar().setEnabled(True)
        for w in self.hidden:
            w.show()
        self.hidden = []
        self.timer.start()


def install(window: QMainWindow, store: Store, menu: QMenu) -> LockGuard:
    """The lock guard of `window` and the "Suojaus" menu's actions in `menu`."""
    guard = LockGuard(window, store)
    lock_action = menu.addAction(window.tr("Lukitse nyt (Ctrl+L)"))
    lock_action.triggered.connect(guard.lock)
    protection.add_actions(window, store, menu, guard)
    return guard
