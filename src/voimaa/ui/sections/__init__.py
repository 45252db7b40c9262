"""The sections of a group, in the order the main window shows them."""

from voimaa.ui.sections.attendance import AttendanceSection
from voimaa.ui.sections.base import Section
from voimaa.ui.sections.budget import BudgetSection
from voimaa.ui.sections.eurohis import EurohisSection
from voimaa.ui.sections.experts import ExpertsSection
from voimaa.ui.sections.feedback import FeedbackSection
from voimaa.ui.sections.participants import ParticipantsSection
from voimaa.ui.sections.program import ProgramSection
from voimaa.ui.sections.reports import ReportsSection

SECTIONS: tuple[type[Section], ...] = (
    ProgramSection,
    ParticipantsSection,
    AttendanceSection,
    BudgetSection,
    EurohisSection,
    FeedbackSection,
    ExpertsSection,
    ReportsSection,
)

__all__ = ["SECTIONS", "Section"]
