"""EUROHIS-8 scoring, recoding, saving, entry queue and before/after change."""

from __future__ import annotations

import math
import uuid
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from voimaa import audit, eurohis, groups, roster
from voimaa.errors import NotFoundError, ValidationError
from voimaa.eurohis import ITEMS, PairStatus, Phase, WordingVersion
from voimaa.eurohis.settings import EurohisSettings, save_eurohis_settings
from voimaa.models import EurohisResponse, Participant, ParticipantStatus
from voimaa.store import Store

answer = st.integers(min_value=1, max_value=5)
complete_form = st.lists(answer, min_size=8, max_size=8)
maybe_answer = st.one_of(st.none(), answer)
any_form = st.lists(maybe_answer, min_size=8, max_size=8)


# --- Properties ---------------------------------------------------------------------------------


@given(complete_form)
def test_mean_times_eight_is_the_sum(answers: list[int]) -> None:
    result = eurohis.score(answers)
    assert result is not None
    assert math.isclose(result.mean * 8, sum(answers))
    assert math.isclose(result.total, sum(answers))
    assert 1 <= result.mean <= 5 and not result.prorated


@given(any_form, st.sampled_from(list(WordingVersion)))
def test_recoding_twice_is_the_identity(answers: list[int | None], wording: WordingVersion) -> None:
    assert eurohis.recode(eurohis.recode(answers, wording), wording) == tuple(answers)


@given(complete_form)
def test_finmonik_reverses_exactly_the_satisfaction_items(answers: list[int]) -> None:
    stored = eurohis.recode(answers, WordingVersion.FINMONIK)
    for item, printed, value in zip(ITEMS, answers, stored, strict=True):
        assert value == (6 - printed if item.scale == "B" else printed)
    assert eurohis.recode(answers, WordingVersion.THL_ATH) == tuple(answers)


@given(any_form, st.booleans())
def test_no_score_with_two_or_more_missing(answers: list[int | None], allow: bool) -> None:
    missing = answers.count(None)
    result = eurohis.score(answers, allow_prorated=allow)
    if missing >= 2:
        assert result is None


@given(complete_form, st.integers(min_value=0, max_value=7))
def test_prorating_only_when_allowed(answers: list[int], hole: int) -> None:
    form: list[int | None] = list(answers)
    form[hole] = None
    assert eurohis.score(form, allow_prorated=False) is None
    result = eurohis.score(form, allow_prorated=True)
    assert result is not None and result.prorated and result.answered == 7
    rest = [a for i, a in enumerate(answers) if i != hole]
    assert math.isclose(result.mean, sum(rest) / 7)


def test_good_quality_of_life_from_mean_four() -> None:
    assert eurohis.score([4] * 8).good  # type: ignore[union-attr]
    assert not eurohis.score([4] * 7 + [3]).good  # type: ignore[union-attr]


def test_invalid_answers_are_refused() -> None:
    with pytest.raises(ValueError):
        eurohis.score([6] + [3] * 7)
    with pytest.raises(ValueError):
        eurohis.score([3] * 7)


# --- RCI worked by hand -----------------------------------------------------------------------


def test_rci_worked_example_default_settings() -> None:
    # r = 0.78, SD = 0.65:
    #   S_diff = √2 · 0.65 · √(1 − 0.78) = 1.414214 · 0.65 · 0.469042 = 0.431161
    # Before mean 2.25 (sum 18), after mean 3.00 (sum 24): change 0.75
    #   RCI = 0.75 / 0.431161 = 1.7395  → not reliable (≤ 1.96)
    assert eurohis.s_diff(0.65, 0.78) == pytest.approx(0.431161, abs=1e-6)
    index = eurohis.rci(2.25, 3.0, sd=0.65, reliability=0.78)
    assert index == pytest.approx(1.7395, abs=1e-4)
    assert not eurohis.is_reliable(index)


