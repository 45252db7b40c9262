"""Marks made to survive a photocopier (issue 15, point 9): writing lines and the tick boxes
of the EUROHIS-8 and feedback forms near-black, boxes at least 6 mm, scale labels at least
11 pt, read from the PDFs' own drawing operations and text."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream
from reportlab.lib.units import mm

from voimaa import feedback, workbook
from voimaa.eurohis import ITEMS, EurohisForms, EurohisSheet, WordingVersion, printed_labels
from voimaa.export import pdf
from voimaa.export.eurohis_form_pdf import write_eurohis_forms
from voimaa.export.feedback_form_pdf import write_feedback_forms
from voimaa.export.workbook_pdf import write_workbook
from voimaa.feedback import PrintedForms

OLD_GREY = (0.541, 0.604, 0.608)  # the light rule colour that faded on copies


@dataclass(frozen=True)
class Stroke:
    kind: str  # "rect" or "line"
    width: float
    height: float
    colour: tuple[float, ...]
    line_width: float = 1.0


def strokes(path: Path) -> list[Stroke]:
    """Every stroked rectangle and straight line on every page, with its stroke colour."""
    out: list[Stroke] = []
    reader = PdfReader(path)
    for page in reader.pages:
        colour: tuple[float, ...] = (0.0, 0.0, 0.0)
        lw = 1.0
        stack: list[tuple[tuple[float, ...], float]] = []
        pending: list[Stroke] = []
        start = (0.0, 0.0)
        for operands, op in ContentStream(page.get_contents(), reader).operations:
            if op == b"q":
                stack.append((colour, lw))
            elif op == b"Q" and stack:
                colour, lw = stack.pop()
            elif op == b"w":
                lw = round(float(operands[0]), 2)
            elif op == b"RG":
                colour = tuple(round(float(x), 3) for x in operands)
            elif op == b"G":
                colour = (round(float(operands[0]), 3),) * 3
            elif op == b"re":
                pending.append(Stroke("rect", float(operands[2]), float(operands[3]), colour, lw))
            elif op == b"m":
                start = (float(operands[0]), float(operands[1]))
            elif op == b"l":
                x, y = float(operands[0]), float(operands[1])
                pending.append(Stroke("line", abs(x - start[0]), abs(y - start[1]), colour, lw))
            elif op in (b"S", b"s", b"B", b"b"):
                out += pending
                pending = []
            elif op in (b"f", b"F", b"n", b"f*"):
                pending = []
    return out


def font_sizes(path: Path, page_index: int = 0) -> list[tuple[str, float, float]]:
    """(text, size, y) of every piece of text on a page, the footer band left out."""
    found: list[tuple[str, float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            y = tm[5] * cm[3] + cm[5]
            scale = abs(tm[3] * cm[3]) or 1.0
            found.append((text.strip(), size * scale, y))

    PdfReader(path).pages[page_index].extract_text(visitor_text=visit)
    return [(t, s, y) for t, s, y in found if y > 16 * mm]


def dark(colour: tuple[float, ...]) -> bool:
    return max(colour) <= 0.25


def test_the_print_constants() -> None:
    assert 6 * mm <= pdf.TICK_BOX
    assert pdf.SCALE_LABEL_PT >= 11
    assert dark(tuple(pdf.WRITE_LINE.rgb())) and dark(tuple(pdf.INK.rgb()))
    assert pdf.WRITE_LINE_WIDTH >= 0.8


@pytest.mark.parametrize("wording", list(WordingVersion))
def test_eurohis_form_boxes_and_labels(tmp_path: Path, wording: WordingVersion) -> None:
    path = write_eurohis_forms(tmp_path / "e.pdf", EurohisForms((EurohisSheet(),), wording))
    assert len(PdfReader(path).pages) == 1
    boxes = [s for s in strokes(path) if s.kind == "rect" and abs(s.width - s.height) < 0.5]
    ticks = [b for b in boxes if b.width >= 6 * mm - 0.01]
    assert len(ticks) == 5 * len(ITEMS) + 2  # and "alku" / "loppu" on a form without a phase
    assert all(dark(b.colour) for b in ticks)
    labels = {label for item in ITEMS for label in printed_labels(item, wording)}
    sizes = font_sizes(path)
    printed = [(t, s) for t, s, _ in sizes if t in labels]
    assert {t for t, _ in printed} >= {lab for lab in labels if " " not in lab}
    assert all(s >= 11 - 0.01 for _, s in printed), printed
    assert min(s for _, s, _ in sizes) >= 11 - 0.01


def test_feedback_form_two_pages_key_on_each_and_dont_know_boxes(tmp_path: Path) -> None:
    form = feedback.form_from_json(None)
    path = write_feedback_forms(tmp_path / "p.pdf", PrintedForms(form, 1))
    reader = PdfReader(path)
    assert len(reader.pages) == 2
    for page in reader.pages:
        text = " ".join(page.extract_text().split())
        assert f"1 = {form.scale[0]}" in text and f"5 = {form.scale[-1]}" in text
        assert "? = En osaa sanoa" in text
    ticks = [
        s
        for s in strokes(path)
        if s.kind == "rect" and abs(s.width - s.height) < 0.5 and s.width >= 6 * mm
    ]
    assert len(ticks) == 6 * len(form.statements)  # 1–5 and "en osaa sanoa"
    assert all(dark(t.colour) for t in ticks)
    lines = [s for s in strokes(path) if s.kind == "line" and s.width > 120 * mm]
    assert len([x for x in lines if dark(x.colour)]) >= 4 * len(form.questions)
    assert not [x for x in strokes(path) if x.colour == OLD_GREY]
    for page in range(2):
        assert min(s for _, s, _ in font_sizes(path, page)) >= 11 - 0.01


def test_standard_feedback_form_asks_one_thing_per_statement() -> None:
    form = feedback.form_from_json(None)
    for statement in form.statements:
        assert " ja " not in statement.text and "-aika" not in statement.text, statement.text
    for question in form.questions:
        assert question.text.count("?") == 1, question.text


def test_workbook_writing_lines_and_scales_are_dark(tmp_path: Path) -> None:
    chapter = workbook.chapter("vahvuudet")
    path = write_workbook(tmp_path / "luku.pdf", workbook.Printout((chapter,), handout=True))
    all_strokes = strokes(path)
    writing = [
        s
        for s in all_strokes
        if s.kind == "line" and s.height == 0 and s.line_width == pdf.WRITE_LINE_WIDTH
    ]
    assert len(writing) >= 10 and all(s.colour == tuple(pdf.WRITE_LINE.rgb()) for s in writing)
    assert not [s for s in all_strokes if s.colour == OLD_GREY]
    scale = next(e for c in workbook.chapters() for e in c.exercises if e.type == "scale")
    scale_chapter = next(c for c in workbook.chapters() if scale in c.exercises)
    path = write_workbook(tmp_path / "s.pdf", workbook.Printout((scale_chapter,), handout=True))
    sizes = [
        s
        for i in range(len(PdfReader(path).pages))
        for t, s, _ in font_sizes(path, i)
        if t in (scale.low, scale.high)
    ]
    assert sizes and min(sizes) >= 11 - 0.01
