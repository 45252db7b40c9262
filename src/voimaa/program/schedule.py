"""Dates of the program: the weekly schedule and what is worth a second look about a date
(a public holiday, two sessions on one day, a date earlier than the session before). Pure.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from voimaa import holidays
from voimaa.formats import weekday_name
from voimaa.i18n import translate

SESSION_COUNT = 8


def schedule_dates(start: date, count: int = SESSION_COUNT, every_days: int = 7) -> list[date]:
    """Meeting dates from the first one, weekly by default."""
    return [start + timedelta(days=every_days * i) for i in range(count)]


@dataclass(frozen=True)
class ScheduledDate:
    """One meeting date of a schedule, with what is worth a second look."""

    number: int
    date: date | None
    weekday: str
    flags: tuple[str, ...] = ()


def date_flags(dates: Sequence[date | None]) -> list[tuple[str, ...]]:
    """For each date (session 1 first): a public holiday, the same date as another session,
    or a date earlier than the session before it."""
    flags: list[tuple[str, ...]] = []
    for i, day in enumerate(dates):
        found: list[str] = []
        if day is not None:
            name = holidays.holiday_name(day)
            if name:
                found.append(translate("Program", "Pyhäpäivä: {name}").format(name=name))
            same = [j + 1 for j, other in enumerate(dates) if j != i and other == day]
            if same:
                found.append(
                    translate("Program", "Sama päivä kuin kerralla {n}").format(
                        n=", ".join(map(str, same))
                    )
                )
            earlier = [other for other in dates[:i] if other is not None]
            if earlier and day < max(earlier) and not same:
                found.append(translate("Program", "Aiemmin kuin edellinen kerta"))
        flags.append(tuple(found))
    return flags


def preview_schedule(start: date, count: int = SESSION_COUNT) -> list[ScheduledDate]:
    """The weekly dates a new group would get, flagged (shown in the new group wizard)."""
    dates = schedule_dates(start, count)
    return [
        ScheduledDate(i + 1, d, weekday_name(d), f)
        for i, (d, f) in enumerate(zip(dates, date_flags(dates), strict=True))
    ]
