"""The customer feedback form: the default form, a group's own copy, answers and summaries.

Each group keeps its own copy of the form (taken at creation), so editing one group's form or
the default never changes what another group's answers mean. Answers are anonymous unless a
participant is given on purpose.
"""

from __future__ import annotations

import copy
import re
import statistics
import tomllib
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any, Literal

from sqlalchemy import select

from voimaa import audit, paths
from voimaa.errors import NotFoundError, ValidationError
from voimaa.i18n import translate
from voimaa.loaders import load_group
from voimaa.models import FeedbackResponse, GroupMode, Participant, Setting
from voimaa.remote import feedback_return
from voimaa.store import Store

DEFAULT_FORM_FILE = ("feedback", "default.toml")
DEFAULT_FORM_SETTING = "feedback.default_form"
SCALE_POINTS = 5
MAX_TEXT = 300
MAX_ANSWER = 4000

Kind = Literal["statement", "question"]


@cache
def _default_form() -> dict[str, Any]:
    with paths.asset(*DEFAULT_FORM_FILE).open("rb") as fh:
        return tomllib.load(fh)


def default_form() -> dict[str, Any]:
    """A fresh copy of the bundled default form (title, intro, scale, statement, question)."""
    return copy.deepcopy(_default_form())


# --- The form -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Statement:
    key: str
    text: str
    area: str = ""


@dataclass(frozen=True)
class Question:
    key: str
    text: str


@dataclass(frozen=True)
class FeedbackForm:
    title: str
    intro: str
    scale: tuple[str, ...]  # labels for 1 → 5 (1 = täysin eri mieltä)
    statements: tuple[Statement, ...]
    questions: tuple[Question, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "intro": self.intro,
            "scale": list(self.scale),
            "statement": [{"key": s.key, "area": s.area, "text": s.text} for s in self.statements],
            "question": [{"key": q.key, "text": q.text} for q in self.questions],
        }


def form_from_json(data: Mapping[str, Any] | None) -> FeedbackForm:
    """A form from its stored JSON; the bundled default fills anything missing."""
    base = _default_form()
    data = data or base
    scale = tuple(str(x) for x in data.get("scale") or base["scale"])
    if len(scale) != SCALE_POINTS:
        scale = tuple(base["scale"])
    return FeedbackForm(
        title=str(data.get("title") or base["title"]),
        intro=str(data.get("intro", base["intro"])),
        scale=scale,
        statements=tuple(
            Statement(str(s["key"]), str(s["text"]), str(s.get("area", "")))
            for s in data.get("statement", [])
        ),
        questions=tuple(Question(str(q["key"]), str(q["text"])) for q in data.get("question", [])),
    )


def group_form(store: Store, group_id: uuid.UUID) -> FeedbackForm:
    """The group's own feedback form."""
    with store.session() as s:
        return form_from_json(load_group(s, group_id).feedback_form)


def _clean_text(text: str, what: str) -> str:
    cleaned = " ".join(text.split())
    if not cleaned:
        raise ValidationError(translate("Feedback", "Kirjoita {what}.").format(what=what))
    if len(cleaned) > MAX_TEXT:
        raise ValidationError(
            translate("Feedback", "Teksti on liian pitkä (enintään {n} merkkiä).").format(
                n=MAX_TEXT
            )
        )
    return cleaned


def _new_key(text: str, taken: set[str]) -> str:
    table = str.maketrans({"ä": "a", "ö": "o", "å": "a"})
    slug = re.sub(r"[^a-z0-9]+", "_", text.lower().translate(table)).strip("_")[:30] or "kohta"
    key, n = slug, 2
    while key in taken:
        key, n = f"{slug}_{n}", n + 1
    return key


def _what(kind: Kind) -> str:
    return (
        translate("Feedback", "väittämä")
        if kind == "statement"
        else translate("Feedback", "avoin kysymys")
    )


