"""What encryption costs the everyday work: the same workload on the encrypted demo store and on
a plaintext copy of it opened as an earlier Voimaa did, through the standard library's sqlite3
(one process, rounds interleaved in alternating order so that the machine's load falls on both
alike). The target (issue 12): at most 10 % slower. (The two use different SQLite builds: the
standard library's and the one inside sqlcipher3; that is the real before/after.)

Workload of one round: the attendance grid and the group report of the demo group (reads), and
ten attendance marks set and cleared (writes, each its own transaction).
"""

from __future__ import annotations

import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

TODAY = date(2026, 11, 23)
ROUNDS = 15


def main() -> None:
    from voimaa import attendance, demo, reports, roster
    from voimaa.models import AttendanceStatus
    from voimaa.program import get_program
    from voimaa.store import DB_FILENAME, Store, sqlite_backup

    folder = Path(tempfile.mkdtemp(prefix="voimaa-bench-enc-"))
    encrypted = Store.open(folder / "salattu")
    group_id, _ = demo.create_demo(encrypted, today=TODAY)
    plain_dir = folder / "selva"
    plain_dir.mkdir()
    sqlite_backup(encrypted.path, plain_dir / DB_FILENAME, key=None, source_key=encrypted.key)
    plain = Store.open(plain_dir)  # an earlier Voimaa's plaintext store is opened as it is
    assert plain.key is None and encrypted.key is not None

    def workload(store: Store) -> float:
        people = roster.list_participants(store, group_id)
        sessions = get_program(store, group_id).sessions
        t0 = time.perf_counter()
        attendance.attendance_table(store, group_id, today=TODAY)
        reports.group_report(store, group_id, today=TODAY)
        for p in people[:5]:
            for status in (AttendanceStatus.ABSENT, None):
                attendance.set_mark(store, p.id, sessions[0].id, status, today=TODAY)
        return time.perf_counter() - t0

    times: dict[str, list[float]] = {"plaintext": [], "encrypted": []}
    stores = {"plaintext": plain, "encrypted": encrypted}
    for i in range(ROUNDS):
        for name in ("plaintext", "encrypted") if i % 2 else ("encrypted", "plaintext"):
            times[name].append(workload(stores[name]))
    med = {k: statistics.median(v) * 1000 for k, v in times.items()}
    print(f"plaintext {med['plaintext']:.1f} ms, encrypted {med['encrypted']:.1f} ms (median)")
    print(f"ratio encrypted/plaintext: {med['encrypted'] / med['plaintext']:.3f}")
    plain.close()
    encrypted.close()


if __name__ == "__main__":
    main()
