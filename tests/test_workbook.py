"""The workbook chapters in resources/workbook: complete, valid, and checked when edited."""

from __future__ import annotations

from pathlib import Path

import pytest

from voimaa import workbook
from voimaa.errors import NotFoundError, ValidationError


def test_eight_chapters_in_order() -> None:
    chapters = workbook.chapters()
    assert [c.number for c in chapters] == list(range(1, 9))
    assert chapters[1].title == "Päivärytmi ja uni"
    assert chapters[4].key == "talous"


@pytest.mark.parametrize("chapter", workbook.chapters(), ids=lambda c: c.key)
def test_each_chapter_has_information_and_exercises(chapter: workbook.Chapter) -> None:
    assert chapter.intro and 2 <= len(chapter.info) <= 4
    assert 3 <= len(chapter.exercises) <= 5
    assert all(ex.instructions for ex in chapter.exercises)


def test_the_forms_the_issue_asks_for() -> None:
    by_key = {c.key: {e.type for e in c.exercises} for c in workbook.chapters()}
    assert "week_grid" in by_key["paivarytmi"]
    assert "budget" in by_key["talous"]
    assert "cards" in by_key["vahvuudet"]
    assert "ranking" in by_key["arvot"]
    used = set().union(*by_key.values())
    assert used == set(workbook.EXERCISE_TYPES)


def test_budget_has_income_and_expenses() -> None:
    budget = next(e for e in workbook.chapter("talous").exercises if e.type == "budget")
    assert "Vuokra tai vastike" in budget.expenses and len(budget.income) >= 2


@pytest.mark.parametrize(
    ("ref", "key"), [(2, "paivarytmi"), ("2", "paivarytmi"), ("arvot", "arvot")]
)
def test_chapter_lookup(ref: object, key: str) -> None:
    assert workbook.chapter(ref).key == key  # type: ignore[arg-type]


def test_unknown_chapter() -> None:
    with pytest.raises(NotFoundError, match="ei ole lukua 9"):
        workbook.chapter(9)


def test_paragraphs_split_on_blank_lines() -> None:
    assert workbook.paragraphs("Yksi\nrivi.\n\n  Toinen  kappale. \n\n") == (
        "Yksi rivi.",
        "Toinen kappale.",
    )


_VALID = """
key = "testi"
number = 1
title = "Testi"
intro = "Johdanto."
[[info]]
heading = "A"
text = "Teksti."
[[info]]
heading = "B"
text = "Teksti."
"""


def _exercise(body: str) -> str:
    good = '[[exercise]]\ntitle = "Rivit"\ntype = "lines"\nprompts = ["Mitä?"]\n'
    return _VALID + good + good + body


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (_exercise('[[exercise]]\ntitle = "X"\ntype = "piirros"\n'), "tuntematon tehtävätyyppi"),
        (_exercise('[[exercise]]\ntitle = "X"\ntype = "checklist"\nitems = ["a"]\n'), "3–12"),
        (_exercise('[[exercise]]\ntitle = "X"\ntype = "scale"\nitems = ["a", "b"]\n'), "low"),
        (
            _exercise('[[exercise]]\ntitle = "X"\ntype = "lines"\nprompts = ["a"]\nlines = 20\n'),
            "1–8",
        ),
        (_exercise('[[exercise]]\ntype = "lines"\nprompts = ["a"]\n'), "otsikko"),
        (_VALID, "tehtäviä pitää olla 3–5"),
        (_exercise("[[exercise]\n"), "TOMLia"),
        ('number = 1\ntitle = "X"\n', "key, number tai title"),
    ],
)
def test_broken_chapter_files_are_refused_with_the_file_name(
    tmp_path: Path, content: str, message: str
) -> None:
    (tmp_path / "01-testi.toml").write_text(content, encoding="utf-8")
    with pytest.raises(ValidationError, match=message) as err:
        workbook.load_chapters_from(tmp_path)
    assert "01-testi.toml" in str(err.value)


def test_a_valid_edited_folder_loads(tmp_path: Path) -> None:
    (tmp_path / "01-testi.toml").write_text(
        _exercise('[[exercise]]\ntitle = "Viikko"\ntype = "week_grid"\nrows = ["Aamu", "Ilta"]\n'),
        encoding="utf-8",
    )
    (chapter,) = workbook.load_chapters_from(tmp_path)
    assert chapter.exercises[-1].rows == ("Aamu", "Ilta")
