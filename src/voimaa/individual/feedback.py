"""The feedback form of individual work: anonymous although a period has one respondent.

A group's forms are anonymous because eight people answer together. A period has one client,
so a form kept beside the period would be that client's answer. Here a filled form is saved
with **no link** to the client, the period, the worker or a day: only the place of the period
and the year it was entered (:class:`~voimaa.models.PeriodFeedback`, timestamps set to the
start of that year). The forms are only ever shown pooled per place and year, and a pool is
shown only

- when it holds at least :data:`~voimaa.coordinator.figures.MIN_CELL` (3) forms, as elsewhere,
  and a statement's answers only when at least 3 forms answered it;
- when its year is over. Forms are entered for the current year only, so a shown pool never
  changes again: nobody can see the pool before and after one more form and take the
  difference.

Open answers of a shown pool are listed in alphabetical order, never in the order entered.

What this cannot do: the worker who types a form in has read it (the client should return it in
a sealed envelope or a box and the forms be typed in a batch); in a place with few clients a
worker may know who the three in a pool were, and a striking open answer can name its writer; a
person who reads the database file with SQL tools can see the rows' storage order.
"""

from __future__ import annotations

import statistics
import tomllib
import uuid
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import cache
from typing import Any

from sqlalchemy import func, select

from voimaa import feedback, paths
from voimaa.coordinator.figures import MIN_CELL
from voimaa.errors import ValidationError
from voimaa.feedback import FeedbackForm, PrintedForms, form_from_json
from voimaa.i18n import translate
from voimaa.loaders import load_period
from voimaa.models import PeriodFeedback
from voimaa.store import Store

FORM_FILE = ("feedback", "individual.toml")


@cache
def _form_json() -> dict[str, Any]:
    with paths.asset(*FORM_FILE).open("rb") as fh:
        return tomllib.load(fh)


def period_form() -> FeedbackForm:
    """The bundled feedback form of individual work (same scale and layout as the groups')."""
    return form_from_json(_form_json())


def printed_period_forms(copies: int = 1) -> PrintedForms:
    """Blank forms to print for clients (the group form writer prints them)."""
    if not 1 <= copies <= 50:
        raise ValidationError(translate("Feedback", "Kopioita voi tulostaa 1–50."))
    return PrintedForms(period_form(), copies)


def save_period_feedback(
    store: Store,
    period_id: uuid.UUID,
    ratings: Mapping[str, int | None],
    open_answers: Mapping[str, str],
    *,
    today: date | None = None,
) -> int:
    """Save one filled form under the period's place and this year, not under the period.

    Returns how many forms that place has this year. Nothing is logged: an entry in the log
    at this moment, beside the period's own events, would link the answer to the client."""
    year = (today or date.today()).year
    form = period_form()
    clean_ratings, clean_open = feedback._clean_answers(form, ratings, open_answers)
    start_of_year = datetime(year, 1, 1, tzinfo=UTC)
    with store.session() as s:
        place = load_period(s, period_id).place
        s.add(
            PeriodFeedback(
                place=place,
                year=year,
                form=form.to_json(),
                ratings=clean_ratings,
                open_answers=clean_open,
                created_at=start_of_year,
                updated_at=start_of_year,
            )
        )
        s.flush()
        return int(
            s.scalar(
                select(func.count())
                .select_from(PeriodFeedback)
                .where(PeriodFeedback.place == place, PeriodFeedback.year == year)
            )
            or 0
        )


@dataclass(frozen=True)
class PooledStatement:
    text: str
    n: int
    counts: tuple[int, ...] | None  # answers 1 … 5; None when fewer than 3 answered
    mean: float | None


@dataclass(frozen=True)
class FeedbackPool:
    place: str
    year: int
    responses: int
    shown: bool  # the year is over and the pool has at least 3 forms
    statements: tuple[PooledStatement, ...]  # empty unless shown
    answers: tuple[tuple[str, tuple[str, ...]], ...]  # question → sorted answers; if shown

    @property
    def reason(self) -> str:
        """Why a pool is not shown (empty when it is)."""
        if self.shown:
            return ""
        if self.responses < MIN_CELL:
            return translate("Feedback", "alle {n} lomaketta: ei näytetä").format(n=MIN_CELL)
        return translate("Feedback", "näytetään vuoden päätyttyä")


def feedback_pools(store: Store, *, today: date | None = None) -> list[FeedbackPool]:
    """Every place and year with forms, newest year first; contents only of shown pools."""
    this_year = (today or date.today()).year
    with store.session() as s:
        rows = [
            (r.place, r.year, r.ratings, r.open_answers) for r in s.scalars(select(PeriodFeedback))
        ]
    pooled: dict[tuple[str, int], list[tuple[dict[str, Any], dict[str, str]]]] = defaultdict(list)
    for place, year, ratings, open_answers in rows:
        pooled[(place, year)].append((dict(ratings or {}), dict(open_answers or {})))
    form = period_form()
    pools = []
    for (place, year), forms in sorted(pooled.items(), key=lambda kv: (-kv[0][1], kv[0][0])):
        shown = year < this_year and len(forms) >= MIN_CELL
        statements: list[PooledStatement] = []
        answers: list[tuple[str, tuple[str, ...]]] = []
        if shown:
            for st in form.statements:
                given = [v for r, _a in forms if isinstance(v := r.get(st.key), int)]
                enough = len(given) >= MIN_CELL
                counts = tuple(given.count(v) for v in range(1, feedback.SCALE_POINTS + 1))
                statements.append(
                    PooledStatement(
                        st.text,
                        len(given),
                        counts if enough else None,
                        statistics.fmean(given) if enough else None,
                    )
                )
            for q in form.questions:
                texts = sorted((a[q.key] for _r, a in forms if a.get(q.key)), key=str.casefold)
                answers.append((q.text, tuple(texts)))
        pools.append(
            FeedbackPool(place, year, len(forms), shown, tuple(statements), tuple(answers))
        )
    return pools
