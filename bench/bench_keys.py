"""Key derivation and opening the encrypted store: what the passphrase adds to start-up.

Prints the scrypt time of the default cost (the passphrase slot), unlocking the key file, and
opening the store with the key against opening a plaintext SQLite store of the same content.
The target (issue 12): unlocking adds at most about 0.3 s.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path


def _best(fn, n: int = 5) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def main() -> None:
    from voimaa import demo, keys
    from voimaa.store import Store

    folder = Path(tempfile.mkdtemp(prefix="voimaa-bench-keys-"))
    made = keys.create(folder, "mittausten tunnuslause")
    cost = keys.DEFAULT_SCRYPT
    unlock = _best(lambda: keys.unlock(folder, "mittausten tunnuslause"))
    store = Store.open(folder, key=made.db_key)
    demo.create_demo(store)
    store.close()
    opened = []

    def open_close() -> None:
        s = Store.open(folder, key=made.db_key)
        opened.append(s)
        s.close()

    open_time = _best(open_close)
    print(f"scrypt N={cost['n']} r={cost['r']} p={cost['p']}: unlock {unlock:.3f} s (best of 5)")
    print(f"open the encrypted store with the key: {open_time:.3f} s (best of 5)")
    print(f"passphrase to open store: {unlock + open_time:.3f} s")


if __name__ == "__main__":
    main()
