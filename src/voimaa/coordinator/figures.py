"""A figure of the coordinator's tables and when it is hidden (the small-cell rule).

Every count of 1–2 persons and every figure computed from fewer than 3 persons is hidden;
:mod:`voimaa.coordinator.suppression` hides the cells that would give those away.
"""

from __future__ import annotations

from dataclasses import dataclass

MIN_CELL = 3  # aggregates hide counts 1–2 and figures computed from fewer than 3 persons
HIDDEN = "<3"
SUPPRESSED = "*"  # hidden so that a "<3" cell cannot be worked out from the cells beside it


@dataclass(frozen=True)
class Figure:
    """A figure of the combined report and how many persons (or groups) it rests on.

    `hidden` is True when it rests on 1–2 persons, or when it was hidden so that another hidden
    count cannot be worked out from it (`suppressed`, see :mod:`voimaa.coordinator.suppression`);
    writers then show "<3" instead.
    """

    value: float | int | None
    n: int
    persons: bool = True
    suppressed: bool = False

    @property
    def hidden(self) -> bool:
        return self.suppressed or (self.persons and 0 < self.n < MIN_CELL)

    @property
    def mark(self) -> str:
        """What a writer shows for a hidden figure: "<3" for a small one, "*" for one hidden
        only to protect another."""
        return HIDDEN if self.persons and 0 < self.n < MIN_CELL else SUPPRESSED

    @property
    def shown(self) -> float | int | None:
        return None if self.hidden else self.value
