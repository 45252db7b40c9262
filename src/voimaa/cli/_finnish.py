"""Finnish texts for argparse's own messages (usage, errors, help headings)."""

from __future__ import annotations

import argparse

_TEXTS = {
    "usage: ": "käyttö: ",
    "positional arguments": "argumentit",
    "options": "valinnat",
    "optional arguments": "valinnat",
    "show this help message and exit": "näytä tämä ohje ja lopeta",
    "show program's version number and exit": "näytä ohjelman versio ja lopeta",
    "the following arguments are required: %s": "nämä puuttuvat: %s",
    "unrecognized arguments: %s": "tuntemattomia argumentteja: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "tuntematon valinta %(value)r (vaihtoehdot: %(choices)s)"
    ),
    "expected one argument": "tarvitsee arvon",
    "invalid %(type)s value: %(value)r": "virheellinen arvo: %(value)r",
    "argument %(argument_name)s: %(message)s": "%(argument_name)s: %(message)s",
    "not allowed with argument %s": "ei käy yhdessä valitsimen %s kanssa",
    "ambiguous option: %(option)s could match %(matches)s": (
        "epäselvä valitsin %(option)s: voi tarkoittaa %(matches)s"
    ),
}


def _gettext(text: str) -> str:
    return _TEXTS.get(text, text)


def _ngettext(singular: str, plural: str, n: int) -> str:
    return _gettext(singular if n == 1 else plural)


def install() -> None:
    """Point argparse's gettext at the Finnish texts (argparse looks `_` up at call time)."""
    argparse._ = _gettext  # type: ignore[attr-defined]
    argparse.ngettext = _ngettext  # type: ignore[attr-defined]
