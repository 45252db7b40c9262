"""The main window: the list of groups and, for the selected group, its sections.

Size: a little over 500 lines, because the window is where the parts meet: the group list and
header, the eight sections built when first shown, the menus (Muokkaa's undo group, Suojaus),
and the group actions (new, details, rename, archive, delete, backup). Each action is a few
lines that hand the work to the core through `Op`; the rules live in the core and the
sections, the checklist in ui/today.py, the window state in ui/window_state.py.
"""

from __future__ import annotations

import sqlite3
import uuid
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from voimaa import groups
from voimaa.errors import StoreError
from voimaa.formats import format_date
from voimaa.models import GroupMode
from voimaa.store import Store
from voimaa.ui import ask, fit, lock, tasks, window_state
from voimaa.ui.dialogs.about import AboutDialog
from voimaa.ui.dialogs.group_details import GroupDetailsDialog
from voimaa.ui.dialogs.new_group import NewGroupDialog
from voimaa.ui.individual import with_individual_work
from voimaa.ui.ops import Op, OpChanges
from voimaa.ui.sections import SECTIONS, Section
from voimaa.ui.today import TodayPanel, start_group

ID_ROLE = Qt.ItemDataRole.UserRole
S = TypeVar("S", bound=Section)


# A group's row in the list shows its name, place, dates (from the program) and head count.
LIST_CHANGES = OpChanges.GROUPS | OpChanges.PROGRAM | OpChanges.PARTICIPANTS


