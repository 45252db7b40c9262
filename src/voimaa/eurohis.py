"""EUROHIS-8: the items, answer scales, wording versions and scoring – the one place for them.

Answers are stored 1 = worst … 5 = best whatever order the paper form printed them in. The score
is the mean of the eight items (1–5) and the sum (8–40 = 8 × mean), for complete forms; a setting
may allow a pro-rated mean with at most one missing item, always flagged. Change is reported per
person with the Reliable Change Index (Jacobson & Truax 1991).
"""

from __future__ import annotations

import math
import statistics
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from voimaa.errors import NotFoundError, ValidationError
from voimaa.i18n import translate
from voimaa.models import (
    EurohisResponse,
    GroupSession,
    Participant,
    ParticipantStatus,
)
from voimaa.models.eurohis import ITEM_COLUMNS, Phase, WordingVersion
from voimaa.store import Store

if TYPE_CHECKING:
    from voimaa.settings import EurohisSettings

ITEM_COUNT = 8
GOOD_QOL_MEAN = 4.0
DEFAULT_RELIABILITY = 0.78
DEFAULT_REFERENCE_SD = 0.65
MIN_BASELINE_FOR_OWN_SD = 20
RCI_THRESHOLD = 1.96

SCALE_LABELS: dict[str, tuple[str, str, str, str, str]] = {
    "A": ("erittäin huono", "huono", "ei hyvä eikä huono", "hyvä", "erittäin hyvä"),
    "B": (
        "erittäin tyytymätön",
        "tyytymätön",
        "en tyytyväinen enkä tyytymätön",
        "tyytyväinen",
        "erittäin tyytyväinen",
    ),
    "C": ("ei lainkaan", "vähän", "kohtuullisesti", "lähes riittävästi", "täysin riittävästi"),
}


@dataclass(frozen=True)
class Item:
    number: int
    key: str
    text: str  # Finnish, THL ATH/FinSote "te" form
    english: str
    scale: str

    @property
    def column(self) -> str:
        return ITEM_COLUMNS[self.number - 1]

    @property
    def labels(self) -> tuple[str, ...]:
        """Answer labels for stored values 1 → 5 (worst → best)."""
        return SCALE_LABELS[self.scale]


ITEMS: tuple[Item, ...] = (
    Item(
        1,
        "qol",
        "Millaiseksi arvioitte elämänlaatunne?",
        "How would you rate your quality of life?",
        "A",
    ),
    Item(
        2,
        "health",
        "Miten tyytyväinen olette terveyteenne?",
        "How satisfied are you with your health?",
        "B",
    ),
    Item(
        3,
        "energy",
        "Onko teillä riittävästi tarmoa arkipäivän elämäänne varten?",
        "Do you have enough energy for everyday life?",
        "C",
    ),
    Item(
        4,
        "activities",
        "Miten tyytyväinen olette kykyynne selviytyä päivittäisistä toimistanne?",
        "How satisfied are you with your ability to perform your daily living activities?",
        "B",
    ),
    Item(
        5, "self", "Miten tyytyväinen olette itseenne?", "How satisfied are you with yourself?", "B"
    ),
    Item(
        6,
        "relationships",
        "Miten tyytyväinen olette ihmissuhteisiinne?",
        "How satisfied are you with your personal relationships?",
        "B",
    ),
    Item(
        7,
        "money",
        "Onko teillä tarpeeksi rahaa tarpeisiinne nähden?",
        "Have you enough money to meet your needs?",
        "C",
    ),
    Item(
        8,
        "housing",
        "Miten tyytyväinen olette asuinalueen olosuhteisiin?",
        "How satisfied are you with the conditions of your living place?",
        "B",
    ),
)

ITEM_SHORT_LABELS = {
    "qol": "elämänlaatu",
    "health": "terveys",
    "energy": "tarmo arkeen",
    "activities": "päivittäiset toimet",
    "self": "tyytyväisyys itseen",
    "relationships": "ihmissuhteet",
    "money": "raha",
    "housing": "asuinalue",
}


def short_label(item: Item) -> str:
    """A short Finnish name of the item for charts and table headings."""
    return f"{item.number}. {translate('Eurohis', ITEM_SHORT_LABELS[item.key])}"


