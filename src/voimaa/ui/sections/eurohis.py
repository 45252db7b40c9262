"""The EUROHIS-8 section."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from voimaa.ui.sections.base import PendingSection


class EurohisSection(PendingSection):
    @classmethod
    def description(cls) -> str:
        return QCoreApplication.translate(
            "EurohisSection",
            "Tähän tulee EUROHIS-8-lomakkeiden syöttö ja alku- ja loppumittauksen vertailu. Osio ei ole vielä käytössä tässä versiossa.",  # noqa: E501
        )

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("EurohisSection", "EUROHIS-8")
