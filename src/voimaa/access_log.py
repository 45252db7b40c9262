"""The access log ("Tapahtumaloki") as the leader and a participant see it: who (the leader's
name set in the program and the computer's user), when, what, which group and which participant
code, filtered by group, code, kind and dates.

The log holds no names or notes (:mod:`voimaa.audit`): a participant appears only by code. Under
the client data act a participant may ask who handled their data: :func:`events` with their
code gives the events about them by code (saved forms edited or deleted) and, as "the group's
data", the exports, prints and imports of their group, which held their data too.
"""

from __future__ import annotations

import enum
import json
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select

from voimaa import audit
from voimaa.i18n import translate
from voimaa.models import AuditEvent, Group, Participant
from voimaa.store import Store

LEADER_SETTING = audit.LEADER_SETTING  # the leader's own name, recorded with every event


class Kind(enum.Enum):
    EXPORT = "export"  # exports and prints
    ERASURE = "erasure"  # erasures and deletions
    IMPORT = "import"
    FORM_EDIT = "form_edit"  # editing or deleting a saved form
    RESTORE = "restore"
    PASSPHRASE = "passphrase"
    OTHER = "other"


def kind_of(action: str) -> Kind:
    if action.startswith("export."):
        return Kind.EXPORT
    if action in ("participant.erase", "client.erase", "group.delete") or action.endswith(
        ".delete"
    ):
        return Kind.FORM_EDIT if action.split(".")[0] in ("eurohis", "feedback") else Kind.ERASURE
    if action.startswith("coordinator.import"):
        return Kind.IMPORT
    if action in ("eurohis.edit", "feedback.edit"):
        return Kind.FORM_EDIT
    if action == "store.restore":
        return Kind.RESTORE
    if action == "keys.passphrase_change":
        return Kind.PASSPHRASE
    return Kind.OTHER


def kind_label(kind: Kind) -> str:
    match kind:
        case Kind.EXPORT:
            return translate("AccessLog", "Vienti tai tulostus")
        case Kind.ERASURE:
            return translate("AccessLog", "Poisto")
        case Kind.IMPORT:
            return translate("AccessLog", "Tuonti")
        case Kind.FORM_EDIT:
            return translate("AccessLog", "Tallennetun lomakkeen muutos")
        case Kind.RESTORE:
            return translate("AccessLog", "Varmuuskopion palautus")
        case Kind.PASSPHRASE:
            return translate("AccessLog", "Tunnuslauseen vaihto")
    return translate("AccessLog", "Muu")


