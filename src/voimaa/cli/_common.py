"""Shared pieces of the command line: the parser class, errors, store and group look-up."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from voimaa.i18n import translate

if TYPE_CHECKING:  # the store, SQLAlchemy and the models load with the first command using them
    import uuid

    from voimaa.store import Store

PROG = "voimaa"


class CliError(Exception):
    """Bad input on the command line; the message is Finnish and says what to do."""


class FinnishArgumentParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        """One line on stderr (the reason and where the help is), exit code 2."""
        print(
            translate("Cli", "{prog}: virhe: {message} (ohje: {prog} --help)").format(
                prog=self.prog, message=message
            ),
            file=sys.stderr,
        )
        raise SystemExit(2)


def complain(message: str) -> None:
    """One line on stderr, after the program's name: "voimaa: message"."""
    print(f"{PROG}: {message}", file=sys.stderr)


_OPENED: list[Store] = []


def open_store(args: argparse.Namespace) -> Store:
    """Open the store of --data-dir and print its notices; :func:`close_stores` closes it."""
    from voimaa.cli import _unlock

    store = _unlock.open_store(args.data_dir)
    _OPENED.append(store)
    for notice in store.notices:
        complain(notice)
    return store


def close_stores() -> None:
    """Close every store a command opened (a clean close: no unclean-shutdown check next time)."""
    while _OPENED:
        _OPENED.pop().close()


def group_id(store: Store, args: argparse.Namespace, *, required: bool = True) -> uuid.UUID | None:
    """The group named by --group (id or exact name)."""
    ref = getattr(args, "group", None)
    if not ref:
        if required:
            raise CliError(
                translate("Cli", "Anna ryhmä: --group RYHMÄ (ryhmän id tai tarkka nimi).")
            )
        return None
    from voimaa import groups

    return groups.resolve_group(store, ref)


def output_path(args: argparse.Namespace, *suffixes: str) -> Path:
    """The -o FILE argument, checked for one of the allowed suffixes."""
    path = Path(args.output)
    if suffixes and path.suffix.lower() not in suffixes:
        raise CliError(
            translate("Cli", "Tiedoston pitää päättyä {suffixes}: {name}").format(
                suffixes=alternatives(suffixes), name=path.name
            )
        )
    if not path.parent.exists():
        raise CliError(missing_folder(path.parent))
    return path


def alternatives(options: tuple[str, ...]) -> str:
    """ ".xlsx tai .pdf" (", " between the first ones when there are more than two)."""
    if len(options) < 2:
        return "".join(options)
    return translate("Cli", "{options} tai {last}").format(
        options=", ".join(options[:-1]), last=options[-1]
    )


def missing_folder(folder: Path) -> str:
    return translate("Cli", "Kansiota ei ole: {folder}. Luo kansio tai valitse toinen.").format(
        folder=folder
    )


def add_output(parser: argparse.ArgumentParser, help_text: str | None = None) -> None:
    """-o FILE; `help_text` is translated by the caller (default: "tiedosto johon viedään")."""
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        metavar=translate("Cli", "TIEDOSTO"),
        help=translate("Cli", "tiedosto johon viedään") if help_text is None else help_text,
    )


def add_group(parser: argparse.ArgumentParser, *, required: bool = True) -> None:
    parser.add_argument(
        "--group",
        required=required,
        metavar=translate("Cli", "RYHMÄ"),
        help=translate("Cli", "ryhmän id tai tarkka nimi"),
    )
