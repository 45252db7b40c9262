"""Shared pieces of the command line: the parser class, errors, store and group look-up."""

from __future__ import annotations

import argparse
import sys
import uuid
from pathlib import Path
from typing import NoReturn

from voimaa import groups
from voimaa.store import Store


class CliError(Exception):
    """Bad input on the command line; the message is Finnish and says what to do."""


class FinnishArgumentParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        """One line on stderr (the reason and where the help is), exit code 2."""
        print(f"{self.prog}: virhe: {message} (ohje: {self.prog} --help)", file=sys.stderr)
        raise SystemExit(2)


_OPENED: list[Store] = []


def open_store(args: argparse.Namespace) -> Store:
    """Open the store of --data-dir and print its notices; :func:`close_stores` closes it."""
    store = Store.open(args.data_dir)
    _OPENED.append(store)
    for notice in store.notices:
        print(f"voimaa: {notice}", file=sys.stderr)
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
            raise CliError("Anna ryhmä: --group RYHMÄ (ryhmän id tai tarkka nimi).")
        return None
    return groups.resolve_group(store, ref)


def output_path(args: argparse.Namespace, *suffixes: str) -> Path:
    """The -o FILE argument, checked for one of the allowed suffixes."""
    path = Path(args.output)
    if suffixes and path.suffix.lower() not in suffixes:
        allowed = " tai ".join(suffixes)
        raise CliError(f"Tiedoston pitää päättyä {allowed}: {path.name}")
    if not path.parent.exists():
        raise CliError(f"Kansiota ei ole: {path.parent}. Luo kansio tai valitse toinen.")
    return path


def add_output(parser: argparse.ArgumentParser, help_text: str = "tiedosto johon viedään") -> None:
    parser.add_argument("-o", "--output", required=True, metavar="TIEDOSTO", help=help_text)


def add_group(parser: argparse.ArgumentParser, *, required: bool = True) -> None:
    parser.add_argument(
        "--group", required=required, metavar="RYHMÄ", help="ryhmän id tai tarkka nimi"
    )