def test_rci_worked_example_reliable_improvement_and_worsening() -> None:
    # Change +1.00 with the same S_diff 0.431161: RCI = 2.3193 → reliable improvement.
    assert eurohis.rci(2.0, 3.0, sd=0.65, reliability=0.78) == pytest.approx(2.3193, abs=1e-4)
    assert eurohis.is_reliable(eurohis.rci(2.0, 3.0, sd=0.65, reliability=0.78))
    # r = 0.5, SD = 1.0: S_diff = √2 · 1 · √0.5 = 1.0 exactly; change −2.5 → RCI −2.5, reliable.
    assert eurohis.s_diff(1.0, 0.5) == pytest.approx(1.0)
    assert eurohis.rci(4.0, 1.5, sd=1.0, reliability=0.5) == pytest.approx(-2.5)
    assert eurohis.is_reliable(-2.5)
    # Exactly at the threshold is not reliable: |RCI| must exceed 1.96.
    assert not eurohis.is_reliable(1.96)


# --- Saving, queue and before/after on a store --------------------------------------------------


def _group_with(store: Store, count: int) -> tuple[uuid.UUID, list[uuid.UUID]]:
    summary = groups.create_group(
        store, groups.NewGroup(name="Testiryhmä", place="Juva", start_date=date(2026, 9, 1))
    )
    ids = []
    with store.session() as s:
        for i in range(count):
            p = Participant(group_id=summary.id, code=roster.new_code(), name=f"Henkilö {i}")
            s.add(p)
            s.flush()
            ids.append(p.id)
    return summary.id, ids


def test_save_recodes_on_entry_and_upserts(store: Store) -> None:
    _, (pid,) = _group_with(store, 1)
    printed = [4, 1, 3, 2, 5, 1, 2, 3]
    first = eurohis.save_response(
        store, pid, Phase.BEFORE, printed, wording=WordingVersion.FINMONIK, filled_on=None
    )
    # Items 2, 4, 5, 6, 8 are satisfaction items, printed best-first in FinMonik.
    assert first.answers == (4, 5, 3, 4, 1, 5, 2, 3)
    assert first.printed == tuple(printed)
    assert first.score is not None and first.score.total == 27
    assert not first.edited
    assert audit.list_events(store, action="eurohis.edit") == []
    second = eurohis.save_response(store, pid, Phase.BEFORE, [3] * 8, filled_on=date(2026, 9, 1))
    assert second.edited and second.id == first.id and second.score.mean == 3  # type: ignore[union-attr]
    events = audit.list_events(store, action="eurohis.edit")
    assert len(events) == 1 and events[0].details["changed_items"] == [1, 2, 4, 5, 6, 7]
    with store.session() as s:
        assert s.query(EurohisResponse).count() == 1
    again = eurohis.get_response(store, pid, Phase.BEFORE)
    assert again is not None and again.answers == (3,) * 8 and again.filled_on == date(2026, 9, 1)
    assert eurohis.get_response(store, pid, Phase.AFTER) is None


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        ([None] * 8, "yhtään vastausta"),
        ([3] * 7, "kahdeksan"),
        ([3] * 7 + [6], "1–5"),
        ([3] * 7 + [0], "1–5"),
    ],
)
def test_bad_forms_are_refused(store: Store, answers: list[int | None], message: str) -> None:
    _, (pid,) = _group_with(store, 1)
    with pytest.raises(ValidationError, match=message):
        eurohis.save_response(store, pid, Phase.BEFORE, answers, filled_on=None)


def test_unknown_participant(store: Store) -> None:
    with pytest.raises(NotFoundError):
        eurohis.save_response(store, uuid.uuid4(), Phase.BEFORE, [3] * 8, filled_on=None)


def test_delete_response_is_logged(store: Store) -> None:
    _, (pid,) = _group_with(store, 1)
    eurohis.save_response(store, pid, Phase.AFTER, [3] * 8, filled_on=None)
    assert eurohis.delete_response(store, pid, Phase.AFTER)
    assert not eurohis.delete_response(store, pid, Phase.AFTER)
    assert len(audit.list_events(store, action="eurohis.delete")) == 1


def test_saved_score_follows_the_prorating_setting(store: Store) -> None:
    _, (pid,) = _group_with(store, 1)
    form = [4] * 7 + [None]
    assert eurohis.save_response(store, pid, Phase.BEFORE, form, filled_on=None).score is None
    save_eurohis_settings(store, EurohisSettings(allow_prorated=True))
    result = eurohis.get_response(store, pid, Phase.BEFORE)
    assert result is not None and result.score is not None and result.score.prorated


