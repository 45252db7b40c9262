"""The Raportit section."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from voimaa.ui.sections.base import PendingSection


class ReportsSection(PendingSection):
    @classmethod
    def description(cls) -> str:
        return QCoreApplication.translate(
            "ReportsSection",
            "Tähän tulevat ryhmän raportit ja koordinaattorin aineisto. Osio ei ole vielä käytössä tässä versiossa.",  # noqa: E501
        )

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("ReportsSection", "Raportit")
