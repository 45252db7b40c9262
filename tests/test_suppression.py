"""Complementary suppression: no hidden count can be worked out from the cells shown and the
table's sums (by subtraction from a row or column total, or by combining several)."""

from __future__ import annotations

import itertools
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from voimaa import coordinator
from voimaa.coordinator.suppression import Sum, recoverable, suppress

Key = tuple[str, str]
PARTS = ("improved", "unchanged", "worse")


def _table(rows: list[tuple[int, int, int]]) -> tuple[dict[Key, int], list[Sum[Key]]]:
    """Places × (pairs = improved + unchanged + worse), and an "all" row summing the places."""
    values: dict[Key, int] = {}
    for i, row in enumerate(rows):
        place = f"p{i}"
        for name, v in zip(PARTS, row, strict=True):
            values[(place, name)] = v
        values[(place, "pairs")] = sum(row)
    for name in (*PARTS, "pairs"):
        values[("all", name)] = sum(values[(f"p{i}", name)] for i in range(len(rows)))
    sums = [
        Sum((p, "pairs"), tuple((p, n) for n in PARTS))
        for p in [*(f"p{i}" for i in range(len(rows))), "all"]
    ]
    sums += [
        Sum(("all", name), tuple((f"p{i}", name) for i in range(len(rows))))
        for name in (*PARTS, "pairs")
    ]
    return values, sums


def _small(values: dict[Key, int]) -> set[Key]:
    return {k for k, v in values.items() if 0 < v < coordinator.MIN_CELL}


def _determined_by_search(hidden: set[Key], sums: list[Sum[Key]], cell: Key) -> bool:
    """Independent of the rule's algebra: a hidden cell is free when some change of the hidden
    cells by −1, 0 or +1 each keeps every sum true and moves that cell (the sums here are
    network-like, so a free cell always has such a change)."""
    cells = sorted(hidden)
    for step in itertools.product((-1, 0, 1), repeat=len(cells)):
        delta = dict(zip(cells, step, strict=True))
        if delta[cell] == 0:
            continue
        if all(delta.get(rel.total, 0) == sum(delta.get(p, 0) for p in rel.parts) for rel in sums):
            return False
    return True


rows_strategy = st.lists(
    st.tuples(st.integers(0, 7), st.integers(0, 7), st.integers(0, 7)), min_size=1, max_size=3
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=rows_strategy)
def test_no_hidden_count_is_recoverable(rows: list[tuple[int, int, int]]) -> None:
    values, sums = _table(rows)
    small = _small(values)
    hidden = suppress(values, small, sums)
    assert small <= hidden
    # No sum shows all but one of its cells: nothing follows by one subtraction …
    for rel in sums:
        assert sum(1 for k in rel.cells if k in hidden) != 1, rel
    # … nor by combining sums.
    assert recoverable(hidden, sums) == []
    if len(hidden) <= 9:
        for cell in hidden:
            assert not _determined_by_search(hidden, sums, cell), cell


def test_the_juva_example() -> None:
    """Juva: n = 4, improved 3, worse 0 showed the hidden unchanged = 1."""
    values = {"n": 4, "improved": 3, "unchanged": 1, "worse": 0}
    sums = [Sum("n", ("improved", "unchanged", "worse"))]
    hidden = suppress(values, {"unchanged"}, sums)
    assert hidden == {"unchanged", "improved"}  # the smallest shown part that is not zero


def test_nothing_small_hides_nothing() -> None:
    values, sums = _table([(3, 4, 5), (6, 3, 3)])
    assert suppress(values, _small(values), sums) == set()


def _export(place: str, before: tuple[int, ...], after: tuple[int, ...], n: int):  # type: ignore[no-untyped-def]
    import uuid

    from voimaa.models import GroupMode, ParticipantStatus, Phase, WordingVersion

    people = tuple(
        coordinator.ExportedParticipant(
            code=f"C{i:03d}{place[:1]}-A",
            status=ParticipantStatus.ACTIVE,
            attendance=(),
            forms=(
                coordinator.EurohisForm(Phase.BEFORE, None, WordingVersion.THL_ATH, before),
                coordinator.EurohisForm(Phase.AFTER, None, WordingVersion.THL_ATH, after),
            ),
        )
        for i in range(n)
    )
    return coordinator.GroupExport(
        group_id=uuid.uuid4(),
        place=place,
        mode=GroupMode.LOCAL,
        start_date=date(2026, 9, 1),
        end_date=date(2026, 10, 20),
        exported_on=date(2026, 11, 23),
        sessions=(),
        participants_total=n,
        participants_left=0,
        participants=people,
        statements=(),
        questions=(),
        feedback=(),
        open_texts_included=False,
        budget_planned_cents=0,
        budget_actual_cents=0,
    )


def test_the_combined_report_hides_the_complement() -> None:
    better, same = (4,) * 8, (3,) * 8
    low = (3,) * 8
    juva = [_export("Juva", low, better, 3), _export("Juva", low, same, 1)]
    report = coordinator.aggregate([*juva, _export("Mikkeli", low, better, 5)])
    place = next(a for a in report.places if a.label == "Juva")
    c = place.change
    assert (c.pairs.value, c.improved.value, c.unchanged.value, c.worse.value) == (4, 3, 1, 0)
    assert c.unchanged.hidden and c.unchanged.mark == "<3"
    assert c.improved.hidden and c.improved.mark == "*"
    shown = [f for f in (c.pairs, c.improved, c.unchanged, c.worse) if not f.hidden]
    assert len(shown) <= 2
