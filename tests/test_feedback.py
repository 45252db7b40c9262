"""The feedback form per group, saving answers, edits and the summary."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from voimaa import audit, feedback, groups, labels
from voimaa.errors import NotFoundError, ValidationError
from voimaa.store import Store


@pytest.fixture
def group_id(store: Store) -> uuid.UUID:
    return groups.create_group(store, groups.NewGroup(name="Palauteryhmä")).id


def test_default_form_content() -> None:
    form = feedback.form_from_json(feedback.default_form())
    assert len(form.scale) == 5 and form.scale[0] == "Täysin eri mieltä"
    areas = {s.area for s in form.statements}
    assert {"ilmapiiri", "aiheet", "ohjaajat", "hyoty", "jarjestelyt"} <= areas
    assert [q.key for q in form.questions] == ["parasta", "muutettavaa", "jatko"]
    assert len(form.statements) == 17  # double statements split in two


def test_group_gets_its_own_copy(store: Store, group_id: uuid.UUID) -> None:
    other = groups.create_group(store, groups.NewGroup(name="Toinen")).id
    feedback.add_item(store, group_id, "statement", "Kahvi oli  hyvää.", area="jarjestelyt")
    mine = feedback.group_form(store, group_id)
    assert mine.statements[-1].text == "Kahvi oli hyvää."
    assert mine.statements[-1].key == "kahvi_oli_hyvaa"
    assert len(feedback.group_form(store, other).statements) == len(mine.statements) - 1


def test_edit_move_and_remove_items(store: Store, group_id: uuid.UUID) -> None:
    form = feedback.edit_item(store, group_id, "question", "jatko", "Mitä seuraavaksi?")
    assert form.questions[-1].text == "Mitä seuraavaksi?"
    form = feedback.move_item(store, group_id, "question", "jatko", -1)
    assert [q.key for q in form.questions] == ["parasta", "jatko", "muutettavaa"]
    form = feedback.remove_item(store, group_id, "statement", "aiheet_tyokirja")
    assert "aiheet_tyokirja" not in {s.key for s in form.statements}
    with pytest.raises(NotFoundError):
        feedback.remove_item(store, group_id, "statement", "aiheet_tyokirja")
    with pytest.raises(ValidationError, match="Kirjoita"):
        feedback.add_item(store, group_id, "question", "   ")
    assert len(audit.list_events(store, group_id=group_id, action="feedback.form_edit")) == 3


def test_form_cannot_be_emptied(store: Store, group_id: uuid.UUID) -> None:
    form = feedback.group_form(store, group_id)
    for st in form.statements:
        feedback.remove_item(store, group_id, "statement", st.key)
    for q in form.questions[:-1]:
        feedback.remove_item(store, group_id, "question", q.key)
    with pytest.raises(ValidationError, match="ainakin yksi"):
        feedback.remove_item(store, group_id, "question", form.questions[-1].key)


def test_save_as_default_for_new_groups(store: Store, group_id: uuid.UUID) -> None:
    feedback.add_item(store, group_id, "question", "Mitä muuta haluat sanoa?")
    assert len(feedback.new_group_form(store)["question"]) == 3
    feedback.save_as_default(store, group_id)
    assert feedback.new_group_form(store)["question"][-1]["text"] == "Mitä muuta haluat sanoa?"
    other = groups.create_group(store, groups.NewGroup(name="Uusi")).id
    restored = feedback.restore_default_form(store, other)
    assert restored.questions[-1].text == "Mitä muuta haluat sanoa?"
    # The bundled default is untouched.
    assert len(feedback.default_form()["question"]) == 3


def test_save_feedback_is_anonymous_by_default(store: Store, group_id: uuid.UUID) -> None:
    entry = feedback.save_feedback(
        store,
        group_id,
        {"ilmapiiri_turvallinen": 5, "hyoty_arki": 3},
        {"parasta": "  Kahvihetket  ", "jatko": ""},
        filled_on=date(2026, 11, 17),
    )
    assert entry.anonymous
    assert entry.ratings["ilmapiiri_turvallinen"] == 5
    assert entry.ratings["aiheet_tyokirja"] is None
    assert entry.open_answers == {"parasta": "Kahvihetket"}


@pytest.mark.parametrize(
    ("ratings", "answers", "message"),
    [
        ({}, {}, "yhtään vastausta"),
        ({"ilmapiiri_turvallinen": 6}, {}, "1–5"),
        ({"ilmapiiri_turvallinen": 0}, {}, "1–5"),
        ({"tuntematon": 3}, {}, "ei ole"),
        ({}, {"tuntematon": "x"}, "ei ole"),
        ({}, {"parasta": "x" * 5000}, "liian pitkä"),
    ],
)
def test_bad_feedback_is_refused(
    store: Store, group_id: uuid.UUID, ratings: dict, answers: dict, message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        feedback.save_feedback(store, group_id, ratings, answers, filled_on=None)
    assert feedback.list_feedback(store, group_id) == []


def test_edit_and_delete_are_logged(store: Store, group_id: uuid.UUID) -> None:
    entry = feedback.save_feedback(store, group_id, {"hyoty_arki": 2}, {}, filled_on=None)
    changed = feedback.update_feedback(
        store, entry.id, {"hyoty_arki": 4}, {"parasta": "Ryhmä"}, filled_on=date(2026, 11, 17)
    )
    assert changed.ratings["hyoty_arki"] == 4 and changed.filled_on == date(2026, 11, 17)
    feedback.delete_feedback(store, entry.id)
    assert feedback.list_feedback(store, group_id) == []
    actions = {e.action for e in audit.list_events(store, group_id=group_id)}
    assert {"feedback.edit", "feedback.delete"} <= actions
    # Personal text never goes into the log.
    assert all("Ryhmä" not in str(e.details) for e in audit.list_events(store))


def test_summary_of_the_demo_group(demo_store: Store, demo_group_id: uuid.UUID) -> None:
    summary = feedback.feedback_summary(demo_store, demo_group_id)
    assert summary.responses == 5
    first = summary.statements[0]
    # Demo answers to "Ryhmässä oli turvallista olla.": 5, 4, 5, 4, 5
    assert first.counts == (0, 0, 0, 2, 3)
    assert first.n == 5 and first.mean == pytest.approx(4.6)
    best = summary.questions[0]
    assert best.question.key == "parasta" and len(best.answers) == 5
    change = summary.questions[1]
    assert "Ei mitään." in change.answers and "" not in change.answers


def test_summary_counts_skip_missing(store: Store, group_id: uuid.UUID) -> None:
    for value in (1, 1, None, 5):
        feedback.save_feedback(
            store, group_id, {"hyoty_arki": value}, {"parasta": "x"}, filled_on=None
        )
    summary = feedback.feedback_summary(store, group_id)
    item = next(s for s in summary.statements if s.key == "hyoty_arki")
    assert item.counts == (2, 0, 0, 0, 1) and item.n == 3
    assert item.mean == pytest.approx(7 / 3)
    untouched = next(s for s in summary.statements if s.key == "hyoty_suosittelu")
    assert untouched.n == 0 and untouched.mean is None


def test_dont_know_is_one_rule_no_answer_everywhere(
    store: Store, group_id: uuid.UUID, tmp_path: object
) -> None:
    """An "en osaa sanoa" tick is typed as no answer (None): the summary leaves it out of the
    count and the mean, and the group report shows it in the "Ei vast." column with the note."""
    from pathlib import Path

    from pypdf import PdfReader

    from voimaa.export import jobs

    form = feedback.group_form(store, group_id)
    first, second = form.statements[0].key, form.statements[1].key
    feedback.save_feedback(store, group_id, {first: 5, second: 2}, {}, filled_on=None)
    feedback.save_feedback(store, group_id, {first: None, second: 4}, {}, filled_on=None)
    summary = feedback.feedback_summary(store, group_id)
    one, two = summary.statements[0], summary.statements[1]
    assert (one.n, one.mean, one.counts) == (1, 5.0, (0, 0, 0, 0, 1))
    assert (two.n, two.mean) == (2, 3.0)
    path = jobs.export_group_report(store, group_id, Path(str(tmp_path)) / "r.pdf")
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())
    assert "Ei vast." in text
    assert f"{form.statements[0].text} 5,00 0 0 0 0 1 1" in text
    assert " ".join(labels.no_answer_note().split()) in text
    with pytest.raises(ValidationError):  # there is no sixth point to store
        feedback.save_feedback(store, group_id, {first: 6}, {}, filled_on=None)
