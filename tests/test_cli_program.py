"""`voimaa export workbook | slides | plan` on the command line."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from voimaa import demo
from voimaa.cli import main

DEMO = demo.DEMO_GROUP_NAME


@pytest.fixture
def data_dir(tmp_path: Path) -> str:
    folder = tmp_path / "cli-data"
    assert main(["--data-dir", str(folder), "demo"]) == 0
    return str(folder)


def _run(data_dir: str, *args: str) -> int:
    return main(["--data-dir", data_dir, "export", *args])


def test_workbook_for_a_group(
    data_dir: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    out = tmp_path / "työkirja.pdf"
    assert _run(data_dir, "workbook", "--group", DEMO, "-o", str(out)) == 0
    assert "Työkirja tallennettu" in capsys.readouterr().out
    text = PdfReader(out).pages[0].extract_text()
    assert "Juvan Voimaa-ryhmä" in text and "Juva" in text


def test_generic_workbook_chapter(
    data_dir: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "luku2.pdf"
    assert _run(data_dir, "workbook", "--chapter", "2", "-o", str(out)) == 0
    text = "".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Päivärytmi ja uni" in text and "Juva" not in text


def test_slides(data_dir: str, tmp_path: Path) -> None:
    out = tmp_path / "diat.pdf"
    assert _run(data_dir, "slides", "--session", "4", "--group", DEMO, "-o", str(out)) == 0
    text = "".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Liikunta ja arjen liike" in text and "13.00" in text


def test_plan(data_dir: str, tmp_path: Path) -> None:
    out = tmp_path / "suunnitelma.pdf"
    assert _run(data_dir, "plan", "--group", DEMO, "-o", str(out)) == 0
    assert 8 <= len(PdfReader(out).pages) <= 16  # a page or two per session


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["workbook", "--chapter", "9", "-o", "{tmp}/x.pdf"], "Työkirjassa ei ole lukua 9"),
        (["workbook", "-o", "{tmp}/x.docx"], "Tiedoston pitää päättyä .pdf"),
        (["workbook", "-o", "{tmp}/ei/ole/x.pdf"], "Kansiota ei ole"),
        (["slides", "--session", "0", "-o", "{tmp}/x.pdf"], "Kerran numeron pitää olla 1–8"),
        (["slides", "--session", "2", "--group", "Ei ole", "-o", "{tmp}/x.pdf"], "ei löydy"),
        (["plan", "-o", "{tmp}/x.pdf"], "--group"),
        (["slides", "-o", "{tmp}/x.pdf"], "--session"),
    ],
)
def test_bad_input_exits_2_with_one_finnish_line(
    data_dir: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    capsys.readouterr()
    filled = [a.replace("{tmp}", str(tmp_path)) for a in args]
    try:
        code = _run(data_dir, *filled)
    except SystemExit as exc:  # argparse refuses missing arguments itself
        code = int(exc.code or 0)
    err = capsys.readouterr().err
    assert code == 2
    assert message in err
    assert "Traceback" not in err
    assert not (tmp_path / "x.pdf").exists()
