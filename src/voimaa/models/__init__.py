"""SQLAlchemy 2 typed ORM models, one module per aggregate. Importing this registers them all."""

from voimaa.models.attendance import AttendanceMark, AttendanceStatus
from voimaa.models.audit import AuditEvent
from voimaa.models.base import Base, Entity, utcnow
from voimaa.models.budget import BudgetCategory, BudgetLine
from voimaa.models.coordinator import ImportedGroup, ImportedPeriods
from voimaa.models.eurohis import ITEM_COLUMNS, EurohisResponse, Phase, WordingVersion
from voimaa.models.expert import Expert, SessionExpert
from voimaa.models.feedback import FeedbackResponse
from voimaa.models.group import Group, GroupMode, GroupStatus, Leader
from voimaa.models.individual import (
    Client,
    GoalRating,
    GoalsMet,
    MeetingPlace,
    NextStep,
    PeriodFeedback,
    PeriodGoal,
    PeriodMeeting,
    PeriodReview,
    PeriodStatus,
    RatingOccasion,
    WorkPeriod,
)
from voimaa.models.participant import Participant, ParticipantStatus
from voimaa.models.session import GroupSession, MaterialKind, MaterialLink, PartKind, SessionPart
from voimaa.models.setting import Setting
from voimaa.models.template import ProgramTemplate

__all__ = [
    "ITEM_COLUMNS",
    "AttendanceMark",
    "AttendanceStatus",
    "AuditEvent",
    "Base",
    "BudgetCategory",
    "BudgetLine",
    "Client",
    "Entity",
    "EurohisResponse",
    "Expert",
    "FeedbackResponse",
    "GoalRating",
    "GoalsMet",
    "Group",
    "GroupMode",
    "GroupSession",
    "GroupStatus",
    "ImportedGroup",
    "ImportedPeriods",
    "Leader",
    "MaterialKind",
    "MaterialLink",
    "MeetingPlace",
    "NextStep",
    "PartKind",
    "Participant",
    "ParticipantStatus",
    "PeriodFeedback",
    "PeriodGoal",
    "PeriodMeeting",
    "PeriodReview",
    "PeriodStatus",
    "Phase",
    "ProgramTemplate",
    "RatingOccasion",
    "SessionExpert",
    "SessionPart",
    "Setting",
    "WordingVersion",
    "WorkPeriod",
    "utcnow",
]