WORDING_LABELS = {
    WordingVersion.THL_ATH: "THL ATH/FinSote (te-muoto)",
    WordingVersion.FINMONIK: "THL FinMonik (sinä-muoto, tyytyväisyys käänteisessä järjestyksessä)",
}

Answer = int | None


def is_reversed(item: Item, wording: WordingVersion) -> bool:
    """Whether this version prints the item's answers best-first (FinMonik satisfaction items)."""
    return wording == WordingVersion.FINMONIK and item.scale == "B"


def printed_labels(item: Item, wording: WordingVersion) -> tuple[str, ...]:
    """Labels in the order the paper form prints them for answers 1 → 5."""
    return tuple(reversed(item.labels)) if is_reversed(item, wording) else item.labels


def recode(answers: Sequence[Answer], wording: WordingVersion) -> tuple[Answer, ...]:
    """Printed answers → stored answers (1 = worst … 5 = best). Its own inverse."""
    if len(answers) != ITEM_COUNT:
        raise ValueError(f"EUROHIS-8 has {ITEM_COUNT} items, got {len(answers)}")
    return tuple(
        None if a is None else (6 - a if is_reversed(item, wording) else a)
        for item, a in zip(ITEMS, answers, strict=True)
    )


def round_half_up(value: float, decimals: int = 2) -> float:
    """Round for display the way people do by hand (2,625 → 2,63), not to even."""
    from decimal import ROUND_HALF_UP, Decimal

    step = Decimal(1).scaleb(-decimals)
    return float(Decimal(repr(value)).quantize(step, rounding=ROUND_HALF_UP))


def running_mean(answers: Sequence[Answer]) -> float | None:
    """Mean of the items answered so far (shown while a form is being typed in)."""
    given = [a for a in answers if a is not None]
    return sum(given) / len(given) if given else None


def validate_answer(value: Answer) -> Answer:
    if value is not None and (not isinstance(value, int) or not 1 <= value <= 5):
        raise ValueError(f"an answer is 1–5 or missing, not {value!r}")
    return value


@dataclass(frozen=True)
class Score:
    mean: float  # 1–5
    answered: int
    prorated: bool  # True when one item was missing and the mean was pro-rated

    @property
    def total(self) -> float:
        """The sum on the 8–40 scale (8 × mean; pro-rated when flagged)."""
        return self.mean * ITEM_COUNT

    @property
    def good(self) -> bool:
        """THL counts quality of life as good when the mean is at least 4."""
        return self.mean >= GOOD_QOL_MEAN


def score(answers: Sequence[Answer], *, allow_prorated: bool = False) -> Score | None:
    """The score of one form, or None when it cannot be scored.

    Complete forms always score. With `allow_prorated`, a form with exactly one missing item
    gets the mean of the seven answered items, flagged as pro-rated. Never with two missing.
    """
    if len(answers) != ITEM_COUNT:
        raise ValueError(f"EUROHIS-8 has {ITEM_COUNT} items, got {len(answers)}")
    given = [validate_answer(a) for a in answers if a is not None]
    missing = ITEM_COUNT - len(given)
    if missing == 0 or (missing == 1 and allow_prorated):
        return Score(mean=sum(given) / len(given), answered=len(given), prorated=missing == 1)
    return None


@dataclass(frozen=True)
class ReferenceSD:
    sd: float
    own_baseline: bool  # True: SD of this store's baseline means; False: the configured reference
    n: int

    @property
    def description(self) -> str:
        if self.own_baseline:
            return f"alkumittausten keskiarvojen keskihajonta (n = {self.n})"
        return "asetuksissa annettu viitearvo"


def reference_sd(
    baseline_means: Sequence[float],
    *,
    configured_sd: float = DEFAULT_REFERENCE_SD,
    min_n: int = MIN_BASELINE_FOR_OWN_SD,
) -> ReferenceSD:
    """SD of the baseline means when at least `min_n` are known, else the configured SD."""
    if len(baseline_means) >= min_n:
        return ReferenceSD(statistics.stdev(baseline_means), True, len(baseline_means))
    return ReferenceSD(configured_sd, False, len(baseline_means))


def s_diff(sd: float, reliability: float) -> float:
    """Standard error of the difference: √2 · SD · √(1 − r)."""
    if not 0 <= reliability < 1:
        raise ValueError("reliability must be in [0, 1)")
    if sd <= 0:
        raise ValueError("SD must be positive")
    return math.sqrt(2) * sd * math.sqrt(1 - reliability)


