"""Commands of the reports capability: the group report, the coordinator export, importing
exports into the coordinator's store and combining export files into one report."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from voimaa import coordinator, reports
from voimaa.cli._common import (
    CliError,
    add_group,
    add_output,
    group_id,
    open_store,
    output_path,
)
from voimaa.export import jobs
from voimaa.formats import format_date


def register(commands: Any, exports: Any) -> None:
    p = exports.add_parser(
        "group",
        help="ryhmän raportti ohjaajille (PDF tai Excel)",
        description=(
            "Vie ryhmän raportin: kerrat, läsnäolot, EUROHIS-8, palaute ja budjetti. "
            "Osallistujat näkyvät koodeina, ellei anneta --names."
        ),
    )
    add_group(p)
    add_output(p, "raporttitiedosto: .pdf tai .xlsx")
    p.add_argument("--names", action="store_true", help="näytä osallistujien nimet koodien lisäksi")
    p.set_defaults(handler=cmd_export_group)

    p = exports.add_parser(
        "coordinator",
        help="koordinaattorin aineisto (ilman nimiä, .zip)",
        description=(
            "Vie ryhmän tiedot koordinaattorille ilman nimiä ja muita tunnistetietoja: "
            "vain suostumuksen antaneiden koodit, läsnäolot ja EUROHIS-8-vastaukset. "
            "Tiedostoon lisätään .zip, jos se puuttuu."
        ),
    )
    add_group(p)
    add_output(p, "tiedosto johon viedään (.zip)")
    p.add_argument(
        "--open-texts",
        action="store_true",
        help="ota mukaan palautteen avoimet vastaukset (oletus: ei)",
    )
    p.set_defaults(handler=cmd_export_coordinator)

    p = commands.add_parser(
        "import",
        help="tuo ryhmien koordinaattorivientejä koordinaattorin tietokantaan",
        description=(
            "Tuo koordinaattorivientejä (.zip). Saman ryhmän uusi tuonti korvaa aiemman. "
            "Kelvoton tiedosto hylätään eikä se muuta mitään."
        ),
    )
    p.add_argument("files", nargs="+", metavar="TIEDOSTO", help="koordinaattorivienti (.zip)")
    p.set_defaults(handler=cmd_import)

    p = commands.add_parser(
        "aggregate",
        help="yhdistä koordinaattoriviennit yhdeksi raportiksi (ei käytä tietokantaa)",
        description=(
            "Lukee koordinaattoriviennit ja kirjoittaa yhteenvedon (.xlsx tai .pdf): ryhmät, "
            "osallistujat, läsnäolo ja EUROHIS-8-muutos kaikkiaan, paikkakunnittain ja "
            "kysymyksittäin. Alle 3 henkilön solut piilotetaan. Omaa tietokantaa ei avata."
        ),
    )
    p.add_argument("files", nargs="+", metavar="TIEDOSTO", help="koordinaattorivienti (.zip)")
    add_output(p, "yhteenveto: .xlsx tai .pdf")
    p.set_defaults(handler=cmd_aggregate)


def cmd_export_group(args: argparse.Namespace) -> int:
    path = output_path(args, *reports.REPORT_SUFFIXES)
    store = open_store(args)
    gid = group_id(store, args)
    assert gid is not None
    written = jobs.export_group_report(store, gid, path, include_names=args.names)
    print(f"Raportti tallennettu: {written}")
    return 0


def cmd_export_coordinator(args: argparse.Namespace) -> int:
    path = jobs.coordinator_export_path(args.output)
    if not path.parent.exists():
        raise CliError(f"Kansiota ei ole: {path.parent}. Luo kansio tai valitse toinen.")
    store = open_store(args)
    gid = group_id(store, args)
    assert gid is not None
    result = jobs.export_coordinator(store, gid, path, include_open_texts=args.open_texts)
    print(f"Koordinaattorin aineisto tallennettu: {result.path}")
    print(
        f"Mukana {result.participants} osallistujaa (suostumus); ilman suostumusta jätettiin "
        f"pois {result.left_out}. Palautteita {result.feedback_responses}"
        + (", avoimet vastaukset mukana." if result.open_texts_included else ", ilman avoimia.")
    )
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    store = open_store(args)
    report = coordinator.import_files(store, [Path(f) for f in args.files])
    for g in report.imported:
        what = "korvasi aiemman tuonnin" if g.replaced else "tuotu"
        dates = " – ".join(x for x in (format_date(g.start_date), format_date(g.end_date)) if x)
        print(f"{g.source_file}: {what} ({g.place or 'etäryhmä'} {dates}, {g.participants} osall.)")
    if report.refused:
        for _name, reason in report.refused:
            print(f"voimaa: {reason}")
        raise CliError(
            f"{len(report.refused)} tiedostoa hylättiin; {len(report.imported)} tuotiin."
        )
    return 0


def cmd_aggregate(args: argparse.Namespace) -> int:
    path = output_path(args, ".xlsx", ".pdf")
    combined = coordinator.aggregate_files([Path(f) for f in args.files])
    written = jobs.write_combined(combined, path)
    note = (
        f" ({combined.duplicates} saman ryhmän ylimääräistä tiedostoa ohitettiin)"
        if combined.duplicates
        else ""
    )
    print(f"Yhteenveto {combined.overall.groups.value} ryhmästä tallennettu: {written}{note}")
    return 0
