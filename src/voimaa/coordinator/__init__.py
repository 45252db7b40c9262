"""The regional coordinator's data: pseudonymised group exports, their import, and the combined
report over many groups and places.

A coordinator export is one ``.zip`` per group (see docs/coordinator-format.md) holding a
machine-readable JSON document (``"format": "voimaa-coordinator"``, ``"schema_version": 1``)
and the same figures as a workbook a person can read. It never holds anything that identifies a
person: no names, contact details, notes, intake information, considerations, own workers,
leaders, experts or budget receipts. Per participant it holds only the pseudonymous code, the
attendance marks and the EUROHIS-8 answers, and only for participants who consented.

Import refuses a file as a whole (``ImportRefusedError``) and then changes nothing. Aggregates
hide every count from 1 to 2 persons and every figure computed from fewer than 3 persons.

The package, one module per part (they import each other directly, never through this file)::

    document     the exported data and its JSON document, checksum (pure)
    validation   checking and reading an export file (pure)
    exporting    the leaders' side: the export gathered from their store, the consent list
    importing    the coordinator's side: import into their store, list, remove, report
    combined     the combined statistics over many exports (pure)
    periods      a worker's individual work periods (schema version 2, "kind": "periods")
    figures      a figure of the tables and the small-cell rule (pure)
    suppression  complementary suppression: hidden cells stay unrecoverable (pure)
    followup     the follow-up figures (Seurantaluvut) per place and year (pure)

Writing the files is the export layer's: ``voimaa.export.jobs`` (``export_coordinator``,
``export_combined``, ``write_combined``) with the writers in ``voimaa.export.coordinator_files``.
"""

from voimaa.coordinator.combined import (
    AreaFigures,
    ChangeStats,
    CombinedReport,
    GroupRow,
    ItemStats,
    aggregate,
    aggregate_files,
    unique_exports,
)
from voimaa.coordinator.document import (
    FORMAT,
    JSON_MEMBER,
    SCHEMA_VERSION,
    SUFFIX,
    XLSX_MEMBER,
    EurohisForm,
    ExportedParticipant,
    FeedbackAnswer,
    FeedbackItem,
    GroupExport,
    SessionHeld,
    canonical_bytes,
    document_bytes,
    document_of,
    payload_of,
)
from voimaa.coordinator.exporting import ConsentRow, ExportResult, build_export, consent_list
from voimaa.coordinator.figures import HIDDEN, MIN_CELL, SUPPRESSED, Figure
from voimaa.coordinator.followup import FollowUp, FollowUpRow, follow_up
from voimaa.coordinator.importing import (
    ImportedSummary,
    ImportReport,
    combined_report,
    import_file,
    import_files,
    imported_exports,
    list_imported,
    remove_imported,
)
from voimaa.coordinator.periods import (
    PERIODS_SCHEMA_VERSION,
    ExportedGoal,
    ExportedPeriod,
    PeriodsExport,
    build_periods_export,
    read_any_export,
)
from voimaa.coordinator.validation import parse_document, read_export, read_export_bytes

__all__ = [
    "FORMAT",
    "HIDDEN",
    "JSON_MEMBER",
    "MIN_CELL",
    "PERIODS_SCHEMA_VERSION",
    "SCHEMA_VERSION",
    "SUFFIX",
    "SUPPRESSED",
    "XLSX_MEMBER",
    "AreaFigures",
    "ChangeStats",
    "CombinedReport",
    "ConsentRow",
    "EurohisForm",
    "ExportResult",
    "ExportedGoal",
    "ExportedParticipant",
    "ExportedPeriod",
    "FeedbackAnswer",
    "FeedbackItem",
    "Figure",
    "FollowUp",
    "FollowUpRow",
    "GroupExport",
    "GroupRow",
    "ImportReport",
    "ImportedSummary",
    "ItemStats",
    "PeriodsExport",
    "SessionHeld",
    "aggregate",
    "aggregate_files",
    "build_export",
    "build_periods_export",
    "canonical_bytes",
    "combined_report",
    "consent_list",
    "document_bytes",
    "document_of",
    "follow_up",
    "import_file",
    "import_files",
    "imported_exports",
    "list_imported",
    "parse_document",
    "payload_of",
    "read_any_export",
    "read_export",
    "read_export_bytes",
    "remove_imported",
    "unique_exports",
]
