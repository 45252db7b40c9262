"""The "Suojaus" menu's dialogs: back up now, restore a backup (or a copy from elsewhere, with
that copy's passphrase or recovery key), change the passphrase, the idle time of the lock."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from voimaa import audit, backups, keys, safekeeping, settings
from voimaa.formats import format_date
from voimaa.store import Store
from voimaa.ui import ask
from voimaa.ui.ops import Op, OpChanges

if TYPE_CHECKING:
    from voimaa.ui.lock import LockGuard

PATH_ROLE = Qt.ItemDataRole.UserRole


IDLE_SETTING = "lock.idle_minutes"
DEFAULT_IDLE_MINUTES = 15


def idle_minutes(store: Store) -> int:
    """The lock's idle time in minutes (1–240; 15 unless set)."""
    value = settings.get_setting(store, IDLE_SETTING, DEFAULT_IDLE_MINUTES)
    return value if isinstance(value, int) and 1 <= value <= 240 else DEFAULT_IDLE_MINUTES


def last_backup_text(store: Store) -> str:
    last = backups.last_backup(store.data_dir)
    if last is None:
        return QCoreApplication.translate("Protection", "ei vielä yhtään")
    return QCoreApplication.translate("Protection", "{date} klo {time}").format(
        date=format_date(last.date()), time=f"{last:%H.%M}"
    )


def backup_status(store: Store) -> str:
    """One line for Tietoja and the backup dialog: the folder and the newest backup."""
    return QCoreApplication.translate(
        "Protection", "Varmuuskopiot: {folder} (viimeisin: {when})"
    ).format(folder=store.backup_dir, when=last_backup_text(store))


