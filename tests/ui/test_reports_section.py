"""The Raportit section driven like the leaders would: report PDF/xlsx, names option, the
coordinator export with its consent list and open-texts option."""

from __future__ import annotations

import uuid
import zipfile
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from voimaa import audit, coordinator, roster
from voimaa.store import Store
from voimaa.ui.sections.reports import ReportsSection


def make_section(qtbot: QtBot, store: Store, group_id: uuid.UUID | None) -> ReportsSection:
    section = ReportsSection(store)
    qtbot.addWidget(section)
    section.set_group(group_id)
    section.show()
    return section


def table_rows(section: ReportsSection) -> list[list[str]]:
    t = section.consent_table
    return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]


def test_no_group_disables_everything(qtbot: QtBot, store: Store) -> None:
    section = make_section(qtbot, store, None)
    assert not section.pdf_button.isEnabled()
    assert not section.coord_button.isEnabled()
    assert section.consent_table.rowCount() == 0


def test_consent_list_shows_who_goes_to_the_coordinator(
    qtbot: QtBot, demo_store: Store, demo_group_id: uuid.UUID
) -> None:
    section = make_section(qtbot, demo_store, demo_group_id)
    rows = table_rows(section)
    assert len(rows) == 7
    helena = next(r for r in rows if r[1] == "Helena Harjoitus")
    assert helena[3].startswith("ei suostumusta")
    assert sum(1 for r in rows if r[3] == "mukana") == 6
    assert "6 / 7" in section.consent_summary.text()


def test_consent_change_shows_when_the_section_is_shown_again(
    qtbot: QtBot, demo_store: Store, demo_group_id: uuid.UUID
) -> None:
    section = make_section(qtbot, demo_store, demo_group_id)
    helena = next(
        p
        for p in roster.list_participants(demo_store, demo_group_id)
        if p.name == "Helena Harjoitus"
    )
    from dataclasses import replace

    roster.update_participant(
        demo_store, helena.id, replace(helena.data(), consent_coordinator=True)
    )
    section.hide()
    section.show()
    assert "7 / 7" in section.consent_summary.text()


@pytest.mark.parametrize(
    ("names", "typed", "expected"),
    [(False, "raportti", "raportti.pdf"), (True, "nimillä.pdf", "nimillä.pdf")],
)
def test_group_report_pdf(
    qtbot: QtBot,
    demo_store: Store,
    demo_group_id: uuid.UUID,
    answers: dict[str, object],
    tmp_path: Path,
    names: bool,
    typed: str,
    expected: str,
) -> None:
    from pypdf import PdfReader

    section = make_section(qtbot, demo_store, demo_group_id)
    if names:
        qtbot.mouseClick(section.include_names, Qt.MouseButton.LeftButton)
    answers["save_path"] = str(tmp_path / typed)
    qtbot.mouseClick(section.pdf_button, Qt.MouseButton.LeftButton)
    target = tmp_path / expected
    assert target.exists()
    text = "".join(p.extract_text() for p in PdfReader(target).pages)
    assert ("Aino Esimerkki" in text) is names
    assert ("inform", f"Raportti tallennettu: {target}") in answers["asked"]
    assert str(target) in section.result_label.text()
    [event] = audit.list_events(demo_store, action="export.group_report")
    assert event.details["names"] is names


def test_group_report_xlsx(
    qtbot: QtBot,
    demo_store: Store,
    demo_group_id: uuid.UUID,
    answers: dict[str, object],
    tmp_path: Path,
) -> None:
    section = make_section(qtbot, demo_store, demo_group_id)
    answers["save_path"] = str(tmp_path / "työkirja.xlsx")
    qtbot.mouseClick(section.xlsx_button, Qt.MouseButton.LeftButton)
    wb = openpyxl.load_workbook(tmp_path / "työkirja.xlsx")
    assert "Osallistujat" in wb.sheetnames


