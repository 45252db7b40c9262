"""An SD of 0 is valid data: the RCI is then not computable and the report says so (issue 10,
point 13): 21 identical baseline forms, as in the adversarial test."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.cli_support import run
from tests.conftest import TODAY
from voimaa import eurohis, groups
from voimaa.eurohis import scoring
from voimaa.export import jobs
from voimaa.models import EurohisResponse, Participant, Phase, WordingVersion
from voimaa.store import Store


def test_zero_sd_gives_no_rci_and_no_reliable_counts() -> None:
    assert scoring.s_diff(0.0, 0.78) == 0.0
    assert scoring.rci(3.0, 4.0, sd=0.0, reliability=0.78) is None
    assert scoring.change_index(1.0, 0.0) is None
    with pytest.raises(ValueError):
        scoring.s_diff(-0.1, 0.78)
    ref = scoring.reference_sd([3.0] * 21)
    assert ref.sd == 0 and ref.own_baseline and not ref.rci_computable
    assert "ei voi laskea" in ref.description
    before = scoring.score([3] * 8)
    after = scoring.score([4] * 8)
    assert before is not None and after is not None
    pair = scoring.ScoredPair((3,) * 8, (4,) * 8, before, after)
    summary = scoring.summarize_pairs([pair], sdiff=0.0)
    assert summary.improved == 1 and summary.reliably_improved == 0
    assert not summary.rci_computable


def _identical_store(folder: Path) -> tuple[Store, list[uuid.UUID]]:
    """Three groups, 21 people, every baseline form the same; everyone improves by one step."""
    store = Store.open(folder)
    ids = []
    with store.session() as s:
        for g in range(3):
            summary = groups.create_group(
                store, groups.NewGroup(name=f"Ryhmä {g}", place="Juva", start_date=date(2026, 9, 1))
            )
            ids.append(summary.id)
            for i in range(7):
                p = Participant(
                    group_id=summary.id,
                    code=f"Z{g}{i}A-B",
                    name=f"Henkilö {g} {i}",
                    consent_coordinator=True,
                    consent_date=date(2026, 8, 1),
                )
                s.add(p)
                for phase, value in ((Phase.BEFORE, 3), (Phase.AFTER, 4)):
                    s.add(
                        EurohisResponse(
                            participant=p,
                            phase=phase,
                            filled_on=date(2026, 9, 1),
                            wording=WordingVersion.THL_ATH,
                            **{f"q{k + 1}": value for k in range(8)},
                        )
                    )
    return store, ids


def test_scores_and_aggregate_with_21_identical_forms(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    store, ids = _identical_store(tmp_path / "d")
    result = eurohis.before_after(store, ids[0])
    assert result.n_pairs == 7 and result.improved == 7 and result.reliably_improved == 0
    assert all(p.rci is None and not p.reliable for p in result.participants)
    text = "\n".join(eurohis.summary_lines(result))
    assert "ei voi laskea" in text
    files = [
        jobs.export_coordinator(store, gid, tmp_path / f"r{i}.zip", today=TODAY).path
        for i, gid in enumerate(ids)
    ]
    store.close()
    code, out, err = run(capsys, "--data-dir", str(tmp_path / "d"), "scores", "--group", "Ryhmä 0")
    assert code == 0, err
    assert "ValueError" not in err
    rows = [line.split("\t") for line in out.splitlines()[1:8]]
    assert len(rows) == 7 and all(r[6] == "" for r in rows)  # RCI column left empty
    report = tmp_path / "yhteenveto.pdf"
    code, _out, err = run(capsys, "aggregate", *map(str, files), "-o", str(report))
    assert code == 0, err
    text = " ".join(page.extract_text() for page in PdfReader(report).pages)
    assert "ei voi laskea" in " ".join(text.split())
