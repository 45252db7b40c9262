"""Individual work periods in the coordinator format (schema version 2, ``"kind": "periods"``):
what a worker's periods export holds, gathered from their store, its JSON document, and
checking and reading it back (see docs/coordinator-format.md, "Version 2: periods").

Never in the file: names, the own worker, the decision's reference number, goal texts, meeting
dates, topics, places of meetings, notes. A period of a client who consented is exported with
the client's pseudonymous code, the goal ratings and the EUROHIS-8 answers; a period of a
client who did not is counted only (no code, no ratings, no answers).
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from voimaa import __version__, settings
from voimaa.coordinator.document import (
    FORMAT,
    EurohisForm,
    GroupExport,
    canonical_bytes,
    form_json,
)
from voimaa.coordinator.validation import (
    CODE_PATTERN,
    VERSION_PATTERN,
    InvalidDocument,
    _answer,
    _date,
    _enum,
    _field,
    _int,
    _list,
    _str,
    parse_document,
    read_file_with,
    verified_payload,
)
from voimaa.eurohis import scoring
from voimaa.i18n import translate
from voimaa.individual.meetings import INTENSIVE_MONTHS, add_months
from voimaa.models import (
    GoalsMet,
    NextStep,
    PeriodStatus,
    Phase,
    RatingOccasion,
    WordingVersion,
    WorkPeriod,
)
from voimaa.store import Store

PERIODS_SCHEMA_VERSION = 2
KIND_PERIODS = "periods"
KIND_GROUP = "group"
SOURCE_KEY = "coordinator.periods_source"
MAX_PERIODS = 2000
MAX_RATINGS = 20


@dataclass(frozen=True)
class ExportedGoal:
    position: int  # 1–5; the goal's text never leaves
    ratings: tuple[tuple[RatingOccasion, date, int], ...]  # (occasion, date, 0–10) in order

    @property
    def last(self) -> int | None:
        return self.ratings[-1][2] if self.ratings else None


@dataclass(frozen=True)
class ExportedPeriod:
    code: str | None  # None: the client did not consent; counted only
    place: str
    decision_date: date | None
    start_date: date
    work_phase_date: date | None
    closing_phase_date: date | None
    end_date: date | None
    status: PeriodStatus
    meetings: int
    meetings_first_six_months: int
    meetings_by_year: tuple[tuple[int, int], ...]  # (year, meetings)
    goals: tuple[ExportedGoal, ...]
    forms: tuple[EurohisForm, ...]
    goals_met: GoalsMet | None
    next_step: NextStep | None

    def form(self, phase: Phase) -> EurohisForm | None:
        return next((f for f in self.forms if f.phase == phase), None)


@dataclass(frozen=True)
class PeriodsExport:
    """One worker's (one store's) periods export."""

    source_id: uuid.UUID
    exported_on: date
    periods: tuple[ExportedPeriod, ...]
    program_version: str = __version__

    @property
    def eurohis_forms(self) -> int:
        return sum(len(p.forms) for p in self.periods)


# ----- the worker's side -----------------------------------------------------------------------


def source_id(store: Store) -> uuid.UUID:
    """This store's random id as a source of periods exports (made on first use)."""
    value = settings.get_setting(store, SOURCE_KEY)
    try:
        return uuid.UUID(str(value))
    except ValueError:
        new = uuid.uuid4()
        settings.set_setting(store, SOURCE_KEY, str(new))
        return new


def _export_period(p: WorkPeriod) -> ExportedPeriod:
    consented = p.client.consent_coordinator
    days = [m.held_on for m in p.meetings]
    six = add_months(p.start_date, INTENSIVE_MONTHS)
    by_year = sorted(Counter(d.year for d in days).items())
    goals: tuple[ExportedGoal, ...] = ()
    forms: tuple[EurohisForm, ...] = ()
    if consented:
        rank = {RatingOccasion.START: 0, RatingOccasion.REVIEW: 1, RatingOccasion.END: 2}
        goals = tuple(
            ExportedGoal(
                g.position,
                tuple(
                    (RatingOccasion(r.occasion), r.rated_on, r.value)
                    for r in sorted(
                        g.ratings, key=lambda r: (r.rated_on, rank[RatingOccasion(r.occasion)])
                    )
                ),
            )
            for g in sorted(p.goals, key=lambda g: g.position)
        )
        forms = tuple(
            EurohisForm(Phase(r.phase), r.filled_on, WordingVersion(r.wording), r.answers)
            for r in sorted(p.eurohis, key=lambda r: r.phase != Phase.BEFORE)
        )
    return ExportedPeriod(
        code=p.client.code if consented else None,
        place=p.place,
        decision_date=p.decision_date,
        start_date=p.start_date,
        work_phase_date=p.work_phase_date,
        closing_phase_date=p.closing_phase_date,
        end_date=p.end_date,
        status=PeriodStatus(p.status),
        meetings=len(days),
        meetings_first_six_months=sum(1 for d in days if p.start_date <= d < six),
        meetings_by_year=tuple(by_year),
        goals=goals,
        forms=forms,
        goals_met=None if p.goals_met is None else GoalsMet(p.goals_met),
        next_step=None if p.next_step is None else NextStep(p.next_step),
    )


