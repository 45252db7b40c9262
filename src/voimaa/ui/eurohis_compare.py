"""The before/after view of a group's EUROHIS-8 forms, and the settings used for the RCI."""

from __future__ import annotations

import uuid
from html import escape

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from voimaa import eurohis, roster
from voimaa.eurohis import BeforeAfter, EurohisSettings
from voimaa.formats import format_decimal, format_signed
from voimaa.store import Store
from voimaa.ui import fit
from voimaa.ui.charts import BeforeAfterChart, ChartRow
from voimaa.ui.ops import Op, OpChanges


def _num(value: float | None, decimals: int = 2) -> str:
    return "–" if value is None else format_decimal(value, decimals)


def _signed(value: float | None, decimals: int = 2) -> str:
    if value is None:
        return "–"
    return format_signed(value, decimals)


class EurohisSettingsBox(QGroupBox):
    """Reliability, reference SD and pro-rating, validated by the core when saved."""

    saved = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setTitle(self.tr("Asetukset (luotettavan muutoksen laskenta)"))
        self.reliability = QDoubleSpinBox(self)
        self.reliability.setObjectName("reliability")
        self.reliability.setRange(0.0, 0.99)
        self.reliability.setSingleStep(0.01)
        self.reliability.setDecimals(2)
        self.reliability.setLocale(QLocale(QLocale.Language.Finnish, QLocale.Country.Finland))
        self.reference_sd = QDoubleSpinBox(self)
        self.reference_sd.setObjectName("referenceSd")
        self.reference_sd.setRange(0.01, 4.0)
        self.reference_sd.setSingleStep(0.05)
        self.reference_sd.setDecimals(2)
        self.reference_sd.setLocale(QLocale(QLocale.Language.Finnish, QLocale.Country.Finland))
        self.allow_prorated = QCheckBox(
            self.tr("Salli arvioitu keskiarvo, kun yksi vastaus puuttuu (aina merkitty)"), self
        )
        self.allow_prorated.setObjectName("allowProrated")
        self.save_button = QPushButton(self.tr("Tallenna asetukset"), self)
        self.save_button.setObjectName("saveSettings")
        self.save_button.clicked.connect(self.save)
        help_text = QLabel(
            self.tr(
                "Reliabiliteetti r on mittarin sisäinen johdonmukaisuus (EUROHIS-8: noin 0,78). "
                "Viitekeskihajontaa käytetään, kunnes tietokannassa on vähintään 20 "
                "alkumittausta; sitten käytetään niiden omaa keskihajontaa."
            ),
            self,
        )
        help_text.setWordWrap(True)
        help_text.setStyleSheet("color: #5b6667")
        self.reliability.setToolTip(eurohis.explain("r"))
        self.reference_sd.setToolTip(eurohis.explain("sd"))
        box = QVBoxLayout(self)
        form = QFormLayout()
        form.addRow(self.tr("Reliabiliteetti r:"), self.reliability)
        form.addRow(self.tr("Viitekeskihajonta SD (keskiarvoasteikolla):"), self.reference_sd)
        form.addRow(self.allow_prorated)
        box.addLayout(form)
        # In a box layout (not a form row) the wrapped help gets the height its lines need.
        box.addWidget(help_text)
        box.addWidget(self.save_button)
        self.load()

    def load(self) -> None:
        current = eurohis.eurohis_settings(self.store)
        self.reliability.setValue(current.reliability)
        self.reference_sd.setValue(current.reference_sd)
        self.allow_prorated.setChecked(current.allow_prorated)

    def save(self) -> None:
        settings = EurohisSettings(
            reliability=self.reliability.value(),
            reference_sd=self.reference_sd.value(),
            allow_prorated=self.allow_prorated.isChecked(),
        )
        Op(
            self,
            lambda: eurohis.save_eurohis_settings(self.store, settings),
            title=self.tr("Asetukset"),
        ).success(lambda _done: self.saved.emit()).changes(OpChanges.EUROHIS).run()


