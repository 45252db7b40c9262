"""The "Tapahtumaloki" window: the access log with filters (group, participant code, kind,
dates), exported to Excel or printed (PDF) for a participant's request; and where the leader
sets the name that the log records with each event."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from voimaa import access_log, groups, settings
from voimaa.export import jobs
from voimaa.export.access_log_xlsx import cells, headers
from voimaa.store import Store
from voimaa.ui import ask, export_done
from voimaa.ui.ops import Op


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


class AccessLogDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Tapahtumaloki"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Kuka vei, tulosti, poisti, toi tai muutti tietoja ja milloin. Lokissa ei "
                    "ole nimiä eikä muistiinpanoja; osallistuja näkyy koodilla."
                )
            )
        )
        filters = QHBoxLayout()
        self.group = QComboBox()
        self.group.addItem(self.tr("Kaikki ryhmät"), None)
        for g in groups.list_groups(store, include_archived=True):
            self.group.addItem(g.name, g.id)
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("Osallistujakoodi"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Kaikki tapahtumat"), None)
        for k in access_log.Kind:
            self.kind.addItem(access_log.kind_label(k), k)
        self.use_dates = QCheckBox(self.tr("Aikaväli"))
        today = date.today()
        self.since = QDateEdit(_qdate(today.replace(day=1)))
        self.until = QDateEdit(_qdate(today))
        for d in (self.since, self.until):
            d.setCalendarPopup(True)
            d.setDisplayFormat("d.M.yyyy")
        for w in (self.group, self.code, self.kind, self.use_dates, self.since, self.until):
            filters.addWidget(w)
        layout.addLayout(filters)
        for signal in (
            self.group.currentIndexChanged,
            self.kind.currentIndexChanged,
            self.use_dates.toggled,
            self.since.dateChanged,
            self.until.dateChanged,
        ):
            signal.connect(self.reload)
        self.code.textChanged.connect(self.reload)
        self.table = QTableWidget(0, len(headers()))
        self.table.setHorizontalHeaderLabels(list(headers()))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)  # row numbers mean nothing here
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox()
        excel = QPushButton(self.tr("Vie Exceliin…"))
        excel.clicked.connect(lambda: self.export(".xlsx"))
        printed = QPushButton(self.tr("Tallenna PDF…"))
        printed.clicked.connect(lambda: self.export(".pdf"))
        buttons.addButton(excel, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(printed, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.tr("Sulje"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(1000, 560)
        self.reload()

    def current_filter(self) -> access_log.Filter:
        kind = self.kind.currentData()
        since = until = None
        if self.use_dates.isChecked():
            since = self.since.date().toPython()
            until = self.until.date().toPython()
        return access_log.Filter(
            group_id=self.group.currentData(),
            code=self.code.text().strip(),
            kinds=frozenset([kind]) if kind is not None else frozenset(),
            since=since,  # type: ignore[arg-type]
            until=until,  # type: ignore[arg-type]
        )

    def reload(self) -> None:
        report = access_log.report(self.store, self.current_filter())
        rows = cells(report)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()

    def export(self, suffix: str) -> None:
        name = "tapahtumaloki" + suffix
        filters = self.tr("Excel (*.xlsx)") if suffix == ".xlsx" else self.tr("PDF (*.pdf)")
        target = ask.save_to_file(self, "access_log", self.tr("Tapahtumaloki"), name, filters)
        if target is None:
            return
        flt = self.current_filter()
        Op(self, lambda: jobs.export_access_log(self.store, target, flt)).success(
            lambda path: export_done.exported(  # Avaa / Näytä kansiossa, as after every export
                self, self.tr("Tapahtumaloki"), self.tr("Tallennettu: {p}").format(p=path), path
            )
        ).run()
        self.reload()


def set_leader_name(store: Store, parent: QWidget) -> None:
    current = settings.get_setting(store, access_log.LEADER_SETTING, "")
    name = ask.get_text(
        parent,
        parent.tr("Nimesi tapahtumalokiin"),
        parent.tr("Nimi, joka kirjataan tapahtumalokiin jokaisen tapahtuman kohdalle:"),
        current if isinstance(current, str) else "",
    )
    if name is not None:
        Op(
            parent, lambda: settings.set_setting(store, access_log.LEADER_SETTING, name.strip())
        ).run()
