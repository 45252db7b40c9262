"""Automatic backups: rotation (7 daily, 4 weekly, 12 monthly), the daily backup after changes,
restore that keeps older backups and checks the copy first, copies from elsewhere with their own
key, and the CLI's passphrase prompt and restore."""

from __future__ import annotations

import contextlib
import io
import os
import shutil
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from tests.conftest import TEST_PASSPHRASE
from voimaa import backups, groups, keys, safekeeping
from voimaa.cli import main
from voimaa.errors import StoreError
from voimaa.store import Store, connect


def test_rotation_keeps_7_daily_4_weekly_and_12_monthly() -> None:
    now = datetime(2026, 12, 2, 12, 0)
    # two backups a day for 500 days
    when = sorted(
        (now - timedelta(hours=12 * i) for i in range(1000)),
        reverse=True,
    )
    kept = sorted((when[i] for i in backups.to_keep(when)), reverse=True)
    days = {d.date() for d in kept}
    assert {(now - timedelta(days=i)).date() for i in range(7)} <= days
    weeks = {d.isocalendar()[:2] for d in kept}
    assert len(weeks) >= 4
    months = {(d.year, d.month) for d in kept}
    assert len(months) == 12
    assert when[0] in kept and len(kept) <= 2 + 7 + 4 + 12
    assert min(kept) > now - timedelta(days=366)


def test_rotation_removes_backups_and_their_key_files(store: Store) -> None:
    folder = store.backup_dir
    made = []
    for i in range(40):
        at = datetime(2026, 12, 1) - timedelta(days=i)
        p = store.backup(folder / f"voimaa-{at:%Y%m%d-%H%M%S}-000000-vanha.sqlite3")
        made.append(p)
    removed = backups.rotate(folder)
    assert removed and all(not p.exists() for p in removed)
    assert all(not backups.key_file_of(p).exists() for p in removed)
    left = backups.automatic_backups(folder)
    assert len(left) == len(made) - len(removed) and made[0] in [p for _, p in left]


def test_the_daily_backup_is_made_once_a_day_and_only_after_changes(store: Store) -> None:
    first = safekeeping.daily_backup(store)
    assert first is not None and first.exists()
    groups.create_group(store, groups.NewGroup(name="Muutos"))
    assert safekeeping.daily_backup(store) is None  # one a day
    tomorrow = datetime.now() + timedelta(days=1)
    second = safekeeping.daily_backup(store, now=tomorrow)
    assert second is not None and second != first
    later = tomorrow + timedelta(days=1)
    for p in (store.path, store.path.with_name(store.path.name + "-wal")):
        with contextlib.suppress(OSError):
            os.utime(p, (1, 1))  # nothing changed since that backup
    assert safekeeping.daily_backup(store, now=later) is None


def test_a_restore_checks_the_copy_first_and_never_rotates(store: Store, tmp_path: Path) -> None:
    groups.create_group(store, groups.NewGroup(name="Vanha"))
    good = store.backup(reason="hyva")
    truncated = tmp_path / "vajaa.sqlite3"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 3])
    before = sorted(p.name for p in store.backup_dir.iterdir())
    groups.create_group(store, groups.NewGroup(name="Uusi"))
    with pytest.raises(StoreError, match="vajaa tai vioittunut"):
        store.restore(truncated)
    assert sorted(g.name for g in groups.list_groups(store)) == ["Uusi", "Vanha"]
    # a backup made by a newer Voimaa
    newer = tmp_path / "uudempi.sqlite3"
    shutil.copyfile(good, newer)
    with contextlib.closing(connect(newer, store.key)) as c:
        c.execute("UPDATE alembic_version SET version_num = 'ffffffffffff'")
        c.commit()
    with pytest.raises(StoreError, match="uudemmalla Voimaan versiolla"):
        store.restore(newer)
    assert sorted(g.name for g in groups.list_groups(store)) == ["Uusi", "Vanha"]
    assert sorted(p.name for p in store.backup_dir.iterdir()) == before
    store.restore(good)
    assert [g.name for g in groups.list_groups(store)] == ["Vanha"]
    assert sorted(p.name for p in store.backup_dir.iterdir()) == before


