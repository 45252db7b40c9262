"""The data folder's location: a warning inside a cloud-sync folder or on a network drive."""

from __future__ import annotations

from pathlib import Path

import pytest

from voimaa import location


def test_a_cloud_sync_folder_is_warned_about(tmp_path: Path) -> None:
    for name in ("OneDrive", "OneDrive - Hyvinvointialue", "Dropbox", "Google Drive"):
        folder = tmp_path / name / "Voimaa"
        [warning] = location.warnings(folder)
        assert "pilvipalvelun" in warning and name in warning
    assert location.warnings(tmp_path / "Tiedostot" / "Voimaa") == []
    assert location.cloud_folder(tmp_path / "Megatiedostot") is None  # not a prefix match


@pytest.mark.skipif(not Path("/proc/mounts").exists(), reason="Linux mounts")
def test_a_network_mount_is_warned_about(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    mounts = f"server:/share {tmp_path} nfs4 rw 0 0\n/dev/sda1 / ext4 rw 0 0\n"
    real_read = Path.read_text

    def fake(self: Path, *args: object, **kw: object) -> str:
        if str(self) == "/proc/mounts":
            return mounts
        return real_read(self, *args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "read_text", fake)
    [warning] = location.warnings(tmp_path / "Voimaa")
    assert "verkkolevyllä" in warning
    mounts = "/dev/sda1 / ext4 rw 0 0\n"
    assert location.warnings(tmp_path / "Voimaa") == []
