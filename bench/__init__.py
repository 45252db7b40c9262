"""Benchmarks for the speed targets of the issues. Run all with `make bench`.

The store is encrypted: unless $VOIMAA_PASSPHRASE_FILE is set, a passphrase file is made here
(in a temporary folder) so that every benchmark opens its store unattended, with the real
scrypt cost of the key file (bench_keys.py measures it on its own).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

if not os.environ.get("VOIMAA_PASSPHRASE_FILE"):
    _file = Path(tempfile.mkdtemp(prefix="voimaa-bench-")) / "tunnuslause.txt"
    _file.write_text("mittausten tunnuslause\n", encoding="utf-8")
    os.environ["VOIMAA_PASSPHRASE_FILE"] = str(_file)