def action_label(action: str) -> str:
    """What happened, in Finnish: the kind and the action's own name."""
    labels = {
        "export.attendance": translate("AccessLog", "Läsnäolotaulukko viety"),
        "export.signin": translate("AccessLog", "Läsnäololista tulostettu"),
        "export.budget": translate("AccessLog", "Budjetti viety"),
        "export.group_report": translate("AccessLog", "Ryhmän raportti viety"),
        "export.coordinator": translate("AccessLog", "Koordinaattorin tiedosto viety"),
        "export.coordinator_report": translate("AccessLog", "Yhteenveto viety"),
        "export.eurohis_form": translate("AccessLog", "EUROHIS-8-lomakkeet tulostettu"),
        "export.feedback_form": translate("AccessLog", "Palautelomakkeet tulostettu"),
        "export.slides": translate("AccessLog", "Diat viety"),
        "export.workbook": translate("AccessLog", "Työkirja viety"),
        "export.plan": translate("AccessLog", "Ryhmän suunnitelma viety"),
        "export.certificates": translate("AccessLog", "Todistukset tulostettu"),
        "export.access_log": translate("AccessLog", "Tapahtumaloki viety"),
        "participant.erase": translate("AccessLog", "Osallistujan tiedot poistettu"),
        "group.delete": translate("AccessLog", "Ryhmä poistettu"),
        "coordinator.import": translate("AccessLog", "Ryhmän tiedosto tuotu"),
        "eurohis.edit": translate("AccessLog", "EUROHIS-8-lomaketta muutettu"),
        "eurohis.delete": translate("AccessLog", "EUROHIS-8-lomake poistettu"),
        "feedback.edit": translate("AccessLog", "Palautetta muutettu"),
        "feedback.delete": translate("AccessLog", "Palaute poistettu"),
        "store.restore": translate("AccessLog", "Varmuuskopio palautettu"),
        "group.create": translate("AccessLog", "Ryhmä luotu"),
        "group.rename": translate("AccessLog", "Ryhmä nimetty uudelleen"),
        "group.update": translate("AccessLog", "Ryhmän tietoja muutettu"),
        "group.archive": translate("AccessLog", "Ryhmä arkistoitu"),
        "group.unarchive": translate("AccessLog", "Ryhmä palautettu arkistosta"),
        "demo.create": translate("AccessLog", "Esimerkkiryhmä luotu"),
        "settings.change": translate("AccessLog", "Asetusta muutettu"),
        "coordinator.remove": translate("AccessLog", "Tuotu ryhmä poistettu"),
        "expert.delete": translate("AccessLog", "Asiantuntija poistettu"),
        "budget.category.delete": translate("AccessLog", "Budjettiluokka poistettu"),
        "program.save_template": translate("AccessLog", "Ohjelmapohja tallennettu"),
        "program.delete_template": translate("AccessLog", "Ohjelmapohja poistettu"),
        "program.restore_session": translate("AccessLog", "Kerran sisältö palautettu"),
        "keys.passphrase_change": translate("AccessLog", "Tunnuslause vaihdettu"),
        "export.code_list": translate("AccessLog", "Koodit ja nimet -lista tallennettu"),
        "export.coordinator_periods": translate(
            "AccessLog", "Yksilötyön jaksot viety koordinaattorille"
        ),
        "export.example_budget": translate("AccessLog", "Esimerkkibudjetti viety"),
        "export.period": translate("AccessLog", "Yksilötyön jakson yhteenveto viety"),
        "export.period_feedback_form": translate(
            "AccessLog", "Yksilötyön palautelomake tallennettu"
        ),
        "export.period_feedback": translate(
            "AccessLog", "Yksilötyön palautteiden yhteenveto viety"
        ),
        "budget.line.delete": translate("AccessLog", "Budjettirivi poistettu"),
        "program.move_session": translate("AccessLog", "Kerta siirretty"),
        "feedback.default_form": translate("AccessLog", "Palautelomakkeen oletus muutettu"),
        "feedback.form_edit": translate("AccessLog", "Palautelomaketta muutettu"),
        "coordinator.import_periods": translate("AccessLog", "Yksilötyön jaksot tuotu"),
        "client.erase": translate("AccessLog", "Asiakkaan tiedot poistettu"),
        "period.end": translate("AccessLog", "Yksilötyön jakso päätetty"),
        "period.reopen": translate("AccessLog", "Yksilötyön jakso avattu uudelleen"),
        "period.goal.edit": translate("AccessLog", "Jakson tavoitetta muutettu"),
        "period.goal.delete": translate("AccessLog", "Jakson tavoite poistettu"),
        "period.meeting.edit": translate("AccessLog", "Tapaamista muutettu"),
        "period.meeting.delete": translate("AccessLog", "Tapaaminen poistettu"),
        "period.outcome.edit": translate("AccessLog", "Jakson päättämistietoja muutettu"),
        "period.rating.edit": translate("AccessLog", "Tavoitteen arviota muutettu"),
        "period.review.edit": translate("AccessLog", "Arviointipalaveria muutettu"),
        "period.review.delete": translate("AccessLog", "Arviointipalaveri poistettu"),
    }
    return labels.get(action, action)


