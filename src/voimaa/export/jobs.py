"""Export use cases: one function per thing a leader or the coordinator can export.

Each use case reads the core's plain report, picks the writer from the one suffix table
(:data:`FORMATS`), writes the file atomically (the writers do so through
:func:`voimaa.export.files.atomic_write`) and records the audit event. The CLI and the UI call
these functions, never a writer directly; the core never imports this package.

Writers share one signature, ``write(path, data) -> Path``, and are imported only when a file
is written, so start-up never pays for reportlab or openpyxl.

Size: over 500 lines because it is the one table of every export use case (groups, forms,
the coordinator, individual work); each section is short and they are read together.
"""

from __future__ import annotations

import importlib
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from voimaa import (
    access_log,
    attendance,
    audit,
    budget,
    certificates,
    feedback,
    individual,
    reports,
    roster,
    slides,
    workbook,
)
from voimaa.coordinator import (
    SCHEMA_VERSION,
    SUFFIX,
    CombinedReport,
    ExportResult,
    build_export,
    combined_report,
)
from voimaa.coordinator.periods import PERIODS_SCHEMA_VERSION, build_periods_export
from voimaa.errors import ValidationError
from voimaa.eurohis import Phase, WordingVersion, printable_forms
from voimaa.i18n import translate
from voimaa.individual import feedback as period_feedback
from voimaa.program import get_program
from voimaa.store import Store

Writer = Callable[[Path, Any], Path]


@dataclass(frozen=True)
class ExportKind:
    """What can be exported as which files: suffix → "module:function" of the writer."""

    writers: dict[str, str]
    refused: Callable[[], str]  # the Finnish message for any other suffix

    def writer(self, path: Path) -> Writer:
        """The writer for `path`'s suffix; a `ValidationError` for a suffix not offered."""
        spec = self.writers.get(path.suffix.lower())
        if spec is None:
            raise ValidationError(self.refused())
        module, function = spec.split(":")
        fn: Writer = getattr(importlib.import_module(module), function)
        return fn


FORMATS: dict[str, ExportKind] = {}


def write(kind: str, path: str | Path, data: Any) -> Path:
    """Write `data` to `path` with the writer that `kind` names for the path's suffix."""
    target = Path(path)
    return FORMATS[kind].writer(target)(target, data)


def check_suffix(kind: str, path: str | Path) -> None:
    """Refuse a file name whose suffix `kind` cannot be written as, before any work is done."""
    FORMATS[kind].writer(Path(path))


def log_export(
    store: Store,
    action: str,
    written: Path,
    *,
    group_id: uuid.UUID | None = None,
    **details: Any,
) -> None:
    """Record that a file was written (its own unit of work, after the file is in place).

    The event names the folder and the kind of export (the action, e.g. ``export.attendance``,
    and the details), never the file name: file names are often built from people's names.
    """
    audit.record_event(store, action, group_id=group_id, target=str(written.parent), **details)


# --- group materials and sheets --------------------------------------------------------------
# Each message is a literal inside a lambda, so lupdate extracts it and it is translated when
# shown.

