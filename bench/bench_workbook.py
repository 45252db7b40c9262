"""Exporting the whole workbook (cover, contents, eight chapters) must take well under 2 s."""

from __future__ import annotations

import tempfile
import time
from datetime import date
from datetime import time as clock
from pathlib import Path

TARGET_SECONDS = 2.0


def main() -> None:
    from voimaa import groups, program, workbook
    from voimaa.export.workbook_pdf import write_workbook
    from voimaa.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        store = Store.open(folder / "store")
        try:
            gid = groups.create_group(
                store,
                groups.NewGroup(
                    name="Mikkelin kevään ryhmä",
                    place="Mikkeli",
                    start_date=date(2027, 3, 2),
                    start_time=clock(13, 0),
                    leaders=(groups.LeaderSpec("Sanna Ohjaaja"), groups.LeaderSpec("Ville K")),
                ),
            ).id
            view = program.get_program(store, gid)
            chapters = workbook.chapters()
            warm = workbook.Printout(chapters[:1], view, handout=True)
            write_workbook(folder / "warm.pdf", warm)  # fonts registered once

            runs = []
            for i in range(3):
                start = time.perf_counter()
                write_workbook(folder / f"book{i}.pdf", workbook.Printout(chapters, view))
                runs.append(time.perf_counter() - start)
            start = time.perf_counter()
            write_workbook(
                folder / "chapter.pdf", workbook.Printout(chapters[4:5], view, handout=True)
            )
            chapter_time = time.perf_counter() - start
        finally:
            store.close()
    best, worst = min(runs), max(runs)
    verdict = "OK" if worst < TARGET_SECONDS else "TOO SLOW"
    print(f"whole workbook PDF: best {best:.3f} s, worst {worst:.3f} s (target < 2 s) {verdict}")
    print(f"one chapter handout: {chapter_time:.3f} s")


if __name__ == "__main__":
    main()
