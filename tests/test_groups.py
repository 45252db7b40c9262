"""Groups: create with eight sessions, list, rename, archive, delete (logged), resolve."""

from __future__ import annotations

from datetime import date, time

import pytest

from voimaa import audit, groups, program
from voimaa.errors import NotFoundError, ValidationError
from voimaa.models import GroupMode, PartKind
from voimaa.store import Store


def test_create_group_schedules_eight_weekly_sessions_with_four_parts(store: Store) -> None:
    spec = groups.NewGroup(
        name="  Mikkelin   kevät ",
        place="Mikkeli",
        start_date=date(2027, 1, 12),
        start_time=time(10, 0),
        session_minutes=150,
        leaders=(groups.LeaderSpec("Sanna", "sosiaaliohjaaja"), groups.LeaderSpec("Ville")),
    )
    created = groups.create_group(store, spec)
    assert created.name == "Mikkelin kevät"
    assert created.start_date == date(2027, 1, 12)
    assert created.end_date == date(2027, 3, 2)
    from voimaa.models import Group

    with store.session() as s:
        group = s.get(Group, created.id)
        assert group is not None
        assert [x.name for x in group.leaders] == ["Sanna", "Ville"]
        assert [x.number for x in group.sessions] == list(range(1, 9))
        for session in group.sessions:
            assert {p.kind for p in session.parts} == {
                PartKind.INFO,
                PartKind.DISCUSSION,
                PartKind.ACTIVITY,
                PartKind.COFFEE,
            }
            assert sum(p.minutes for p in session.parts) == 150
            assert session.place == "Mikkeli"
        assert group.sessions[0].topic == program.default_template().sessions[0].title
        assert len(group.budget_categories) == 7
        assert group.feedback_form and group.feedback_form["statement"]


@pytest.mark.parametrize(
    ("name", "message"),
    [("", "Anna ryhmälle nimi"), ("   ", "Anna ryhmälle nimi"), ("x" * 201, "liian pitkä")],
)
def test_bad_names_are_refused_and_nothing_is_created(
    store: Store, name: str, message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        groups.create_group(store, groups.NewGroup(name=name))
    assert groups.list_groups(store) == []


def test_rename_archive_and_delete_are_logged(store: Store) -> None:
    g = groups.create_group(store, groups.NewGroup(name="A", mode=GroupMode.REMOTE))
    groups.rename_group(store, g.id, "B")
    assert groups.get_group(store, g.id).name == "B"
    groups.set_archived(store, g.id, True)
    assert groups.list_groups(store, include_archived=False) == []
    assert groups.list_groups(store)[0].archived
    groups.set_archived(store, g.id, False)
    assert groups.delete_group(store, g.id) == "B"
    assert groups.list_groups(store) == []
    with pytest.raises(NotFoundError):
        groups.get_group(store, g.id)
    actions = [e.action for e in audit.list_events(store, group_id=g.id)]
    assert sorted(actions) == sorted(
        ["group.create", "group.rename", "group.archive", "group.unarchive", "group.delete"]
    )


def test_delete_removes_everything_of_the_group(demo_store: Store, demo_group_id) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import func, select

    from voimaa.models import Base, Client, EurohisResponse

    groups.delete_group(demo_store, demo_group_id)
    # Individual work is not the group's: its clients stay, unlinked from the participant.
    individual_work = {
        "client",
        "work_period",
        "period_goal",
        "goal_rating",
        "period_meeting",
        "period_review",
        "imported_periods",
        "period_feedback",  # pooled by place and year, no link to anyone
    }
    with demo_store.session() as s:
        for table in Base.metadata.sorted_tables:
            if table.name in (
                "audit_event",
                "expert",
                "setting",
                "program_template",
                "imported_group",
                *individual_work,
            ):
                continue
            query = select(func.count()).select_from(table)
            if table.name == "eurohis_response":
                query = query.where(EurohisResponse.participant_id.is_not(None))
            assert s.scalar(query) == 0, table.name
        assert s.scalar(select(func.count()).where(Client.participant_id.is_not(None))) == 0


def test_resolve_group_by_id_or_exact_name(store: Store) -> None:
    a = groups.create_group(store, groups.NewGroup(name="Juva"))
    assert groups.resolve_group(store, str(a.id)) == a.id
    assert groups.resolve_group(store, "Juva") == a.id
    with pytest.raises(NotFoundError):
        groups.resolve_group(store, "juv")
    groups.create_group(store, groups.NewGroup(name="Juva"))
    with pytest.raises(ValidationError, match="useita"):
        groups.resolve_group(store, "Juva")


def test_new_groups_get_the_feedback_form_saved_as_default(store: Store) -> None:
    from voimaa import feedback

    first = groups.create_group(store, groups.NewGroup(name="Ensimmäinen"))
    feedback.add_item(store, first.id, "statement", "Kahvi oli hyvää.")
    feedback.save_as_default(store, first.id)
    second = groups.create_group(store, groups.NewGroup(name="Toinen"))
    texts = [s.text for s in feedback.group_form(store, second.id).statements]
    assert "Kahvi oli hyvää." in texts


def test_details_can_be_edited_after_creation(store: Store) -> None:
    import dataclasses

    from voimaa.models import GroupStatus

    g = groups.create_group(
        store, groups.NewGroup(name="Etä", mode=GroupMode.REMOTE, leaders=(groups.LeaderSpec("A"),))
    )
    details = groups.get_details(store, g.id)
    assert details.meeting_link == "" and [x.name for x in details.leaders] == ["A"]
    changed = dataclasses.replace(
        details,
        meeting_link=" https://meet.example.invalid/voimaa ",
        status=GroupStatus.RUNNING,
        leaders=(groups.LeaderSpec("Sanna", "sosiaaliohjaaja"), groups.LeaderSpec("Ville")),
    )
    groups.update_details(store, changed)
    again = groups.get_details(store, g.id)
    assert again.meeting_link == "https://meet.example.invalid/voimaa"
    assert again.status == GroupStatus.RUNNING
    assert [(x.name, x.role) for x in again.leaders] == [
        ("Sanna", "sosiaaliohjaaja"),
        ("Ville", ""),
    ]
    assert "group.update" in [e.action for e in audit.list_events(store, group_id=g.id)]
    with pytest.raises(ValidationError):
        groups.update_details(store, dataclasses.replace(again, name=" "))
    assert groups.get_details(store, g.id).name == "Etä"
