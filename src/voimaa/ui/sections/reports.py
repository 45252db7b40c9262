"""The Raportit section: the leader pair's group report (PDF or Excel) and the pseudonymised
export for the regional coordinator, with the list of who is in it (consent)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from voimaa import coordinator, groups, labels
from voimaa.errors import VoimaaError
from voimaa.store import Store
from voimaa.ui import ask, export_done
from voimaa.ui.ops import Op
from voimaa.ui.sections.base import Section

T = TypeVar("T")


def _file_stem(name: str) -> str:
    """A file name part from a group name: letters, digits and dashes only."""
    stem = re.sub(r"[^\w]+", "-", name.casefold()).strip("-")
    return stem[:60] or "ryhma"


class ReportsSection(Section):
    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("ReportsSection", "Raportit")

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.last_file: Path | None = None

        # The leader pair's report
        report_box = QGroupBox(self.tr("Ryhmän raportti ohjaajille"), self)
        intro = QLabel(
            self.tr(
                "Koko ryhmän raportti: kerrat ja aiheet, asiantuntijat, läsnäolot, "
                "EUROHIS-8 alussa ja lopussa kaavion kera, palaute ja budjetti. "
                "Osallistujat näkyvät koodeina, ellet valitse nimiä."
            ),
            report_box,
        )
        intro.setWordWrap(True)
        self.include_names = QCheckBox(self.tr("Näytä osallistujien nimet raportissa"), report_box)
        self.include_names.setObjectName("includeNames")
        self.pdf_button = QPushButton(self.tr("Tallenna raportti PDF-tiedostoksi…"), report_box)
        self.pdf_button.setObjectName("groupReportPdf")
        self.pdf_button.clicked.connect(lambda: self.export_group_report(".pdf"))
        self.xlsx_button = QPushButton(self.tr("Tallenna Excel-työkirjaksi…"), report_box)
        self.xlsx_button.setObjectName("groupReportXlsx")
        self.xlsx_button.clicked.connect(lambda: self.export_group_report(".xlsx"))
        report_buttons = QHBoxLayout()
        report_buttons.addWidget(self.pdf_button)
        report_buttons.addWidget(self.xlsx_button)
        report_buttons.addStretch(1)
        report_layout = QVBoxLayout(report_box)
        report_layout.addWidget(intro)
        report_layout.addWidget(self.include_names)
        report_layout.addLayout(report_buttons)

        # Certificates of participation, for those who attended at least once
        cert_box = QGroupBox(self.tr("Osallistumistodistukset"), self)
        cert_intro = QLabel(
            self.tr(
                "Todistus jokaiselle, joka osallistui vähintään kerran: nimi, ryhmä, "
                "paikkakunta, päivät, kerrat joille osallistui ja ohjaajien allekirjoitukset. "
                "Tiedostossa on nimiä: säilytä ja hävitä se huolella."
            ),
            cert_box,
        )
        cert_intro.setWordWrap(True)
        self.certificates_button = QPushButton(
            self.tr("Tallenna osallistumistodistukset PDF-tiedostoksi…"), cert_box
        )
        self.certificates_button.setObjectName("certificatesPdf")
        self.certificates_button.clicked.connect(self.export_certificates)
        cert_buttons = QHBoxLayout()
        cert_buttons.addWidget(self.certificates_button)
        cert_buttons.addStretch(1)
        cert_layout = QVBoxLayout(cert_box)
        cert_layout.addWidget(cert_intro)
        cert_layout.addLayout(cert_buttons)

        # The coordinator's export
        coord_box = QGroupBox(self.tr("Aineisto alueen koordinaattorille"), self)
        coord_intro = QLabel(
            self.tr(
                "Tiedostossa ei ole nimiä, yhteystietoja, muistiinpanoja eikä alkutapaamisen "
                "tietoja. Mukana ovat ryhmän paikkakunta, ajankohta ja pidetyt kerrat sekä "
                "suostumuksen antaneilta vain koodi, läsnäolot ja EUROHIS-8-vastaukset. "
                "Palautteesta tulevat arviot; avoimet vastaukset vain, jos valitset ne."
            ),
            coord_box,
        )
        coord_intro.setWordWrap(True)
        self.consent_table = QTableWidget(0, 4, coord_box)
        self.consent_table.setObjectName("consentTable")
        self.consent_table.setHorizontalHeaderLabels(
            [self.tr("Koodi"), self.tr("Nimi"), self.tr("Tila"), self.tr("Koordinaattorille")]
        )
        self.consent_table.verticalHeader().setVisible(False)
        self.consent_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.consent_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.consent_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.consent_summary = QLabel(coord_box)
        self.consent_summary.setObjectName("consentSummary")
        self.consent_summary.setWordWrap(True)
        self.open_texts = QCheckBox(
            self.tr("Ota mukaan palautteen avoimet vastaukset (nimettömät)"), coord_box
        )
        self.open_texts.setObjectName("includeOpenTexts")
        self.coord_button = QPushButton(self.tr("Tallenna koordinaattorin aineisto…"), coord_box)
        self.coord_button.setObjectName("coordinatorExport")
        self.coord_button.clicked.connect(self.export_for_coordinator)
        coord_buttons = QHBoxLayout()
        coord_buttons.addWidget(self.coord_button)
        coord_buttons.addStretch(1)
        coord_layout = QVBoxLayout(coord_box)
        coord_layout.addWidget(coord_intro)
        coord_layout.addWidget(self.consent_table, 1)
        coord_layout.addWidget(self.consent_summary)
        coord_layout.addWidget(self.open_texts)
        coord_layout.addLayout(coord_buttons)

        self.result_label = QLabel(self)
        self.result_label.setObjectName("resultLabel")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.addWidget(report_box)
        layout.addWidget(cert_box)
        layout.addWidget(coord_box, 1)
        layout.addWidget(self.result_label)

    # ----- loading ------------------------------------------------------------------------
    def refresh(self) -> None:
        has_group = self.group_id is not None
        for widget in (
            self.pdf_button,
            self.xlsx_button,
            self.certificates_button,
            self.coord_button,
        ):
            widget.setEnabled(has_group)
        self.consent_table.setRowCount(0)
        self.consent_summary.clear()
        if self.group_id is None:
            return
        group_id = self.group_id
        Op(self, lambda: coordinator.consent_list(self.store, group_id)).success(
            self._show_consents
        ).failure(lambda exc: self.consent_summary.setText(str(exc))).run()

    def clear_messages(self) -> None:
        """ "Raportti tallennettu: …" was about the previous group."""
        self.result_label.clear()
        self.last_file = None

    def _show_consents(self, rows: list[coordinator.ConsentRow]) -> None:
        self.consent_table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            included = self.tr("mukana") if row.consented else self.tr("ei suostumusta – ei mukana")
            values = (row.code, row.name, labels.participant_status(row.status), included)
            for col, value in enumerate(values):
                self.consent_table.setItem(i, col, QTableWidgetItem(value))
        consented = sum(1 for r in rows if r.consented)
        if not rows:
            text = self.tr("Ryhmässä ei ole vielä osallistujia.")
        else:
            text = self.tr(
                "Aineistoon tulee {n} / {total} osallistujan koodi, läsnäolot ja EUROHIS-8. "
                "Suostumus merkitään Osallistujat-osiossa."
            ).format(n=consented, total=len(rows))
        self.consent_summary.setText(text)

    def showEvent(self, event: QShowEvent) -> None:
        """Consent may have changed in the Osallistujat section meanwhile."""
        super().showEvent(event)
        self.refresh()

    # ----- exporting ----------------------------------------------------------------------
    def _suggested(self, suffix: str, prefix: str) -> str:
        group_id = self.group_id
        assert group_id is not None
        summary = (
            Op(self, lambda: groups.get_group(self.store, group_id)).failure(lambda _e: None).call()
        )
        return f"{prefix}-{_file_stem(summary.name if summary else '')}{suffix}"

    def _run(
        self,
        label: str,
        work: Callable[[], T],
        done_text: Callable[[T], str],
        title: str,
    ) -> None:
        """Write in the background; the outcome shows under the buttons and in a message."""

        def done(result: T) -> None:
            text = done_text(result)
            self.result_label.setText(text)
            if self.last_file is not None:
                export_done.exported(self, title, text, self.last_file)
            else:
                ask.inform(self, title, text)

        def refused(exc: VoimaaError) -> None:
            self.result_label.setText(str(exc))
            ask.warn(self, title, str(exc))

        Op(self, work).with_progress(label).success(done).failure(refused).run()

    def export_group_report(self, suffix: str) -> None:
        from voimaa.export import jobs  # the writers load with the first export

        group_id = self.group_id
        if group_id is None:
            return
        is_pdf = suffix == ".pdf"
        title = self.tr("Ryhmän raportti")
        path = ask.save_to_file(
            self,
            "reports",
            self.tr("Tallenna ryhmän raportti"),
            self._suggested(suffix, "raportti"),
            self.tr("PDF (*.pdf)") if is_pdf else self.tr("Excel-työkirja (*.xlsx)"),
        )
        if path is None:
            return
        names = self.include_names.isChecked()

        def work() -> Path:
            return jobs.export_group_report(self.store, group_id, path, include_names=names)

        def done_text(written: Path) -> str:
            self.last_file = written
            return self.tr("Raportti tallennettu: {p}").format(p=written)

        self._run(self.tr("Tehdään raporttia…"), work, done_text, title)

    def export_certificates(self) -> None:
        from voimaa.export import jobs  # the writers load with the first export

        group_id = self.group_id
        if group_id is None:
            return
        title = self.tr("Osallistumistodistukset")
        path = ask.save_to_file(
            self,
            "certificates",
            self.tr("Tallenna osallistumistodistukset"),
            self._suggested(".pdf", "todistukset"),
            self.tr("PDF (*.pdf)"),
        )
        if path is None:
            return

        def work() -> Path:
            return jobs.export_certificates(self.store, group_id, path)

        def done_text(written: Path) -> str:
            self.last_file = written
            return self.tr("Osallistumistodistukset tallennettu: {p}").format(p=written)

        self._run(self.tr("Tehdään todistuksia…"), work, done_text, title)

    def export_for_coordinator(self) -> None:
        from voimaa.export import jobs  # the writers load with the first export

        group_id = self.group_id
        if group_id is None:
            return
        title = self.tr("Koordinaattorin aineisto")
        target = ask.save_to_file(
            self,
            "coordinator",
            self.tr("Tallenna koordinaattorin aineisto"),
            self._suggested(coordinator.SUFFIX, "koordinaattorille"),
            self.tr("Koordinaattorin aineisto (*.zip)"),
            coordinator.SUFFIX,
        )
        if target is None:
            return
        open_texts = self.open_texts.isChecked()

        def work() -> coordinator.ExportResult:
            return jobs.export_coordinator(
                self.store, group_id, target, include_open_texts=open_texts
            )

        def done_text(result: coordinator.ExportResult) -> str:
            self.last_file = result.path
            text = self.tr(
                "Koordinaattorin aineisto tallennettu: {p}\nMukana {n} osallistujaa; ilman "
                "suostumusta pois jätettiin {left}."
            ).format(p=result.path, n=result.participants, left=result.left_out)
            if result.open_texts_included:
                text += " " + self.tr("Avoimet palautevastaukset ovat mukana.")
            return text

        self._run(self.tr("Tehdään koordinaattorin aineistoa…"), work, done_text, title)
