"""Foundation commands: `groups` and `demo`."""

from __future__ import annotations

import argparse
from typing import Any

from voimaa.cli._common import open_store
from voimaa.i18n import translate


def register(commands: Any, exports: Any) -> None:
    p = commands.add_parser(
        "groups",
        help=translate("Cli", "luettele ryhmät"),
        description=translate("Cli", "Luettelee ryhmät."),
    )
    p.set_defaults(handler=cmd_groups)
    p = commands.add_parser(
        "demo",
        help=translate("Cli", "lisää valmis esimerkkiryhmä"),
        description=translate(
            "Cli", "Lisää valmiin esimerkkiryhmän (Juva, 8 kertaa, keksityt osallistujat)."
        ),
    )
    p.set_defaults(handler=cmd_demo)


def cmd_groups(args: argparse.Namespace) -> int:
    from voimaa import groups
    from voimaa.formats import format_date

    store = open_store(args)
    print(translate("Cli", "id\tnimi\tpaikkakunta\talkupäivä\taktiivisia osallistujia"))
    for g in groups.list_groups(store):
        print(f"{g.id}\t{g.name}\t{g.place}\t{format_date(g.start_date)}\t{g.active_participants}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from voimaa import demo

    store = open_store(args)
    group_id, created = demo.create_demo(store)
    if created:
        text = translate("Cli", "Esimerkkiryhmä lisätty: {name} ({id})")
    else:
        text = translate("Cli", "Esimerkkiryhmä on jo olemassa: {name} ({id})")
    print(text.format(name=demo.DEMO_GROUP_NAME, id=group_id))
    return 0
