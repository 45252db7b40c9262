"""What a new group must have before it is created, and what the leaders are told about it.

The new group wizard shows these rules as the user fills it in; :func:`voimaa.groups.create_group`
and :func:`voimaa.groups.update_details` enforce the meeting link rule themselves.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit

from voimaa import program
from voimaa.errors import ValidationError
from voimaa.formats import format_date
from voimaa.i18n import translate
from voimaa.models import GroupMode

# How far back a first session may lie before the wizard says so (today itself is fine).
PAST_GRACE_DAYS = 0


def check_meeting_link(link: str) -> str:
    """The meeting link as stored (trimmed; '' for none), or a ValidationError saying what is
    wrong with it: a link is a whole web address, http(s)://server/…, without spaces."""
    text = link.strip()
    if not text:
        return ""
    example = "https://teams.microsoft.com/l/meetup-join/…"
    if any(ch.isspace() for ch in text):
        raise ValidationError(
            translate(
                "GroupChecks",
                "Tapaamisen linkissä on välilyönti, joten se ei ole verkko-osoite. Kopioi koko "
                "linkki kokouskutsusta, esimerkiksi {example}",
            ).format(example=example)
        )
    parts = urlsplit(text)
    if parts.scheme.lower() not in ("http", "https"):
        raise ValidationError(
            translate(
                "GroupChecks",
                "Tapaamisen linkin pitää alkaa https:// (tai http://). Kopioi koko linkki "
                "kokouskutsusta, esimerkiksi {example}",
            ).format(example=example)
        )
    host = parts.hostname or ""
    if "." not in host.strip(".") or host.startswith(".") or host.endswith("."):
        raise ValidationError(
            translate(
                "GroupChecks",
                "Tapaamisen linkistä puuttuu palvelimen nimi (esimerkiksi teams.microsoft.com). "
                "Kopioi koko linkki kokouskutsusta.",
            )
        )
    return text


@dataclass(frozen=True)
class NewGroupCheck:
    """What stops a new group from being created (`problems`, in the order of the wizard's
    steps: 0 group, 1 leaders, 2 schedule) and what is only worth knowing (`notices`)."""

    problems: tuple[tuple[int, str], ...]
    notices: tuple[str, ...]
    holidays: tuple[str, ...]  # the sessions on a public holiday, to be confirmed

    @property
    def ok(self) -> bool:
        return not self.problems


def check_new_group(
    *,
    name: str,
    mode: GroupMode,
    meeting_link: str,
    leader_names: tuple[str, ...],
    start: date | None,
    today: date,
    holidays_confirmed: bool,
) -> NewGroupCheck:
    """Check what the wizard was given. A group needs a name, at least one leader (a remote
    group can be run by one worker; a local group usually by a pair), a valid meeting link when
    one is given, a first date, and the user's word that sessions on public holidays are meant
    (they can be moved later). A first date in the past is only a notice."""
    problems: list[tuple[int, str]] = []
    if not " ".join(name.split()):
        problems.append((0, translate("GroupChecks", "Anna ryhmälle nimi.")))
    if mode == GroupMode.REMOTE:
        try:
            check_meeting_link(meeting_link)
        except ValidationError as exc:
            problems.append((0, str(exc)))
    if not any(n.strip() for n in leader_names):
        problems.append(
            (
                1,
                translate(
                    "GroupChecks",
                    "Kirjoita ainakin yhden ohjaajan nimi. Nimi tulee työkirjan kanteen ja "
                    "todistuksiin.",
                ),
            )
        )
    notices: list[str] = []
    flagged: list[str] = []
    if start is None:
        problems.append((2, translate("GroupChecks", "Valitse ensimmäisen kerran päivä.")))
    else:
        if start < today:
            notices.append(
                translate(
                    "GroupChecks",
                    "Ensimmäinen kerta {date} on jo mennyt. Jos ryhmä on jo alkanut, merkitse "
                    "menneiden kertojen läsnäolot ryhmän luomisen jälkeen.",
                ).format(date=format_date(start))
            )
        flagged = [
            translate("GroupChecks", "{n}. kerta {date}").format(
                n=item.number, date=format_date(item.date)
            )
            for item in program.preview_schedule(start)
            if item.flags
        ]
        if flagged and not holidays_confirmed:
            problems.append(
                (
                    2,
                    translate(
                        "GroupChecks",
                        "Kerta osuu pyhäpäivälle ({dates}). Valitse toinen aloituspäivä tai "
                        "vahvista, että siirrät kerran myöhemmin.",
                    ).format(dates=", ".join(flagged)),
                )
            )
    return NewGroupCheck(tuple(problems), tuple(notices), tuple(flagged))
