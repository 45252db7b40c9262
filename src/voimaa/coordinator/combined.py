"""The combined report over many groups' exports: overall, per place, per item and per group.

Pure: computed from `GroupExport` documents, never from a store. Every count of 1–2 persons and
every figure computed from fewer than 3 persons is marked hidden; writers show "<3" instead.
"""

from __future__ import annotations

import gc
import statistics
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from voimaa import attendance
from voimaa.coordinator.document import ExportedParticipant, GroupExport
from voimaa.coordinator.figures import Figure
from voimaa.coordinator.followup import FollowUp, follow_up
from voimaa.coordinator.periods import PeriodsExport, read_any_export
from voimaa.coordinator.suppression import protect_report
from voimaa.eurohis import scoring
from voimaa.i18n import translate
from voimaa.models import GroupMode, Phase


def _count(n: int) -> Figure:
    return Figure(n, n)


@dataclass(frozen=True)
class ChangeStats:
    """EUROHIS-8 before/after over a set of persons (complete forms; pairs for change)."""

    before_forms: Figure
    after_forms: Figure
    pairs: Figure
    mean_before: Figure
    mean_after: Figure
    mean_change: Figure
    median_change: Figure
    improved: Figure
    unchanged: Figure
    worse: Figure
    reliable_improved: Figure
    reliable_worse: Figure
    good_before: Figure  # persons with mean ≥ 4 at the start (share in value)
    good_after: Figure


@dataclass(frozen=True)
class ItemStats:
    number: int
    text: str
    pairs: Figure
    mean_before: Figure
    mean_after: Figure
    mean_change: Figure


@dataclass(frozen=True)
class AreaFigures:
    """Groups held, participants, attendance and EUROHIS-8 change for one set of groups."""

    label: str
    groups: Figure
    sessions: Figure
    participants: Figure
    consented: Figure
    left: Figure
    attendance_rate: Figure
    change: ChangeStats


@dataclass(frozen=True)
class GroupRow:
    group_id: uuid.UUID
    place: str
    mode: GroupMode
    start_date: date | None
    end_date: date | None
    sessions: int
    participants: Figure
    consented: Figure
    attendance_rate: Figure
    pairs: Figure
    mean_change: Figure


@dataclass(frozen=True)
class CombinedReport:
    made_on: date
    overall: AreaFigures
    places: tuple[AreaFigures, ...]
    items: tuple[ItemStats, ...]
    group_rows: tuple[GroupRow, ...]
    sd: scoring.ReferenceSD
    reliability: float
    duplicates: int = 0  # files of a group already given (the later one counted)
    notes: tuple[str, ...] = field(default_factory=tuple)
    followup: FollowUp | None = None  # Seurantaluvut, with the workers' periods exports


@dataclass(frozen=True)
class _Scored:
    """One participant's EUROHIS-8 scores and before/after pair (complete forms only)."""

    before: scoring.Score | None
    after: scoring.Score | None
    pair: scoring.ScoredPair | None


# A participant's scores by id(participant): every participant is scored once per report,
# however many areas (overall, places, items, groups) count them.
_Scores = dict[int, _Scored]


def _score_all(participants: Iterable[ExportedParticipant]) -> _Scores:
    scored: _Scores = {}
    for p in participants:
        before, after = p.form(Phase.BEFORE), p.form(Phase.AFTER)
        b = scoring.score(before.answers) if before else None
        a = scoring.score(after.answers) if after else None
        pair = None
        if b is not None and a is not None and before and after:
            pair = scoring.ScoredPair(before.answers, after.answers, b, a)
        scored[id(p)] = _Scored(b, a, pair)
    return scored


def _pairs(
    participants: Sequence[ExportedParticipant], scored: _Scores
) -> list[scoring.ScoredPair]:
    """Before/after pairs: both forms complete (pro-rated forms stay out of pairs)."""
    return [pair for p in participants if (pair := scored[id(p)].pair) is not None]


def _mean(values: Sequence[float]) -> float | None:
    return statistics.fmean(values) if values else None


def _change_stats(
    participants: Sequence[ExportedParticipant], scored: _Scores, sd: float, reliability: float
) -> ChangeStats:
    scores = [scored[id(p)] for p in participants]
    befores = [x.before.mean for x in scores if x.before is not None]
    afters = [x.after.mean for x in scores if x.after is not None]
    summary = scoring.summarize_pairs(
        _pairs(participants, scored), sdiff=scoring.s_diff(sd, reliability)
    )
    n = summary.n_pairs
    return ChangeStats(
        before_forms=_count(len(befores)),
        after_forms=_count(len(afters)),
        pairs=_count(n),
        mean_before=Figure(summary.mean_before, n),
        mean_after=Figure(summary.mean_after, n),
        mean_change=Figure(summary.mean_change, n),
        median_change=Figure(summary.median_change, n),
        improved=_count(summary.improved),
        unchanged=_count(summary.unchanged),
        worse=_count(summary.worse),
        reliable_improved=_count(summary.reliably_improved),
        reliable_worse=_count(summary.reliably_worse),
        good_before=Figure(
            sum(1 for v in befores if v >= scoring.GOOD_QOL_MEAN) / len(befores)
            if befores
            else None,
            len(befores),
        ),
        good_after=Figure(
            sum(1 for v in afters if v >= scoring.GOOD_QOL_MEAN) / len(afters) if afters else None,
            len(afters),
        ),
    )


