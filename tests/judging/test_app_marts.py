"""Outcomes per slice and the daily history: pass@1 from sample shares, cost per solved task; private
runs stay out of the public marts."""

from datetime import UTC, datetime, timedelta
from pathlib import Path

import polars as pl
import pytest

from aibaas.bench.results import SAMPLE_SCHEMA
from aibaas.bench.warehouse import store_samples
from aibaas.judging.app_marts import (
    history_mart,
    leaderboard_outcomes,
    private_benchmark_name,
    public_samples,
)
from aibaas.judging.errors import JudgingInputError

START = datetime(2026, 3, 2, 9, tzinfo=UTC)


def _samples(run: int, rows: list[tuple[str, str, bool, float]]) -> pl.DataFrame:
    """(model, task, passed, cost) samples of one run, all Python codegen, 1 s each."""
    return pl.DataFrame(
        {
            "run_id": f"run-{run}",
            "run_started_at": START + timedelta(days=run),
            "model": [r[0] for r in rows],
            "provider": "mock",
            "task_id": [r[1] for r in rows],
            "language": "python",
            "scenario": "codegen",
            "difficulty": "easy",
            "passed": [r[2] for r in rows],
            "score": [100.0 if r[2] else 20.0 for r in rows],
            "cost_usd": [r[3] for r in rows],
            "latency_ms": 1000.0,
        }
    )


LATEST = _samples(
    2,
    [
        ("mock/a", "t1", True, 0.01),
        ("mock/a", "t1", True, 0.01),
        ("mock/a", "t2", True, 0.01),
        ("mock/a", "t2", False, 0.01),  # t2 solved at one attempt half the time
        ("mock/b", "t1", False, 0.02),
        ("mock/b", "t2", False, 0.02),
    ],
)


def test_pass_at_1_and_cost_per_solved_task_follow_the_samples() -> None:
    board = pl.DataFrame(
        {"slice": ["overall", "overall"], "slice_value": ["all", "all"], "model": ["mock/a", "mock/b"]}
    )
    runs = pl.concat([_samples(1, [("mock/a", "t1", False, 1.0)]), LATEST])
    rows = {r["model"]: r for r in leaderboard_outcomes(board, runs).iter_rows(named=True)}
    assert rows["mock/a"]["pass_at_1"] == pytest.approx(0.75)  # only the latest run counts
    assert rows["mock/a"]["cost_per_solved_usd"] == pytest.approx(0.04 / 1.5)
    assert rows["mock/a"]["latency_per_solved_s"] == pytest.approx(4 / 1.5)
    assert rows["mock/b"]["pass_at_1"] == 0
    assert rows["mock/b"]["cost_per_solved_usd"] is None  # nothing solved: no cost per solved task


def test_history_has_one_row_per_run_day_and_cell() -> None:
    history = history_mart(pl.concat([_samples(1, [("mock/a", "t1", False, 1.0)]), LATEST]))
    assert history.select("day", "model").rows() == [
        (START.date() + timedelta(days=1), "mock/a"),
        (START.date() + timedelta(days=2), "mock/a"),
        (START.date() + timedelta(days=2), "mock/b"),
    ]
    last_a = history.row(1, named=True)
    assert (last_a["n_tasks"], last_a["n_solved"], last_a["cost_usd"], last_a["latency_s"]) == (
        2,
        1.5,
        0.04,
        4.0,
    )
    assert last_a["score_mean"] == pytest.approx((100 + 60) / 2)  # task means 100 and 60


def test_private_benchmark_names_carry_the_organisation() -> None:
    assert private_benchmark_name(12, "nightly") == "org12-nightly"


def _stored(warehouse: Path, samples: pl.DataFrame, benchmark: str) -> None:
    rows = samples.select(
        pl.col("run_id").alias("run_uid"),
        pl.lit(benchmark).alias("benchmark"),
        pl.exclude("run_id"),
        pl.lit(0, dtype=pl.Int64).alias("sample_index"),
        pl.lit(False).alias("infra_failure"),
    )
    store_samples(
        warehouse,
        rows.select(
            pl.col(c).cast(t) if c in rows.columns else pl.lit(None, dtype=t).alias(c)
            for c, t in SAMPLE_SCHEMA.items()
        ),
    )


def test_a_private_run_is_never_published(tmp_path: Path) -> None:
    warehouse = tmp_path / "warehouse.duckdb"
    public = _samples(1, [("mock/a", "t1", True, 0.01)])
    _stored(warehouse, public, "demo")
    _stored(warehouse, LATEST, private_benchmark_name(7, "nightly"))
    assert public_samples(warehouse, public)["run_id"].unique().to_list() == [
        "run-1"
    ]  # private rows left out
    with pytest.raises(JudgingInputError, match="private benchmark 'org7-nightly'; refusing to publish"):
        public_samples(warehouse, LATEST)