FORMATS.update(
    {
        "attendance": ExportKind(
            {
                ".xlsx": "voimaa.export.attendance_xlsx:write_attendance_xlsx",
                ".pdf": "voimaa.export.attendance_pdf:write_attendance_pdf",
            },
            lambda: translate(
                "Attendance", "Läsnäolotaulukon voi viedä vain .xlsx- tai .pdf-tiedostoksi."
            ),
        ),
        "signin": ExportKind(
            {".pdf": "voimaa.export.signin_pdf:write_signin_pdf"},
            lambda: translate("Attendance", "Läsnäololistan voi viedä vain .pdf-tiedostoksi."),
        ),
        "budget": ExportKind(
            {
                ".xlsx": "voimaa.export.budget_xlsx:write_budget_xlsx",
                ".pdf": "voimaa.export.budget_pdf:write_budget_pdf",
            },
            lambda: translate("Budget", "Budjetin voi viedä vain .xlsx- tai .pdf-tiedostoksi."),
        ),
        "group_report": ExportKind(
            {
                ".pdf": "voimaa.export.group_report_pdf:write_group_report_pdf",
                ".xlsx": "voimaa.export.group_xlsx:write_group_xlsx",
            },
            lambda: translate("Reports", "Raportin tiedoston pitää päättyä .pdf tai .xlsx."),
        ),
        "feedback_form": ExportKind(
            {".pdf": "voimaa.export.feedback_form_pdf:write_feedback_forms"},
            lambda: translate("Feedback", "Palautelomakkeen voi tulostaa vain .pdf-tiedostoksi."),
        ),
        "slides": ExportKind(
            {".pdf": "voimaa.export.slides_pdf:write_deck"},
            lambda: translate("Slides", "Diat voi viedä vain .pdf-tiedostoksi."),
        ),
        "workbook": ExportKind(
            {".pdf": "voimaa.export.workbook_pdf:write_workbook"},
            lambda: translate("Workbook", "Työkirjan voi viedä vain .pdf-tiedostoksi."),
        ),
        "example_budget": ExportKind(
            {".pdf": "voimaa.export.workbook_pdf:write_example_budget"},
            lambda: translate("Workbook", "Esimerkkibudjetin voi viedä vain .pdf-tiedostoksi."),
        ),
    }
)


def export_attendance(
    store: Store,
    group_id: uuid.UUID,
    path: str | Path,
    *,
    today: date | None = None,
    threshold: float = attendance.DEFAULT_THRESHOLD,
) -> Path:
    """Write the attendance sheet as .xlsx or .pdf (by the file's suffix) and log the export."""
    check_suffix("attendance", path)
    table = attendance.attendance_table(
        store, group_id, today=today or date.today(), threshold=threshold
    )
    written = write("attendance", path, table)
    log_export(
        store,
        "export.attendance",
        written,
        group_id=group_id,
        format=_format(written),
        rows=len(table.rows),
    )
    return written


FORMATS["code_list"] = ExportKind(
    {".pdf": "voimaa.export.code_list_pdf:write_code_list_pdf"},
    lambda: translate("Roster", "Koodi- ja nimilistan voi viedä vain .pdf-tiedostoksi."),
)


def export_code_list(store: Store, group_id: uuid.UUID, path: str | Path) -> Path:
    """Write the group's code-to-name list (PDF, marked as containing personal data) for
    handing out pre-coded forms, and log it as an export of names."""
    check_suffix("code_list", path)
    codes = roster.code_list(store, group_id)
    written = write("code_list", path, codes)
    log_export(store, "export.code_list", written, group_id=group_id, names=len(codes.rows))
    return written


def export_signin(
    store: Store,
    group_id: uuid.UUID | None,
    path: str | Path,
    session_number: int | None = None,
    *,
    blank: bool = False,
) -> Path:
    """Write a printable sign-in sheet PDF and log it (as a print of the group's names)."""
    check_suffix("signin", path)
    sheet = attendance.signin_sheet(store, group_id, session_number, blank=blank)
    written = write("signin", path, sheet)
    log_export(
        store,
        "export.signin",
        written,
        group_id=group_id,
        session_number=session_number,
        names=len(sheet.names),
    )
    return written


def export_budget(
    store: Store, group_id: uuid.UUID, path: str | Path, *, today: date | None = None
) -> Path:
    """Write the budget as .xlsx (lines and categories) or as a .pdf summary; log the export."""
    check_suffix("budget", path)
    summary = budget.budget_summary(store, group_id, today=today)
    written = write("budget", path, summary)
    log_export(store, "export.budget", written, group_id=group_id, format=_format(written))
    return written


def export_group_report(
    store: Store,
    group_id: uuid.UUID,
    path: str | Path,
    *,
    include_names: bool = False,
    today: date | None = None,
) -> Path:
    """Write the group report as PDF or Excel (by the file's suffix) and log the export."""
    check_suffix("group_report", path)
    report = reports.group_report(store, group_id, include_names=include_names, today=today)
    written = write("group_report", path, report)
    log_export(
        store,
        "export.group_report",
        written,
        group_id=group_id,
        format=_format(written),
        names=include_names,
    )
    return written


