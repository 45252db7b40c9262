"""Coordinator format version 2: the workers' periods export (leak test, round trip, refusals)
and the follow-up figures (Seurantaluvut) with worked examples."""

from __future__ import annotations

import copy
import json
import uuid
import zipfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import TODAY
from tests.test_coordinator import _doc_zip, all_bytes, snapshot
from voimaa import coordinator, individual
from voimaa.coordinator import (
    EurohisForm,
    ExportedGoal,
    ExportedPeriod,
    PeriodsExport,
    follow_up,
)
from voimaa.errors import ImportRefusedError
from voimaa.export import jobs
from voimaa.individual import ClientData, MeetingData, PeriodData
from voimaa.models import (
    GoalsMet,
    NextStep,
    PeriodStatus,
    Phase,
    RatingOccasion,
    WordingVersion,
)
from voimaa.store import Store


@pytest.fixture
def coord(tmp_path: Path) -> Store:
    return Store.open(tmp_path / "koordinaattori")


def _periods_zip(store: Store, tmp_path: Path) -> Path:
    return jobs.export_coordinator_periods(store, tmp_path / "jaksot", today=TODAY).path


def _document(path: Path) -> dict[str, Any]:
    with zipfile.ZipFile(path) as zf:
        doc: dict[str, Any] = json.loads(zf.read(coordinator.JSON_MEMBER))
    return doc


def test_periods_export_holds_nothing_that_identifies_a_person(
    store: Store, tmp_path: Path
) -> None:
    client = individual.create_client(
        store,
        ClientData(
            name="Salainen Asiakas",
            own_worker="Salainen Työntekijä",
            own_worker_contact="040 999 9999",
            consent_coordinator=True,
        ),
    )
    period = individual.create_period(
        store,
        client.id,
        PeriodData(
            start_date=date(2026, 9, 1), place="Juva", decision_reference="SALAINEN-123/2026"
        ),
    )
    goal = individual.add_goal(store, period.id, "Salainen tavoite omin sanoin")
    individual.rate_goals(store, period.id, RatingOccasion.START, date(2026, 9, 1), {goal.id: 3})
    individual.add_meeting(
        store,
        period.id,
        MeetingData(date(2026, 9, 8), topics=("asuminen",), note="Salainen muistiinpano"),
    )
    individual.save_review(store, period.id, date(2026, 11, 1), {goal.id: 5}, note="Salainen arvio")
    other = individual.create_client(store, ClientData(name="Kieltäytyjä Asiakas"))
    individual.create_period(store, other.id, PeriodData(start_date=date(2026, 10, 1)))
    result = jobs.export_coordinator_periods(store, tmp_path / "jaksot", today=TODAY)
    assert result.path == tmp_path / "jaksot.zip"
    assert (result.periods, result.with_measures) == (2, 1)
    needles = [
        "Salainen",
        "Kieltäytyjä",
        "040 999 9999",
        "SALAINEN-123",
        "asuminen",
        other.code,
        str(client.id),
        str(period.id),
    ]
    for name, data in all_bytes(result.path):
        for needle in needles:
            assert needle.encode() not in data, (name, needle)
    doc = _document(result.path)
    assert (doc["schema_version"], doc["kind"]) == (2, "periods")
    [consented] = [p for p in doc["payload"]["periods"] if p["code"] is not None]
    assert consented["code"] == client.code
    assert consented["goals"] == [
        {
            "position": 1,
            "ratings": [
                {"occasion": "alku", "date": "2026-09-01", "value": 3},
                {"occasion": "arviointi", "date": "2026-11-01", "value": 5},
            ],
        }
    ]
    [counted] = [p for p in doc["payload"]["periods"] if p["code"] is None]
    assert (counted["goals"], counted["eurohis"]) == ([], [])
    [event] = [e for e in _events(store) if e["action"] == "export.coordinator_periods"]
    assert event["details"]["periods"] == 2 and event["target"] == str(tmp_path)


def _events(store: Store) -> list[dict[str, Any]]:
    from voimaa import audit

    return [
        {"action": e.action, "details": e.details, "target": e.target}
        for e in audit.list_events(store)
    ]


