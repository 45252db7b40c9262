"""The participants' workbook (Voimaa vertaisuudesta -työkirja): chapters read from
``resources/workbook/*.toml`` and checked against the rules in its README.

A chapter has an intro, 2–4 information sections and 3–5 exercises. An exercise has a type
(lines, checklist, week_grid, budget, ranking, scale, cards, day_circle, tree, example_budget)
that tells the PDF writer which form to draw, and may carry a `one_to_one` line: how to do it
with an own worker instead of a group.
"""

from __future__ import annotations

import tomllib
import uuid
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from voimaa import paths, program
from voimaa.errors import NotFoundError, ValidationError
from voimaa.i18n import translate
from voimaa.program import ProgramView
from voimaa.store import Store

WORKBOOK_TITLE = "Voimaa vertaisuudesta"  # the programme's name, not translated
EXERCISE_TYPES = (
    "lines",
    "checklist",
    "week_grid",
    "budget",
    "ranking",
    "scale",
    "cards",
    "day_circle",
    "tree",
    "example_budget",
)


@dataclass(frozen=True)
class InfoSection:
    heading: str
    paragraphs: tuple[str, ...]
    tips: tuple[str, ...] = ()


@dataclass(frozen=True)
class ExampleLine:
    """One line of the example budget: what, and how many euros a month (an example)."""

    label: str
    euros: int


@dataclass(frozen=True)
class Exercise:
    title: str
    type: str
    instructions: str = ""
    prompts: tuple[str, ...] = ()
    lines: int = 3
    items: tuple[str, ...] = ()
    extra_lines: int = 0
    rows: tuple[str, ...] = ()
    income: tuple[str, ...] = ()
    expenses: tuple[str, ...] = ()
    low: str = ""
    high: str = ""
    one_to_one: str = ""
    example_income: tuple[ExampleLine, ...] = ()
    example_expenses: tuple[ExampleLine, ...] = ()
    note: str = ""

    @property
    def example_balance(self) -> int:
        """Example income minus example expenses (negative: money runs short)."""
        return sum(x.euros for x in self.example_income) - sum(
            x.euros for x in self.example_expenses
        )


@dataclass(frozen=True)
class Chapter:
    key: str
    number: int
    title: str
    intro: tuple[str, ...]
    info: tuple[InfoSection, ...]
    exercises: tuple[Exercise, ...]
    source: str = ""


def paragraphs(text: str) -> tuple[str, ...]:
    """Paragraphs separated by blank lines; line breaks inside a paragraph become spaces."""
    blocks = [" ".join(block.split()) for block in text.strip().split("\n\n")]
    return tuple(b for b in blocks if b)


