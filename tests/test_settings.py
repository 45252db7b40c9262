"""Settings: plain key/value settings and the validated EUROHIS-8 settings."""

from __future__ import annotations

import pytest

from voimaa import audit, settings
from voimaa.errors import ValidationError
from voimaa.eurohis import settings as eurohis_settings
from voimaa.eurohis.settings import EurohisSettings
from voimaa.store import Store


def test_get_setting_default_and_roundtrip(store: Store) -> None:
    assert settings.get_setting(store, "x.y", 42) == 42
    settings.set_setting(store, "x.y", {"a": [1, 2]})
    assert settings.get_setting(store, "x.y", None) == {"a": [1, 2]}
    settings.set_setting(store, "x.y", "toinen")
    assert settings.get_setting(store, "x.y") == "toinen"
    assert len(audit.list_events(store, action="settings.change")) == 2


def test_eurohis_defaults(store: Store) -> None:
    assert eurohis_settings.eurohis_settings(store) == EurohisSettings(0.78, 0.65, False)


def test_save_and_read_eurohis_settings(store: Store) -> None:
    saved = eurohis_settings.save_eurohis_settings(store, EurohisSettings(0.85, 0.7, True))
    assert saved == EurohisSettings(0.85, 0.7, True)
    assert eurohis_settings.eurohis_settings(store) == saved


@pytest.mark.parametrize(
    ("reliability", "sd", "message"),
    [
        (1.0, 0.65, "Reliabiliteetin"),
        (-0.1, 0.65, "Reliabiliteetin"),
        (float("nan"), 0.65, "Reliabiliteetin"),
        (0.78, 0.0, "Viitekeskihajonnan"),
        (0.78, -1.0, "Viitekeskihajonnan"),
        (0.78, 9.0, "enintään 4"),
    ],
)
def test_invalid_eurohis_settings_are_refused(
    store: Store, reliability: float, sd: float, message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        eurohis_settings.save_eurohis_settings(store, EurohisSettings(reliability, sd))
    assert eurohis_settings.eurohis_settings(store) == EurohisSettings()


def test_zero_reliability_is_allowed(store: Store) -> None:
    assert (
        eurohis_settings.save_eurohis_settings(store, EurohisSettings(0.0, 0.5)).reliability == 0.0
    )


def test_damaged_stored_value_falls_back_to_defaults(store: Store) -> None:
    settings.set_setting(
        store, eurohis_settings.EUROHIS_KEY, {"reliability": 7, "reference_sd": 0.5}
    )
    assert eurohis_settings.eurohis_settings(store) == EurohisSettings()
    settings.set_setting(store, eurohis_settings.EUROHIS_KEY, "rikki")
    assert eurohis_settings.eurohis_settings(store) == EurohisSettings()
