"""Engines and sessions for the operational database (SQLite by default, PostgreSQL in production)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from aibaas.errors import AibaasError
from aibaas.logs import get_logger

log = get_logger(__name__)


def _enable_sqlite_foreign_keys(dbapi_connection: Any, _: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def make_engine(dsn: str) -> Engine:
    """An engine with pre-ping pooling; SQLite gets foreign keys, WAL and its parent folder."""
    url = make_url(dsn)
    if url.get_backend_name() == "sqlite":
        if url.database and url.database != ":memory:":
            Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, pool_pre_ping=True)
        event.listen(engine, "connect", _enable_sqlite_foreign_keys)
        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=10, pool_recycle=1800)


def wait_for_database(engine: Engine, attempts: int = 5, first_delay: float = 0.2) -> None:
    """Connect, retrying with exponential backoff while the server is not yet reachable.

    Raises:
        AibaasError: after the last attempt, naming the host (never the password).
    """
    delay = first_delay
    for attempt in range(1, attempts + 1):
        try:
            with engine.connect() as connection:
                connection.execute(text("select 1"))
            return
        except OperationalError as exc:
            if attempt == attempts:
                where = engine.url.render_as_string(hide_password=True)
                raise AibaasError(
                    f"database {where} is not reachable after {attempts} attempts: "
                    f"{exc.orig.__class__.__name__}. Is the server running and AIBAAS_DATABASE_URL right?"
                ) from None
            log.warning("database not reachable yet", attempt=attempt, retry_in_s=round(delay, 2))
            time.sleep(delay)
            delay *= 2


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def session_scope(factory: sessionmaker[Session]) -> Iterator[Session]:
    """A session that commits on success and rolls back on any error."""
    session = factory()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
