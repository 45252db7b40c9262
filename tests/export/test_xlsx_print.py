"""Every workbook the program writes prints well (issue 11, point 13): A4, the orientation its
width needs, scaled to the page width, the title and header rows on every page, the group (or,
for the coordinator, the place) in the page header; the attendance sheet of eight people on one
page."""

from __future__ import annotations

import io
import shutil
import subprocess
import uuid
import zipfile
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import openpyxl
import pytest
from openpyxl.workbook.workbook import Workbook

from tests.conftest import TODAY
from voimaa import attendance, coordinator, groups, program, roster
from voimaa.attendance import AttendanceStatus
from voimaa.coordinator import XLSX_MEMBER
from voimaa.export import jobs, xlsx
from voimaa.store import Store

GROUP = "Mikkelin & Juvan ryhmä"


@pytest.fixture
def group(store: Store) -> uuid.UUID:
    """A group of eight, seven sessions marked."""
    start = TODAY - timedelta(weeks=6)
    gid = groups.create_group(
        store, groups.NewGroup(name=GROUP, place="Mikkeli", start_date=start)
    ).id
    people = [
        roster.add_participant(
            store, gid, roster.ParticipantData(name=f"Osallistuja {i} Pitkänimi")
        ).id
        for i in range(8)
    ]
    for i, session in enumerate(program.get_program(store, gid).sessions[:7]):
        for j, pid in enumerate(people):
            status = AttendanceStatus.PRESENT if (i + j) % 4 else AttendanceStatus.ABSENT
            attendance.set_mark(store, pid, session.id, status, today=TODAY)
    return gid


def _check(wb: Workbook, header: str) -> None:
    for ws in wb.worksheets:
        setup = ws.page_setup
        assert int(setup.paperSize) == 9, ws.title  # A4
        wide = xlsx.sheet_width(ws) > xlsx.PORTRAIT_WIDTH
        assert setup.orientation == ("landscape" if wide else "portrait"), ws.title
        assert ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
        assert int(setup.fitToWidth) == 1 and int(setup.fitToHeight) == 0, ws.title
        assert ws.print_title_rows, ws.title  # the header rows repeat on every page
        assert ws.oddHeader.left.text == header.replace("&", "&&"), ws.title
        assert ws.oddHeader.right.text == "&P / &N"


WRITERS: dict[str, tuple[str, Callable[[Store, uuid.UUID, Path], Path]]] = {
    "attendance": (
        f"Läsnäolotaulukko – {GROUP}",
        lambda s, g, p: jobs.export_attendance(s, g, p / "l.xlsx", today=TODAY),
    ),
    "budget": (f"Budjetti – {GROUP}", lambda s, g, p: jobs.export_budget(s, g, p / "b.xlsx")),
    "group": (
        f"Ryhmän raportti – {GROUP}",
        lambda s, g, p: jobs.export_group_report(s, g, p / "r.xlsx", today=TODAY),
    ),
}


@pytest.mark.parametrize("kind", sorted(WRITERS))
def test_every_sheet_prints(kind: str, store: Store, group: uuid.UUID, tmp_path: Path) -> None:
    header, write = WRITERS[kind]
    wb = openpyxl.load_workbook(write(store, group, tmp_path))
    _check(wb, header)
    if kind == "attendance":
        ws = wb.worksheets[0]
        assert ws.page_setup.orientation == "landscape"
        assert ws.print_title_rows == "$1:$4"  # title, notes and the header row


def test_coordinator_workbooks_print_without_the_group_name(
    store: Store, group: uuid.UUID, tmp_path: Path, new_store: Callable[[Path], Store]
) -> None:
    written = jobs.export_coordinator(store, group, tmp_path / "k.zip", today=TODAY).path
    with zipfile.ZipFile(written) as zf:
        wb = openpyxl.load_workbook(io.BytesIO(zf.read(XLSX_MEMBER)))
    _check(wb, "Koordinaattorin aineisto – Mikkeli")
    assert all(GROUP.replace("&", "&&") not in ws.oddHeader.left.text for ws in wb.worksheets)

    target = new_store(tmp_path / "koordinaattori")
    coordinator.import_files(target, [written])
    combined = jobs.export_combined(target, tmp_path / "yhteenveto.xlsx", today=TODAY)
    _check(openpyxl.load_workbook(combined), "Koordinaattorin yhteenveto")


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_attendance_of_eight_prints_on_one_page(
    store: Store, group: uuid.UUID, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    sheet = jobs.export_attendance(store, group, tmp_path / "läsnäolo.xlsx", today=TODAY)
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(sheet),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    reader = PdfReader(tmp_path / "läsnäolo.pdf")
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert "Osallistuja 7 Pitkänimi" in text and GROUP in text
    width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert width > height  # landscape A4
    assert round(float(width)) in (841, 842) and round(float(height)) in (595, 596)