def _edit_form(
    store: Store, group_id: uuid.UUID, action: str, change: Any, **details: Any
) -> FeedbackForm:
    with store.session() as s:
        group = load_group(s, group_id)
        form = form_from_json(group.feedback_form).to_json()
        change(form)
        if not form["statement"] and not form["question"]:
            raise ValidationError(
                translate("Feedback", "Lomakkeessa pitää olla ainakin yksi väittämä tai kysymys.")
            )
        group.feedback_form = form
        audit.record(s, action, group_id=group_id, **details)
        return form_from_json(form)


def add_item(
    store: Store, group_id: uuid.UUID, kind: Kind, text: str, *, area: str = ""
) -> FeedbackForm:
    """Add a statement (answered 1–5) or an open question at the end of the group's form."""
    cleaned = _clean_text(text, _what(kind))

    def change(form: dict[str, Any]) -> None:
        taken = {x["key"] for x in form["statement"] + form["question"]}
        item: dict[str, str] = {"key": _new_key(cleaned, taken), "text": cleaned}
        if kind == "statement":
            item["area"] = area.strip()
        form[kind].append(item)

    return _edit_form(store, group_id, "feedback.form_edit", change, op="add", kind=kind)


def edit_item(store: Store, group_id: uuid.UUID, kind: Kind, key: str, text: str) -> FeedbackForm:
    """Reword a statement or question; its answers stay with it (same key)."""
    cleaned = _clean_text(text, _what(kind))

    def change(form: dict[str, Any]) -> None:
        for item in form[kind]:
            if item["key"] == key:
                item["text"] = cleaned
                return
        raise NotFoundError(translate("Feedback", "Kohtaa ei löydy lomakkeesta. Päivitä näkymä."))

    return _edit_form(store, group_id, "feedback.form_edit", change, op="edit", kind=kind, key=key)


def remove_item(store: Store, group_id: uuid.UUID, kind: Kind, key: str) -> FeedbackForm:
    """Remove a statement or question from the form. Saved answers to it are kept but no
    longer shown."""

    def change(form: dict[str, Any]) -> None:
        before = len(form[kind])
        form[kind] = [item for item in form[kind] if item["key"] != key]
        if len(form[kind]) == before:
            raise NotFoundError(
                translate("Feedback", "Kohtaa ei löydy lomakkeesta. Päivitä näkymä.")
            )

    return _edit_form(
        store, group_id, "feedback.form_edit", change, op="remove", kind=kind, key=key
    )


def move_item(store: Store, group_id: uuid.UUID, kind: Kind, key: str, offset: int) -> FeedbackForm:
    """Move a statement or question up (offset −1) or down (+1)."""

    def change(form: dict[str, Any]) -> None:
        keys = [item["key"] for item in form[kind]]
        if key not in keys:
            raise NotFoundError(
                translate("Feedback", "Kohtaa ei löydy lomakkeesta. Päivitä näkymä.")
            )
        i = keys.index(key)
        j = max(0, min(len(keys) - 1, i + offset))
        items = form[kind]
        items.insert(j, items.pop(i))

    return _edit_form(store, group_id, "feedback.form_edit", change, op="move", kind=kind, key=key)


def save_as_default(store: Store, group_id: uuid.UUID) -> None:
    """Make the group's form the default for groups created from now on."""
    form = group_form(store, group_id).to_json()
    with store.session() as s:
        row = s.scalar(select(Setting).where(Setting.key == DEFAULT_FORM_SETTING))
        if row is None:
            s.add(Setting(key=DEFAULT_FORM_SETTING, value=form))
        else:
            row.value = form
        audit.record(s, "feedback.default_form", group_id=group_id)


def form_for_new_group(s: Any) -> dict[str, Any]:
    """The form a new group gets (within the caller's unit of work): the saved default when
    there is one, else the bundled default."""
    saved = s.scalar(select(Setting.value).where(Setting.key == DEFAULT_FORM_SETTING))
    return form_from_json(saved).to_json() if saved else default_form()


def new_group_form(store: Store) -> dict[str, Any]:
    """The form a new group would get now."""
    with store.session() as s:
        return form_for_new_group(s)


def restore_default_form(store: Store, group_id: uuid.UUID) -> FeedbackForm:
    """Replace the group's form with the default for new groups."""
    with store.session() as s:
        group = load_group(s, group_id)
        group.feedback_form = form_for_new_group(s)
        audit.record(s, "feedback.form_edit", group_id=group_id, op="restore")
        return form_from_json(group.feedback_form)