def build_periods_export(
    store: Store, *, place: str | None = None, today: date | None = None
) -> PeriodsExport:
    """Every period of this store (or of one place) as the coordinator gets them."""
    source = source_id(store)
    with store.session() as s:
        query = select(WorkPeriod)
        if place is not None:
            query = query.where(WorkPeriod.place == place)
        rows = list(s.scalars(query))
        periods = tuple(
            sorted(
                (_export_period(p) for p in rows),
                key=lambda e: (e.place, e.start_date, e.code or ""),
            )
        )
    return PeriodsExport(source, today or date.today(), periods)


# ----- the document ----------------------------------------------------------------------------


def _iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def periods_payload(export: PeriodsExport) -> dict[str, Any]:
    return {
        "source_id": str(export.source_id),
        "exported_on": export.exported_on.isoformat(),
        "program_version": export.program_version,
        "periods": [
            {
                "code": p.code,
                "place": p.place,
                "decision_date": _iso(p.decision_date),
                "start_date": p.start_date.isoformat(),
                "work_phase_date": _iso(p.work_phase_date),
                "closing_phase_date": _iso(p.closing_phase_date),
                "end_date": _iso(p.end_date),
                "status": p.status.value,
                "meetings": p.meetings,
                "meetings_first_six_months": p.meetings_first_six_months,
                "meetings_by_year": [{"year": y, "meetings": n} for y, n in p.meetings_by_year],
                "goals": [
                    {
                        "position": g.position,
                        "ratings": [
                            {"occasion": o.value, "date": d.isoformat(), "value": v}
                            for o, d, v in g.ratings
                        ],
                    }
                    for g in p.goals
                ],
                "eurohis": [form_json(f) for f in p.forms],
                "outcome": None
                if p.goals_met is None or p.next_step is None
                else {"goals_met": p.goals_met.value, "next_step": p.next_step.value},
            }
            for p in export.periods
        ],
    }


def periods_document(export: PeriodsExport) -> dict[str, Any]:
    payload = periods_payload(export)
    return {
        "format": FORMAT,
        "schema_version": PERIODS_SCHEMA_VERSION,
        "kind": KIND_PERIODS,
        "payload": payload,
        "checks": {
            "periods": len(export.periods),
            "eurohis_forms": export.eurohis_forms,
            "payload_sha256": hashlib.sha256(canonical_bytes(payload)).hexdigest(),
        },
    }


def periods_document_bytes(export: PeriodsExport) -> bytes:
    return json.dumps(periods_document(export), ensure_ascii=False, indent=2).encode("utf-8")


# ----- reading ---------------------------------------------------------------------------------


def _bad(where: str) -> InvalidDocument:
    return InvalidDocument(
        translate("Coordinator", "jakso {where} ei ole johdonmukainen").format(where=where)
    )


