"""The Asiantuntijat section."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from voimaa.ui.sections.base import PendingSection


class ExpertsSection(PendingSection):
    @classmethod
    def description(cls) -> str:
        return QCoreApplication.translate(
            "ExpertsSection",
            "Tähän tulee asiantuntijoiden luettelo ja vierailut. Osio ei ole vielä käytössä tässä versiossa.",  # noqa: E501
        )

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("ExpertsSection", "Asiantuntijat")