# --- Answers ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FeedbackEntry:
    id: uuid.UUID
    group_id: uuid.UUID
    filled_on: date | None
    ratings: dict[str, int | None]
    open_answers: dict[str, str]
    anonymous: bool

    @property
    def answered(self) -> int:
        return sum(1 for v in self.ratings.values() if v is not None)


def _entry(row: FeedbackResponse) -> FeedbackEntry:
    return FeedbackEntry(
        id=row.id,
        group_id=row.group_id,
        filled_on=row.filled_on,
        ratings=dict(row.ratings or {}),
        open_answers=dict(row.open_answers or {}),
        anonymous=row.participant_id is None,
    )


# "En osaa sanoa" is typed like an empty answer (None), never a point (labels.no_answer_note).
def _clean_answers(
    form: FeedbackForm, ratings: Mapping[str, int | None], open_answers: Mapping[str, str]
) -> tuple[dict[str, int | None], dict[str, str]]:
    statement_keys = {st.key for st in form.statements}
    question_keys = {q.key for q in form.questions}
    unknown = (set(ratings) - statement_keys) | (set(open_answers) - question_keys)
    if unknown:
        raise ValidationError(
            translate(
                "Feedback", "Vastauksessa on kohtia, joita lomakkeessa ei ole. Päivitä näkymä."
            )
        )
    clean_ratings: dict[str, int | None] = {}
    for key in (st.key for st in form.statements):
        value = ratings.get(key)
        if value is not None and (
            isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5
        ):
            raise ValidationError(translate("Feedback", "Väittämän vastaus on 1–5 tai tyhjä."))
        clean_ratings[key] = value
    clean_open = {}
    for key, text in open_answers.items():
        text = text.strip()
        if len(text) > MAX_ANSWER:
            raise ValidationError(
                translate(
                    "Feedback", "Avoin vastaus on liian pitkä (enintään {n} merkkiä)."
                ).format(n=MAX_ANSWER)
            )
        if text:
            clean_open[key] = text
    if all(v is None for v in clean_ratings.values()) and not clean_open:
        raise ValidationError(translate("Feedback", "Lomakkeessa ei ole yhtään vastausta."))
    return clean_ratings, clean_open


def save_feedback(
    store: Store,
    group_id: uuid.UUID,
    ratings: Mapping[str, int | None],
    open_answers: Mapping[str, str],
    *,
    filled_on: date | None,
    participant_id: uuid.UUID | None = None,
) -> FeedbackEntry:
    """Save one filled feedback form. Anonymous unless `participant_id` is given on purpose."""
    with store.session() as s:
        group = load_group(s, group_id)
        form = form_from_json(group.feedback_form)
        clean_ratings, clean_open = _clean_answers(form, ratings, open_answers)
        if participant_id is not None:
            participant = s.get(Participant, participant_id)
            if participant is None or participant.group_id != group_id:
                raise NotFoundError(translate("Feedback", "Osallistujaa ei löydy tästä ryhmästä."))
        row = FeedbackResponse(
            group_id=group_id,
            participant_id=participant_id,
            filled_on=filled_on,
            ratings=clean_ratings,
            open_answers=clean_open,
        )
        s.add(row)
        s.flush()
        return _entry(row)


def _load_response(s: Any, response_id: uuid.UUID) -> FeedbackResponse:
    row = s.get(FeedbackResponse, response_id)
    if row is None:
        raise NotFoundError(translate("Feedback", "Palautetta ei löydy. Se on ehkä poistettu."))
    return row


def update_feedback(
    store: Store,
    response_id: uuid.UUID,
    ratings: Mapping[str, int | None],
    open_answers: Mapping[str, str],
    *,
    filled_on: date | None,
) -> FeedbackEntry:
    """Correct a saved feedback form (logged)."""
    with store.session() as s:
        row = _load_response(s, response_id)
        form = form_from_json(load_group(s, row.group_id).feedback_form)
        clean_ratings, clean_open = _clean_answers(form, ratings, open_answers)
        row.ratings = clean_ratings
        row.open_answers = clean_open
        row.filled_on = filled_on
        audit.record(s, "feedback.edit", group_id=row.group_id, target=str(row.id))
        s.flush()
        return _entry(row)