def rci(before: float, after: float, *, sd: float, reliability: float) -> float:
    """Reliable Change Index of one person: (after − before) / S_diff."""
    return (after - before) / s_diff(sd, reliability)


def is_reliable(index: float) -> bool:
    return abs(index) > RCI_THRESHOLD


# --- Saved forms -----------------------------------------------------------------------------


PHASE_LABELS = {Phase.BEFORE: "alkumittaus", Phase.AFTER: "loppumittaus"}
PHASE_SESSION = {Phase.BEFORE: 1, Phase.AFTER: 8}


def to_printed(answers: Sequence[Answer], wording: WordingVersion) -> tuple[Answer, ...]:
    """Stored answers → the numbers as the paper form of `wording` prints them."""
    return recode(answers, wording)


@dataclass(frozen=True)
class FormResult:
    """One saved EUROHIS-8 form: answers as stored (1 = worst … 5 = best) and its score."""

    id: uuid.UUID
    participant_id: uuid.UUID
    code: str
    phase: Phase
    wording: WordingVersion
    filled_on: date | None
    answers: tuple[Answer, ...]
    score: Score | None  # under the current pro-rating setting
    edited: bool = False  # True when saving replaced an earlier saved form

    @property
    def printed(self) -> tuple[Answer, ...]:
        """The answers as the paper form printed them (for showing a saved form again)."""
        return to_printed(self.answers, self.wording)

    @property
    def missing(self) -> int:
        return sum(1 for a in self.answers if a is None)


def _allow_prorated(store: Store) -> bool:
    from voimaa.settings import eurohis_settings

    return eurohis_settings(store).allow_prorated


def _result(row: EurohisResponse, code: str, *, allow_prorated: bool, edited: bool = False):
    answers = row.answers
    return FormResult(
        id=row.id,
        participant_id=row.participant_id,
        code=code,
        phase=Phase(row.phase),
        wording=WordingVersion(row.wording),
        filled_on=row.filled_on,
        answers=answers,
        score=score(answers, allow_prorated=allow_prorated),
        edited=edited,
    )


def _load_participant(s: Session, participant_id: uuid.UUID) -> Participant:
    participant = s.get(Participant, participant_id)
    if participant is None:
        raise NotFoundError(translate("Eurohis", "Osallistujaa ei löydy. Hänet on ehkä poistettu."))
    return participant


def _find(s: Session, participant_id: uuid.UUID, phase: Phase) -> EurohisResponse | None:
    return s.scalar(
        select(EurohisResponse).where(
            EurohisResponse.participant_id == participant_id, EurohisResponse.phase == phase
        )
    )


def save_response(
    store: Store,
    participant_id: uuid.UUID,
    phase: Phase,
    answers_as_printed: Sequence[Answer],
    *,
    wording: WordingVersion = WordingVersion.THL_ATH,
    filled_on: date | None,
) -> FormResult:
    """Save a participant's form for a phase, recoding from the printed order on entry.

    One form per participant and phase: saving again replaces the earlier form, and that edit
    is logged (which items changed, never the answers themselves).
    """
    phase = Phase(phase)
    wording = WordingVersion(wording)
    if len(answers_as_printed) != ITEM_COUNT:
        raise ValidationError(translate("Eurohis", "Lomakkeessa on kahdeksan kysymystä."))
    try:
        printed = [validate_answer(a) for a in answers_as_printed]
    except ValueError as exc:
        raise ValidationError(translate("Eurohis", "Vastaus on 1–5 tai tyhjä.")) from exc
    if all(a is None for a in printed):
        raise ValidationError(
            translate(
                "Eurohis",
                "Lomakkeessa ei ole yhtään vastausta. Syötä vastaukset tai jätä lomake pois.",
            )
        )
    stored = recode(printed, wording)
    allow = _allow_prorated(store)
    with store.session() as s:
        participant = _load_participant(s, participant_id)
        row = _find(s, participant_id, phase)
        edited = row is not None
        if row is None:
            row = EurohisResponse(participant_id=participant_id, phase=phase)
            s.add(row)
            changed: list[int] = []
        else:
            changed = [
                i + 1
                for i, (old, new) in enumerate(zip(row.answers, stored, strict=True))
                if old != new
            ]
        unchanged = edited and not changed and row.wording == wording
        unchanged = unchanged and row.filled_on == filled_on
        row.wording = wording
        row.filled_on = filled_on
        for column, value in zip(ITEM_COLUMNS, stored, strict=True):
            setattr(row, column, value)
        s.flush()
        if edited and not unchanged:
            from voimaa import audit

            audit.record(
                s,
                "eurohis.edit",
                group_id=participant.group_id,
                target=participant.code,
                phase=phase.value,
                changed_items=changed,
            )
        return _result(row, participant.code, allow_prorated=allow, edited=edited)