def test_round_trip_figures_equal_the_source(
    demo_store: Store, demo_group_id: uuid.UUID, coord: Store, tmp_path: Path
) -> None:
    group_file = jobs.export_coordinator(demo_store, demo_group_id, tmp_path / "g.zip", today=TODAY)
    periods_file = _periods_zip(demo_store, tmp_path)
    report = coordinator.import_files(coord, [group_file.path, periods_file])
    assert (len(report.imported), len(report.periods), report.refused) == (1, 1, ())
    source_periods = coordinator.build_periods_export(demo_store, today=TODAY)
    assert coordinator.importing.imported_periods(coord) == [source_periods]
    source_group = coordinator.build_export(demo_store, demo_group_id, today=TODAY)
    expected = follow_up([source_group], [source_periods])
    combined = coordinator.combined_report(coord, today=TODAY)
    assert combined.followup == expected
    # And straight from the files, without any store.
    assert coordinator.aggregate_files([group_file.path, periods_file]).followup == expected
    # Importing the same source again replaces it.
    again = coordinator.import_files(coord, [periods_file])
    assert again.periods[0].replaced
    assert len(coordinator.importing.imported_periods(coord)) == 1


def test_version_1_group_files_still_import(
    demo_store: Store, demo_group_id: uuid.UUID, coord: Store, tmp_path: Path
) -> None:
    path = jobs.export_coordinator(demo_store, demo_group_id, tmp_path / "g.zip", today=TODAY).path
    doc = _document(path)
    assert doc["schema_version"] == 1 and "kind" not in doc
    v2 = copy.deepcopy(doc)
    v2["schema_version"] = 2
    v2["kind"] = "group"
    bad = tmp_path / "v2.zip"
    bad.write_bytes(_doc_zip(v2))
    report = coordinator.import_files(coord, [path, bad])
    assert len(report.imported) == 2 and report.refused == ()
    assert len(coordinator.list_imported(coord)) == 1  # the same group, replaced


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def fn(doc: dict[str, Any]) -> None:
        node: Any = doc
        *head, last = path.split(".")
        for part in head:
            node = node[int(part)] if part.isdigit() else node[part]
        node[int(last) if last.isdigit() else last] = value

    return fn


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (_set("schema_version", 3), "uudemmalla"),
        (_set("kind", "muu"), "laji"),
        (_set("payload.periods.0.code", "ei koodi"), "koodi"),
        (_set("payload.periods.0.meetings", 999), "johdonmukainen"),
        (_set("payload.periods.0.start_date", "2030-01-01"), "johdonmukainen"),
        (_set("payload.periods.0.status", "kaynnissa"), "johdonmukainen"),
        (_set("payload.periods.0.goals.0.ratings.0.value", 11), "0–10"),
        (_set("payload.periods.0.eurohis.0.answers.0", 6), "1–5"),
        (_set("payload.periods.0.code", None), "suostumusta"),
        (_set("checks.periods", 7), "määrät"),
        (_set("payload.source_id", "x"), "source_id"),
    ],
)
def test_tampered_periods_files_are_refused(
    demo_store: Store, coord: Store, tmp_path: Path, change: Any, message: str
) -> None:
    doc = _document(_periods_zip(demo_store, tmp_path))
    ended = next(
        i
        for i, p in enumerate(doc["payload"]["periods"])
        if p["status"] == "paattynyt" and p["eurohis"]
    )
    doc["payload"]["periods"].insert(0, doc["payload"]["periods"].pop(ended))
    change(doc)
    bad = tmp_path / "bad.zip"
    bad.write_bytes(_doc_zip(doc))
    before = snapshot(coord)
    with pytest.raises(ImportRefusedError) as err:
        _import_one(coord, bad)
    assert message in str(err.value)
    assert snapshot(coord) == before


def _import_one(store: Store, path: Path) -> None:
    report = coordinator.import_files(store, [path])
    if report.refused:
        raise ImportRefusedError(report.refused[0][1])


def test_a_tampered_checksum_is_refused(demo_store: Store, tmp_path: Path) -> None:
    doc = _document(_periods_zip(demo_store, tmp_path))
    doc["payload"]["periods"][0]["meetings"] += 1
    bad = tmp_path / "bad.zip"
    bad.write_bytes(_doc_zip(doc, rehash=False))
    with pytest.raises(ImportRefusedError, match="tarkistussumma"):
        coordinator.read_any_export(bad)
    with pytest.raises(ImportRefusedError, match="yksilötyön"):
        coordinator.read_export(_periods_zip(demo_store, tmp_path))


