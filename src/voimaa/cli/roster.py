"""Roster commands: export the attendance sheet, the budget, sign-in sheets and the
certificates of participation."""

from __future__ import annotations

import argparse
from typing import Any

from voimaa.cli._common import CliError, add_group, add_output, group_id, open_store, output_path
from voimaa.i18n import translate


def register(commands: Any, exports: Any) -> None:
    p = exports.add_parser(
        "attendance",
        help=translate("Cli", "läsnäolotaulukko (.xlsx tai .pdf)"),
        description=translate("Cli", "Vie ryhmän läsnäolotaulukon Excel- tai PDF-tiedostoksi."),
    )
    add_group(p)
    add_output(p, translate("Cli", "tiedosto: .xlsx tai .pdf"))
    p.add_argument(
        "--threshold",
        type=int,
        default=50,
        metavar=translate("Cli", "PROSENTTI"),
        help=translate(
            "Cli",
            "seurantaraja prosentteina: tätä harvemmin osallistuneet merkitään (oletus 50)",
        ),
    )
    p.set_defaults(handler=cmd_attendance)

    p = exports.add_parser(
        "budget",
        help=translate("Cli", "budjetti (.xlsx tai .pdf)"),
        description=translate("Cli", "Vie ryhmän budjetin Excel-taulukoksi tai PDF-yhteenvedoksi."),
    )
    add_group(p)
    add_output(p, translate("Cli", "tiedosto: .xlsx tai .pdf"))
    p.set_defaults(handler=cmd_budget)

    p = exports.add_parser(
        "signin",
        help=translate("Cli", "tulostettava läsnäololista allekirjoituksille (.pdf)"),
        description=translate(
            "Cli",
            "Tekee kerran läsnäololistan (nimet ja allekirjoitussarake). --blank tekee tyhjän "
            "listan, johon osallistujat kirjoittavat nimensä; ilman ryhmää täysin tyhjän.",
        ),
    )
    add_group(p, required=False)
    p.add_argument("--session", type=int, metavar="N", help=translate("Cli", "kerran numero 1–8"))
    p.add_argument("--blank", action="store_true", help=translate("Cli", "tyhjä lista ilman nimiä"))
    add_output(p, translate("Cli", "tiedosto: .pdf"))
    p.set_defaults(handler=cmd_signin)

    p = exports.add_parser(
        "certificates",
        help=translate("Cli", "osallistumistodistukset (.pdf, sivu per osallistuja)"),
        description=translate(
            "Cli",
            "Tekee osallistumistodistuksen jokaiselle, joka on ollut läsnä ainakin kerran: "
            "nimi, ryhmä, paikka, päivät, osallistutut kerrat ja ohjaajien allekirjoitukset.",
        ),
    )
    add_group(p)
    add_output(p, translate("Cli", "tiedosto: .pdf"))
    p.set_defaults(handler=cmd_certificates)


def cmd_attendance(args: argparse.Namespace) -> int:
    from voimaa.export import jobs

    if not 0 <= args.threshold <= 100:
        raise CliError(
            translate("Cli", "Seurantaraja on prosentti 0–100, esimerkiksi --threshold 50.")
        )
    path = output_path(args, ".xlsx", ".pdf")
    store = open_store(args)
    gid = group_id(store, args)
    assert gid is not None
    written = jobs.export_attendance(store, gid, path, threshold=args.threshold / 100)
    print(translate("Cli", "Läsnäolotaulukko tallennettu: {path}").format(path=written))
    return 0


def cmd_budget(args: argparse.Namespace) -> int:
    from voimaa.export import jobs

    path = output_path(args, ".xlsx", ".pdf")
    store = open_store(args)
    gid = group_id(store, args)
    assert gid is not None
    written = jobs.export_budget(store, gid, path)
    print(translate("Cli", "Budjetti tallennettu: {path}").format(path=written))
    return 0


def cmd_signin(args: argparse.Namespace) -> int:
    from voimaa.export import jobs

    path = output_path(args, ".pdf")
    if not args.blank and (args.group is None or args.session is None):
        raise CliError(
            translate(
                "Cli",
                "Anna ryhmä ja kerta (--group RYHMÄ --session N) tai tee tyhjä lista: --blank.",
            )
        )
    store = open_store(args)
    gid = group_id(store, args, required=False)
    written = jobs.export_signin(store, gid, path, args.session, blank=args.blank)
    print(translate("Cli", "Läsnäololista tallennettu: {path}").format(path=written))
    return 0


def cmd_certificates(args: argparse.Namespace) -> int:
    from voimaa.export import jobs

    path = output_path(args, ".pdf")
    store = open_store(args)
    gid = group_id(store, args)
    assert gid is not None
    written = jobs.export_certificates(store, gid, path)
    print(translate("Cli", "Osallistumistodistukset tallennettu: {path}").format(path=written))
    return 0
