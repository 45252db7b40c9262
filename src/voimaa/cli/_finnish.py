"""Finnish texts for argparse's own messages (usage, errors, help headings)."""

from __future__ import annotations

import argparse

from voimaa.i18n import translate


def _texts() -> dict[str, str]:
    """argparse's English text -> the Finnish one, translated now (not at import)."""
    return {
        "usage: ": translate("Cli", "käyttö: "),
        "positional arguments": translate("Cli", "argumentit"),
        "options": translate("Cli", "valinnat"),
        "optional arguments": translate("Cli", "valinnat"),
        "show this help message and exit": translate("Cli", "näytä tämä ohje ja lopeta"),
        "show program's version number and exit": translate(
            "Cli", "näytä ohjelman versio ja lopeta"
        ),
        "the following arguments are required: %s": translate("Cli", "nämä puuttuvat: %s"),
        "unrecognized arguments: %s": translate("Cli", "tuntemattomia argumentteja: %s"),
        "invalid choice: %(value)r (choose from %(choices)s)": translate(
            "Cli", "tuntematon valinta %(value)r (vaihtoehdot: %(choices)s)"
        ),
        "expected one argument": translate("Cli", "tarvitsee arvon"),
        "invalid %(type)s value: %(value)r": translate("Cli", "virheellinen arvo: %(value)r"),
        "argument %(argument_name)s: %(message)s": "%(argument_name)s: %(message)s",
        "not allowed with argument %s": translate("Cli", "ei käy yhdessä valitsimen %s kanssa"),
        "ambiguous option: %(option)s could match %(matches)s": translate(
            "Cli", "epäselvä valitsin %(option)s: voi tarkoittaa %(matches)s"
        ),
    }


def _gettext(text: str) -> str:
    return _texts().get(text, text)


def _ngettext(singular: str, plural: str, n: int) -> str:
    return _gettext(singular if n == 1 else plural)


def install() -> None:
    """Point argparse's gettext at the Finnish texts (argparse looks `_` up at call time)."""
    argparse._ = _gettext  # type: ignore[attr-defined]
    argparse.ngettext = _ngettext  # type: ignore[attr-defined]
