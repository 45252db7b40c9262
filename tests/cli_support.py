"""Running the `voimaa` command in-process for tests: exit code, stdout and stderr."""

from __future__ import annotations

import pytest

from voimaa.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run `voimaa ARGV...`; argparse's own exits (--help, usage errors) count as exit codes."""
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err
