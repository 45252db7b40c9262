"""Smoke test of the frozen build (dist/Voimaa): the CLI end to end, bad inputs compared with
the venv's CLI, and the GUI started offscreen in Finnish and Swedish.

    python packaging/smoke_test.py [--bundle dist/Voimaa]

Run it with the interpreter of the environment the bundle was built from: the venv CLI it
compares against is ``sys.executable -m voimaa``. Exits 0 only when every check passed; the last
line reads "smoke: N passed, N failed". Works on Linux and Windows.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXE = ".exe" if sys.platform == "win32" else ""
GUI_NAME = "Voimaa"
CLI_NAME = "voimaa-cli"
TIMEOUT = 180

# Bad inputs: each runs in a folder whose store already has the demo group, through both CLIs.
BAD_INPUTS: tuple[tuple[str, ...], ...] = (
    ("export", "workbook", "--chapter", "99", "-o", "out.pdf"),
    ("export", "coordinator", "--group", "ei-tällaista-ryhmää", "-o", "out.zip"),
    ("aggregate", "-o", "yhteenveto.xlsx", "puuttuu.zip"),
    ("export", "nosuchkind", "-o", "out.pdf"),
    ("nosuchcommand",),
    ("export", "workbook"),
)


@dataclass
class Result:
    code: int
    out: str
    err: str


class Checks:
    def __init__(self) -> None:
        self.passed = 0
        self.failed: list[str] = []

    def check(self, ok: bool, what: str, detail: str = "") -> bool:
        if ok:
            self.passed += 1
            print(f"ok    {what}")
        else:
            self.failed.append(what)
            print(f"FAIL  {what}\n      {detail}".rstrip())
        return ok


PASSPHRASE_FILE: Path | None = None


def run(cmd: Sequence[str], cwd: Path, env: dict[str, str] | None = None) -> Result:
    full_env = {**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})}
    full_env.pop("VOIMAA_DATA_DIR", None)
    if PASSPHRASE_FILE is not None:  # the store is encrypted: an unattended start
        full_env["VOIMAA_PASSPHRASE_FILE"] = str(PASSPHRASE_FILE)
    proc = subprocess.run(
        list(cmd),
        cwd=cwd,
        env=full_env,
        capture_output=True,
        timeout=TIMEOUT,
        encoding="utf-8",
        errors="replace",
    )
    return Result(proc.returncode, proc.stdout, proc.stderr)


def _message(result: Result) -> str:
    """The CLI's own message lines: stderr without Python/Qt start-up noise."""
    lines = [ln.rstrip() for ln in result.err.splitlines()]
    return "\n".join(ln for ln in lines if ln and not ln.startswith(("INFO ", "DEBUG ")))


def cli_end_to_end(c: Checks, cli: Path, work: Path) -> None:
    data = ["--data-dir", "data"]
    r = run([str(cli), *data, "demo"], work)
    c.check(r.code == 0 and "Juva" in r.out, "voimaa-cli demo", r.err)
    db = work / "data" / "voimaa.sqlite3"
    c.check(
        db.is_file() and not db.read_bytes().startswith(b"SQLite format 3\x00"),
        "the frozen program's store is encrypted (SQLCipher)",
    )
    r = run([str(cli), *data, "groups"], work)
    rows = [ln.split("\t") for ln in r.out.splitlines()[1:] if ln.strip()]
    c.check(r.code == 0 and len(rows) == 1, "voimaa-cli groups lists the demo group", r.out + r.err)
    group = rows[0][0] if rows else "?"
    r = run([str(cli), *data, "export", "workbook", "-o", "tyokirja.pdf"], work)
    pdf = work / "tyokirja.pdf"
    ok = r.code == 0 and pdf.is_file() and pdf.read_bytes()[:5] == b"%PDF-"
    c.check(ok and pdf.stat().st_size > 20_000, "voimaa-cli export workbook writes a PDF", r.err)
    r = run([str(cli), *data, "export", "coordinator", "--group", group, "-o", "koord.zip"], work)
    zpath = work / "koord.zip"
    c.check(
        r.code == 0 and zpath.is_file() and zipfile.is_zipfile(zpath),
        "voimaa-cli export coordinator writes a .zip",
        r.err,
    )
    r = run([str(cli), "aggregate", "-o", "yhteenveto.xlsx", "koord.zip"], work)
    xlsx = work / "yhteenveto.xlsx"
    c.check(
        r.code == 0 and xlsx.is_file() and zipfile.is_zipfile(xlsx),
        "voimaa-cli aggregate writes an .xlsx",
        r.err,
    )


