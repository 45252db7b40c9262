"""The command line: help, exit codes, Finnish messages, groups and demo."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_support import run
from voimaa import demo


def test_help_is_finnish(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--help")
    assert code == 0
    assert "käyttö: voimaa" in out
    assert "--data-dir" in out
    for command in ("groups", "demo", "export"):
        assert command in out
    assert "show this help" not in out


def test_demo_then_groups_lists_the_demo_group(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = str(tmp_path / "cli")
    code, out, err = run(capsys, "--data-dir", data, "demo")
    assert (code, err) == (0, "")
    assert "Esimerkkiryhmä lisätty" in out
    code, out, err = run(capsys, "--data-dir", data, "groups")
    assert (code, err) == (0, "")
    header, *rows = out.strip().splitlines()
    assert header.split("\t") == [
        "id",
        "nimi",
        "paikkakunta",
        "alkupäivä",
        "aktiivisia osallistujia",
    ]
    assert len(rows) == 1
    group_id, name, place, start, active = rows[0].split("\t")
    assert (name, place, active) == (demo.DEMO_GROUP_NAME, "Juva", "6")
    assert start.count(".") == 2
    code, out, _ = run(capsys, "--data-dir", data, "demo")
    assert code == 0 and "on jo olemassa" in out and group_id in out


def test_data_dir_comes_from_the_environment(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VOIMAA_DATA_DIR", str(tmp_path / "env"))
    assert run(capsys, "demo")[0] == 0
    assert (tmp_path / "env" / "voimaa.sqlite3").exists()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["bogus"], "tuntematon valinta 'bogus'"),
        (["export"], "nämä puuttuvat"),
        (["groups", "--nope"], "tuntemattomia argumentteja: --nope"),
    ],
)
def test_bad_input_exits_2_with_one_finnish_line(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    code, _out, err = run(capsys, *argv)
    assert code == 2
    assert message in err
    assert "Traceback" not in err


def test_unknown_group_exits_2_without_traceback(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from voimaa.cli._common import group_id, open_store

    class Args:
        data_dir = str(tmp_path / "x")
        group = "Ei tällaista ryhmää"

    from voimaa.errors import NotFoundError

    with pytest.raises(NotFoundError, match="ei löydy"):
        group_id(open_store(Args()), Args())  # type: ignore[arg-type]


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    from voimaa import __version__

    code, out, _ = run(capsys, "--version")
    assert code == 0 and __version__ in out


def test_python_dash_m_runs_the_same_entry_point(tmp_path: Path) -> None:
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "voimaa", "--data-dir", str(tmp_path / "m"), "groups"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("id\tnimi")
