"""The code-to-name list: which code is whose, printed for the leaders, marked as personal data,
logged; the codes stay the only identifiers in every other export."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.export.support import pdf_text
from voimaa import audit, roster
from voimaa.errors import ValidationError
from voimaa.export import jobs
from voimaa.models import ParticipantStatus
from voimaa.store import Store

NOTICE = "Sisältää henkilötietoja – säilytä lukitussa paikassa"


def test_core_list_pairs_codes_and_names(demo_store: Store, demo_group_id: uuid.UUID) -> None:
    roster.add_participant(
        demo_store, demo_group_id, roster.ParticipantData(name="Jonossa Oleva"), waiting=True
    )
    codes = roster.code_list(demo_store, demo_group_id)
    people = {p.name: p for p in roster.list_participants(demo_store, demo_group_id)}
    assert codes.group_name == "Juvan Voimaa-ryhmä (esimerkki)"
    assert codes.rows[0].name == "Aino Esimerkki"
    assert codes.rows[-1].name == "Kaisa Koe" and codes.rows[-1].status == ParticipantStatus.LEFT
    assert "Jonossa Oleva" not in [r.name for r in codes.rows]
    for row in codes.rows:
        assert people[row.name].code == row.code
    assert codes.names()[people["Aino Esimerkki"].id] == "Aino Esimerkki"


def test_pdf_lists_codes_with_names_and_says_it_holds_personal_data(
    demo_store: Store, demo_group_id: uuid.UUID, tmp_path: Path
) -> None:
    path = jobs.export_code_list(demo_store, demo_group_id, tmp_path / "koodit.pdf")
    text, pages = pdf_text(path)
    assert pages == 1
    assert NOTICE in text.replace("\n", " ")
    assert text.count("Sisältää henkilötietoja") >= 2  # the box and every page's footer
    for row in roster.code_list(demo_store, demo_group_id).rows:
        assert row.code in text and row.name in text
    assert "Kaisa Koe (lopettanut)" in text
    reader = PdfReader(path)
    assert reader.trailer["/Root"]["/Lang"] == "fi-FI"
    assert reader.metadata.subject == NOTICE
    [event] = audit.list_events(demo_store, action="export.code_list")
    assert event.details == {"names": 7}
    assert "koodit" not in str(event.target)  # the folder, never the file name


def test_only_pdf(demo_store: Store, demo_group_id: uuid.UUID, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="pdf"):
        jobs.export_code_list(demo_store, demo_group_id, tmp_path / "koodit.xlsx")
    assert not audit.list_events(demo_store, action="export.code_list")


def test_group_forms_still_carry_codes_only(
    demo_store: Store, demo_group_id: uuid.UUID, tmp_path: Path
) -> None:
    path = jobs.export_eurohis_forms(demo_store, tmp_path / "lomakkeet.pdf", group_id=demo_group_id)
    text, _ = pdf_text(path)
    for row in roster.code_list(demo_store, demo_group_id).rows:
        assert row.name not in text
