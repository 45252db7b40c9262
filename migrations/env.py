"""alembic environment: batch mode for SQLite and the models' naming convention.

All revisions of one upgrade run in a single transaction (``transaction_per_migration`` is
off), and that transaction really covers the DDL: the sqlite3 driver's own transaction
handling — which commits before every ``CREATE TABLE`` — is switched off and BEGIN is emitted
explicitly. Voimaa passes in a connection already inside such a transaction
(:mod:`voimaa.store`); the engine made here for a development ``alembic upgrade`` does the same.
"""

from __future__ import annotations

import sqlite3

from alembic import context
from sqlalchemy import Connection, create_engine, event

import voimaa.models  # noqa: F401  (registers every table)
from voimaa.models.base import Base, UTCDateTime

config = context.config
target_metadata = Base.metadata


def _render_item(type_: str, obj: object, autogen_context: object) -> str | bool:
    """Render our UTC timestamp as a plain DateTime: revisions never import model code."""
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime()"
    return False


def _configure(**kwargs: object) -> None:
    context.configure(
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        render_item=_render_item,
        transaction_per_migration=False,
        **kwargs,  # type: ignore[arg-type]
    )


def run_migrations_offline() -> None:
    _configure(url=config.get_main_option("sqlalchemy.url"), literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection=connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    url = config.get_main_option("sqlalchemy.url") or "sqlite:///alembic-dev.sqlite3"
    engine = create_engine(url)

    @event.listens_for(engine, "connect")
    def _no_driver_transactions(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        dbapi_conn.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN")

    with engine.begin() as conn:
        _configure(connection=conn)
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
