"""No N+1 queries: listing groups, listing experts and loading a group run as many SQL
statements in a store of 5 groups as in one of 50 (counted with SQLAlchemy's
``before_cursor_execute`` event, so the figures do not depend on the machine's speed)."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from tests.conftest import TODAY, _isolated_session_setup, _store_from
from voimaa import (
    attendance,
    budget,
    coordinator,
    demo,
    eurohis,
    experts,
    feedback,
    groups,
    program,
    roster,
)
from voimaa.models import Phase
from voimaa.store import Store


@contextlib.contextmanager
def counting(store: Store) -> Iterator[list[str]]:
    """The SQL statements the store's engine runs inside the block."""
    statements: list[str] = []

    def before(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    event.listen(store.engine, "before_cursor_execute", before)
    try:
        yield statements
    finally:
        event.remove(store.engine, "before_cursor_execute", before)


def statements_of(store: Store, work: Callable[[], object]) -> int:
    with counting(store) as statements:
        work()
    return len(statements)


@pytest.fixture(scope="module")
def stores(
    tmp_path_factory: pytest.TempPathFactory, generated_store_files: dict[int, Path]
) -> Iterator[dict[int, tuple[Store, uuid.UUID]]]:
    """Copies of the stores of 5 and of 50 generated groups (and the demo group)."""
    made: dict[int, tuple[Store, uuid.UUID]] = {}
    for n, template in generated_store_files.items():
        folder = tmp_path_factory.mktemp(f"groups-{n}")
        with _isolated_session_setup(folder):  # the stores are encrypted: opened unattended
            store = _store_from(template, folder / "store")
        made[n] = (store, groups.resolve_group(store, demo.DEMO_GROUP_NAME))
    yield made
    for store, _ in made.values():
        store.close()


def _same_count(stores: dict[int, tuple[Store, uuid.UUID]], work: Callable[..., object]) -> int:
    counts = {
        n: statements_of(store, lambda s=store, g=gid: work(s, g))
        for n, (store, gid) in stores.items()
    }
    assert counts[5] == counts[50], counts
    return counts[5]


def test_listing_groups_does_not_grow_with_the_groups(
    stores: dict[int, tuple[Store, uuid.UUID]],
) -> None:
    assert _same_count(stores, lambda store, _gid: groups.list_groups(store)) <= 4
    _same_count(stores, lambda store, _gid: groups.list_groups(store, include_archived=False))


def test_listing_experts_does_not_grow_with_the_experts_or_their_visits(
    stores: dict[int, tuple[Store, uuid.UUID]],
) -> None:
    small, large = (experts.list_experts(store) for store, _ in stores.values())
    assert sum(len(e.visits) for e in large) > 2 * sum(len(e.visits) for e in small)
    assert _same_count(stores, lambda store, _gid: experts.list_experts(store)) <= 6


LOADERS: dict[str, Callable[[Store, uuid.UUID], object]] = {
    "header": lambda store, gid: (groups.get_group(store, gid), groups.get_details(store, gid)),
    "program": program.get_program,
    "participants": roster.list_participants,
    "attendance": lambda store, gid: attendance.attendance_table(store, gid, today=TODAY),
    "budget": lambda store, gid: budget.budget_summary(store, gid, today=TODAY),
    "eurohis entry": lambda store, gid: eurohis.entry_queue(store, gid, Phase.BEFORE),
    "eurohis change": eurohis.before_after,
    "feedback": lambda store, gid: (
        feedback.group_form(store, gid),
        feedback.list_feedback(store, gid),
        feedback.feedback_summary(store, gid),
        feedback.default_date(store, gid),
    ),
    "experts coming": experts.coming,
    "consent": coordinator.consent_list,
}


@pytest.mark.parametrize("name", list(LOADERS))
def test_loading_a_group_does_not_grow_with_the_groups(
    stores: dict[int, tuple[Store, uuid.UUID]], name: str
) -> None:
    _same_count(stores, LOADERS[name])


def test_the_counter_sees_a_query_per_row_when_there_is_one(
    stores: dict[int, tuple[Store, uuid.UUID]],
) -> None:
    """The check itself can fail: a loop of lazy loads is counted row by row."""
    from sqlalchemy import select

    from voimaa.models import Group

    def lazy(store: Store, _gid: uuid.UUID) -> None:
        with store.session() as s:
            for group in s.scalars(select(Group)):
                _ = list(group.participants)

    counts = {
        n: statements_of(store, lambda s=store, g=gid: lazy(s, g))
        for n, (store, gid) in stores.items()
    }
    assert counts[50] - counts[5] == 45
