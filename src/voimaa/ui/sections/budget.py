"""The Budjetti section."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from voimaa.ui.sections.base import PendingSection


class BudgetSection(PendingSection):
    @classmethod
    def description(cls) -> str:
        return QCoreApplication.translate(
            "BudgetSection",
            "Tähän tulee ryhmän budjetti. Osio ei ole vielä käytössä tässä versiossa.",
        )

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("BudgetSection", "Budjetti")