def test_entry_queue_of_the_demo_group(demo_store: Store, demo_group_id: uuid.UUID) -> None:
    before = eurohis.entry_queue(demo_store, demo_group_id, Phase.BEFORE)
    after = eurohis.entry_queue(demo_store, demo_group_id, Phase.AFTER)
    # Eight Tuesdays ending 17.11.2026.
    assert before.default_date == date(2026, 9, 29)
    assert after.default_date == date(2026, 11, 17)
    assert len(before.participants) == 7
    # The one who left after session 3 has no last form to fill.
    assert len(after.participants) == 6
    assert all(e.status == ParticipantStatus.ACTIVE for e in after.participants)
    assert [e.code for e in after.participants] == [e.code for e in before.participants[:6]]
    assert sum(1 for e in after.participants if e.saved is None) == 1


def test_before_after_of_the_demo_group(demo_store: Store, demo_group_id: uuid.UUID) -> None:
    result = eurohis.before_after(demo_store, demo_group_id)
    assert result.n_pairs == 5 and result.only_one_form == 2
    # Changes (after − before) of the five pairs: 0.75, 0.75, 0.625, 0, 0.75
    assert result.mean_change == pytest.approx(2.875 / 5)
    assert result.median_change == pytest.approx(0.75)
    assert (result.improved, result.unchanged, result.worse) == (4, 1, 0)
    assert result.reliably_improved == 0
    assert not result.sd.own_baseline and result.sd.sd == 0.65
    assert "asetuksissa" in result.sd_description
    first = result.participants[0]
    assert (first.before_sum, first.after_sum) == (18, 24)
    assert first.rci == pytest.approx(1.7395, abs=1e-4)
    money = result.items[6]
    assert money.item.key == "money" and money.n == 5
    assert money.change == pytest.approx((1 + 0 + 0 + 0 + 1) / 5)
    assert (result.good_before, result.good_after) == (0, 0)
    text = "\n".join(eurohis.summary_lines(result))
    assert "p-arvo" in text and "0,65" in text
    assert "alussa 0, lopussa 0 / 5" in text


def test_lower_reliability_makes_change_reliable(
    demo_store: Store, demo_group_id: uuid.UUID
) -> None:
    # r = 0.5, SD = 0.5: S_diff = √2 · 0.5 · √0.5 = 0.5; change 0.75 → RCI 1.5 (not),
    # r = 0.9, SD = 0.5: S_diff = √2 · 0.5 · √0.1 = 0.2236; change 0.75 → RCI 3.354 (reliable).
    low = eurohis.before_after(demo_store, demo_group_id, settings=EurohisSettings(0.5, 0.5))
    assert low.participants[0].rci == pytest.approx(1.5)
    high = eurohis.before_after(demo_store, demo_group_id, settings=EurohisSettings(0.9, 0.5))
    assert high.participants[0].rci == pytest.approx(3.3541, abs=1e-4)
    assert high.reliably_improved == 4


def test_prorated_forms_join_pairs_only_when_included(store: Store) -> None:
    gid, (a, b) = _group_with(store, 2)
    for pid in (a, b):
        eurohis.save_response(store, pid, Phase.BEFORE, [2] * 8, filled_on=None)
    eurohis.save_response(store, a, Phase.AFTER, [3] * 8, filled_on=None)
    eurohis.save_response(store, b, Phase.AFTER, [4] * 7 + [None], filled_on=None)
    strict = eurohis.before_after(store, gid)
    assert strict.n_pairs == 1 and strict.participants[1].status == PairStatus.NOT_SCORED
    allowed = EurohisSettings(allow_prorated=True)
    left_out = eurohis.before_after(store, gid, settings=allowed)
    assert left_out.n_pairs == 1
    assert left_out.participants[1].status == PairStatus.PRORATED_LEFT_OUT
    assert left_out.participants[1].after_prorated
    included = eurohis.before_after(store, gid, settings=allowed, include_prorated=True)
    assert included.n_pairs == 2 and included.participants[1].change == pytest.approx(2.0)
    assert (included.good_before, included.good_after) == (0, 1)
    # Items 1–7 have two pairs, item 8 only the complete one.
    assert [i.n for i in included.items] == [2] * 7 + [1]


