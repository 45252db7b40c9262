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
        print(f"{self.prog}: virhe: {message}", file=sys.stderr)
        print(f"Katso ohje: {self.prog} --help", file=sys.stderr)
        raise SystemExit(2)


def open_store(args: argparse.Namespace) -> Store:
    store = Store.open(args.data_dir)
    for notice in store.notices:
        print(f"voimaa: {notice}", file=sys.stderr)
    return store


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