def _parse_period(raw: Any, pw: str, latest: date) -> ExportedPeriod:
    code = _field(raw, "code", pw)
    if code is not None and (not isinstance(code, str) or not CODE_PATTERN.fullmatch(code)):
        raise InvalidDocument(
            translate("Coordinator", "asiakkaan koodi {where} ei kelpaa").format(where=pw)
        )
    start = _date(raw, "start_date", pw, optional=False)
    assert start is not None
    dates = [
        _date(raw, "decision_date", pw),
        start,
        _date(raw, "work_phase_date", pw),
        _date(raw, "closing_phase_date", pw),
        _date(raw, "end_date", pw),
    ]
    phases = [d for d in dates[1:] if d is not None]
    if phases != sorted(phases) or any(d > latest for d in dates if d is not None):
        raise _bad(pw)
    status = _enum(raw, "status", pw, PeriodStatus)
    meetings = _int(raw, "meetings", pw, 0, 5000)
    first = _int(raw, "meetings_first_six_months", pw, 0, 5000)
    by_year = []
    for j, item in enumerate(_list(raw, "meetings_by_year", pw, 50)):
        yw = f"{pw}.meetings_by_year[{j}]"
        by_year.append((_int(item, "year", yw, 1990, 2200), _int(item, "meetings", yw, 0, 5000)))
    if first > meetings or sum(n for _, n in by_year) != meetings:
        raise _bad(pw)
    if len({y for y, _ in by_year}) != len(by_year):
        raise _bad(pw)
    goals = []
    for j, g in enumerate(_list(raw, "goals", pw, 5)):
        gw = f"{pw}.goals[{j}]"
        ratings = []
        for k, r in enumerate(_list(g, "ratings", gw, MAX_RATINGS)):
            rw = f"{gw}.ratings[{k}]"
            day = _date(r, "date", rw, optional=False)
            assert day is not None
            if day > latest or day < start:
                raise _bad(rw)
            ratings.append(
                (_enum(r, "occasion", rw, RatingOccasion), day, _int(r, "value", rw, 0, 10))
            )
        goals.append(ExportedGoal(_int(g, "position", gw, 1, 5), tuple(ratings)))
    if len({g.position for g in goals}) != len(goals):
        raise _bad(pw)
    forms = []
    for j, f in enumerate(_list(raw, "eurohis", pw, 2)):
        fw = f"{pw}.eurohis[{j}]"
        answers = _list(f, "answers", fw, scoring.ITEM_COUNT)
        if len(answers) != scoring.ITEM_COUNT:
            raise InvalidDocument(
                translate("Coordinator", "lomakkeessa {where} ei ole kahdeksaa vastausta").format(
                    where=fw
                )
            )
        filled = _date(f, "date", fw)
        if filled is not None and filled > latest:
            raise _bad(fw)
        forms.append(
            EurohisForm(
                phase=_enum(f, "phase", fw, Phase),
                filled_on=filled,
                wording=_enum(f, "wording", fw, WordingVersion),
                answers=tuple(_answer(a, f"{fw}.answers[{k}]") for k, a in enumerate(answers)),
            )
        )
    if len({f.phase for f in forms}) != len(forms):
        raise _bad(pw)
    if code is None and (goals or forms):
        raise InvalidDocument(
            translate(
                "Coordinator", "jaksossa {where} on arvioita ilman suostumusta (koodia)"
            ).format(where=pw)
        )
    outcome = _field(raw, "outcome", pw)
    goals_met = next_step = None
    if outcome is not None:
        goals_met = _enum(outcome, "goals_met", f"{pw}.outcome", GoalsMet)
        next_step = _enum(outcome, "next_step", f"{pw}.outcome", NextStep)
    ended = status == PeriodStatus.ENDED
    if ended != (dates[4] is not None) or (outcome is not None and not ended):
        raise _bad(pw)
    return ExportedPeriod(
        code=code,
        place=_str(raw, "place", pw),
        decision_date=dates[0],
        start_date=start,
        work_phase_date=dates[2],
        closing_phase_date=dates[3],
        end_date=dates[4],
        status=status,
        meetings=meetings,
        meetings_first_six_months=first,
        meetings_by_year=tuple(sorted(by_year)),
        goals=tuple(sorted(goals, key=lambda g: g.position)),
        forms=tuple(forms),
        goals_met=goals_met,
        next_step=next_step,
    )


def parse_periods_document(document: Any, *, today: date | None = None) -> PeriodsExport:
    """Check a version-2 periods document (fields, types, counts, checksum, consistency)."""
    if not isinstance(document, dict) or document.get("kind") != KIND_PERIODS:
        raise InvalidDocument(
            translate("Coordinator", "tiedosto ei ole yksilötyön jaksojen vienti")
        )
    payload, checks = verified_payload(document)
    w = "payload"
    try:
        raw_id = _str(payload, "source_id", w, 36)
        source = uuid.UUID(raw_id)
        if str(source) != raw_id:
            raise ValueError(raw_id)
    except (ValueError, InvalidDocument):
        raise InvalidDocument(
            translate("Coordinator", "lähteen tunniste (payload.source_id) ei kelpaa")
        ) from None
    exported_on = _date(payload, "exported_on", w, optional=False)
    assert exported_on is not None
    if exported_on > (today or date.today()) + timedelta(days=1):
        raise InvalidDocument(
            translate("Coordinator", "vientipäivä {d} on tulevaisuudessa").format(
                d=exported_on.isoformat()
            )
        )
    latest = exported_on + timedelta(days=1)
    periods = tuple(
        _parse_period(raw, f"{w}.periods[{i}]", latest)
        for i, raw in enumerate(_list(payload, "periods", w, MAX_PERIODS))
    )
    export = PeriodsExport(
        source_id=source,
        exported_on=exported_on,
        periods=periods,
        program_version=_str(payload, "program_version", w, 50, VERSION_PATTERN),
    )
    for key, count in (("periods", len(periods)), ("eurohis_forms", export.eurohis_forms)):
        if _int(checks, key, "checks", 0, 100_000) != count:
            raise InvalidDocument(
                translate(
                    "Coordinator", "määrät eivät täsmää (checks.{key}): tiedostoa on muutettu"
                ).format(key=key)
            )
    return export


def parse_any_document(document: Any, *, today: date | None = None) -> GroupExport | PeriodsExport:
    """A group export (version 1, or 2 with "kind": "group") or a periods export (version 2
    with "kind": "periods"), checked by its own rules."""
    if (
        isinstance(document, dict)
        and document.get("format") == FORMAT
        and document.get("schema_version") == PERIODS_SCHEMA_VERSION
        and document.get("kind") == KIND_PERIODS
    ):
        return parse_periods_document(document, today=today)
    return parse_document(document, today=today)


def read_any_export(path: str | Path, *, today: date | None = None) -> GroupExport | PeriodsExport:
    """Check and read a group's or a worker's periods export file (ImportRefusedError)."""
    return read_file_with(path, parse_any_document, today=today)
