"""The region's follow-up figures (Seurantaluvut) per place and year, from the groups' and the
workers' coordinator exports. Pure: no store.

What is counted, and in which year (our choices, also in docs/coordinator-format.md):

- decisions: periods whose decision on social rehabilitation is dated in the year;
- groups held: groups whose first held session (else start date) is in the year;
- group participants: everyone who started those groups, a consenting person in two groups of
  the same place and year counted once (people who did not consent cannot be matched);
- periods started / ended: by the start and end date;
- meetings: the periods' meetings held in the year;
- share of goals met: of the rated goals of periods ended in the year, how many count as met
  by their last rating (:func:`voimaa.individual.goals.is_met`);
- EUROHIS-8 change: mean of after − before over complete pairs, for the groups of the year and
  for the periods ended in the year, separately.

The "all places" row of a year is the sum of its places, so that the table's sums hold; its
small cells and the cells that would give them away are hidden by the one rule of
:mod:`voimaa.coordinator.suppression`.
"""

from __future__ import annotations

import dataclasses
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from voimaa.coordinator.document import GroupExport
from voimaa.coordinator.figures import Figure
from voimaa.coordinator.periods import ExportedPeriod, PeriodsExport
from voimaa.coordinator.suppression import Sum, suppress
from voimaa.eurohis import scoring
from voimaa.i18n import translate
from voimaa.individual.goals import is_met
from voimaa.models import Phase

COUNT_FIELDS = ("decisions", "group_participants", "periods_started", "periods_ended", "meetings")


@dataclass(frozen=True)
class FollowUpRow:
    place: str
    year: int
    decisions: Figure
    groups: Figure
    group_participants: Figure
    periods_started: Figure
    periods_ended: Figure
    meetings: Figure  # n: the periods the meetings belong to
    goals_met: Figure  # share of rated goals met; n: periods
    group_change: Figure  # mean EUROHIS-8 change; n: pairs
    period_change: Figure


@dataclass(frozen=True)
class FollowUp:
    rows: tuple[FollowUpRow, ...]  # by year (newest first), then place
    totals: tuple[FollowUpRow, ...]  # one per year: all places

    @property
    def years(self) -> tuple[int, ...]:
        return tuple(t.year for t in self.totals)


def _place(label: str) -> str:
    return label or translate("Coordinator", "Paikka puuttuu")


def _group_year(e: GroupExport) -> int | None:
    days = [s.date for s in e.sessions if s.date is not None]
    first = min(days) if days else e.start_date
    return None if first is None else first.year


def _pair_change(forms: Sequence[Any]) -> float | None:
    before = next((f for f in forms if f.phase == Phase.BEFORE), None)
    after = next((f for f in forms if f.phase == Phase.AFTER), None)
    if before is None or after is None:
        return None
    b, a = scoring.score(before.answers), scoring.score(after.answers)
    return None if b is None or a is None else a.mean - b.mean


@dataclass
class _Cell:
    decisions: int = 0
    groups: int = 0
    participants: int = 0
    started: int = 0
    ended: int = 0
    meetings: int = 0
    meeting_periods: int = 0
    goals_rated: int = 0
    goals_met: int = 0
    goal_periods: int = 0
    group_changes: list[float] = dataclasses.field(default_factory=list)
    period_changes: list[float] = dataclasses.field(default_factory=list)

    def add(self, other: _Cell) -> None:
        for f in dataclasses.fields(self):
            value = getattr(other, f.name)
            if isinstance(value, list):
                getattr(self, f.name).extend(value)
            else:
                setattr(self, f.name, getattr(self, f.name) + value)


def _mean(values: list[float]) -> Figure:
    return Figure(statistics.fmean(values) if values else None, len(values))


def _row(place: str, year: int, c: _Cell) -> FollowUpRow:
    return FollowUpRow(
        place=place,
        year=year,
        decisions=Figure(c.decisions, c.decisions),
        groups=Figure(c.groups, c.groups, persons=False),
        group_participants=Figure(c.participants, c.participants),
        periods_started=Figure(c.started, c.started),
        periods_ended=Figure(c.ended, c.ended),
        meetings=Figure(c.meetings, c.meeting_periods),
        goals_met=Figure(c.goals_met / c.goals_rated if c.goals_rated else None, c.goal_periods),
        group_change=_mean(c.group_changes),
        period_change=_mean(c.period_changes),
    )