def get_response(store: Store, participant_id: uuid.UUID, phase: Phase) -> FormResult | None:
    """The participant's saved form for the phase, or None."""
    allow = _allow_prorated(store)
    with store.session() as s:
        participant = _load_participant(s, participant_id)
        row = _find(s, participant_id, Phase(phase))
        return None if row is None else _result(row, participant.code, allow_prorated=allow)


def delete_response(store: Store, participant_id: uuid.UUID, phase: Phase) -> bool:
    """Delete a saved form (logged); False when there was none."""
    from voimaa import audit

    with store.session() as s:
        participant = _load_participant(s, participant_id)
        row = _find(s, participant_id, Phase(phase))
        if row is None:
            return False
        s.delete(row)
        audit.record(
            s,
            "eurohis.delete",
            group_id=participant.group_id,
            target=participant.code,
            phase=Phase(phase).value,
        )
        return True


@dataclass(frozen=True)
class QueueEntry:
    participant_id: uuid.UUID
    code: str
    status: ParticipantStatus
    saved: FormResult | None


@dataclass(frozen=True)
class EntryQueue:
    """The forms to type in for one phase: participants in entry order and the default date."""

    group_id: uuid.UUID
    phase: Phase
    default_date: date | None
    wording: WordingVersion  # the version used most in this group so far (default THL ATH)
    participants: tuple[QueueEntry, ...]

    def index_of(self, participant_id: uuid.UUID) -> int:
        for i, entry in enumerate(self.participants):
            if entry.participant_id == participant_id:
                return i
        raise KeyError(participant_id)


def _ordered_participants(s: Session, group_id: uuid.UUID) -> list[Participant]:
    rows = s.scalars(select(Participant).where(Participant.group_id == group_id))
    return sorted(rows, key=lambda p: (p.created_at, p.code))


def entry_queue(store: Store, group_id: uuid.UUID, phase: Phase) -> EntryQueue:
    """Who fills in the form in this phase, in entry order (the roster order).

    The first measurement is for everyone who joined (also those who left later); the last one
    for the active participants and anyone whose last form is already saved. The default date
    is the date of session 1 (alku) or session 8 (loppu).
    """
    from voimaa import groups

    phase = Phase(phase)
    allow = _allow_prorated(store)
    with store.session() as s:
        groups.load_group(s, group_id)
        session_date = s.scalar(
            select(GroupSession.date).where(
                GroupSession.group_id == group_id, GroupSession.number == PHASE_SESSION[phase]
            )
        )
        entries: list[QueueEntry] = []
        wordings: list[WordingVersion] = []
        for p in _ordered_participants(s, group_id):
            rows = {Phase(r.phase): r for r in p.eurohis}
            wordings.extend(WordingVersion(r.wording) for r in rows.values())
            row = rows.get(phase)
            if p.status == ParticipantStatus.WAITING and row is None:
                continue
            if phase == Phase.AFTER and p.status == ParticipantStatus.LEFT and row is None:
                continue
            saved = None if row is None else _result(row, p.code, allow_prorated=allow)
            entries.append(QueueEntry(p.id, p.code, ParticipantStatus(p.status), saved))
    wording = (
        max(set(wordings), key=lambda w: (wordings.count(w), w == WordingVersion.THL_ATH))
        if wordings
        else WordingVersion.THL_ATH
    )
    return EntryQueue(group_id, phase, session_date, wording, tuple(entries))


# --- Before and after --------------------------------------------------------------------------