@dataclass(frozen=True)
class LogRow:
    at: datetime  # local time
    leader: str
    os_user: str
    action: str
    kind: Kind
    what: str
    group_id: uuid.UUID | None
    group_name: str
    code: str  # the participant code the event names, "" when none
    about_group: bool = False  # shown for a code because it handled the code's group's data


@dataclass(frozen=True)
class Filter:
    group_id: uuid.UUID | None = None
    code: str = ""
    kinds: frozenset[Kind] = frozenset()
    since: date | None = None
    until: date | None = None


def _local(at: datetime) -> datetime:
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return at.astimezone().replace(tzinfo=None)


def _utc_bound(day: date) -> datetime:
    """The start of `day` in local time, as an aware UTC moment."""
    return datetime.combine(day, time.min).astimezone(UTC)


def _code_in(event: AuditEvent, code: str) -> bool:
    blob = (event.target or "") + json.dumps(event.details or {}, ensure_ascii=False)
    return code.casefold() in blob.casefold()


_GROUP_DATA = (Kind.EXPORT, Kind.IMPORT, Kind.ERASURE, Kind.RESTORE)


def events(store: Store, flt: Filter | None = None) -> list[LogRow]:
    """The log, newest first, as filtered."""
    flt = flt or Filter()
    code = flt.code.strip().upper()
    with store.session() as s:
        names = {g.id: g.name for g in s.scalars(select(Group))}
        code_group = (
            s.scalar(select(Participant.group_id).where(Participant.code == code)) if code else None
        )
        query = select(AuditEvent).order_by(AuditEvent.at.desc())
        if flt.group_id is not None:
            query = query.where(AuditEvent.group_id == flt.group_id)
        if flt.since is not None:
            query = query.where(AuditEvent.at >= _utc_bound(flt.since))
        if flt.until is not None:
            query = query.where(AuditEvent.at < _utc_bound(flt.until + timedelta(days=1)))
        rows = []
        for e in s.scalars(query):
            kind = kind_of(e.action)
            if flt.kinds and kind not in flt.kinds:
                continue
            names_code = bool(code) and _code_in(e, code)
            about_group = (
                bool(code)
                and not names_code
                and code_group is not None
                and e.group_id == code_group
                and kind in _GROUP_DATA
            )
            if code and not (names_code or about_group):
                continue
            details = dict(e.details or {})
            target = e.target or ""
            shown_code = code if names_code else (target if e.action.startswith("eurohis.") else "")
            rows.append(
                LogRow(
                    at=_local(e.at),
                    leader=str(details.get("leader", "")),
                    os_user=e.actor,
                    action=e.action,
                    kind=kind,
                    what=action_label(e.action),
                    group_id=e.group_id,
                    group_name=names.get(e.group_id, "") if e.group_id else "",
                    code=shown_code,
                    about_group=about_group,
                )
            )
        return rows


@dataclass(frozen=True)
class LogReport:
    """What the xlsx and PDF writers get: the rows and a line saying how they were filtered."""

    rows: tuple[LogRow, ...]
    filter_text: str
    made_at: datetime


def report(store: Store, flt: Filter) -> LogReport:
    parts = []
    if flt.code:
        parts.append(translate("AccessLog", "osallistujakoodi {code}").format(code=flt.code))
    if flt.group_id is not None:
        with store.session() as s:
            g = s.get(Group, flt.group_id)
            parts.append(translate("AccessLog", "ryhmä {name}").format(name=g.name if g else "?"))
    if flt.kinds:
        parts.append(", ".join(kind_label(k) for k in sorted(flt.kinds, key=lambda k: k.value)))
    if flt.since or flt.until:
        parts.append(
            translate("AccessLog", "aikaväli {since}–{until}").format(
                since=flt.since.strftime("%d.%m.%Y") if flt.since else "",
                until=flt.until.strftime("%d.%m.%Y") if flt.until else "",
            )
        )
    text = "; ".join(parts) or translate("AccessLog", "kaikki tapahtumat")
    return LogReport(tuple(events(store, flt)), text, datetime.now())
