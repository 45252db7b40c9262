"""The period summary PDF for the client and their own worker: the period and its phases, the
goals with a chart of their rating history, the meetings counted, the intensity of the first
six months, EUROHIS-8 before and after, and the outcome. Notes only when the worker chose them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from voimaa import labels, workbook
from voimaa.errors import NotFoundError
from voimaa.eurohis import ITEMS, short_label
from voimaa.export import pdf
from voimaa.formats import format_date, format_decimal
from voimaa.i18n import translate
from voimaa.individual import RATING_MAX, RATING_MIN, GoalInfo, PeriodSummary
from voimaa.models import RatingOccasion

GOAL_COLORS = ("#2f5d62", "#c0692b", "#6a4c93", "#2a7f3e", "#a23b5a")


def goal_chart(
    goals: Sequence[GoalInfo],
    start: date,
    end: date,
    *,
    width_mm: float = 170,
    height_mm: float = 70,
) -> Drawing:
    """Each goal's ratings (0–10) over time as a line with dots, numbered like the goal list."""
    pdf.register_fonts()
    width, height = width_mm * mm, height_mm * mm
    left, bottom, right, top = 12 * mm, 12 * mm, width - 4 * mm, height - 4 * mm
    drawing = Drawing(width, height)
    span = max((end - start).days, 1)

    def x(day: date) -> float:
        return left + (right - left) * min(max((day - start).days / span, 0.0), 1.0)

    def y(value: int) -> float:
        return bottom + (top - bottom) * (value - RATING_MIN) / (RATING_MAX - RATING_MIN)

    grey = colors.HexColor("#c9d1d2")
    for value in range(RATING_MIN, RATING_MAX + 1, 2):
        drawing.add(Line(left, y(value), right, y(value), strokeColor=grey, strokeWidth=0.4))
        drawing.add(
            String(
                left - 2 * mm,
                y(value) - 3,
                str(value),
                fontName=pdf.FONT,
                fontSize=8,
                textAnchor="end",
            )
        )
    below = bottom - 5 * mm
    drawing.add(
        String(
            x(start), below, format_date(start), fontName=pdf.FONT, fontSize=8, textAnchor="start"
        )
    )
    drawing.add(
        String(x(end), below, format_date(end), fontName=pdf.FONT, fontSize=8, textAnchor="end")
    )
    for i, goal in enumerate(goals):
        color = colors.HexColor(GOAL_COLORS[i % len(GOAL_COLORS)])
        points = [(x(r.rated_on), y(r.value)) for r in goal.ratings]
        if len(points) > 1:
            drawing.add(
                PolyLine([c for p in points for c in p], strokeColor=color, strokeWidth=1.6)
            )
        for px, py in points:
            drawing.add(
                Circle(px, py, 2.2, fillColor=color, strokeColor=colors.white, strokeWidth=0.6)
            )
        if points:
            px, py = points[-1]
            drawing.add(
                String(
                    px + 3,
                    py + 3,
                    str(goal.position),
                    fontName=pdf.FONT_BOLD,
                    fontSize=9,
                    fillColor=color,
                )
            )
    drawing.add(
        String(
            (left + right) / 2,
            1 * mm,
            translate("PeriodPdf", "0 = en ole vielä lähtenyt liikkeelle … 10 = olen perillä"),
            fontName=pdf.FONT,
            fontSize=8,
            textAnchor="middle",
        )
    )
    return drawing


def _p(text: str, style: str = "body") -> Paragraph:
    return Paragraph(pdf.escape(text), pdf.styles()[style])


def _table(rows: Sequence[Sequence[Any]], widths: Sequence[float], *, header: bool = True) -> Table:
    st = pdf.styles()
    data = [
        [
            c
            if isinstance(c, Flowable)
            else Paragraph(pdf.escape(str(c)), st["table_bold" if header and r == 0 else "table"])
            for c in row
        ]
        for r, row in enumerate(rows)
    ]
    table = Table(
        data, colWidths=[w * mm for w in widths], repeatRows=1 if header else 0, hAlign="LEFT"
    )
    commands: list[Any] = [
        ("GRID", (0, 0), (-1, -1), 0.4, pdf.LINE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), pdf.LIGHT))
    table.setStyle(TableStyle(commands))
    return table


def _value(v: int | None) -> str:
    return "–" if v is None else str(v)


