"""`voimaa periods` and `voimaa export period` on the command line."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from tests.cli_support import run


def _refs(capsys: pytest.CaptureFixture[str], data: str) -> dict[str, str]:
    code, out, err = run(capsys, "--data-dir", data, "periods")
    assert (code, err) == (0, "")
    return {line.split("\t")[1]: line.split("\t")[0] for line in out.splitlines()}


def test_periods_lists_ongoing_first(capsys: pytest.CaptureFixture[str], data: str) -> None:
    code, out, err = run(capsys, "--data-dir", data, "periods")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert len(lines) == 4
    assert [line.split("\t")[1] for line in lines[:2]] == ["Ossi Oppija", "Mikko Mallikas"]
    assert "päättynyt" in lines[2] and "tapaamisia 18" in lines[2]
    code, out, _ = run(capsys, "--data-dir", data, "periods", "--ongoing")
    assert code == 0 and len(out.splitlines()) == 2


def test_periods_in_an_empty_store(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = run(capsys, "--data-dir", str(tmp_path / "tyhja"), "periods")
    assert (code, out.strip()) == (0, "Yksilötyön jaksoja ei ole.")


@pytest.mark.parametrize("suffix", [".pdf", ".xlsx"])
def test_export_period(
    capsys: pytest.CaptureFixture[str], data: str, tmp_path: Path, suffix: str
) -> None:
    ref = _refs(capsys, data)["Pekka Perustapaus"]
    target = tmp_path / f"jakso{suffix}"
    code, out, err = run(
        capsys, "--data-dir", data, "export", "period", "--period", ref, "-o", str(target)
    )
    assert (code, err) == (0, "")
    assert "Jakson yhteenveto tallennettu" in out
    if suffix == ".pdf":
        text = "\n".join(p.extract_text() for p in PdfReader(target).pages)
        assert "Pekka Perustapaus" in text and "Muistiinpanot" not in text
    else:
        assert openpyxl.load_workbook(target)["Jakso"]["B1"].value == "Pekka Perustapaus"


def test_export_period_with_notes_and_by_code_only(
    capsys: pytest.CaptureFixture[str], data: str, tmp_path: Path
) -> None:
    code_only = _refs(capsys, data)["Pekka Perustapaus"].split("/")[0]
    target = tmp_path / "jakso.pdf"
    code, _, err = run(
        capsys,
        "--data-dir",
        data,
        "export",
        "period",
        "--period",
        code_only.lower(),
        "--notes",
        "-o",
        str(target),
    )
    assert (code, err) == (0, "")
    assert "Muistiinpanot" in "\n".join(p.extract_text() for p in PdfReader(target).pages)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--period", "XXXX-X/1", "-o", "{tmp}/a.pdf"], "Jaksoa XXXX-X/1 ei löydy"),
        (["--period", "XXXX-X", "-o", "{tmp}/a.docx"], "Tiedoston pitää päättyä .pdf tai .xlsx"),
        (["--period", "XXXX-X", "-o", "{tmp}/ei/a.pdf"], "Kansiota ei ole"),
        (["-o", "{tmp}/a.pdf"], "nämä puuttuvat: --period"),
    ],
)
def test_export_period_bad_input(
    capsys: pytest.CaptureFixture[str], data: str, tmp_path: Path, args: list[str], message: str
) -> None:
    argv = [a.replace("{tmp}", str(tmp_path)) for a in args]
    code, _, err = run(capsys, "--data-dir", data, "export", "period", *argv)
    assert code == 2 and message in err
    assert len(err.strip().splitlines()) == 1
