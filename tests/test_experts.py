"""The shared expert list and experts' visits to sessions."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from voimaa import audit, experts, groups, program
from voimaa.errors import NotFoundError, ValidationError
from voimaa.store import Store


def _group(store: Store, name: str) -> uuid.UUID:
    return groups.create_group(
        store, groups.NewGroup(name=name, place="Juva", start_date=date(2027, 1, 12))
    ).id


def test_create_list_update_delete(store: Store) -> None:
    ritva = experts.create_expert(
        store,
        experts.ExpertData(
            "  Ritva   Ravinto ",
            "Hyvinvointialue",
            "ravitsemusterapeutti",
            "040 000 3000",
            "ritva@example.invalid",
            "Tulee mielellään iltapäivisin.",
        ),
    )
    experts.create_expert(store, experts.ExpertData("Aarne Asiantuntija", field="fysioterapeutti"))
    assert ritva.name == "Ritva Ravinto"
    assert [e.name for e in experts.list_experts(store)] == ["Aarne Asiantuntija", "Ritva Ravinto"]
    assert [e.name for e in experts.list_experts(store, "ravitsemus")] == ["Ritva Ravinto"]
    assert [e.name for e in experts.list_experts(store, "hyvinvointi")] == ["Ritva Ravinto"]

    changed = experts.update_expert(
        store, ritva.id, experts.ExpertData("Ritva Ravinto", "Järjestö", "ravitsemusterapeutti")
    )
    assert changed.organisation == "Järjestö" and changed.phone == ""
    assert experts.delete_expert(store, ritva.id) == "Ritva Ravinto"
    assert [e.name for e in experts.list_experts(store)] == ["Aarne Asiantuntija"]
    events = audit.list_events(store, action="expert.delete")
    assert len(events) == 1 and "Ritva" not in str(events[0].details)
    with pytest.raises(NotFoundError, match="Asiantuntijaa ei löydy"):
        experts.get_expert(store, ritva.id)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (experts.ExpertData("   "), "Anna asiantuntijan nimi."),
        (experts.ExpertData("Ritva", email="ritva.example.invalid"), "ei näytä oikealta"),
        (experts.ExpertData("Ritva", email="ritva@"), "ei näytä oikealta"),
        (experts.ExpertData("R" * 201), "enintään 200 merkkiä"),
    ],
)
def test_refused_input(store: Store, data: experts.ExpertData, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        experts.create_expert(store, data)
    assert experts.list_experts(store) == []


def test_assign_unassign_and_who_is_coming(store: Store) -> None:
    juva = _group(store, "Juvan ryhmä")
    other = _group(store, "Savonlinnan ryhmä")
    ritva = experts.create_expert(store, experts.ExpertData("Ritva Ravinto", field="ravitsemus"))
    tiina = experts.create_expert(store, experts.ExpertData("Tiina Talous", field="talous"))
    sessions = program.get_program(store, juva).sessions
    other_sessions = program.get_program(store, other).sessions

    visit = experts.assign(store, sessions[2].id, ritva.id, "Tuo lautasmallin kuvat")
    assert visit.session_number == 3 and visit.group_name == "Juvan ryhmä"
    experts.assign(store, sessions[4].id, tiina.id)
    experts.assign(store, other_sessions[2].id, ritva.id)
    again = experts.assign(store, sessions[2].id, ritva.id, "Päivitetty")  # no duplicate
    assert again.note == "Päivitetty"

    coming = experts.coming(store, juva)
    assert [(v.session_number, v.expert_name) for v in coming] == [
        (3, "Ritva Ravinto"),
        (5, "Tiina Talous"),
    ]
    info = program.get_session(store, sessions[2].id)
    assert [(e.name, e.note) for e in info.experts] == [("Ritva Ravinto", "Päivitetty")]
    assert len(experts.get_expert(store, ritva.id).visits) == 2

    assert experts.unassign(store, sessions[2].id, ritva.id) is True
    assert experts.unassign(store, sessions[2].id, ritva.id) is False
    assert [v.expert_name for v in experts.coming(store, juva)] == ["Tiina Talous"]

    experts.delete_expert(store, tiina.id)
    assert experts.coming(store, juva) == []


def test_demo_group_experts(demo_store: Store, demo_group_id: uuid.UUID) -> None:
    coming = experts.coming(demo_store, demo_group_id)
    assert [v.session_number for v in coming] == [3, 4, 5]
