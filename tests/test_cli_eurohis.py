"""Command line: printable forms and the before/after table."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.cli_support import run
from voimaa import audit, demo
from voimaa.store import Store


def _names_and_codes(folder: str) -> tuple[list[str], list[str]]:
    from voimaa.models import Participant

    store = Store.open(folder)
    try:
        with store.session() as s:
            rows = list(s.query(Participant))
            return [p.name for p in rows], [p.code for p in rows]
    finally:
        store.close()


def test_scores_prints_codes_never_names(capsys: pytest.CaptureFixture[str], data: str) -> None:
    code, out, err = run(capsys, "--data-dir", data, "scores", "--group", demo.DEMO_GROUP_NAME)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].split("\t") == [
        "koodi",
        "alku ka",
        "alku summa",
        "loppu ka",
        "loppu summa",
        "muutos",
        "RCI",
        "luotettava",
        "tila",
    ]
    rows = [line.split("\t") for line in lines[1:8]]
    assert all(len(r) == 9 for r in rows)
    names, codes = _names_and_codes(data)
    assert {r[0] for r in rows} == set(codes)
    for name in names:
        assert name not in out and name.split()[0] not in out
    pairs = [r for r in rows if r[8] == "pari"]
    assert len(pairs) == 5
    assert ["2,25", "18", "3,00", "24", "0,75", "1,74", "ei"] in [r[1:8] for r in pairs]
    assert "Täydellisiä pareja (alku ja loppu): 5" in out
    assert "Muutoksen mediaani: 0,75" in out
    assert "Parani: 4 · ennallaan: 1 · heikkeni: 0" in out
    assert "SD = 0,65" in out and "p-arvoja ei lasketa" in out


def test_scores_needs_a_group(capsys: pytest.CaptureFixture[str], data: str) -> None:
    code, _, err = run(capsys, "--data-dir", data, "scores")
    assert code == 2 and "--group" in err
    code, _, err = run(capsys, "--data-dir", data, "scores", "--group", "Ei tällaista")
    assert code == 2 and "ei löydy" in err and "Traceback" not in err


def test_export_eurohis_form_batch(
    capsys: pytest.CaptureFixture[str], data: str, tmp_path: Path
) -> None:
    target = tmp_path / "lomakkeet.pdf"
    code, out, err = run(
        capsys,
        "--data-dir",
        data,
        "export",
        "eurohis-form",
        "--group",
        demo.DEMO_GROUP_NAME,
        "--phase",
        "loppu",
        "-o",
        str(target),
    )
    assert (code, err) == (0, "") and "lomakkeet.pdf" in out
    reader = PdfReader(target)
    assert len(reader.pages) == 6  # the six active participants, one A4 each
    names, codes = _names_and_codes(data)
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert sum(1 for c in codes if c in text) == 6
    assert "Loppumittaus" in text
    assert not any(n in text for n in names)
    store = Store.open(data)
    events = audit.list_events(store, action="export.eurohis_form")
    store.close()
    assert len(events) == 1 and events[0].details["forms"] == 6


def test_export_blank_forms(capsys: pytest.CaptureFixture[str], data: str, tmp_path: Path) -> None:
    code, _, _ = run(
        capsys, "--data-dir", data, "export", "eurohis-form", "-o", str(tmp_path / "a.pdf")
    )
    assert code == 0 and len(PdfReader(tmp_path / "a.pdf").pages) == 1
    code, _, _ = run(
        capsys,
        "--data-dir",
        data,
        "export",
        "feedback-form",
        "--group",
        demo.DEMO_GROUP_NAME,
        "-o",
        str(tmp_path / "p.pdf"),
    )
    assert code == 0
    text = "".join(p.extract_text() for p in PdfReader(tmp_path / "p.pdf").pages)
    assert "Palautelomake" in text and "Mikä ryhmässä oli parasta?" in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["export", "eurohis-form", "-o", "x.txt"], ".pdf"),
        (["export", "eurohis-form", "--phase", "keski", "-o", "x.pdf"], "--phase"),
        (["export", "feedback-form", "--copies", "0", "-o", "x.pdf"], "1–50"),
    ],
)
def test_bad_export_arguments(
    capsys: pytest.CaptureFixture[str],
    data: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
    message: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = run(capsys, "--data-dir", data, *args)
    assert code == 2 and message in err
    assert not (tmp_path / "x.pdf").exists()
