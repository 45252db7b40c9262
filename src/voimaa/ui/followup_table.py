"""The follow-up figures (Seurantaluvut) as a read-only table in the coordinator's window: per
place and year, each year's all-places row in bold; hidden cells as "<3" or "*"."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from voimaa.coordinator import FollowUp
from voimaa.coordinator.presenting import figure_text, followup_columns, followup_lines


class FollowUpTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 0, parent)
        self.setObjectName("followUpTable")
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.show_figures(None)

    def show_figures(self, followup: FollowUp | None) -> None:
        columns = followup_columns()
        self.setColumnCount(2 + len(columns))
        self.setHorizontalHeaderLabels(
            [self.tr("Vuosi"), self.tr("Paikkakunta"), *(title for _, _, title in columns)]
        )
        lines = followup_lines(followup) if followup is not None else []
        self.setRowCount(len(lines))
        bold = QFont(self.font())
        bold.setBold(True)
        for row, (line, total) in enumerate(lines):
            values = [
                str(line.year),
                line.place,
                *(figure_text(getattr(line, key), kind) for key, kind, _ in columns),
            ]
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                if total:
                    item.setFont(bold)
                self.setItem(row, col, item)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