def test_cancelled_save_does_nothing(
    qtbot: QtBot,
    demo_store: Store,
    demo_group_id: uuid.UUID,
    answers: dict[str, object],
    tmp_path: Path,
) -> None:
    section = make_section(qtbot, demo_store, demo_group_id)
    answers["save_path"] = None
    qtbot.mouseClick(section.coord_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(section.pdf_button, Qt.MouseButton.LeftButton)
    assert [kind for kind, _ in answers["asked"]] == ["save_path", "save_path"]  # type: ignore[union-attr]
    assert audit.list_events(demo_store, action="export.coordinator") == []


@pytest.mark.parametrize("open_texts", [False, True])
def test_coordinator_export(
    qtbot: QtBot,
    demo_store: Store,
    demo_group_id: uuid.UUID,
    answers: dict[str, object],
    tmp_path: Path,
    open_texts: bool,
) -> None:
    section = make_section(qtbot, demo_store, demo_group_id)
    if open_texts:
        qtbot.mouseClick(section.open_texts, Qt.MouseButton.LeftButton)
    answers["save_path"] = str(tmp_path / "juva")
    qtbot.mouseClick(section.coord_button, Qt.MouseButton.LeftButton)
    target = tmp_path / "juva.zip"
    assert zipfile.is_zipfile(target)
    export = coordinator.read_export(target)
    assert export.open_texts_included is open_texts
    assert len(export.participants) == 6
    informed = [text for kind, text in answers["asked"] if kind == "inform"]  # type: ignore[union-attr]
    assert "Mukana 6 osallistujaa" in informed[0] and "pois jätettiin 1" in informed[0]
    assert ("Avoimet palautevastaukset ovat mukana." in informed[0]) is open_texts


def test_export_error_is_shown_in_finnish(
    qtbot: QtBot,
    demo_store: Store,
    demo_group_id: uuid.UUID,
    answers: dict[str, object],
    tmp_path: Path,
) -> None:
    section = make_section(qtbot, demo_store, demo_group_id)
    answers["save_path"] = str(tmp_path / "ei-ole" / "raportti.pdf")
    qtbot.mouseClick(section.pdf_button, Qt.MouseButton.LeftButton)
    warnings = [text for kind, text in answers["asked"] if kind == "warn"]  # type: ignore[union-attr]
    assert len(warnings) == 1 and "Kansiota ei ole" in warnings[0]
    assert "Kansiota ei ole" in section.result_label.text()


def test_certificates_button_writes_one_page_per_attender_and_logs_it(
    qtbot: QtBot,
    demo_store: Store,
    demo_group_id: uuid.UUID,
    answers: dict[str, object],
    tmp_path: Path,
) -> None:
    from pypdf import PdfReader

    from voimaa import certificates

    section = make_section(qtbot, demo_store, demo_group_id)
    assert section.certificates_button.isEnabled()
    answers["save_path"] = str(tmp_path / "todistukset")  # the suffix is added
    qtbot.mouseClick(section.certificates_button, Qt.MouseButton.LeftButton)
    target = tmp_path / "todistukset.pdf"
    expected = certificates.group_certificates(demo_store, demo_group_id).certificates
    reader = PdfReader(target)
    assert len(reader.pages) == len(expected) > 0
    assert expected[0].name in reader.pages[0].extract_text()
    assert ("inform", f"Osallistumistodistukset tallennettu: {target}") in answers["asked"]
    [event] = audit.list_events(demo_store, action="export.certificates")
    assert event.details["certificates"] == len(expected)


def test_certificates_without_attendance_warn_and_write_nothing(
    qtbot: QtBot, store: Store, answers: dict[str, object], tmp_path: Path
) -> None:
    from datetime import date

    from voimaa import groups

    gid = groups.create_group(
        store, groups.NewGroup(name="Uusi", place="Juva", start_date=date(2027, 1, 5))
    ).id
    roster.add_participant(store, gid, roster.ParticipantData(name="Aino Äijälä"))
    section = make_section(qtbot, store, gid)
    answers["save_path"] = str(tmp_path / "t.pdf")
    qtbot.mouseClick(section.certificates_button, Qt.MouseButton.LeftButton)
    assert not (tmp_path / "t.pdf").exists()
    assert [kind for kind, _ in answers["asked"]][-1] == "warn"  # type: ignore[index]
    assert "Merkitse läsnäolot ensin" in section.result_label.text()