class PairStatus:
    PAIR = "pari"
    ONLY_BEFORE = "vain alku"
    ONLY_AFTER = "vain loppu"
    NOT_SCORED = "ei pisteitä"  # a form exists but cannot be scored (missing answers)
    PRORATED_LEFT_OUT = "arvioitu, ei mukana"


@dataclass(frozen=True)
class ParticipantChange:
    participant_id: uuid.UUID
    code: str
    before_mean: float | None
    before_sum: float | None
    after_mean: float | None
    after_sum: float | None
    change: float | None  # after − before on the mean scale, for pairs only
    rci: float | None
    reliable: bool
    before_prorated: bool
    after_prorated: bool
    status: str  # one of PairStatus

    @property
    def in_pair(self) -> bool:
        return self.status == PairStatus.PAIR

    @property
    def direction(self) -> str:
        """ "parani", "ennallaan" or "heikkeni" (by the sign of the change), "" without a pair."""
        return "" if self.change is None else change_direction(self.change)


CHANGE_EPSILON = 1e-9


@dataclass(frozen=True)
class ItemChange:
    item: Item
    before_mean: float | None
    after_mean: float | None
    change: float | None
    n: int  # pairs with both answers to this item


@dataclass(frozen=True)
class BeforeAfter:
    """Paired before/after change of a group. No p-values: groups are far too small."""

    group_id: uuid.UUID
    participants: tuple[ParticipantChange, ...]
    n_pairs: int
    only_one_form: int
    not_scored: int
    mean_change: float | None
    median_change: float | None
    improved: int
    unchanged: int
    worse: int
    reliably_improved: int
    reliably_worse: int
    good_before: int  # pairs whose before mean is at least 4 (THL: good quality of life)
    good_after: int
    items: tuple[ItemChange, ...]
    reliability: float
    sd: ReferenceSD
    s_diff: float
    include_prorated: bool
    allow_prorated: bool

    @property
    def sd_description(self) -> str:
        return self.sd.description

    @property
    def before_mean(self) -> float | None:
        values = [p.before_mean for p in self.participants if p.in_pair]
        return statistics.fmean(values) if values else None

    @property
    def after_mean(self) -> float | None:
        values = [p.after_mean for p in self.participants if p.in_pair]
        return statistics.fmean(values) if values else None


def change_direction(change: float) -> str:
    """ "parani", "ennallaan" or "heikkeni" by the sign of a change on the mean scale."""
    if change > CHANGE_EPSILON:
        return "parani"
    if change < -CHANGE_EPSILON:
        return "heikkeni"
    return "ennallaan"


@dataclass(frozen=True)
class ScoredPair:
    """One person's before and after forms, both scored (stored answers, 1 = worst)."""

    before_answers: tuple[Answer, ...]
    after_answers: tuple[Answer, ...]
    before: Score
    after: Score

    @property
    def change(self) -> float:
        return self.after.mean - self.before.mean


@dataclass(frozen=True)
class PairSummary:
    """What a set of before/after pairs says, the same for one group or for many."""

    n_pairs: int
    mean_before: float | None
    mean_after: float | None
    mean_change: float | None
    median_change: float | None
    improved: int
    unchanged: int
    worse: int
    reliably_improved: int
    reliably_worse: int
    good_before: int  # pairs whose before mean is at least 4 (THL: good quality of life)
    good_after: int
    items: tuple[ItemChange, ...]


def item_changes(pairs: Sequence[ScoredPair]) -> tuple[ItemChange, ...]:
    """Mean before, after and change per item, over the pairs with both answers to it."""
    result = []
    for index, item in enumerate(ITEMS):
        both = [
            (b, a)
            for p in pairs
            if (b := p.before_answers[index]) is not None
            and (a := p.after_answers[index]) is not None
        ]
        result.append(
            ItemChange(
                item=item,
                before_mean=statistics.fmean(b for b, _ in both) if both else None,
                after_mean=statistics.fmean(a for _, a in both) if both else None,
                change=statistics.fmean(a - b for b, a in both) if both else None,
                n=len(both),
            )
        )
    return tuple(result)


