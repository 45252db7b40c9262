"""The coordinator's window: import the groups' coordinator exports, see and remove imported
groups, and save the combined report (Excel or PDF). Imports and exports run off the UI thread."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from voimaa import coordinator
from voimaa.errors import VoimaaError
from voimaa.formats import format_date
from voimaa.models import GroupMode
from voimaa.store import Store
from voimaa.ui import ask, export_done
from voimaa.ui.followup_table import FollowUpTable
from voimaa.ui.ops import Op

T = TypeVar("T")

ID_ROLE = Qt.ItemDataRole.UserRole


class CoordinatorWindow(QMainWindow):
    """The regional coordinator's view over imported groups (no names anywhere)."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("coordinatorWindow")
        self.setWindowTitle(self.tr("Voimaa – koordinaattori"))
        self.resize(1000, 620)
        self.imported: list[coordinator.ImportedSummary] = []

        intro = QLabel(
            self.tr(
                "<h2 style='margin:0'>Koordinaattorin yhteenveto</h2>"
                "<p>Tuo ryhmien koordinaattoriaineistot (.zip) eri koneilta ja paikkakunnilta. "
                "Saman ryhmän uusi tuonti korvaa aiemman. Yhteenvedossa alle 3 henkilön "
                "luvut näkyvät muodossa &lt;3.</p>"
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        self.table = QTableWidget(0, 7, self)
        self.table.setObjectName("importedTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Paikkakunta"),
                self.tr("Toteutus"),
                self.tr("Ajankohta"),
                self.tr("Kertoja"),
                self.tr("Osallistujia"),
                self.tr("Viety"),
                self.tr("Tiedosto"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.summary = QLabel(self)
        self.summary.setObjectName("coordinatorSummary")
        self.summary.setWordWrap(True)

        self.import_button = QPushButton(self.tr("Tuo aineistoja…"), self)
        self.import_button.setObjectName("importButton")
        self.import_button.clicked.connect(self.import_files)
        self.remove_button = QPushButton(self.tr("Poista valittu…"), self)
        self.remove_button.setObjectName("removeButton")
        self.remove_button.clicked.connect(self.remove_selected)
        self.xlsx_button = QPushButton(self.tr("Tallenna yhteenveto Excel…"), self)
        self.xlsx_button.setObjectName("combinedXlsx")
        self.xlsx_button.clicked.connect(lambda: self.export_combined(".xlsx"))
        self.pdf_button = QPushButton(self.tr("Tallenna yhteenveto PDF…"), self)
        self.pdf_button.setObjectName("combinedPdf")
        self.pdf_button.clicked.connect(lambda: self.export_combined(".pdf"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.xlsx_button)
        buttons.addWidget(self.pdf_button)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addWidget(intro)
        self.followup = FollowUpTable(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("coordinatorTabs")
        self.tabs.addTab(self.table, self.tr("Tuodut ryhmät"))
        self.tabs.addTab(self.followup, self.tr("Seurantaluvut"))
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        self.setCentralWidget(central)
        self.setAcceptDrops(True)
        close = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        close.setContext(Qt.ShortcutContext.WindowShortcut)
        close.activated.connect(self.close)
        self.refresh()

    # ----- view ---------------------------------------------------------------------------
    def refresh(self) -> None:
        def load() -> tuple[list[coordinator.ImportedSummary], coordinator.CombinedReport | None]:
            imported = coordinator.list_imported(self.store)
            periods = coordinator.importing.imported_periods(self.store)
            has_data = bool(imported or periods)
            return imported, coordinator.combined_report(self.store) if has_data else None

        loaded = Op(self, load, title=self.tr("Koordinaattori")).call()
        self.imported, report = loaded if loaded is not None else ([], None)
        self.table.setRowCount(len(self.imported))
        for row, g in enumerate(self.imported):
            dates = " – ".join(x for x in (format_date(g.start_date), format_date(g.end_date)) if x)
            mode = self.tr("etäryhmä") if g.mode == GroupMode.REMOTE else self.tr("lähiryhmä")
            values = (
                g.place
                or (self.tr("Etäryhmä") if g.mode == GroupMode.REMOTE else self.tr("(ei paikkaa)")),
                mode,
                dates,
                str(g.sessions),
                str(g.participants)
                if g.participants >= coordinator.MIN_CELL or not g.participants
                else coordinator.HIDDEN,
                format_date(g.exported_on),
                g.source_file,
            )
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(ID_ROLE, g.id)
                self.table.setItem(row, col, item)
        self.followup.show_figures(None if report is None else report.followup)
        if report is None:
            self.summary.setText(self.tr("Ei tuotuja ryhmiä. Aloita tuomalla aineistoja."))
        else:
            o = report.overall
            places = ", ".join(a.label for a in report.places)
            self.summary.setText(
                self.tr(
                    "{g} ryhmää ({places}) · {p} osallistujaa · alku- ja loppumittaus {n}"
                ).format(
                    g=o.groups.value,
                    places=places,
                    p=_figure(o.participants),
                    n=_figure(o.change.pairs),
                )
            )
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.selected_id() is not None)
        for button in (self.xlsx_button, self.pdf_button):
            button.setEnabled(bool(self.imported))

    def selected_id(self) -> uuid.UUID | None:
        items = self.table.selectedItems()
        return None if not items else items[0].data(ID_ROLE)

    # ----- actions ------------------------------------------------------------------------
    def import_files(self) -> None:
        paths = ask.open_paths(
            self, self.tr("Tuo koordinaattorin aineistoja"), self.tr("Voimaa-aineisto (*.zip)")
        )
        self.import_paths([Path(p) for p in paths])

    # Files dragged from the file manager go the same way as the ones chosen with the button.
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if _dropped_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = _dropped_files(event.mimeData())
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        self.import_paths(files)

    def import_paths(self, paths: list[Path]) -> None:
        """Import the coordinator files `paths` (chosen with the button or dropped)."""
        if not paths:
            return
        title = self.tr("Tuonti")

        def done(result: coordinator.ImportReport) -> None:
            self.refresh()
            lines = [
                self.tr("Tuotiin %n ryhmä.|Tuotiin %n ryhmää.", "", len(result.imported))
                if result.imported
                else self.tr("Yhtään ryhmää ei tuotu.")
            ]
            if result.periods:
                n = sum(p.periods for p in result.periods)
                lines.append(
                    self.tr("Tuotiin %n yksilötyön jakso.|Tuotiin %n yksilötyön jaksoa.", "", n)
                )
            replaced = sum(1 for g in result.imported if g.replaced)
            if replaced:
                lines.append(
                    self.tr("{n} niistä korvasi saman ryhmän aiemman tuonnin.").format(n=replaced)
                )
            if result.refused:
                lines.append(self.tr("Hylätyt tiedostot (ne eivät muuttaneet mitään):"))
                lines += [reason for _name, reason in result.refused]
                ask.warn(self, title, "\n\n".join(lines))
            else:
                ask.inform(self, title, "\n".join(lines))

        self._run(
            self.tr("Tuodaan aineistoja…"),
            lambda: coordinator.import_files(self.store, list(paths)),
            done,
            title,
        )

    def remove_selected(self) -> None:
        imported_id = self.selected_id()
        if imported_id is None:
            return
        g = next((x for x in self.imported if x.id == imported_id), None)
        if g is None:
            return
        text = self.tr(
            "Poistetaanko tuotu ryhmä {place} ({dates}) yhteenvedosta? Voit tuoda sen "
            "myöhemmin uudelleen."
        ).format(
            place=g.place or self.tr("etäryhmä"),
            dates=" – ".join(x for x in (format_date(g.start_date), format_date(g.end_date)) if x),
        )
        if not ask.confirm(self, self.tr("Poista tuotu ryhmä"), text, danger=True):
            return
        Op(
            self,
            lambda: coordinator.remove_imported(self.store, imported_id),
            title=self.tr("Poista tuotu ryhmä"),
        ).run()
        self.refresh()

    def export_combined(self, suffix: str) -> None:
        from voimaa.export import jobs  # the writers load with the first export

        is_pdf = suffix == ".pdf"
        path = ask.save_to_file(
            self,
            "combined",
            self.tr("Tallenna yhteenveto"),
            f"voimaa-yhteenveto-{date.today():%Y%m%d}{suffix}",
            self.tr("PDF (*.pdf)") if is_pdf else self.tr("Excel-työkirja (*.xlsx)"),
        )
        if path is None:
            return
        title = self.tr("Yhteenveto")

        def done(written: Path) -> None:
            self.summary.setText(self.tr("Yhteenveto tallennettu: {p}").format(p=written))
            export_done.exported(
                self, title, self.tr("Yhteenveto tallennettu: {p}").format(p=written), written
            )

        self._run(
            self.tr("Tehdään yhteenvetoa…"),
            lambda: jobs.export_combined(self.store, path),
            done,
            title,
        )

    def _run(
        self, label: str, work: Callable[[], T], done: Callable[[T], None], title: str
    ) -> None:
        """Run in the background; a refusal is shown and the list reloaded."""

        def refused(exc: VoimaaError) -> None:
            ask.warn(self, title, str(exc))
            self.refresh()

        Op(self, work).with_progress(label).success(done).failure(refused).run()


def _dropped_files(mime: QMimeData) -> list[Path]:
    """The local files in a drop (the import itself says which of them are not coordinator
    files)."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def _figure(fig: coordinator.Figure) -> str:
    if fig.hidden:
        return fig.mark
    return "–" if fig.value is None else str(fig.value)
