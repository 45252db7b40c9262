"""The pooled feedback of individual work as an Excel workbook: one sheet of the pools (place,
year, forms, whether shown) and one of the shown pools' statements and open answers. A pool
that is not shown gives only its count, as on screen (voimaa.individual.feedback)."""

from __future__ import annotations

from pathlib import Path

from voimaa.export import xlsx
from voimaa.i18n import translate
from voimaa.individual.feedback import FeedbackPool


def write_period_feedback_xlsx(path: str | Path, pools: list[FeedbackPool]) -> Path:
    wb = xlsx.new_workbook(translate("PeriodFeedbackXlsx", "Yksilötyön palautteet"))
    ws = xlsx.first_sheet(wb)
    ws.title = translate("PeriodFeedbackXlsx", "Kooste")
    xlsx.write_header(
        ws,
        1,
        [
            translate("PeriodFeedbackXlsx", "Paikkakunta"),
            translate("PeriodFeedbackXlsx", "Vuosi"),
            translate("PeriodFeedbackXlsx", "Lomakkeita"),
            translate("PeriodFeedbackXlsx", "Näytetään"),
        ],
    )
    for row, pool in enumerate(pools, start=2):
        xlsx.set_text(ws, row, 1, pool.place or "–")
        xlsx.set_value(ws, row, 2, pool.year)
        xlsx.set_value(ws, row, 3, pool.responses)
        xlsx.set_text(
            ws, row, 4, translate("PeriodFeedbackXlsx", "kyllä") if pool.shown else pool.reason
        )
    xlsx.set_widths(ws, [24, 8, 12, 34])

    ws = wb.create_sheet(translate("PeriodFeedbackXlsx", "Vastaukset"))
    headers = [
        translate("PeriodFeedbackXlsx", "Paikkakunta"),
        translate("PeriodFeedbackXlsx", "Vuosi"),
        translate("PeriodFeedbackXlsx", "Väittämä tai kysymys"),
        "n",
        translate("PeriodFeedbackXlsx", "Keskiarvo"),
    ] + [str(n) for n in range(1, 6)]
    headers.append(translate("PeriodFeedbackXlsx", "Vastaus"))
    xlsx.write_header(ws, 1, headers)
    row = 2
    for pool in (p for p in pools if p.shown):
        for st in pool.statements:
            xlsx.set_text(ws, row, 1, pool.place or "–")
            xlsx.set_value(ws, row, 2, pool.year)
            xlsx.set_text(ws, row, 3, st.text)
            if st.counts is None:
                xlsx.set_text(ws, row, 4, "<3")
            else:
                xlsx.set_value(ws, row, 4, st.n)
                xlsx.set_value(ws, row, 5, st.mean, "0.0")
                for col, count in enumerate(st.counts, start=6):
                    xlsx.set_value(ws, row, col, count)
            row += 1
        for question, answers in pool.answers:
            for answer in answers:
                xlsx.set_text(ws, row, 1, pool.place or "–")
                xlsx.set_value(ws, row, 2, pool.year)
                xlsx.set_text(ws, row, 3, question)
                xlsx.set_text(ws, row, 11, answer)
                row += 1
    xlsx.set_widths(ws, [20, 8, 44, 6, 10, 5, 5, 5, 5, 5, 60])
    return xlsx.save_workbook(wb, path)