def summarize_pairs(pairs: Sequence[ScoredPair], *, sdiff: float) -> PairSummary:
    """Mean and median change, directions, reliable changes (|RCI| > 1.96 with `sdiff`) and the
    mean change per item. No p-values."""
    changes = [p.change for p in pairs]
    indexes = [c / sdiff for c in changes]
    directions = [change_direction(c) for c in changes]
    return PairSummary(
        n_pairs=len(pairs),
        mean_before=statistics.fmean(p.before.mean for p in pairs) if pairs else None,
        mean_after=statistics.fmean(p.after.mean for p in pairs) if pairs else None,
        mean_change=statistics.fmean(changes) if changes else None,
        median_change=statistics.median(changes) if changes else None,
        improved=directions.count("parani"),
        unchanged=directions.count("ennallaan"),
        worse=directions.count("heikkeni"),
        reliably_improved=sum(1 for i in indexes if is_reliable(i) and i > 0),
        reliably_worse=sum(1 for i in indexes if is_reliable(i) and i < 0),
        good_before=sum(1 for p in pairs if p.before.good),
        good_after=sum(1 for p in pairs if p.after.good),
        items=item_changes(pairs),
    )


def baseline_means(s: Session) -> list[float]:
    """Means of all complete baseline forms in the store (every group)."""
    means = []
    for row in s.scalars(select(EurohisResponse).where(EurohisResponse.phase == Phase.BEFORE)):
        result = score(row.answers)
        if result is not None:
            means.append(result.mean)
    return means


def before_after(
    store: Store,
    group_id: uuid.UUID,
    *,
    settings: EurohisSettings | None = None,
    include_prorated: bool = False,
) -> BeforeAfter:
    """Per participant the before and after means, the change and its RCI; per group the pair
    count, mean and median change, directions and mean change per item.

    Pro-rated means exist only when the settings allow them, and join the pairs only with
    `include_prorated`. The SD for the RCI is the SD of the baseline means of all groups in the
    store when at least 20 are known, else the configured reference SD.
    """
    from voimaa import groups
    from voimaa.settings import eurohis_settings

    settings = (settings or eurohis_settings(store)).validated()
    allow = settings.allow_prorated
    with store.session() as s:
        groups.load_group(s, group_id)
        ref = reference_sd(baseline_means(s), configured_sd=settings.reference_sd)
        sdiff = s_diff(ref.sd, settings.reliability)
        changes: list[ParticipantChange] = []
        pairs: list[ScoredPair] = []
        for p in _ordered_participants(s, group_id):
            rows = {Phase(r.phase): r for r in p.eurohis}
            if not rows:
                continue
            before_row, after_row = rows.get(Phase.BEFORE), rows.get(Phase.AFTER)
            before = None if before_row is None else score(before_row.answers, allow_prorated=allow)
            after = None if after_row is None else score(after_row.answers, allow_prorated=allow)
            prorated = bool(before and before.prorated) or bool(after and after.prorated)
            if before_row is not None and after_row is not None:
                if before is None or after is None:
                    status = PairStatus.NOT_SCORED
                elif prorated and not include_prorated:
                    status = PairStatus.PRORATED_LEFT_OUT
                else:
                    status = PairStatus.PAIR
            elif before_row is not None:
                status = PairStatus.ONLY_BEFORE if before is not None else PairStatus.NOT_SCORED
            else:
                status = PairStatus.ONLY_AFTER if after is not None else PairStatus.NOT_SCORED
            change = index = None
            if status == PairStatus.PAIR and before is not None and after is not None:
                assert before_row is not None and after_row is not None
                pair = ScoredPair(before_row.answers, after_row.answers, before, after)
                pairs.append(pair)
                change = pair.change
                index = change / sdiff
            changes.append(
                ParticipantChange(
                    participant_id=p.id,
                    code=p.code,
                    before_mean=before.mean if before else None,
                    before_sum=before.total if before else None,
                    after_mean=after.mean if after else None,
                    after_sum=after.total if after else None,
                    change=change,
                    rci=index,
                    reliable=index is not None and is_reliable(index),
                    before_prorated=bool(before and before.prorated),
                    after_prorated=bool(after and after.prorated),
                    status=status,
                )
            )
    summary = summarize_pairs(pairs, sdiff=sdiff)
    return BeforeAfter(
        group_id=group_id,
        participants=tuple(changes),
        n_pairs=summary.n_pairs,
        only_one_form=sum(
            1 for c in changes if c.status in (PairStatus.ONLY_BEFORE, PairStatus.ONLY_AFTER)
        ),
        not_scored=sum(
            1 for c in changes if c.status in (PairStatus.NOT_SCORED, PairStatus.PRORATED_LEFT_OUT)
        ),
        mean_change=summary.mean_change,
        median_change=summary.median_change,
        improved=summary.improved,
        unchanged=summary.unchanged,
        worse=summary.worse,
        reliably_improved=summary.reliably_improved,
        reliably_worse=summary.reliably_worse,
        good_before=summary.good_before,
        good_after=summary.good_after,
        items=summary.items,
        reliability=settings.reliability,
        sd=ref,
        s_diff=sdiff,
        include_prorated=include_prorated,
        allow_prorated=allow,
    )


