"""The feedback of individual work: saved with no link to the client or period, shown only
pooled by place and year, with at least 3 forms and only once the year is over."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from voimaa import audit, individual
from voimaa.errors import ValidationError
from voimaa.export import jobs
from voimaa.individual import feedback
from voimaa.models import PeriodFeedback
from voimaa.store import Store

THIS_YEAR = date(2026, 11, 23)
NEXT_YEAR = date(2027, 1, 10)


def _period(store: Store, name: str, place: str) -> individual.PeriodInfo:
    client = individual.create_client(store, individual.ClientData(name=name))
    return individual.create_period(
        store, client.id, individual.PeriodData(start_date=date(2026, 3, 1), place=place)
    )


def _answer(store: Store, period: individual.PeriodInfo, value: int, text: str = "") -> int:
    ratings = {"tyoskentely_kuunneltiin": value, "hyoty_arki": value if value > 2 else None}
    answers = {"parasta": text} if text else {}
    return feedback.save_period_feedback(store, period.id, ratings, answers, today=THIS_YEAR)


def test_a_form_keeps_no_link_to_the_client_or_the_period(store: Store) -> None:
    period = _period(store, "Palaute Antaja", "Juva")
    assert _answer(store, period, 4, "Kotikäynnit") == 1
    with store.session() as s:
        [row] = s.query(PeriodFeedback).all()
        columns = set(PeriodFeedback.__table__.columns.keys())
        assert columns == {
            "id",
            "created_at",
            "updated_at",
            "place",
            "year",
            "form",
            "ratings",
            "open_answers",
        }
        assert (row.place, row.year) == ("Juva", 2026)
        assert (
            row.created_at.isoformat() == row.updated_at.isoformat() == "2026-01-01T00:00:00+00:00"
        )
        assert str(period.id) not in str(row.form) and period.code not in str(row.form)
    events = audit.list_events(store)
    assert not [e for e in events if "feedback" in e.action]  # saving is never logged
    # erasing the client leaves the pooled form, which is not theirs by any link
    individual.erase_client(store, period.client_id)
    with store.session() as s:
        assert s.query(PeriodFeedback).count() == 1


def test_bad_answers_are_refused(store: Store) -> None:
    period = _period(store, "Väärä Vastaus", "Juva")
    with pytest.raises(ValidationError):
        feedback.save_period_feedback(store, period.id, {"tyoskentely_kuunneltiin": 6}, {})
    with pytest.raises(ValidationError):
        feedback.save_period_feedback(store, period.id, {}, {})
    with pytest.raises(ValidationError):
        feedback.save_period_feedback(store, period.id, {"ilmapiiri_turvallinen": 3}, {})


def test_pools_are_shown_with_three_forms_after_the_year(store: Store) -> None:
    juva = [_period(store, f"Juva {n}", "Juva") for n in range(3)]
    mikkeli = _period(store, "Mikkeli Yksin", "Mikkeli")
    for period, value, text in zip(juva, (5, 4, 2), ("Tapaamiset", "", "arki"), strict=True):
        _answer(store, period, value, text)
    _answer(store, mikkeli, 1, "Yksittäinen vastaus")

    during = feedback.feedback_pools(store, today=THIS_YEAR)
    assert [(p.place, p.responses, p.shown) for p in during] == [
        ("Juva", 3, False),
        ("Mikkeli", 1, False),
    ]
    assert all(p.statements == () and p.answers == () for p in during)
    assert during[0].reason == "näytetään vuoden päätyttyä"
    assert during[1].reason == "alle 3 lomaketta: ei näytetä"

    after = feedback.feedback_pools(store, today=NEXT_YEAR)
    juva_pool, mikkeli_pool = after
    assert (juva_pool.shown, mikkeli_pool.shown) == (True, False)
    assert mikkeli_pool.answers == () and mikkeli_pool.statements == ()
    by_text = {st.text: st for st in juva_pool.statements}
    heard = by_text["Tunsin, että minua kuunneltiin."]
    assert (heard.n, heard.counts, heard.mean) == (3, (0, 1, 0, 1, 1), pytest.approx(11 / 3))
    daily = by_text["Sain keinoja omaan arkeeni."]  # two answers (the "2" gave none): hidden
    assert (daily.n, daily.counts, daily.mean) == (2, None, None)
    assert dict(juva_pool.answers)["Mikä yhteisessä työskentelyssä oli parasta?"] == (
        "arki",
        "Tapaamiset",
    )  # alphabetical, not in the order entered

    # A form entered in the new year goes to the new year: the shown pool never changes.
    feedback.save_period_feedback(
        store, juva[0].id, {"tyoskentely_kuunneltiin": 1}, {}, today=NEXT_YEAR
    )
    again = feedback.feedback_pools(store, today=NEXT_YEAR)
    assert [(p.place, p.year, p.responses) for p in again] == [
        ("Juva", 2027, 1),
        ("Juva", 2026, 3),
        ("Mikkeli", 2026, 1),
    ]
    assert again[1] == juva_pool


def test_exports_of_the_form_and_the_pools(store: Store, tmp_path: Path) -> None:
    pdf = jobs.export_period_feedback_form(store, tmp_path / "lomake.pdf", copies=2)
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(pdf).pages]
    text = " ".join(pages)
    assert "Palautelomake: yksilötyö" in text and "Yhteinen työskentely" in text
    assert "Tapasimme sopivan usein." in text and "Ryhmässä" not in text
    assert sum("Palautelomake: yksilötyö" in p for p in pages) == 2  # two copies

    juva = [_period(store, f"Juva {n}", "Juva") for n in range(3)]
    for period, text_answer in zip(juva, ("Hyvä", "Parempi", "Paras"), strict=True):
        _answer(store, period, 4, text_answer)
    lonely = _period(store, "Yksin Mikkelissä", "Mikkeli")
    _answer(store, lonely, 1, "Salainen yksittäinen")
    out = jobs.export_period_feedback(store, tmp_path / "palaute.xlsx", today=NEXT_YEAR)
    wb = openpyxl.load_workbook(out)
    summary = [tuple(r) for r in wb.worksheets[0].iter_rows(min_row=2, values_only=True)]
    assert summary == [
        ("Juva", 2026, 3, "kyllä"),
        ("Mikkeli", 2026, 1, "alle 3 lomaketta: ei näytetä"),
    ]
    cells = [c for row in wb.worksheets[1].iter_rows(values_only=True) for c in row if c]
    assert {"Hyvä", "Parempi", "Paras"} <= set(cells)
    assert "Salainen yksittäinen" not in cells and "Mikkeli" not in cells
    [event] = audit.list_events(store, action="export.period_feedback")
    assert "Juva" not in str(event.details) and "Hyvä" not in str(event.details)
    with pytest.raises(ValidationError):
        jobs.export_period_feedback(store, tmp_path / "palaute.pdf")


def test_a_store_of_revision_0002_with_rows_upgrades_to_0003(tmp_path: Path) -> None:
    """0002 → 0003: a client and a period survive, and pooled forms can be saved."""
    from tests.test_migrations import _upgrade
    from voimaa.store import DB_FILENAME

    folder = tmp_path / "old"
    folder.mkdir()
    path = folder / DB_FILENAME
    _upgrade(path, "0002")
    now = "2026-09-01 10:00:00.000000"
    client_id, period_id = uuid.uuid4(), uuid.uuid4()
    with sqlite3.connect(path) as c:
        c.execute(
            "INSERT INTO client (id, code, name, own_worker, own_worker_contact, "
            "consent_coordinator, created_at, updated_at) VALUES "
            "(?, 'AB34-C', 'Vanha Asiakas', 'Sari', '', 0, ?, ?)",
            (client_id.hex, now, now),
        )
        columns = [r[1] for r in c.execute("PRAGMA table_info(work_period)")]
        values = {
            "id": period_id.hex,
            "client_id": client_id.hex,
            "place": "Juva",
            "start_date": "2026-09-01",
            "status": "kaynnissa",
            "created_at": now,
            "updated_at": now,
        }
        for column in columns:  # the other NOT NULL text columns of 0002 are empty
            values.setdefault(column, "")
        nullable = {r[1] for r in c.execute("PRAGMA table_info(work_period)") if not r[3]}
        for column in nullable:
            if values[column] == "":
                values[column] = None
        c.execute(
            f"INSERT INTO work_period ({', '.join(values)}) "
            f"VALUES ({', '.join('?' * len(values))})",
            tuple(values.values()),
        )
    store = Store.open(folder)
    assert store.current_revision() == "0003"
    [period] = individual.list_periods(store)
    assert (period.id, period.name, period.place) == (period_id, "Vanha Asiakas", "Juva")
    assert (
        feedback.save_period_feedback(store, period_id, {"hyoty_arki": 4}, {}, today=THIS_YEAR) == 1
    )
    store.close()


def test_the_demo_has_a_shown_pool_and_a_counted_one(demo_store: Store) -> None:
    pools = feedback.feedback_pools(demo_store, today=THIS_YEAR)
    assert sorted((p.year, p.responses, p.shown) for p in pools) == [
        (2025, 3, True),
        (2026, 1, False),
    ]
