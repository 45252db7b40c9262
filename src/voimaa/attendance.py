"""Attendance: marks per participant and session, totals and rates."""

from __future__ import annotations

from collections.abc import Iterable

from voimaa.models import AttendanceStatus


def attendance_rate(marks: Iterable[AttendanceStatus | None]) -> float | None:
    """Share of marked sessions attended (present / marked); None when nothing is marked.

    Unmarked sessions (None) do not count; an excused absence counts as not attended.
    """
    marked = [m for m in marks if m is not None]
    if not marked:
        return None
    return sum(1 for m in marked if m == AttendanceStatus.PRESENT) / len(marked)