class RestoreDialog(QDialog):
    """The backups with their date and what they hold; restore one, or a copy from elsewhere."""

    def __init__(self, window: QMainWindow, store: Store) -> None:
        super().__init__(window)
        self.window_ = window
        self.store = store
        self.setWindowTitle(self.tr("Palauta varmuuskopio"))
        layout = QVBoxLayout(self)
        self.status = QLabel(backup_status(store))
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Ennen palautusta nykyiset tiedot varmuuskopioidaan, eikä vanhoja "
                    "varmuuskopioita poisteta."
                )
            )
        )
        self.list = QListWidget()
        layout.addWidget(self.list)
        self.empty = QLabel(
            self.tr(
                "Varmuuskopioita ei ole vielä. Ohjelma tekee varmuuskopion kerran päivässä, kun "
                "tietoja on muutettu; voit tehdä sen heti valikosta Suojaus → Varmuuskopioi nyt. "
                "Toiselta koneelta tai muistitikulta tuotu kopio: Palauta kopio muualta…"
            )
        )
        self.empty.setObjectName("noBackups")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.empty, 1)  # in the list's place: the spare height goes below it
        buttons = QDialogButtonBox()
        restore = buttons.addButton(
            self.tr("Palauta valittu"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        restore.setObjectName("restoreSelected")
        self.restore_button = restore
        other = QPushButton(self.tr("Palauta kopio muualta…"))
        other.clicked.connect(self.restore_other)
        buttons.addButton(other, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.tr("Sulje"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.restore_selected)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.fill()
        self.resize(640, 420)

    def fill(self) -> None:
        self.list.clear()
        for s in safekeeping.list_summaries(self.store):
            when = self.tr("{date} klo {time}").format(
                date=format_date(s.taken_at.date()), time=f"{s.taken_at:%H.%M}"
            )
            if s.groups is None:
                text = self.tr("{when} – ei voi lukea").format(when=when)
            else:
                text = self.tr("{when} – ryhmiä {groups}, osallistujia {people}").format(
                    when=when, groups=s.groups, people=s.participants
                )
            item = QListWidgetItem(text)
            item.setData(PATH_ROLE, str(s.path))
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        # With no backup the list would be an empty box and "Palauta valittu" would do nothing.
        self.list.setVisible(self.list.count() > 0)
        self.empty.setVisible(self.list.count() == 0)
        self.restore_button.setEnabled(self.list.count() > 0)

    def restore_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.restore(Path(item.data(PATH_ROLE)), None)

    def restore_other(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Palautettava kopio"), "", self.tr("Voimaan varmuuskopio (*.sqlite3)")
        )
        if not name:
            return
        path = Path(name)
        secret = CopySecretDialog(self)
        if secret.exec() != QDialog.DialogCode.Accepted:
            return

        def key() -> bytes:
            return safekeeping.copy_key(path, secret.text(), recovery=secret.recovery())

        got = Op(self, key, title=self.tr("Palauta varmuuskopio")).call()
        if got is not None:
            self.restore(path, got)

    def restore(self, path: Path, key: bytes | None) -> None:
        if not ask.confirm(
            self,
            self.tr("Palauta varmuuskopio"),
            self.tr(
                "Nykyiset tiedot korvataan varmuuskopion tiedoilla. Nykyisistä tiedoista tehdään "
                "ensin varmuuskopio. Jatketaanko?"
            ),
        ):
            return
        store = self.store

        def work() -> Path:
            store.backup(reason="ennen-palautusta", rotate=False)
            moved = store.restore(path, key=key)
            audit.record_event(store, "store.restore")
            return moved

        done = (
            Op(self.window_, work, title=self.tr("Palauta varmuuskopio"))
            .changes(OpChanges.ALL)
            .call()
        )
        if done is None:
            return
        refresh = getattr(self.window_, "refresh_groups", None)
        if callable(refresh):
            refresh()
        ask.inform(self, self.tr("Palauta varmuuskopio"), self.tr("Varmuuskopio palautettiin."))
        self.accept()


class CopySecretDialog(QDialog):
    """The passphrase or recovery key of a copy made elsewhere (its own key file beside it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kopion tunnuslause"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Anna tunnuslause, joka tietokannalla oli kopiota tehtäessä."))
        )
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        layout.addWidget(self.field)
        self.use_recovery = QCheckBox(self.tr("Annan kopion palautusavaimen"))
        layout.addWidget(self.use_recovery)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def text(self) -> str:
        return self.field.text()

    def recovery(self) -> bool:
        return self.use_recovery.isChecked()


class PassphraseDialog(QDialog):
    """Change the passphrase: the key file is rewritten, the database is not re-encrypted."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Vaihda tunnuslause"))
        form = QFormLayout(self)
        self.old = QLineEdit()
        self.new = QLineEdit()
        self.again = QLineEdit()
        for f in (self.old, self.new, self.again):
            f.setEchoMode(QLineEdit.EchoMode.Password)
        self.use_recovery = QCheckBox(self.tr("Annan palautusavaimen vanhan tunnuslauseen sijaan"))
        self.use_recovery.toggled.connect(
            lambda on: self.old.setEchoMode(
                QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
            )
        )
        form.addRow(self.tr("Nykyinen tunnuslause:"), self.old)
        form.addRow("", self.use_recovery)
        form.addRow(self.tr("Uusi tunnuslause:"), self.new)
        form.addRow(self.tr("Uusi uudelleen:"), self.again)
        self.problem = QLabel("")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a00;")
        form.addRow(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.change)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def change(self) -> None:
        if self.new.text() != self.again.text():
            self.problem.setText(self.tr("Uudet tunnuslauseet eivät ole samat."))
            return
        folder = self.store.data_dir
        old, new = self.old.text(), self.new.text()
        try:
            if self.use_recovery.isChecked():
                keys.reset_passphrase(folder, old, new)
            else:
                keys.change_passphrase(folder, old, new)
        except Exception as exc:  # a VoimaaError: wrong passphrase, too weak, disk full
            from voimaa.errors import VoimaaError

            if not isinstance(exc, VoimaaError):
                raise
            self.problem.setText(str(exc))
            return
        audit.record_event(self.store, "keys.passphrase_change")
        # a backup whose key-file copy opens with the new passphrase (the older copies keep
        # the old one: keys.unlock tries them newest first if voimaa.avain is ever lost)
        Op(self, lambda: self.store.backup(reason="uusi-tunnuslause")).run()
        ask.inform(
            self,
            self.tr("Vaihda tunnuslause"),
            self.tr("Tunnuslause vaihdettu. Tietokantaa ei tarvinnut salata uudelleen."),
        )
        self.accept()


def add_actions(window: QMainWindow, store: Store, menu: QMenu, guard: LockGuard) -> None:
    def backup_now() -> None:
        Op(window, lambda: store.backup(reason="kasin"), title=window.tr("Varmuuskopio")).success(
            lambda path: ask.inform(
                window,
                window.tr("Varmuuskopio"),
                window.tr("Varmuuskopio tehty: {path}\n{status}").format(
                    path=path, status=backup_status(store)
                ),
            )
        ).run()

    def restore() -> None:
        RestoreDialog(window, store).exec()

    def passphrase() -> None:
        PassphraseDialog(store, window).exec()

    def idle() -> None:
        minutes, ok = QInputDialog.getInt(
            window,
            window.tr("Lukitusaika"),
            window.tr("Lukitse, kun ohjelmaa ei ole käytetty (minuuttia):"),
            idle_minutes(store),
            1,
            240,
        )
        if ok:
            Op(window, lambda: settings.set_setting(store, IDLE_SETTING, minutes)).run()
            guard.set_idle(minutes)

    def log() -> None:
        from voimaa.ui.access_log import AccessLogDialog

        AccessLogDialog(store, window).exec()

    def leader() -> None:
        from voimaa.ui.access_log import set_leader_name

        set_leader_name(store, window)

    for text, slot in (
        (window.tr("Tapahtumaloki…"), log),
        (window.tr("Nimesi tapahtumalokiin…"), leader),
        (window.tr("Lukitusaika…"), idle),
        (window.tr("Vaihda tunnuslause…"), passphrase),
        (window.tr("Varmuuskopioi nyt"), backup_now),
        (window.tr("Palauta varmuuskopio…"), restore),
    ):
        action = menu.addAction(text)
        action.triggered.connect(slot)
