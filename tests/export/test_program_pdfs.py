"""The program's PDFs: the workbook (whole book and one chapter), a session's slides and the
leaders' session plan. Text is read back with pypdf: Finnish letters intact, pages counted."""

from __future__ import annotations

import re
import uuid
from datetime import date, time
from pathlib import Path

import pytest
from pypdf import PdfReader

from voimaa import audit, groups, program, slides, workbook
from voimaa.export import jobs, plan_pdf, slides_pdf, workbook_pdf
from voimaa.store import Store


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def _pages(path: Path) -> int:
    return len(PdfReader(path).pages)


@pytest.fixture
def group_id(store: Store) -> uuid.UUID:
    return groups.create_group(
        store,
        groups.NewGroup(
            name="Mikkelin kevään ryhmä",
            place="Mikkeli",
            start_date=date(2027, 3, 2),
            start_time=time(13, 0),
            leaders=(
                groups.LeaderSpec("Sanna Ohjaaja", "sosiaaliohjaaja", "040 000 1000"),
                groups.LeaderSpec("Ville Kehittäjä", "kehittäjä"),
            ),
        ),
    ).id


def test_whole_workbook_with_cover_and_contents(
    store: Store, group_id: uuid.UUID, tmp_path: Path
) -> None:
    book = jobs.export_workbook(store, tmp_path / "työkirja.pdf", group_id=group_id)
    chapter_pages = []
    for c in workbook.chapters():
        handout = workbook_pdf.write_workbook(
            tmp_path / f"luku{c.number}.pdf", workbook.Printout((c,), handout=True)
        )
        chapter_pages.append(_pages(handout))
    # cover + contents + every chapter laid out exactly as its handout, and a notes page after
    # each chapter of an odd length but the last, so that the next one starts on the right
    notes = sum(1 for n in chapter_pages[:-1] if n % 2)
    assert _pages(book) == 2 + sum(chapter_pages) + notes
    reader = PdfReader(book)
    cover = reader.pages[0].extract_text()
    for expected in ("Voimaa", "Työkirja", "Mikkelin kevään ryhmä", "Mikkeli", "2.3.2027"):
        assert expected in cover
    assert "Sanna Ohjaaja" in cover and "20.4.2027" in cover
    contents = reader.pages[1].extract_text()
    assert "Sisällys" in contents and "Päivärytmi ja uni" in contents
    # contents point at the page where each chapter starts
    start = 3
    for c, pages in zip(workbook.chapters(), chapter_pages, strict=True):
        assert c.title in reader.pages[start - 1].extract_text()
        start += pages + pages % 2  # the notes page after an odd-length chapter
    text = _text(book)
    for topic in ("Ruoka ja ravitsemus", "Vahvuudet ja voimavarat", "Yhteenveto ja jatko"):
        assert topic in text
    for form_text in ("Arvio €", "Toteutui €", "Tulot yhteensä", "Menot yhteensä", "Ma", "Su"):
        assert form_text in text
    assert reader.metadata.title == "Voimaa vertaisuudesta – työkirja"
    assert reader.trailer["/Root"]["/Lang"] == "fi-FI"
    events = audit.list_events(store, action="export.workbook")
    assert len(events) == 1 and events[0].group_id == group_id


def test_generic_workbook_has_no_group_details(store: Store, tmp_path: Path) -> None:
    book = jobs.export_workbook(store, tmp_path / "yleinen.pdf")
    text = _text(book)
    assert "Mikkeli" not in text and "Tämä työkirja kuuluu" in text
    assert "Päivärytmi ja uni" in text


def test_one_chapter_as_a_handout(store: Store, group_id: uuid.UUID, tmp_path: Path) -> None:
    handout = jobs.export_workbook(store, tmp_path / "luku5.pdf", group_id=group_id, chapter_ref=5)
    text = _text(handout)
    assert "Raha-asiat haltuun" in text and "Luku 5" in text
    assert "Päivärytmi ja uni" not in text
    assert "Oma kuukausibudjetti" in text and "Rahaa jää käyttöön" in text
    assert 3 <= _pages(handout) <= 6
    assert "30.3.2027" in text  # the date of the session that uses the chapter


def test_slides_pdf_is_16_by_9_with_one_page_per_slide(
    store: Store, group_id: uuid.UUID, tmp_path: Path
) -> None:
    path = jobs.export_slides(store, tmp_path / "diat3.pdf", 3, group_id)
    deck = slides.group_deck(store, group_id, 3)
    reader = PdfReader(path)
    assert len(reader.pages) == len(deck.slides)
    box = reader.pages[0].mediabox
    assert float(box.width) / float(box.height) == pytest.approx(16 / 9, rel=0.01)
    text = _text(path)
    assert "Ruoka ja ravitsemus" in text and "Mikkelin kevään ryhmä" in text
    assert "13.00" in text and "Tänään" in text
    assert reader.metadata.title == "3. kerta: Ruoka ja ravitsemus"
    assert reader.trailer["/Root"]["/Lang"] == "fi-FI"
    assert audit.list_events(store, action="export.slides")[0].details == {"session_number": 3}


def test_generic_slides(store: Store, tmp_path: Path) -> None:
    path = slides_pdf.write_deck(tmp_path / "d.pdf", slides.generic_deck(2))
    text = _text(path)
    assert "Päivärytmi ja uni" in text and "Mikkeli" not in text


def plan_sessions(path: Path) -> list[str]:
    """The text of each session of a plan PDF: its page, or its two pages, joined."""
    pages = [page.extract_text() for page in PdfReader(path).pages]
    starts = [i for i, t in enumerate(pages) if re.search(r"\b\d\. kerta: [A-ZÄÖ]", t)]
    ends = [*starts[1:], len(pages)]
    assert all(1 <= b - a <= 2 for a, b in zip(starts, ends, strict=True))
    return ["\n".join(pages[a:b]) for a, b in zip(starts, ends, strict=True)]


def test_plan_has_a_page_or_two_per_session(
    store: Store, group_id: uuid.UUID, tmp_path: Path
) -> None:
    view = program.get_program(store, group_id)
    program.update_session(
        store, view.sessions[0].id, program.SessionEdit(notes="Kaikki viihtyivät hyvin.")
    )
    path = jobs.export_plan(store, tmp_path / "suunnitelma.pdf", group_id)
    sessions = plan_sessions(path)
    assert len(sessions) == 8
    first = sessions[0]
    assert "1. kerta: Tutustuminen ja pelisäännöt" in first
    assert "tiistai 2.3.2027" in first and "13.00–15.00" in first
    assert "Kaikki viihtyivät hyvin." in first and "Mikkeli" in first
    assert "Lisää muistiinpanoja, 1. kerta" in first
    for text, s in zip(sessions[1:], view.sessions[1:], strict=True):
        assert s.topic in text and f"Muistiinpanot, {s.number}. kerta" in text
        assert all(p.title in text for p in s.parts)
    assert audit.list_events(store, action="export.plan")[0].group_id == group_id


def test_plan_of_the_demo_group_shows_experts(
    demo_store: Store, demo_group_id: uuid.UUID, tmp_path: Path
) -> None:
    path = plan_pdf.write_plan(tmp_path / "p.pdf", program.get_program(demo_store, demo_group_id))
    sessions = plan_sessions(path)
    assert len(sessions) == 8
    assert "Ritva Ravinto" in sessions[2]
    assert "ehdotus: terveydenhoitaja" in sessions[1]
