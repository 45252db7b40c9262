"""Entry point of the frozen `voimaa-cli` executable: the same commands as `voimaa`."""

from voimaa.cli import main

raise SystemExit(main())
