"""Intensified individual work (tehostettu yksilötyö): one package, three parts.

- :mod:`~voimaa.individual.periods`: clients (random pseudonymous codes from the roster's code
  space), their work periods with the decision on social rehabilitation, the three phases
  (aloitus, työskentely, päätös) and the ending with an outcome.
- :mod:`~voimaa.individual.summary`: the period summary (plain data for the exports).
- :mod:`~voimaa.individual.erasure`: erasing a client with everything about them.
- :mod:`~voimaa.individual.goals`: 1–5 goals per period in the client's own words, their
  ratings at the start, at review meetings and at the end, and the review meetings.
- :mod:`~voimaa.individual.links`: the group participants a client may be linked to.
- :mod:`~voimaa.individual.meetings`: meetings (date, length, place, topics, workbook chapters,
  a sensitive note) and the intensity of the first six months.

EUROHIS-8 at the start and the end of a period uses :mod:`voimaa.eurohis` (one scoring, one
entry, one edit log): see :func:`voimaa.eurohis.save_period_response`.

The goal rating scale
---------------------
Every goal is rated on one scale, **0–10, "kuinka lähellä tavoitetta olen"** (0 = en ole vielä
lähtenyt liikkeelle, 10 = olen perillä), the client's own estimate. We chose it over goal
attainment scaling (−2…+2) because GAS needs five expected levels written in advance for every
goal, which is heavy work in a first meeting and hard to explain to a client who is tired or
anxious; a 0–10 line is understood at once, is the same for every goal, is drawn on paper in a
home visit, and shows small steps (a GAS goal often stays at −1 for months). A goal counts as
met when its last rating is at least :data:`~voimaa.individual.goals.GOAL_MET_RATING` (8): the
rule lives in :func:`~voimaa.individual.goals.is_met` and nowhere else.

The 8-participant limit of groups does not apply here: a worker has as many clients as they have.
"""

from __future__ import annotations

from voimaa.individual.erasure import ClientErasure, describe_client_erasure, erase_client
from voimaa.individual.goals import (
    GOAL_MET_RATING,
    MAX_GOALS,
    RATING_MAX,
    RATING_MIN,
    GoalInfo,
    RatingPoint,
    ReviewInfo,
    add_goal,
    delete_review,
    goals_met_share,
    is_met,
    list_goals,
    list_reviews,
    rate_goals,
    remove_goal,
    save_review,
    update_goal,
    validate_rating,
)
from voimaa.individual.links import ParticipantChoice, participant_choices
from voimaa.individual.meetings import (
    DEFAULT_TOPICS,
    INTENSIVE_MONTHS,
    Intensity,
    MeetingData,
    MeetingInfo,
    MonthCount,
    add_meeting,
    add_months,
    delete_meeting,
    intensity,
    list_meetings,
    period_intensity,
    save_topics,
    topics,
    update_meeting,
)
from voimaa.individual.periods import (
    ClientData,
    ClientInfo,
    Outcome,
    PeriodData,
    PeriodInfo,
    WorkPhase,
    create_client,
    create_period,
    current_phase,
    end_period,
    get_client,
    get_period,
    list_clients,
    list_periods,
    reopen_period,
    resolve_period,
    save_period_details,
    start_client_period,
    update_client,
    update_period,
)
from voimaa.individual.summary import EurohisChange, PeriodSummary, ReviewLine, period_summary

__all__ = [
    "DEFAULT_TOPICS",
    "GOAL_MET_RATING",
    "INTENSIVE_MONTHS",
    "MAX_GOALS",
    "RATING_MAX",
    "RATING_MIN",
    "ClientData",
    "ClientErasure",
    "ClientInfo",
    "EurohisChange",
    "GoalInfo",
    "Intensity",
    "MeetingData",
    "MeetingInfo",
    "MonthCount",
    "Outcome",
    "ParticipantChoice",
    "PeriodData",
    "PeriodInfo",
    "PeriodSummary",
    "RatingPoint",
    "ReviewInfo",
    "ReviewLine",
    "WorkPhase",
    "add_goal",
    "add_meeting",
    "add_months",
    "create_client",
    "create_period",
    "current_phase",
    "delete_meeting",
    "delete_review",
    "describe_client_erasure",
    "end_period",
    "erase_client",
    "get_client",
    "get_period",
    "goals_met_share",
    "intensity",
    "is_met",
    "list_clients",
    "list_goals",
    "list_meetings",
    "list_periods",
    "list_reviews",
    "participant_choices",
    "period_intensity",
    "period_summary",
    "rate_goals",
    "remove_goal",
    "reopen_period",
    "resolve_period",
    "save_period_details",
    "save_review",
    "save_topics",
    "start_client_period",
    "topics",
    "update_client",
    "update_goal",
    "update_meeting",
    "update_period",
    "validate_rating",
]
