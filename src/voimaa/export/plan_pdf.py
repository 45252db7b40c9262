"""The session plan for the leader pair: a page per session (two when a session has much to
say; text never shrinks below 10 pt) with date, time, place, the parts with clock times and
minutes, materials, expert, questions and room for notes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from voimaa import labels, remote, workbook
from voimaa.errors import NotFoundError
from voimaa.export.pdf import ACCENT, FONT_BOLD, LIGHT, LINE, build_pdf, escape, styles
from voimaa.formats import format_date, format_time, weekday_name
from voimaa.i18n import translate
from voimaa.models import GroupMode, MaterialKind
from voimaa.program.view import ProgramView, SessionInfo

MARGIN_MM = 12  # a leaders' working paper: more room for the plan and notes
FRAME_WIDTH = (210 - 2 * MARGIN_MM) * mm - 12  # the frame pads 6 pt on each side
NOTES_MIN = 38 * mm
BODY_MIN_PT = 10  # no text of the plan is smaller: a long session continues on a second page


def _styles() -> dict[str, ParagraphStyle]:
    base = styles()
    body = base["body"]
    return {
        **base,
        "cell": ParagraphStyle("plan_cell", parent=body, fontSize=11, leading=14, spaceAfter=0),
        "cell_bold": ParagraphStyle(
            "plan_cell_b", parent=body, fontName=FONT_BOLD, fontSize=11, leading=14, spaceAfter=0
        ),
        "cell_right": ParagraphStyle(
            "plan_cell_r", parent=body, fontSize=11, leading=14, alignment=TA_RIGHT, spaceAfter=0
        ),
        "desc": ParagraphStyle(
            "plan_desc",
            parent=body,
            fontSize=BODY_MIN_PT,
            leading=12.5,
            textColor=colors.HexColor("#3d4b4c"),
            spaceAfter=0,
        ),
        "label": ParagraphStyle(
            "plan_label", parent=body, fontSize=10, leading=12, textColor=ACCENT, spaceAfter=0
        ),
        "section": ParagraphStyle(
            "plan_section",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=12.5,
            leading=16,
            spaceBefore=5,
            spaceAfter=2,
            textColor=ACCENT,
        ),
        "link": ParagraphStyle("plan_link", parent=body, fontSize=10, leading=12, spaceAfter=0),
        "small": ParagraphStyle("plan_small", parent=body, fontSize=11, leading=13.5, spaceAfter=1),
        "bullet": ParagraphStyle(
            "plan_bullet",
            parent=body,
            fontSize=10.5,
            leading=13,
            spaceAfter=0,
            leftIndent=11,
            bulletIndent=0,
            bulletFontName=FONT_BOLD,
        ),
    }


class NotesArea(Flowable):
    """Ruled lines filling the rest of the page, under a heading."""

    def __init__(self, title: str, gap: float = 9 * mm) -> None:
        super().__init__()
        self.title = title
        self.gap = gap

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.height = max(avail_height - 1, 20 * mm)
        return avail_width, self.height

    def draw(self) -> None:
        c = self.canv
        top = self.height
        c.setFillColor(ACCENT)
        c.setFont(FONT_BOLD, 12.5)
        c.drawString(0, top - 14, self.title)
        c.setStrokeColor(LINE)
        c.setLineWidth(0.6)
        y = top - 14 - self.gap
        while y > 2:
            c.line(0, y, self.width, y)
            y -= self.gap


def _when(s: SessionInfo) -> tuple[str, str]:
    day = (
        f"{weekday_name(s.date)} {format_date(s.date)}"
        if s.date
        else translate("PlanPdf", "ei vielä päivää")
    )
    if s.start_time is None:
        return day, translate("PlanPdf", "ei vielä aikaa")
    return day, f"{format_time(s.start_time)}–{format_time(s.end_time)}"


def _facts(view: ProgramView, s: SessionInfo, st: dict[str, ParagraphStyle]) -> Table:
    day, clock = _when(s)
    link = view.meeting_link.strip() if view.mode == GroupMode.REMOTE else ""
    if view.mode == GroupMode.REMOTE:
        place = translate("PlanPdf", "Etäyhteys")
    else:
        place = s.place or view.place or "–"
    if s.experts:
        expert = "; ".join(
            ", ".join(x for x in (e.name, e.field or e.organisation, e.phone) if x)
            for e in s.experts
        )
    elif s.suggested_expert:
        expert = translate("PlanPdf", "ei vielä kutsuttu (ehdotus: {name})").format(
            name=s.suggested_expert
        )
    else:
        expert = "–"
    leaders = view.leader_names or "–"
    rows = [
        (translate("PlanPdf", "Päivä"), day, translate("PlanPdf", "Aika"), clock),
        (translate("PlanPdf", "Paikka"), place, translate("PlanPdf", "Ohjaajat"), leaders),
    ]
    data: list[list[Any]] = [
        [
            Paragraph(a, st["label"]),
            Paragraph(escape(b), st["cell_bold"]),
            Paragraph(c, st["label"]),
            Paragraph(escape(d), st["cell_bold"]),
        ]
        for a, b, c, d in rows
    ]
    spans = [("SPAN", (1, 2), (3, 2))]
    if link:
        data.append(
            [
                Paragraph(translate("PlanPdf", "Linkki"), st["label"]),
                Paragraph(escape(link), st["link"]),
                "",
                "",
            ]
        )
        spans.append(("SPAN", (1, 3), (3, 3)))
    data.insert(
        2,
        [
            Paragraph(translate("PlanPdf", "Asiantuntija"), st["label"]),
            Paragraph(escape(expert), st["cell"]),
            "",
            "",
        ],
    )
    table = Table(
        data, hAlign="LEFT", colWidths=[28 * mm, 62 * mm, 22 * mm, FRAME_WIDTH - 112 * mm]
    )
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
                *spans,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


def _parts(s: SessionInfo, st: dict[str, ParagraphStyle]) -> Table:
    data: list[list[Any]] = [
        [
            Paragraph(translate("PlanPdf", "<b>Klo</b>"), st["cell"]),
            Paragraph(translate("PlanPdf", "<b>Osa</b>"), st["cell"]),
            Paragraph(translate("PlanPdf", "<b>Min</b>"), st["cell_right"]),
        ]
    ]
    for at, p in s.part_times():
        title = p.title or labels.part_kind(p.kind)
        kind = labels.part_kind(p.kind).lower()
        shown = f"<b>{escape(title)}</b>"
        if kind != title.lower():
            shown += f" <font color='#5b6b6c'>· {escape(kind)}</font>"
        content: list[Flowable] = [Paragraph(shown, st["cell"])]
        if p.description:
            content.append(Paragraph(escape(p.description), st["desc"]))
        data.append(
            [
                Paragraph(format_time(at) if at else "", st["cell"]),
                content,
                Paragraph(str(p.minutes), st["cell_right"]),
            ]
        )
    total = s.total_minutes
    note = (
        ""
        if total == s.session_minutes
        else " " + translate("PlanPdf", "(kerran pituus {n} min)").format(n=s.session_minutes)
    )
    data.append(
        [
            "",
            Paragraph(translate("PlanPdf", "<b>Yhteensä</b>") + escape(note), st["cell"]),
            Paragraph(f"<b>{total}</b>", st["cell_right"]),
        ]
    )
    table = Table(
        data, hAlign="LEFT", colWidths=[16 * mm, FRAME_WIDTH - 32 * mm, 16 * mm], repeatRows=1
    )
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, -2), 0.5, LINE),
                ("LINEABOVE", (0, -1), (-1, -1), 1.2, ACCENT),
                ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def _bullets(items: list[str], st: dict[str, ParagraphStyle], columns: int = 1) -> Flowable:
    paras = [Paragraph(escape(i), st["bullet"], bulletText="•") for i in items]
    rows: list[list[Paragraph | str]]
    if columns == 1 or len(paras) < 4:
        rows = [[p] for p in paras]
        widths = [FRAME_WIDTH]
    else:
        half = (len(paras) + 1) // 2
        rows = [[paras[i], paras[i + half] if i + half < len(paras) else ""] for i in range(half)]
        widths = [FRAME_WIDTH / 2] * 2
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def _session_page(view: ProgramView, s: SessionInfo) -> list[Flowable]:
    st = _styles()
    body: list[Flowable] = [
        Paragraph(
            escape(
                translate("PlanPdf", "{group} · ohjaajien suunnitelma").format(
                    group=view.group_name
                )
            ),
            st["label"],
        ),
        Paragraph(
            escape(translate("PlanPdf", "{n}. kerta: {topic}").format(n=s.number, topic=s.topic)),
            st["h1"],
        ),
        _facts(view, s, st),
    ]
    if s.goals:
        body += [
            Paragraph(translate("PlanPdf", "Tavoitteet"), st["section"]),
            Paragraph(escape(s.goals), st["small"]),
        ]
    if view.mode == GroupMode.REMOTE:
        body.append(Spacer(1, 2 * mm))
        body.append(Paragraph(escape(_remote_note(s)), st["small"]))
    body += [Paragraph(translate("PlanPdf", "Kulku"), st["section"]), _parts(s, st)]
    materials = list(s.materials)
    materials += [
        f"{link.title}: {link.target}"
        if link.kind == MaterialKind.URL
        else translate("PlanPdf", "{title} (tiedosto)").format(title=link.title)
        for link in s.links
    ]
    forms = [labels.session_form(f) for f in s.forms]
    if forms:
        materials.append(translate("PlanPdf", "Lomakkeet: {forms}").format(forms=", ".join(forms)))
    if materials:
        body += [
            Paragraph(translate("PlanPdf", "Mukaan"), st["section"]),
            _bullets(materials, st, columns=2),
        ]
    if s.discussion_questions:
        body += [
            Paragraph(translate("PlanPdf", "Keskustelukysymyksiä"), st["section"]),
            _bullets(list(s.discussion_questions), st),
        ]
    if s.notes.strip():
        body += [
            Paragraph(translate("PlanPdf", "Muistiinpanot"), st["section"]),
            Paragraph(escape(s.notes), st["small"]),
        ]
    # Nothing shrinks: a session that does not fit with room for notes continues on a second
    # page, and the notes fill the rest of its last page.
    title = (
        translate("PlanPdf", "Muistiinpanot, {n}. kerta: mitä tapahtui, mitä muutetaan")
        if not s.notes.strip()
        else translate("PlanPdf", "Lisää muistiinpanoja, {n}. kerta")
    ).format(n=s.number)
    return [*body, CondPageBreak(NOTES_MIN + 4 * mm), Spacer(1, 4 * mm), NotesArea(title)]


def _remote_note(s: SessionInfo) -> str:
    chapter = ""
    if s.workbook_chapter:
        try:
            number = workbook.chapter(s.workbook_chapter).number
        except NotFoundError:
            number = None
        chapter = (
            translate("PlanPdf", "työkirjan luku {n}").format(n=number)
            if number
            else translate("PlanPdf", "työkirjan luku")
        )
    names = [labels.session_form(f) for f in s.forms]
    # mid-sentence: "palautelomake", but "EUROHIS-8-loppukysely" keeps its capitals
    forms = ", ".join(n[:1].lower() + n[1:] if n[1:2].islower() else n for n in names)
    return remote.delivery_note(chapter, forms)


def write_plan(path: Path, data: ProgramView) -> Path:
    """Write the leaders' plan of the group's program to `path`: each session from a new page."""
    view = data
    story: list[Flowable] = []
    for i, s in enumerate(view.sessions):
        if i:
            story.append(PageBreak())
        story += _session_page(view, s)
    return build_pdf(
        path,
        story,
        title=translate("PlanPdf", "Ryhmän suunnitelma – {group}").format(group=view.group_name),
        subject=translate("PlanPdf", "Ohjaajien suunnitelma"),
        footer=translate("PlanPdf", "{group} · ohjaajien suunnitelma").format(
            group=view.group_name
        ),
        margins_mm=MARGIN_MM,
        footer_pt=BODY_MIN_PT,
    )