def export_feedback_form(
    store: Store, path: str | Path, *, group_id: uuid.UUID | None = None, copies: int = 1
) -> Path:
    """Write the blank, anonymous feedback form to a PDF: the group's own form, or without a
    group the default for new groups. Logged."""
    printed = feedback.printed_forms(store, group_id, copies)
    written = write("feedback_form", path, printed)
    log_export(store, "export.feedback_form", written, group_id=group_id, copies=copies)
    return written


def export_slides(
    store: Store, path: str | Path, session_number: int, group_id: uuid.UUID | None = None
) -> Path:
    """Write a session's deck as a 16:9 PDF (with the group's details when a group is given)."""
    deck = (
        slides.group_deck(store, group_id, session_number)
        if group_id
        else slides.generic_deck(session_number)
    )
    written = write("slides", path, deck)
    log_export(store, "export.slides", written, group_id=group_id, session_number=session_number)
    return written


def export_workbook(
    store: Store,
    path: str | Path,
    *,
    group_id: uuid.UUID | None = None,
    chapter_ref: str | int | None = None,
) -> Path:
    """Write the whole workbook (or one chapter as a handout) as a PDF; with a group, its
    name, place, leaders and dates are printed. The export is logged."""
    printout = workbook.printout(store, group_id=group_id, chapter_ref=chapter_ref)
    written = write("workbook", path, printout)
    log_export(
        store,
        "export.workbook",
        written,
        group_id=group_id,
        chapter=str(chapter_ref) if chapter_ref is not None else "",
    )
    return written


def export_example_budget(
    store: Store, path: str | Path, *, group_id: uuid.UUID | None = None
) -> Path:
    """Write the workbook's example budget as a one-page handout (PDF) and log the export."""
    check_suffix("example_budget", path)
    written = write("example_budget", path, workbook.example_budget(store, group_id))
    log_export(store, "export.example_budget", written, group_id=group_id)
    return written


def _format(written: Path) -> str:
    return written.suffix.lower().lstrip(".")


# --- coordinator -----------------------------------------------------------------------------
# One group's pseudonymised export for the regional coordinator (.zip) and the coordinator's
# combined report over many groups (.xlsx or .pdf).

FORMATS.update(
    {
        "coordinator": ExportKind(
            {".zip": "voimaa.export.coordinator_files:write_export"},
            lambda: translate(
                "Coordinator", "Koordinaattorin aineiston tiedoston pitää päättyä .zip."
            ),
        ),
        "combined": ExportKind(
            {
                ".xlsx": "voimaa.export.coordinator_combined:write_combined_xlsx",
                ".pdf": "voimaa.export.coordinator_combined_pdf:write_combined_pdf",
            },
            lambda: translate("Coordinator", "Yhteenvedon tiedoston pitää päättyä .xlsx tai .pdf."),
        ),
    }
)


def coordinator_export_path(path: str | Path) -> Path:
    """The file name the coordinator export is written to: `.zip` is added when missing."""
    p = Path(path)
    return p if p.suffix.lower() == SUFFIX else p.with_name(p.name + SUFFIX)


def export_coordinator(
    store: Store,
    group_id: uuid.UUID,
    path: str | Path,
    *,
    include_open_texts: bool = False,
    today: date | None = None,
) -> ExportResult:
    """Write the group's coordinator export (a .zip; the suffix is added when missing) and log
    it in the audit log. Nothing that identifies a person is in the file."""
    export = build_export(store, group_id, include_open_texts=include_open_texts, today=today)
    written = write("coordinator", coordinator_export_path(path), export)
    log_export(
        store,
        "export.coordinator",
        written,
        group_id=group_id,
        participants=len(export.participants),
        open_texts=include_open_texts,
        schema_version=SCHEMA_VERSION,
    )
    return ExportResult(
        path=written,
        participants=len(export.participants),
        left_out=export.participants_total - len(export.participants),
        feedback_responses=len(export.feedback),
        open_texts_included=include_open_texts,
    )


