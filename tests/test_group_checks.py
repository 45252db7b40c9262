"""The rules of a new group (issue 11, point 4): in the core, not in the wizard."""

from __future__ import annotations

from datetime import date

import pytest

from voimaa import group_checks, groups
from voimaa.errors import ValidationError
from voimaa.models import GroupMode
from voimaa.store import Store

TODAY = date(2026, 12, 2)


def _check(**changes: object) -> group_checks.NewGroupCheck:
    args: dict[str, object] = {
        "name": "Juva",
        "mode": GroupMode.LOCAL,
        "meeting_link": "",
        "leader_names": ("Sanna", ""),
        "start": date(2027, 3, 2),
        "today": TODAY,
        "holidays_confirmed": False,
    }
    args.update(changes)
    return group_checks.check_new_group(**args)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "link",
    [
        "https://teams.microsoft.com/l/meetup-join/19%3ameeting",
        "http://meet.example.invalid/voimaa",
        " https://meet.example.invalid ",
        "",
    ],
)
def test_good_links(link: str) -> None:
    assert group_checks.check_meeting_link(link) == link.strip()


@pytest.mark.parametrize(
    ("link", "says"),
    [
        ("teams kokous", "välilyönti"),
        ("www.example.invalid/x", "https://"),
        ("mailto:x@example.invalid", "https://"),
        ("https://teams", "palvelimen nimi"),
        ("https://.", "palvelimen nimi"),
    ],
)
def test_bad_links_say_what_is_wrong(link: str, says: str) -> None:
    with pytest.raises(ValidationError, match=says):
        group_checks.check_meeting_link(link)


def test_the_core_refuses_a_bad_link_when_creating_and_editing(store: Store) -> None:
    with pytest.raises(ValidationError, match="välilyönti"):
        groups.create_group(
            store, groups.NewGroup(name="Etä", mode=GroupMode.REMOTE, meeting_link="teams kokous")
        )
    created = groups.create_group(store, groups.NewGroup(name="Etä", mode=GroupMode.REMOTE))
    details = groups.get_details(store, created.id)
    from dataclasses import replace

    with pytest.raises(ValidationError, match="https://"):
        groups.update_details(store, replace(details, meeting_link="teams.example.invalid"))


def test_a_new_group_needs_a_name_a_leader_and_confirmed_holidays() -> None:
    assert _check().ok and _check().notices == ()
    assert [step for step, _ in _check(name="  ").problems] == [0]
    assert [step for step, _ in _check(leader_names=("", " ")).problems] == [1]
    remote = _check(mode=GroupMode.REMOTE, meeting_link="teams kokous")
    assert [step for step, _ in remote.problems] == [0]
    # Local groups ignore the link field (it is disabled).
    assert _check(meeting_link="teams kokous").ok
    christmas = _check(start=date(2026, 11, 5))
    assert christmas.holidays == ("8. kerta 24.12.2026",)
    assert [step for step, _ in christmas.problems] == [2]
    assert _check(start=date(2026, 11, 5), holidays_confirmed=True).ok
    assert [step for step, _ in _check(start=None).problems] == [2]


def test_a_past_first_date_is_a_notice_not_a_problem() -> None:
    past = _check(start=date(2026, 11, 11))
    assert past.ok
    assert past.notices == (
        "Ensimmäinen kerta 11.11.2026 on jo mennyt. Jos ryhmä on jo alkanut, merkitse "
        "menneiden kertojen läsnäolot ryhmän luomisen jälkeen.",
    )
    assert _check(start=TODAY).notices == ()