def same_as_venv(c: Checks, cli: Path, work: Path) -> None:
    """Bad inputs (and --version) give the frozen CLI the venv CLI's exit code and message."""
    venv = [sys.executable, "-m", "voimaa"]
    dirs = {}
    for name, cmd in (("frozen", [str(cli)]), ("venv", venv)):
        d = work / name
        d.mkdir()
        run([*cmd, "--data-dir", "data", "demo"], d)
        dirs[name] = (cmd, d)
    cases = [("--version",), *BAD_INPUTS]
    for args in cases:
        results = {}
        for name, (cmd, d) in dirs.items():
            results[name] = run([*cmd, "--data-dir", "data", *args], d)
        frozen, venv_r = results["frozen"], results["venv"]
        label = "voimaa " + " ".join(args)
        expected_bad = args != ("--version",)
        c.check(
            (frozen.code == 2) if expected_bad else (frozen.code == 0),
            f"{label}: exit code {frozen.code}",
            _message(frozen),
        )
        c.check(
            frozen.code == venv_r.code
            and _message(frozen) == _message(venv_r)
            and frozen.out == venv_r.out,
            f"{label}: same exit code and message as the venv CLI",
            f"frozen {frozen.code}: {_message(frozen)!r}\n      venv   {venv_r.code}: "
            f"{_message(venv_r)!r}",
        )


def gui_offscreen(c: Checks, gui: Path, work: Path, lang: str) -> None:
    report = work / f"gui-{lang}.json"
    env = {
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": f"{lang}.UTF-8",
        "LANGUAGE": lang.split("_")[0],
        "LC_ALL": "",
        "VOIMAA_SMOKE_REPORT": str(report),
        "VOIMAA_SMOKE_QUIT_MS": "3000",
    }
    r = run([str(gui), "--data-dir", str(work / "data")], work, env)
    c.check(r.code == 0, f"GUI ({lang}) started offscreen and exited cleanly", r.err[-2000:])
    if not c.check(report.is_file(), f"GUI ({lang}) wrote its smoke report", r.err[-2000:]):
        return
    data = json.loads(report.read_text(encoding="utf-8"))
    c.check(data.get("frozen") is True, f"GUI ({lang}) ran frozen", str(data))
    c.check(
        "MainWindow" in data.get("windows", []), f"GUI ({lang}) showed the main window", str(data)
    )
    c.check(data.get("locale") == lang, f"GUI ({lang}) ran in locale {lang}", str(data))
    loads = data.get("translations_loadable", {})
    c.check(
        loads and all(loads.values()),
        f"GUI ({lang}) loads voimaa_sv.qm, qtbase_sv.qm and qtbase_fi.qm",
        str(loads),
    )
    c.check(
        data.get("qt_cancel") not in (None, "Cancel"),
        f"GUI ({lang}) shows Qt's own texts translated",
        str(data.get("qt_cancel")),
    )


def bundle_files(c: Checks, bundle: Path) -> None:
    internal = bundle / "_internal"
    for rel in (
        "resources/THIRD-PARTY-NOTICES.txt",
        "resources/fonts/DejaVuSans.ttf",
        "resources/icon/voimaa.ico",
        "migrations/env.py",
        "voimaa/ui/i18n/voimaa_sv.qm",
    ):
        c.check((internal / rel).is_file(), f"bundle has {rel}")
    qt = [p.name for p in internal.rglob("qtbase_*.qm")]
    c.check(
        sorted(qt) == ["qtbase_fi.qm", "qtbase_sv.qm"], "bundle has Qt's qtbase_fi/sv only", str(qt)
    )
    notices = internal / "resources" / "THIRD-PARTY-NOTICES.txt"
    if notices.is_file():
        text = notices.read_text(encoding="utf-8")
        c.check("GNU LESSER GENERAL PUBLIC LICENSE" in text, "notices carry the LGPL text")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "Voimaa")
    args = parser.parse_args(argv)
    bundle = args.bundle.resolve()
    cli, gui = bundle / f"{CLI_NAME}{EXE}", bundle / f"{GUI_NAME}{EXE}"
    c = Checks()
    if not (
        c.check(cli.is_file(), f"{cli.name} exists")
        and c.check(gui.is_file(), f"{gui.name} exists")
    ):
        print(f"smoke: {c.passed} passed, {len(c.failed)} failed")
        return 1
    global PASSPHRASE_FILE
    with tempfile.TemporaryDirectory(prefix="voimaa-smoke-") as tmp:
        work = Path(tmp)
        PASSPHRASE_FILE = work / "tunnuslause.txt"
        PASSPHRASE_FILE.write_text("savutestin tunnuslause\n", encoding="utf-8")
        bundle_files(c, bundle)
        (work / "e2e").mkdir()
        cli_end_to_end(c, cli, work / "e2e")
        (work / "compare").mkdir()
        same_as_venv(c, cli, work / "compare")
        for lang in ("fi_FI", "sv_SE"):
            gui_offscreen(c, gui, work / "e2e", lang)
    print(f"smoke: {c.passed} passed, {len(c.failed)} failed")
    return 0 if not c.failed else 1


if __name__ == "__main__":
    raise SystemExit(main())