class EurohisCompare(QWidget):
    """Per participant before, after, change and RCI; per group the summary and two charts."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.group_id: uuid.UUID | None = None
        self.result: BeforeAfter | None = None
        self.names: dict[uuid.UUID, str] = {}  # shown as the code's tooltip, never exported

        self.include_prorated = QCheckBox(
            self.tr("Ota pareihin mukaan arvioidut keskiarvot (yksi vastaus puuttui)"), self
        )
        self.include_prorated.setObjectName("includeProrated")
        self.include_prorated.toggled.connect(lambda _on: self.refresh())
        self.summary = QLabel(self)
        self.summary.setObjectName("compareSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setStyleSheet("font-size: 11pt")
        columns = [
            self.tr("Koodi"),
            self.tr("Alku ka"),
            self.tr("Alku summa"),
            self.tr("Loppu ka"),
            self.tr("Loppu summa"),
            self.tr("Muutos"),
            self.tr("RCI"),
            self.tr("Luotettava muutos"),
            self.tr("Huomio"),
        ]
        self.table = QTableWidget(0, len(columns), self)
        self.table.setObjectName("compareTable")
        self.table.setHorizontalHeaderLabels(columns)
        for column, key in ((5, "change"), (6, "rci"), (7, "rci")):
            header_item = self.table.horizontalHeaderItem(column)
            if header_item is not None:
                header_item.setToolTip(eurohis.explain(key))
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.item_chart = BeforeAfterChart(self.tr("Kysymyksittäin (parien keskiarvot)"), self)
        self.item_chart.setObjectName("itemChart")
        self.person_chart = BeforeAfterChart(
            self.tr("Osallistujittain (* = luotettava muutos)"), self
        )
        self.person_chart.setObjectName("personChart")
        self.plain_label = QLabel(self)
        self.plain_label.setObjectName("plainSummary")
        self.plain_label.setWordWrap(True)
        self.plain_label.setStyleSheet("font-size: 11pt")
        self.help_button = QPushButton(eurohis.help_title(), self)
        self.help_button.setObjectName("helpButton")
        self.help_button.setCheckable(True)
        self.help_label = QLabel(self)
        self.help_label.setObjectName("helpText")
        self.help_label.setWordWrap(True)
        self.help_label.setTextFormat(Qt.TextFormat.RichText)
        self.help_label.setStyleSheet("background: #f3f6f6; padding: 8px")
        self.help_label.setText(
            "".join(
                f"<p><b>{escape(t.term)}</b>: {escape(t.meaning)}</p>"
                for t in eurohis.explanations()
            )
        )
        self.help_label.setVisible(False)
        self.help_button.toggled.connect(self.help_label.setVisible)
        self.settings_box = EurohisSettingsBox(store, self)
        self.settings_box.saved.connect(self.refresh)

        content = QWidget(self)
        layout = QVBoxLayout(content)
        top = fit.Reflow(content)  # side by side, or the settings below on a small screen
        left = QVBoxLayout()
        heading = QLabel(self.tr("Ryhmän muutos"), content)
        heading.setStyleSheet("font-weight: bold; font-size: 13pt")
        left.addWidget(heading)
        left.addWidget(self.summary)
        left.addWidget(self.include_prorated)
        left.addStretch(1)
        top.add_layout(left, 3)
        top.add_widget(self.settings_box, 2)
        layout.addWidget(top)
        layout.addWidget(self.table)
        layout.addWidget(self.plain_label)
        layout.addWidget(self.help_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.help_label)
        charts = QHBoxLayout()
        charts.addWidget(self.item_chart, 1)
        charts.addWidget(self.person_chart, 1)
        layout.addLayout(charts)
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def set_group(self, group_id: uuid.UUID | None) -> None:
        self.group_id = group_id
        self.refresh()

    def refresh(self) -> None:
        self.settings_box.load()
        if self.group_id is None:
            self.result = None
            self.table.setRowCount(0)
            self.summary.setText("")
            self.plain_label.setText("")
            self.item_chart.set_rows([])
            self.person_chart.set_rows([])
            return
        allowed = self.settings_box.allow_prorated.isChecked()
        self.include_prorated.setEnabled(allowed)
        group_id, prorated = self.group_id, allowed and self.include_prorated.isChecked()
        names = Op(self, lambda: roster.code_list(self.store, group_id).names()).call()
        self.names = names or {}
        Op(
            self,
            lambda: eurohis.before_after(self.store, group_id, include_prorated=prorated),
            title=self.tr("EUROHIS-8"),
        ).success(self._show_result).run()

    def _show_result(self, result: BeforeAfter) -> None:
        self.result = result
        self.summary.setText("\n".join(eurohis.summary_lines(result)))
        self.plain_label.setText(" ".join(eurohis.plain_summary(result)))
        self._fill_table(result)
        self.item_chart.set_rows(
            [
                ChartRow(eurohis.short_label(i.item), i.before_mean, i.after_mean)
                for i in result.items
                if i.n
            ]
        )
        self.person_chart.set_rows(
            [
                ChartRow(p.code, p.before_mean, p.after_mean, marked=p.reliable)
                for p in result.participants
                if p.in_pair
            ]
        )

    def _note(self, p: eurohis.ParticipantChange) -> str:
        assert self.result is not None
        return eurohis.participant_note(p, allow_prorated=self.result.allow_prorated)

    def _fill_table(self, result: BeforeAfter) -> None:
        self.table.setRowCount(len(result.participants))
        for row, p in enumerate(result.participants):
            if p.reliable:
                reliable = (
                    self.tr("kyllä, parani") if (p.rci or 0) > 0 else self.tr("kyllä, heikkeni")
                )
            else:
                reliable = self.tr("ei") if p.rci is not None else "–"
            values = (
                p.code,
                _num(p.before_mean) + (" *" if p.before_prorated else ""),
                _num(p.before_sum, 0 if not p.before_prorated else 1),
                _num(p.after_mean) + (" *" if p.after_prorated else ""),
                _num(p.after_sum, 0 if not p.after_prorated else 1),
                _signed(p.change),
                _signed(p.rci),
                reliable,
                self._note(p),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 0 and p.participant_id in self.names:
                    item.setToolTip(self.names[p.participant_id])  # on screen only
                if 0 < column < 7:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        height = self.table.horizontalHeader().height() + 4
        height += sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        self.table.setMinimumHeight(min(height, 420))