def _dec(value: float | None, decimals: int = 2) -> str:
    from voimaa.formats import format_decimal

    return format_decimal(value, decimals) if value is not None else "–"


def summary_lines(result: BeforeAfter) -> list[str]:
    """The group summary in plain Finnish, one fact per line (for the screen and the CLI)."""
    lines = [
        translate("Eurohis", "Täydellisiä pareja (alku ja loppu): {n}").format(n=result.n_pairs),
        translate("Eurohis", "Vain yksi lomake: {n}").format(n=result.only_one_form),
    ]
    if result.not_scored:
        lines.append(
            translate("Eurohis", "Lomake puutteellinen tai arvioitu, ei mukana: {n}").format(
                n=result.not_scored
            )
        )
    lines += [
        translate("Eurohis", "Muutoksen keskiarvo: {v}").format(v=_dec(result.mean_change)),
        translate("Eurohis", "Muutoksen mediaani: {v}").format(v=_dec(result.median_change)),
        translate("Eurohis", "Parani: {a} · ennallaan: {b} · heikkeni: {c}").format(
            a=result.improved, b=result.unchanged, c=result.worse
        ),
        translate("Eurohis", "Luotettava muutos (|RCI| > 1,96): parani {a}, heikkeni {b}").format(
            a=result.reliably_improved, b=result.reliably_worse
        ),
        translate(
            "Eurohis", "Hyvä elämänlaatu (keskiarvo vähintään 4): alussa {a}, lopussa {b} / {n}"
        ).format(a=result.good_before, b=result.good_after, n=result.n_pairs),
        translate("Eurohis", "Reliabiliteetti r = {r}; keskihajonta SD = {sd} ({desc})").format(
            r=_dec(result.reliability), sd=_dec(result.sd.sd), desc=result.sd_description
        ),
    ]
    if result.include_prorated:
        lines.append(
            translate("Eurohis", "Mukana myös arvioituja keskiarvoja (yksi vastaus puuttui).")
        )
    lines.append(translate("Eurohis", "Ryhmä on pieni: p-arvoja ei lasketa."))
    return lines


# --- Printable forms ---------------------------------------------------------------------------


def export_blank_forms(
    store: Store,
    path: str | Path,
    *,
    group_id: uuid.UUID | None = None,
    phase: Phase | None = None,
    wording: WordingVersion | None = None,
) -> Path:
    """Write blank EUROHIS-8 forms to a PDF: one blank form, or with `group_id` one page per
    participant of the phase's queue with the code printed in (never a name). Logged."""
    from voimaa import audit
    from voimaa.export.eurohis_form_pdf import EurohisSheet, write_eurohis_forms

    phase = None if phase is None else Phase(phase)
    if group_id is None:
        sheets = [EurohisSheet(phase=phase)]
        chosen = WordingVersion(wording or WordingVersion.THL_ATH)
    else:
        phase = phase or Phase.BEFORE
        queue = entry_queue(store, group_id, phase)
        if not queue.participants:
            raise ValidationError(
                translate(
                    "Eurohis", "Ryhmässä ei ole osallistujia. Tulosta tyhjä lomake ilman ryhmää."
                )
            )
        sheets = [EurohisSheet(code=e.code, phase=phase) for e in queue.participants]
        chosen = WordingVersion(wording or queue.wording)
    written = write_eurohis_forms(path, sheets, wording=chosen)
    audit.record_event(
        store,
        "export.eurohis_form",
        group_id=group_id,
        target=str(written),
        forms=len(sheets),
        phase=phase.value if phase else "",
        wording=chosen.value,
    )
    return written
