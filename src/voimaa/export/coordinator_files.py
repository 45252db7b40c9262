"""One group's pseudonymised coordinator export as a file: a .zip holding the JSON document
and a readable .xlsx of the same figures.

Written from :class:`voimaa.coordinator.document.GroupExport`, which holds no names or other
identifying data; the JSON bytes come from the core (`document_bytes`), this module only packs
them with the workbook. The writer has the export layer's signature
``write(path, export) -> Path`` and is registered in :data:`voimaa.export.jobs.FORMATS`; the
combined report's writers are in :mod:`voimaa.export.coordinator_combined` (and ``_pdf``).
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

from voimaa import attendance, labels
from voimaa.coordinator.document import (
    FORMAT,
    JSON_MEMBER,
    SCHEMA_VERSION,
    XLSX_MEMBER,
    GroupExport,
    document_bytes,
)
from voimaa.eurohis import scoring
from voimaa.export import xlsx
from voimaa.export.files import atomic_write
from voimaa.i18n import translate

# ----- one group's export -----------------------------------------------------------------------


def _info_rows(export: GroupExport) -> list[tuple[str, Any, str]]:
    return [
        (translate("CoordinatorFiles", "Muoto"), FORMAT, ""),
        (
            translate("CoordinatorFiles", "Muodon versio"),
            SCHEMA_VERSION,
            xlsx.INTEGER_FORMAT,
        ),
        (translate("CoordinatorFiles", "Ryhmän tunniste"), str(export.group_id), ""),
        (translate("CoordinatorFiles", "Paikkakunta"), export.place, ""),
        (translate("CoordinatorFiles", "Toteutus"), labels.group_mode(export.mode), ""),
        (translate("CoordinatorFiles", "Alkoi"), export.start_date, xlsx.DATE_FORMAT),
        (translate("CoordinatorFiles", "Päättyi"), export.end_date, xlsx.DATE_FORMAT),
        (translate("CoordinatorFiles", "Viety"), export.exported_on, xlsx.DATE_FORMAT),
        (
            translate("CoordinatorFiles", "Pidettyjä kertoja"),
            len(export.sessions),
            xlsx.INTEGER_FORMAT,
        ),
        (
            translate("CoordinatorFiles", "Aloittaneita osallistujia"),
            export.participants_total,
            xlsx.INTEGER_FORMAT,
        ),
        (
            translate("CoordinatorFiles", "Lopettaneita"),
            export.participants_left,
            xlsx.INTEGER_FORMAT,
        ),
        (
            translate("CoordinatorFiles", "Mukana tässä viennissä (suostumus)"),
            len(export.participants),
            xlsx.INTEGER_FORMAT,
        ),
        (translate("CoordinatorFiles", "Palautteita"), len(export.feedback), xlsx.INTEGER_FORMAT),
        (
            translate("CoordinatorFiles", "Avoimet palautevastaukset mukana"),
            translate("CoordinatorFiles", "kyllä")
            if export.open_texts_included
            else translate("CoordinatorFiles", "ei"),
            "",
        ),
        (
            translate("CoordinatorFiles", "Budjetti, suunniteltu"),
            export.budget_planned_cents / 100,
            xlsx.MONEY_FORMAT,
        ),
        (
            translate("CoordinatorFiles", "Budjetti, toteutunut"),
            export.budget_actual_cents / 100,
            xlsx.MONEY_FORMAT,
        ),
    ]


def export_workbook_bytes(export: GroupExport) -> bytes:
    """The readable .xlsx of one group's export (same content as the JSON)."""
    # The group's name never leaves in a coordinator export: the header names the place.
    wb = xlsx.new_workbook(
        translate("CoordinatorFiles", "Koordinaattorin aineisto – {place}").format(
            place=export.place
        )
    )
    ws = xlsx.first_sheet(wb)
    ws.title = translate("CoordinatorFiles", "Tietoja")
    xlsx.write_header(
        ws, 1, [translate("CoordinatorFiles", "Tieto"), translate("CoordinatorFiles", "Arvo")]
    )
    for row, (label, value, fmt) in enumerate(_info_rows(export), start=2):
        xlsx.set_text(ws, row, 1, label)
        xlsx.set_value(ws, row, 2, value, fmt)
    note = len(_info_rows(export)) + 3
    xlsx.set_text(
        ws,
        note,
        1,
        translate(
            "CoordinatorFiles",
            "Tiedosto ei sisällä nimiä, yhteystietoja, muistiinpanoja eikä alkutapaamisen "
            "tietoja. Osallistujat näkyvät vain satunnaisina koodeina ja vain, jos he ovat "
            "antaneet suostumuksen.",
        ),
    )
    xlsx.set_widths(ws, [38, 44])

    ws = wb.create_sheet(translate("CoordinatorFiles", "Kerrat"))
    xlsx.write_header(
        ws,
        1,
        [
            translate("CoordinatorFiles", "Kerta"),
            translate("CoordinatorFiles", "Päivä"),
            translate("CoordinatorFiles", "Aihe"),
            translate("CoordinatorFiles", "Asiantuntijoita"),
        ],
    )
    for row, s in enumerate(export.sessions, start=2):
        xlsx.set_value(ws, row, 1, s.number, xlsx.INTEGER_FORMAT)
        xlsx.set_value(ws, row, 2, s.date, xlsx.DATE_FORMAT)
        xlsx.set_text(ws, row, 3, s.topic)
        xlsx.set_value(ws, row, 4, s.experts, xlsx.INTEGER_FORMAT)
    xlsx.set_widths(ws, [8, 12, 40, 16])

    ws = wb.create_sheet(translate("CoordinatorFiles", "Läsnäolo"))
    numbers = [s.number for s in export.sessions]
    xlsx.write_header(
        ws,
        1,
        [
            translate("CoordinatorFiles", "Koodi"),
            translate("CoordinatorFiles", "Tila"),
            *[translate("CoordinatorFiles", "Kerta {n}").format(n=n) for n in numbers],
            translate("CoordinatorFiles", "Läsnä"),
        ],
    )
    for row, p in enumerate(export.participants, start=2):
        xlsx.set_text(ws, row, 1, p.code)
        xlsx.set_text(ws, row, 2, labels.participant_status(p.status))
        marks = dict(p.attendance)
        for col, n in enumerate(numbers, start=3):
            xlsx.set_text(ws, row, col, labels.attendance_status(marks[n]) if n in marks else "")
        rate = attendance.attendance_rate([m for _, m in p.attendance])
        xlsx.set_value(ws, row, len(numbers) + 3, rate, xlsx.PERCENT_FORMAT)
    xlsx.set_widths(ws, [10, 12, *[12] * len(numbers), 10])

    ws = wb.create_sheet("EUROHIS-8")
    xlsx.write_header(
        ws,
        1,
        [
            translate("CoordinatorFiles", "Koodi"),
            translate("CoordinatorFiles", "Mittaus"),
            translate("CoordinatorFiles", "Päivä"),
            translate("CoordinatorFiles", "Sanamuoto"),
            *[str(i.number) for i in scoring.ITEMS],
            translate("CoordinatorFiles", "Keskiarvo"),
        ],
    )
    row = 2
    for p in export.participants:
        for f in p.forms:
            xlsx.set_text(ws, row, 1, p.code)
            xlsx.set_text(ws, row, 2, labels.phase(f.phase))
            xlsx.set_value(ws, row, 3, f.filled_on, xlsx.DATE_FORMAT)
            xlsx.set_text(ws, row, 4, labels.wording_version(f.wording))
            for col, value in enumerate(f.answers, start=5):
                xlsx.set_value(ws, row, col, value, xlsx.INTEGER_FORMAT)
            score = scoring.score(f.answers)
            xlsx.set_value(ws, row, 13, score.mean if score else None, xlsx.DECIMAL_FORMAT)
            row += 1
    xlsx.set_text(
        ws,
        row + 1,
        1,
        translate(
            "CoordinatorFiles",
            "Vastaukset on tallennettu 1 = huonoin … 5 = paras tulostetusta järjestyksestä "
            "riippumatta.",
        ),
    )
    xlsx.set_widths(ws, [10, 14, 12, 30, *[5] * 8, 11])

    ws = wb.create_sheet(translate("CoordinatorFiles", "Palaute"))
    headers = [st.text for st in export.statements] + [q.text for q in export.questions]
    xlsx.write_header(ws, 1, [translate("CoordinatorFiles", "Vastaus"), *headers])
    for row, answer in enumerate(export.feedback, start=2):
        xlsx.set_value(ws, row, 1, row - 1, xlsx.INTEGER_FORMAT)
        ratings = dict(answer.ratings)
        for col, st in enumerate(export.statements, start=2):
            xlsx.set_value(ws, row, col, ratings.get(st.key), xlsx.INTEGER_FORMAT)
        texts = dict(answer.open_answers)
        for col, q in enumerate(export.questions, start=2 + len(export.statements)):
            xlsx.set_text(ws, row, col, texts.get(q.key, ""))
    xlsx.set_widths(ws, [9, *[16] * len(export.statements), *[40] * len(export.questions)])

    xlsx.finish(wb)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def _zip_member(zf: zipfile.ZipFile, name: str, data: bytes, export: GroupExport) -> None:
    day = export.exported_on
    info = zipfile.ZipInfo(name, date_time=(max(day.year, 1980), day.month, day.day, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    zf.writestr(info, data)


def export_bytes(export: GroupExport) -> bytes:
    """The whole export file (.zip): the JSON document and the readable workbook."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        _zip_member(zf, JSON_MEMBER, document_bytes(export), export)
        _zip_member(zf, XLSX_MEMBER, export_workbook_bytes(export), export)
    return buffer.getvalue()


def _write_bytes(tmp: Path, data: bytes) -> None:
    tmp.write_bytes(data)


def write_export(path: Path, export: GroupExport) -> Path:
    """Write one group's coordinator export atomically."""
    data = export_bytes(export)
    return atomic_write(path, lambda tmp: _write_bytes(tmp, data))