# ----- follow-up figures, by hand -----------------------------------------------------------


def _period(
    place: str,
    start: date,
    end: date | None = None,
    *,
    decision: date | None = None,
    meetings: tuple[tuple[int, int], ...] = (),
    last_ratings: tuple[int, ...] = (),
    before: tuple[int, ...] | None = None,
    after: tuple[int, ...] | None = None,
    code: str | None = "AB34-C",
) -> ExportedPeriod:
    goals = tuple(
        ExportedGoal(i + 1, ((RatingOccasion.END, end or start, v),))
        for i, v in enumerate(last_ratings)
    )
    forms = tuple(
        EurohisForm(phase, None, WordingVersion.THL_ATH, answers)
        for phase, answers in ((Phase.BEFORE, before), (Phase.AFTER, after))
        if answers is not None
    )
    return ExportedPeriod(
        code=code,
        place=place,
        decision_date=decision,
        start_date=start,
        work_phase_date=None,
        closing_phase_date=None,
        end_date=end,
        status=PeriodStatus.ENDED if end else PeriodStatus.ACTIVE,
        meetings=sum(n for _, n in meetings),
        meetings_first_six_months=0,
        meetings_by_year=meetings,
        goals=goals,
        forms=forms,
        goals_met=GoalsMet.PARTLY if end else None,
        next_step=NextStep.WORK_ACTIVITY if end else None,
    )


def _source(*periods: ExportedPeriod) -> PeriodsExport:
    return PeriodsExport(uuid.uuid4(), TODAY, periods)


def test_follow_up_worked_example() -> None:
    three, four = (3,) * 8, (4,) * 8
    juva = [
        # Decided 2025, began and ended 2026: goals 9, 8, 4 → 2 of 3 met; EUROHIS 3 → 4 (+1).
        _period(
            "Juva",
            date(2026, 1, 10),
            date(2026, 6, 30),
            decision=date(2025, 12, 20),
            meetings=((2026, 20),),
            last_ratings=(9, 8, 4),
            before=three,
            after=four,
        ),
        # Began 2026, still going: 10 meetings in 2026.
        _period("Juva", date(2026, 3, 1), decision=date(2026, 2, 20), meetings=((2026, 10),)),
        _period("Juva", date(2026, 4, 1), decision=date(2026, 3, 20), meetings=((2026, 6),)),
        _period("Juva", date(2026, 5, 1), decision=date(2026, 4, 20), meetings=((2026, 4),)),
    ]
    result = follow_up([], [_source(*juva)])
    row = next(r for r in result.rows if (r.place, r.year) == ("Juva", 2026))
    assert row.decisions.value == 3 and not row.decisions.hidden
    assert row.periods_started.value == 4
    assert row.meetings.value == 40 and not row.meetings.hidden  # 4 periods met in 2026
    # One period ended in 2026: every figure resting on it is hidden.
    assert row.periods_ended.hidden and row.periods_ended.mark == "<3"
    assert row.goals_met.hidden and row.period_change.hidden
    old = next(r for r in result.rows if (r.place, r.year) == ("Juva", 2025))
    assert old.decisions.hidden  # one decision in 2025
    total = next(t for t in result.totals if t.year == 2026)
    assert total.decisions.value == 3 and total.periods_started.value == 4


def test_follow_up_shares_and_changes_with_enough_people() -> None:
    three, four = (3,) * 8, (4,) * 8
    ended = [
        _period(
            "Mikkeli",
            date(2026, 1, 1),
            date(2026, 8, 1),
            meetings=((2026, 12),),
            last_ratings=ratings,
            before=three,
            after=four if i < 2 else three,
        )
        for i, ratings in enumerate(((9, 8), (4,), (10, 2, 8)))
    ]
    row = follow_up([], [_source(*ended)]).rows[0]
    # Goals rated: 2 + 1 + 3 = 6; met (≥ 8): 9, 8, 10, 8 = 4 → 4 / 6.
    assert row.goals_met.value == pytest.approx(4 / 6) and not row.goals_met.hidden
    # Changes +1, +1, 0 → mean 2/3.
    assert row.period_change.value == pytest.approx(2 / 3)
    assert (row.periods_ended.value, row.meetings.value) == (3, 36)


