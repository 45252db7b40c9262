"""The access log ("Tapahtumaloki") as an Excel workbook: one row per event, as filtered."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Font

from voimaa.access_log import LogReport
from voimaa.export import xlsx
from voimaa.i18n import translate

HEADER_ROW = 4


def headers() -> tuple[str, ...]:
    return (
        translate("AccessLogExport", "Aika"),
        translate("AccessLogExport", "Ohjaaja"),
        translate("AccessLogExport", "Käyttäjätunnus"),
        translate("AccessLogExport", "Tapahtuma"),
        translate("AccessLogExport", "Laji"),
        translate("AccessLogExport", "Ryhmä"),
        translate("AccessLogExport", "Osallistujakoodi"),
    )


def cells(report: LogReport) -> list[tuple[str, ...]]:
    """The table's text, shared by the xlsx and PDF writers."""
    from voimaa.access_log import kind_label

    rows: list[tuple[str, ...]] = []
    for r in report.rows:
        code = r.code or (translate("AccessLogExport", "(ryhmän tiedot)") if r.about_group else "")
        rows.append(
            (
                r.at.strftime("%d.%m.%Y %H.%M"),
                r.leader,
                r.os_user,
                r.what,
                kind_label(r.kind),
                r.group_name,
                code,
            )
        )
    return rows


def write_access_log_xlsx(path: str | Path, report: LogReport) -> Path:
    wb = xlsx.new_workbook(translate("AccessLogExport", "Voimaa – tapahtumaloki"))
    ws = xlsx.first_sheet(wb)
    ws.title = translate("AccessLogExport", "Tapahtumaloki")
    title = xlsx.set_text(ws, 1, 1, translate("AccessLogExport", "Voimaa – tapahtumaloki"))
    title.font = Font(bold=True, size=14)
    xlsx.set_text(
        ws,
        2,
        1,
        translate("AccessLogExport", "Rajaus: {filter}. Tehty {made}.").format(
            filter=report.filter_text, made=report.made_at.strftime("%d.%m.%Y %H.%M")
        ),
    )
    xlsx.write_header(ws, HEADER_ROW, headers())
    for i, row in enumerate(cells(report), start=HEADER_ROW + 1):
        for col, value in enumerate(row, start=1):
            xlsx.set_text(ws, i, col, value)
    xlsx.set_widths(ws, (17, 22, 16, 34, 26, 26, 16))
    return xlsx.save_workbook(wb, path)
