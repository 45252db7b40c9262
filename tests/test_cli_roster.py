"""`voimaa export attendance|budget|signin` on the command line."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from tests.cli_support import run
from voimaa import demo

G = demo.DEMO_GROUP_NAME


@pytest.mark.parametrize("suffix", [".xlsx", ".pdf"])
def test_export_attendance(
    capsys: pytest.CaptureFixture[str], data: str, tmp_path: Path, suffix: str
) -> None:
    out_file = tmp_path / f"läsnäolo{suffix}"
    code, out, err = run(
        capsys, "--data-dir", data, "export", "attendance", "--group", G, "-o", str(out_file)
    )
    assert (code, err) == (0, "")
    assert "Läsnäolotaulukko tallennettu" in out
    if suffix == ".xlsx":
        ws = openpyxl.load_workbook(out_file).active
        assert ws["A1"].value.startswith("Läsnäolotaulukko")
    else:
        assert "Mikko Mallikas" in PdfReader(out_file).pages[0].extract_text()


@pytest.mark.parametrize("suffix", [".xlsx", ".pdf"])
def test_export_budget(
    capsys: pytest.CaptureFixture[str], data: str, tmp_path: Path, suffix: str
) -> None:
    out_file = tmp_path / f"budjetti{suffix}"
    code, _out, err = run(
        capsys, "--data-dir", data, "export", "budget", "--group", G, "-o", str(out_file)
    )
    assert (code, err) == (0, "")
    assert out_file.stat().st_size > 1000


def test_export_signin_and_blank(
    capsys: pytest.CaptureFixture[str], data: str, tmp_path: Path
) -> None:
    target = tmp_path / "lista.pdf"
    code, _, err = run(
        capsys,
        "--data-dir",
        data,
        "export",
        "signin",
        "--group",
        G,
        "--session",
        "4",
        "-o",
        str(target),
    )
    assert (code, err) == (0, "")
    text = PdfReader(target).pages[0].extract_text()
    assert "4. kerta" in text and "Timo Testinen" in text
    blank = tmp_path / "tyhjä.pdf"
    code, _, err = run(capsys, "--data-dir", data, "export", "signin", "--blank", "-o", str(blank))
    assert (code, err) == (0, "")
    assert "Timo" not in PdfReader(blank).pages[0].extract_text()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["attendance", "--group", G, "-o", "x.csv"], "Tiedoston pitää päättyä .xlsx tai .pdf"),
        (["budget", "--group", "Ei ole", "-o", "x.xlsx"], "ei löydy"),
        (["signin", "--group", G, "-o", "x.pdf"], "--blank"),
        (["signin", "--group", G, "--session", "9", "-o", "x.pdf"], "kertaa 9"),
        (["attendance", "--group", G, "--threshold", "150", "-o", "x.xlsx"], "0–100"),
    ],
)
def test_bad_input_exits_2(
    capsys: pytest.CaptureFixture[str],
    data: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
    message: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    code, _out, err = run(capsys, "--data-dir", data, "export", *args)
    assert code == 2
    assert message in err
    assert len(err.strip().splitlines()) == 1
    assert not any(p.suffix in (".xlsx", ".pdf", ".csv") for p in tmp_path.iterdir())


def test_help_lists_the_exports(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "export", "--help")
    assert code == 0
    for kind in ("attendance", "budget", "signin"):
        assert kind in out
