"""Slide decks of the eight sessions: their content filled with a group's details
(:mod:`voimaa.slides.decks`) and one layout for the PDF and the presenter
(:mod:`voimaa.slides.layout`)."""

from voimaa.slides.decks import (
    Deck,
    Slide,
    SlideContext,
    decks,
    fill_text,
    generic_deck,
    group_deck,
    load_deck,
    unfilled_placeholders,
)
from voimaa.slides.layout import (
    ACCENT,
    SLIDE_HEIGHT,
    SLIDE_WIDTH,
    Box,
    Dot,
    Shape,
    TextRun,
    layout_slide,
)

__all__ = [
    "ACCENT",
    "SLIDE_HEIGHT",
    "SLIDE_WIDTH",
    "Box",
    "Deck",
    "Dot",
    "Shape",
    "Slide",
    "SlideContext",
    "TextRun",
    "decks",
    "fill_text",
    "generic_deck",
    "group_deck",
    "layout_slide",
    "load_deck",
    "unfilled_placeholders",
]
