"""EUROHIS-8 scoring: the items, answer scales, wording versions, the score of one form and the
statistics of before/after pairs. Pure: no store, no settings lookup.

Answers are stored 1 = worst … 5 = best whatever order the paper form printed them in. The score
is the mean of the eight items (1–5) and the sum (8–40 = 8 × mean), for complete forms; a setting
may allow a pro-rated mean with at most one missing item, always flagged. Change is reported per
person with the Reliable Change Index (Jacobson & Truax 1991).
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from voimaa import rounding
from voimaa.i18n import translate
from voimaa.models.eurohis import ITEM_COLUMNS, WordingVersion

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

# The wording is THL's as published in the indicator notes of its surveys (checked 2.12.2026):
# THL_ATH follows the FinSote 2018 notes (terveytemme.fi/finsote/alueet2018/notes/
# ath_whoqol8_di_cr.htm): item 8 "asuinalueen olosuhteisiin", middle answer "en tyytyväinen enkä
# tyytymätön". FINMONIK follows the FinMonik 2018–2019 notes (terveytemme.fi/finmonik/notes/
# fm_qol_8_score.htm): "sinä" form, "Miten tyytyväinen olet ollut … asuinalueesi olosuhteisiin",
# satisfaction printed best-first with "melko tyytyväinen" / "melko tyytymätön".
FINMONIK_SATISFACTION = (  # stored 1 → 5 (worst → best); the paper prints them reversed
    "erittäin tyytymätön",
    "melko tyytymätön",
    "en tyytyväinen enkä tyytymätön",
    "melko tyytyväinen",
    "erittäin tyytyväinen",
)


@dataclass(frozen=True)
class Item:
    number: int
    key: str
    text: str  # Finnish, THL ATH/FinSote "te" form
    english: str
    scale: str
    finmonik: str = ""  # the THL FinMonik "sinä" form

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
        "Millaiseksi arvioit elämänlaatusi?",
    ),
    Item(
        2,
        "health",
        "Miten tyytyväinen olette terveyteenne?",
        "How satisfied are you with your health?",
        "B",
        "Miten tyytyväinen olet ollut terveyteesi?",
    ),
    Item(
        3,
        "energy",
        "Onko teillä riittävästi tarmoa arkipäivän elämäänne varten?",
        "Do you have enough energy for everyday life?",
        "C",
        "Onko sinulla riittävästi tarmoa arkipäivän elämääsi varten?",
    ),
    Item(
        4,
        "activities",
        "Miten tyytyväinen olette kykyynne selviytyä päivittäisistä toimistanne?",
        "How satisfied are you with your ability to perform your daily living activities?",
        "B",
        "Miten tyytyväinen olet ollut kykyysi selviytyä päivittäisistä toimistasi?",
    ),
    Item(
        5,
        "self",
        "Miten tyytyväinen olette itseenne?",
        "How satisfied are you with yourself?",
        "B",
        "Miten tyytyväinen olet ollut itseesi?",
    ),
    Item(
        6,
        "relationships",
        "Miten tyytyväinen olette ihmissuhteisiinne?",
        "How satisfied are you with your personal relationships?",
        "B",
        "Miten tyytyväinen olet ollut ihmissuhteisiisi?",
    ),
    Item(
        7,
        "money",
        "Onko teillä tarpeeksi rahaa tarpeisiinne nähden?",
        "Have you enough money to meet your needs?",
        "C",
        "Onko sinulla tarpeeksi rahaa tarpeisiisi nähden?",
    ),
    Item(
        8,
        "housing",
        "Miten tyytyväinen olette asuinalueen olosuhteisiin?",
        "How satisfied are you with the conditions of your living place?",
        "B",
        "Miten tyytyväinen olet ollut asuinalueesi olosuhteisiin?",
    ),
)


def short_label(item: Item) -> str:
    """A short name of the item for charts and table headings, e.g. "2. terveys"."""
    return f"{item.number}. {_short_name(item.key)}"


def _short_name(key: str) -> str:
    match key:
        case "qol":
            return translate("Eurohis", "elämänlaatu")
        case "health":
            return translate("Eurohis", "terveys")
        case "energy":
            return translate("Eurohis", "tarmo arkeen")
        case "activities":
            return translate("Eurohis", "päivittäiset toimet")
        case "self":
            return translate("Eurohis", "tyytyväisyys itseen")
        case "relationships":
            return translate("Eurohis", "ihmissuhteet")
        case "money":
            return translate("Eurohis", "raha")
        case "housing":
            return translate("Eurohis", "asuinalue")
    raise KeyError(key)


Answer = int | None


def is_reversed(item: Item, wording: WordingVersion) -> bool:
    """Whether this version prints the item's answers best-first (FinMonik satisfaction items)."""
    return wording == WordingVersion.FINMONIK and item.scale == "B"


