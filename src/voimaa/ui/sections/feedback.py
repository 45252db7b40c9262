"""The Palaute section."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from voimaa.ui.sections.base import PendingSection


class FeedbackSection(PendingSection):
    @classmethod
    def description(cls) -> str:
        return QCoreApplication.translate(
            "FeedbackSection",
            "Tähän tulee palautelomakkeiden syöttö ja yhteenveto. Osio ei ole vielä käytössä tässä versiossa.",  # noqa: E501
        )

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("FeedbackSection", "Palaute")