def _attendance(participants: Sequence[ExportedParticipant]) -> Figure:
    marks = [m for p in participants for _, m in p.attendance]
    with_marks = sum(1 for p in participants if p.attendance)
    return Figure(attendance.attendance_rate(marks), with_marks)


def _area(
    label: str, exports: Sequence[GroupExport], scored: _Scores, sd: float, reliability: float
) -> AreaFigures:
    participants = [p for e in exports for p in e.participants]
    return AreaFigures(
        label=label,
        groups=Figure(len(exports), len(exports), persons=False),
        sessions=Figure(sum(len(e.sessions) for e in exports), 0, persons=False),
        participants=_count(sum(e.participants_total for e in exports)),
        consented=_count(len(participants)),
        left=_count(sum(e.participants_left for e in exports)),
        attendance_rate=_attendance(participants),
        change=_change_stats(participants, scored, sd, reliability),
    )


def _items(participants: Sequence[ExportedParticipant], scored: _Scores) -> tuple[ItemStats, ...]:
    return tuple(
        ItemStats(
            number=change.item.number,
            text=change.item.text,
            pairs=_count(change.n),
            mean_before=Figure(change.before_mean, change.n),
            mean_after=Figure(change.after_mean, change.n),
            mean_change=Figure(change.change, change.n),
        )
        for change in scoring.item_changes(_pairs(participants, scored))
    )


def unique_exports(exports: Iterable[GroupExport]) -> tuple[list[GroupExport], int]:
    """One export per group: a later export of the same group replaces an earlier one."""
    by_group: dict[uuid.UUID, GroupExport] = {}
    duplicates = 0
    for e in exports:
        if e.group_id in by_group:
            duplicates += 1
            if e.exported_on < by_group[e.group_id].exported_on:
                continue
        by_group[e.group_id] = e
    return list(by_group.values()), duplicates


def aggregate(
    exports: Iterable[GroupExport],
    *,
    periods: Iterable[PeriodsExport] = (),
    reliability: float = scoring.DEFAULT_RELIABILITY,
    configured_sd: float = scoring.DEFAULT_REFERENCE_SD,
    today: date | None = None,
) -> CombinedReport:
    """The combined report over many groups: overall, per place, per item and per group."""
    unique, duplicates = unique_exports(exports)
    unique.sort(key=lambda e: (e.place_label.casefold(), e.start_date or date.min, str(e.group_id)))
    participants = [p for e in unique for p in e.participants]
    scored = _score_all(participants)
    baseline = [x.before.mean for p in participants if (x := scored[id(p)]).before is not None]
    ref = scoring.reference_sd(baseline, configured_sd=configured_sd)
    places: dict[str, list[GroupExport]] = {}
    for e in unique:
        places.setdefault(e.place_label, []).append(e)
    rows = []
    for e in unique:
        pairs = _pairs(e.participants, scored)
        rows.append(
            GroupRow(
                group_id=e.group_id,
                place=e.place_label,
                mode=e.mode,
                start_date=e.start_date,
                end_date=e.end_date,
                sessions=len(e.sessions),
                participants=_count(e.participants_total),
                consented=_count(len(e.participants)),
                attendance_rate=_attendance(e.participants),
                pairs=_count(len(pairs)),
                mean_change=Figure(
                    _mean([x.after.mean - x.before.mean for x in pairs]), len(pairs)
                ),
            )
        )
    report = CombinedReport(
        made_on=today or date.today(),
        overall=_area(
            translate("Coordinator", "Kaikki ryhmät"), unique, scored, ref.sd, reliability
        ),
        places=tuple(
            _area(label, members, scored, ref.sd, reliability)
            for label, members in sorted(places.items(), key=lambda kv: kv[0].casefold())
        ),
        items=_items(participants, scored),
        group_rows=tuple(rows),
        sd=ref,
        reliability=reliability,
        duplicates=duplicates,
        followup=follow_up(unique, periods),
    )
    return protect_report(report)


def aggregate_files(
    paths: Iterable[str | Path],
    *,
    today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> CombinedReport:
    """Combine export files (groups' and workers' periods exports) directly, without any
    store. Any refused file refuses them all."""
    items = list(paths)
    exports = []
    periods = []
    # The documents hold no reference cycles, so the cycle collector is paused meanwhile: it
    # would otherwise walk the growing heap again and again (a sixth of the time at 2,000).
    collecting = gc.isenabled()
    gc.disable()
    try:
        for i, path in enumerate(items, start=1):
            read = read_any_export(path)
            if isinstance(read, PeriodsExport):
                periods.append(read)
            else:
                exports.append(read)
            if progress is not None:
                progress(i, len(items))
        return aggregate(exports, periods=periods, today=today)
    finally:
        if collecting:
            gc.enable()