def test_follow_up_hides_the_complement_across_places() -> None:
    """Juva has 1 start, Mikkeli 4, Savonlinna 3: the year's total 8 would give Juva away, so
    the smallest other place is hidden too."""
    periods = [_period("Juva", date(2026, 2, 1))]
    periods += [_period("Mikkeli", date(2026, 2, 1)) for _ in range(4)]
    periods += [_period("Savonlinna", date(2026, 2, 1)) for _ in range(3)]
    result = follow_up([], [_source(*periods)])
    started = {r.place: r.periods_started for r in result.rows}
    assert started["Juva"].hidden and started["Juva"].mark == "<3"
    assert started["Savonlinna"].hidden and started["Savonlinna"].mark == "*"
    assert not started["Mikkeli"].hidden and result.totals[0].periods_started.value == 8


def test_follow_up_counts_groups_and_unique_participants() -> None:
    from tests.test_suppression import _export

    low, high = (3,) * 8, (4,) * 8
    a = _export("Juva", low, high, 4)
    b = _export("Juva", low, high, 3)  # codes C000J-A… repeat: the same three people
    c = _export("Mikkeli", low, low, 5)
    result = follow_up([a, b, c], [])
    juva = next(r for r in result.rows if r.place == "Juva")
    assert juva.groups.value == 2
    assert juva.group_participants.value == 4  # 4 + 3 − 3 in both
    assert juva.group_change.value == pytest.approx(1.0) and juva.group_change.n == 7
    mikkeli = next(r for r in result.rows if r.place == "Mikkeli")
    assert mikkeli.group_change.value == 0.0


def test_combined_report_files_show_the_follow_up(
    demo_store: Store, demo_group_id: uuid.UUID, tmp_path: Path
) -> None:
    import openpyxl

    from tests.export.support import pdf_text

    group_file = jobs.export_coordinator(demo_store, demo_group_id, tmp_path / "g.zip", today=TODAY)
    combined = coordinator.aggregate_files([group_file.path, _periods_zip(demo_store, tmp_path)])
    assert combined.followup is not None
    wb = openpyxl.load_workbook(jobs.write_combined(combined, tmp_path / "y.xlsx"))
    ws = wb["Seurantaluvut"]
    header = [c.value for c in ws[1]]
    assert header[:4] == ["Vuosi", "Paikkakunta", "Päätöksiä", "Ryhmiä"]
    juva = next(r for r in ws.iter_rows(min_row=2, values_only=True) if r[1] == "Juva")
    assert juva[0] == TODAY.year and juva[3] == 1  # one group held in Juva this year
    assert "<3" in juva  # two Juva periods: their counts are hidden
    text, _ = pdf_text(jobs.write_combined(combined, tmp_path / "y.pdf"))
    assert "Seurantaluvut" in text and "paikkakunnat" in text


def test_cli_exports_periods_and_aggregates_them(
    capsys: pytest.CaptureFixture[str], data: str, tmp_path: Path
) -> None:
    from tests.cli_support import run
    from voimaa import demo

    code, out, err = run(
        capsys, "--data-dir", data, "export", "coordinator-periods", "-o", str(tmp_path / "p")
    )
    assert (code, err) == (0, "") and "4 jaksoa, joista 3" in out
    code, _, err = run(
        capsys,
        "--data-dir",
        data,
        "export",
        "coordinator",
        "--group",
        demo.DEMO_GROUP_NAME,
        "-o",
        str(tmp_path / "g.zip"),
    )
    assert code == 0
    files = [str(tmp_path / "g.zip"), str(tmp_path / "p.zip")]
    code, out, err = run(capsys, "aggregate", *files, "-o", str(tmp_path / "y.xlsx"))
    assert (code, err) == (0, "")
    code, out, err = run(capsys, "--data-dir", str(tmp_path / "koord"), "import", *files)
    assert (code, err) == (0, "") and "p.zip: tuotu (4 yksilötyön jaksoa)" in out