class MainWindow(QMainWindow):
    """The groups on the left, the selected group's sections on the right.

    An operation reports what it changed (:class:`OpChanges`): the main window then updates the
    group list and header if they show it, and reloads only the sections that show it.
    """

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.setWindowTitle(self.tr("Voimaa"))
        self.resize(1200, 760)
        self.dialog: NewGroupDialog | AboutDialog | GroupDetailsDialog | None = None

        # Left: groups
        self.group_list = QListWidget(self)
        self.group_list.setObjectName("groupList")
        self.group_list.setMinimumWidth(200)
        self.group_list.setSpacing(2)
        self.group_list.setWordWrap(True)
        self.group_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.group_list.setStyleSheet("QListWidget::item { padding: 6px 4px; }")
        self.group_list.currentItemChanged.connect(self._on_group_selected)
        self.show_archived = QCheckBox(self.tr("Näytä arkistoidut"), self)
        self.show_archived.toggled.connect(lambda _checked: self.refresh_groups())
        self.new_button = QPushButton(self.tr("Uusi ryhmä…"), self)
        self.new_button.setObjectName("newGroupButton")
        self.new_button.clicked.connect(self.new_group)
        self.details_button = QPushButton(self.tr("Ryhmän tiedot…"), self)
        self.details_button.setObjectName("groupDetailsButton")
        self.details_button.clicked.connect(self.edit_details)
        self.rename_button = QPushButton(self.tr("Nimeä uudelleen…"), self)
        self.rename_button.clicked.connect(self.rename_group)
        self.archive_button = QPushButton(self.tr("Arkistoi"), self)
        self.archive_button.clicked.connect(self.toggle_archive)
        self.delete_button = QPushButton(self.tr("Poista…"), self)
        self.delete_button.clicked.connect(self.delete_group)
        left = QWidget(self)
        left.setMinimumWidth(220)
        left_layout = QVBoxLayout(left)
        heading = QLabel(self.tr("Ryhmät"), left)
        heading.setStyleSheet("font-weight: bold; font-size: 14pt")
        left_layout.addWidget(heading)
        left_layout.addWidget(self.group_list, 1)
        self.today_panel = TodayPanel(self)
        left_layout.addWidget(fit.scrollable(self.today_panel, left), 2)
        left_layout.addWidget(self.show_archived)
        left_layout.addWidget(self.new_button)
        row = QHBoxLayout()
        row.addWidget(self.details_button)
        row.addWidget(self.rename_button)
        left_layout.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(self.archive_button)
        row.addWidget(self.delete_button)
        left_layout.addLayout(row)

        # Right: the selected group's sections, or a welcome page
        self.header = QLabel(self)
        self.header.setObjectName("groupHeader")
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("sectionTabs")
        self.undo_group = QUndoGroup(self)
        self._init_section_pages()
        group_page = QWidget(self)
        group_layout = QVBoxLayout(group_page)
        group_layout.addWidget(self.header)
        group_layout.addWidget(self.tabs, 1)

        welcome = QWidget(self)
        welcome_layout = QVBoxLayout(welcome)
        welcome_text = QLabel(
            self.tr(
                "<h2>Tervetuloa Voimaaseen</h2>"
                "<p>Voimaa auttaa vertaisryhmän ohjaajia suunnittelemaan kahdeksan kerran "
                "ryhmän, pitämään osallistujat, läsnäolot ja budjetin järjestyksessä sekä "
                "kokoamaan EUROHIS-8-mittaukset ja palautteet.</p>"
                "<p>Aloita luomalla ryhmä. Voit myös lisätä valmiin esimerkkiryhmän, "
                "jossa kaikki henkilöt ovat keksittyjä.</p>"
            ),
            welcome,
        )
        welcome_text.setWordWrap(True)
        start_button = QPushButton(self.tr("Luo ensimmäinen ryhmä…"), welcome)
        start_button.clicked.connect(self.new_group)
        demo_button = QPushButton(self.tr("Lisää esimerkkiryhmä"), welcome)
        demo_button.setObjectName("demoButton")
        demo_button.clicked.connect(self.add_demo)
        welcome_layout.addWidget(welcome_text)
        welcome_layout.addWidget(start_button, 0, Qt.AlignmentFlag.AlignLeft)
        welcome_layout.addWidget(demo_button, 0, Qt.AlignmentFlag.AlignLeft)
        welcome_layout.addStretch(1)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(welcome)
        self.pages.addWidget(group_page)

        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setStretchFactor(0, 0)
        splitter.setSizes([270, 930])
        self.groups_splitter = splitter
        self.setCentralWidget(with_individual_work(store, splitter, self))
        self._build_menus()
        self.statusBar().showMessage(self.tr("Tiedot: {path}").format(path=store.path))
        window_state.restore_layout(self)
        self._layout_restored = True
        self.refresh_groups(select=start_group(store))
        window_state.restore_section(self)

    # ----- sections: each is built when its tab is first shown ---------------------------
    def _init_section_pages(self) -> None:
        """One empty page per section; the first section is built now, the others on demand."""
        self._built: dict[type[Section], Section] = {}
        self._pages: list[QScrollArea] = []
        self._group_shown: uuid.UUID | None = None
        self._groups_shown = False  # no group (or "no group") has been shown yet
        self._layout_restored = False  # sections built later restore their own layout
        for section_cls in SECTIONS:
            page = fit.scrollable(QWidget(), self.tabs)  # the section replaces the placeholder
            page.setObjectName(f"{section_cls.__name__}Scroll")
            self._pages.append(page)
            self.tabs.addTab(page, section_cls.title())
        self.tabs.currentChanged.connect(self._on_tab_shown)
        self._on_tab_shown(self.tabs.currentIndex())

    def _on_tab_shown(self, index: int) -> None:
        """Build the shown section if needed; Kumoa / Tee uudelleen act on its own steps."""
        if index >= 0:
            self.undo_group.setActiveStack(self.section(SECTIONS[index]).undo_stack)

    @property
    def sections(self) -> list[Section]:
        """The sections built so far, in tab order (a section not yet shown is not built)."""
        return [s for cls in SECTIONS if (s := self._built.get(cls)) is not None]

    def section(self, cls: type[S]) -> S:
        """The section `cls`, built and loaded with the shown group the first time it is asked
        for (its tab is shown)."""
        built = self._built.get(cls)
        if built is None:
            index = SECTIONS.index(cls)
            built = cls(self.store, self._pages[index])
            built.changed.connect(lambda changes, source=built: self.apply_changes(changes, source))
            self._pages[index].setWidget(built)  # deletes the placeholder
            self._built[cls] = built
            self.undo_group.addStack(built.undo_stack)
            if self._layout_restored:
                window_state.restore_built_section(built)
            if self._groups_shown:
                built.set_group(self._group_shown)
        assert isinstance(built, cls)
        return built

    # ----- menus -------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Tiedosto"))
        new_action = QAction(self.tr("Uusi ryhmä…"), self)
        new_action.setShortcut(QKeySequence.StandardKey.New)
        new_action.triggered.connect(self.new_group)
        file_menu.addAction(new_action)
        demo_action = QAction(self.tr("Lisää esimerkkiryhmä"), self)
        demo_action.triggered.connect(self.add_demo)
        file_menu.addAction(demo_action)
        backup_action = QAction(self.tr("Varmuuskopioi tietokanta…"), self)
        backup_action.triggered.connect(self.backup)
        file_menu.addAction(backup_action)
        coordinator_action = QAction(self.tr("Koordinaattori…"), self)
        coordinator_action.setObjectName("coordinatorAction")

        def open_coordinator() -> None:
            from voimaa.ui.coordinator_window import CoordinatorWindow

            window = self.findChild(CoordinatorWindow) or CoordinatorWindow(self.store, self)
            window.show()
            window.raise_()

        coordinator_action.triggered.connect(open_coordinator)
        file_menu.addAction(coordinator_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("Lopeta"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Muokkaa"))
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("&Kumoa"))
        self.undo_action.setObjectName("undoAction")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("&Tee uudelleen"))
        self.redo_action.setObjectName("redoAction")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        protection_menu = self.menuBar().addMenu(self.tr("&Suojaus"))
        self.lock_guard = lock.install(self, self.store, protection_menu)
        help_menu = self.menuBar().addMenu(self.tr("&Ohje"))
        about_action = QAction(self.tr("Tietoja…"), self)
        about_action.triggered.connect(self.show_about)
        help_menu.addAction(about_action)

    # ----- helpers -----------------------------------------------------------------------
    def current_group_id(self) -> uuid.UUID | None:
        item = self.group_list.currentItem()
        return None if item is None else item.data(ID_ROLE)

    def _describe(self, g: groups.GroupSummary) -> str:
        dates = format_date(g.start_date)
        if g.end_date and g.end_date != g.start_date:
            dates = f"{dates}–{format_date(g.end_date)}"
        mode = self.tr("etäryhmä") if g.mode == GroupMode.REMOTE else g.place
        parts = [p for p in (mode, dates) if p]
        count = self.tr("%n osallistuja|%n osallistujaa", "", g.active_participants)
        archived = self.tr(" (arkistoitu)") if g.archived else ""
        return f"{g.name}{archived}\n{' · '.join(parts)}\n{count}"

    # ----- group list --------------------------------------------------------------------
    def refresh_groups(self, select: uuid.UUID | None = None) -> None:
        """Reload the list and show `select` (else the current group, else the first) with all
        its sections, once."""
        self._fill_list(select or self.current_group_id())
        self._show_group(self.current_group_id())

    def _fill_list(self, keep: uuid.UUID | None) -> None:
        """Rebuild the rows and select `keep` (else the first row) without selection signals."""
        summaries = groups.list_groups(self.store, include_archived=self.show_archived.isChecked())
        self.group_list.blockSignals(True)
        try:
            self.group_list.clear()
            selected_row = 0
            for row, g in enumerate(summaries):
                item = QListWidgetItem(self._describe(g))
                item.setData(ID_ROLE, g.id)
                if g.archived:
                    font = QFont(item.font())
                    font.setItalic(True)
                    item.setFont(font)
                self.group_list.addItem(item)
                if g.id == keep:
                    selected_row = row
            if summaries:
                self.group_list.setCurrentRow(selected_row)
        finally:
            self.group_list.blockSignals(False)

    def _on_group_selected(self, current: QListWidgetItem | None, _previous: object) -> None:
        self._show_group(None if current is None else current.data(ID_ROLE))

    def _show_group(self, group_id: uuid.UUID | None) -> None:
        has_group = group_id is not None
        buttons = (self.details_button, self.rename_button, self.archive_button, self.delete_button)
        for button in buttons:
            button.setEnabled(has_group)
        self.pages.setCurrentIndex(1 if has_group else 0)
        if group_id is None:
            self._groups_shown, self._group_shown = True, None
            self.today_panel.show_group(None)
            for section in self.sections:
                section.set_group(None)
            return

        def show(loaded: tuple[groups.GroupSummary, groups.GroupDetails]) -> None:
            self._set_header(*loaded)
            self._groups_shown, self._group_shown = True, group_id
            self.today_panel.show_group(group_id)
            for section in self.sections:
                section.set_group(group_id)

        Op(self, lambda: self._load_header(group_id)).success(show).run()

    def _load_header(self, group_id: uuid.UUID) -> tuple[groups.GroupSummary, groups.GroupDetails]:
        return groups.get_group(self.store, group_id), groups.get_details(self.store, group_id)

    def _set_header(self, summary: groups.GroupSummary, details: groups.GroupDetails) -> None:
        self.archive_button.setText(
            self.tr("Palauta arkistosta") if summary.archived else self.tr("Arkistoi")
        )
        mode = self.tr("Etäryhmä") if summary.mode == GroupMode.REMOTE else self.tr("Lähiryhmä")
        dates = " – ".join(
            d for d in (format_date(summary.start_date), format_date(summary.end_date)) if d
        )
        leaders = ", ".join(x.name for x in details.leaders)
        line = " · ".join(p for p in (summary.place, mode, dates) if p)
        extra = []
        if leaders:
            extra.append(self.tr("Ohjaajat: {names}").format(names=leaders))
        if details.mode == GroupMode.REMOTE:
            extra.append(
                self.tr("Etälinkki: {link}").format(link=details.meeting_link)
                if details.meeting_link
                else self.tr("Etälinkki puuttuu (Ryhmän tiedot…)")
            )
        self.header.setText(
            f"<h2 style='margin:0'>{_escape(summary.name)}</h2>"
            f"<div>{_escape(line)}</div>"
            + (f"<div>{_escape(' · '.join(extra))}</div>" if extra else "")
        )

    def op_changed(self, changes: OpChanges) -> None:
        """An operation of the main window itself (or of a window it owns) changed `changes`."""
        self.apply_changes(changes, None)

    def apply_changes(self, changes: OpChanges, source: Section | None) -> None:
        """Update what shows `changes`: the list row and header, then every section that shows
        any of it except `source`, which updated itself."""
        group_id = self.current_group_id()
        if changes & LIST_CHANGES:
            self._fill_list(group_id)
            if self.current_group_id() != group_id:  # the group left the list
                self._show_group(self.current_group_id())
                return
            if group_id is not None:
                Op(self, lambda: self._load_header(group_id)).success(
                    lambda loaded: self._set_header(*loaded)
                ).run()
        for section in self.sections:
            if section is not source:
                section.on_changes(changes)
        self.today_panel.on_changes(changes)

    # ----- actions -----------------------------------------------------------------------
    def new_group(self) -> None:
        dialog = NewGroupDialog(self)
        dialog.accepted.connect(lambda: self._create_group(dialog))
        self.dialog = dialog
        dialog.open()

    def _create_group(self, dialog: NewGroupDialog) -> None:
        Op(self, lambda: groups.create_group(self.store, dialog.spec())).success(
            lambda created: self.refresh_groups(select=created.id)
        ).run()

    def add_demo(self) -> None:
        from voimaa import demo

        Op(self, lambda: demo.create_demo(self.store)).success(
            lambda result: self.refresh_groups(select=result[0])
        ).run()

    def edit_details(self) -> None:
        group_id = self.current_group_id()
        if group_id is None:
            return

        def open_dialog(details: groups.GroupDetails) -> None:
            dialog = GroupDetailsDialog(details, self)
            dialog.accepted.connect(lambda: self._save_details(dialog))
            self.dialog = dialog
            dialog.open()

        Op(self, lambda: groups.get_details(self.store, group_id)).success(open_dialog).run()

    def _save_details(self, dialog: GroupDetailsDialog) -> None:
        Op(self, lambda: groups.update_details(self.store, dialog.details())).changes(
            OpChanges.GROUPS
        ).run()

    def rename_group(self) -> None:
        group_id = self.current_group_id()
        if group_id is None:
            return

        def ask_name(current: groups.GroupSummary) -> None:
            name = ask.get_text(self, self.tr("Nimeä ryhmä"), self.tr("Uusi nimi:"), current.name)
            if name is None:
                return
            Op(self, lambda: groups.rename_group(self.store, group_id, name)).changes(
                OpChanges.GROUPS
            ).run()

        Op(self, lambda: groups.get_group(self.store, group_id)).success(ask_name).run()

    def toggle_archive(self) -> None:
        group_id = self.current_group_id()
        if group_id is None:
            return

        def toggle(current: groups.GroupSummary) -> None:
            # An archived group may leave the list: reload it as a whole.
            Op(
                self, lambda: groups.set_archived(self.store, group_id, not current.archived)
            ).success(lambda _done: self.refresh_groups(select=group_id)).run()

        Op(self, lambda: groups.get_group(self.store, group_id)).success(toggle).run()

    def delete_group(self) -> None:
        group_id = self.current_group_id()
        if group_id is None:
            return

        def confirm_and_delete(current: groups.GroupSummary) -> None:
            text = self.tr(
                "Poistetaanko ryhmä ”{name}” ja kaikki sen tiedot: ohjelma, {n} osallistujan "
                "tiedot, läsnäolot, budjetti, EUROHIS-8-lomakkeet ja palautteet?\n\n"
                "Poistoa ei voi perua. Poisto kirjataan lokiin."
            ).format(name=current.name, n=current.active_participants)
            if not ask.confirm(self, self.tr("Poista ryhmä"), text, danger=True):
                return
            Op(self, lambda: groups.delete_group(self.store, group_id)).success(
                lambda _done: self.refresh_groups()
            ).run()

        Op(self, lambda: groups.get_group(self.store, group_id)).success(confirm_and_delete).run()

    def backup(self) -> None:
        target = ask.save_to_file(
            self,
            "backup",
            self.tr("Varmuuskopioi tietokanta"),
            f"voimaa-varmuuskopio-{datetime.now():%Y%m%d}.sqlite3",
            self.tr("SQLite (*.sqlite3)"),
        )
        if target is None:
            return

        def work() -> Path:
            try:
                return self.store.backup(target)
            except (OSError, sqlite3.Error) as exc:
                raise StoreError(
                    self.tr("Varmuuskopiointi epäonnistui: {e}. Valitse toinen kansio.").format(
                        e=getattr(exc, "strerror", None) or exc
                    )
                ) from exc

        Op(self, work, title=self.tr("Varmuuskopio")).with_progress(
            self.tr("Varmuuskopioidaan…")
        ).success(
            lambda path: ask.inform(
                self,
                self.tr("Varmuuskopio"),
                self.tr(
                    "Salattu varmuuskopio tallennettu: {p}. Sen vieressä on avaintiedosto "
                    "(.avain): pidä ne yhdessä. Kopion saa auki nykyisellä tunnuslauseella tai "
                    "palautusavaimella."
                ).format(p=path),
            )
        ).run()

    def show_about(self) -> None:
        dialog = AboutDialog(self.store, self)
        self.dialog = dialog
        dialog.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        window_state.save(self)
        tasks.wait_all()
        super().closeEvent(event)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
