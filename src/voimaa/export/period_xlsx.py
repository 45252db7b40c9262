"""The period summary as an Excel workbook for the own worker: the period, the goals with every
rating, the meetings (notes only when chosen), the first six months and EUROHIS-8."""

from __future__ import annotations

from pathlib import Path

from voimaa import labels
from voimaa.eurohis import ITEMS, short_label
from voimaa.export import xlsx
from voimaa.i18n import translate
from voimaa.individual import PeriodSummary


def write_period_xlsx(path: str | Path, summary: PeriodSummary) -> Path:
    p = summary.period
    wb = xlsx.new_workbook(translate("PeriodXlsx", "Yksilötyön jakso {ref}").format(ref=p.ref))

    ws = xlsx.first_sheet(wb)
    ws.title = translate("PeriodXlsx", "Jakso")
    facts: list[tuple[str, object]] = [
        (translate("PeriodXlsx", "Asiakas"), p.name),
        (translate("PeriodXlsx", "Koodi"), p.code),
        (translate("PeriodXlsx", "Jakso"), p.number),
        (translate("PeriodXlsx", "Omatyöntekijä"), p.own_worker),
        (translate("PeriodXlsx", "Paikkakunta"), p.place),
        (translate("PeriodXlsx", "Päätöspäivä"), p.decision_date),
        (translate("PeriodXlsx", "Päätöksen numero"), p.decision_reference),
        (translate("PeriodXlsx", "Päätös voimassa asti"), p.decided_until),
        (translate("PeriodXlsx", "Aloitusvaihe alkoi"), p.start_date),
        (translate("PeriodXlsx", "Työskentelyvaihe alkoi"), p.work_phase_date),
        (translate("PeriodXlsx", "Päätösvaihe alkoi"), p.closing_phase_date),
        (translate("PeriodXlsx", "Jakso päättyi"), p.end_date),
        (translate("PeriodXlsx", "Vaihe"), labels.work_phase(summary.phase)),
        (
            translate("PeriodXlsx", "Tulos"),
            labels.goals_met(p.goals_met) if p.goals_met else "",
        ),
        (translate("PeriodXlsx", "Jatko"), labels.next_step(p.next_step) if p.next_step else ""),
        (translate("PeriodXlsx", "Jatko tarkemmin"), p.next_step_detail),
        (translate("PeriodXlsx", "Tapaamisia"), len(summary.meetings)),
        (translate("PeriodXlsx", "Tapaamisten minuutit"), summary.minutes_total),
        (translate("PeriodXlsx", "Tavoitteita saavutettu"), summary.goals_met),
        (translate("PeriodXlsx", "Tavoitteita arvioitu"), summary.goals_rated),
    ]
    for row, (label, value) in enumerate(facts, start=1):
        xlsx.set_text(ws, row, 1, label).font = xlsx.TOTAL_FONT
        xlsx.set_value(ws, row, 2, value)
    xlsx.set_widths(ws, [30, 40])

    ws = wb.create_sheet(translate("PeriodXlsx", "Tavoitteet"))
    xlsx.write_header(
        ws,
        1,
        [
            "#",
            translate("PeriodXlsx", "Tavoite"),
            translate("PeriodXlsx", "Milloin"),
            translate("PeriodXlsx", "Päivä"),
            translate("PeriodXlsx", "Arvio 0–10"),
            translate("PeriodXlsx", "Saavutettu"),
        ],
    )
    row = 2
    for g in summary.goals:
        for r in g.ratings or ():
            xlsx.set_value(ws, row, 1, g.position)
            xlsx.set_text(ws, row, 2, g.text)
            xlsx.set_text(ws, row, 3, labels.rating_occasion(r.occasion))
            xlsx.set_value(ws, row, 4, r.rated_on)
            xlsx.set_value(ws, row, 5, r.value)
            xlsx.set_text(ws, row, 6, translate("PeriodXlsx", "kyllä") if g.met else "")
            row += 1
        if not g.ratings:
            xlsx.set_value(ws, row, 1, g.position)
            xlsx.set_text(ws, row, 2, g.text)
            row += 1
    xlsx.set_widths(ws, [5, 50, 22, 12, 12, 12])

    ws = wb.create_sheet(translate("PeriodXlsx", "Tapaamiset"))
    headers = [
        translate("PeriodXlsx", "Päivä"),
        translate("PeriodXlsx", "Minuutit"),
        translate("PeriodXlsx", "Paikka"),
        translate("PeriodXlsx", "Aiheet"),
        translate("PeriodXlsx", "Työkirjan luvut"),
    ]
    if summary.include_notes:
        headers.append(translate("PeriodXlsx", "Muistiinpano"))
    xlsx.write_header(ws, 1, headers)
    for row, m in enumerate(summary.meetings, start=2):
        xlsx.set_value(ws, row, 1, m.held_on)
        xlsx.set_value(ws, row, 2, m.minutes)
        xlsx.set_text(ws, row, 3, labels.meeting_place(m.place))
        xlsx.set_text(ws, row, 4, ", ".join(m.topics))
        xlsx.set_text(ws, row, 5, ", ".join(m.chapters))
        if summary.include_notes:
            xlsx.set_text(ws, row, 6, m.note)
    xlsx.set_widths(ws, [12, 10, 22, 45, 25, 60][: len(headers)])

    ws = wb.create_sheet(translate("PeriodXlsx", "Kuusi kuukautta"))
    xlsx.write_header(
        ws,
        1,
        [
            translate("PeriodXlsx", "Kuukausi"),
            translate("PeriodXlsx", "Alkaa"),
            translate("PeriodXlsx", "Päättyy"),
            translate("PeriodXlsx", "Tapaamisia"),
        ],
    )
    for row, month in enumerate(summary.intensity.months, start=2):
        xlsx.set_value(ws, row, 1, month.number)
        xlsx.set_value(ws, row, 2, month.first_day)
        xlsx.set_value(ws, row, 3, month.last_day)
        xlsx.set_value(ws, row, 4, month.meetings)
    xlsx.set_widths(ws, [12, 12, 12, 12])

    ws = wb.create_sheet(translate("PeriodXlsx", "EUROHIS-8"))
    xlsx.write_header(
        ws,
        1,
        [
            translate("PeriodXlsx", "Kysymys"),
            translate("PeriodXlsx", "Alussa"),
            translate("PeriodXlsx", "Lopussa"),
        ],
    )
    e = summary.eurohis
    for i, item in enumerate(ITEMS):
        xlsx.set_text(ws, i + 2, 1, short_label(item))
        xlsx.set_value(ws, i + 2, 2, e.before.answers[i] if e.before else None)
        xlsx.set_value(ws, i + 2, 3, e.after.answers[i] if e.after else None)
    total = len(ITEMS) + 2
    xlsx.set_text(ws, total, 1, translate("PeriodXlsx", "Keskiarvo"))
    for col, form in ((2, e.before), (3, e.after)):
        if form is not None and form.score is not None:
            xlsx.set_value(ws, total, col, form.score.mean, xlsx.DECIMAL_FORMAT)
    xlsx.style_total_row(ws, total, 3)
    if e.change is not None:
        xlsx.set_text(ws, total + 1, 1, translate("PeriodXlsx", "Muutos"))
        xlsx.set_value(ws, total + 1, 2, e.change, xlsx.DECIMAL_FORMAT)
    xlsx.set_widths(ws, [28, 12, 12])
    return xlsx.save_workbook(wb, path)
