"""EUROHIS-8, the eight-item quality of life form: one package, four parts.

- :mod:`~voimaa.eurohis.scoring`: items, answer scales, wording versions, the score of a form
  (mean, sum, the "good" flag, pro-rating), the RCI and the statistics of before/after pairs.
  Pure: no store.
- :mod:`~voimaa.eurohis.settings`: the EUROHIS-8 settings (reliability, reference SD,
  pro-rating) kept in the store.
- :mod:`~voimaa.eurohis.forms`: saved forms, the entry queue and the printable sheets.
- :mod:`~voimaa.eurohis.change`: the before/after change of one group.

The names callers use are re-exported here (``from voimaa import eurohis; eurohis.score(...)``).
The submodules import each other directly, never through this package.
"""

from __future__ import annotations

from voimaa.eurohis.change import (
    BeforeAfter,
    PairStatus,
    ParticipantChange,
    baseline_means,
    before_after,
    summary_lines,
)
from voimaa.eurohis.forms import (
    PHASE_SESSION,
    EntryQueue,
    EurohisForms,
    EurohisSheet,
    FormResult,
    QueueEntry,
    delete_response,
    entry_queue,
    get_response,
    printable_forms,
    save_response,
)
from voimaa.eurohis.scoring import (
    CHANGE_EPSILON,
    DEFAULT_REFERENCE_SD,
    DEFAULT_RELIABILITY,
    GOOD_QOL_MEAN,
    ITEM_COUNT,
    ITEMS,
    MIN_BASELINE_FOR_OWN_SD,
    RCI_THRESHOLD,
    SCALE_LABELS,
    Answer,
    Item,
    ItemChange,
    PairSummary,
    ReferenceSD,
    Score,
    ScoredPair,
    change_direction,
    is_reliable,
    is_reversed,
    item_changes,
    printed_labels,
    printed_text,
    rci,
    recode,
    reference_sd,
    round_half_up,
    running_mean,
    s_diff,
    score,
    short_label,
    summarize_pairs,
    to_printed,
    validate_answer,
)
from voimaa.eurohis.settings import (
    EUROHIS_KEY,
    EurohisSettings,
    eurohis_settings,
    save_eurohis_settings,
)
from voimaa.models.eurohis import Phase, WordingVersion

__all__ = [
    "CHANGE_EPSILON",
    "DEFAULT_REFERENCE_SD",
    "DEFAULT_RELIABILITY",
    "EUROHIS_KEY",
    "GOOD_QOL_MEAN",
    "ITEMS",
    "ITEM_COUNT",
    "MIN_BASELINE_FOR_OWN_SD",
    "PHASE_SESSION",
    "RCI_THRESHOLD",
    "SCALE_LABELS",
    "Answer",
    "BeforeAfter",
    "EntryQueue",
    "EurohisForms",
    "EurohisSettings",
    "EurohisSheet",
    "FormResult",
    "Item",
    "ItemChange",
    "PairStatus",
    "PairSummary",
    "ParticipantChange",
    "Phase",
    "QueueEntry",
    "ReferenceSD",
    "Score",
    "ScoredPair",
    "WordingVersion",
    "baseline_means",
    "before_after",
    "change_direction",
    "delete_response",
    "entry_queue",
    "eurohis_settings",
    "get_response",
    "is_reliable",
    "is_reversed",
    "item_changes",
    "printable_forms",
    "printed_labels",
    "printed_text",
    "rci",
    "recode",
    "reference_sd",
    "round_half_up",
    "running_mean",
    "s_diff",
    "save_eurohis_settings",
    "save_response",
    "score",
    "short_label",
    "summarize_pairs",
    "summary_lines",
    "to_printed",
    "validate_answer",
]