def printed_labels(item: Item, wording: WordingVersion) -> tuple[str, ...]:
    """Labels in the version's own words, in the order its paper form prints answers 1 → 5."""
    if is_reversed(item, wording):
        return tuple(reversed(FINMONIK_SATISFACTION))
    return item.labels


def printed_text(item: Item, wording: WordingVersion) -> str:
    """The question as the version's paper form prints it."""
    return item.finmonik if wording == WordingVersion.FINMONIK and item.finmonik else item.text


def recode(answers: Sequence[Answer], wording: WordingVersion) -> tuple[Answer, ...]:
    """Printed answers → stored answers (1 = worst … 5 = best). Its own inverse."""
    if len(answers) != ITEM_COUNT:
        raise ValueError(f"EUROHIS-8 has {ITEM_COUNT} items, got {len(answers)}")
    return tuple(
        None if a is None else (6 - a if is_reversed(item, wording) else a)
        for item, a in zip(ITEMS, answers, strict=True)
    )


def to_printed(answers: Sequence[Answer], wording: WordingVersion) -> tuple[Answer, ...]:
    """Stored answers → the numbers as the paper form of `wording` prints them."""
    return recode(answers, wording)


def round_half_up(value: float, decimals: int = 2) -> float:
    """Round for display the way people do by hand (2,625 → 2,63).

    The program's one rule: :func:`voimaa.rounding.rounded`."""
    return rounding.rounded(value, decimals)


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
    given = [a for a in map(validate_answer, answers) if a is not None]
    missing = ITEM_COUNT - len(given)
    if missing == 0 or (missing == 1 and allow_prorated):
        return Score(mean=sum(given) / len(given), answered=len(given), prorated=missing == 1)
    return None


def missing_note(missing: int, *, allow_prorated: bool) -> str:
    """The one wording for missing answers on a form, wherever a form is shown (the entry
    form, the before/after comparison, the report): how many are missing and whether that still
    gives a score. '' when nothing is missing."""
    if missing <= 0:
        return ""
    if missing == 1:
        if allow_prorated:
            return translate("Eurohis", "yksi vastaus puuttuu (arvioitu keskiarvo)")
        return translate(
            "Eurohis", "yksi vastaus puuttuu (ei pisteitä: arvioitua keskiarvoa ei ole sallittu)"
        )
    return translate("Eurohis", "{n} vastausta puuttuu (ei pisteitä)").format(n=missing)


@dataclass(frozen=True)
class ReferenceSD:
    sd: float
    own_baseline: bool  # True: SD of this store's baseline means; False: the configured reference
    n: int

    @property
    def rci_computable(self) -> bool:
        """False when the SD is 0 (e.g. every baseline mean equal): valid data, no RCI."""
        return self.sd > 0

    @property
    def description(self) -> str:
        if not self.rci_computable:
            return translate(
                "Eurohis",
                "keskihajonta on 0 (n = {n}): luotettavaa muutosta (RCI) ei voi laskea",
            ).format(n=self.n)
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
    """Standard error of the difference: √2 · SD · √(1 − r); 0 when the SD is 0 (no RCI)."""
    if not 0 <= reliability < 1:
        raise ValueError("reliability must be in [0, 1)")
    if sd < 0 or math.isnan(sd):
        raise ValueError("SD must not be negative")
    return math.sqrt(2) * sd * math.sqrt(1 - reliability)


def change_index(change: float, sdiff: float) -> float | None:
    """The RCI of a change, or None when it cannot be computed (S_diff 0: an SD of 0)."""
    return change / sdiff if sdiff > 0 else None


def rci(before: float, after: float, *, sd: float, reliability: float) -> float | None:
    """Reliable Change Index of one person: (after − before) / S_diff; None when SD is 0."""
    return change_index(after - before, s_diff(sd, reliability))


def is_reliable(index: float) -> bool:
    return abs(index) > RCI_THRESHOLD


# --- Before/after pairs ------------------------------------------------------------------------


CHANGE_EPSILON = 1e-9


def change_direction(change: float) -> str:
    """ "parani", "ennallaan" or "heikkeni" by the sign of a change on the mean scale."""
    if change > CHANGE_EPSILON:
        return "parani"
    if change < -CHANGE_EPSILON:
        return "heikkeni"
    return "ennallaan"


@dataclass(frozen=True)
class ItemChange:
    item: Item
    before_mean: float | None
    after_mean: float | None
    change: float | None
    n: int  # pairs with both answers to this item


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
    rci_computable: bool = True  # False: S_diff 0, so no reliable-change counts


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
    indexes = [i for c in changes if (i := change_index(c, sdiff)) is not None]
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
        rci_computable=sdiff > 0,
    )
