"""The EUROHIS-8 settings kept in the store: reliability and reference SD for the RCI, and
whether a pro-rated mean is allowed.

They are stored with :mod:`voimaa.settings` (one JSON value under :data:`EUROHIS_KEY`); that
module is the plain key/value store and knows nothing of EUROHIS-8, so the import graph runs one
way: ``eurohis.settings`` → ``voimaa.settings``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from voimaa.errors import ValidationError
from voimaa.eurohis.scoring import DEFAULT_REFERENCE_SD, DEFAULT_RELIABILITY
from voimaa.i18n import translate
from voimaa.settings import get_setting, set_setting
from voimaa.store import Store

EUROHIS_KEY = "eurohis"


@dataclass(frozen=True)
class EurohisSettings:
    """How EUROHIS-8 change is computed: the reliability r and reference SD for the RCI, and
    whether a pro-rated mean (one missing item) is allowed."""

    reliability: float = DEFAULT_RELIABILITY
    reference_sd: float = DEFAULT_REFERENCE_SD
    allow_prorated: bool = False

    def validated(self) -> EurohisSettings:
        """The same settings, or a ValidationError saying what to correct."""
        r, sd = self.reliability, self.reference_sd
        if not isinstance(r, int | float) or math.isnan(r) or not 0 <= r < 1:
            raise ValidationError(
                translate(
                    "Settings",
                    "Reliabiliteetin pitää olla vähintään 0 ja pienempi kuin 1 (esim. 0,78).",
                )
            )
        if not isinstance(sd, int | float) or not math.isfinite(sd) or sd <= 0:
            raise ValidationError(
                translate("Settings", "Viitekeskihajonnan pitää olla suurempi kuin 0 (esim. 0,65).")
            )
        if sd > 4:
            raise ValidationError(
                translate(
                    "Settings",
                    "Viitekeskihajonta on keskiarvoasteikolla (1–5) enintään 4. Tarkista luku.",
                )
            )
        return EurohisSettings(float(r), float(sd), bool(self.allow_prorated))


def eurohis_settings(store: Store) -> EurohisSettings:
    """The EUROHIS-8 settings; defaults where nothing (or nothing valid) is stored."""
    stored = get_setting(store, EUROHIS_KEY, {})
    if not isinstance(stored, dict):
        return EurohisSettings()
    default = EurohisSettings()
    candidate = EurohisSettings(
        reliability=stored.get("reliability", default.reliability),
        reference_sd=stored.get("reference_sd", default.reference_sd),
        allow_prorated=bool(stored.get("allow_prorated", default.allow_prorated)),
    )
    try:
        return candidate.validated()
    except ValidationError:
        return default


def save_eurohis_settings(store: Store, settings: EurohisSettings) -> EurohisSettings:
    """Validate and store the EUROHIS-8 settings; returns what was stored."""
    clean = settings.validated()
    set_setting(
        store,
        EUROHIS_KEY,
        {
            "reliability": clean.reliability,
            "reference_sd": clean.reference_sd,
            "allow_prorated": clean.allow_prorated,
        },
    )
    return clean