def test_own_baseline_sd_from_twenty_forms(store: Store) -> None:
    gid, ids = _group_with(store, 3)
    other = groups.create_group(store, groups.NewGroup(name="Toinen")).id
    extra = []
    with store.session() as s:
        for i in range(18):
            p = Participant(group_id=other, code=roster.new_code(), name=f"Muu {i}")
            s.add(p)
            s.flush()
            extra.append(p.id)
    means = [1, 2, 3, 4, 5] * 4  # 20 baseline forms over two groups
    for pid, m in zip(ids[:2] + extra, means, strict=True):
        eurohis.save_response(store, pid, Phase.BEFORE, [m] * 8, filled_on=None)
    result = eurohis.before_after(store, gid)
    assert result.sd.own_baseline and result.sd.n == 20
    # Sample SD of 1..5 repeated four times: √(40 / 19) = 1.4510
    assert result.sd.sd == pytest.approx(1.4510, abs=1e-4)
    assert "n = 20" in result.sd_description


def test_summarize_pairs_worked_example() -> None:
    """Three pairs by hand: changes +1, 0, −0.25 on the mean scale; S_diff = 0.5."""
    from voimaa.eurohis import ScoredPair, score, summarize_pairs

    def pair(before: list[int], after: list[int]) -> ScoredPair:
        b, a = score(before), score(after)
        assert b is not None and a is not None
        return ScoredPair(tuple(before), tuple(after), b, a)

    pairs = [
        pair([2] * 8, [3] * 8),  # +1.00 → RCI 2.0: reliable improvement
        pair([4] * 8, [4] * 8),  # 0
        pair([3] * 8, [3, 3, 3, 3, 3, 3, 1, 3]),  # −0.25 (item 7 down by 2)
    ]
    summary = summarize_pairs(pairs, sdiff=0.5)
    assert summary.n_pairs == 3
    assert summary.mean_change == pytest.approx((1 + 0 - 0.25) / 3)
    assert summary.median_change == 0
    assert (summary.improved, summary.unchanged, summary.worse) == (1, 1, 1)
    assert (summary.reliably_improved, summary.reliably_worse) == (1, 0)
    assert (summary.good_before, summary.good_after) == (1, 1)
    assert summary.items[6].change == pytest.approx((1 + 0 - 2) / 3)
    assert summary.items[0].change == pytest.approx(1 / 3)
    assert all(item.n == 3 for item in summary.items)


# --- Form dates and the wording of missing answers (issue 11, point 6) --------------------------


def test_form_date_warnings() -> None:
    first, last, today = date(2026, 9, 1), date(2026, 10, 20), date(2027, 1, 31)

    def warn(day: date) -> tuple[str, ...]:
        return eurohis.filled_on_warnings(day, first=first, last=last, today=today)

    assert warn(date(2026, 9, 1)) == () and warn(date(2026, 10, 27)) == ()
    assert warn(date(2026, 8, 4)) == ()  # four weeks before the first session: still fine
    assert warn(date(2026, 12, 15)) == ()  # eight weeks after the last
    assert "kaukana ryhmän kerroista (1.9.2026–20.10.2026)" in warn(date(2026, 8, 3))[0]
    assert "kaukana" in warn(date(2026, 12, 16))[0]
    [future] = eurohis.filled_on_warnings(
        date(2026, 12, 21), first=first, last=date(2026, 12, 22), today=date(2026, 11, 23)
    )
    assert future == (
        "Täyttöpäivä 21.12.2026 on tulevaisuudessa (tänään on 23.11.2026). Tarkista päivä."
    )
    assert eurohis.filled_on_warnings(None, first=first, last=last, today=today) == ()


def test_entry_queue_knows_the_group_dates(store: Store) -> None:
    gid, _ = _group_with(store, 1)
    queue = eurohis.entry_queue(store, gid, Phase.AFTER)
    assert (queue.first_date, queue.last_date) == (date(2026, 9, 1), date(2026, 10, 20))
    assert queue.date_warnings(date(2027, 10, 20), today=date(2027, 11, 1))


def test_missing_answers_have_one_wording() -> None:
    assert eurohis.missing_note(0, allow_prorated=False) == ""
    assert (
        eurohis.missing_note(1, allow_prorated=True) == "yksi vastaus puuttuu (arvioitu keskiarvo)"
    )
    assert eurohis.missing_note(1, allow_prorated=False) == (
        "yksi vastaus puuttuu (ei pisteitä: arvioitua keskiarvoa ei ole sallittu)"
    )
    assert eurohis.missing_note(3, allow_prorated=True) == "3 vastausta puuttuu (ei pisteitä)"