def write_combined(report: CombinedReport, path: str | Path) -> Path:
    """Write the combined report as .xlsx or .pdf (by the file's suffix); not logged, so that
    `voimaa aggregate` works without any store."""
    return write("combined", path, report)


def export_combined(store: Store, path: str | Path, *, today: date | None = None) -> Path:
    """Write the combined report of the groups imported into this store and log it."""
    report = combined_report(store, today=today)
    written = write_combined(report, path)
    log_export(store, "export.coordinator_report", written, groups=report.overall.groups.n)
    return written


# --- eurohis ---------------------------------------------------------------------------------

FORMATS.update(
    {
        "eurohis_forms": ExportKind(
            {".pdf": "voimaa.export.eurohis_form_pdf:write_eurohis_forms"},
            lambda: translate("Eurohis", "EUROHIS-8-lomakkeen voi tulostaa vain .pdf-tiedostoksi."),
        ),
    }
)


def export_eurohis_forms(
    store: Store,
    path: str | Path,
    *,
    group_id: uuid.UUID | None = None,
    phase: Phase | None = None,
    wording: WordingVersion | None = None,
) -> Path:
    """Write blank EUROHIS-8 forms to a PDF: one blank form, or with `group_id` one page per
    participant of the phase's queue with the code printed in (never a name). Logged."""
    check_suffix("eurohis_forms", path)
    forms = printable_forms(store, group_id=group_id, phase=phase, wording=wording)
    written = write("eurohis_forms", path, forms)
    printed_phase = forms.sheets[0].phase if forms.sheets else None
    log_export(
        store,
        "export.eurohis_form",
        written,
        group_id=group_id,
        forms=len(forms.sheets),
        phase=printed_phase.value if printed_phase else "",
        wording=forms.wording.value,
    )
    return written


# --- program ---------------------------------------------------------------------------------

FORMATS.update(
    {
        "plan": ExportKind(
            {".pdf": "voimaa.export.plan_pdf:write_plan"},
            lambda: translate("Program", "Suunnitelman voi viedä vain .pdf-tiedostoksi."),
        ),
    }
)


def export_plan(store: Store, path: str | Path, group_id: uuid.UUID) -> Path:
    """Write the leaders' session plan (one A4 page per session) and log the export."""
    check_suffix("plan", path)
    written = write("plan", path, get_program(store, group_id))
    log_export(store, "export.plan", written, group_id=group_id)
    return written


# --- certificates ----------------------------------------------------------------------------

FORMATS.update(
    {
        "certificates": ExportKind(
            {".pdf": "voimaa.export.certificate_pdf:write_certificates"},
            lambda: translate(
                "Certificates", "Osallistumistodistukset voi tulostaa vain .pdf-tiedostoksi."
            ),
        ),
    }
)


def export_certificates(store: Store, group_id: uuid.UUID, path: str | Path) -> Path:
    """Write a certificate of participation per participant who attended (one page each) and
    log it as a print of the group's names."""
    check_suffix("certificates", path)
    data = certificates.group_certificates(store, group_id)
    written = write("certificates", path, data)
    log_export(
        store,
        "export.certificates",
        written,
        group_id=group_id,
        certificates=len(data.certificates),
    )
    return written


# --- individual work -------------------------------------------------------------------------

FORMATS.update(
    {
        "period": ExportKind(
            {
                ".pdf": "voimaa.export.period_pdf:write_period_pdf",
                ".xlsx": "voimaa.export.period_xlsx:write_period_xlsx",
            },
            lambda: translate(
                "Individual", "Jakson yhteenvedon voi viedä vain .pdf- tai .xlsx-tiedostoksi."
            ),
        ),
    }
)


def export_period(
    store: Store,
    period_id: uuid.UUID,
    path: str | Path,
    *,
    include_notes: bool = False,
    today: date | None = None,
) -> Path:
    """Write an individual work period's summary (PDF for the client and the own worker, xlsx
    for the worker) and log the export by the client's code, never the name."""
    check_suffix("period", path)
    summary = individual.period_summary(store, period_id, include_notes=include_notes, today=today)
    written = write("period", path, summary)
    log_export(
        store,
        "export.period",
        written,
        format=_format(written),
        code=summary.period.code,
        period=str(period_id),
        notes=include_notes,
    )
    return written


