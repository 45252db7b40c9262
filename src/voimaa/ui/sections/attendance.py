"""The Läsnäolo section."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from voimaa.ui.sections.base import PendingSection


class AttendanceSection(PendingSection):
    @classmethod
    def description(cls) -> str:
        return QCoreApplication.translate(
            "AttendanceSection",
            "Tähän tulee läsnäolotaulukko. Osio ei ole vielä käytössä tässä versiossa.",
        )

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("AttendanceSection", "Läsnäolo")