def _strings(raw: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = raw.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ValidationError(
            translate("Workbook", "{where}: kentän {key} pitää olla lista tekstejä.").format(
                where=where, key=key
            )
        )
    return tuple(v.strip() for v in value)


def _count(values: tuple[str, ...], low: int, high: int, key: str, where: str) -> None:
    if not low <= len(values) <= high:
        raise ValidationError(
            translate(
                "Workbook", "{where}: kentässä {key} pitää olla {low}–{high} kohtaa, nyt {n}."
            ).format(where=where, key=key, low=low, high=high, n=len(values))
        )


def _int(raw: dict[str, Any], key: str, default: int, low: int, high: int, where: str) -> int:
    value = raw.get(key, default)
    if not isinstance(value, int) or not low <= value <= high:
        raise ValidationError(
            translate("Workbook", "{where}: kentän {key} pitää olla luku {low}–{high}.").format(
                where=where, key=key, low=low, high=high
            )
        )
    return value


def _example_lines(raw: dict[str, Any], key: str, where: str) -> tuple[ExampleLine, ...]:
    value = raw.get(key, [])
    ok = isinstance(value, list) and all(
        isinstance(v, dict)
        and isinstance(v.get("item"), str)
        and v["item"].strip()
        and isinstance(v.get("euros"), int)
        and v["euros"] >= 0
        for v in value
    )
    if not ok:
        raise ValidationError(
            translate(
                "Workbook",
                '{where}: kentän {key} pitää olla lista muotoa {{ item = "…", euros = 100 }}.',
            ).format(where=where, key=key)
        )
    lines = tuple(ExampleLine(v["item"].strip(), v["euros"]) for v in value)
    _count(tuple(x.label for x in lines), 1, 12, key, where)
    return lines


def parse_exercise(raw: dict[str, Any], where: str) -> Exercise:
    """One exercise, checked against the README's rules for its type."""
    kind = raw.get("type")
    title = str(raw.get("title", "")).strip()
    if not title:
        raise ValidationError(
            translate("Workbook", "{where}: tehtävältä puuttuu otsikko (title).").format(
                where=where
            )
        )
    where = f"{where}, ”{title}”"
    if kind not in EXERCISE_TYPES:
        raise ValidationError(
            translate(
                "Workbook", "{where}: tuntematon tehtävätyyppi {kind}. Sallitut: {allowed}."
            ).format(where=where, kind=kind, allowed=", ".join(EXERCISE_TYPES))
        )
    fields: dict[str, Any] = {
        "title": title,
        "type": kind,
        "instructions": " ".join(str(raw.get("instructions", "")).split()),
        "one_to_one": " ".join(str(raw.get("one_to_one", "")).split()),
    }
    if kind == "lines":
        fields["prompts"] = _strings(raw, "prompts", where)
        _count(fields["prompts"], 1, 10, "prompts", where)
        fields["lines"] = _int(raw, "lines", 3, 1, 8, where)
    elif kind == "checklist":
        fields["items"] = _strings(raw, "items", where)
        _count(fields["items"], 3, 12, "items", where)
        fields["extra_lines"] = _int(raw, "extra_lines", 0, 0, 6, where)
    elif kind == "week_grid":
        fields["rows"] = _strings(raw, "rows", where)
        _count(fields["rows"], 2, 6, "rows", where)
    elif kind == "budget":
        fields["income"] = _strings(raw, "income", where)
        fields["expenses"] = _strings(raw, "expenses", where)
        _count(fields["income"], 2, 12, "income", where)
        _count(fields["expenses"], 2, 12, "expenses", where)
    elif kind == "ranking":
        fields["items"] = _strings(raw, "items", where)
        _count(fields["items"], 4, 12, "items", where)
    elif kind == "scale":
        fields["items"] = _strings(raw, "items", where)
        _count(fields["items"], 2, 10, "items", where)
        fields["low"] = str(raw.get("low", "")).strip()
        fields["high"] = str(raw.get("high", "")).strip()
        if not fields["low"] or not fields["high"]:
            raise ValidationError(
                translate("Workbook", "{where}: asteikolta puuttuu low- tai high-teksti.").format(
                    where=where
                )
            )
    elif kind == "cards":
        fields["items"] = _strings(raw, "items", where)
        _count(fields["items"], 2, 6, "items", where)
        fields["lines"] = _int(raw, "lines", 3, 1, 8, where)
    elif kind == "day_circle":  # a printed 24-hour circle and a legend of what to mark
        fields["items"] = _strings(raw, "items", where)
        _count(fields["items"], 2, 6, "items", where)
    elif kind == "tree":  # a drawing space with a tree outline; labels from the roots up
        fields["items"] = _strings(raw, "items", where)
        _count(fields["items"], 2, 3, "items", where)
    elif kind == "example_budget":  # a filled-in example, then questions about it
        fields["example_income"] = _example_lines(raw, "income", where)
        fields["example_expenses"] = _example_lines(raw, "expenses", where)
        fields["note"] = " ".join(str(raw.get("note", "")).split())
        fields["prompts"] = _strings(raw, "prompts", where)
        _count(fields["prompts"], 0, 4, "prompts", where)
        fields["lines"] = _int(raw, "lines", 2, 1, 8, where)
    return Exercise(**fields)


def parse_chapter(raw: dict[str, Any], source: str = "") -> Chapter:
    """A chapter from its TOML shape; a ValidationError names the file and the problem."""
    where = source or str(raw.get("key", "?"))
    key = str(raw.get("key", "")).strip()
    title = str(raw.get("title", "")).strip()
    number = raw.get("number")
    if not key or not title or not isinstance(number, int):
        raise ValidationError(
            translate("Workbook", "{where}: luvulta puuttuu key, number tai title.").format(
                where=where
            )
        )
    info = []
    for section in raw.get("info", []):
        heading = str(section.get("heading", "")).strip()
        text = paragraphs(str(section.get("text", "")))
        if not heading or not text:
            raise ValidationError(
                translate("Workbook", "{where}: tietoosiolta puuttuu otsikko tai teksti.").format(
                    where=where
                )
            )
        info.append(InfoSection(heading, text, _strings(section, "tips", where)))
    if not 2 <= len(info) <= 4:
        raise ValidationError(
            translate("Workbook", "{where}: tietoosioita pitää olla 2–4, nyt {n}.").format(
                where=where, n=len(info)
            )
        )
    exercises = tuple(parse_exercise(e, where) for e in raw.get("exercise", []))
    if not 3 <= len(exercises) <= 5:
        raise ValidationError(
            translate("Workbook", "{where}: tehtäviä pitää olla 3–5, nyt {n}.").format(
                where=where, n=len(exercises)
            )
        )
    return Chapter(
        key=key,
        number=number,
        title=title,
        intro=paragraphs(str(raw.get("intro", ""))),
        info=tuple(info),
        exercises=exercises,
        source=source,
    )


def load_chapters_from(folder: Path) -> tuple[Chapter, ...]:
    """All chapters of a folder in number order; numbers and keys must be unique."""
    chapters = []
    for path in sorted(folder.glob("*.toml")):
        try:
            with path.open("rb") as fh:
                raw = tomllib.load(fh)
        except tomllib.TOMLDecodeError as exc:
            raise ValidationError(
                translate(
                    "Workbook", "{name}: tiedosto ei ole kelvollista TOMLia ({reason})."
                ).format(name=path.name, reason=exc)
            ) from exc
        chapters.append(parse_chapter(raw, path.name))
    chapters.sort(key=lambda c: c.number)
    for attr in ("number", "key"):
        values = [getattr(c, attr) for c in chapters]
        if len(set(values)) != len(values):
            raise ValidationError(
                translate(
                    "Workbook", "Työkirjassa on kaksi lukua samalla tunnisteella ({attr})."
                ).format(attr=attr)
            )
    return tuple(chapters)


@cache
def chapters() -> tuple[Chapter, ...]:
    """The bundled workbook, read once."""
    return load_chapters_from(paths.asset("workbook"))


def chapter(ref: str | int) -> Chapter:
    """A chapter by its key ("talous") or number (5)."""
    for c in chapters():
        if c.key == ref or c.number == ref or str(c.number) == str(ref):
            return c
    raise NotFoundError(
        translate("Workbook", "Työkirjassa ei ole lukua {ref}. Luvut ovat 1–{n}.").format(
            ref=ref, n=len(chapters())
        )
    )


@dataclass(frozen=True)
class ExampleBudget:
    """The example budget printed on its own: the exercise, where it is in the book, and with
    a group its program (for the footer)."""

    chapter: Chapter
    number: int  # the exercise's number in its chapter
    exercise: Exercise
    program: ProgramView | None = None


def example_budget(store: Store | None = None, group_id: uuid.UUID | None = None) -> ExampleBudget:
    """The book's example budget (the money chapter's `example_budget` exercise)."""
    view = (
        program.get_program(store, group_id) if store is not None and group_id is not None else None
    )
    for c in chapters():
        for i, ex in enumerate(c.exercises, start=1):
            if ex.type == "example_budget":
                return ExampleBudget(c, i, ex, view)
    raise NotFoundError(translate("Workbook", "Työkirjassa ei ole esimerkkibudjettia."))


@dataclass(frozen=True)
class Printout:
    """What a workbook PDF holds: the chapters, and with a group its program (the cover's
    name, place, leaders and the session dates). `handout` prints one chapter on its own."""

    chapters: tuple[Chapter, ...]
    program: ProgramView | None = None
    handout: bool = False


def printout(
    store: Store, *, group_id: uuid.UUID | None = None, chapter_ref: str | int | None = None
) -> Printout:
    """The whole workbook, or with `chapter_ref` one chapter as a handout; with a group, its
    program is printed on it."""
    view = program.get_program(store, group_id) if group_id is not None else None
    if chapter_ref is None:
        return Printout(chapters(), view)
    return Printout((chapter(chapter_ref),), view, handout=True)
