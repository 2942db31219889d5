"""Fixtures shared by every test package: settings in a temporary data dir and real databases.

PostgreSQL is a real server (initdb + pg_ctl on a free loopback port) started once per test
session and torn down after it; each test that asks for it gets a fresh database.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")

from aibaas.config import Settings, get_settings, load_settings
from aibaas.store import migrate

PG_BIN = Path("/usr/lib/postgresql/15/bin")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass(frozen=True)
class PostgresServer:
    port: int
    data_dir: Path

    def dsn(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def create_database(self) -> str:
        name = f"t_{uuid.uuid4().hex[:12]}"
        engine = create_engine(self.dsn(), isolation_level="AUTOCOMMIT")
        with engine.connect() as connection:
            connection.execute(text(f'create database "{name}"'))
        engine.dispose()
        return self.dsn(name)


def _as_postgres(args: list[str]) -> list[str]:
    """PostgreSQL refuses to run as root; as root, run its tools as the postgres user."""
    return ["runuser", "-u", "postgres", "--", *args] if os.geteuid() == 0 else args


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    root = Path(tempfile.mkdtemp(prefix="aibaas-pg-"))
    data_dir = root / "data"
    if os.geteuid() == 0:
        shutil.chown(root, user="postgres")
    subprocess.run(
        _as_postgres([str(PG_BIN / "initdb"), "-D", str(data_dir), "-A", "trust", "-E", "UTF8", "--no-sync"]),
        check=True,
        capture_output=True,
    )
    port = free_port()
    options = f"-k {root} -p {port} -h 127.0.0.1 -c fsync=off -c full_page_writes=off"
    subprocess.run(
        _as_postgres(
            [
                str(PG_BIN / "pg_ctl"),
                "-D",
                str(data_dir),
                "-w",
                "-l",
                str(root / "log"),
                "-o",
                options,
                "start",
            ]
        ),
        check=True,
        capture_output=True,
    )
    try:
        yield PostgresServer(port=port, data_dir=data_dir)
    finally:
        subprocess.run(
            _as_postgres([str(PG_BIN / "pg_ctl"), "-D", str(data_dir), "-m", "immediate", "-w", "stop"]),
            check=False,
            capture_output=True,
        )
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def postgres_dsn(postgres_server: PostgresServer) -> str:
    """A fresh, empty database on the session's PostgreSQL server."""
    return postgres_server.create_database()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_dsn(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh database on each backend, migrated to the newest revision."""
    if request.param == "sqlite":
        dsn = f"sqlite:///{tmp_path / 'aibaas.db'}"
    else:
        dsn = request.getfixturevalue("postgres_dsn")
    migrate.upgrade(dsn)
    return dsn


@pytest.fixture
def settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Settings]:
    """Development settings whose data dir is a temporary folder, also seen by `get_settings()`."""
    monkeypatch.setenv("AIBAAS_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("AIBAAS_DATABASE_URL", raising=False)
    monkeypatch.delenv("AIBAAS_ENV", raising=False)
    get_settings.cache_clear()
    yield load_settings()
    get_settings.cache_clear()
