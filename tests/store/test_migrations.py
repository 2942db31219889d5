"""Migrations go up and down cleanly on SQLite and on a real PostgreSQL 15 server."""

from sqlalchemy import inspect

from aibaas.store import make_engine, migrate
from aibaas.store.models import Base


def test_upgrade_creates_every_model_table_and_downgrade_removes_them(database_dsn: str) -> None:
    engine = make_engine(database_dsn)
    assert migrate.is_current(engine, database_dsn)
    tables = set(inspect(engine).get_table_names())
    assert set(Base.metadata.tables) <= tables

    migrate.downgrade(database_dsn, "base")
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}

    migrate.upgrade(database_dsn)
    assert set(Base.metadata.tables) <= set(inspect(engine).get_table_names())
    engine.dispose()


def test_models_and_migrations_agree(database_dsn: str) -> None:
    """Autogenerate finds nothing to do: the migrations build exactly what the models declare."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    engine = make_engine(database_dsn)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert differences == []
