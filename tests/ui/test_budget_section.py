"""Budjetti driven through the widgets: typed amounts, lines, totals, categories, exports."""

from __future__ import annotations

import uuid
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.conftest import TODAY
from tests.ui.support import type_text
from voimaa import budget, groups
from voimaa.store import Store
from voimaa.ui.sections.budget import BudgetSection

NBSP = "\u00a0"


@pytest.fixture
def group(store: Store) -> uuid.UUID:
    return groups.create_group(store, groups.NewGroup(name="Ryhmä", budget_limit_cents=123450)).id


@pytest.fixture
def section(qtbot, store: Store, group: uuid.UUID) -> BudgetSection:  # type: ignore[no-untyped-def]
    widget = BudgetSection(store)
    widget.today = lambda: TODAY
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    widget.set_group(group)
    return widget


def _add_line(
    qtbot, section: BudgetSection, description: str, planned: str, actual: str = ""
) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(section.new_line, Qt.MouseButton.LeftButton)
    type_text(qtbot, section.description, description)
    type_text(qtbot, section.planned.edit, planned)
    type_text(qtbot, section.actual.edit, actual)
    qtbot.mouseClick(section.save_line_button, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize(
    ("typed", "cents", "shown"),
    [
        ("12,5", 1250, "12,50"),
        ("12.50", 1250, "12,50"),
        ("12 €", 1200, "12,00"),
        ("12€", 1200, "12,00"),
        ("1 234,50 €", 123450, f"1{NBSP}234,50"),
        ("0", 0, "0,00"),
        ("7", 700, "7,00"),
    ],
)
def test_accepted_amounts(  # type: ignore[no-untyped-def]
    qtbot,
    section: BudgetSection,
    store: Store,
    group: uuid.UUID,
    typed: str,
    cents: int,
    shown: str,
) -> None:
    _add_line(qtbot, section, "Kahvi", "1", typed)
    assert section.line_error.text() == ""
    # Saved: the field now shows the amount as understood, in Finnish format.
    assert section.actual.edit.text() == shown
    (line,) = budget.budget_summary(store, group).lines
    assert line.actual_cents == cents
    assert section.lines.item(0, 5).text() == f"{shown}{NBSP}€"


@pytest.mark.parametrize(
    "typed",
    ["12 kr", "kaksitoista", "12,505", "1.234,50", "12,,5", "€", "12-"],
)
def test_refused_amounts(  # type: ignore[no-untyped-def]
    qtbot, section: BudgetSection, store: Store, group: uuid.UUID, typed: str
) -> None:
    _add_line(qtbot, section, "Kahvi", "1", typed)
    message = section.actual.message.text()
    assert f"”{typed}” ei ole rahasumma" in message
    assert "esimerkiksi 12,50" in message
    assert "Korjaa summa" in section.line_error.text()
    assert budget.budget_summary(store, group).lines == ()


def test_enter_saves_the_line(
    qtbot, section: BudgetSection, store: Store, group: uuid.UUID
) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(section.new_line, Qt.MouseButton.LeftButton)
    type_text(qtbot, section.description, "Bussiliput")
    type_text(qtbot, section.planned.edit, "8,40")
    qtbot.keyClick(section.planned.edit, Qt.Key.Key_Return)
    (line,) = budget.budget_summary(store, group).lines
    assert (line.description, line.planned_cents, line.actual_cents) == ("Bussiliput", 840, None)


def test_amount_message_appears_when_leaving_the_field(qtbot, section: BudgetSection) -> None:  # type: ignore[no-untyped-def]
    section.planned.edit.setFocus()
    type_text(qtbot, section.planned.edit, "abc")
    section.planned.edit.editingFinished.emit()
    assert "ei ole rahasumma" in section.planned.message.text()
    section.planned.edit.clear()
    type_text(qtbot, section.planned.edit, "3,5")
    section.planned.edit.editingFinished.emit()
    assert section.planned.message.text() == f"= 3,50{NBSP}€"


def test_lines_totals_limit_and_categories(  # type: ignore[no-untyped-def]
    qtbot, answers, section: BudgetSection, store: Store, group: uuid.UUID
) -> None:
    assert "Jäljellä <b>1" in section.figures.text()
    qtbot.mouseClick(section.new_line, Qt.MouseButton.LeftButton)
    assert section.line_date.text() == "23.11.2026"
    type_text(qtbot, section.description, "Kahvi ja pulla")
    section.category.setCurrentIndex(1)  # Kahvitarjoilu
    section.session.setCurrentIndex(2)  # session 2
    type_text(qtbot, section.planned.edit, "25")
    type_text(qtbot, section.actual.edit, "22,90")
    type_text(qtbot, section.receipt, "K-001")
    type_text(qtbot, section.paid_by, "Ohjaaja")
    qtbot.mouseClick(section.save_line_button, Qt.MouseButton.LeftButton)
    _add_line(qtbot, section, "Vuokra", "100", "")
    summary = budget.budget_summary(store, group)
    coffee = (
        summary.lines[0] if summary.lines[0].description.startswith("Kahvi") else summary.lines[1]
    )
    assert (coffee.category_name, coffee.session_number, coffee.receipt_ref, coffee.paid_by) == (
        "Kahvitarjoilu",
        2,
        "K-001",
        "Ohjaaja",
    )
    text = section.figures.text().replace(NBSP, " ")
    assert "Suunniteltu <b>125,00 €</b>" in text
    assert "Toteutunut <b>22,90 €</b>" in text
    assert "Jäljellä <b>1 211,60 €</b>" in text  # 1 234,50 − 22,90
    cat = section.categories
    assert cat.item(0, 0).text() == "Kahvitarjoilu"
    assert cat.item(0, 1).text() == f"25,00{NBSP}€" and cat.item(0, 2).text() == f"22,90{NBSP}€"
    assert cat.item(0, 3).text() == "-2,10" + NBSP + "€"
    last = cat.rowCount() - 1
    assert cat.item(last, 0).text() == "Yhteensä" and cat.item(last, 1).text() == f"125,00{NBSP}€"
    # The limit: typed and refused forms.
    section.limit.edit.clear()
    type_text(qtbot, section.limit.edit, "satanen")
    qtbot.mouseClick(section.limit_save, Qt.MouseButton.LeftButton)
    assert "ei ole rahasumma" in section.limit.message.text()
    section.limit.edit.clear()
    type_text(qtbot, section.limit.edit, "200 €")
    qtbot.mouseClick(section.limit_save, Qt.MouseButton.LeftButton)
    assert budget.budget_summary(store, group).limit_cents == 20000
    assert "Jäljellä <b>177,10" in section.figures.text()
    # Categories: add, rename, move, remove.
    answers["text"] = "Tulosteet"
    qtbot.mouseClick(section.add_category, Qt.MouseButton.LeftButton)
    names = [cat.item(r, 0).text() for r in range(cat.rowCount() - 1)]
    assert names[-3:] == ["Muut", "Tulosteet", "Ei luokkaa"]  # lines without one come last
    cat.selectRow(names.index("Tulosteet"))
    qtbot.mouseClick(section.up_category, Qt.MouseButton.LeftButton)
    names = [cat.item(r, 0).text() for r in range(cat.rowCount() - 1)]
    assert names[-3:] == ["Tulosteet", "Muut", "Ei luokkaa"]
    cat.selectRow(0)
    answers["text"] = "Kahvi"
    qtbot.mouseClick(section.rename_category, Qt.MouseButton.LeftButton)
    assert cat.item(0, 0).text() == "Kahvi"
    assert section.lines.item(0, 2).text() in ("Kahvi", "")
    cat.selectRow(0)
    answers["confirm"] = True
    qtbot.mouseClick(section.remove_category, Qt.MouseButton.LeftButton)
    # Finnish singular for one line (a %n plural message)
    assert "1 rivi jää budjettiin ilman luokkaa" in answers["asked"][-1][1]
    assert "Kahvi" not in [cat.item(r, 0).text() for r in range(cat.rowCount())]
    assert "Ei luokkaa" in [cat.item(r, 0).text() for r in range(cat.rowCount())]
    # Duplicate name: refused with a message.
    answers["text"] = "Muut"
    qtbot.mouseClick(section.add_category, Qt.MouseButton.LeftButton)
    assert answers["asked"][-1] == ("warn", "Luokka ”Muut” on jo olemassa. Valitse toinen nimi.")
    # Delete a line after confirming.
    section.lines.selectRow(0)
    qtbot.mouseClick(section.delete_line_button, Qt.MouseButton.LeftButton)
    assert section.lines.rowCount() == 1


def test_exports(
    qtbot, answers, demo_store: Store, demo_group_id: uuid.UUID, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    widget = BudgetSection(demo_store)
    widget.today = lambda: TODAY
    qtbot.addWidget(widget)
    widget.set_group(demo_group_id)
    assert widget.lines.rowCount() == 14
    answers["save_path"] = str(tmp_path / "budjetti.xlsx")
    qtbot.mouseClick(widget.export_xlsx, Qt.MouseButton.LeftButton)
    wb = openpyxl.load_workbook(tmp_path / "budjetti.xlsx")
    assert wb.sheetnames == ["Budjetti", "Luokittain"]
    answers["save_path"] = str(tmp_path / "yhteenveto")
    qtbot.mouseClick(widget.export_pdf, Qt.MouseButton.LeftButton)
    assert (tmp_path / "yhteenveto.pdf").exists()
    assert "Tallennettu" in widget.status.text()


def test_a_negative_amount_is_refused_with_a_message_and_nothing_moves(  # type: ignore[no-untyped-def]
    qtbot, section: BudgetSection, store: Store, group: uuid.UUID
) -> None:
    table_height = section.lines.height()
    message_height = section.actual.message.height()
    error_height = section.line_error.height()
    _add_line(qtbot, section, "Pullopantti", "0", "-3,20")
    assert budget.budget_summary(store, group).lines == ()
    assert "ei voi olla negatiivinen" in section.actual.message.text()
    assert "palautus" in section.line_error.text()
    assert section.actual.message.toolTip() == section.actual.message.text()
    QApplication.processEvents()
    # The long message neither wraps under the narrow field nor pushes the table up.
    assert not section.actual.message.wordWrap()
    assert section.actual.message.height() == message_height
    assert section.line_error.height() == error_height
    assert section.lines.height() == table_height
    # Typing again clears the refusal; the saved message goes when another line is started.
    type_text(qtbot, section.actual.edit, "5")
    assert section.line_error.text() == "" and section.actual.message.text() == ""
    section.actual.edit.setText("3,20")
    qtbot.mouseClick(section.save_line_button, Qt.MouseButton.LeftButton)
    assert section.status.text() == "Rivi tallennettu."
    type_text(qtbot, section.description, " ja kahvi")
    assert section.status.text() == ""
    qtbot.mouseClick(section.save_line_button, Qt.MouseButton.LeftButton)
    assert section.status.text() == "Rivi tallennettu."
    qtbot.mouseClick(section.new_line, Qt.MouseButton.LeftButton)
    assert section.status.text() == ""


def test_messages_of_one_group_are_gone_in_the_next(  # type: ignore[no-untyped-def]
    qtbot, section: BudgetSection, store: Store
) -> None:
    _add_line(qtbot, section, "Kahvi", "x")
    assert "Korjaa summa" in section.line_error.text()
    section.status.setText("Tallennettu: /tmp/budjetti.xlsx")
    other = groups.create_group(store, groups.NewGroup(name="Toinen")).id
    section.set_group(other)
    assert section.line_error.text() == ""
    assert section.status.text() == ""
    assert section.planned.message.text() == ""
