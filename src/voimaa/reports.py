"""The leader pair's report of a group: what happened, gathered from the other capabilities.

One report for the end of a group (PDF or Excel): the group, the sessions held with topics and
experts, attendance per session and per participant, EUROHIS-8 before/after, the feedback
summary and the budget. Participants appear by their pseudonymous code; names only when the
leaders choose to include them (never by default).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from voimaa import attendance, budget, eurohis, feedback, labels, program
from voimaa.eurohis.settings import eurohis_settings
from voimaa.models import AttendanceStatus, GroupMode, ParticipantStatus
from voimaa.store import Store

REPORT_SUFFIXES = (".pdf", ".xlsx")


@dataclass(frozen=True)
class ReportSession:
    number: int
    date: date | None
    topic: str
    experts: tuple[str, ...]  # "Name (field)" – the leaders' own report, no contact details
    held: bool  # at least one attendance mark
    present: int
    absent: int
    excused: int


@dataclass(frozen=True)
class ReportParticipant:
    """One participant's row: the code always, the name only when names are included."""

    code: str
    name: str  # "" unless the leaders chose to include names
    status: ParticipantStatus
    status_label: str
    marks: tuple[AttendanceStatus | None, ...]  # per session, in session order
    present: int
    marked: int
    rate: float | None

    @property
    def label(self) -> str:
        return f"{self.name} ({self.code})" if self.name else self.code


@dataclass(frozen=True)
class GroupReport:
    group_id: uuid.UUID
    name: str
    place: str
    mode: GroupMode
    leaders: tuple[str, ...]  # "Name, role"
    start_date: date | None
    end_date: date | None
    made_on: date
    include_names: bool
    sessions: tuple[ReportSession, ...]
    participants: tuple[ReportParticipant, ...]
    group_rate: float | None
    eurohis: eurohis.BeforeAfter
    eurohis_lines: tuple[str, ...]
    feedback: feedback.FeedbackSummary
    budget: budget.BudgetSummary

    @property
    def held_sessions(self) -> tuple[ReportSession, ...]:
        return tuple(s for s in self.sessions if s.held)

    @property
    def mode_label(self) -> str:
        return labels.group_mode(self.mode)

    def eurohis_label(self, code: str) -> str:
        """How a participant of the EUROHIS-8 table is shown (the name only when included)."""
        for p in self.participants:
            if p.code == code:
                return p.label
        return code


def group_report(
    store: Store, group_id: uuid.UUID, *, include_names: bool = False, today: date | None = None
) -> GroupReport:
    """Gather the group report's data from the program, attendance, EUROHIS-8, feedback and
    budget capabilities."""
    today = today or date.today()
    view = program.get_program(store, group_id)
    table = attendance.attendance_table(store, group_id, today=today)
    change = eurohis.before_after(store, group_id, settings=eurohis_settings(store))
    summary = feedback.feedback_summary(store, group_id)
    money = budget.budget_summary(store, group_id)
    totals = {t.session_id: t for t in table.totals}
    sessions = []
    for info in view.sessions:
        t = totals.get(info.id)
        present, absent, excused = (t.present, t.absent, t.excused) if t else (0, 0, 0)
        sessions.append(
            ReportSession(
                number=info.number,
                date=info.date,
                topic=info.topic,
                experts=tuple(f"{v.name} ({v.field})" if v.field else v.name for v in info.experts),
                held=present + absent + excused > 0,
                present=present,
                absent=absent,
                excused=excused,
            )
        )
    participants = tuple(
        ReportParticipant(
            code=row.code,
            name=row.name if include_names else "",
            status=row.status,
            status_label=labels.participant_status(row.status),
            marks=row.marks,
            present=row.present,
            marked=row.marked,
            rate=row.rate,
        )
        for row in table.rows
    )
    return GroupReport(
        group_id=group_id,
        name=view.group_name,
        place=view.place,
        mode=view.mode,
        leaders=tuple(
            ", ".join(x for x in (leader.name, leader.role) if x) for leader in view.leaders
        ),
        start_date=view.start_date,
        end_date=view.end_date,
        made_on=today,
        include_names=include_names,
        sessions=tuple(sessions),
        participants=participants,
        group_rate=table.group_rate,
        eurohis=change,
        eurohis_lines=tuple(eurohis.summary_lines(change)),
        feedback=summary,
        budget=money,
    )
