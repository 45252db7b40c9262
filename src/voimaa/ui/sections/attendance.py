"""The Läsnäolo section: the attendance grid with totals, the follow-up list and exports."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from voimaa import attendance, labels, rounding
from voimaa.attendance import AttendanceStatus
from voimaa.errors import VoimaaError
from voimaa.formats import format_percent
from voimaa.store import Store
from voimaa.ui import ask, export_done, undo
from voimaa.ui.attendance_model import (
    FIRST_SESSION_COLUMN,
    AttendanceModel,
    AttendanceView,
)
from voimaa.ui.ops import Op, OpChanges
from voimaa.ui.sections.base import Section


class AttendanceSection(Section):
    refresh_on = OpChanges.ATTENDANCE | OpChanges.PARTICIPANTS | OpChanges.PROGRAM

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("AttendanceSection", "Läsnäolo")

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.today: Callable[[], date] = date.today
        self.model = AttendanceModel(self)
        self.view = AttendanceView(self)
        self.view.setObjectName("attendanceGrid")
        self.view.setModel(self.model)
        self.view.mark_requested.connect(self._on_mark)

        help_text = QLabel(
            self.tr(
                "Merkitse nuolilla liikkuen: L tai 1 = läsnä, P tai 2 = poissa, I tai 3 = "
                "ilmoitettu poissaolo, Delete tyhjentää. Merkinnän jälkeen siirrytään seuraavaan "
                "osallistujaan; viimeisen jälkeen Läsnä yhteensä -riville, jossa näppäin ei "
                "merkitse mitään. Napsautus valitsee ruudun, kaksoisnapsautus vaihtaa "
                "merkintää, oikea painike näyttää vaihtoehdot. Ctrl+Z kumoaa."
            ),
            self,
        )
        help_text.setWordWrap(True)

        self.threshold = QSpinBox(self)
        self.threshold.setObjectName("thresholdSpin")
        self.threshold.setRange(0, 100)
        self.threshold.setSingleStep(5)
        self.threshold.setSuffix(" %")
        self.threshold.setValue(int(rounding.percent(attendance.DEFAULT_THRESHOLD)))
        self.threshold.setAccessibleName(self.tr("Seurantaraja"))
        self.threshold.valueChanged.connect(lambda _v: self.refresh())
        threshold_label = QLabel(self.tr("Seurantaraja (soitetaan, jos osallistunut alle):"), self)
        threshold_label.setBuddy(self.threshold)

        self.status = QLabel(self)
        self.status.setObjectName("attendanceStatus")
        self.status.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setObjectName("attendanceSummary")
        self.summary.setWordWrap(True)
        self.follow_up = QLabel(self)
        self.follow_up.setObjectName("followUp")
        self.follow_up.setWordWrap(True)

        self.export_xlsx = QPushButton(self.tr("Vie Exceliin…"), self)
        self.export_xlsx.clicked.connect(lambda: self._export(".xlsx"))
        self.export_pdf = QPushButton(self.tr("Tallenna PDF…"), self)
        self.export_pdf.clicked.connect(lambda: self._export(".pdf"))
        self.signin = QPushButton(self.tr("Läsnäololista valitulle kerralle…"), self)
        self.signin.setToolTip(
            self.tr("Tulostettava lista: nimet ja allekirjoitussarake valitun sarakkeen kerralle.")
        )
        self.signin.clicked.connect(lambda: self._signin(blank=False))
        self.signin_blank = QPushButton(self.tr("Tyhjä läsnäololista…"), self)
        self.signin_blank.clicked.connect(lambda: self._signin(blank=True))

        top = QHBoxLayout()
        top.addWidget(threshold_label)
        top.addWidget(self.threshold)
        top.addStretch(1)
        buttons = QHBoxLayout()
        for b in (self.export_xlsx, self.export_pdf, self.signin, self.signin_blank):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(help_text)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.summary)
        layout.addWidget(self.follow_up)
        layout.addLayout(buttons)

    # ----- loading -------------------------------------------------------------------------
    def refresh(self) -> None:
        enabled = self.group_id is not None
        for w in (self.export_xlsx, self.export_pdf, self.signin, self.signin_blank, self.view):
            w.setEnabled(enabled)
        if self.group_id is None:
            return
        group_id, today, threshold = self.group_id, self.today(), self.threshold.value() / 100
        Op(
            self,
            lambda: attendance.attendance_table(
                self.store, group_id, today=today, threshold=threshold
            ),
        ).success(self._show_table).failure(lambda exc: self.status.setText(str(exc))).run()

    def _show_table(self, table: attendance.AttendanceTable) -> None:
        first_load = self.model.table is None or self.model.table.group_id != table.group_id
        self.model.set_table(table)
        if first_load:
            self._size_columns()
            self.status.clear()
            if table.rows:
                self.view.setCurrentIndex(self.model.index(0, FIRST_SESSION_COLUMN))
        self._show_summary()

    def _size_columns(self) -> None:
        self.view.resizeColumnToContents(0)
        self.view.setColumnWidth(0, max(170, self.view.columnWidth(0) + 16))
        for col in range(1, self.model.columnCount()):
            self.view.setColumnWidth(col, 76)
        self.view.setColumnWidth(self.model.present_column, 64)
        self.view.setColumnWidth(self.model.rate_column, 118)

    def _show_summary(self) -> None:
        table = self.model.table
        if table is None:
            return
        if not table.rows:
            self.summary.setText(
                self.tr(
                    "Ryhmässä ei ole vielä osallistujia. Lisää heidät Osallistujat-välilehdellä."
                )
            )
            self.follow_up.clear()
            return
        self.summary.setText(
            self.tr(
                "Ryhmän osallistumisaste: {rate} merkityistä kerroista ({n} läsnäoloa)."
            ).format(rate=format_percent(table.group_rate) or "–", n=table.present_total)
        )
        follow = table.below_threshold
        if follow:
            names = ", ".join(f"{r.name} ({format_percent(r.rate)})" for r in follow)
            self.follow_up.setText(
                self.tr("Soita ja kysy kuulumiset (alle {t}): {names}").format(
                    t=format_percent(table.threshold), names=names
                )
            )
            self.follow_up.setStyleSheet("background: #f9cb9c; padding: 4px")
        else:
            self.follow_up.setText(
                self.tr("Kukaan ryhmässä oleva ei ole osallistunut alle {t}.").format(
                    t=format_percent(table.threshold)
                )
            )
            self.follow_up.setStyleSheet("")

    # ----- marking -------------------------------------------------------------------------
    def _on_mark(self, row: int, session: int, status: AttendanceStatus | None) -> None:
        table = self.model.table
        if table is None:
            return
        person = table.rows[row]
        column = table.sessions[session]
        before = person.marks[session]
        today = self.today()
        keyboard = self.view.from_keyboard

        def mark(status: AttendanceStatus | None) -> Callable[[], object]:
            return lambda: attendance.set_mark(
                self.store, person.participant_id, column.id, status, today=today
            )

        def show_cell() -> None:
            self.refresh()
            self.view.setCurrentIndex(self.model.index(row, FIRST_SESSION_COLUMN + session))

        def marked(_result: object) -> None:
            self.status.setStyleSheet("")
            text = self.tr("{name}, {n}. kerta: {mark}").format(
                name=person.name, n=column.number, mark=labels.attendance_status(status)
            )
            self.refresh()
            if status is not None and keyboard:
                if row + 1 < len(table.rows):
                    self.view.setCurrentIndex(
                        self.model.index(row + 1, FIRST_SESSION_COLUMN + session)
                    )
                else:
                    # After the last person the cursor leaves the marks, so that a further key
                    # cannot silently overwrite the last one.
                    self.view.setCurrentIndex(
                        self.model.index(self.model.totals_row, FIRST_SESSION_COLUMN + session)
                    )
                    text += ". " + self.tr(
                        "Kerran {n} sarake on käyty läpi; siirry nuolilla seuraavaan kertaan."
                    ).format(n=column.number)
            self.status.setText(text)
            if before != status:
                undo.push_done(
                    self.undo_stack,
                    self,
                    self.tr("läsnäolomerkintä"),
                    redo=mark(status),
                    undo=mark(before),
                    changes=OpChanges.ATTENDANCE,
                    after=show_cell,
                )

        def refused(exc: VoimaaError) -> None:
            self.status.setText(str(exc))
            self.status.setStyleSheet("color: #9c2f1f")

        Op(self, mark(status)).success(marked).failure(refused).changes(OpChanges.ATTENDANCE).run()

    def clear_messages(self) -> None:
        self.status.clear()
        self.status.setStyleSheet("")

    # ----- exports -------------------------------------------------------------------------
    def _current_session_number(self) -> int | None:
        table = self.model.table
        i = self.view.currentIndex().column() - FIRST_SESSION_COLUMN
        if table is None or not 0 <= i < len(table.sessions):
            return None
        return table.sessions[i].number

    def _export(self, suffix: str) -> None:
        from voimaa.export import jobs  # the writers load with the first export

        if self.group_id is None:
            return
        kind = self.tr("Excel-tiedosto (*.xlsx)") if suffix == ".xlsx" else self.tr("PDF (*.pdf)")
        path = ask.save_to_file(
            self, "attendance", self.tr("Vie läsnäolotaulukko"), f"läsnäolo{suffix}", kind
        )
        if path is None:
            return
        group_id, today, threshold = self.group_id, self.today(), self.threshold.value() / 100
        Op(
            self,
            lambda: jobs.export_attendance(
                self.store, group_id, path, today=today, threshold=threshold
            ),
            title=self.tr("Läsnäolo"),
        ).with_progress(self.tr("Viedään läsnäolotaulukkoa…")).success(self._saved).run()

    def _signin(self, *, blank: bool) -> None:
        from voimaa.export import jobs  # the writers load with the first export

        if self.group_id is None:
            return
        number = self._current_session_number()
        if not blank and number is None:
            ask.inform(
                self,
                self.tr("Läsnäololista"),
                self.tr("Valitse ensin taulukosta kerta (sarake), jolle lista tehdään."),
            )
            return
        name = "läsnäololista-tyhjä.pdf" if blank else f"läsnäololista-kerta-{number}.pdf"
        path = ask.save_to_file(
            self, "attendance", self.tr("Tallenna läsnäololista"), name, self.tr("PDF (*.pdf)")
        )
        if path is None:
            return
        group_id = self.group_id
        Op(
            self,
            lambda: jobs.export_signin(self.store, group_id, path, number, blank=blank),
            title=self.tr("Läsnäolo"),
        ).with_progress(self.tr("Tehdään läsnäololistaa…")).success(self._saved).run()

    def _saved(self, path: Path) -> None:
        self.status.setStyleSheet("")
        text = self.tr("Tallennettu: {path}").format(path=path)
        self.status.setText(text)
        export_done.exported(self, self.tr("Läsnäolo"), text, path)
