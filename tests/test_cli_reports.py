"""`voimaa export group|coordinator`, `voimaa import` and `voimaa aggregate`."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from tests.cli_support import run
from voimaa import coordinator, demo
from voimaa.store import Store

G = demo.DEMO_GROUP_NAME


def test_export_group_pdf_and_xlsx(
    capsys: pytest.CaptureFixture[str], data: str, tmp_path: Path
) -> None:
    pdf = tmp_path / "raportti.pdf"
    code, out, err = run(
        capsys, "--data-dir", data, "export", "group", "--group", G, "-o", str(pdf)
    )
    assert (code, err) == (0, "")
    assert "Raportti tallennettu" in out
    text = "".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "Ryhmän raportti" in text and "Aino Esimerkki" not in text

    book = tmp_path / "raportti.xlsx"
    code, out, err = run(
        capsys, "--data-dir", data, "export", "group", "--group", G, "-o", str(book), "--names"
    )
    assert (code, err) == (0, "")
    ws = openpyxl.load_workbook(book)["Osallistujat"]
    assert "Aino Esimerkki" in [c.value for row in ws.iter_rows() for c in row]


def test_export_group_bad_suffix(
    capsys: pytest.CaptureFixture[str], data: str, tmp_path: Path
) -> None:
    code, _, err = run(
        capsys, "--data-dir", data, "export", "group", "--group", G, "-o", str(tmp_path / "r.doc")
    )
    assert code == 2 and ".pdf tai .xlsx" in err
    assert len(err.strip().splitlines()) == 1


def test_export_coordinator_then_import_and_aggregate(
    capsys: pytest.CaptureFixture[str], data: str, tmp_path: Path
) -> None:
    code, out, err = run(
        capsys,
        "--data-dir", data, "export", "coordinator", "--group", G, "-o", str(tmp_path / "juva"),
    )  # fmt: skip
    assert (code, err) == (0, "")
    export = tmp_path / "juva.zip"
    assert zipfile.is_zipfile(export)
    assert "Mukana 6 osallistujaa" in out and "pois 1" in out and "ilman avoimia" in out

    coord_dir = str(tmp_path / "koordinaattori")
    code, out, err = run(capsys, "--data-dir", coord_dir, "import", str(export))
    assert (code, err) == (0, "")
    assert "juva.zip: tuotu" in out
    code, out, _ = run(capsys, "--data-dir", coord_dir, "import", str(export))
    assert code == 0 and "korvasi aiemman" in out
    store = Store.open(coord_dir)
    assert len(coordinator.list_imported(store)) == 1
    store.close()

    report = tmp_path / "yhteenveto.xlsx"
    code, out, err = run(capsys, "aggregate", str(export), str(export), "-o", str(report))
    assert (code, err) == (0, "")
    assert "Yhteenveto 1 ryhmästä" in out and "1 saman ryhmän" in out
    wb = openpyxl.load_workbook(report)
    assert wb["Yhteenveto"]["A2"].value == "Juva"


def test_export_coordinator_with_open_texts(
    capsys: pytest.CaptureFixture[str], data: str, tmp_path: Path
) -> None:
    target = tmp_path / "juva.zip"
    code, out, _ = run(
        capsys,
        "--data-dir", data, "export", "coordinator", "--group", G, "-o", str(target),
        "--open-texts",
    )  # fmt: skip
    assert code == 0 and "avoimet vastaukset mukana" in out
    assert coordinator.read_export(target).open_texts_included


def test_import_refuses_bad_files(
    capsys: pytest.CaptureFixture[str], data: str, tmp_path: Path
) -> None:
    bad = tmp_path / "rikki.zip"
    bad.write_bytes(b"ei zip")
    code, out, err = run(capsys, "--data-dir", str(tmp_path / "k"), "import", str(bad))
    assert code == 2
    assert "Tiedostoa rikki.zip ei tuotu" in out
    assert "1 tiedosto hylättiin; 0 tuotiin." in err


def test_aggregate_never_opens_a_store(
    capsys: pytest.CaptureFixture[str],
    data: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    export = tmp_path / "juva.zip"
    assert (
        run(capsys, "--data-dir", data, "export", "coordinator", "--group", G, "-o", str(export))[0]
        == 0
    )

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("aggregate opened a store")

    monkeypatch.setattr(Store, "open", refuse)
    untouched = tmp_path / "ei-kayteta"
    pdf = tmp_path / "yhteenveto.pdf"
    code, _, err = run(
        capsys, "--data-dir", str(untouched), "aggregate", str(export), "-o", str(pdf)
    )
    assert (code, err) == (0, "")
    assert not untouched.exists()
    assert "koordinaattorin yhteenveto" in PdfReader(pdf).pages[0].extract_text()


def test_aggregate_refuses_a_bad_file_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = tmp_path / "rikki.zip"
    bad.write_bytes(b"")
    out_file = tmp_path / "y.xlsx"
    code, _, err = run(capsys, "aggregate", str(bad), "-o", str(out_file))
    assert code == 2 and "ei tuotu" in err
    assert not out_file.exists()
    code, _, err = run(capsys, "aggregate", str(bad), "-o", str(tmp_path / "y.csv"))
    assert code == 2 and ".xlsx tai .pdf" in err
