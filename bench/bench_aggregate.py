"""Aggregating coordinator exports: 200 realistic group exports must combine in a few seconds.

The generator makes exports the way a region would: groups in Juva, Mikkeli, Savonlinna, other
municipalities and remote groups; 4–8 starters, some leaving, most consenting; weekly sessions
with realistic attendance; EUROHIS-8 before and after with a small improvement on average,
some incomplete forms; feedback for most participants. Files are written with the real writer.
"""

from __future__ import annotations

import random
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

from voimaa import coordinator
from voimaa.export import jobs
from voimaa.export.coordinator_files import write_export
from voimaa.feedback import default_form
from voimaa.models import AttendanceStatus, GroupMode, ParticipantStatus, Phase, WordingVersion
from voimaa.program import default_template
from voimaa.store import Store

PLACES = ("Juva", "Mikkeli", "Savonlinna", "Pieksämäki", "Kangasniemi", "Mäntyharju", "")
ALPHABET = "34678ABCDEFGHJKMNPQRTUVWXY"


def _code(rng: random.Random, taken: set[str]) -> str:
    while True:
        code = "".join(rng.choice(ALPHABET) for _ in range(4)) + "-" + rng.choice(ALPHABET)
        if code not in taken:
            taken.add(code)
            return code


def _answers(rng: random.Random, level: float) -> tuple[int | None, ...]:
    values = [min(5, max(1, round(rng.gauss(level, 0.8)))) for _ in range(8)]
    result: list[int | None] = list(values)
    if rng.random() < 0.05:
        result[rng.randrange(8)] = None
    return tuple(result)


def make_export(rng: random.Random, taken: set[str]) -> coordinator.GroupExport:
    """One realistic finished group's coordinator export."""
    place = rng.choice(PLACES)
    mode = GroupMode.REMOTE if not place else GroupMode.LOCAL
    start = date(2025, 1, 7) + timedelta(weeks=rng.randrange(88))  # all ended by 2026-11
    topics = [s.title for s in default_template().sessions]
    held = 8 if rng.random() < 0.9 else rng.randint(5, 7)
    sessions = tuple(
        coordinator.SessionHeld(n, start + timedelta(weeks=n - 1), topics[n - 1], int(n in (3, 5)))
        for n in range(1, held + 1)
    )
    starters = rng.randint(4, 8)
    participants = []
    left = 0
    for _ in range(starters):
        leaves_after = rng.randint(2, held - 1) if rng.random() < 0.12 else None
        left += leaves_after is not None
        if rng.random() < 0.15:
            continue  # did not consent: only counted
        marks = []
        for s in sessions:
            if leaves_after is not None and s.number > leaves_after:
                break
            roll = rng.random()
            mark = (
                AttendanceStatus.PRESENT
                if roll < 0.82
                else AttendanceStatus.EXCUSED
                if roll < 0.92
                else AttendanceStatus.ABSENT
            )
            marks.append((s.number, mark))
        level = rng.uniform(2.0, 3.6)
        forms = [
            coordinator.EurohisForm(
                Phase.BEFORE, start, WordingVersion.THL_ATH, _answers(rng, level)
            )
        ]
        if leaves_after is None and rng.random() < 0.9:
            forms.append(
                coordinator.EurohisForm(
                    Phase.AFTER,
                    sessions[-1].date,
                    WordingVersion.FINMONIK if rng.random() < 0.2 else WordingVersion.THL_ATH,
                    _answers(rng, level + rng.gauss(0.3, 0.4)),
                )
            )
        participants.append(
            coordinator.ExportedParticipant(
                code=_code(rng, taken),
                status=ParticipantStatus.LEFT if leaves_after else ParticipantStatus.ACTIVE,
                attendance=tuple(marks),
                forms=tuple(forms),
            )
        )
    form = default_form()
    statements = tuple(
        coordinator.FeedbackItem(s["key"], s.get("area", ""), s["text"]) for s in form["statement"]
    )
    feedback = tuple(
        coordinator.FeedbackAnswer(
            tuple((s.key, rng.choice((3, 4, 4, 5, 5, None))) for s in statements)
        )
        for _ in range(rng.randint(0, starters - left))
    )
    return coordinator.GroupExport(
        group_id=uuid.uuid4(),
        place=place,
        mode=mode,
        start_date=start,
        end_date=sessions[-1].date,
        exported_on=sessions[-1].date or start,
        sessions=sessions,
        participants_total=starters,
        participants_left=left,
        participants=tuple(participants),
        statements=statements,
        questions=(),
        feedback=feedback,
        open_texts_included=False,
        budget_planned_cents=rng.randint(30000, 80000),
        budget_actual_cents=rng.randint(25000, 80000),
    )


def generate(folder: Path, count: int, seed: int = 6) -> list[Path]:
    """Write `count` realistic exports into `folder`."""
    rng = random.Random(seed)
    taken: set[str] = set()
    return [
        write_export(folder / f"ryhma-{i:03d}.zip", make_export(rng, taken)) for i in range(count)
    ]


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        t0 = time.perf_counter()
        paths = generate(folder, 200)
        t1 = time.perf_counter()
        report = coordinator.aggregate_files(paths)
        t2 = time.perf_counter()
        jobs.write_combined(report, folder / "yhteenveto.xlsx")
        t3 = time.perf_counter()
        jobs.write_combined(report, folder / "yhteenveto.pdf")
        t4 = time.perf_counter()
        size = sum(p.stat().st_size for p in paths) / len(paths) / 1024
        store = Store.open(folder / "koordinaattori")
        t5 = time.perf_counter()
        imported = coordinator.import_files(store, paths)
        t6 = time.perf_counter()
        coordinator.combined_report(store)
        t7 = time.perf_counter()
        store.close()
    o = report.overall
    print(f"generated 200 exports in {t1 - t0:.2f} s (average {size:.1f} KiB each)")
    print(
        f"aggregate 200 exports (read, check, combine): {t2 - t1:.2f} s "
        f"({o.groups.value} groups, {o.participants.value} participants, "
        f"{o.change.pairs.value} pairs)"
    )
    print(f"write combined xlsx: {t3 - t2:.2f} s; write combined pdf: {t4 - t3:.2f} s")
    print(f"total aggregate + both reports: {t4 - t1:.2f} s (target: a few seconds)")
    print(
        f"import {len(imported.imported)} exports into a store: {t6 - t5:.2f} s; "
        f"combined report from the store: {t7 - t6:.2f} s"
    )


if __name__ == "__main__":
    main()
