"""The coordinator's side: importing the groups' export files into the coordinator's own store,
listing and removing imported groups, and the combined report over them.

Every file is checked whole (`voimaa.coordinator.validation`) before anything is written; the
stored copy is the normalised document. Every import and removal is in the audit log.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from voimaa import audit
from voimaa.coordinator.combined import CombinedReport, aggregate
from voimaa.coordinator.document import SCHEMA_VERSION, GroupExport, document_of
from voimaa.coordinator.periods import (
    PERIODS_SCHEMA_VERSION,
    PeriodsExport,
    parse_periods_document,
    periods_document,
    read_any_export,
)
from voimaa.coordinator.validation import InvalidDocument, parse_document, read_export
from voimaa.errors import ImportRefusedError, NotFoundError, ValidationError
from voimaa.eurohis.settings import eurohis_settings
from voimaa.i18n import translate
from voimaa.models import GroupMode, ImportedGroup, ImportedPeriods
from voimaa.models.base import utcnow
from voimaa.store import Store


@dataclass(frozen=True)
class ImportedSummary:
    id: uuid.UUID
    source_group_id: uuid.UUID
    place: str
    mode: GroupMode
    start_date: date | None
    end_date: date | None
    sessions: int
    participants: int
    exported_on: date | None
    source_file: str
    imported_at: datetime
    replaced: bool = False


@dataclass(frozen=True)
class ImportedPeriodsSummary:
    source_id: uuid.UUID
    periods: int
    exported_on: date
    source_file: str
    replaced: bool = False


@dataclass(frozen=True)
class ImportReport:
    imported: tuple[ImportedSummary, ...]
    refused: tuple[tuple[str, str], ...]  # (file name, Finnish reason)
    periods: tuple[ImportedPeriodsSummary, ...] = ()  # workers' individual-work exports


def _summary(row: ImportedGroup, export: GroupExport, replaced: bool = False) -> ImportedSummary:
    return ImportedSummary(
        id=row.id,
        source_group_id=row.source_group_id,
        place=row.place,
        mode=export.mode,
        start_date=row.start_date,
        end_date=row.end_date,
        sessions=len(export.sessions),
        participants=export.participants_total,
        exported_on=export.exported_on,
        source_file=row.source_file,
        imported_at=row.imported_at,
        replaced=replaced,
    )


def _store_export(s: Session, export: GroupExport, source: str) -> ImportedSummary:
    row = s.scalar(select(ImportedGroup).where(ImportedGroup.source_group_id == export.group_id))
    replaced = row is not None
    if row is None:
        row = ImportedGroup(source_group_id=export.group_id, payload={})
        s.add(row)
    row.schema_version = SCHEMA_VERSION
    row.place = export.place
    row.mode = export.mode.value
    row.start_date = export.start_date
    row.end_date = export.end_date
    row.source_file = source[:500]
    row.imported_at = utcnow()
    row.payload = document_of(export)
    s.flush()
    audit.record(
        s,
        "coordinator.import",
        group_id=export.group_id,
        target=row.source_file,
        replaced=replaced,
        participants=len(export.participants),
    )
    return _summary(row, export, replaced)


def import_files(store: Store, paths: Iterable[str | Path]) -> ImportReport:
    """Import coordinator exports into this (the coordinator's) store.

    Every file is checked whole before anything is written; a refused file changes nothing and
    is listed with its reason. The same group imported again replaces the earlier import.
    """
    accepted: list[tuple[GroupExport | PeriodsExport, str]] = []
    refused: list[tuple[str, str]] = []
    for path in paths:
        try:
            accepted.append((read_any_export(path), Path(path).name))
        except ImportRefusedError as exc:
            refused.append((Path(path).name, str(exc)))
    imported: list[ImportedSummary] = []
    periods: list[ImportedPeriodsSummary] = []
    if accepted:
        with store.session() as s:
            for export, source in accepted:
                if isinstance(export, PeriodsExport):
                    periods.append(_store_periods(s, export, source))
                else:
                    imported.append(_store_export(s, export, source))
    return ImportReport(tuple(imported), tuple(refused), tuple(periods))


def _store_periods(s: Session, export: PeriodsExport, source: str) -> ImportedPeriodsSummary:
    row = s.scalar(select(ImportedPeriods).where(ImportedPeriods.source_id == export.source_id))
    replaced = row is not None
    if row is None:
        row = ImportedPeriods(source_id=export.source_id, payload={})
        s.add(row)
    row.schema_version = PERIODS_SCHEMA_VERSION
    row.exported_on = export.exported_on
    row.periods = len(export.periods)
    row.source_file = source[:500]
    row.imported_at = utcnow()
    row.payload = periods_document(export)
    s.flush()
    audit.record(
        s,
        "coordinator.import_periods",
        target=row.source_file,
        replaced=replaced,
        periods=len(export.periods),
    )
    return ImportedPeriodsSummary(
        export.source_id, len(export.periods), export.exported_on, row.source_file, replaced
    )


def imported_periods(store: Store) -> list[PeriodsExport]:
    """The workers' imported periods exports, for the follow-up figures."""
    result = []
    with store.session() as s:
        for row in s.scalars(select(ImportedPeriods)):
            try:
                result.append(parse_periods_document(row.payload))
            except InvalidDocument as exc:
                raise ValidationError(
                    translate(
                        "Coordinator",
                        "Tuotu jaksojen vienti {file} on vioittunut ({reason}). Tuo tiedosto "
                        "uudelleen.",
                    ).format(file=row.source_file, reason=exc)
                ) from exc
    return result


def import_file(store: Store, path: str | Path) -> ImportedSummary:
    """Import one export; ImportRefusedError (and no change) when the file is refused."""
    export = read_export(path)
    with store.session() as s:
        return _store_export(s, export, Path(path).name)


def _load(row: ImportedGroup) -> GroupExport:
    # The row was checked on import; only a hand-edited store gets here.
    try:
        return parse_document(row.payload)
    except InvalidDocument as exc:
        raise ValidationError(
            translate(
                "Coordinator",
                "Tuotu ryhmä {place} on vioittunut ({reason}). Poista se ja tuo tiedosto "
                "uudelleen.",
            ).format(place=row.place, reason=exc)
        ) from exc


def list_imported(store: Store) -> list[ImportedSummary]:
    """The groups imported into this store, by place and start date."""
    with store.session() as s:
        rows = list(s.scalars(select(ImportedGroup)))
        result = [_summary(r, _load(r)) for r in rows]
    return sorted(result, key=lambda g: (g.place.casefold(), g.start_date or date.min))


def imported_exports(store: Store) -> list[GroupExport]:
    """The imported groups' data, for the combined report."""
    with store.session() as s:
        return [_load(r) for r in s.scalars(select(ImportedGroup))]


def remove_imported(store: Store, imported_id: uuid.UUID) -> None:
    """Remove one imported group from the coordinator's store (logged)."""
    with store.session() as s:
        row = s.get(ImportedGroup, imported_id)
        if row is None:
            raise NotFoundError(
                translate("Coordinator", "Tuotua ryhmää ei löydy. Se on ehkä jo poistettu.")
            )
        source = row.source_group_id
        s.delete(row)
        audit.record(s, "coordinator.remove", group_id=source)


def combined_report(store: Store, *, today: date | None = None) -> CombinedReport:
    """The combined report over the groups imported into this store (with this store's
    EUROHIS-8 settings for the reliable change)."""
    chosen = eurohis_settings(store)
    return aggregate(
        imported_exports(store),
        periods=imported_periods(store),
        reliability=chosen.reliability,
        configured_sd=chosen.reference_sd,
        today=today,
    )
