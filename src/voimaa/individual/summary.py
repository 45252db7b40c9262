"""The period summary for the client and their own worker: goals and their rating history,
meetings (counted, by place and topic), the intensity of the first six months and EUROHIS-8
before and after. Plain data for the PDF and xlsx writers; meeting and review notes are in it
only when the worker chose so."""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import date

from voimaa.eurohis.change import baseline_means
from voimaa.eurohis.forms import FormResult, form_result
from voimaa.eurohis.scoring import change_index, is_reliable, reference_sd, s_diff
from voimaa.eurohis.settings import eurohis_settings
from voimaa.individual.goals import GoalInfo, goal_info, goals_met_share
from voimaa.individual.meetings import Intensity, MeetingInfo, intensity, meeting_info
from voimaa.individual.periods import PeriodInfo, WorkPhase, period_info
from voimaa.loaders import load_period
from voimaa.models import MeetingPlace, Phase
from voimaa.store import Store


@dataclass(frozen=True)
class ReviewLine:
    held_on: date
    note: str  # "" unless notes were chosen


@dataclass(frozen=True)
class EurohisChange:
    before: FormResult | None
    after: FormResult | None
    change: float | None  # after − before on the mean scale (1–5), when both are scored
    rci: float | None

    @property
    def reliable(self) -> bool | None:
        return None if self.rci is None else is_reliable(self.rci)


@dataclass(frozen=True)
class PeriodSummary:
    period: PeriodInfo
    phase: WorkPhase
    today: date
    goals: tuple[GoalInfo, ...]
    goals_met: int
    goals_rated: int
    reviews: tuple[ReviewLine, ...]
    meetings: tuple[MeetingInfo, ...]  # notes blanked unless include_notes
    minutes_total: int
    by_place: tuple[tuple[MeetingPlace, int], ...]
    by_topic: tuple[tuple[str, int], ...]  # most worked-on first
    chapters: tuple[str, ...]  # workbook chapter keys used, in first-use order
    intensity: Intensity
    eurohis: EurohisChange
    include_notes: bool


def period_summary(
    store: Store, period_id: uuid.UUID, *, include_notes: bool = False, today: date | None = None
) -> PeriodSummary:
    """Everything the summary shows, read in one unit of work."""
    today = today or date.today()
    settings = eurohis_settings(store).validated()
    with store.session() as s:
        p = load_period(s, period_id)
        info = period_info(p)
        goals = tuple(goal_info(g) for g in p.goals)
        met, rated = goals_met_share(list(goals))
        meetings = tuple(
            meeting_info(m, with_note=include_notes)
            for m in sorted(p.meetings, key=lambda m: (m.held_on, m.created_at))
        )
        rows = {Phase(r.phase): r for r in p.eurohis}
        before, after = (
            None
            if (row := rows.get(phase)) is None
            else form_result(row, info.code, allow_prorated=settings.allow_prorated)
            for phase in (Phase.BEFORE, Phase.AFTER)
        )
        change = rci = None
        if before and after and before.score and after.score:
            change = after.score.mean - before.score.mean
            ref = reference_sd(baseline_means(s), configured_sd=settings.reference_sd)
            rci = change_index(change, s_diff(ref.sd, settings.reliability))
        reviews = tuple(ReviewLine(r.held_on, r.note if include_notes else "") for r in p.reviews)
    until = info.end_date if info.end_date is not None and info.end_date < today else today
    places = Counter(m.place for m in meetings)
    topics = Counter(t for m in meetings for t in m.topics)
    chapters = tuple(dict.fromkeys(c for m in meetings for c in m.chapters))
    return PeriodSummary(
        period=info,
        phase=info.phase_on(today),
        today=today,
        goals=goals,
        goals_met=met,
        goals_rated=rated,
        reviews=reviews,
        meetings=meetings,
        minutes_total=sum(m.minutes for m in meetings),
        by_place=tuple((place, places[place]) for place in MeetingPlace if places[place]),
        by_topic=tuple(sorted(topics.items(), key=lambda kv: (-kv[1], kv[0]))),
        chapters=chapters,
        intensity=intensity(info.start_date, [m.held_on for m in meetings], until),
        eurohis=EurohisChange(before, after, change, rci),
        include_notes=include_notes,
    )
