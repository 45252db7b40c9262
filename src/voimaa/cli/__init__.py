"""The `voimaa` command: with no subcommand it starts the program; subcommands automate.

Messages are Finnish. Exit codes: 0 success, 2 bad input (a one-line reason, no traceback),
1 an unexpected failure (one line; the details go to the log).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from voimaa import __version__
from voimaa.cli import _finnish, core, eurohis, program, reports, roster
from voimaa.cli._common import CliError, FinnishArgumentParser
from voimaa.errors import VoimaaError

log = logging.getLogger("voimaa")

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_BAD_INPUT = 2

# Each capability registers its own commands and `export` kinds.
REGISTRARS = (core.register, program.register, roster.register, eurohis.register, reports.register)


def build_parser() -> argparse.ArgumentParser:
    _finnish.install()
    parser = FinnishArgumentParser(
        prog="voimaa",
        description="Voimaa – vertaisryhmän ohjaajan työkalu. Ilman komentoa avaa ohjelman.",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"Voimaa {__version__}",
        help="näytä ohjelman versio ja lopeta",
    )
    parser.add_argument(
        "--data-dir",
        metavar="KANSIO",
        help="tietokannan kansio (oletus: käyttäjän datakansio tai $VOIMAA_DATA_DIR)",
    )
    commands = parser.add_subparsers(dest="command", metavar="KOMENTO", title="komennot")
    export = commands.add_parser(
        "export", help="vie tiedostoon (PDF tai Excel)", description="Vie tiedostoon."
    )
    exports = export.add_subparsers(dest="export_kind", metavar="MITÄ", title="vietävät")
    exports.required = True
    for register in REGISTRARS:
        register(commands, exports)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from voimaa.ui.app import run  # the GUI is imported only when it is started

        return run(args.data_dir)
    try:
        return int(args.handler(args) or EXIT_OK)
    except (CliError, VoimaaError) as exc:
        print(f"voimaa: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:  # the reader stopped early (e.g. `voimaa scores ... | head`)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        print("voimaa: keskeytetty", file=sys.stderr)
        return EXIT_FAILURE
    except Exception as exc:
        log.debug("unexpected failure", exc_info=True)
        print(f"voimaa: odottamaton virhe: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_FAILURE