def _add_period(cells: dict[tuple[str, int], _Cell], p: ExportedPeriod) -> None:
    place = _place(p.place)
    if p.decision_date is not None:
        cells[(place, p.decision_date.year)].decisions += 1
    cells[(place, p.start_date.year)].started += 1
    for year, n in p.meetings_by_year:
        cell = cells[(place, year)]
        cell.meetings += n
        cell.meeting_periods += 1 if n else 0
    if p.end_date is not None:
        cell = cells[(place, p.end_date.year)]
        cell.ended += 1
        rated = [g.last for g in p.goals if g.last is not None]
        if rated:
            cell.goals_rated += len(rated)
            cell.goals_met += sum(1 for v in rated if is_met(v))
            cell.goal_periods += 1
        change = _pair_change(p.forms)
        if change is not None:
            cell.period_changes.append(change)


def _add_groups(cells: dict[tuple[str, int], _Cell], exports: Sequence[GroupExport]) -> None:
    codes: dict[tuple[str, int], Counter[str]] = defaultdict(Counter)
    for e in exports:
        year = _group_year(e)
        if year is None:
            continue
        key = (_place(e.place_label), year)
        cell = cells[key]
        cell.groups += 1
        cell.participants += e.participants_total
        codes[key].update(p.code for p in e.participants)
        for p in e.participants:
            change = _pair_change(p.forms)
            if change is not None:
                cell.group_changes.append(change)
    for key, counter in codes.items():
        cells[key].participants -= sum(n - 1 for n in counter.values() if n > 1)


def follow_up(groups: Iterable[GroupExport], periods: Iterable[PeriodsExport] = ()) -> FollowUp:
    """The follow-up figures per place and year, protected against recovering small cells."""
    cells: dict[tuple[str, int], _Cell] = defaultdict(_Cell)
    _add_groups(cells, list(groups))
    for export in periods:
        for p in export.periods:
            _add_period(cells, p)
    years = sorted({year for _, year in cells}, reverse=True)
    rows = [
        _row(place, year, cells[(place, year)])
        for year in years
        for place in sorted({p for p, y in cells if y == year}, key=str.casefold)
    ]
    totals = []
    for year in years:
        total = _Cell()
        for (_, y), cell in cells.items():
            if y == year:
                total.add(cell)
        totals.append(_row(translate("Coordinator", "Kaikki paikkakunnat"), year, total))
    return _protect(FollowUp(tuple(rows), tuple(totals)))


def _protect(table: FollowUp) -> FollowUp:
    """Complementary suppression over the counts: each year's total = the sum of its places."""
    Key = tuple[str, int, str]
    values: dict[Key, int] = {}
    small: set[Key] = set()
    for r in (*table.rows, *table.totals):
        tag = "*" if r in table.totals else r.place
        for f in COUNT_FIELDS:
            fig: Figure = getattr(r, f)
            values[(tag, r.year, f)] = int(fig.value or 0)
            if fig.hidden:
                small.add((tag, r.year, f))
    sums = [
        Sum(("*", t.year, f), tuple((r.place, r.year, f) for r in table.rows if r.year == t.year))
        for t in table.totals
        for f in COUNT_FIELDS
    ]
    hidden = suppress(values, small, sums)

    def protect(r: FollowUpRow, tag: str) -> FollowUpRow:
        changes = {
            f: dataclasses.replace(getattr(r, f), suppressed=True)
            for f in COUNT_FIELDS
            if (tag, r.year, f) in hidden and not getattr(r, f).hidden
        }
        return dataclasses.replace(r, **changes) if changes else r

    return FollowUp(
        tuple(protect(r, r.place) for r in table.rows),
        tuple(protect(t, "*") for t in table.totals),
    )
