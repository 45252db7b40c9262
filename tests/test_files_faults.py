"""Files written under faults: private temporary files with no personal data in their names,
left-overs removed, one Finnish error for every OS fault, nothing half-written (issue 10,
points 7–8)."""

from __future__ import annotations

import errno
import os
import stat
import sys
from pathlib import Path

import pytest

from voimaa.errors import ValidationError, VoimaaError
from voimaa.export import files, jobs
from voimaa.store import Store

FULL = OSError(errno.ENOSPC, "No space left on device")


def test_temporary_files_are_private_and_never_carry_the_target_name(tmp_path: Path) -> None:
    seen: list[Path] = []

    def write(tmp: Path) -> None:
        seen.append(tmp)
        if sys.platform != "win32":
            assert stat.S_IMODE(tmp.stat().st_mode) == 0o600
        tmp.write_bytes(b"content")

    target = tmp_path / "lasnaolo-Kokeilija.xlsx"
    files.atomic_write(target, write)
    (tmp,) = seen
    assert tmp.parent == tmp_path
    assert tmp.name.startswith(files.TEMP_PREFIX) and tmp.name.endswith(files.TEMP_SUFFIX)
    assert "Kokeilija" not in tmp.name and "lasnaolo" not in tmp.name
    assert target.read_bytes() == b"content"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_leftovers_of_a_killed_export_go_on_the_next_export_into_the_folder(
    tmp_path: Path,
) -> None:
    leftover = tmp_path / f"{files.TEMP_PREFIX}0123456789ab{files.TEMP_SUFFIX}"
    leftover.write_bytes(b"half of a workbook with names")
    other = tmp_path / "oma-tiedosto.tmp"  # not ours: kept
    other.write_bytes(b"x")
    files.atomic_write(tmp_path / "uusi.pdf", lambda tmp: tmp.write_bytes(b"%PDF"))
    assert not leftover.exists()
    assert other.exists()
    assert files.remove_leftovers(tmp_path) == []


@pytest.mark.skipif(sys.platform == "win32", reason="the liveness lock is POSIX")
def test_a_live_export_in_the_same_folder_is_not_disturbed(tmp_path: Path) -> None:
    def write(tmp: Path) -> None:
        assert files.remove_leftovers(tmp_path) == []  # another export starting meanwhile
        tmp.write_bytes(b"ok")

    assert files.atomic_write(tmp_path / "a.pdf", write).read_bytes() == b"ok"


@pytest.mark.parametrize("where", ["write", "fsync", "replace"])
def test_a_full_disk_during_an_export_says_so_and_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    target = tmp_path / "raportti.pdf"
    target.write_bytes(b"previous complete file")

    def write(tmp: Path) -> None:
        tmp.write_bytes(b"half")
        if where == "write":
            raise FULL

    def fail(*_args: object) -> None:
        raise FULL

    if where != "write":
        monkeypatch.setattr(files.os, where, fail)
    with pytest.raises(VoimaaError, match=r"^Levy on täynnä"):
        files.atomic_write(target, write)
    assert target.read_bytes() == b"previous complete file"
    assert [p.name for p in tmp_path.iterdir()] == ["raportti.pdf"]


def test_a_directory_as_the_target_is_refused(tmp_path: Path) -> None:
    (tmp_path / "kansio.pdf").mkdir()
    with pytest.raises(ValidationError, match="on kansio"):
        files.atomic_write(tmp_path / "kansio.pdf", lambda tmp: tmp.write_bytes(b"x"))
    assert (tmp_path / "kansio.pdf").is_dir()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kansio.pdf"]


def test_a_name_too_long_is_refused_before_writing(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="liian pitkä"):
        files.atomic_write(tmp_path / ("a" * 300 + ".pdf"), lambda tmp: tmp.write_bytes(b"x"))
    assert list(tmp_path.iterdir()) == []


def test_a_name_that_is_not_utf8_is_refused(tmp_path: Path) -> None:
    name = os.fsdecode(b"lasnaolo-\xff.pdf")  # a surrogate-escaped byte from the command line
    with pytest.raises(ValidationError, match="UTF-8"):
        files.atomic_write(tmp_path / name, lambda tmp: tmp.write_bytes(b"x"))
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("code", "message"),
    [
        (errno.EACCES, "ei voi kirjoittaa"),
        (errno.EROFS, "ei voi kirjoittaa"),
        (errno.ENAMETOOLONG, "liian pitkä"),
        (errno.EIO, "Levyvirhe"),
        (errno.EDQUOT, "Levy on täynnä"),
        (errno.EINVAL, "ei voitu tallentaa"),
    ],
)
def test_every_os_fault_is_one_finnish_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, message: str
) -> None:
    real_open = os.open

    def refuse(path: str | os.PathLike[str], *args: object, **kw: object) -> int:
        if files.TEMP_PREFIX in os.fspath(path):
            raise OSError(code, os.strerror(code))
        return real_open(path, *args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(files.os, "open", refuse)
    with pytest.raises(VoimaaError, match=message) as caught:
        files.atomic_write(tmp_path / "x.pdf", lambda tmp: tmp.write_bytes(b"x"))
    assert "\n" not in str(caught.value)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="needs POSIX non-root")
def test_a_read_only_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(ValidationError, match="ei voi kirjoittaa"):
            files.atomic_write(folder / "x.pdf", lambda tmp: tmp.write_bytes(b"x"))
    finally:
        folder.chmod(0o755)


def test_a_full_disk_during_a_real_export_leaves_nothing_and_logs_nothing(
    demo_store: Store, demo_group_id, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from voimaa import audit

    before = len(audit.list_events(demo_store))
    out = tmp_path / "out"
    out.mkdir()

    def full(_fd: int) -> None:
        raise FULL

    monkeypatch.setattr(files.os, "fsync", full)
    with pytest.raises(VoimaaError, match="Levy on täynnä"):
        jobs.export_attendance(demo_store, demo_group_id, out / "lasnaolo.xlsx")
    assert list(out.iterdir()) == []
    assert len(audit.list_events(demo_store)) == before
