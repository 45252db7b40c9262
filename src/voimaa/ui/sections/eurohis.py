"""The EUROHIS-8 section: typing in the paper forms, the before/after view and printing forms."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTabWidget, QVBoxLayout, QWidget

from voimaa.eurohis import FormResult
from voimaa.store import Store
from voimaa.ui import ask, export_done, printing
from voimaa.ui.eurohis_compare import EurohisCompare
from voimaa.ui.eurohis_entry import EurohisEntry
from voimaa.ui.ops import Op, OpChanges
from voimaa.ui.sections.base import Section


class EurohisSection(Section):
    refresh_on = OpChanges.EUROHIS | OpChanges.PARTICIPANTS | OpChanges.PROGRAM

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("EurohisSection", "EUROHIS-8")

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.entry = EurohisEntry(store, self)
        self.entry.saved.connect(self._on_saved)
        self.compare = EurohisCompare(store, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("eurohisTabs")
        self.tabs.addTab(self.entry, self.tr("Lomakkeiden syöttö"))
        self.tabs.addTab(self.compare, self.tr("Alku ja loppu"))
        self.tabs.currentChanged.connect(self._on_tab)
        self.print_group = QPushButton(self.tr("Tulosta ryhmän lomakkeet (koodit valmiina)…"), self)
        self.print_group.setObjectName("printGroupForms")
        self.print_group.clicked.connect(self.print_group_forms)
        self.print_blank = QPushButton(self.tr("Tulosta tyhjä lomake…"), self)
        self.print_blank.setObjectName("printBlankForm")
        self.print_blank.clicked.connect(self.print_blank_form)
        self.code_list_button = QPushButton(self.tr("Koodit ja nimet…"), self)
        self.code_list_button.setObjectName("codeListButton")
        self.code_list_button.setToolTip(
            self.tr(
                "Lista osallistujien koodeista ja nimistä lomakkeiden jakamiseen. Sisältää "
                "henkilötietoja."
            )
        )
        self.code_list_button.clicked.connect(self.export_code_list)
        buttons = QHBoxLayout()
        buttons.addWidget(self.code_list_button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_group)
        buttons.addWidget(self.print_blank)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        self._compare_stale = True

    def refresh(self) -> None:
        self.entry.load(self.group_id)
        self._compare_stale = True
        if self.tabs.currentWidget() is self.compare:
            self._refresh_compare()
        for button in (self.print_group, self.print_blank, self.code_list_button):
            button.setEnabled(self.group_id is not None)

    def _refresh_compare(self) -> None:
        self.compare.set_group(self.group_id)
        self._compare_stale = False

    def _on_tab(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.compare and self._compare_stale:
            self._refresh_compare()
        elif self.tabs.currentWidget() is self.entry:
            self.entry.setFocus()

    def _on_saved(self, _result: FormResult) -> None:
        self._compare_stale = True

    # ----- printing ---------------------------------------------------------------------------
    def _print(self, group_id: uuid.UUID | None) -> None:
        """Print the forms (with the participants' codes, never names) on the printer."""
        from voimaa.export import jobs  # the writers load with the first export

        phase = self.entry.phase if group_id is not None else None
        wording = self.entry.wording

        def write(target: Path) -> Path:
            return jobs.export_eurohis_forms(
                self.store, target, group_id=group_id, phase=phase, wording=wording
            )

        printing.print_pdf(
            self, write, title=self.tr("EUROHIS-8"), progress=self.tr("Tehdään lomaketta…")
        )

    def print_group_forms(self) -> None:
        if self.group_id is None:
            return
        self._print(self.group_id)

    def print_blank_form(self) -> None:
        self._print(None)

    def export_code_list(self) -> None:
        """Save the code-to-name list (names: saved where the user chooses, never printed
        through a temporary file)."""
        from voimaa.export import jobs  # the writers load with the first export

        group_id = self.group_id
        if group_id is None:
            return
        title = self.tr("Koodit ja nimet")
        target = ask.save_to_file(
            self,
            "codes",
            self.tr("Tallenna koodit ja nimet"),
            self.tr("koodit-ja-nimet.pdf"),
            self.tr("PDF (*.pdf)"),
        )
        if target is None:
            return
        Op(
            self, lambda: jobs.export_code_list(self.store, group_id, target), title=title
        ).with_progress(self.tr("Tehdään listaa…")).success(
            lambda written: export_done.exported(
                self,
                title,
                self.tr(
                    "Koodit ja nimet tallennettu: {p}\nLista sisältää henkilötietoja: säilytä se "
                    "lukitussa paikassa ja hävitä, kun lomakkeet on syötetty."
                ).format(p=written),
                written,
            )
        ).run()
