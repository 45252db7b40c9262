"""The Ohjelma section."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from voimaa.ui.sections.base import PendingSection


class ProgramSection(PendingSection):
    @classmethod
    def description(cls) -> str:
        return QCoreApplication.translate(
            "ProgramSection",
            "Tähän tulee ryhmän kahdeksan kerran ohjelma: päivät, aiheet, osiot, materiaalit ja diat. Osio ei ole vielä käytössä tässä versiossa.",  # noqa: E501
        )

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("ProgramSection", "Ohjelma")
