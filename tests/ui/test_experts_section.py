"""The Asiantuntijat section: the shared list and inviting experts to this group's sessions."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from voimaa import audit, experts, groups, program
from voimaa.store import Store
from voimaa.ui.sections.experts import ExpertsSection


def _click(qtbot: QtBot, button: QPushButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture
def group_id(store: Store) -> uuid.UUID:
    return groups.create_group(
        store, groups.NewGroup(name="Juvan ryhmä", place="Juva", start_date=date(2027, 1, 12))
    ).id


@pytest.fixture
def section(qtbot: QtBot, store: Store, group_id: uuid.UUID) -> ExpertsSection:
    widget = ExpertsSection(store)
    qtbot.addWidget(widget)
    widget.show()
    widget.set_group(group_id)
    return widget


def test_add_edit_and_remove(
    qtbot: QtBot, section: ExpertsSection, store: Store, answers: dict
) -> None:
    section.name_edit.setText("Ritva Ravinto")
    section.field_edit.setText("ravitsemusterapeutti")
    section.phone_edit.setText("040 000 3000")
    section.email_edit.setText("ritva@example.invalid")
    _click(qtbot, section.save_button)
    assert section.table.rowCount() == 1
    assert section.table.item(0, 1).text() == "ravitsemusterapeutti"
    assert section.form_title.text() == "Muokkaa: Ritva Ravinto"

    section.organisation_edit.setText("Hyvinvointialue")
    _click(qtbot, section.save_button)
    assert experts.list_experts(store)[0].organisation == "Hyvinvointialue"

    _click(qtbot, section.new_button)
    assert section.name_edit.text() == ""
    section.name_edit.setText("Lasse Liike")
    _click(qtbot, section.save_button)
    assert [section.table.item(r, 0).text() for r in range(2)] == ["Lasse Liike", "Ritva Ravinto"]

    section.search_edit.setText("ravitsemus")
    assert section.table.rowCount() == 1
    section.search_edit.clear()

    section.table.selectRow(0)
    answers["confirm"] = False
    _click(qtbot, section.delete_button)
    assert len(experts.list_experts(store)) == 2
    answers["confirm"] = True
    _click(qtbot, section.delete_button)
    assert [e.name for e in experts.list_experts(store)] == ["Ritva Ravinto"]
    assert len(audit.list_events(store, action="expert.delete")) == 1


def test_bad_email_is_refused(qtbot: QtBot, section: ExpertsSection, answers: dict) -> None:
    section.name_edit.setText("Tiina Talous")
    section.email_edit.setText("tiina(at)example")
    _click(qtbot, section.save_button)
    assert answers["asked"][0][0] == "warn" and "ei näytä oikealta" in answers["asked"][0][1]
    assert section.table.rowCount() == 0


def test_invite_to_sessions_and_see_who_is_coming(
    qtbot: QtBot, section: ExpertsSection, store: Store, group_id: uuid.UUID
) -> None:
    tiina = experts.create_expert(store, experts.ExpertData("Tiina Talous", field="talous"))
    section.refresh(select=tiina.id)
    assert section.sessions_list.count() == 8
    assert "velkaneuvoja" in section.sessions_list.item(4).text()  # the suggestion is shown
    section.sessions_list.item(4).setCheckState(Qt.CheckState.Checked)
    assert [v.session_number for v in experts.coming(store, group_id)] == [5]
    assert "Tiina Talous" in section.coming_label.text()
    info = program.get_program(store, group_id).sessions[4]
    assert [e.name for e in info.experts] == ["Tiina Talous"]
    section.sessions_list.item(4).setCheckState(Qt.CheckState.Unchecked)
    assert experts.coming(store, group_id) == []
    assert "ei ole vielä kutsuttu" in section.coming_label.text()
