"""The command line under faults and bad input: exit 2 and ONE Finnish line (issue 10,
points 6, 8 and 9); exit codes stay 0 / 2 / 1."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from tests.cli_support import run
from voimaa import keys
from voimaa import store as store_module
from voimaa.export import files

ENGLISH = ("Errno", "Traceback", "OSError", "No such", "Permission denied", "Is a directory")


def _one_finnish_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert not any(word in lines[0] for word in ENGLISH), err
    return lines[0]


@pytest.mark.parametrize(
    "argv",
    [
        ("groupz",),
        ("export",),
        ("export", "attendance"),
        ("--data-dir",),
        ("export", "attendance", "--group", "x", "-o", "a.pdf", "--nope"),
    ],
)
def test_argument_errors_are_one_line(
    capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]
) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    line = _one_finnish_line(err)
    assert "virhe" in line and "--help" in line


def test_an_empty_data_dir_is_bad_input(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _out, err = run(capsys, "--data-dir", "", "groups")
    assert code == 2
    assert "--data-dir" in _one_finnish_line(err)


def test_a_file_as_data_dir_is_bad_input(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    plain = tmp_path / "tiedosto"
    plain.write_text("x")
    code, _out, err = run(capsys, "--data-dir", str(plain), "groups")
    assert code == 2
    _one_finnish_line(err)


@pytest.mark.parametrize("kind", ["directory", "long", "not-utf8", "missing-folder"])
def test_bad_output_names_are_exit_2_and_one_line(
    capsys: pytest.CaptureFixture[str], data: str, tmp_path: Path, kind: str
) -> None:
    if kind == "directory":
        (tmp_path / "kansio.xlsx").mkdir()
        target = str(tmp_path / "kansio.xlsx")
    elif kind == "long":
        target = str(tmp_path / ("a" * 300 + ".xlsx"))
    elif kind == "not-utf8":
        target = str(tmp_path) + "/" + os.fsdecode(b"lasnaolo-\xff.xlsx")
    else:
        target = str(tmp_path / "ei-ole" / "a.xlsx")
    before = sorted(p.name for p in tmp_path.iterdir())
    code, _out, err = run(
        capsys,
        "--data-dir",
        data,
        "export",
        "attendance",
        "--group",
        "Juvan Voimaa-ryhmä (esimerkki)",
        "-o",
        target,
    )
    assert code == 2, err
    _one_finnish_line(err)
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_a_full_disk_during_an_export_is_exit_2(
    capsys: pytest.CaptureFixture[str], data: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", full)
    target = tmp_path / "lasnaolo.pdf"
    code, _out, err = run(
        capsys, "--data-dir", data, "export", "attendance",
        "--group", "Juvan Voimaa-ryhmä (esimerkki)", "-o", str(target),
    )  # fmt: skip
    assert code == 2
    assert _one_finnish_line(err).startswith("voimaa: Levy on täynnä")
    assert not target.exists()


def test_a_locked_store_is_exit_2_and_moves_nothing(
    capsys: pytest.CaptureFixture[str], data: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_MS", 200)
    path = Path(data) / store_module.DB_FILENAME
    key, _ = keys.unattended_key(path.parent)
    holder = store_module.connect(path, key)
    holder.isolation_level = None
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute('UPDATE "group" SET notes = notes')
    try:
        code, _out, err = run(capsys, "--data-dir", data, "groups")
    finally:
        holder.rollback()
        holder.close()
    assert code == 2
    assert "toisen ohjelman käytössä" in _one_finnish_line(err)
    assert not [p for p in Path(data).iterdir() if "vioittunut" in p.name]
    code, out, _err = run(capsys, "--data-dir", data, "groups")
    assert code == 0 and "Juvan Voimaa-ryhmä" in out


def test_an_unexpected_os_fault_elsewhere_is_still_one_finnish_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from voimaa import groups

    def full(*_args: object, **_kw: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(groups, "list_groups", full)
    code, _out, err = run(capsys, "--data-dir", str(tmp_path / "d"), "groups")
    assert code == 2
    assert "Levy on täynnä" in _one_finnish_line(err)


def test_restore_puts_the_newest_backup_back(capsys: pytest.CaptureFixture[str], data: str) -> None:
    s = store_module.Store.open(data)
    s.backup(reason="testi")
    s.close()
    (Path(data) / store_module.DB_FILENAME).write_bytes(b"broken" * 1000)
    code, _out, err = run(capsys, "--data-dir", data, "groups")
    assert code == 0 and "voimaa restore" in err
    code, out, _err = run(capsys, "--data-dir", data, "restore", "--list")
    assert code == 0 and "testi" in out
    code, out, _err = run(capsys, "--data-dir", data, "restore")
    assert code == 0 and "Palautettu" in out
    code, out, _err = run(capsys, "--data-dir", data, "groups")
    assert code == 0 and "Juvan Voimaa-ryhmä" in out
