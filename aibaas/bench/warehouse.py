"""Results in the DuckDB warehouse: append per run and model, time windows, retention, export.

Table `bench.sample_results` holds one time-stamped row per sample, with `result_date` as its
partition column (DuckDB compresses columns itself; Parquet exports use zstd). Only the Dagster
`scores` asset writes here; exports open the file read-only.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Literal

import duckdb
import polars as pl

from aibaas.bench.results import SAMPLE_SCHEMA
from aibaas.errors import AibaasError
from aibaas.sql import load_sql

ExportFormat = Literal["json", "csv", "parquet"]


class NoResultsError(AibaasError):
    """The warehouse has no results to show or export yet."""


def _ensure_table(connection: duckdb.DuckDBPyConnection) -> None:
    empty = pl.DataFrame(schema=SAMPLE_SCHEMA)  # noqa: F841 - read by DuckDB's replacement scan
    connection.execute(load_sql("bench_create_samples"))


def store_samples(warehouse: Path, samples: pl.DataFrame) -> int:
    """Replace the rows of the runs and models in `samples` with `samples`; the rows written."""
    warehouse.parent.mkdir(parents=True, exist_ok=True)
    with duckdb.connect(str(warehouse)) as connection:
        _ensure_table(connection)
        keys = samples.select("run_uid", "model").unique()  # noqa: F841 - read by DuckDB
        connection.execute("begin")
        connection.execute(load_sql("bench_delete_samples"))
        connection.execute(load_sql("bench_insert_samples"))
        connection.execute("commit")
    return samples.height


def _count(row: tuple[object, ...] | None) -> int:
    return int(str(row[0])) if row else 0


def apply_retention(
    warehouse: Path, raw_output_days: int, score_days: int | None, today: date | None = None
) -> dict[str, int]:
    """Drop raw answers older than `raw_output_days`, and whole rows older than `score_days` (None: keep).

    Returns:
        How many rows lost their answer text and how many rows were deleted.
    """
    today = today or datetime.now(UTC).date()
    with duckdb.connect(str(warehouse)) as connection:
        _ensure_table(connection)
        pruned = connection.execute(
            load_sql("bench_prune_answers"), [today - timedelta(days=raw_output_days)]
        )
        answers_pruned = _count(pruned.fetchone())
        deleted = 0
        if score_days is not None:
            cursor = connection.execute(
                load_sql("bench_delete_old_samples"), [today - timedelta(days=score_days)]
            )
            deleted = _count(cursor.fetchone())
    return {"answers_pruned": answers_pruned, "rows_deleted": deleted}


def read_samples(warehouse: Path, run_uid: str | None = None) -> pl.DataFrame:
    """Sample rows of one run (a uid prefix), or of every run, read-only."""
    if not warehouse.exists():
        raise NoResultsError(f"no warehouse at {warehouse}; run a benchmark first (`aibaas bench run`)")
    with duckdb.connect(str(warehouse), read_only=True) as connection:
        if not _count(connection.execute(load_sql("bench_samples_exist")).fetchone()):
            raise NoResultsError("no benchmark results in the warehouse yet; run `aibaas bench run`")
        return connection.execute(load_sql("bench_samples"), [run_uid or ""]).pl()


def window_summary(warehouse: Path, start: date, end: date) -> pl.DataFrame:
    """Per model and day in [start, end]: samples, pass rate and mean score (uses the date column)."""
    with duckdb.connect(str(warehouse), read_only=True) as connection:
        return connection.execute(load_sql("bench_window_summary"), [start, end]).pl()


def export_samples(samples: pl.DataFrame, path: Path, fmt: ExportFormat) -> Path:
    """Write sample rows as JSON (records), CSV or Parquet (zstd)."""
    if samples.is_empty():
        raise NoResultsError("nothing to export: the selected run has no results")
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "json":
        samples.write_json(path)
    elif fmt == "csv":
        samples.write_csv(path)
    else:
        samples.write_parquet(path, compression="zstd")
    return path
