"""Results in the warehouse: time windows, retention, exports; backup and restore round trips."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import polars as pl
import pytest
from sqlalchemy import select

from aibaas.bench.backup import BackupError, backup, restore
from aibaas.bench.definition import BenchmarkDefinition
from aibaas.bench.engine import generate_phase
from aibaas.bench.pipeline import score_and_store
from aibaas.bench.runs import open_run, save_benchmark
from aibaas.bench.snapshot import RunSnapshot
from aibaas.bench.warehouse import (
    NoResultsError,
    apply_retention,
    export_samples,
    read_samples,
    store_samples,
    window_summary,
)
from aibaas.config import Settings, load_settings
from aibaas.platform import prepare
from aibaas.sandbox import open_sandbox
from aibaas.store import make_engine, session_factory
from aibaas.store.models import BenchmarkRun

DEFINITION = BenchmarkDefinition(name="storage", models=["mock/strong"])


@pytest.fixture
def scored(bench_settings: Settings) -> pl.DataFrame:
    """The six sample rows of a real run, stored in the warehouse."""
    generate_phase(bench_settings, DEFINITION)
    with open_sandbox(bench_settings) as sandbox:
        return score_and_store(bench_settings, sandbox, DEFINITION).samples


def _aged(samples: pl.DataFrame, days: int) -> pl.DataFrame:
    """The same rows as if scored `days` ago, under another run id."""
    when = datetime.now(UTC) - timedelta(days=days)
    return samples.with_columns(
        pl.lit(f"old{days}").alias("run_uid"),
        pl.lit(when).alias("scored_at"),
        pl.lit(when.date()).alias("result_date"),
    )


def test_results_are_time_stamped_rows_queryable_by_date_window(
    bench_settings: Settings, scored: pl.DataFrame
) -> None:
    store_samples(bench_settings.warehouse, _aged(scored, 10))
    today = datetime.now(UTC).date()
    recent = window_summary(bench_settings.warehouse, today - timedelta(days=1), today)
    assert recent["samples"].to_list() == [6]
    both = window_summary(bench_settings.warehouse, today - timedelta(days=30), today)
    assert both["result_date"].to_list() == [today - timedelta(days=10), today]
    # Storing a run again replaces its rows instead of duplicating them.
    store_samples(bench_settings.warehouse, scored)
    assert read_samples(bench_settings.warehouse).height == 12


def test_retention_drops_old_answers_and_optionally_old_scores(
    bench_settings: Settings, scored: pl.DataFrame
) -> None:
    store_samples(bench_settings.warehouse, _aged(scored, 100))
    assert apply_retention(bench_settings.warehouse, raw_output_days=90, score_days=None) == {
        "answers_pruned": 6,
        "rows_deleted": 0,
    }
    rows = read_samples(bench_settings.warehouse)
    old = rows.filter(pl.col("run_uid") == "old100")
    assert old["answer"].null_count() == 6 and old["score"].null_count() == 0
    assert rows.filter(pl.col("run_uid") != "old100")["answer"].null_count() == 0
    assert apply_retention(bench_settings.warehouse, 90, score_days=30)["rows_deleted"] == 6
    assert set(read_samples(bench_settings.warehouse)["run_uid"]) == {scored["run_uid"][0]}


@pytest.mark.parametrize("fmt", ["json", "csv", "parquet"])
def test_exports_hold_every_sample(
    bench_settings: Settings, scored: pl.DataFrame, tmp_path: Path, fmt: str
) -> None:
    run_uid = scored["run_uid"][0]
    path = export_samples(read_samples(bench_settings.warehouse, run_uid[:8]), tmp_path / f"out.{fmt}", fmt)  # type: ignore[arg-type]
    if fmt == "json":
        exported = pl.DataFrame(json.loads(path.read_text(encoding="utf-8")))
    elif fmt == "csv":
        exported = pl.read_csv(path)
    else:
        exported = pl.read_parquet(path)
    assert exported.height == 6
    assert set(exported["task_id"]) == set(scored["task_id"])
    assert exported["score"].sum() == pytest.approx(scored["score"].sum())


def test_reading_before_any_run_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(NoResultsError, match="aibaas bench run"):
        read_samples(tmp_path / "missing.duckdb")


def _run_count(settings: Settings) -> int:
    sessions = session_factory(make_engine(settings.database_dsn))
    with sessions() as session:
        return len(session.scalars(select(BenchmarkRun.id)).all())


def _wipe(settings: Settings) -> None:
    sessions = session_factory(make_engine(settings.database_dsn))
    with sessions.begin() as session:
        for run in session.scalars(select(BenchmarkRun)):
            session.delete(run)
    settings.warehouse.unlink(missing_ok=True)


def test_backup_and_restore_round_trip_sqlite(
    bench_settings: Settings, scored: pl.DataFrame, tmp_path: Path
) -> None:
    archive = tmp_path / "backup.tar.gz"
    manifest = backup(bench_settings, archive)
    assert (manifest["database"], manifest["warehouse"]) == ("sqlite", True)
    _wipe(bench_settings)
    assert _run_count(bench_settings) == 0
    restore(bench_settings, archive)
    assert _run_count(bench_settings) == 1
    restored = read_samples(bench_settings.warehouse)
    assert restored.sort("task_id")["score"].to_list() == scored.sort("task_id")["score"].to_list()


def test_backup_and_restore_round_trip_postgresql(
    postgres_dsn: str, tmp_path: Path, built_bank: Path
) -> None:
    settings = load_settings(data_dir=tmp_path / "data", database_url=postgres_dsn, taskbank_dir=built_bank)
    prepare(settings)
    sessions = session_factory(make_engine(settings.database_dsn))
    snapshot = RunSnapshot(
        definition=DEFINITION, taskbank_version="v", tasks=["t@1"], model_versions={}, sandbox_image="local"
    )
    open_run(sessions, save_benchmark(sessions, DEFINITION), snapshot, cells=6)
    archive = tmp_path / "pg.tar.gz"
    assert backup(settings, archive)["database"] == "postgresql"
    _wipe(settings)
    restore(settings, archive)
    assert _run_count(settings) == 1
    sqlite_settings = load_settings(data_dir=tmp_path / "other")
    with pytest.raises(BackupError, match="holds a postgresql database"):
        restore(sqlite_settings, archive)


def test_restoring_something_else_is_refused(bench_settings: Settings, tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.tar.gz"
    bogus.write_text("not an archive", encoding="utf-8")
    with pytest.raises(BackupError, match="not a readable backup archive"):
        restore(bench_settings, bogus)
