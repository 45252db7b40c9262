"""EUROHIS-8 change in one group: per participant the before and after means, the change and
its Reliable Change Index; per group the pairs, directions and the plain-Finnish summary.
"""

from __future__ import annotations

import statistics
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from voimaa.eurohis.forms import ordered_participants
from voimaa.eurohis.scoring import (
    ItemChange,
    ReferenceSD,
    ScoredPair,
    change_direction,
    change_index,
    is_reliable,
    missing_note,
    reference_sd,
    s_diff,
    score,
    summarize_pairs,
)
from voimaa.eurohis.settings import EurohisSettings, eurohis_settings
from voimaa.formats import format_decimal
from voimaa.i18n import translate
from voimaa.loaders import load_group
from voimaa.models import EurohisResponse
from voimaa.models.eurohis import Phase
from voimaa.store import Store


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
    before_missing: int = 0  # missing answers on the before form (0 without a form)
    after_missing: int = 0

    @property
    def in_pair(self) -> bool:
        return self.status == PairStatus.PAIR

    @property
    def direction(self) -> str:
        """ "parani", "ennallaan" or "heikkeni" (by the sign of the change), "" without a pair."""
        return "" if self.change is None else change_direction(self.change)


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
        values = [m for p in self.participants if p.in_pair and (m := p.before_mean) is not None]
        return statistics.fmean(values) if values else None

    @property
    def after_mean(self) -> float | None:
        values = [m for p in self.participants if p.in_pair and (m := p.after_mean) is not None]
        return statistics.fmean(values) if values else None


def _missing(row: EurohisResponse | None) -> int:
    return 0 if row is None else sum(1 for a in row.answers if a is None)


def participant_note(p: ParticipantChange, *, allow_prorated: bool) -> str:
    """What the comparison, the report and the workbook say of a person beside the figures:
    which form is missing or incomplete, in the same words as the entry form
    (:func:`~voimaa.eurohis.scoring.missing_note`). '' for a complete pair."""

    def form_note(label: str, missing: int) -> str:
        return translate("Eurohis", "{form}: {note}").format(
            form=label, note=missing_note(missing, allow_prorated=allow_prorated)
        )

    before = translate("Eurohis", "alkumittaus")
    after = translate("Eurohis", "loppumittaus")
    notes = []
    if p.before_missing:
        notes.append(form_note(before, p.before_missing))
    if p.after_missing:
        notes.append(form_note(after, p.after_missing))
    if p.status == PairStatus.ONLY_BEFORE or (
        p.status == PairStatus.NOT_SCORED and p.after_mean is None and not p.after_missing
    ):
        notes.append(translate("Eurohis", "vain alkumittaus"))
    elif p.status == PairStatus.ONLY_AFTER or (
        p.status == PairStatus.NOT_SCORED and p.before_mean is None and not p.before_missing
    ):
        notes.append(translate("Eurohis", "vain loppumittaus"))
    if p.status == PairStatus.PRORATED_LEFT_OUT:
        notes.append(translate("Eurohis", "ei mukana pareissa"))
    return "; ".join(notes)


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
    settings = (settings or eurohis_settings(store)).validated()
    allow = settings.allow_prorated
    with store.session() as s:
        load_group(s, group_id)
        ref = reference_sd(baseline_means(s), configured_sd=settings.reference_sd)
        sdiff = s_diff(ref.sd, settings.reliability)
        changes: list[ParticipantChange] = []
        pairs: list[ScoredPair] = []
        for p in ordered_participants(s, group_id):
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
                index = change_index(change, sdiff)
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
                    before_missing=_missing(before_row),
                    after_missing=_missing(after_row),
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
        )
        if result.sd.rci_computable
        else translate(
            "Eurohis",
            "Luotettavaa muutosta (RCI) ei voi laskea: keskihajonta on 0 "
            "(kaikki alkumittausten keskiarvot ovat samat).",
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
