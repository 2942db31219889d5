"""`aibaas backup` / `aibaas restore`: the operational database and the warehouse in one archive.

SQLite is copied with SQLite's online backup API (consistent while in use); PostgreSQL with
`pg_dump --format=custom` and restored with `pg_restore --clean`. The DuckDB warehouse is copied
after a checkpoint. The archive is a .tar.gz with a manifest naming what it holds.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
from sqlalchemy.engine import make_url

from aibaas.config import Settings
from aibaas.errors import AibaasError
from aibaas.sql import load_sql

PG_BIN = Path("/usr/lib/postgresql/15/bin")
MANIFEST = "manifest.json"


class BackupError(AibaasError):
    """A backup or restore could not be made; the message says which part and why."""


def _pg_tool(name: str) -> str:
    found = shutil.which(name) or (str(PG_BIN / name) if (PG_BIN / name).exists() else None)
    if found is None:
        raise BackupError(f"{name} is not installed; install the postgresql-client package")
    return found


def _pg_args(dsn: str) -> tuple[list[str], dict[str, str]]:
    url = make_url(dsn)
    args = ["-h", url.host or "127.0.0.1", "-p", str(url.port or 5432), "-U", url.username or "postgres"]
    env = {"PGPASSWORD": url.password or ""} if url.password else {}
    return [*args, "-d", url.database or "postgres"], env


def _dump_database(settings: Settings, folder: Path) -> str:
    if settings.uses_sqlite:
        source = Path(make_url(settings.database_dsn).database or "")
        if not source.exists():
            raise BackupError(
                f"the operational database {source} does not exist; run `aibaas db upgrade` first"
            )
        with sqlite3.connect(source) as src, sqlite3.connect(folder / "aibaas.db") as dst:
            src.backup(dst)
        return "sqlite"
    args, env = _pg_args(settings.database_dsn)
    completed = subprocess.run(
        [_pg_tool("pg_dump"), "--format=custom", "--file", str(folder / "aibaas.pgdump"), *args],
        capture_output=True, text=True, env={**env, "PATH": "/usr/bin:/bin"}, check=False,
    )  # fmt: skip
    if completed.returncode != 0:
        raise BackupError(f"pg_dump failed: {completed.stderr.strip()[:500]}")
    return "postgresql"


def backup(settings: Settings, target: Path) -> dict[str, Any]:
    """Write the operational database and the warehouse to the archive `target`; its manifest."""
    with tempfile.TemporaryDirectory(prefix="aibaas-backup-") as tmp:
        folder = Path(tmp)
        manifest: dict[str, Any] = {
            "created_at": datetime.now(UTC).isoformat(),
            "database": _dump_database(settings, folder),
        }
        if settings.warehouse.exists():
            with duckdb.connect(str(settings.warehouse)) as connection:
                connection.execute(load_sql("bench_checkpoint"))
            shutil.copyfile(settings.warehouse, folder / "warehouse.duckdb")
            manifest["warehouse"] = True
        (folder / MANIFEST).write_text(json.dumps(manifest, indent=2), encoding="utf-8")
        target.parent.mkdir(parents=True, exist_ok=True)
        with tarfile.open(target, "w:gz") as archive:
            for path in sorted(folder.iterdir()):
                archive.add(path, arcname=path.name)
    return manifest


def restore(settings: Settings, source: Path) -> dict[str, Any]:
    """Replace the operational database and the warehouse with the archive's; its manifest.

    Raises:
        BackupError: when the archive is unreadable, or made from another kind of database.
    """
    with tempfile.TemporaryDirectory(prefix="aibaas-restore-") as tmp:
        folder = Path(tmp)
        try:
            with tarfile.open(source, "r:gz") as archive:
                archive.extractall(folder, filter="data")
        except (OSError, tarfile.TarError) as exc:
            raise BackupError(f"{source}: not a readable backup archive ({exc})") from None
        if not (folder / MANIFEST).exists():
            raise BackupError(f"{source}: no {MANIFEST}; not an `aibaas backup` archive")
        manifest: dict[str, Any] = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        kind = "sqlite" if settings.uses_sqlite else "postgresql"
        if manifest["database"] != kind:
            raise BackupError(
                f"{source} holds a {manifest['database']} database; AIBAAS_DATABASE_URL is {kind}"
            )
        if kind == "sqlite":
            target = Path(make_url(settings.database_dsn).database or "")
            target.parent.mkdir(parents=True, exist_ok=True)
            with sqlite3.connect(folder / "aibaas.db") as src, sqlite3.connect(target) as dst:
                src.backup(dst)
        else:
            args, env = _pg_args(settings.database_dsn)
            dump = str(folder / "aibaas.pgdump")
            completed = subprocess.run(
                [_pg_tool("pg_restore"), "--clean", "--if-exists", "--no-owner", *args, dump],
                capture_output=True, text=True, env={**env, "PATH": "/usr/bin:/bin"}, check=False,
            )  # fmt: skip
            if completed.returncode != 0:
                raise BackupError(f"pg_restore failed: {completed.stderr.strip()[:500]}")
        if manifest.get("warehouse"):
            settings.warehouse.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(folder / "warehouse.duckdb", settings.warehouse)
    return manifest
