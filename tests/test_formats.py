"""Finnish formats and typed amounts."""

from __future__ import annotations

from datetime import date, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from voimaa.errors import ValidationError
from voimaa.formats import (
    NBSP,
    format_date,
    format_money,
    format_percent,
    format_time,
    parse_amount,
    parse_date,
)


def test_dates_times_money_percent() -> None:
    assert format_date(date(2026, 11, 22)) == "22.11.2026"
    assert format_date(date(2026, 1, 5)) == "5.1.2026"
    assert format_time(time(9, 5)) == "9.05"
    assert format_money(123450) == f"1{NBSP}234,50{NBSP}€"
    assert format_money(1250) == f"12,50{NBSP}€"
    assert format_money(-5) == f"-0,05{NBSP}€"
    assert format_money(0, symbol=False) == "0,00"
    assert format_percent(0.875) == f"88{NBSP}%"


@pytest.mark.parametrize(
    ("typed", "cents"),
    [
        ("12,5", 1250),
        ("12.50", 1250),
        ("12 €", 1200),
        ("12€", 1200),
        ("1 234,50 €", 123450),
        (f"1{NBSP}234,50{NBSP}€", 123450),
        ("-3,20", -320),
        ("0", 0),
        (" 7,05 ", 705),
    ],
)
def test_amounts_are_understood(typed: str, cents: int) -> None:
    assert parse_amount(typed) == cents


@pytest.mark.parametrize(
    "typed", ["", "abc", "12,505", "12,,5", "1.234,50", "12 e 5", "€", "--1", "12,5 €€", "1 23,00"]
)
def test_other_amounts_are_refused_with_a_finnish_message(typed: str) -> None:
    with pytest.raises(ValidationError, match="ei ole rahasumma"):
        parse_amount(typed)


@given(st.integers(min_value=-(10**9), max_value=10**9))
def test_formatted_money_parses_back(cents: int) -> None:
    assert parse_amount(format_money(cents)) == cents


def test_parse_date() -> None:
    assert parse_date("22.11.2026") == date(2026, 11, 22)
    assert parse_date("1.2.27") == date(2027, 2, 1)
    assert parse_date("2026-11-22") == date(2026, 11, 22)
    with pytest.raises(ValidationError, match=r"22\.11\.2026"):
        parse_date("31.2.2026")
