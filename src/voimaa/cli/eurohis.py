"""Commands of the EUROHIS-8 and feedback capability: printable forms and the change table."""

from __future__ import annotations

import argparse
from typing import Any

from voimaa.cli._common import add_group, add_output, group_id, open_store, output_path
from voimaa.i18n import translate

# The values of voimaa.models.Phase and WordingVersion, so that building the parser loads no
# models (tests/test_cli_imports.py checks that they are the enums' values).
PHASES = ("alku", "loppu")
WORDINGS = ("thl_ath", "finmonik")


def register(commands: Any, exports: Any) -> None:
    p = exports.add_parser(
        "eurohis-form",
        help=translate("Cli", "tyhjä EUROHIS-8-lomake PDF:nä"),
        description=translate(
            "Cli",
            "Tulostettava EUROHIS-8-lomake (A4, iso selkeä teksti). Ryhmän kanssa yksi sivu "
            "jokaiselle osallistujalle koodi valmiiksi täytettynä; nimiä ei tulosteta.",
        ),
    )
    add_group(p, required=False)
    p.add_argument(
        "--phase",
        choices=PHASES,
        help=translate(
            "Cli", "mittaus: alku (1. kerta) tai loppu (8. kerta); ryhmän kanssa oletus alku"
        ),
    )
    p.add_argument(
        "--wording",
        choices=WORDINGS,
        help=translate(
            "Cli", "lomakeversio: thl_ath (te-muoto, oletus) tai finmonik (käänteinen järjestys)"
        ),
    )
    add_output(p, translate("Cli", "PDF-tiedosto johon lomake kirjoitetaan"))
    p.set_defaults(handler=cmd_eurohis_form)

    p = exports.add_parser(
        "feedback-form",
        help=translate("Cli", "tyhjä nimetön palautelomake PDF:nä"),
        description=translate(
            "Cli",
            "Tulostettava nimetön palautelomake. Ryhmän kanssa ryhmän oma lomake, muuten "
            "uusien ryhmien oletuslomake.",
        ),
    )
    add_group(p, required=False)
    p.add_argument(
        "--copies",
        type=int,
        default=1,
        metavar="N",
        help=translate("Cli", "kopioiden määrä (oletus 1)"),
    )
    add_output(p, translate("Cli", "PDF-tiedosto johon lomake kirjoitetaan"))
    p.set_defaults(handler=cmd_feedback_form)

    p = commands.add_parser(
        "scores",
        help=translate("Cli", "EUROHIS-8: alku- ja loppumittauksen vertailu"),
        description=translate(
            "Cli",
            "Tulostaa ryhmän EUROHIS-8-muutoksen sarkaimin eroteltuna taulukkona (vain "
            "koodit, ei nimiä) ja ryhmän yhteenvedon. p-arvoja ei lasketa.",
        ),
    )
    add_group(p)
    p.add_argument(
        "--include-prorated",
        action="store_true",
        help=translate("Cli", "ota pareihin mukaan arvioidut keskiarvot (jos asetus sallii)"),
    )
    p.set_defaults(handler=cmd_scores)


def cmd_eurohis_form(args: argparse.Namespace) -> int:
    from voimaa.eurohis import Phase, WordingVersion
    from voimaa.export import jobs

    store = open_store(args)
    path = output_path(args, ".pdf")
    gid = group_id(store, args, required=False)
    written = jobs.export_eurohis_forms(
        store,
        path,
        group_id=gid,
        phase=Phase(args.phase) if args.phase else None,
        wording=WordingVersion(args.wording) if args.wording else None,
    )
    print(translate("Cli", "Lomake kirjoitettu: {path}").format(path=written))
    return 0


def cmd_feedback_form(args: argparse.Namespace) -> int:
    from voimaa.export import jobs

    store = open_store(args)
    path = output_path(args, ".pdf")
    gid = group_id(store, args, required=False)
    written = jobs.export_feedback_form(store, path, group_id=gid, copies=args.copies)
    print(translate("Cli", "Lomake kirjoitettu: {path}").format(path=written))
    return 0


def _num(value: float | None, decimals: int = 2) -> str:
    from voimaa.formats import format_decimal

    return "" if value is None else format_decimal(value, decimals)


def _pair_status(status: str) -> str:
    """The short word of the `scores` table for a participant's PairStatus."""
    from voimaa.eurohis import PairStatus

    if status == PairStatus.PAIR:
        return translate("Cli", "pari")
    if status == PairStatus.ONLY_BEFORE:
        return translate("Cli", "vain alku")
    if status == PairStatus.ONLY_AFTER:
        return translate("Cli", "vain loppu")
    if status == PairStatus.NOT_SCORED:
        return translate("Cli", "ei pisteitä")
    if status == PairStatus.PRORATED_LEFT_OUT:
        return translate("Cli", "arvioitu, ei mukana")
    return status


def cmd_scores(args: argparse.Namespace) -> int:
    from voimaa import eurohis

    store = open_store(args)
    gid = group_id(store, args)
    assert gid is not None
    result = eurohis.before_after(store, gid, include_prorated=args.include_prorated)
    print(
        translate(
            "Cli",
            "koodi\talku ka\talku summa\tloppu ka\tloppu summa\tmuutos\tRCI\tluotettava\ttila",
        )
    )
    for p in result.participants:
        reliable = ""
        if p.rci is not None:
            reliable = translate("Cli", "kyllä") if p.reliable else translate("Cli", "ei")
        flags = []
        if p.before_prorated:
            flags.append(translate("Cli", "alku arvioitu"))
        if p.after_prorated:
            flags.append(translate("Cli", "loppu arvioitu"))
        status = ", ".join([_pair_status(p.status), *flags])
        print(
            "\t".join(
                (
                    p.code,
                    _num(p.before_mean),
                    _num(p.before_sum, 1 if p.before_prorated else 0),
                    _num(p.after_mean),
                    _num(p.after_sum, 1 if p.after_prorated else 0),
                    _num(p.change),
                    _num(p.rci),
                    reliable,
                    status,
                )
            )
        )
    print()
    for line in eurohis.summary_lines(result):
        print(line)
    print(translate("Cli", "Keskimääräinen muutos kysymyksittäin:"))
    for item in result.items:
        print(f"  {eurohis.short_label(item.item)}\t{_num(item.change)}\t(n = {item.n})")
    return 0
