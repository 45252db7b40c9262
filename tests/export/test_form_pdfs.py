"""The blank EUROHIS-8 and feedback forms: content by extracted text, one A4 per form."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from pypdf import PdfReader

from voimaa import eurohis, feedback
from voimaa.eurohis import ITEMS, SCALE_LABELS, EurohisForms, EurohisSheet, Phase, WordingVersion
from voimaa.export import jobs
from voimaa.export.eurohis_form_pdf import write_eurohis_forms
from voimaa.export.feedback_form_pdf import write_feedback_forms
from voimaa.feedback import PrintedForms
from voimaa.store import Store


def _text(path: Path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


@pytest.mark.parametrize("wording", list(WordingVersion))
def test_blank_form_has_all_items_and_labels_on_one_a4(
    tmp_path: Path, wording: WordingVersion
) -> None:
    path = write_eurohis_forms(tmp_path / "lomake.pdf", EurohisForms((EurohisSheet(),), wording))
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    text = _text(path)[0]
    for item in ITEMS:
        assert eurohis.printed_text(item, wording) in text
        for label in eurohis.printed_labels(item, wording):
            assert label in text
    if wording == WordingVersion.THL_ATH:
        for labels in SCALE_LABELS.values():
            for label in labels:
                assert label in text
    assert "Koodi:" in text and "Päivämäärä:" in text
    assert reader.metadata.title == "EUROHIS-8 – elämänlaatu"
    assert reader.metadata.author == "Voimaa"
    assert reader.trailer["/Root"]["/Lang"] == "fi-FI"


def test_finmonik_prints_satisfaction_answers_best_first(tmp_path: Path) -> None:
    ath_forms = EurohisForms((), WordingVersion.THL_ATH)
    fin_forms = EurohisForms((), WordingVersion.FINMONIK)
    ath = _text(write_eurohis_forms(tmp_path / "a.pdf", ath_forms))[0]
    fin = _text(write_eurohis_forms(tmp_path / "f.pdf", fin_forms))[0]
    ath_part = ath[ath.index(ITEMS[1].text) :]
    fin_part = fin[fin.index(eurohis.printed_text(ITEMS[1], WordingVersion.FINMONIK)) :]
    assert ath_part.index("erittäin tyytymätön") < ath_part.index("erittäin tyytyväinen")
    assert fin_part.index("erittäin tyytyväinen") < fin_part.index("erittäin tyytymätön")
    # Non-satisfaction items keep their order in both versions.
    energy = eurohis.printed_text(ITEMS[2], WordingVersion.FINMONIK)
    assert fin[fin.index(energy) :].index("ei lainkaan") < fin[fin.index(energy) :].index(
        "täysin riittävästi"
    )


def test_batch_has_one_page_per_code(tmp_path: Path) -> None:
    sheets = [EurohisSheet(code=c, phase=Phase.AFTER) for c in ("K7M2-Q", "AB34-C", "XY67-D")]
    pages = _text(write_eurohis_forms(tmp_path / "b.pdf", EurohisForms(tuple(sheets))))
    assert len(pages) == 3
    for page, sheet in zip(pages, sheets, strict=True):
        assert sheet.code in page and "Loppumittaus" in page


def test_group_batch_codes_only(
    demo_store: Store, demo_group_id: uuid.UUID, tmp_path: Path
) -> None:
    path = jobs.export_eurohis_forms(demo_store, tmp_path / "g.pdf", group_id=demo_group_id)
    pages = _text(path)
    queue = eurohis.entry_queue(demo_store, demo_group_id, Phase.BEFORE)
    assert len(pages) == len(queue.participants) == 7
    for page, entry in zip(pages, queue.participants, strict=True):
        assert entry.code in page and "Alkumittaus" in page
    assert "Aino" not in "".join(pages) and "Esimerkki" not in "".join(pages)


def test_feedback_form_is_anonymous_and_complete(
    demo_store: Store, demo_group_id: uuid.UUID, tmp_path: Path
) -> None:
    feedback.add_item(demo_store, demo_group_id, "question", "Mitä kahvista jäi mieleen?")
    path = jobs.export_feedback_form(demo_store, tmp_path / "p.pdf", group_id=demo_group_id)
    text = " ".join(_text(path))
    form = feedback.group_form(demo_store, demo_group_id)
    for statement in form.statements:
        assert statement.text in text
    for question in form.questions:
        assert question.text in text
    for label in form.scale:
        assert label in text
    assert "Älä kirjoita lomakkeeseen nimeäsi" in text
    assert "Koodi" not in text
    assert len(PdfReader(path).pages) <= 3


def test_feedback_copies_start_on_new_pages(tmp_path: Path) -> None:
    form = feedback.form_from_json(feedback.default_form())
    one = len(PdfReader(write_feedback_forms(tmp_path / "1.pdf", PrintedForms(form, 1))).pages)
    three = PdfReader(write_feedback_forms(tmp_path / "3.pdf", PrintedForms(form, 3)))
    assert len(three.pages) == 3 * one
    assert "Palautelomake" in three.pages[one].extract_text()


def test_wording_follows_thls_published_text() -> None:
    """Item 8 and the middle satisfaction answer as THL's survey notes print them: ATH/FinSote
    "te" form, FinMonik "sinä" form with "melko" answers, best-first."""
    housing = ITEMS[7]
    assert housing.text == "Miten tyytyväinen olette asuinalueen olosuhteisiin?"
    fin = WordingVersion.FINMONIK
    assert eurohis.printed_text(housing, fin) == (
        "Miten tyytyväinen olet ollut asuinalueesi olosuhteisiin?"
    )
    assert SCALE_LABELS["B"][2] == "en tyytyväinen enkä tyytymätön"
    assert eurohis.printed_labels(housing, fin) == (
        "erittäin tyytyväinen",
        "melko tyytyväinen",
        "en tyytyväinen enkä tyytymätön",
        "melko tyytymätön",
        "erittäin tyytymätön",
    )
    assert eurohis.printed_text(ITEMS[0], fin) == "Millaiseksi arvioit elämänlaatusi?"