def _facts(summary: PeriodSummary) -> list[list[str]]:
    p = summary.period
    decision = " · ".join(
        x
        for x in (
            format_date(p.decision_date),
            p.decision_reference,
            translate("PeriodPdf", "voimassa {date} asti").format(date=format_date(p.decided_until))
            if p.decided_until
            else "",
        )
        if x
    )
    rows = [
        [translate("PeriodPdf", "Asiakkaan koodi"), p.code],
        [translate("PeriodPdf", "Omatyöntekijä"), p.own_worker or "–"],
        [translate("PeriodPdf", "Paikkakunta"), p.place or "–"],
        [translate("PeriodPdf", "Päätös sosiaalisesta kuntoutuksesta"), decision or "–"],
        [translate("PeriodPdf", "Aloitusvaihe alkoi"), format_date(p.start_date)],
        [translate("PeriodPdf", "Työskentelyvaihe alkoi"), format_date(p.work_phase_date) or "–"],
        [translate("PeriodPdf", "Päätösvaihe alkoi"), format_date(p.closing_phase_date) or "–"],
        [translate("PeriodPdf", "Jakso päättyi"), format_date(p.end_date) or "–"],
        [translate("PeriodPdf", "Vaihe nyt"), labels.work_phase(summary.phase)],
    ]
    outcome = p.outcome
    if outcome is not None:
        step = labels.next_step(outcome.next_step)
        if outcome.next_step_detail:
            step += f" ({outcome.next_step_detail})"
        rows += [
            [translate("PeriodPdf", "Tulos"), labels.goals_met(outcome.goals_met)],
            [translate("PeriodPdf", "Jatko"), step],
        ]
    return rows


def _goals_part(summary: PeriodSummary) -> list[Flowable]:
    story: list[Flowable] = [_p(translate("PeriodPdf", "Tavoitteet"), "h2")]
    if not summary.goals:
        return [*story, _p(translate("PeriodPdf", "Tavoitteita ei ole vielä kirjattu."))]
    rows: list[list[Any]] = [
        [
            "#",
            translate("PeriodPdf", "Tavoite asiakkaan omin sanoin"),
            translate("PeriodPdf", "Alussa"),
            translate("PeriodPdf", "Arvioinnit"),
            translate("PeriodPdf", "Lopussa"),
        ]
    ]
    for g in summary.goals:
        reviews = ", ".join(str(r.value) for r in g.ratings if r.occasion == RatingOccasion.REVIEW)
        rows.append(
            [
                str(g.position),
                g.text + (" ✓" if g.met else ""),
                _value(g.start),
                reviews or "–",
                _value(g.end),
            ]
        )
    story.append(_table(rows, [8, 92, 18, 26, 22]))
    story.append(
        _p(
            translate(
                "PeriodPdf",
                "Asteikko 0–10: kuinka lähellä tavoitetta olen. ✓ = tavoite saavutettu "
                "(viimeisin arvio vähintään 8). Saavutettu {met} / {rated} arvioidusta.",
            ).format(met=summary.goals_met, rated=summary.goals_rated),
            "small",
        )
    )
    if any(g.ratings for g in summary.goals):
        end = summary.period.end_date or summary.today
        last = max((r.rated_on for g in summary.goals for r in g.ratings), default=end)
        story += [
            Spacer(1, 2 * mm),
            goal_chart(summary.goals, summary.period.start_date, max(end, last)),
        ]
    return story


def _meetings_part(summary: PeriodSummary) -> list[Flowable]:
    hours = format_decimal(summary.minutes_total / 60, 1)
    story: list[Flowable] = [
        _p(translate("PeriodPdf", "Tapaamiset"), "h2"),
        _p(
            translate("PeriodPdf", "Tapaamisia {n}, yhteensä {hours} tuntia.").format(
                n=len(summary.meetings), hours=hours
            )
        ),
    ]
    if summary.by_place:
        story.append(
            _p(
                translate("PeriodPdf", "Paikka: {places}").format(
                    places=", ".join(
                        f"{labels.meeting_place(pl)} {n}" for pl, n in summary.by_place
                    )
                )
            )
        )
    if summary.by_topic:
        story.append(
            _p(
                translate("PeriodPdf", "Työstetty: {topics}").format(
                    topics=", ".join(f"{t} ({n})" for t, n in summary.by_topic)
                )
            )
        )
    if summary.chapters:
        titles = []
        for key in summary.chapters:
            try:
                titles.append(workbook.chapter(key).title)
            except NotFoundError:
                titles.append(key)
        story.append(
            _p(
                translate("PeriodPdf", "Työkirjan luvut: {chapters}").format(
                    chapters=", ".join(titles)
                )
            )
        )
    months = summary.intensity.months
    if months:
        rows: list[list[Any]] = [
            [
                translate("PeriodPdf", "Kuukausi"),
                translate("PeriodPdf", "Ajalla"),
                translate("PeriodPdf", "Tapaamisia"),
            ]
        ]
        for m in months:
            rows.append(
                [
                    str(m.number),
                    f"{format_date(m.first_day)}–{format_date(m.last_day)}",
                    str(m.meetings),
                ]
            )
        per_month = summary.intensity.per_month
        story += [
            _p(translate("PeriodPdf", "Tiivis tuki: ensimmäiset kuusi kuukautta"), "h2"),
            _table(rows, [26, 60, 30]),
            _p(
                translate("PeriodPdf", "Keskimäärin {n} tapaamista kuukaudessa.").format(
                    n=format_decimal(per_month, 1)
                ),
                "small",
            ),
        ]
    return story


