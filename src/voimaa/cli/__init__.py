"""The `voimaa` command: with no subcommand it starts the program; subcommands automate.

Messages are Finnish. Exit codes: 0 success, 2 bad input or a fault of the machine the user
can act on — a full disk, a read-only or missing folder, a locked store, a bad file name —
(one Finnish line, no traceback), 1 an unexpected failure (one line; the details go to the log).
"""

from __future__ import annotations

import argparse
import errno
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from voimaa import __version__
from voimaa.cli import _finnish, _unlock, core, eurohis, individual, program, reports, roster
from voimaa.cli._common import (
    PROG,
    CliError,
    FinnishArgumentParser,
    close_stores,
    complain,
    open_store,
)
from voimaa.errors import VoimaaError
from voimaa.i18n import translate

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_BAD_INPUT = 2

# OS faults the user can act on: told in Finnish with exit code 2, like bad input.
_USER_FAULTS = {
    errno.ENOSPC,
    errno.EDQUOT,
    errno.EACCES,
    errno.EPERM,
    errno.EROFS,
    errno.ENAMETOOLONG,
    errno.EISDIR,
    errno.ENOTDIR,
    errno.ENOENT,
    errno.EIO,
}


def register_store(commands: Any, exports: Any) -> None:
    p = commands.add_parser(
        "restore",
        help=translate("Cli", "palauta tietokanta varmuuskopiosta"),
        description=translate(
            "Cli",
            "Palauttaa tietokannan varmuuskopiosta (oletus: uusin). Nykyinen tietokanta "
            "siirretään talteen, sitä ei poisteta.",
        ),
    )
    p.add_argument(
        "--backup",
        metavar=translate("Cli", "TIEDOSTO"),
        help=translate("Cli", "palautettava varmuuskopio"),
    )
    p.add_argument(
        "--list",
        action="store_true",
        help=translate("Cli", "luettele varmuuskopiot, älä palauta"),
    )
    p.set_defaults(handler=cmd_restore)


def cmd_restore(args: argparse.Namespace) -> int:
    from voimaa import audit, safekeeping, store
    from voimaa.formats import format_date

    backups = store.list_backups(args.data_dir)
    if args.list:
        opened = open_store(args)
        for s in safekeeping.list_summaries(opened):
            held = (
                translate("Cli", "ryhmiä {groups}, osallistujia {people}").format(
                    groups=s.groups, people=s.participants
                )
                if s.groups is not None
                else translate("Cli", "ei voi lukea")
            )
            print(f"{format_date(s.taken_at.date())} {s.taken_at:%H.%M}\t{held}\t{s.path}")
        return EXIT_OK
    if args.backup:
        chosen = Path(args.backup)
        if not chosen.is_file():
            raise CliError(translate("Cli", "Varmuuskopiota ei ole: {path}").format(path=chosen))
    elif backups:
        chosen = backups[0].path
    else:
        raise CliError(translate("Cli", "Varmuuskopioita ei ole."))
    opened = open_store(args)
    copy_key = _unlock.copy_key(opened, chosen)
    opened.backup(reason="ennen-palautusta", rotate=False)
    moved = opened.restore(chosen, key=copy_key)
    audit.record_event(opened, "store.restore")
    print(
        translate(
            "Cli", "Palautettu varmuuskopiosta {backup}. Aiempi tietokanta on tallessa: {moved}"
        ).format(backup=chosen, moved=moved.name)
    )
    return EXIT_OK


# Each capability registers its own commands and `export` kinds.
REGISTRARS = (
    core.register,
    program.register,
    roster.register,
    eurohis.register,
    individual.register,
    reports.register,
    register_store,
    _unlock.register,
)


def _not_utf8(argv: Sequence[str]) -> str | None:
    for arg in argv:
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            return arg
    return None


def _fault_line(exc: BaseException) -> str | None:
    """The Finnish line for an OS or SQLite fault the user can act on, else None."""
    if isinstance(exc, OSError) and exc.errno in _USER_FAULTS:
        from voimaa.export import files

        return str(files.write_error(exc, Path(str(exc.filename or ""))))
    if "sqlalchemy" not in sys.modules:  # no command that touched the store ran
        return None
    from sqlalchemy.exc import DBAPIError

    from voimaa import store

    if isinstance(exc, DBAPIError) and store.classify(exc) not in (
        store.Fault.OTHER,
        store.Fault.CORRUPT,
    ):
        return store.fault_message(store.classify(exc), Path(store.DB_FILENAME))
    return None


def build_parser() -> argparse.ArgumentParser:
    _finnish.install()
    parser = FinnishArgumentParser(
        prog=PROG,
        description=translate(
            "Cli", "Voimaa – vertaisryhmän ohjaajan työkalu. Ilman komentoa avaa ohjelman."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"Voimaa {__version__}",
        help=translate("Cli", "näytä ohjelman versio ja lopeta"),
    )
    parser.add_argument(
        "--data-dir",
        metavar=translate("Cli", "KANSIO"),
        help=translate(
            "Cli", "tietokannan kansio (oletus: käyttäjän datakansio tai $VOIMAA_DATA_DIR)"
        ),
    )
    commands = parser.add_subparsers(
        dest="command", metavar=translate("Cli", "KOMENTO"), title=translate("Cli", "komennot")
    )
    export = commands.add_parser(
        "export",
        help=translate("Cli", "vie tiedostoon (PDF tai Excel)"),
        description=translate("Cli", "Vie tiedostoon."),
    )
    exports = export.add_subparsers(
        dest="export_kind", metavar=translate("Cli", "MITÄ"), title=translate("Cli", "vietävät")
    )
    exports.required = True
    for register in REGISTRARS:
        register(commands, exports)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    raw = sys.argv[1:] if argv is None else list(argv)
    bad = _not_utf8(raw)
    if bad is not None:
        complain(
            translate(
                "Cli",
                "virhe: komentorivillä on merkkejä, jotka eivät ole UTF-8:aa: {text}. "
                "Anna nimi uudelleen.",
            ).format(text=repr(bad))
        )
        return EXIT_BAD_INPUT
    args = parser.parse_args(raw)  # --help and --version end here, having loaded only argparse
    import logging

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    log = logging.getLogger("voimaa")
    if args.data_dir is not None and not args.data_dir.strip():
        complain(translate("Cli", "virhe: --data-dir on tyhjä: anna tietokannan kansio."))
        return EXIT_BAD_INPUT
    if args.command is None:
        from voimaa.ui.app import run  # the GUI is imported only when it is started

        return run(args.data_dir)
    try:
        return int(args.handler(args) or EXIT_OK)
    except (CliError, VoimaaError) as exc:
        complain(str(exc))
        return EXIT_BAD_INPUT
    except BrokenPipeError:  # the reader stopped early (e.g. `voimaa scores ... | head`)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        complain(translate("Cli", "keskeytetty"))
        return EXIT_FAILURE
    except Exception as exc:
        line = _fault_line(exc)
        if line is not None:
            log.debug("fault", exc_info=True)
            complain(line)
            return EXIT_BAD_INPUT
        log.debug("unexpected failure", exc_info=True)
        complain(
            translate("Cli", "odottamaton virhe: {kind}: {error}").format(
                kind=type(exc).__name__, error=exc
            )
        )
        return EXIT_FAILURE
    finally:
        close_stores()
