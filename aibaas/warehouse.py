"""The warehouse (a DuckDB file written only by Dagster) and the published Parquet marts.

Marts are replaced atomically (write to a temporary file, then rename), so a reader never sees a
half-written file; the app and notebooks read only marts, never the DuckDB file.
"""

from __future__ import annotations

import os
import re
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import polars as pl

from aibaas.errors import AibaasError

_MART_NAME = re.compile(r"^[a-z][a-z0-9_]*$")


class MartNotFoundError(AibaasError):
    """A mart has not been published yet."""


def mart_path(marts_dir: Path, name: str) -> Path:
    if not _MART_NAME.match(name):
        raise AibaasError(f"mart name {name!r} must be lower_snake_case letters, digits and underscores")
    return marts_dir / f"{name}.parquet"


def publish_mart(frame: pl.DataFrame, marts_dir: Path, name: str) -> Path:
    """Write `frame` as the mart `name`, replacing any previous version atomically.

    Returns:
        The mart's path.
    """
    target = mart_path(marts_dir, name)
    marts_dir.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=marts_dir, prefix=f".{name}.", suffix=".parquet.tmp")
    os.close(fd)
    try:
        frame.write_parquet(tmp_name, compression="zstd")
        os.replace(tmp_name, target)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return target


def read_mart(marts_dir: Path, name: str) -> pl.DataFrame:
    """Read a published mart.

    Raises:
        MartNotFoundError: naming the mart and the command that publishes it.
    """
    path = mart_path(marts_dir, name)
    if not path.exists():
        raise MartNotFoundError(
            f"mart {name!r} is not published yet ({path}); run `aibaas materialize` or `make demo`"
        )
    return pl.read_parquet(path)


def mart_published_at(marts_dir: Path, name: str) -> datetime | None:
    path = mart_path(marts_dir, name)
    return datetime.fromtimestamp(path.stat().st_mtime, tz=UTC) if path.exists() else None
