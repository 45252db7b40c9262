"""Budget: totals per category, limit and remaining, lines and category editing."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from voimaa import audit, budget, groups
from voimaa.errors import NotFoundError, ValidationError
from voimaa.store import Store


def test_demo_totals(demo_store: Store, demo_group_id: uuid.UUID) -> None:
    summary = budget.budget_summary(demo_store, demo_group_id)
    assert [c.name for c in summary.categories] == list(budget.DEFAULT_CATEGORIES)
    coffee = summary.categories[0]
    assert (coffee.planned_cents, coffee.actual_cents, coffee.line_count) == (18500, 18085, 8)
    assert coffee.difference_cents == -415
    assert summary.planned_total_cents == 52100
    assert summary.actual_total_cents == 49150
    assert summary.planned_total_cents == sum(c.planned_cents for c in summary.categories)
    assert summary.limit_cents == 60000
    assert summary.remaining_cents == 10850
    assert summary.remaining_planned_cents == 7900
    assert len(summary.lines) == 14
    assert summary.lines[0].session_number == 1
    assert [line.date for line in summary.lines] == sorted(line.date for line in summary.lines)  # type: ignore[type-var]
    assert len(summary.sessions) == 8


@pytest.fixture
def group_id(store: Store) -> uuid.UUID:
    return groups.create_group(
        store, groups.NewGroup(name="Budjettiryhmä", budget_limit_cents=50000)
    ).id


def test_line_crud(store: Store, group_id: uuid.UUID) -> None:
    summary = budget.budget_summary(store, group_id)
    coffee = summary.categories[0].id
    line_id = budget.add_line(
        store,
        group_id,
        budget.BudgetLineData(
            description="Kahvi",
            planned_cents=1250,
            actual_cents=None,
            date=date(2026, 9, 1),
            category_id=coffee,
            session_id=summary.sessions[0].id,
            receipt_ref="K-1",
            paid_by="Ohjaaja",
        ),
    )
    summary = budget.budget_summary(store, group_id)
    (line,) = summary.lines
    assert (line.id, line.category_name, line.session_number) == (line_id, "Kahvitarjoilu", 1)
    assert summary.actual_total_cents == 0 and summary.planned_total_cents == 1250
    assert summary.remaining_cents == 50000
    budget.update_line(
        store,
        line_id,
        budget.BudgetLineData(description="Kahvi ja pulla", planned_cents=1250, actual_cents=1399),
    )
    summary = budget.budget_summary(store, group_id)
    assert summary.lines[0].actual_cents == 1399
    assert summary.lines[0].category_id is None
    assert summary.uncategorised is not None and summary.uncategorised.actual_cents == 1399
    assert summary.remaining_cents == 50000 - 1399
    budget.delete_line(store, line_id)
    assert budget.budget_summary(store, group_id).lines == ()
    event = audit.list_events(store, action="budget.line.delete")[0]
    assert event.details == {"planned_cents": 1250, "actual_cents": 1399}
    with pytest.raises(NotFoundError):
        budget.delete_line(store, line_id)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (budget.BudgetLineData(description="  "), "kuvaus"),
        (budget.BudgetLineData(description="x", planned_cents=10**13), "liian suuri"),
        (budget.BudgetLineData(description="x", category_id=uuid.uuid4()), "luokkaa"),
        (budget.BudgetLineData(description="x", session_id=uuid.uuid4()), "kertaa"),
    ],
)
def test_bad_lines_are_refused(
    store: Store, group_id: uuid.UUID, data: budget.BudgetLineData, message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        budget.add_line(store, group_id, data)
    assert budget.budget_summary(store, group_id).lines == ()


def test_category_editing(store: Store, group_id: uuid.UUID) -> None:
    cats = budget.budget_summary(store, group_id).categories
    budget.rename_category(store, cats[0].id, "Kahvi ja pulla")  # type: ignore[arg-type]
    new = budget.add_category(store, group_id, "Tulostus")
    with pytest.raises(ValidationError, match="on jo olemassa"):
        budget.add_category(store, group_id, "tulostus")
    with pytest.raises(ValidationError, match="nimi"):
        budget.rename_category(store, new, "  ")
    budget.move_category(store, new, -1)
    names = [c.name for c in budget.budget_summary(store, group_id).categories]
    assert names[0] == "Kahvi ja pulla"
    assert names[-2:] == ["Tulostus", "Muut"]
    line = budget.add_line(
        store,
        group_id,
        budget.BudgetLineData(description="Paperi", planned_cents=500, category_id=new),
    )
    assert budget.remove_category(store, new) == 1
    summary = budget.budget_summary(store, group_id)
    assert "Tulostus" not in [c.name for c in summary.categories]
    assert summary.lines[0].id == line and summary.lines[0].category_id is None
    assert [c.position for c in summary.categories if c.id] == list(range(7))
    ids = [c.id for c in summary.categories if c.id]
    budget.reorder_categories(store, group_id, list(reversed(ids)))  # type: ignore[arg-type]
    assert budget.budget_summary(store, group_id).categories[0].name == "Muut"
    with pytest.raises(ValidationError):
        budget.reorder_categories(store, group_id, ids[:2])  # type: ignore[arg-type]


def test_limit(store: Store, group_id: uuid.UUID) -> None:
    budget.set_limit(store, group_id, 123450)
    assert budget.budget_summary(store, group_id).limit_cents == 123450
    with pytest.raises(ValidationError):
        budget.set_limit(store, group_id, -1)


@pytest.mark.parametrize("field", ["planned_cents", "actual_cents"])
def test_a_negative_amount_is_refused_with_what_to_do(store: Store, field: str) -> None:
    gid = groups.create_group(store, groups.NewGroup(name="Ryhmä")).id
    data = budget.BudgetLineData(description="Pullopantti", **{field: -320})  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match=r"ei voi olla negatiivinen.*palautus"):
        budget.add_line(store, gid, data)
    line = budget.add_line(store, gid, budget.BudgetLineData(description="Kahvi"))
    with pytest.raises(ValidationError, match="negatiivinen"):
        budget.update_line(store, line, data)
    assert budget.budget_summary(store, gid).lines[0].planned_cents == 0


def test_a_deleted_line_comes_back_under_its_own_id(store: Store) -> None:
    gid = groups.create_group(store, groups.NewGroup(name="Ryhmä")).id
    line = budget.add_line(store, gid, budget.BudgetLineData(description="Kahvi", actual_cents=5))
    [info] = budget.budget_summary(store, gid).lines
    budget.delete_line(store, line)
    assert budget.add_line(store, gid, budget.line_data(info), line_id=line) == line
    assert budget.budget_summary(store, gid).lines == (info,)
    with pytest.raises(ValidationError):
        budget.add_line(store, gid, budget.line_data(info), line_id=line)
