"""The one rounding rule of the program: half up on the decimals shown.

2,625 is shown as 2,63 and 62,5 % as 63 %, the way people round by hand and the way Excel and
LibreOffice show a number in a fixed format. Every figure on screen, in a chart, a PDF or a
workbook is rounded here (through :mod:`voimaa.formats`, or :func:`rounded` for a value written
to a cell), so a table and the chart beside it never disagree in the last decimal.

A float is taken at its shortest decimal form (``repr``: 21/8 is 2.625, 0.1 + 0.2 is
0.30000000000000004), so an exact half of the shown decimals rounds up, as it looks.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal


def _decimal(value: float | int | Decimal) -> Decimal:
    return value if isinstance(value, Decimal) else Decimal(repr(value))


def round_half_up(value: float | int | Decimal, decimals: int = 0) -> Decimal:
    """`value` rounded to `decimals` places, halves away from zero (−2,625 → −2,63)."""
    return _decimal(value).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def rounded(value: float | int | Decimal, decimals: int = 0) -> float:
    """:func:`round_half_up` as a float, for writing a number that readers display."""
    return float(round_half_up(value, decimals))


def percent(ratio: float | Decimal, decimals: int = 0) -> Decimal:
    """A ratio as a percentage rounded half up: 5/8 → 63 (computed in decimal: 0.575 → 58)."""
    return round_half_up(_decimal(ratio) * 100, decimals)


def rounded_ratio(ratio: float, percent_decimals: int = 0) -> float:
    """A ratio rounded so that it shows as :func:`percent` in a percent format (0.625 → 0.63)."""
    return float(percent(ratio, percent_decimals) / 100)