def test_the_comparison_says_which_form_is_missing_what(store: Store) -> None:
    gid, (a, b, c) = _group_with(store, 3)
    full = [4] * 8
    one_missing = [4, None, 4, 4, 4, 4, 4, 4]
    eurohis.save_response(store, a, Phase.BEFORE, full, filled_on=None)
    eurohis.save_response(store, a, Phase.AFTER, one_missing, filled_on=None)
    eurohis.save_response(store, b, Phase.BEFORE, full, filled_on=None)
    eurohis.save_response(store, c, Phase.AFTER, [None, None, 4, 4, 4, 4, 4, 4], filled_on=None)
    result = eurohis.before_after(store, gid)
    notes = {
        p.participant_id: eurohis.participant_note(p, allow_prorated=False)
        for p in result.participants
    }
    assert notes[a] == (
        "loppumittaus: yksi vastaus puuttuu (ei pisteitä: arvioitua keskiarvoa ei ole sallittu)"
    )
    assert notes[b] == "vain alkumittaus"
    assert notes[c] == "loppumittaus: 2 vastausta puuttuu (ei pisteitä); vain loppumittaus"


# --- Plain words (issue 11, point 15) ------------------------------------------------------------


def test_plain_summary_of_the_demo_group(demo_store: Store, demo_group_id: uuid.UUID) -> None:
    result = eurohis.before_after(demo_store, demo_group_id)
    lines = eurohis.plain_summary(result)
    assert lines[0] == (
        f"Vertailussa on {result.n_pairs} osallistujaa, jotka täyttivät lomakkeen sekä "
        "ensimmäisellä että viimeisellä kerralla."
    )
    assert any(line.startswith("Keskimäärin elämänlaatu parani ") for line in lines)
    assert result.reliably_improved == result.reliably_worse == 0
    assert any(line.startswith("Kenenkään muutos ei ole niin suuri") for line in lines)
    text = " ".join(lines)
    for jargon in ("RCI", "p-arvo", "SD", "reliabiliteetti", "|"):
        assert jargon not in text


def test_plain_summary_without_pairs_and_with_one(store: Store) -> None:
    gid, (a, b) = _group_with(store, 2)
    assert eurohis.plain_summary(eurohis.before_after(store, gid)) == [
        "Muutosta ei voi vielä kertoa: kenelläkään ei ole sekä alku- että loppumittausta."
    ]
    eurohis.save_response(store, a, Phase.BEFORE, [3] * 8, filled_on=None)
    eurohis.save_response(store, a, Phase.AFTER, [3] * 8, filled_on=None)
    lines = eurohis.plain_summary(eurohis.before_after(store, gid))
    assert lines[0].startswith("Vertailussa on 1 osallistuja, joka täytti")
    assert "Keskimäärin elämänlaatu pysyi ennallaan." in lines
    eurohis.save_response(store, b, Phase.BEFORE, [1] * 8, filled_on=None)
    eurohis.save_response(store, b, Phase.AFTER, [5] * 8, filled_on=None)
    lines = eurohis.plain_summary(eurohis.before_after(store, gid))
    assert lines[0].startswith("Vertailussa on 2 osallistujaa, jotka täyttivät")
    assert "Keskimäärin elämänlaatu parani 2,00 pistettä asteikolla 1–5" in lines[1]
    assert "Parempaan suuntaan meni 1, ennallaan pysyi 1 ja huonompaan suuntaan meni 0." in lines
    assert (
        "1 osallistujan elämänlaatu parani ja 0 osallistujan heikkeni niin paljon, että muutos "
        "tuskin johtuu sattumasta."
    ) in lines


def test_every_figure_of_the_comparison_is_explained() -> None:
    terms = {t.key: t for t in eurohis.explanations()}
    assert set(terms) == {"mean", "change", "rci", "r", "sd", "p"}
    assert "tuskin johtuu sattumasta" in eurohis.explain("rci")
    assert terms["p"].term == "p-arvoja ei lasketa"
    assert terms["r"].term == "Reliabiliteetti r" and terms["sd"].term == "Keskihajonta SD"
    assert eurohis.help_title() == "Mitä tämä tarkoittaa?"
