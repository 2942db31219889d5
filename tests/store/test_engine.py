"""Start-up against a database that is not there gives a clear, bounded failure."""

import pytest

from aibaas.errors import AibaasError
from aibaas.store import make_engine, wait_for_database
from tests.conftest import free_port


def test_unreachable_postgres_fails_after_bounded_retries_without_leaking_password() -> None:
    engine = make_engine(f"postgresql+psycopg://app:s3cret-pw@127.0.0.1:{free_port()}/nowhere")
    with pytest.raises(AibaasError) as raised:
        wait_for_database(engine, attempts=3, first_delay=0.01)
    message = str(raised.value)
    assert "after 3 attempts" in message
    assert "s3cret-pw" not in message
    assert "AIBAAS_DATABASE_URL" in message


def test_sqlite_stores_and_returns_timezone_aware_times(tmp_path) -> None:
    from datetime import UTC, datetime

    from aibaas.store import migrate, session_factory, session_scope
    from aibaas.store.models import Organization

    dsn = f"sqlite:///{tmp_path / 'db.sqlite'}"
    migrate.upgrade(dsn)
    factory = session_factory(make_engine(dsn))
    created = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    with session_scope(factory) as session:
        session.add(Organization(slug="acme", name="Acme", created_at=created))
    with session_scope(factory) as session:
        org = session.query(Organization).one()
    assert org.created_at == created
    assert org.created_at.tzinfo is not None
