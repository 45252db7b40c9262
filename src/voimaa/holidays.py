"""Finnish public holidays and the common days off around them, computed for any year.

Used to flag a session date that falls on a day when the group is unlikely to meet. No
dependency: Easter comes from the Gregorian computus; juhannus, pyhäinpäivä and the eves follow
the rules of the Finnish calendar.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache

from voimaa.i18n import translate


def easter_sunday(year: int) -> date:
    """Western (Gregorian) Easter Sunday (anonymous Gregorian algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _saturday_between(year: int, month: int, first_day: int) -> date:
    """The Saturday in the seven days starting at (month, first_day)."""
    start = date(year, month, first_day)
    return start + timedelta(days=(5 - start.weekday()) % 7)


@cache
def holidays(year: int) -> dict[date, str]:
    """Public holidays (and the eves that are days off in practice) of one year, by date."""
    easter = easter_sunday(year)
    midsummer_day = _saturday_between(year, 6, 20)
    days = [
        (date(year, 1, 1), translate("Holidays", "uudenvuodenpäivä")),
        (date(year, 1, 6), translate("Holidays", "loppiainen")),
        (easter - timedelta(days=2), translate("Holidays", "pitkäperjantai")),
        (easter, translate("Holidays", "pääsiäispäivä")),
        (easter + timedelta(days=1), translate("Holidays", "2. pääsiäispäivä")),
        (date(year, 5, 1), translate("Holidays", "vappu")),
        (easter + timedelta(days=39), translate("Holidays", "helatorstai")),
        (easter + timedelta(days=49), translate("Holidays", "helluntaipäivä")),
        (midsummer_day - timedelta(days=1), translate("Holidays", "juhannusaatto")),
        (midsummer_day, translate("Holidays", "juhannuspäivä")),
        (_saturday_between(year, 10, 31), translate("Holidays", "pyhäinpäivä")),
        (date(year, 12, 6), translate("Holidays", "itsenäisyyspäivä")),
        (date(year, 12, 24), translate("Holidays", "jouluaatto")),
        (date(year, 12, 25), translate("Holidays", "joulupäivä")),
        (date(year, 12, 26), translate("Holidays", "tapaninpäivä")),
    ]
    merged: dict[date, str] = {}
    for day, name in days:  # e.g. vappu and helatorstai on the same day in 2008
        merged[day] = f"{merged[day]} ja {name}" if day in merged else name
    return dict(sorted(merged.items()))


def holiday_name(day: date) -> str | None:
    """The holiday on `day`, or None on an ordinary day."""
    return holidays(day.year).get(day)


def is_holiday(day: date) -> bool:
    return holiday_name(day) is not None
