"""Small-cell privacy for the coordinator's tables: the one rule, used by the combined report
and by the follow-up figures (Seurantaluvut).

Primary suppression hides every count of 1–2 persons and every figure computed from fewer than
3 persons (:data:`~voimaa.coordinator.combined.MIN_CELL`). That alone is not enough: when a
table shows a total and all but one of its parts, the hidden part is the total minus the others
(Juva: n = 4, improved 3, worse 0 gives away unchanged = 1). **Complementary suppression** hides
more cells until no hidden count can be worked out from what is shown: the table's additive
relations ("total = part + part + …", for rows and columns alike) are a system of linear
equations in the hidden cells, and a hidden cell is recoverable exactly when its unit vector
lies in the row space of that system. First every equation with a single hidden cell gets a
second one; then, while some hidden cell is still recoverable from several equations together,
one more cell of an equation holding it is hidden. The cell chosen is the smallest shown part
that is not zero (then a zero part, then the total), so as little as possible is lost. Hiding a
cell never makes another hidden cell recoverable, so the loop ends, at worst with whole
equations hidden.

Only counts take part in the equations. Means and shares are hidden by the primary rule.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    from voimaa.coordinator.combined import AreaFigures, CombinedReport
    from voimaa.coordinator.figures import Figure

K = TypeVar("K", bound=Hashable)


@dataclass(frozen=True)
class Sum(Generic[K]):
    """One additive relation of a table: the cell `total` equals the sum of the cells `parts`."""

    total: K
    parts: tuple[K, ...]

    @property
    def cells(self) -> tuple[K, ...]:
        return (self.total, *self.parts)


def _reduce(rows: list[dict[K, Fraction]], vector: dict[K, Fraction]) -> dict[K, Fraction]:
    """`vector` minus its projection on the echelon rows (each row: pivot first, pivot 1)."""
    v = dict(vector)
    for row in rows:
        pivot = next(iter(row))
        factor = v.get(pivot, Fraction(0))
        if factor:
            for k, c in row.items():
                value = v.get(k, Fraction(0)) - factor * c
                if value:
                    v[k] = value
                else:
                    v.pop(k, None)
    return v


def _echelon(equations: list[dict[K, Fraction]]) -> list[dict[K, Fraction]]:
    rows: list[dict[K, Fraction]] = []
    for eq in equations:
        r = _reduce(rows, eq)
        if not r:
            continue
        pivot = next(iter(r))
        scale = r[pivot]
        normal = {pivot: Fraction(1)}
        normal.update({k: c / scale for k, c in r.items() if k != pivot})
        # Keep earlier rows free of the new pivot so that reduction stays one pass.
        for i, row in enumerate(rows):
            f = row.get(pivot, Fraction(0))
            if f:
                rows[i] = {
                    k: c
                    for k, c in (
                        (k, row.get(k, Fraction(0)) - f * normal.get(k, Fraction(0)))
                        for k in dict.fromkeys([*row, *normal])
                    )
                    if c
                }
        rows.append(normal)
    return rows


def recoverable(hidden: set[K], sums: Sequence[Sum[K]]) -> list[K]:
    """The hidden cells whose value follows from the shown cells and the sums."""
    equations = []
    for rel in sums:
        eq: dict[K, Fraction] = {}
        for k, sign in ((rel.total, 1), *((p, -1) for p in rel.parts)):
            if k in hidden:
                eq[k] = eq.get(k, Fraction(0)) + sign
        eq = {k: c for k, c in eq.items() if c}
        if eq:
            equations.append(eq)
    rows = _echelon(equations)
    order = list(dict.fromkeys(k for rel in sums for k in rel.cells if k in hidden))
    order += [k for k in hidden if k not in order]
    return [k for k in order if not _reduce(rows, {k: Fraction(1)})]


def _complement(values: Mapping[K, int], hidden: set[K], rels: Sequence[Sum[K]]) -> K | None:
    """The cell to hide next among the shown cells of `rels`: the smallest part that is not
    zero, else a zero part, else a total."""
    parts = list(dict.fromkeys(k for rel in rels for k in rel.parts if k not in hidden))
    nonzero = [k for k in parts if values.get(k, 0) != 0]
    if nonzero:
        return min(nonzero, key=lambda k: values.get(k, 0))
    if parts:
        return parts[0]
    return next((rel.total for rel in rels if rel.total not in hidden), None)


def suppress(values: Mapping[K, int], small: set[K], sums: Sequence[Sum[K]]) -> set[K]:
    """All cells to hide: the `small` ones and the complementary ones that keep every hidden
    cell unrecoverable from `values` shown and `sums`.

    First every equation with exactly one hidden cell (plain subtraction) gets a second one;
    then, while a hidden cell still follows from several equations together, one more cell of
    an equation holding it is hidden."""
    hidden = set(small)
    while True:
        single = [rel for rel in sums if sum(1 for k in rel.cells if k in hidden) == 1]
        if single:
            cell = _complement(values, hidden, single[:1])
        else:
            open_cells = recoverable(hidden, sums)
            if not open_cells:
                return hidden
            first = open_cells[0]
            cell = _complement(
                values,
                hidden,
                [
                    rel
                    for rel in sums
                    if first in rel.cells and any(k not in hidden for k in rel.cells)
                ],
            )
        if cell is None:  # pragma: no cover - an open equation always has a shown cell
            return hidden
        hidden.add(cell)


# ----- the combined report -----------------------------------------------------------------

_AREA_COUNTS = ("participants", "consented", "left")
_CHANGE_COUNTS = (
    "before_forms",
    "after_forms",
    "pairs",
    "improved",
    "unchanged",
    "worse",
    "reliable_improved",
    "reliable_worse",
)
_ROW_COUNTS = ("participants", "consented", "pairs")


def _area_cells(tag: object, area: AreaFigures) -> dict[tuple[object, str], Figure]:
    cells = {(tag, f): getattr(area, f) for f in _AREA_COUNTS}
    cells.update({(tag, f"change.{f}"): getattr(area.change, f) for f in _CHANGE_COUNTS})
    return cells


def _hide(figure: Figure) -> Figure:
    return figure if figure.hidden else dataclasses.replace(figure, suppressed=True)


def _protected_area(tag: object, area: AreaFigures, hidden: set[tuple[object, str]]) -> AreaFigures:
    change_fields: dict[str, Any] = {
        f: _hide(getattr(area.change, f)) for f in _CHANGE_COUNTS if (tag, f"change.{f}") in hidden
    }
    fields = _hidden_fields(area, tag, _AREA_COUNTS, hidden)
    fields["change"] = dataclasses.replace(area.change, **change_fields)
    return dataclasses.replace(area, **fields)


def _hidden_fields(
    obj: object, tag: object, fields: Sequence[str], hidden: set[tuple[object, str]]
) -> dict[str, Any]:
    return {f: _hide(getattr(obj, f)) for f in fields if (tag, f) in hidden}


def protect_report(report: CombinedReport) -> CombinedReport:
    """The report with complementary suppression applied to its counts: per area pairs =
    improved + unchanged + worse; every count of all groups = the sum over the places; a
    place's participants, consented and pairs = the sum over its groups."""
    cells: dict[tuple[object, str], Figure] = dict(_area_cells("all", report.overall))
    for i, place in enumerate(report.places):
        cells.update(_area_cells(("place", i), place))
    for j, row in enumerate(report.group_rows):
        cells.update({(("group", j), f): getattr(row, f) for f in _ROW_COUNTS})
    sums: list[Sum[tuple[object, str]]] = []
    tags: list[object] = ["all", *(("place", i) for i in range(len(report.places)))]
    for tag in tags:
        sums.append(
            Sum(
                (tag, "change.pairs"),
                tuple((tag, f"change.{f}") for f in ("improved", "unchanged", "worse")),
            )
        )
    if report.places:
        for f in (*_AREA_COUNTS, *(f"change.{c}" for c in _CHANGE_COUNTS)):
            sums.append(
                Sum(("all", f), tuple((("place", i), f) for i in range(len(report.places))))
            )
    for i, place in enumerate(report.places):
        members = [j for j, row in enumerate(report.group_rows) if row.place == place.label]
        if not members:
            continue
        for f in _ROW_COUNTS:
            field = f"change.{f}" if f == "pairs" else f
            sums.append(Sum((("place", i), field), tuple((("group", j), f) for j in members)))
    values = {k: int(fig.value or 0) for k, fig in cells.items()}
    small = {k for k, fig in cells.items() if fig.hidden}
    hidden = suppress(values, small, sums)
    if hidden == small:
        return report
    return dataclasses.replace(
        report,
        overall=_protected_area("all", report.overall, hidden),
        places=tuple(_protected_area(("place", i), p, hidden) for i, p in enumerate(report.places)),
        group_rows=tuple(
            dataclasses.replace(row, **_hidden_fields(row, ("group", j), _ROW_COUNTS, hidden))
            for j, row in enumerate(report.group_rows)
        ),
    )
