"""Commands of the reports capability: the group report, the coordinator export, importing
exports into the coordinator's store and combining export files into one report."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from voimaa.cli._common import (
    PROG,
    CliError,
    add_group,
    add_output,
    group_id,
    missing_folder,
    open_store,
    output_path,
)
from voimaa.i18n import Context, translate

Cli = Context("Cli")


def register(commands: Any, exports: Any) -> None:
    p = exports.add_parser(
        "group",
        help=translate("Cli", "ryhmän raportti ohjaajille (PDF tai Excel)"),
        description=translate(
            "Cli",
            "Vie ryhmän raportin: kerrat, läsnäolot, EUROHIS-8, palaute ja budjetti. "
            "Osallistujat näkyvät koodeina, ellei anneta --names.",
        ),
    )
    add_group(p)
    add_output(p, translate("Cli", "raporttitiedosto: .pdf tai .xlsx"))
    p.add_argument(
        "--names",
        action="store_true",
        help=translate("Cli", "näytä osallistujien nimet koodien lisäksi"),
    )
    p.set_defaults(handler=cmd_export_group)

    p = exports.add_parser(
        "coordinator",
        help=translate("Cli", "koordinaattorin aineisto (ilman nimiä, .zip)"),
        description=translate(
            "Cli",
            "Vie ryhmän tiedot koordinaattorille ilman nimiä ja muita tunnistetietoja: "
            "vain suostumuksen antaneiden koodit, läsnäolot ja EUROHIS-8-vastaukset. "
            "Tiedostoon lisätään .zip, jos se puuttuu.",
        ),
    )
    add_group(p)
    add_output(p, translate("Cli", "tiedosto johon viedään (.zip)"))
    p.add_argument(
        "--open-texts",
        action="store_true",
        help=translate("Cli", "ota mukaan palautteen avoimet vastaukset (oletus: ei)"),
    )
    p.set_defaults(handler=cmd_export_coordinator)

    p = commands.add_parser(
        "import",
        help=translate("Cli", "tuo ryhmien koordinaattorivientejä koordinaattorin tietokantaan"),
        description=translate(
            "Cli",
            "Tuo koordinaattorivientejä (.zip). Saman ryhmän uusi tuonti korvaa aiemman. "
            "Kelvoton tiedosto hylätään eikä se muuta mitään.",
        ),
    )
    p.add_argument(
        "files",
        nargs="+",
        metavar=translate("Cli", "TIEDOSTO"),
        help=translate("Cli", "koordinaattorivienti (.zip)"),
    )
    p.set_defaults(handler=cmd_import)

    p = commands.add_parser(
        "aggregate",
        help=translate(
            "Cli", "yhdistä koordinaattoriviennit yhdeksi raportiksi (ei käytä tietokantaa)"
        ),
        description=translate(
            "Cli",
            "Lukee koordinaattoriviennit ja kirjoittaa yhteenvedon (.xlsx tai .pdf): ryhmät, "
            "osallistujat, läsnäolo ja EUROHIS-8-muutos kaikkiaan, paikkakunnittain ja "
            "kysymyksittäin. Alle 3 henkilön solut piilotetaan. Omaa tietokantaa ei avata.",
        ),
    )
    p.add_argument(
        "files",
        nargs="+",
        metavar=translate("Cli", "TIEDOSTO"),
        help=translate("Cli", "koordinaattorivienti (.zip)"),
    )
    add_output(p, translate("Cli", "yhteenveto: .xlsx tai .pdf"))
    p.set_defaults(handler=cmd_aggregate)


def cmd_export_group(args: argparse.Namespace) -> int:
    from voimaa import reports
    from voimaa.export import jobs

    path = output_path(args, *reports.REPORT_SUFFIXES)
    store = open_store(args)
    gid = group_id(store, args)
    assert gid is not None
    written = jobs.export_group_report(store, gid, path, include_names=args.names)
    print(translate("Cli", "Raportti tallennettu: {path}").format(path=written))
    return 0


def cmd_export_coordinator(args: argparse.Namespace) -> int:
    from voimaa.export import jobs

    path = jobs.coordinator_export_path(args.output)
    if not path.parent.exists():
        raise CliError(missing_folder(path.parent))
    store = open_store(args)
    gid = group_id(store, args)
    assert gid is not None
    result = jobs.export_coordinator(store, gid, path, include_open_texts=args.open_texts)
    print(translate("Cli", "Koordinaattorin aineisto tallennettu: {path}").format(path=result.path))
    included = Cli.tr(
        "Mukana %n osallistuja (suostumus); ilman suostumusta jätettiin pois {left_out}."
        "|Mukana %n osallistujaa (suostumus); ilman suostumusta jätettiin pois {left_out}.",
        None,
        result.participants,
    ).format(left_out=result.left_out)
    if result.open_texts_included:
        feedback = translate("Cli", "Palautteita {n}, avoimet vastaukset mukana.")
    else:
        feedback = translate("Cli", "Palautteita {n}, ilman avoimia.")
    print(included + " " + feedback.format(n=result.feedback_responses))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from voimaa import coordinator
    from voimaa.formats import format_date

    store = open_store(args)
    report = coordinator.import_files(store, [Path(f) for f in args.files])
    for g in report.imported:
        if g.replaced:
            line = translate("Cli", "{file}: korvasi aiemman tuonnin ({place} {dates}, {n} osall.)")
        else:
            line = translate("Cli", "{file}: tuotu ({place} {dates}, {n} osall.)")
        dates = " – ".join(x for x in (format_date(g.start_date), format_date(g.end_date)) if x)
        place = g.place or translate("Cli", "etäryhmä")
        print(line.format(file=g.source_file, place=place, dates=dates, n=g.participants))
    for pe in report.periods:
        if pe.replaced:
            line = translate("Cli", "{file}: korvasi aiemman tuonnin ({n} yksilötyön jaksoa)")
        else:
            line = translate("Cli", "{file}: tuotu ({n} yksilötyön jaksoa)")
        print(line.format(file=pe.source_file, n=pe.periods))
    if report.refused:
        for _name, reason in report.refused:
            print(f"{PROG}: {reason}")
        raise CliError(
            Cli.tr(
                "%n tiedosto hylättiin; {imported} tuotiin."
                "|%n tiedostoa hylättiin; {imported} tuotiin.",
                None,
                len(report.refused),
            ).format(imported=len(report.imported))
        )
    return 0


def cmd_aggregate(args: argparse.Namespace) -> int:
    from voimaa import coordinator
    from voimaa.export import jobs

    path = output_path(args, ".xlsx", ".pdf")
    combined = coordinator.aggregate_files([Path(f) for f in args.files])
    written = jobs.write_combined(combined, path)
    note = ""
    if combined.duplicates:
        note = " " + Cli.tr(
            "(%n saman ryhmän ylimääräinen tiedosto ohitettiin)"
            "|(%n saman ryhmän ylimääräistä tiedostoa ohitettiin)",
            None,
            combined.duplicates,
        )
    print(
        Cli.tr(
            "Yhteenveto %n ryhmästä tallennettu: {path}|Yhteenveto %n ryhmästä tallennettu: {path}",
            None,
            combined.overall.groups.n,
        ).format(path=written)
        + note
    )
    return 0
