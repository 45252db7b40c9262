"""`python -m voimaa` runs the same entry point as the `voimaa` command."""

from voimaa.cli import main

raise SystemExit(main())
