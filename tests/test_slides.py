"""Slide decks: content of every deck, filling in a group's details, the agenda with clock
times, and the shared 16:9 layout."""

from __future__ import annotations

import uuid
from datetime import date, time

import pytest

from voimaa import groups, program, slides
from voimaa.errors import NotFoundError
from voimaa.models import GroupMode
from voimaa.slides import layout
from voimaa.store import Store


def _measure(text: str, size: float, bold: bool) -> float:
    return len(text) * size * (0.62 if bold else 0.56)


def _group(store: Store, **kw: object) -> uuid.UUID:
    spec: dict[str, object] = {
        "name": "Savonlinnan syksyn ryhmä",
        "place": "Savonlinna",
        "start_date": date(2027, 9, 7),
        "start_time": time(12, 30),
        "leaders": (groups.LeaderSpec("Sanna Ohjaaja"), groups.LeaderSpec("Ville Kehittäjä")),
    }
    spec.update(kw)
    return groups.create_group(store, groups.NewGroup(**spec)).id  # type: ignore[arg-type]


@pytest.mark.parametrize("number", range(1, 9))
def test_every_deck_has_the_parts_of_a_session(number: int) -> None:
    deck = slides.load_deck(number)
    kinds = [s.kind for s in deck.slides]
    assert kinds[0] == "title" and kinds[-1] == "closing"
    assert "agenda" in kinds and "questions" in kinds and "exercise" in kinds
    assert all(s.notes for s in deck.slides)
    assert deck.title == program.default_template().session(number).title  # type: ignore[union-attr]


def test_unknown_deck() -> None:
    with pytest.raises(NotFoundError):
        slides.load_deck(9)


@pytest.mark.parametrize(
    ("text", "ctx", "expected"),
    [
        (
            "{group_name} · {place} · {date} klo {time}",
            slides.SlideContext("Ryhmä", "Juva", "1.9.2027", "13.00"),
            "Ryhmä · Juva · 1.9.2027 klo 13.00",
        ),
        (
            "{group_name} · {place} · {date} klo {time}",
            slides.SlideContext("Ryhmä", "", "1.9.2027", ""),
            "Ryhmä · 1.9.2027",
        ),
        ("{group_name} · {place} · {date} klo {time}", slides.SlideContext(), ""),
        ("Ohjaajina {leaders}", slides.SlideContext(leaders="A ja B"), "Ohjaajina A ja B"),
        ("{session_number}. kerta", slides.SlideContext(session_number="3"), "3. kerta"),
    ],
)
def test_fill_text(text: str, ctx: slides.SlideContext, expected: str) -> None:
    assert slides.fill_text(text, ctx) == expected


def test_group_deck_has_the_groups_details(store: Store) -> None:
    gid = _group(store)
    deck = slides.group_deck(store, gid, 1)
    assert slides.unfilled_placeholders(deck) == []
    title, agenda = deck.slides[0], deck.slides[1]
    assert title.subtitle == "Savonlinnan syksyn ryhmä · Savonlinna · 7.9.2027 klo 12.30"
    assert [(a.clock, a.minutes) for a in agenda.agenda] == [
        ("12.30", 30),
        ("13.00", 30),
        ("13.30", 20),
        ("13.50", 40),
    ]
    points = [p for s in deck.slides for p in s.points]
    assert "Ohjaajina Sanna Ohjaaja ja Ville Kehittäjä" in points
    assert "Seuraava kerta tiistaina 14.9.2027 klo 12.30" in points
    assert "Aiheena päivärytmi ja uni" in points
    assert deck.footer == "Savonlinnan syksyn ryhmä · 1. kerta · 7.9.2027"


def test_deck_follows_reordered_content(store: Store) -> None:
    gid = _group(store)
    view = program.move_session(store, program.get_program(store, gid).sessions[0].id, 1)
    deck = slides.group_deck(store, gid, 1)
    assert deck.title == "Päivärytmi ja uni" == view.sessions[0].topic
    points = [p for s in deck.slides for p in s.points]
    assert "Aiheena tutustuminen ja pelisäännöt" in points