def _eurohis_part(summary: PeriodSummary) -> list[Flowable]:
    e = summary.eurohis
    story: list[Flowable] = [_p(translate("PeriodPdf", "Elämänlaatu (EUROHIS-8)"), "h2")]
    if e.before is None and e.after is None:
        return [*story, _p(translate("PeriodPdf", "EUROHIS-8-lomakkeita ei ole tallennettu."))]
    rows: list[list[Any]] = [
        [
            translate("PeriodPdf", "Kysymys"),
            translate("PeriodPdf", "Alussa"),
            translate("PeriodPdf", "Lopussa"),
        ]
    ]
    for i, item in enumerate(ITEMS):
        rows.append(
            [
                short_label(item),
                _value(e.before.answers[i] if e.before else None),
                _value(e.after.answers[i] if e.after else None),
            ]
        )

    def mean(form: Any) -> str:
        if form is None or form.score is None:
            return "–"
        return f"{format_decimal(form.score.mean)} ({format_decimal(form.score.total, 0)} / 40)"

    rows.append([translate("PeriodPdf", "Keskiarvo (summa)"), mean(e.before), mean(e.after)])
    story.append(_table(rows, [70, 45, 45]))
    if e.change is not None:
        text = translate("PeriodPdf", "Muutos {change} (asteikko 1–5).").format(
            change=("+" if e.change > 0 else "") + format_decimal(e.change)
        )
        if e.reliable is not None:
            text += " " + (
                translate("PeriodPdf", "Muutos on luotettava (|RCI| > 1,96).")
                if e.reliable
                else translate("PeriodPdf", "Muutos ei ylitä luotettavan muutoksen rajaa.")
            )
        story.append(_p(text, "small"))
    return story


def _notes_part(summary: PeriodSummary) -> list[Flowable]:
    rows: list[list[Any]] = [
        [translate("PeriodPdf", "Päivä"), translate("PeriodPdf", "Muistiinpano")]
    ]
    for m in summary.meetings:
        if m.note:
            rows.append([format_date(m.held_on), m.note])
    for r in summary.reviews:
        if r.note:
            rows.append(
                [
                    format_date(r.held_on),
                    translate("PeriodPdf", "Arviointipalaveri: {note}").format(note=r.note),
                ]
            )
    story: list[Flowable] = [_p(translate("PeriodPdf", "Muistiinpanot"), "h2")]
    if len(rows) == 1:
        return [*story, _p(translate("PeriodPdf", "Muistiinpanoja ei ole."))]
    return [*story, _table(rows, [28, 140])]


def write_period_pdf(path: str | Path, summary: PeriodSummary) -> Path:
    p = summary.period
    title = translate("PeriodPdf", "Yksilötyön jakso – {name}").format(name=p.name)
    story: list[Flowable] = [
        _p(title, "h1"),
        _p(
            translate("PeriodPdf", "Jakso {ref} · tulostettu {date}").format(
                ref=p.ref, date=format_date(summary.today)
            ),
            "small",
        ),
        Spacer(1, 3 * mm),
        _table(_facts(summary), [70, 100], header=False),
        Spacer(1, 2 * mm),
        *_goals_part(summary),
        *_meetings_part(summary),
        KeepTogether(_eurohis_part(summary)),
    ]
    if summary.include_notes:
        story += _notes_part(summary)
    return pdf.build_pdf(
        path,
        story,
        title=title,
        subject=translate("PeriodPdf", "Yksilötyön jakson yhteenveto"),
        footer=translate("PeriodPdf", "{code} · yksilötyön jakso").format(code=p.code),
    )
