"""EUROHIS-8: the items, answer scales, wording versions and scoring – the one place for them.

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
