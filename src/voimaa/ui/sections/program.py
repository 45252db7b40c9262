"""The Ohjelma section: the group's eight sessions (dates, topics, flags), the session editor,
templates, the PDFs of the program and presenting a session's slides."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from voimaa import program, slides
from voimaa.formats import format_date, format_time, weekday_short
from voimaa.program import ProgramView
from voimaa.store import Store
from voimaa.ui import ask, export_done
from voimaa.ui.dialogs.templates import TemplatesDialog
from voimaa.ui.ops import Op, OpChanges
from voimaa.ui.presenter import Presenter
from voimaa.ui.sections.base import Section
from voimaa.ui.session_editor import SessionEditor

T = TypeVar("T")
ID_ROLE = Qt.ItemDataRole.UserRole
PDF_FILTER = "PDF (*.pdf)"


def _safe_name(text: str) -> str:
    keep = "".join(ch if ch.isalnum() or ch in " -_" else " " for ch in text)
    return "-".join(keep.split()).lower() or "ryhma"


class ProgramSection(Section):
    """Plan and run the eight sessions."""

    refresh_on = OpChanges.PROGRAM | OpChanges.EXPERTS | OpChanges.GROUPS

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("ProgramSection", "Ohjelma")

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.view: ProgramView | None = None
        self.presenter: Presenter | None = None
        self.dialog: TemplatesDialog | None = None

        # ----- left: the sessions
        self.session_list = QListWidget(self)
        self.session_list.setObjectName("sessionList")
        self.session_list.setMinimumWidth(280)
        self.session_list.setWordWrap(True)
        self.session_list.setSpacing(3)
        self.session_list.setAlternatingRowColors(True)
        self.session_list.currentRowChanged.connect(self._on_session_changed)
        self.up_button = QPushButton(self.tr("▲ Siirrä aiempaan"), self)
        self.up_button.setObjectName("sessionUp")
        self.up_button.setToolTip(self.tr("Vaihda aihe edellisen kerran kanssa; päivät pysyvät."))
        self.up_button.clicked.connect(lambda: self.move_session(-1))
        self.down_button = QPushButton(self.tr("▼ Siirrä myöhempään"), self)
        self.down_button.setObjectName("sessionDown")
        self.down_button.setToolTip(self.tr("Vaihda aihe seuraavan kerran kanssa; päivät pysyvät."))
        self.down_button.clicked.connect(lambda: self.move_session(1))
        move_row = QHBoxLayout()
        move_row.addWidget(self.up_button)
        move_row.addWidget(self.down_button)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("programSummary")
        self.summary_label.setWordWrap(True)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("<b>Kahdeksan kertaa</b>"), left))
        left_layout.addWidget(self.session_list, 1)
        left_layout.addLayout(move_row)
        left_layout.addWidget(self.summary_label)

        # ----- right: the editor and the session's own outputs
        self.editor = SessionEditor(store, self)
        self.editor.changed.connect(self._on_editor_changed)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.editor)

        self.chapter_button = QPushButton(self.tr("Luku monisteeksi…"), self)
        self.chapter_button.setObjectName("exportChapter")
        self.chapter_button.clicked.connect(self.export_chapter)
        self.slides_button = QPushButton(self.tr("Diat PDF:ksi…"), self)
        self.slides_button.setObjectName("exportSlides")
        self.slides_button.clicked.connect(self.export_slides)
        self.screen_combo = QComboBox(self)
        self.screen_combo.setObjectName("screenCombo")
        self.screen_combo.setToolTip(self.tr("Näyttö, jolla diat näytetään"))
        self.present_button = QPushButton(self.tr("▶ Esitä"), self)
        self.present_button.setObjectName("presentButton")
        self.present_button.setStyleSheet("font-weight: bold")
        self.present_button.clicked.connect(self.present)
        session_tools = QHBoxLayout()
        session_tools.addWidget(QLabel(self.tr("Tämä kerta:"), self))
        session_tools.addWidget(self.chapter_button)
        session_tools.addWidget(self.slides_button)
        session_tools.addStretch(1)
        session_tools.addWidget(QLabel(self.tr("Näyttö"), self))
        session_tools.addWidget(self.screen_combo)
        session_tools.addWidget(self.present_button)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(session_tools)
        right_layout.addWidget(scroll, 1)

        # ----- top: the whole program
        self.workbook_button = QPushButton(self.tr("Työkirja PDF:ksi…"), self)
        self.workbook_button.setObjectName("exportWorkbook")
        self.workbook_button.clicked.connect(self.export_workbook)
        self.example_budget_button = QPushButton(self.tr("Esimerkkibudjetti PDF:ksi…"), self)
        self.example_budget_button.setObjectName("exportExampleBudget")
        self.example_budget_button.clicked.connect(self.export_example_budget)
        self.plan_button = QPushButton(self.tr("Ohjaajien suunnitelma PDF:ksi…"), self)
        self.plan_button.setObjectName("exportPlan")
        self.plan_button.clicked.connect(self.export_plan)
        self.template_button = QPushButton(self.tr("Tallenna mallipohjaksi…"), self)
        self.template_button.setObjectName("saveTemplate")
        self.template_button.clicked.connect(self.save_template)
        self.templates_button = QPushButton(self.tr("Mallipohjat…"), self)
        self.templates_button.setObjectName("manageTemplates")
        self.templates_button.clicked.connect(self.manage_templates)
        top = QHBoxLayout()
        top.addWidget(self.workbook_button)
        top.addWidget(self.example_budget_button)
        top.addWidget(self.plan_button)
        top.addStretch(1)
        top.addWidget(self.template_button)
        top.addWidget(self.templates_button)

        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 800])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self._fill_screens()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):  # a projector plugged in or out
            app.screenAdded.connect(self._on_screens_changed)
            app.screenRemoved.connect(self._on_screens_changed)

    # ----- helpers ---------------------------------------------------------------------------
    def _op(self, fn: Callable[[], T]) -> Op[T]:
        return Op(self, fn, title=self.tr("Ohjelma"))

    def _on_screens_changed(self, _screen: object) -> None:
        self._fill_screens()

    def _fill_screens(self) -> None:
        self.screen_combo.clear()
        screens = Presenter.screens()
        for i, screen in enumerate(screens):
            size = screen.geometry()
            self.screen_combo.addItem(
                self.tr("{n}: {w}×{h}").format(n=i + 1, w=size.width(), h=size.height()), i
            )
        self.screen_combo.setCurrentIndex(len(screens) - 1)

    def current_session(self) -> program.SessionInfo | None:
        return self.editor.session

    def _describe(self, s: program.SessionInfo) -> str:
        when = ""
        if s.date:
            when = f"{weekday_short(s.date)} {format_date(s.date)}"
            if s.start_time:
                when += f" klo {format_time(s.start_time)}"
        else:
            when = self.tr("ei päivää")
        text = f"{s.number}. {when}\n{s.topic}"
        if s.experts:
            text += "\n" + self.tr("Vieras: {names}").format(
                names=", ".join(e.name for e in s.experts)
            )
        if s.total_minutes != s.session_minutes:
            text += "\n" + self.tr("⏱ osat {t} / {l} min").format(
                t=s.total_minutes, l=s.session_minutes
            )
        if s.flags:
            text += "\n⚠ " + "; ".join(s.flags)
        return text

    # ----- loading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        keep = self.session_list.currentRow()
        if self.group_id is None:
            self.view = None
            self.session_list.clear()
            self.editor.load(None)
            return
        group_id = self.group_id
        self._op(lambda: program.get_program(self.store, group_id)).success(
            lambda view: self._show(view, keep if keep >= 0 else 0)
        ).run()

    def clear_messages(self) -> None:
        self.editor.saved_label.clear()

    def set_group(self, group_id: uuid.UUID | None) -> None:
        if group_id != self.group_id:
            self.editor.save_if_dirty()
            self.session_list.setCurrentRow(-1)
        super().set_group(group_id)

    def _show(self, view: ProgramView, row: int) -> None:
        self.view = view
        self.session_list.blockSignals(True)
        self.session_list.clear()
        for s in view.sessions:
            item = QListWidgetItem(self._describe(s))
            item.setData(ID_ROLE, s.id)
            if s.flags:
                item.setForeground(QColor("#9b1c1c"))
            self.session_list.addItem(item)
        row = max(0, min(row, len(view.sessions) - 1))
        self.session_list.setCurrentRow(row)
        self.session_list.blockSignals(False)
        self.editor.load(view.sessions[row] if view.sessions else None)
        self._update_summary(view)

    def _update_summary(self, view: ProgramView) -> None:
        flagged = sum(1 for s in view.sessions if s.flags)
        mode = self.tr("etäryhmä") if view.mode.value == "eta" else view.place
        parts = [
            self.tr("{d} – {e}").format(
                d=format_date(view.start_date), e=format_date(view.end_date)
            )
            if view.start_date
            else self.tr("päivät puuttuvat"),
            self.tr("kerta {m} min").format(m=view.session_minutes),
        ]
        if mode:
            parts.insert(0, mode)
        text = " · ".join(parts)
        if flagged:
            text += "\n" + self.tr(
                "⚠ %n kerta vaatii huomiota (päivä).|⚠ %n kertaa vaatii huomiota (päivä).",
                "",
                flagged,
            )
        self.summary_label.setText(text)

    def _on_session_changed(self, row: int) -> None:
        if self.view is None or not 0 <= row < len(self.view.sessions):
            return
        current = self.editor.session
        leaving = current is not None and current.id != self.view.sessions[row].id
        if current is not None and leaving and self.editor.dirty and not self.editor.save():
            # keep the user on the session whose input was refused
            self.session_list.blockSignals(True)
            self.session_list.setCurrentRow(
                next(i for i, s in enumerate(self.view.sessions) if s.id == current.id)
            )
            self.session_list.blockSignals(False)
            return
        self.editor.load(self.view.sessions[row])

    def _on_editor_changed(self) -> None:
        """Update the list (dates, flags, totals) without reloading the editor. (The editor's
        operations tell the main window themselves that the program changed.)"""
        group_id = self.group_id
        if group_id is None:
            return
        self._op(lambda: program.get_program(self.store, group_id)).success(self._update_list).run()

    def _update_list(self, view: ProgramView) -> None:
        self.view = view
        for i, s in enumerate(view.sessions):
            item = self.session_list.item(i)
            if item is not None:
                item.setText(self._describe(s))
                item.setForeground(QColor("#9b1c1c") if s.flags else QColor("#000000"))
        self._update_summary(view)

    # ----- actions ---------------------------------------------------------------------------
    def move_session(self, delta: int) -> None:
        session = self.current_session()
        if session is None or not self.editor.save_if_dirty():
            return
        row = self.session_list.currentRow()
        self._op(lambda: program.move_session(self.store, session.id, delta)).success(
            lambda view: self._show(view, max(0, min(len(view.sessions) - 1, row + delta)))
        ).changes(OpChanges.PROGRAM).run()

    def save_template(self) -> None:
        if self.group_id is None or not self.editor.save_if_dirty():
            return
        name = ask.get_text(
            self,
            self.tr("Tallenna mallipohjaksi"),
            self.tr(
                "Mallipohjan nimi (esim. Mikkelin malli). Pohjaa voi käyttää uusille ryhmille:"
            ),
        )
        if not name:
            return
        gid = self.group_id
        self._op(lambda: program.save_as_template(self.store, gid, name)).success(
            lambda saved: ask.inform(
                self,
                self.tr("Mallipohja"),
                self.tr(
                    "Mallipohja ”{name}” tallennettu. Voit valita sen, kun luot uuden ryhmän."
                ).format(name=saved.name),
            )
        ).run()

    def manage_templates(self) -> None:
        self.dialog = TemplatesDialog(self.store, self)
        self.dialog.open()

    def _suggest(self, stem: str) -> str:
        group = _safe_name(self.view.group_name) if self.view else "ryhma"
        return f"{stem}-{group}.pdf"

    def _export(self, title: str, suggested: str, work: Callable[[Path], Path]) -> None:
        if not self.editor.save_if_dirty():
            return
        path = ask.save_to_file(self, "program", title, suggested, PDF_FILTER)
        if path is None:
            return
        Op(self, lambda: work(path), title=title).with_progress(self.tr("Tehdään PDF:ää…")).success(
            lambda written: export_done.exported(
                self, title, self.tr("Tallennettu: {p}").format(p=written), written
            )
        ).run()

    def export_workbook(self) -> None:
        from voimaa.export import jobs  # the writers load with the first export

        gid = self.group_id
        self._export(
            self.tr("Työkirja PDF:ksi"),
            self._suggest("tyokirja"),
            lambda p: jobs.export_workbook(self.store, p, group_id=gid),
        )

    def export_example_budget(self) -> None:
        from voimaa.export import jobs  # the writers load with the first export

        gid = self.group_id
        self._export(
            self.tr("Esimerkkibudjetti PDF:ksi"),
            self._suggest("esimerkkibudjetti"),
            lambda p: jobs.export_example_budget(self.store, p, group_id=gid),
        )

    def export_chapter(self) -> None:
        from voimaa.export import jobs  # the writers load with the first export

        session = self.current_session()
        if session is None:
            return
        if not session.workbook_chapter:
            ask.inform(
                self,
                self.tr("Luku monisteeksi"),
                self.tr("Tälle kerralle ei ole valittu työkirjan lukua. Valitse luku ensin."),
            )
            return
        gid = self.group_id
        key = session.workbook_chapter
        self._export(
            self.tr("Luku monisteeksi"),
            self._suggest(f"tyokirja-luku-{session.number}"),
            lambda p: jobs.export_workbook(self.store, p, group_id=gid, chapter_ref=key),
        )

    def export_slides(self) -> None:
        from voimaa.export import jobs  # the writers load with the first export

        session = self.current_session()
        if session is None or self.group_id is None:
            return
        gid, number = self.group_id, session.number
        self._export(
            self.tr("Diat PDF:ksi"),
            self._suggest(f"diat-{number}"),
            lambda p: jobs.export_slides(self.store, p, number, gid),
        )

    def export_plan(self) -> None:
        from voimaa.export import jobs  # the writers load with the first export

        gid = self.group_id
        if gid is None:
            return
        self._export(
            self.tr("Ohjaajien suunnitelma PDF:ksi"),
            self._suggest("suunnitelma"),
            lambda p: jobs.export_plan(self.store, p, gid),
        )

    def present(self) -> None:
        session = self.current_session()
        if session is None or self.group_id is None or not self.editor.save_if_dirty():
            return
        gid, number = self.group_id, session.number
        self._op(lambda: slides.group_deck(self.store, gid, number)).success(self._present).run()

    def _present(self, deck: slides.Deck) -> None:
        if self.presenter is not None:
            self.presenter.stop()
        self.presenter = Presenter(deck, self)
        self.presenter.finished.connect(self._presentation_finished)
        self.presenter.start(self.screen_combo.currentData())

    def _presentation_finished(self) -> None:
        self.presenter = None