def test_generic_deck_has_no_group_details(store: Store) -> None:
    _group(store)
    deck = slides.generic_deck(1)
    text = " ".join(t for s in deck.slides for t in (s.heading, s.subtitle, s.notes, *s.points))
    assert "Savonlinna" not in text and "2027" not in text
    assert slides.unfilled_placeholders(deck) == []
    assert deck.slides[0].subtitle == ""
    assert [a.clock for a in deck.slides[1].agenda] == ["", "", "", ""]
    assert "Seuraava kerta sovittuna päivänä" in deck.slides[-1].points


def test_remote_group_meets_online(store: Store) -> None:
    gid = _group(store, mode=GroupMode.REMOTE, meeting_link="https://meet.example.invalid")
    deck = slides.group_deck(store, gid, 2)
    assert "etäyhteydellä" in deck.slides[0].subtitle


def test_group_deck_session_out_of_range(store: Store) -> None:
    gid = _group(store)
    with pytest.raises(NotFoundError, match="kertaa 9"):
        slides.group_deck(store, gid, 9)


@pytest.mark.parametrize("number", range(1, 9))
def test_layout_stays_on_the_slide(store: Store, number: int) -> None:
    gid = _group(store)
    deck = slides.group_deck(store, gid, number)
    for i, slide in enumerate(deck.slides):
        shapes = slides.layout_slide(slide, _measure, index=i, count=len(deck.slides), footer="x")
        texts = [s for s in shapes if isinstance(s, slides.TextRun)]
        assert texts, slide.heading
        for t in texts:
            assert 0 < t.y <= slides.SLIDE_HEIGHT
            width = _measure(t.text, t.size, t.bold)
            left = {"left": t.x, "center": t.x - width / 2, "right": t.x - width}[t.align]
            assert left >= 0 and left + width <= slides.SLIDE_WIDTH + 1, t.text
        assert any(t.text == f"{i + 1} / {len(deck.slides)}" for t in texts)


def test_long_points_shrink_to_fit() -> None:
    slide = slides.Slide("points", "Otsikko", points=tuple("Pitkä kohta " * 8 for _ in range(8)))
    shapes = slides.layout_slide(slide, _measure)
    body = [s for s in shapes if isinstance(s, slides.TextRun) and s.text.startswith("Pitkä")]
    assert max(s.size for s in body) < 24
    assert max(s.y for s in body) <= slides.SLIDE_HEIGHT - 30


LONG_LINK = (
    "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjE2ZTRmYzItOGQ1Yy00ZTk4LWI3YjMt"
    "YjA5ZTRkOGQ0YWJk%40thread.v2/0?context=%7b%22Tid%22%3a%22a1b2c3%22%7d"
)


@pytest.mark.parametrize("number", range(1, 9))
def test_remote_title_slide_fits_a_long_meeting_link(store: Store, number: int) -> None:
    """The whole link is on the first slide, cut into lines that stay on the slide, above the
    page number, in readable type, and nothing overlaps the subtitle."""
    gid = _group(store, mode=GroupMode.REMOTE, meeting_link=LONG_LINK)
    deck = slides.group_deck(store, gid, number)
    shapes = slides.layout_slide(deck.slides[0], _measure, index=0, count=len(deck.slides))
    texts = [s for s in shapes if isinstance(s, slides.TextRun)]
    page_number = f"1 / {len(deck.slides)}"
    subtitle = [
        t for t in texts if t.color == layout.SOFT_WHITE and t.y > 150 and t.text != page_number
    ]
    assert "etäyhteydellä" in " ".join(t.text for t in subtitle)
    below = max(t.y for t in subtitle)
    link = [t for t in texts if t.color == layout.WHITE and not t.bold]
    assert link[0].text == "Etäyhteys:"
    assert "".join(t.text for t in link[1:]) == LONG_LINK
    for t in [*subtitle, *link]:
        width = _measure(t.text, t.size, t.bold)
        assert t.x - width / 2 >= 0 and t.x + width / 2 <= slides.SLIDE_WIDTH + 1, t.text
        assert t.y <= slides.SLIDE_HEIGHT - 20
    assert min(t.size for t in subtitle) >= 14
    assert min(t.size for t in link) >= 12
    assert min(t.y - t.size for t in link) > below
