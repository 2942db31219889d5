"""The scoring stage end to end: score the run, store the rows, record results, apply retention.

Shared by the Dagster `scores/automated_scores` asset (and therefore `aibaas bench run`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import polars as pl

from aibaas.bench.definition import BenchmarkDefinition
from aibaas.bench.engine import score_phase
from aibaas.bench.progress import Listener, Progress
from aibaas.bench.results import model_summary, model_task_results, sample_rows
from aibaas.bench.runs import RunRef, replace_run_results, task_version_ids
from aibaas.bench.warehouse import apply_retention, store_samples
from aibaas.config import Settings
from aibaas.sandbox import Sandbox
from aibaas.store import make_engine, session_factory

CONTRACT_COLUMNS = {
    "run_id": "run_uid", "run_started_at": "run_started_at", "model": "model", "provider": "provider",
    "family": "family", "task_id": "task_id", "task_version": "task_version", "language": "language",
    "scenario": "scenario", "difficulty": "difficulty", "sample": "sample_index", "passed": "passed",
    "score": "score", "cost_usd": "cost_usd", "latency_ms": "latency_ms",
}  # fmt: skip


@dataclass(frozen=True)
class ScoreOutcome:
    run: RunRef
    progress: Progress
    samples: pl.DataFrame
    summary: pl.DataFrame
    contract: pl.DataFrame


def contract_frame(samples: pl.DataFrame) -> pl.DataFrame:
    """The `scores/automated_scores` frame: scored samples only, in the judging stage's columns."""
    scored = samples.filter(~pl.col("infra_failure"))
    return scored.select(pl.col(source).alias(name) for name, source in CONTRACT_COLUMNS.items())


def score_problems(contract: pl.DataFrame) -> list[str]:
    """What is wrong with a scores frame: no rows, or scores missing or outside 0-100."""
    if contract.is_empty():
        return ["no scored sample"]
    bad = contract.filter(pl.col("score").is_null() | (pl.col("score") < 0) | (pl.col("score") > 100))
    return [f"{bad.height} sample(s) have a missing or out-of-range score"] if bad.height else []


def score_and_store(
    settings: Settings,
    sandbox: Sandbox,
    definition: BenchmarkDefinition,
    models: Sequence[str] | None = None,
    listeners: Sequence[Listener] = (),
) -> ScoreOutcome:
    """Score the run of `definition`, store its rows in the warehouse and its results in the DB."""
    run, progress, cells = score_phase(settings, sandbox, definition, models, listeners)
    samples = sample_rows(run, definition.name, cells, definition.weights)
    store_samples(settings.warehouse, samples)
    sessions = session_factory(make_engine(settings.database_dsn))
    ids = task_version_ids(
        sessions, sorted({c.cell.task.id: c.cell.task for c in cells}.values(), key=lambda t: t.id)
    )
    per_task = model_task_results(samples)
    results = [
        {
            "model_name": r["model"],
            "task_version_id": ids[r["task_id"]],
            "samples": r["samples"],
            "passed": r["passed"],
            "score": r["score"] or 0.0,
            "cost_usd": r["cost_usd"],
            "latency_ms": r["latency_ms"],
        }
        for r in per_task.iter_rows(named=True)
    ]
    replace_run_results(sessions, run.id, results)
    apply_retention(settings.warehouse, settings.bench_raw_output_days, settings.bench_score_days)
    return ScoreOutcome(
        run, progress, samples, model_summary(samples, definition.pass_k), contract_frame(samples)
    )
