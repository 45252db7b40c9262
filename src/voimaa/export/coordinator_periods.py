"""A worker's individual-work periods for the coordinator as a file: a .zip holding the JSON
document (schema version 2, "kind": "periods") and a readable .xlsx of the same figures.

Written from :class:`voimaa.coordinator.periods.PeriodsExport`, which holds no names, goal
texts, notes or meeting details; the JSON bytes come from the core."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from voimaa import labels
from voimaa.coordinator.document import JSON_MEMBER, XLSX_MEMBER
from voimaa.coordinator.periods import PeriodsExport, periods_document_bytes
from voimaa.eurohis import scoring
from voimaa.export import xlsx
from voimaa.export.files import atomic_write
from voimaa.i18n import translate
from voimaa.models import Phase


def periods_workbook_bytes(export: PeriodsExport) -> bytes:
    """The readable .xlsx: one row per period (same content as the JSON)."""
    wb = xlsx.new_workbook(translate("CoordinatorFiles", "Yksilötyön jaksot koordinaattorille"))
    ws = xlsx.first_sheet(wb)
    ws.title = translate("CoordinatorFiles", "Jaksot")
    headers = [
        translate("CoordinatorFiles", "Koodi"),
        translate("CoordinatorFiles", "Paikkakunta"),
        translate("CoordinatorFiles", "Päätös"),
        translate("CoordinatorFiles", "Alkoi"),
        translate("CoordinatorFiles", "Työskentelyvaihe"),
        translate("CoordinatorFiles", "Päätösvaihe"),
        translate("CoordinatorFiles", "Päättyi"),
        translate("CoordinatorFiles", "Tapaamisia"),
        translate("CoordinatorFiles", "Ensimmäiset 6 kk"),
        translate("CoordinatorFiles", "Tavoitteita"),
        translate("CoordinatorFiles", "EUROHIS-8 alussa"),
        translate("CoordinatorFiles", "EUROHIS-8 lopussa"),
        translate("CoordinatorFiles", "Tulos"),
        translate("CoordinatorFiles", "Jatko"),
    ]
    xlsx.write_header(ws, 1, headers)
    for row, p in enumerate(export.periods, start=2):
        xlsx.set_text(ws, row, 1, p.code or translate("CoordinatorFiles", "(ei suostumusta)"))
        xlsx.set_text(ws, row, 2, p.place)
        for col, day in enumerate(
            (p.decision_date, p.start_date, p.work_phase_date, p.closing_phase_date, p.end_date),
            start=3,
        ):
            xlsx.set_value(ws, row, col, day, xlsx.DATE_FORMAT)
        xlsx.set_value(ws, row, 8, p.meetings, xlsx.INTEGER_FORMAT)
        xlsx.set_value(ws, row, 9, p.meetings_first_six_months, xlsx.INTEGER_FORMAT)
        xlsx.set_value(ws, row, 10, len(p.goals), xlsx.INTEGER_FORMAT)
        for col, phase in ((11, Phase.BEFORE), (12, Phase.AFTER)):
            form = p.form(phase)
            score = scoring.score(form.answers) if form else None
            xlsx.set_value(ws, row, col, score.mean if score else None, xlsx.DECIMAL_FORMAT)
        xlsx.set_text(ws, row, 13, labels.goals_met(p.goals_met) if p.goals_met else "")
        xlsx.set_text(ws, row, 14, labels.next_step(p.next_step) if p.next_step else "")
    note = len(export.periods) + 3
    xlsx.set_text(
        ws,
        note,
        1,
        translate(
            "CoordinatorFiles",
            "Tiedosto ei sisällä nimiä, tavoitteiden sanamuotoja, muistiinpanoja eikä "
            "tapaamisten tietoja. Arviot ja EUROHIS-8-vastaukset ovat mukana vain "
            "suostumuksen antaneilta, heidän satunnaisella koodillaan.",
        ),
    )
    xlsx.set_widths(ws, [16, 14, *[12] * 5, 11, 11, 10, 12, 12, 26, 26])
    xlsx.finish(wb)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def periods_export_bytes(export: PeriodsExport) -> bytes:
    day = export.exported_on
    stamp = (max(day.year, 1980), day.month, day.day, 0, 0, 0)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for name, data in (
            (JSON_MEMBER, periods_document_bytes(export)),
            (XLSX_MEMBER, periods_workbook_bytes(export)),
        ):
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, data)
    return buffer.getvalue()


def write_periods_export(path: Path, export: PeriodsExport) -> Path:
    """Write the periods export atomically."""
    data = periods_export_bytes(export)

    def put(tmp: Path) -> None:
        tmp.write_bytes(data)

    return atomic_write(path, put)
