"""Commands of the program capability: exporting the workbook, a session's slides and the
leaders' session plan."""

from __future__ import annotations

import argparse
from typing import Any

from voimaa.cli._common import CliError, add_group, add_output, group_id, open_store, output_path
from voimaa.i18n import translate


def register(commands: Any, exports: Any) -> None:
    p = exports.add_parser(
        "workbook",
        help=translate("Cli", "työkirja PDF:ksi (koko kirja tai yksi luku)"),
        description=translate(
            "Cli",
            "Vie Voimaa vertaisuudesta -työkirjan tulostettavaksi A4-PDF:ksi. Ryhmän kanssa "
            "kanteen tulevat ryhmän nimi, paikkakunta, ohjaajat ja päivät; ilman ryhmää kirja "
            "on yleinen.",
        ),
    )
    p.add_argument(
        "--chapter",
        metavar="N",
        help=translate("Cli", "vain yksi luku monisteeksi (numero 1–8 tai tunniste)"),
    )
    add_group(p, required=False)
    add_output(p, translate("Cli", "PDF-tiedosto johon viedään"))
    p.set_defaults(handler=cmd_workbook)

    p = exports.add_parser(
        "example-budget",
        help=translate("Cli", "työkirjan esimerkkibudjetti monisteeksi (PDF)"),
        description=translate(
            "Cli",
            "Vie talousluvun esimerkkibudjetin (pienituloisen kuukausibudjetti) yhden sivun "
            "monisteeksi.",
        ),
    )
    add_group(p, required=False)
    add_output(p, translate("Cli", "PDF-tiedosto johon viedään"))
    p.set_defaults(handler=cmd_example_budget)

    p = exports.add_parser(
        "slides",
        help=translate("Cli", "yhden kerran diat PDF:ksi (16:9)"),
        description=translate(
            "Cli",
            "Vie yhden ryhmäkerran diat 16:9-PDF:ksi. Ryhmän kanssa dioihin tulevat ryhmän "
            "tiedot ja päivän ohjelma kellonaikoineen.",
        ),
    )
    p.add_argument(
        "--session",
        required=True,
        type=int,
        metavar="N",
        help=translate("Cli", "kerran numero 1–8"),
    )
    add_group(p, required=False)
    add_output(p, translate("Cli", "PDF-tiedosto johon viedään"))
    p.set_defaults(handler=cmd_slides)

    p = exports.add_parser(
        "plan",
        help=translate("Cli", "ohjaajien suunnitelma PDF:ksi (sivu per kerta)"),
        description=translate(
            "Cli",
            "Vie ryhmän kahdeksan kerran suunnitelman ohjaajille: jokaiselta kerralta päivä, "
            "aika, paikka, osat minuutteineen, materiaalit, asiantuntija ja tilaa "
            "muistiinpanoille.",
        ),
    )
    add_group(p, required=True)
    add_output(p, translate("Cli", "PDF-tiedosto johon viedään"))
    p.set_defaults(handler=cmd_plan)


def cmd_workbook(args: argparse.Namespace) -> int:
    from voimaa import workbook
    from voimaa.export import jobs

    path = output_path(args, ".pdf")
    store = open_store(args)
    gid = group_id(store, args, required=False)
    chapter: str | int | None = None
    if args.chapter is not None:
        ref = args.chapter.strip()
        chapter = int(ref) if ref.isdigit() else ref
        workbook.chapter(chapter)  # unknown chapters fail before anything is written
    written = jobs.export_workbook(store, path, group_id=gid, chapter_ref=chapter)
    print(translate("Cli", "Työkirja tallennettu: {path}").format(path=written))
    return 0


def cmd_example_budget(args: argparse.Namespace) -> int:
    from voimaa.export import jobs

    path = output_path(args, ".pdf")
    store = open_store(args)
    gid = group_id(store, args, required=False)
    written = jobs.export_example_budget(store, path, group_id=gid)
    print(translate("Cli", "Esimerkkibudjetti tallennettu: {path}").format(path=written))
    return 0


def cmd_slides(args: argparse.Namespace) -> int:
    from voimaa import program
    from voimaa.export import jobs

    if not 1 <= args.session <= program.SESSION_COUNT:
        raise CliError(
            translate("Cli", "Kerran numeron pitää olla 1–{count}: --session N").format(
                count=program.SESSION_COUNT
            )
        )
    path = output_path(args, ".pdf")
    store = open_store(args)
    gid = group_id(store, args, required=False)
    written = jobs.export_slides(store, path, args.session, gid)
    print(translate("Cli", "Diat tallennettu: {path}").format(path=written))
    return 0


def cmd_plan(args: argparse.Namespace) -> int:
    from voimaa.export import jobs

    path = output_path(args, ".pdf")
    store = open_store(args)
    gid = group_id(store, args)
    assert gid is not None
    written = jobs.export_plan(store, path, gid)
    print(translate("Cli", "Suunnitelma tallennettu: {path}").format(path=written))
    return 0
