"""Finnish public holidays: Easter-based ones, juhannus, pyhäinpäivä and the fixed days."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from voimaa import holidays


@pytest.mark.parametrize(
    ("year", "easter"),
    [
        (2000, date(2000, 4, 23)),
        (2019, date(2019, 4, 21)),
        (2024, date(2024, 3, 31)),
        (2025, date(2025, 4, 20)),
        (2026, date(2026, 4, 5)),
        (2027, date(2027, 3, 28)),
        (2038, date(2038, 4, 25)),
    ],
)
def test_easter_sunday(year: int, easter: date) -> None:
    assert holidays.easter_sunday(year) == easter


@pytest.mark.parametrize(
    ("day", "name"),
    [
        (date(2026, 1, 1), "uudenvuodenpäivä"),
        (date(2026, 1, 6), "loppiainen"),
        (date(2026, 4, 3), "pitkäperjantai"),
        (date(2026, 4, 5), "pääsiäispäivä"),
        (date(2026, 4, 6), "2. pääsiäispäivä"),
        (date(2026, 5, 1), "vappu"),
        (date(2026, 5, 14), "helatorstai"),
        (date(2026, 5, 24), "helluntaipäivä"),
        (date(2026, 6, 19), "juhannusaatto"),
        (date(2026, 6, 20), "juhannuspäivä"),
        (date(2026, 10, 31), "pyhäinpäivä"),
        (date(2026, 12, 6), "itsenäisyyspäivä"),
        (date(2026, 12, 24), "jouluaatto"),
        (date(2026, 12, 25), "joulupäivä"),
        (date(2026, 12, 26), "tapaninpäivä"),
        (date(2027, 6, 26), "juhannuspäivä"),
        (date(2027, 11, 6), "pyhäinpäivä"),
    ],
)
def test_holiday_names(day: date, name: str) -> None:
    assert holidays.holiday_name(day) == name
    assert holidays.is_holiday(day)


@pytest.mark.parametrize("day", [date(2026, 11, 24), date(2026, 12, 7), date(2026, 6, 22)])
def test_ordinary_days(day: date) -> None:
    assert holidays.holiday_name(day) is None


@given(st.integers(min_value=1900, max_value=2200))
def test_moving_holidays_follow_the_calendar_rules(year: int) -> None:
    days = {name: d for d, names in holidays.holidays(year).items() for name in names.split(" ja ")}
    easter = days["pääsiäispäivä"]
    assert easter.weekday() == 6 and date(year, 3, 22) <= easter <= date(year, 4, 25)
    assert days["helatorstai"].weekday() == 3
    midsummer = days["juhannuspäivä"]
    assert midsummer.weekday() == 5 and date(year, 6, 20) <= midsummer <= date(year, 6, 26)
    all_saints = days["pyhäinpäivä"]
    assert all_saints.weekday() == 5
    assert date(year, 10, 31) <= all_saints <= date(year, 11, 6)
    assert len(days) == 15


def test_two_holidays_on_one_day_keep_both_names() -> None:
    assert holidays.holiday_name(date(2008, 5, 1)) == "vappu ja helatorstai"
