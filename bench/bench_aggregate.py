"""Aggregating coordinator exports: 2,000 realistic group exports combine in a few seconds.

The generator makes exports the way a region would: groups in Juva, Mikkeli, Savonlinna, other
municipalities and remote groups; 4–8 starters, some leaving, most consenting; weekly sessions
with realistic attendance; EUROHIS-8 before and after with a small improvement on average,
some incomplete forms; feedback for most participants. Files are written with the real writer.
"""

from __future__ import annotations

import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

from voimaa import coordinator
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


FLOOR = """
import io, json, sys, zipfile
for path in sys.argv[1:]:
    with open(path, "rb") as fh, zipfile.ZipFile(io.BytesIO(fh.read())) as zf:
        json.loads(zf.read("voimaa-koordinaattori.json"))
"""
PEAK = """
import runpy, sys
sys.argv = ["voimaa", *sys.argv[1:]]
try:
    runpy.run_module("voimaa", run_name="__main__")
finally:
    with open("/proc/self/status") as fh:
        peak = next(line.split()[1] for line in fh if line.startswith("VmHWM:"))
    print(f"PEAK {peak}", file=sys.stderr)
"""


def exports(count: int) -> list[Path]:
    """`count` generated exports, kept in the temporary folder between runs (writing 2,000
    takes minutes; the files are the same for the same count and seed)."""
    folder = Path(tempfile.gettempdir()) / f"voimaa-bench-exports-v2-{count}"
    paths = sorted(folder.glob("ryhma-*.zip"))
    if len(paths) != count:
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        paths = generate(folder, count)
    return paths


def _run(code: str, args: list[str]) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds (user + system) and peak MiB of `python -c code args` (the
    peak as printed by PEAK, else 0). On a shared machine the CPU time is the steadier one."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True
    )
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    peak = [line for line in done.stderr.splitlines() if line.startswith("PEAK ")]
    return seconds, cpu, int(peak[0].split()[1]) / 1024 if peak else 0.0


def main() -> None:
    runs = int(os.environ.get("BENCH_RUNS", "3"))
    counts = (200, 2000)
    every = exports(max(counts))
    print(
        f"`voimaa aggregate` of generated exports (a subprocess each, {runs} interleaved runs, "
        "medians); floor: reading, unzipping and parsing the same files' JSON in one process"
    )
    print("targets at 2,000: xlsx < 2 s, pdf < 3 s, < 200 MiB; linear (same cost per file)")
    header = f"{'':18} {'files':>5} {'wall':>7} {'floor':>6} {'ratio':>6} {'cpu':>6} {'floor':>6}"
    print(f"{header} {'ratio':>6} {'ms/file':>8} {'MiB':>5}  (ms/file: cpu)")
    with tempfile.TemporaryDirectory() as tmp:
        for count in counts:
            files = [str(p) for p in every[:count]]
            runs_of: dict[str, list[tuple[float, float, float]]] = {
                "xlsx": [],
                "pdf": [],
                "floor": [],
            }
            for _ in range(runs):
                runs_of["floor"].append(_run(FLOOR, files))
                for suffix in ("xlsx", "pdf"):
                    out = str(Path(tmp) / f"yhteenveto.{suffix}")
                    runs_of[suffix].append(_run(PEAK, ["aggregate", *files, "-o", out]))
            f_wall = statistics.median(x[0] for x in runs_of["floor"])
            f_cpu = statistics.median(x[1] for x in runs_of["floor"])
            for suffix in ("xlsx", "pdf"):
                wall = statistics.median(x[0] for x in runs_of[suffix])
                cpu = statistics.median(x[1] for x in runs_of[suffix])
                peak = max(x[2] for x in runs_of[suffix])
                print(
                    f"aggregate to {suffix:4} {count:5} {wall:6.2f}s {f_wall:5.2f}s "
                    f"{wall / f_wall:5.2f}x {cpu:5.2f}s {f_cpu:5.2f}s {cpu / f_cpu:5.2f}x "
                    f"{cpu / count * 1000:8.2f} {peak:5.0f}"
                )
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "koordinaattori")
        start = time.perf_counter()
        imported = coordinator.import_files(store, every[:200])
        middle = time.perf_counter()
        coordinator.combined_report(store)
        end = time.perf_counter()
        store.close()
    print(
        f"import {len(imported.imported)} exports into a store: {middle - start:.2f} s; "
        f"combined report from the store: {end - middle:.2f} s"
    )


if __name__ == "__main__":
    main()