def test_a_copy_from_another_computer_is_restored_with_its_own_passphrase(
    store: Store, new_store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    other_folder = tmp_path / "toinen-kone"
    other_folder.mkdir()
    made = keys.create(other_folder, "toisen koneen tunnuslause")
    other = Store.open(other_folder, key=made.db_key)
    groups.create_group(other, groups.NewGroup(name="Toiselta koneelta"))
    usb = other.backup(tmp_path / "usb" / "kopio.sqlite3")
    other.close()
    assert other.key != store.key
    with pytest.raises(StoreError):
        store.restore(usb)  # this store's key does not open it
    with pytest.raises(keys.WrongSecret):
        safekeeping.copy_key(usb, TEST_PASSPHRASE, recovery=False)
    key = safekeeping.copy_key(usb, made.recovery_key, recovery=True)
    store.restore(usb, key=key)
    assert [g.name for g in groups.list_groups(store)] == ["Toiselta koneelta"]
    store.close()
    reopened = Store.open(store.data_dir)  # re-encrypted with this store's own key
    assert [g.name for g in groups.list_groups(reopened)] == ["Toiselta koneelta"]
    reopened.close()


def test_summaries_name_the_groups_and_participants(demo_store: Store) -> None:
    demo_store.backup(reason="testi")
    [summary] = safekeeping.list_summaries(demo_store)
    assert (summary.groups, summary.participants) == (1, 7)


# -- the command line ---------------------------------------------------------------------------


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


def test_the_cli_asks_the_passphrase_with_getpass_and_sets_one_on_a_first_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import getpass

    monkeypatch.delenv(keys.PASSPHRASE_FILE_ENV)
    answers = iter(["lyhyt", "kaksi koiraa ja kissa", "kaksi koiraa ja kissa"])
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": next(answers))
    folder = tmp_path / "uusi"
    code, _out, err = _run("--data-dir", str(folder), "groups")
    assert code == 0, err
    assert "liian lyhyt" in err and "Palautusavain" in err
    assert keys.has_key_file(folder)
    answers = iter(["väärä tunnuslause", "kaksi koiraa ja kissa"])
    code, _out, err = _run("--data-dir", str(folder), "groups")
    assert code == 0 and "Tunnuslause on väärä" in err
    answers = iter(["kaksi koiraa ja kissa", "uusi hyvä tunnuslause", "uusi hyvä tunnuslause"])
    code, _out, err = _run("--data-dir", str(folder), "passphrase")
    assert code == 0, err
    assert keys.unlock(folder, "uusi hyvä tunnuslause")
    keys.key_path(folder).unlink()  # lost: the copy beside the newest backup has the new one
    assert keys.unlock(folder, "uusi hyvä tunnuslause")


def test_the_cli_restore_lists_summaries(data: str) -> None:
    s = Store.open(data)
    s.backup(reason="testi")
    s.close()
    code, out, err = _run("--data-dir", data, "restore", "--list")
    assert code == 0, err
    assert "ryhmiä 1, osallistujia 7" in out


def test_a_full_disk_during_an_automatic_backup_keeps_the_older_ones(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    from voimaa import store as store_module

    groups.create_group(store, groups.NewGroup(name="Vanha"))
    older = [store.backup(reason="eka"), store.backup(reason="toka")]
    before = {p: p.read_bytes() for p in older}

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(store_module.os, "fsync", full)
    with pytest.raises(StoreError, match="Levy on täynnä"):
        store.backup(reason="kolmas")
    monkeypatch.undo()
    assert {p: p.read_bytes() for p in older} == before
    names = sorted(p.name for p in store.backup_dir.iterdir())
    assert not [n for n in names if n.endswith(".tmp") or "kolmas" in n], names


def test_the_recovery_key_sheet_is_one_page_with_the_key(tmp_path: Path) -> None:
    from pypdf import PdfReader

    from voimaa.export import jobs

    key = keys.new_recovery_key()
    pdf = jobs.export_recovery_key(tmp_path / "palautusavain.pdf", key, tmp_path)
    reader = PdfReader(pdf)
    text = reader.pages[0].extract_text()
    assert len(reader.pages) == 1
    assert "Palautusavain" in text and key in text.replace(" ", "")


@pytest.mark.parametrize("key", ["WWWWW-MMMMM-WWWWW-MMMMM-WWWWW", "11111-11111-11111-11111-11111"])
def test_the_recovery_key_never_breaks_over_two_lines(tmp_path: Path, key: str) -> None:
    """Also the widest possible key is printed on one line, as large as fits (≤ 24 pt)."""
    from pypdf import PdfReader

    from voimaa.export import jobs
    from voimaa.export.recovery_key_pdf import key_font_size

    pdf = jobs.export_recovery_key(tmp_path / "palautusavain.pdf", key, tmp_path)
    lines = PdfReader(pdf).pages[0].extract_text().splitlines()
    assert any(key in line.replace(" ", "") for line in lines)
    assert 14 <= key_font_size(key) <= 24
    if os.name == "posix":
        assert pdf.stat().st_mode & 0o777 == 0o600
