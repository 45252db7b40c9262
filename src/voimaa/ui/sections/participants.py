"""The Osallistujat section."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from voimaa.ui.sections.base import PendingSection


class ParticipantsSection(PendingSection):
    @classmethod
    def description(cls) -> str:
        return QCoreApplication.translate(
            "ParticipantsSection",
            "Tähän tulee osallistujaluettelo, alkutapaamisen tiedot ja suostumukset. Osio ei ole vielä käytössä tässä versiossa.",  # noqa: E501
        )

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("ParticipantsSection", "Osallistujat")
