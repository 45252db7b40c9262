"""Shared fixtures: every test gets a fresh store in a temporary folder; Qt work is synchronous.

Migrating a new store and building the demo group cost more than most tests themselves, so each
is done once per test session into a template file, and every test gets its own *copy* of the
template: a test that writes changes only its copy, and no two tests share a database.
"""

from __future__ import annotations

import contextlib
import io
import shutil
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

from voimaa.keys import KDF_COST_ENV, KEY_FILENAME, PASSPHRASE_FILE_ENV
from voimaa.store import DB_FILENAME, Store, sqlite_backup

TODAY = date(2026, 11, 23)
# Every store of the suite is encrypted; its key file is opened with this passphrase (read from
# a VOIMAA_PASSPHRASE_FILE, as an unattended start does) and made with a cheap scrypt cost.
TEST_PASSPHRASE = "testin tunnuslause ei ole salaisuus"


@pytest.fixture(scope="session")
def passphrase_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("passphrase") / "tunnuslause.txt"
    path.write_text(TEST_PASSPHRASE + "\n", encoding="utf-8")
    path.chmod(0o600)
    return path


@pytest.fixture(autouse=True)
def _isolated_data_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, passphrase_file: Path
) -> Path:
    """No test ever touches the user's real data folder."""
    data = tmp_path / "data"
    monkeypatch.setenv("VOIMAA_DATA_DIR", str(data))
    monkeypatch.setenv(PASSPHRASE_FILE_ENV, str(passphrase_file))
    monkeypatch.setenv(KDF_COST_ENV, "test")
    return data


@contextlib.contextmanager
def _isolated_session_setup(folder: Path) -> Iterator[None]:
    """Session-wide set-up also keeps away from the user's data folder."""
    passphrase = folder / "tunnuslause.txt"
    passphrase.write_text(TEST_PASSPHRASE + "\n", encoding="utf-8")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("VOIMAA_DATA_DIR", str(folder / "data"))
        mp.setenv(PASSPHRASE_FILE_ENV, str(passphrase))
        mp.setenv(KDF_COST_ENV, "test")
        yield


@pytest.fixture(scope="session")
def _empty_store_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store migrated to the newest revision, closed: the template of every new store."""
    folder = tmp_path_factory.mktemp("template-empty")
    with _isolated_session_setup(folder):
        template = Store.open(folder / "store")
        template.close()
    return template.path


@pytest.fixture(scope="session")
def _demo_store_file(tmp_path_factory: pytest.TempPathFactory, _empty_store_file: Path) -> Path:
    """A migrated store holding the finished demo group (dates relative to TODAY), closed."""
    from voimaa import demo

    folder = tmp_path_factory.mktemp("template-demo")
    with _isolated_session_setup(folder):
        template = _store_from(_empty_store_file, folder / "store")
        demo.create_demo(template, today=TODAY)
        template.close()
    return template.path


@pytest.fixture(scope="session")
def generated_store_files(
    tmp_path_factory: pytest.TempPathFactory, _demo_store_file: Path
) -> dict[int, Path]:
    """Closed stores holding the demo group and 5 or 50 generated groups (bench's generator),
    made once: the statement-count tests compare the same work in both. Open copies of them."""
    from bench.store_generator import populate

    made = {}
    for n in (5, 50):
        folder = tmp_path_factory.mktemp(f"template-groups-{n}")
        with _isolated_session_setup(folder):
            template = _store_from(_demo_store_file, folder / "store")
            populate(template, n, seed=n)
            template.close()
        made[n] = template.path
    return made


def _store_from(template: Path, folder: Path) -> Store:
    """Open a private copy of a template store in `folder`.

    The template was migrated to the head revision in this session, so the copy needs no
    migration check.
    """
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(template, folder / DB_FILENAME)
    shutil.copyfile(template.with_name(KEY_FILENAME), folder / KEY_FILENAME)
    return Store.open(folder, migrate=False)


@pytest.fixture
def new_store(
    _empty_store_file: Path,
) -> Iterator[Callable[[Path], Store]]:
    """Open a fresh, migrated store in a given folder (a copy of the template); closed at the end.

    For tests that need a second store beside `store`, e.g. a coordinator's.
    """
    opened: list[Store] = []

    def make(folder: Path) -> Store:
        s = _store_from(_empty_store_file, folder)
        opened.append(s)
        return s

    yield make
    for s in opened:
        s.close()


@pytest.fixture
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """A fresh store; it already holds the demo group when the test also asks for `demo_store`.

    (`demo_store` is this same store, as before: a test asking for both gets one store.)
    """
    name = "_demo_store_file" if "demo_store" in request.fixturenames else "_empty_store_file"
    template: Path = request.getfixturevalue(name)
    s = _store_from(template, tmp_path / "store")
    yield s
    s.close()


@pytest.fixture
def demo_store(store: Store) -> Store:
    """A store holding the finished demo group (dates relative to TODAY)."""
    return store


@pytest.fixture
def demo_group_id(demo_store: Store):  # type: ignore[no-untyped-def]
    from voimaa import demo, groups

    return groups.resolve_group(demo_store, demo.DEMO_GROUP_NAME)


@pytest.fixture(scope="session")
def _cli_data_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder holding the demo group, made once through the command line."""
    from voimaa.cli import main

    folder = tmp_path_factory.mktemp("template-cli")
    made = folder / "made"
    out, err = io.StringIO(), io.StringIO()
    with (
        _isolated_session_setup(folder),
        contextlib.redirect_stdout(out),
        contextlib.redirect_stderr(err),
    ):
        code = main(["--data-dir", str(made), "demo"])
    assert code == 0, err.getvalue()
    # The command leaves its store to the garbage collector: copy the database consistently
    # (WAL included) with SQLite's backup API, and anything else in the folder as it is.
    template = folder / "cli"
    shutil.copytree(made, template, ignore=shutil.ignore_patterns(f"{DB_FILENAME}*"))
    with _isolated_session_setup(folder):
        key = Store.open(made).key  # the key file of `made`, opened with the test passphrase
    sqlite_backup(made / DB_FILENAME, template / DB_FILENAME, key=key)
    return template


@pytest.fixture
def data(tmp_path: Path, _cli_data_template: Path) -> str:
    """A data folder holding the demo group, made through the command line (a private copy)."""
    folder = tmp_path / "cli"
    shutil.copytree(_cli_data_template, folder)
    return str(folder)
