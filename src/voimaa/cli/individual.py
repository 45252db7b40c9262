"""Commands of individual work: list the periods, export a period's summary."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from voimaa.cli._common import CliError, add_output, missing_folder, open_store, output_path
from voimaa.i18n import translate


def register(commands: Any, exports: Any) -> None:
    p = commands.add_parser(
        "periods",
        help=translate("Cli", "luettele yksilötyön jaksot"),
        description=translate(
            "Cli",
            "Luettelee yksilötyön jaksot: jakso (koodi/numero), asiakas, paikkakunta, alku ja "
            "loppu, vaihe, tavoitteet ja tapaamiset. Käynnissä olevat ensin.",
        ),
    )
    p.add_argument(
        "--ongoing",
        action="store_true",
        help=translate("Cli", "vain käynnissä olevat jaksot"),
    )
    p.set_defaults(handler=cmd_periods)

    p = exports.add_parser(
        "period",
        help=translate("Cli", "yksilötyön jakson yhteenveto (.pdf tai .xlsx)"),
        description=translate(
            "Cli",
            "Vie jakson yhteenvedon asiakkaalle ja omatyöntekijälle: tavoitteet ja arviot, "
            "tapaamiset, EUROHIS-8 ja tulos. Muistiinpanot vain, jos annetaan --notes.",
        ),
    )
    p.add_argument(
        "--period",
        required=True,
        metavar=translate("Cli", "JAKSO"),
        help=translate("Cli", "jakso: asiakkaan koodi ja jakson numero, esim. K7M2-Q/1"),
    )
    p.add_argument(
        "--notes",
        action="store_true",
        help=translate("Cli", "ota mukaan tapaamisten ja arviointien muistiinpanot"),
    )
    add_output(p, translate("Cli", "tiedosto: .pdf tai .xlsx"))
    p.set_defaults(handler=cmd_export_period)

    p = exports.add_parser(
        "coordinator-periods",
        help=translate("Cli", "yksilötyön jaksot koordinaattorille (ilman nimiä, .zip)"),
        description=translate(
            "Cli",
            "Vie yksilötyön jaksot koordinaattorille ilman nimiä, tavoitteiden sanamuotoja ja "
            "muistiinpanoja: päivät, vaiheet, tapaamisten määrä ja tulos; arviot ja "
            "EUROHIS-8-vastaukset vain suostumuksen antaneilta koodilla. Tiedostoon lisätään "
            ".zip, jos se puuttuu.",
        ),
    )
    p.add_argument(
        "--place",
        metavar=translate("Cli", "PAIKKAKUNTA"),
        help=translate("Cli", "vain tämän paikkakunnan jaksot"),
    )
    add_output(p, translate("Cli", "tiedosto johon viedään (.zip)"))
    p.set_defaults(handler=cmd_export_coordinator_periods)


def cmd_periods(args: argparse.Namespace) -> int:
    from voimaa import individual, labels
    from voimaa.formats import format_date
    from voimaa.models import PeriodStatus

    store = open_store(args)
    status = PeriodStatus.ACTIVE if args.ongoing else None
    periods = individual.list_periods(store, status=status)
    if not periods:
        print(translate("Cli", "Yksilötyön jaksoja ei ole."))
        return 0
    today = date.today()
    for p in periods:
        dates = f"{format_date(p.start_date)}–{format_date(p.end_date)}"
        print(
            "\t".join(
                (
                    p.ref,
                    p.name,
                    p.place or "–",
                    dates,
                    labels.work_phase(p.phase_on(today)),
                    translate("Cli", "tavoitteita {n}").format(n=p.goals),
                    translate("Cli", "tapaamisia {n}").format(n=p.meetings),
                )
            )
        )
    return 0


def cmd_export_period(args: argparse.Namespace) -> int:
    from voimaa import individual
    from voimaa.export import jobs

    path = output_path(args, ".pdf", ".xlsx")
    store = open_store(args)
    period_id = individual.resolve_period(store, args.period)
    written = jobs.export_period(store, period_id, path, include_notes=args.notes)
    print(translate("Cli", "Jakson yhteenveto tallennettu: {path}").format(path=written))
    return 0


def cmd_export_coordinator_periods(args: argparse.Namespace) -> int:
    from voimaa.export import jobs

    path = jobs.coordinator_export_path(args.output)
    if not path.parent.exists():
        raise CliError(missing_folder(path.parent))
    store = open_store(args)
    result = jobs.export_coordinator_periods(store, path, place=args.place)
    print(
        translate(
            "Cli",
            "Jaksot tallennettu koordinaattorille: {path} ({n} jaksoa, joista {m} "
            "suostumuksella arvioineen)",
        ).format(path=result.path, n=result.periods, m=result.with_measures)
    )
    return 0
