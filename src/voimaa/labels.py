"""The one place where the program's enums get their user-visible names (Qt-free).

Every screen, export and CLI command uses these, so a status is called the same everywhere.
Each label is translated when it is asked for (one literal `translate` call per case), never
at import, so a language installed at start-up applies and lupdate extracts every name.
"""

from __future__ import annotations

from voimaa.i18n import translate
from voimaa.individual.periods import WorkPhase
from voimaa.models import (
    AttendanceStatus,
    GoalsMet,
    GroupMode,
    GroupStatus,
    MeetingPlace,
    NextStep,
    ParticipantStatus,
    PartKind,
    PeriodStatus,
    Phase,
    RatingOccasion,
)
from voimaa.models.eurohis import WordingVersion


def participant_status(status: ParticipantStatus) -> str:
    """Ryhmässä (active), jonossa or lopettanut."""
    match status:
        case ParticipantStatus.ACTIVE:
            return translate("Labels", "ryhmässä")
        case ParticipantStatus.WAITING:
            return translate("Labels", "jonossa")
        case ParticipantStatus.LEFT:
            return translate("Labels", "lopettanut")


def attendance_status(status: AttendanceStatus | None) -> str:
    """The name of an attendance mark (None: not marked), for legends, tooltips and menus."""
    match status:
        case None:
            return translate("Labels", "ei merkitty")
        case AttendanceStatus.PRESENT:
            return translate("Labels", "läsnä")
        case AttendanceStatus.ABSENT:
            return translate("Labels", "poissa")
        case AttendanceStatus.EXCUSED:
            return translate("Labels", "ilmoitettu poissaolo")


def group_mode(mode: GroupMode) -> str:
    """Lähiryhmä or Etäryhmä (capitalised; `.lower()` inside a sentence)."""
    match mode:
        case GroupMode.LOCAL:
            return translate("Labels", "Lähiryhmä")
        case GroupMode.REMOTE:
            return translate("Labels", "Etäryhmä")


def group_status(status: GroupStatus) -> str:
    match status:
        case GroupStatus.PLANNED:
            return translate("Labels", "Suunnitteilla")
        case GroupStatus.RUNNING:
            return translate("Labels", "Käynnissä")
        case GroupStatus.FINISHED:
            return translate("Labels", "Päättynyt")


def phase(value: Phase) -> str:
    """Alkumittaus or loppumittaus, lower case (`.capitalize()` to start a line)."""
    match value:
        case Phase.BEFORE:
            return translate("Labels", "alkumittaus")
        case Phase.AFTER:
            return translate("Labels", "loppumittaus")


def part_kind(kind: PartKind) -> str:
    """The name of a part kind, as the four parts are called in the group model."""
    match kind:
        case PartKind.INFO:
            return translate("Labels", "Tietoa")
        case PartKind.DISCUSSION:
            return translate("Labels", "Keskustelua")
        case PartKind.ACTIVITY:
            return translate("Labels", "Yhteistä tekemistä")
        case PartKind.COFFEE:
            return translate("Labels", "Kahvihetki")
        case PartKind.OTHER:
            return translate("Labels", "Muu")


def wording_version(version: WordingVersion) -> str:
    """The EUROHIS-8 wording version as offered in the entry screen and the coordinator file."""
    match version:
        case WordingVersion.THL_ATH:
            return translate("Labels", "THL ATH/FinSote (te-muoto)")
        case WordingVersion.FINMONIK:
            return translate(
                "Labels", "THL FinMonik (sinä-muoto, tyytyväisyys käänteisessä järjestyksessä)"
            )


def wording_version_short(version: WordingVersion) -> str:
    """The wording version in a printed form's footer."""
    match version:
        case WordingVersion.THL_ATH:
            return translate("Labels", "THL ATH/FinSote")
        case WordingVersion.FINMONIK:
            return translate("Labels", "THL FinMonik (tyytyväisyys käänteisessä järjestyksessä)")


def session_form(key: str) -> str:
    """The name of a form handed out at a session (program.FORMS); an unknown key as it is."""
    match key:
        case "eurohis_before":
            return translate("Labels", "EUROHIS-8-alkukysely")
        case "eurohis_after":
            return translate("Labels", "EUROHIS-8-loppukysely")
        case "feedback":
            return translate("Labels", "Palautelomake")
    return key


def dont_know() -> str:
    """The feedback form's sixth box beside the 1–5 scale."""
    return translate("Labels", "En osaa sanoa")


def no_answer_note() -> str:
    """How "en osaa sanoa" is counted (as no answer), said once for the entry and reports."""
    return translate(
        "Labels",
        "”En osaa sanoa” kirjataan kuten tyhjä: ei vastausta. Sitä ei lasketa "
        "keskiarvoon eikä vastausten määrään.",
    )


# ----- individual work -------------------------------------------------------------------------


def work_phase(value: WorkPhase) -> str:
    match value:
        case WorkPhase.START:
            return translate("Labels", "aloitusvaihe")
        case WorkPhase.WORK:
            return translate("Labels", "työskentelyvaihe")
        case WorkPhase.CLOSING:
            return translate("Labels", "päätösvaihe")
        case WorkPhase.ENDED:
            return translate("Labels", "päättynyt")


def period_status(value: PeriodStatus) -> str:
    match value:
        case PeriodStatus.ACTIVE:
            return translate("Labels", "käynnissä")
        case PeriodStatus.ENDED:
            return translate("Labels", "päättynyt")


def meeting_place(value: MeetingPlace) -> str:
    match value:
        case MeetingPlace.OFFICE:
            return translate("Labels", "toimisto")
        case MeetingPlace.HOME:
            return translate("Labels", "kotikäynti")
        case MeetingPlace.REMOTE:
            return translate("Labels", "etä")
        case MeetingPlace.OUTREACH:
            return translate("Labels", "asiointi tai jalkautuva")


def rating_occasion(value: RatingOccasion) -> str:
    match value:
        case RatingOccasion.START:
            return translate("Labels", "alussa")
        case RatingOccasion.REVIEW:
            return translate("Labels", "arviointipalaverissa")
        case RatingOccasion.END:
            return translate("Labels", "lopussa")


def goals_met(value: GoalsMet) -> str:
    match value:
        case GoalsMet.FULLY:
            return translate("Labels", "tavoitteet saavutettiin")
        case GoalsMet.PARTLY:
            return translate("Labels", "tavoitteet saavutettiin osittain")
        case GoalsMet.NOT:
            return translate("Labels", "tavoitteita ei saavutettu")


def next_step(value: NextStep) -> str:
    match value:
        case NextStep.WORK_ACTIVITY:
            return translate("Labels", "kuntouttava työtoiminta")
        case NextStep.WORK_TRIAL:
            return translate("Labels", "työkokeilu")
        case NextStep.STUDIES:
            return translate("Labels", "opiskelu")
        case NextStep.WORK:
            return translate("Labels", "työ")
        case NextStep.PEER_SUPPORT:
            return translate("Labels", "järjestötoiminta tai vertaistuki")
        case NextStep.GROUP:
            return translate("Labels", "ryhmätoiminta")
        case NextStep.OTHER_SERVICE:
            return translate("Labels", "muu palvelu")
        case NextStep.NONE:
            return translate("Labels", "päättyi ilman jatkoa")
        case NextStep.MOVED:
            return translate("Labels", "muutti pois")
        case NextStep.INTERRUPTED:
            return translate("Labels", "keskeytyi")
