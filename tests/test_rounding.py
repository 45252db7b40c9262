"""The one rounding rule (issue 11, point 7): half up on the decimals shown."""

from __future__ import annotations

from decimal import Decimal

import pytest

from voimaa import eurohis, rounding
from voimaa.formats import format_decimal, format_percent, format_signed


@pytest.mark.parametrize(
    ("value", "decimals", "shown"),
    [
        (21 / 8, 2, "2,63"),  # 2.625: half-even would give 2,62
        (25 / 8, 2, "3,13"),
        (1 / 8, 2, "0,13"),
        (-21 / 8, 2, "−2,63"),
        (2.5, 0, "3"),
        (0.0001, 2, "0,00"),
        (-0.0001, 2, "0,00"),  # never "−0,00"
        (1 / 3, 1, "0,3"),
    ],
)
def test_decimals_round_half_up(value: float, decimals: int, shown: str) -> None:
    assert format_decimal(value, decimals) == shown


@pytest.mark.parametrize(
    ("ratio", "shown"),
    [
        (5 / 8, "63\u00a0%"),
        (7 / 8, "88\u00a0%"),
        (0.575, "58\u00a0%"),
        (1.0, "100\u00a0%"),
        (0.0, "0\u00a0%"),
    ],
)
def test_percentages_round_half_up(ratio: float, shown: str) -> None:
    assert format_percent(ratio) == shown


def test_signed_changes_follow_the_shown_figure() -> None:
    assert format_signed(1 / 8) == "+0,13"
    assert format_signed(-1 / 8) == "−0,13"
    assert format_signed(0.001) == "0,00"  # no "+" on a change that shows as zero
    assert format_signed(None) == ""


def test_one_function_behind_every_helper() -> None:
    assert rounding.round_half_up(21 / 8, 2) == Decimal("2.63")
    assert rounding.rounded(21 / 8, 2) == 2.63
    assert rounding.percent(5 / 8) == Decimal("63")
    assert rounding.rounded_ratio(5 / 8) == 0.63
    assert eurohis.round_half_up(21 / 8, 2) == 2.63
