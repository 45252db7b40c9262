"""Finnish formats for money, dates and times, and parsing of typed amounts.

Money is integer cents everywhere; this module is the one place that turns cents into text
("1 234,50 €") and typed text ("12,5", "12.50", "12 €") into cents.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time

from voimaa import rounding
from voimaa.errors import ValidationError
from voimaa.i18n import translate

NBSP = "\u00a0"


# Weekday names are translated when shown, never at import: index with `date.weekday()`.
def weekday_names() -> tuple[str, ...]:
    """Monday to Sunday: "maanantai" … "sunnuntai"."""
    return (
        translate("Formats", "maanantai"),
        translate("Formats", "tiistai"),
        translate("Formats", "keskiviikko"),
        translate("Formats", "torstai"),
        translate("Formats", "perjantai"),
        translate("Formats", "lauantai"),
        translate("Formats", "sunnuntai"),
    )


def weekday_short_names() -> tuple[str, ...]:
    """Monday to Sunday abbreviated: "ma" … "su"."""
    return (
        translate("Formats", "ma", "short weekday"),
        translate("Formats", "ti", "short weekday"),
        translate("Formats", "ke", "short weekday"),
        translate("Formats", "to", "short weekday"),
        translate("Formats", "pe", "short weekday"),
        translate("Formats", "la", "short weekday"),
        translate("Formats", "su", "short weekday"),
    )


def weekday_essive_names() -> tuple[str, ...]:
    """Monday to Sunday as "on that day": "maanantaina" … "sunnuntaina"."""
    return (
        translate("Formats", "maanantaina", "on that weekday"),
        translate("Formats", "tiistaina", "on that weekday"),
        translate("Formats", "keskiviikkona", "on that weekday"),
        translate("Formats", "torstaina", "on that weekday"),
        translate("Formats", "perjantaina", "on that weekday"),
        translate("Formats", "lauantaina", "on that weekday"),
        translate("Formats", "sunnuntaina", "on that weekday"),
    )


def weekday_name(day: date) -> str:
    """The weekday of `day`: "tiistai"."""
    return weekday_names()[day.weekday()]


def weekday_short(day: date) -> str:
    """The abbreviated weekday of `day`: "ti"."""
    return weekday_short_names()[day.weekday()]


def weekday_essive(day: date) -> str:
    """The weekday of `day` as "on that day": "tiistaina"."""
    return weekday_essive_names()[day.weekday()]


def format_date(value: date | datetime | None) -> str:
    """22.11.2026 (no leading zeros, as Finns write it); empty for None."""
    if value is None:
        return ""
    return f"{value.day}.{value.month}.{value.year}"


def format_time(value: time | None) -> str:
    """14.00 (Finnish clock notation); empty for None."""
    return "" if value is None else f"{value.hour}.{value.minute:02d}"


def format_datetime(value: datetime | None) -> str:
    if value is None:
        return ""
    local = value.astimezone() if value.tzinfo else value
    return translate("Formats", "{date} klo {time}").format(
        date=format_date(local), time=f"{local.hour}.{local.minute:02d}"
    )


def format_money(cents: int | None, *, symbol: bool = True) -> str:
    """1 234,50 € with a non-breaking space as the thousands separator; empty for None."""
    if cents is None:
        return ""
    sign = "-" if cents < 0 else ""
    euros, rest = divmod(abs(cents), 100)
    grouped = f"{euros:,}".replace(",", NBSP)
    text = f"{sign}{grouped},{rest:02d}"
    return f"{text}{NBSP}€" if symbol else text


def format_percent(ratio: float | None, decimals: int = 0) -> str:
    """0.875 -> "88 %", 0.625 -> "63 %" (Finnish: space before %, comma decimals; rounded
    half up, :mod:`voimaa.rounding`)."""
    if ratio is None:
        return ""
    return f"{rounding.percent(ratio, decimals):f}".replace(".", ",") + f"{NBSP}%"


def format_decimal(value: float | None, decimals: int = 2) -> str:
    """2.625 -> "2,63" (rounded half up, :mod:`voimaa.rounding`; a minus sign, not a hyphen)."""
    if value is None:
        return ""
    shown = rounding.round_half_up(value, decimals)
    if shown == 0:
        shown = abs(shown)  # −0,00 would look like a change
    return f"{shown:f}".replace(".", ",").replace("-", "−")


def format_signed(value: float | None, decimals: int = 2) -> str:
    """A change: "+0,13", "−0,13", "0,00" (the sign of the figure as shown); '' for None."""
    if value is None:
        return ""
    text = format_decimal(value, decimals)
    return f"+{text}" if rounding.round_half_up(value, decimals) > 0 else text


_AMOUNT = re.compile(
    r"^(?P<sign>[+\-\u2212]?)\s*"
    r"(?P<euros>\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)"
    r"(?:[.,](?P<cents>\d{1,2}))?"
    r"\s*(?:€|e|eur|euroa)?$",
    re.IGNORECASE,
)


def parse_amount(text: str) -> int:
    """Typed euros to cents: "12,5", "12.50", "12 €", "1 234,50 €", "-3,20". Refuses the rest."""
    match = _AMOUNT.match(text.strip())
    if match is None:
        raise ValidationError(
            translate(
                "Formats",
                "”{text}” ei ole rahasumma. Kirjoita summa euroina, esimerkiksi 12,50 tai 12 €.",
            ).format(text=text.strip())
        )
    euros = int(re.sub(r"\D", "", match["euros"]))
    cents = int((match["cents"] or "0").ljust(2, "0"))
    if euros > 100_000_000:
        raise ValidationError(
            translate("Formats", "Summa {text} on liian suuri. Tarkista summa.").format(text=text)
        )
    total = euros * 100 + cents
    return -total if match["sign"] in ("-", "\u2212") else total


def parse_date(text: str) -> date:
    """A Finnish date "22.11.2026" (also 22.11.26 and ISO 2026-11-22)."""
    raw = text.strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw):
            return date.fromisoformat(raw)
        m = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})", raw)
        if m:
            day, month, year = int(m[1]), int(m[2]), int(m[3])
            return date(year + 2000 if year < 100 else year, month, day)
    except ValueError:
        pass
    raise ValidationError(
        translate("Formats", "”{text}” ei ole päivämäärä. Kirjoita muodossa 22.11.2026.").format(
            text=raw
        )
    )
