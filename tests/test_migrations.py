"""Migrations: fresh upgrade, models == migrations, down and up again, upgrading old data."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect

from voimaa import groups
from voimaa.models import Base
from voimaa.store import DB_FILENAME, Store, alembic_config, head_revision

FIRST_REVISION = "0001"


def _engine(path: Path):  # type: ignore[no-untyped-def]
    return create_engine(f"sqlite:///{path}")


def _upgrade(path: Path, revision: str) -> None:
    engine = _engine(path)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), revision)
    engine.dispose()


def test_history_is_linear_and_starts_at_the_first_revision() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    assert len(script.get_heads()) == 1
    revisions = list(script.walk_revisions())
    assert revisions[-1].revision == FIRST_REVISION


def test_models_and_migrations_agree(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    _upgrade(path, "head")
    engine = _engine(path)
    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(ctx, Base.metadata)
    engine.dispose()
    assert diff == []


def test_downgrade_to_base_and_up_again(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    _upgrade(path, "head")
    engine = _engine(path)
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "base")
    with engine.connect() as conn:
        assert set(inspect(conn).get_table_names()) <= {"alembic_version"}
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
    with engine.connect() as conn:
        assert set(Base.metadata.tables) <= set(inspect(conn).get_table_names())
    engine.dispose()


def test_store_made_by_the_first_revision_upgrades_without_loss(tmp_path: Path) -> None:
    """An old store with rows in it: opening it backs it up, migrates it and keeps every row."""
    folder = tmp_path / "old"
    folder.mkdir()
    path = folder / DB_FILENAME
    _upgrade(path, FIRST_REVISION)
    group_id = uuid.uuid4()
    participant_id = uuid.uuid4()
    now = "2026-09-01 10:00:00.000000"
    with sqlite3.connect(path) as c:
        c.execute(
            'INSERT INTO "group" (id, name, place, mode, meeting_link, session_minutes, status, '
            "budget_limit_cents, notes, created_at, updated_at) VALUES "
            "(?, 'Vanha ryhmä', 'Mikkeli', 'lahi', '', 120, 'kaynnissa', 50000, '', ?, ?)",
            (group_id.hex, now, now),
        )
        c.execute(
            "INSERT INTO participant (id, group_id, code, name, phone, own_worker, "
            "own_worker_contact, intake_notes, interests, wishes, considerations, "
            "consent_coordinator, status, left_reason, created_at, updated_at) VALUES "
            "(?, ?, 'K7M2-Q', 'Vanha Osallistuja', '', '', '', 'muistiinpano', '', '', "
            "'ruoka-allergia', 1, 'aktiivinen', '', ?, ?)",
            (participant_id.hex, group_id.hex, now, now),
        )
    store = Store.open(folder)
    assert store.current_revision() == head_revision()
    if head_revision() != FIRST_REVISION:
        assert list(store.backup_dir.glob("voimaa-*.sqlite3")), "no backup before migrating"
    listed = groups.list_groups(store)
    assert [(g.id, g.name, g.place, g.active_participants) for g in listed] == [
        (group_id, "Vanha ryhmä", "Mikkeli", 1)
    ]
    from voimaa.models import Participant

    with store.session() as s:
        p = s.get(Participant, participant_id)
        assert p is not None
        assert (p.code, p.name, p.considerations) == (
            "K7M2-Q",
            "Vanha Osallistuja",
            "ruoka-allergia",
        )


def test_upgrading_backs_the_file_up_first(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Even when the pending step is tiny, the file is copied before alembic touches it."""
    folder = tmp_path / "old"
    folder.mkdir()
    path = folder / DB_FILENAME
    _upgrade(path, FIRST_REVISION)
    calls: list[str] = []
    original = Store.backup

    def spy(self, dest=None, *, reason="varmuuskopio", **kw):  # type: ignore[no-untyped-def]
        calls.append(reason)
        return original(self, dest, reason=reason, **kw)

    monkeypatch.setattr(Store, "backup", spy)
    if head_revision() == FIRST_REVISION:
        Store.open(folder)
        assert calls == []
    else:
        Store.open(folder)
        assert calls and calls[0].startswith("ennen-paivitysta")


def test_store_with_forms_upgrades_to_individual_work(tmp_path: Path) -> None:
    """0001 → 0002: a participant's EUROHIS-8 form survives the rebuilt table, the new tables
    exist, and a form can now belong to a work period instead of a participant (never both)."""
    from datetime import date

    from sqlalchemy.exc import IntegrityError

    from voimaa.models import Client, EurohisResponse, Phase, WorkPeriod

    folder = tmp_path / "old"
    folder.mkdir()
    path = folder / DB_FILENAME
    _upgrade(path, FIRST_REVISION)
    group_id, participant_id, form_id = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    now = "2026-09-01 10:00:00.000000"
    with sqlite3.connect(path) as c:
        c.execute(
            'INSERT INTO "group" (id, name, place, mode, meeting_link, session_minutes, status, '
            "budget_limit_cents, notes, created_at, updated_at) VALUES "
            "(?, 'Vanha ryhmä', 'Juva', 'lahi', '', 120, 'kaynnissa', 0, '', ?, ?)",
            (group_id.hex, now, now),
        )
        c.execute(
            "INSERT INTO participant (id, group_id, code, name, phone, own_worker, "
            "own_worker_contact, intake_notes, interests, wishes, considerations, "
            "consent_coordinator, status, left_reason, created_at, updated_at) VALUES "
            "(?, ?, 'K7M2-Q', 'Vanha Osallistuja', '', '', '', '', '', '', '', 1, "
            "'aktiivinen', '', ?, ?)",
            (participant_id.hex, group_id.hex, now, now),
        )
        c.execute(
            "INSERT INTO eurohis_response (id, participant_id, phase, filled_on, wording, "
            "q1, q2, q3, q4, q5, q6, q7, q8, created_at, updated_at) VALUES "
            "(?, ?, 'alku', '2026-09-01', 'thl_ath', 3, 4, 2, 3, 3, 4, 1, 5, ?, ?)",
            (form_id.hex, participant_id.hex, now, now),
        )
    store = Store.open(folder)
    assert store.current_revision() == head_revision()
    with store.session() as s:
        form = s.get(EurohisResponse, form_id)
        assert form is not None
        assert (form.participant_id, form.period_id, form.answers) == (
            participant_id,
            None,
            (3, 4, 2, 3, 3, 4, 1, 5),
        )
        client = Client(code="AB34-C", name="Uusi Asiakas", participant_id=participant_id)
        period = WorkPeriod(client=client, place="Juva", start_date=date(2026, 10, 1))
        s.add_all([client, period])
        s.flush()
        s.add(EurohisResponse(period_id=period.id, phase=Phase.BEFORE, q1=4))
    with store.session() as s:
        assert s.query(EurohisResponse).filter(EurohisResponse.period_id.is_not(None)).count() == 1
    with pytest.raises(IntegrityError), store.session() as s:
        s.add(
            EurohisResponse(
                participant_id=participant_id, period_id=period.id, phase=Phase.AFTER, q1=4
            )
        )
    store.close()
