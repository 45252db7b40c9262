"""The leader pair's group report as an A4 PDF: the group, sessions held, attendance,
EUROHIS-8 before/after with a chart, feedback and budget. Names only when the leaders chose them.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from voimaa import attendance, eurohis, labels
from voimaa.export import pdf
from voimaa.formats import (
    format_date,
    format_decimal,
    format_money,
    format_percent,
    format_signed,
)
from voimaa.i18n import translate
from voimaa.models import ParticipantStatus

if TYPE_CHECKING:
    from voimaa.reports import GroupReport

BEFORE_COLOR = colors.HexColor("#9fb8ba")
AFTER_COLOR = colors.HexColor("#2f5d62")


def item_chart(
    labels: Sequence[str],
    before: Sequence[float | None],
    after: Sequence[float | None],
    *,
    width_mm: float = 170,
    height_mm: float = 75,
) -> Drawing:
    """A bar chart of before/after means per EUROHIS-8 item (scale 1–5); a hidden or missing
    value is drawn as no bar."""
    pdf.register_fonts()
    width, height = width_mm * mm, height_mm * mm
    drawing = Drawing(width, height)
    # reportlab's stubs type chart and legend positions as int; they are points (float).
    chart = VerticalBarChart()
    chart.x = 14 * mm  # type: ignore[assignment]
    chart.y = 14 * mm  # type: ignore[assignment]
    chart.width = width - 20 * mm  # type: ignore[assignment]
    chart.height = height - 26 * mm  # type: ignore[assignment]
    chart.data = [
        [v if v is not None else 0 for v in before],
        [v if v is not None else 0 for v in after],
    ]
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = 5
    chart.valueAxis.valueStep = 1
    chart.valueAxis.labels.fontName = pdf.FONT
    chart.valueAxis.labels.fontSize = 9
    chart.categoryAxis.categoryNames = list(labels)
    chart.categoryAxis.labels.fontName = pdf.FONT
    chart.categoryAxis.labels.fontSize = 9
    chart.bars[0].fillColor = BEFORE_COLOR
    chart.bars[1].fillColor = AFTER_COLOR
    chart.bars.strokeColor = None
    chart.groupSpacing = 6
    chart.barSpacing = 1
    drawing.add(chart)
    legend = Legend()
    legend.x = 16 * mm  # type: ignore[assignment]
    legend.y = height - 4 * mm  # type: ignore[assignment]
    legend.fontName = pdf.FONT
    legend.fontSize = 9
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.dx = legend.dy = 8
    legend.deltax = 70
    legend.colorNamePairs = [
        (BEFORE_COLOR, translate("GroupReportPdf", "alussa (keskiarvo)")),
        (AFTER_COLOR, translate("GroupReportPdf", "lopussa (keskiarvo)")),
    ]
    drawing.add(legend)
    drawing.add(
        String(
            chart.x + chart.width / 2,
            3 * mm,
            translate("GroupReportPdf", "EUROHIS-8-kysymys (1 = huonoin … 5 = paras)"),
            fontName=pdf.FONT,
            fontSize=9,
            textAnchor="middle",
        )
    )
    return drawing


def _p(text: str, style: str = "body") -> Paragraph:
    return Paragraph(pdf.escape(text), pdf.styles()[style])


def _table(
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *,
    total_row: bool = False,
    align_right_from: int | None = None,
) -> Table:
    st = pdf.styles()
    data = [
        [
            c
            if isinstance(c, Flowable)
            else Paragraph(pdf.escape(str(c)), st["table_bold" if r == 0 else "table"])
            for c in row
        ]
        for r, row in enumerate(rows)
    ]
    table = Table(data, colWidths=[w * mm for w in widths], repeatRows=1)
    commands: list[Any] = [
        ("BACKGROUND", (0, 0), (-1, 0), pdf.LIGHT),
        ("GRID", (0, 0), (-1, -1), 0.4, pdf.LINE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if total_row:
        commands.append(("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#f3f6f6")))
    table.setStyle(TableStyle(commands))
    return table


def _dec(value: float | None) -> str:
    return "–" if value is None else format_decimal(value)


def _signed(value: float | None) -> str:
    if value is None:
        return "–"
    return format_signed(value)


def _percent(value: float | None) -> str:
    return "–" if value is None else format_percent(value)


def _group_part(report: GroupReport) -> list[Flowable]:
    dates = " – ".join(
        x for x in (format_date(report.start_date), format_date(report.end_date)) if x
    )
    rows = [
        [translate("GroupReportPdf", "Ryhmä"), report.name],
        [translate("GroupReportPdf", "Paikkakunta"), report.place or "–"],
        [translate("GroupReportPdf", "Toteutus"), report.mode_label],
        [translate("GroupReportPdf", "Ajankohta"), dates or "–"],
        [translate("GroupReportPdf", "Ohjaajat"), "; ".join(report.leaders) or "–"],
        [
            translate("GroupReportPdf", "Kertoja pidetty"),
            translate("GroupReportPdf", "{held} / {all}").format(
                held=len(report.held_sessions), all=len(report.sessions)
            ),
        ],
        [
            translate("GroupReportPdf", "Osallistujia"),
            translate("GroupReportPdf", "{n} (joista lopettanut {left})").format(
                n=len(report.participants),
                left=sum(1 for p in report.participants if p.status == ParticipantStatus.LEFT),
            ),
        ],
        [translate("GroupReportPdf", "Läsnäolo koko ryhmässä"), _percent(report.group_rate)],
    ]
    table = Table(
        [[_p(a, "table_bold"), _p(b, "table")] for a, b in rows], colWidths=[50 * mm, 124 * mm]
    )
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, pdf.LINE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return [table]


def _sessions_part(report: GroupReport) -> list[Flowable]:
    rows: list[list[Any]] = [
        [
            translate("GroupReportPdf", "Kerta"),
            translate("GroupReportPdf", "Päivä"),
            translate("GroupReportPdf", "Aihe"),
            translate("GroupReportPdf", "Asiantuntijat"),
            translate("GroupReportPdf", "Läsnä"),
        ]
    ]
    for s in report.sessions:
        rows.append(
            [
                str(s.number),
                format_date(s.date),
                s.topic,
                ", ".join(s.experts) or "–",
                str(s.present) if s.held else translate("GroupReportPdf", "ei pidetty"),
            ]
        )
    return [
        _p(translate("GroupReportPdf", "Kerrat ja aiheet"), "h1"),
        _table(rows, [17, 26, 54, 55, 22]),
    ]


def _attendance_part(report: GroupReport) -> list[Flowable]:
    numbers = [s.number for s in report.sessions]
    who = (
        translate("GroupReportPdf", "Osallistuja")
        if report.include_names
        else translate("GroupReportPdf", "Koodi")
    )
    rows: list[list[Any]] = [
        [who, *[str(n) for n in numbers], translate("GroupReportPdf", "Läsnä"), "%"]
    ]
    for p in report.participants:
        label = p.label + (f" – {p.status_label}" if p.status == ParticipantStatus.LEFT else "")
        rows.append(
            [
                label,
                *[attendance.STATUS_LETTERS[m] if m else "" for m in p.marks],
                f"{p.present}/{p.marked}",
                _percent(p.rate),
            ]
        )
    rows.append(
        [
            translate("GroupReportPdf", "Läsnä yhteensä"),
            *[str(s.present) if s.held else "" for s in report.sessions],
            str(sum(s.present for s in report.sessions)),
            _percent(report.group_rate),
        ]
    )
    first = 52 if report.include_names else 36
    rest = (174 - first - 18 - 18) / max(len(numbers), 1)
    return [
        _p(translate("GroupReportPdf", "Läsnäolo"), "h1"),
        _table(rows, [first, *[rest] * len(numbers), 18, 18], total_row=True),
        Spacer(1, 2 * mm),
        _p(
            translate(
                "GroupReportPdf",
                "L = läsnä, P = poissa, I = ilmoitettu poissaolo. Läsnäolo-% = läsnä / merkityt "
                "kerrat.",
            ),
            "small",
        ),
    ]


def _eurohis_part(report: GroupReport) -> list[Flowable]:
    change = report.eurohis
    story: list[Flowable] = [
        _p(translate("GroupReportPdf", "EUROHIS-8: alku- ja loppumittaus"), "h1")
    ]
    for line in report.eurohis_lines:
        story.append(_p(line, "table"))
    story.append(Spacer(1, 3 * mm))
    story.append(
        KeepTogether(
            [
                _p(translate("GroupReportPdf", "Keskiarvot kysymyksittäin (parit)"), "h2"),
                item_chart(
                    [str(i.item.number) for i in change.items],
                    [i.before_mean for i in change.items],
                    [i.after_mean for i in change.items],
                ),
            ]
        )
    )
    rows: list[list[Any]] = [
        [
            translate("GroupReportPdf", "Kysymys"),
            translate("GroupReportPdf", "Alussa"),
            translate("GroupReportPdf", "Lopussa"),
            translate("GroupReportPdf", "Muutos"),
            translate("GroupReportPdf", "n"),
        ]
    ]
    for i in change.items:
        rows.append(
            [
                f"{i.item.number}. {i.item.text}",
                _dec(i.before_mean),
                _dec(i.after_mean),
                _signed(i.change),
                str(i.n),
            ]
        )
    rows.append(
        [
            translate("GroupReportPdf", "Koko mittari"),
            _dec(change.before_mean),
            _dec(change.after_mean),
            _signed(change.mean_change),
            str(change.n_pairs),
        ]
    )
    story.append(_table(rows, [90, 21, 23, 22, 18], total_row=True))
    who = (
        translate("GroupReportPdf", "Osallistuja")
        if report.include_names
        else translate("GroupReportPdf", "Koodi")
    )
    rows = [
        [
            who,
            translate("GroupReportPdf", "Alussa"),
            translate("GroupReportPdf", "Lopussa"),
            translate("GroupReportPdf", "Muutos"),
            translate("GroupReportPdf", "RCI"),
            translate("GroupReportPdf", "Tilanne"),
        ]
    ]
    for pc in change.participants:
        status = eurohis.participant_note(pc, allow_prorated=change.allow_prorated)
        if pc.reliable:
            status = translate("GroupReportPdf", "luotettava muutos")
        rows.append(
            [
                report.eurohis_label(pc.code),
                _dec(pc.before_mean),
                _dec(pc.after_mean),
                _signed(pc.change),
                _signed(pc.rci),
                status,
            ]
        )
    story += [
        _p(translate("GroupReportPdf", "Henkilöittäin (keskiarvo 1–5)"), "h2"),
        _table(
            rows,
            [
                54 if report.include_names else 30,
                21,
                23,
                21,
                21,
                34 if report.include_names else 58,
            ],
        ),
    ]
    story.append(Spacer(1, 3 * mm))
    story.append(_p(translate("GroupReportPdf", "Mitä luvut kertovat"), "h2"))
    story.append(_p(" ".join(eurohis.plain_summary(change))))
    story.append(_p(eurohis.help_title(), "h2"))
    for term in eurohis.explanations():
        story.append(
            Paragraph(
                f"<b>{pdf.escape(term.term)}</b>: {pdf.escape(term.meaning)}",
                pdf.styles()["body"],
            )
        )
    return story


def _feedback_part(report: GroupReport) -> list[Flowable]:
    fb = report.feedback
    story: list[Flowable] = [
        _p(translate("GroupReportPdf", "Palaute"), "h1"),
        _p(
            translate("GroupReportPdf", "Palautteita {n}. Asteikko 1 = {low} … 5 = {high}.").format(
                n=fb.responses, low=fb.form.scale[0].lower(), high=fb.form.scale[-1].lower()
            ),
            "table",
        ),
        Spacer(1, 2 * mm),
    ]
    rows: list[list[Any]] = [
        [
            translate("GroupReportPdf", "Väittämä"),
            translate("GroupReportPdf", "Ka"),
            "1",
            "2",
            "3",
            "4",
            "5",
            translate("GroupReportPdf", "Ei vast."),
        ]
    ]
    for st in fb.statements:
        no_answer = fb.responses - st.n
        rows.append([st.text, _dec(st.mean), *[str(c) for c in st.counts], str(no_answer)])
    story.append(_table(rows, [90, 14, 10, 10, 10, 10, 10, 16]))
    story.append(_p(labels.no_answer_note(), "table"))
    for q in fb.questions:
        if not q.answers:
            continue
        story.append(_p(q.question.text, "h2"))
        for text in q.answers:
            story.append(_p(f"– {text}", "table"))
    return story


def _budget_part(report: GroupReport) -> list[Flowable]:
    money = report.budget
    rows: list[list[Any]] = [
        [
            translate("GroupReportPdf", "Luokka"),
            translate("GroupReportPdf", "Suunniteltu"),
            translate("GroupReportPdf", "Toteutunut"),
            translate("GroupReportPdf", "Erotus"),
        ]
    ]
    for c in money.categories:
        rows.append(
            [
                c.name,
                format_money(c.planned_cents),
                format_money(c.actual_cents),
                format_money(c.difference_cents),
            ]
        )
    rows.append(
        [
            translate("GroupReportPdf", "Yhteensä"),
            format_money(money.planned_total_cents),
            format_money(money.actual_total_cents),
            format_money(money.actual_total_cents - money.planned_total_cents),
        ]
    )
    return [
        _p(translate("GroupReportPdf", "Budjetti: suunniteltu ja toteutunut"), "h1"),
        _table(rows, [74, 33, 33, 34], total_row=True),
        Spacer(1, 2 * mm),
        _p(
            translate("GroupReportPdf", "Budjettiraja {limit} · jäljellä {left}").format(
                limit=format_money(money.limit_cents), left=format_money(money.remaining_cents)
            ),
            "table",
        ),
    ]


def write_group_report_pdf(path: str | Path, report: GroupReport) -> Path:
    """Write the leader pair's group report (A4, page numbers) atomically."""
    title = translate("GroupReportPdf", "Ryhmän raportti – {name}").format(name=report.name)
    story: list[Flowable] = [
        _p(translate("GroupReportPdf", "Ryhmän raportti"), "title"),
        _p(report.name, "subtitle"),
        _p(translate("GroupReportPdf", "Tehty {d}").format(d=format_date(report.made_on)), "small"),
        Spacer(1, 4 * mm),
        *_group_part(report),
        *_sessions_part(report),
        *_attendance_part(report),
        *_eurohis_part(report),
        *_feedback_part(report),
        *_budget_part(report),
    ]
    if not report.include_names:
        story += [
            Spacer(1, 6 * mm),
            _p(translate("GroupReportPdf", "Osallistujat näkyvät raportissa koodeina."), "small"),
        ]
    return pdf.build_pdf(
        path,
        story,
        title=title,
        footer=translate("GroupReportPdf", "Voimaa · ryhmän raportti · {name}").format(
            name=report.name
        ),
    )