FORMATS.update(
    {
        "coordinator_periods": ExportKind(
            {".zip": "voimaa.export.coordinator_periods:write_periods_export"},
            lambda: translate(
                "Coordinator", "Koordinaattorin aineiston tiedoston pitää päättyä .zip."
            ),
        ),
    }
)


@dataclass(frozen=True)
class PeriodsExportResult:
    path: Path
    periods: int
    with_measures: int  # periods of clients who consented (code, ratings, EUROHIS-8)


def export_coordinator_periods(
    store: Store, path: str | Path, *, place: str | None = None, today: date | None = None
) -> PeriodsExportResult:
    """Write the individual work periods for the coordinator (a .zip; the suffix is added when
    missing) and log it. Nothing that identifies a person is in the file."""
    export = build_periods_export(store, place=place, today=today)
    written = write("coordinator_periods", coordinator_export_path(path), export)
    with_measures = sum(1 for p in export.periods if p.code is not None)
    log_export(
        store,
        "export.coordinator_periods",
        written,
        periods=len(export.periods),
        with_measures=with_measures,
        schema_version=PERIODS_SCHEMA_VERSION,
    )
    return PeriodsExportResult(written, len(export.periods), with_measures)


# --- the recovery key sheet --------------------------------------------------------------------

FORMATS["recovery_key"] = ExportKind(
    {".pdf": "voimaa.export.recovery_key_pdf:write_recovery_key_pdf"},
    lambda: translate("Keys", "Palautusavaimen voi tulostaa vain .pdf-tiedostoksi."),
)


def export_recovery_key(
    path: str | Path, recovery_key: str, data_folder: Path, *, today: date | None = None
) -> Path:
    """The one-page "Palautusavain" PDF (before the store is open: no audit event; the sheet
    holds no personal data)."""
    from voimaa.export.recovery_key_pdf import RecoverySheet

    sheet = RecoverySheet(recovery_key, today or date.today(), str(data_folder))
    return write("recovery_key", path, sheet)


# --- the access log ----------------------------------------------------------------------------

FORMATS["access_log"] = ExportKind(
    {
        ".xlsx": "voimaa.export.access_log_xlsx:write_access_log_xlsx",
        ".pdf": "voimaa.export.access_log_pdf:write_access_log_pdf",
    },
    lambda: translate("AccessLog", "Tapahtumalokin voi viedä vain .xlsx- tai .pdf-tiedostoksi."),
)


def export_access_log(store: Store, path: str | Path, flt: access_log.Filter) -> Path:
    """The access log as filtered, to .xlsx (or .pdf to print for a participant's request)."""
    check_suffix("access_log", path)
    written = write("access_log", path, access_log.report(store, flt))
    log_export(
        store,
        "export.access_log",
        written,
        group_id=flt.group_id,
        format=_format(written),
        by_code=bool(flt.code),
    )
    return written


# --- the feedback of individual work (pooled by place and year, never by period) ---------------

FORMATS["period_feedback"] = ExportKind(
    {".xlsx": "voimaa.export.period_feedback_xlsx:write_period_feedback_xlsx"},
    lambda: translate("Feedback", "Yksilötyön palautteet voi viedä vain .xlsx-tiedostoksi."),
)


def export_period_feedback_form(store: Store, path: str | Path, *, copies: int = 1) -> Path:
    """The blank, anonymous feedback form of individual work (the group form's writer)."""
    written = write("feedback_form", path, period_feedback.printed_period_forms(copies))
    log_export(store, "export.period_feedback_form", written, copies=copies)
    return written


def export_period_feedback(store: Store, path: str | Path, *, today: date | None = None) -> Path:
    """The pooled feedback of individual work to .xlsx: only pools that are shown on screen
    have contents. Logged with the number of pools, never a place or an answer."""
    check_suffix("period_feedback", path)
    pools = period_feedback.feedback_pools(store, today=today)
    written = write("period_feedback", path, pools)
    log_export(store, "export.period_feedback", written, pools=len(pools))
    return written