def delete_feedback(store: Store, response_id: uuid.UUID) -> None:
    """Delete a saved feedback form (logged)."""
    with store.session() as s:
        row = _load_response(s, response_id)
        audit.record(s, "feedback.delete", group_id=row.group_id, target=str(row.id))
        s.delete(row)


def list_feedback(store: Store, group_id: uuid.UUID) -> list[FeedbackEntry]:
    """The group's saved feedback forms in the order they were entered."""
    with store.session() as s:
        load_group(s, group_id)
        rows = s.scalars(
            select(FeedbackResponse)
            .where(FeedbackResponse.group_id == group_id)
            .order_by(FeedbackResponse.created_at, FeedbackResponse.id)
        )
        return [_entry(r) for r in rows]


def get_feedback(store: Store, response_id: uuid.UUID) -> FeedbackEntry:
    with store.session() as s:
        return _entry(_load_response(s, response_id))


def default_date(store: Store, group_id: uuid.UUID) -> date | None:
    """The date the feedback forms are usually filled in: the group's last session."""
    from voimaa.models import GroupSession

    with store.session() as s:
        load_group(s, group_id)
        return s.scalar(
            select(GroupSession.date)
            .where(GroupSession.group_id == group_id, GroupSession.date.is_not(None))
            .order_by(GroupSession.number.desc())
            .limit(1)
        )


# --- Summary ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class StatementSummary:
    statement: Statement
    counts: tuple[int, int, int, int, int]  # answers 1 … 5
    n: int
    mean: float | None

    @property
    def key(self) -> str:
        return self.statement.key

    @property
    def text(self) -> str:
        return self.statement.text


@dataclass(frozen=True)
class QuestionAnswers:
    question: Question
    answers: tuple[str, ...]


@dataclass(frozen=True)
class FeedbackSummary:
    group_id: uuid.UUID
    form: FeedbackForm
    responses: int
    statements: tuple[StatementSummary, ...]
    questions: tuple[QuestionAnswers, ...]


def feedback_summary(store: Store, group_id: uuid.UUID) -> FeedbackSummary:
    """Per statement the distribution of answers 1–5, n and mean; open answers per question."""
    with store.session() as s:
        form = form_from_json(load_group(s, group_id).feedback_form)
    entries = list_feedback(store, group_id)
    statements = []
    for st in form.statements:
        values = [e.ratings.get(st.key) for e in entries]
        given = [v for v in values if isinstance(v, int) and 1 <= v <= 5]
        counts = tuple(given.count(v) for v in range(1, SCALE_POINTS + 1))
        statements.append(
            StatementSummary(
                statement=st,
                counts=counts,  # type: ignore[arg-type]
                n=len(given),
                mean=statistics.fmean(given) if given else None,
            )
        )
    questions = tuple(
        QuestionAnswers(
            q, tuple(e.open_answers[q.key] for e in entries if e.open_answers.get(q.key))
        )
        for q in form.questions
    )
    return FeedbackSummary(group_id, form, len(entries), tuple(statements), questions)


# --- Printable form -----------------------------------------------------------------------------


@dataclass(frozen=True)
class PrintedForms:
    """Blank copies of a feedback form to print, each starting on a new page."""

    form: FeedbackForm
    copies: int
    returning: str = ""  # how a remote group's participants return the form anonymously


def printed_forms(store: Store, group_id: uuid.UUID | None, copies: int = 1) -> PrintedForms:
    """The blank, anonymous form to print: the group's own form, or without a group the
    default for new groups."""
    if not 1 <= copies <= 50:
        raise ValidationError(translate("Feedback", "Kopioita voi tulostaa 1–50."))
    if group_id is None:
        return PrintedForms(form_from_json(new_group_form(store)), copies)
    with store.session() as s:
        group = load_group(s, group_id)
        returning = feedback_return() if group.mode == GroupMode.REMOTE else ""
        return PrintedForms(form_from_json(group.feedback_form), copies, returning)
