"""The group's budget: categories, lines, totals. Money is integer cents."""

from __future__ import annotations

DEFAULT_CATEGORIES = (
    "Kahvitarjoilu",
    "Materiaalit",
    "Asiantuntijapalkkiot",
    "Tilavuokra",
    "Matkat",
    "Retket ja pääsymaksut",
    "Muut",
)
