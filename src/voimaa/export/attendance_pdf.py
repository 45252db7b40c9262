"""The attendance sheet as a printable PDF (A4 landscape)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from voimaa import labels
from voimaa.attendance import STATUS_LETTERS, AttendanceTable
from voimaa.export import pdf
from voimaa.formats import format_date, format_percent
from voimaa.i18n import translate

FOLLOW_UP = colors.HexColor("#fce4d6")


PRESENT = colors.HexColor("#d9ead3")


def _short(day: date | None) -> str:
    return "" if day is None else f"{day.day}.{day.month}."


def _dates(table: AttendanceTable) -> str:
    days = [c.date for c in table.sessions if c.date]
    return f"{format_date(min(days))}–{format_date(max(days))}" if days else ""


def write_attendance_pdf(path: str | Path, table: AttendanceTable) -> Path:
    """Write the attendance grid with totals, rates and the follow-up list to `path`."""
    st = pdf.styles()
    cell = st["table"]
    bold = st["table_bold"]
    title = translate("AttendancePdf", "Läsnäolotaulukko – {group}").format(group=table.group_name)
    story: list = [
        Paragraph(pdf.escape(title), st["h1"]),
        Paragraph(
            pdf.escape(
                " · ".join(
                    p
                    for p in (
                        table.place,
                        _dates(table),
                        translate("AttendancePdf", "Tulostettu {date}").format(
                            date=format_date(table.today)
                        ),
                        translate(
                            "AttendancePdf",
                            "L = läsnä, P = poissa, I = ilmoitettu poissaolo, tyhjä = ei merkitty, "
                            "– = ei enää ryhmässä",
                        ),
                    )
                    if p
                )
            ),
            st["small"],
        ),
        Spacer(1, 3 * mm),
    ]
    header = [
        Paragraph(translate("AttendancePdf", "Nimi"), bold),
        Paragraph(translate("AttendancePdf", "Koodi"), bold),
        *(
            Paragraph(
                translate("AttendancePdf", "{n}. krt<br/>{date}").format(
                    n=c.number, date=_short(c.date)
                ),
                bold,
            )
            for c in table.sessions
        ),
        Paragraph(translate("AttendancePdf", "Läsnä / merk."), bold),
        Paragraph(translate("AttendancePdf", "Läsnä %"), bold),
    ]
    data: list[list] = [header]
    style: list[tuple] = [
        ("FONTNAME", (0, 0), (-1, -1), pdf.FONT),
        ("FONTSIZE", (0, 0), (-1, -1), 10.5),
        ("BACKGROUND", (0, 0), (-1, 0), pdf.LIGHT),
        ("GRID", (0, 0), (-1, -1), 0.5, pdf.LINE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (2, 1), (-1, -1), "CENTER"),
        ("REPEATROWS", (0, 0), (-1, 0)),
    ]
    first_mark = 2
    for i, r in enumerate(table.rows, start=1):
        name = pdf.escape(r.name)
        if r.status.value != "aktiivinen":
            name += f" <font size=8.5>({pdf.escape(labels.participant_status(r.status))})</font>"
        if r.below_threshold:
            name += " <font size=8.5>– {}</font>".format(translate("AttendancePdf", "soitetaan"))
        data.append(
            [
                Paragraph(name, cell),
                r.code,
                *(
                    STATUS_LETTERS[m] if m else ("" if r.expected(j) else "–")
                    for j, m in enumerate(r.marks)
                ),
                f"{r.present} / {r.marked}",
                format_percent(r.rate),
            ]
        )
        for j, m in enumerate(r.marks):
            if m is not None and STATUS_LETTERS[m] == "L":
                style.append(("BACKGROUND", (first_mark + j, i), (first_mark + j, i), PRESENT))
        if r.below_threshold:
            style.append(("BACKGROUND", (0, i), (1, i), FOLLOW_UP))
            style.append(("BACKGROUND", (-1, i), (-1, i), FOLLOW_UP))
    totals_row = len(data)
    data.append(
        [
            Paragraph(translate("AttendancePdf", "Läsnä yhteensä"), bold),
            "",
            *(str(t.present) for t in table.totals),
            str(table.present_total),
            format_percent(table.group_rate),
        ]
    )
    data.append(
        [
            Paragraph(translate("AttendancePdf", "Poissa / ilmoitettu"), cell),
            "",
            *(f"{t.absent} / {t.excused}" for t in table.totals),
            "",
            "",
        ]
    )
    style += [
        ("BACKGROUND", (0, totals_row), (-1, totals_row + 1), pdf.LIGHT),
        ("FONTNAME", (0, totals_row), (-1, totals_row), pdf.FONT_BOLD),
    ]
    n = len(table.sessions)
    page_width = landscape(A4)[0] - 2 * 14 * mm
    fixed = 22 * mm + 19 * mm * n + 22 * mm + 20 * mm
    name_width = max(40 * mm, page_width - fixed)
    widths = [name_width, 22 * mm, *([19 * mm] * n), 22 * mm, 20 * mm]
    grid = Table(data, colWidths=widths, style=TableStyle(style), repeatRows=1)
    story.append(grid)
    story.append(Spacer(1, 5 * mm))
    rate_text = format_percent(table.group_rate) or "–"
    story.append(
        Paragraph(
            pdf.escape(
                translate(
                    "AttendancePdf",
                    "Ryhmän osallistumisaste: {rate} merkityistä kerroista. "
                    "Seurantaraja: {threshold}.",
                ).format(rate=rate_text, threshold=format_percent(table.threshold))
            ),
            st["body"],
        )
    )
    follow = table.below_threshold
    if follow:
        names = ", ".join(f"{r.name} ({format_percent(r.rate)})" for r in follow)
        story.append(
            Paragraph(
                pdf.escape(
                    translate("AttendancePdf", "Soitetaan ja kysytään kuulumiset: {names}.").format(
                        names=names
                    )
                ),
                st["body"],
            )
        )
    else:
        story.append(
            Paragraph(
                translate(
                    "AttendancePdf", "Kukaan ryhmässä oleva ei ole seurantarajan alapuolella."
                ),
                st["body"],
            )
        )
    return pdf.build_pdf(
        path,
        story,
        title=title,
        subject=translate("AttendancePdf", "Läsnäolotaulukko"),
        pagesize=landscape(A4),
        footer=translate(
            "AttendancePdf", "{group} · läsnäolotaulukko · sisältää henkilötietoja"
        ).format(group=table.group_name),
        margins_mm=14,
    )
