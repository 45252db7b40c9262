"""The budget summary as a PDF: limit, totals per category, planned vs actual, and the lines."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from voimaa.budget import BudgetSummary
from voimaa.export import pdf
from voimaa.formats import format_date, format_money
from voimaa.i18n import translate

OVER = colors.HexColor("#9c2f1f")


def _table_style(extra: list[tuple] | None = None) -> TableStyle:
    return TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), pdf.FONT),
            ("FONTSIZE", (0, 0), (-1, -1), 10.5),
            ("FONTNAME", (0, 0), (-1, 0), pdf.FONT_BOLD),
            ("BACKGROUND", (0, 0), (-1, 0), pdf.LIGHT),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, pdf.ACCENT),
            ("LINEBELOW", (0, 1), (-1, -1), 0.3, pdf.LINE),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            *(extra or []),
        ]
    )


def write_budget_pdf(path: str | Path, summary: BudgetSummary) -> Path:
    st = pdf.styles()
    cell = st["table"]
    title = translate("BudgetPdf", "Budjetti – {group}").format(group=summary.group_name)
    story: list = [
        Paragraph(pdf.escape(title), st["h1"]),
        Paragraph(
            pdf.escape(
                " · ".join(
                    p
                    for p in (
                        summary.place,
                        translate("BudgetPdf", "Tulostettu {date}").format(
                            date=format_date(summary.today)
                        ),
                    )
                    if p
                )
            ),
            st["small"],
        ),
        Spacer(1, 4 * mm),
    ]
    key_figures = [
        [translate("BudgetPdf", "Budjetti (myönnetty)"), format_money(summary.limit_cents)],
        [translate("BudgetPdf", "Suunniteltu yhteensä"), format_money(summary.planned_total_cents)],
        [translate("BudgetPdf", "Toteutunut yhteensä"), format_money(summary.actual_total_cents)],
        [
            translate("BudgetPdf", "Jäljellä (budjetti − toteutunut)"),
            format_money(summary.remaining_cents),
        ],
    ]
    figures = Table(
        key_figures,
        colWidths=[80 * mm, 40 * mm],
        style=TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), pdf.FONT),
                ("FONTSIZE", (0, 0), (-1, -1), 12),
                ("LEADING", (0, 0), (-1, -1), 16),
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                ("FONTNAME", (0, 3), (-1, 3), pdf.FONT_BOLD),
                ("LINEABOVE", (0, 3), (-1, 3), 0.8, pdf.ACCENT),
                *([("TEXTCOLOR", (1, 3), (1, 3), OVER)] if summary.remaining_cents < 0 else []),
            ]
        ),
        hAlign="LEFT",
    )
    story += [figures, Spacer(1, 4 * mm), Paragraph(translate("BudgetPdf", "Luokittain"), st["h2"])]
    rows: list[list] = [
        [
            translate("BudgetPdf", "Luokka"),
            translate("BudgetPdf", "Suunniteltu"),
            translate("BudgetPdf", "Toteutunut"),
            translate("BudgetPdf", "Erotus"),
        ]
    ]
    for cat in summary.categories:
        rows.append(
            [
                Paragraph(pdf.escape(cat.name), cell),
                format_money(cat.planned_cents),
                format_money(cat.actual_cents),
                format_money(cat.difference_cents),
            ]
        )
    rows.append(
        [
            Paragraph("<b>{}</b>".format(translate("BudgetPdf", "Yhteensä")), cell),
            format_money(summary.planned_total_cents),
            format_money(summary.actual_total_cents),
            format_money(summary.actual_total_cents - summary.planned_total_cents),
        ]
    )
    story.append(
        Table(
            rows,
            colWidths=[70 * mm, 34 * mm, 34 * mm, 34 * mm],
            style=_table_style(
                [
                    ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                    ("FONTNAME", (0, -1), (-1, -1), pdf.FONT_BOLD),
                    ("BACKGROUND", (0, -1), (-1, -1), pdf.LIGHT),
                ]
            ),
            hAlign="LEFT",
            repeatRows=1,
        )
    )
    story.append(Spacer(1, 1.5 * mm))
    story.append(
        Paragraph(
            translate(
                "BudgetPdf",
                "Erotus = toteutunut − suunniteltu; miinus tarkoittaa, että rahaa kului "
                "suunniteltua vähemmän.",
            ),
            st["small"],
        )
    )
    story += [Spacer(1, 4 * mm), Paragraph(translate("BudgetPdf", "Rivit"), st["h2"])]
    lines: list[list] = [
        [
            translate("BudgetPdf", "Pvm"),
            translate("BudgetPdf", "Kuvaus"),
            translate("BudgetPdf", "Kerta"),
            translate("BudgetPdf", "Suunn."),
            translate("BudgetPdf", "Toteut."),
            translate("BudgetPdf", "Tosite"),
        ]
    ]
    for line in summary.lines:
        text = pdf.escape(line.description)
        if line.category_name:
            text += f"<br/><font size=8.5 color='#555555'>{pdf.escape(line.category_name)}"
            if line.paid_by:
                text += " · " + translate("BudgetPdf", "maksaja: {name}").format(
                    name=pdf.escape(line.paid_by)
                )
            text += "</font>"
        lines.append(
            [
                format_date(line.date),
                Paragraph(text, cell),
                "" if line.session_number is None else str(line.session_number),
                format_money(line.planned_cents),
                format_money(line.actual_cents),
                Paragraph(pdf.escape(line.receipt_ref), cell),
            ]
        )
    if len(lines) == 1:
        story.append(
            Paragraph(translate("BudgetPdf", "Budjetissa ei ole vielä rivejä."), st["body"])
        )
    else:
        story.append(
            Table(
                lines,
                colWidths=[24 * mm, 64 * mm, 13 * mm, 24 * mm, 24 * mm, 25 * mm],
                style=_table_style(
                    [("ALIGN", (2, 0), (4, -1), "RIGHT"), ("VALIGN", (0, 1), (-1, -1), "TOP")]
                ),
                hAlign="LEFT",
                repeatRows=1,
            )
        )
    return pdf.build_pdf(
        path,
        story,
        title=title,
        subject=translate("BudgetPdf", "Budjetin yhteenveto"),
        footer=translate("BudgetPdf", "{group} · budjetti").format(group=summary.group_name),
    )
