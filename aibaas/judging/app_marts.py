"""The marts the app reads beside the leaderboard: outcomes per slice, daily history over runs, the
per-source breakdown with intervals, example answers and the staff review queue.

Columns are documented in docs/marts.md. Outcomes (pass@1, cost and latency per solved task) come
from the automated samples: a task's pass@1 is its share of passing samples (the unbiased estimator
for k = 1), so `n_solved` is the expected number of tasks solved at one attempt and is fractional
when a task has several samples.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

import numpy as np
import polars as pl

from aibaas.bench.warehouse import NoResultsError, read_samples
from aibaas.judging.aggregate import score_cube
from aibaas.judging.contracts import latest_run
from aibaas.judging.errors import JudgingInputError
from aibaas.judging.items import item_key
from aibaas.judging.weights import SOURCES
from aibaas.stats import bootstrap_means
from aibaas.taskbank.files import load_task_file, task_files

HISTORY_KEYS = ["model", "provider", "language", "scenario", "difficulty"]
ANSWER_COLUMNS = ["model", "task_id", "sample", "language", "scenario", "passed", "score", "answer"]
# Organisations' benchmarks are named `org<id>-<name>`; their runs never enter the public marts.
PRIVATE_BENCHMARK = re.compile(r"^org[0-9]+-")


def private_benchmark_name(organization_id: int, name: str) -> str:
    """The benchmark name under which an organisation's private benchmark runs."""
    return f"org{organization_id}-{name}"


def public_samples(warehouse: Path, automated: pl.DataFrame) -> pl.DataFrame:
    """Scored samples of every public run kept in the warehouse (with answers), in the automated
    contract's column names; the automated frame itself when the warehouse has no results.

    Raises:
        JudgingInputError: when the run being published is an organisation's private run (the
            benchmark job last materialized `scores/automated_scores` for a private benchmark).
    """
    try:
        rows = read_samples(warehouse)
    except NoResultsError:
        return automated
    private = pl.col("benchmark").str.contains(PRIVATE_BENCHMARK.pattern)
    latest = latest_run(automated)["run_id"][0]
    leaked = rows.filter(private & (pl.col("run_uid") == latest))
    if leaked.height:
        raise JudgingInputError(
            f"scores/automated_scores holds run {latest[:12]} of the private benchmark "
            f"{leaked['benchmark'][0]!r}; refusing to publish it. Materialize the platform benchmark "
            "first (the main job `aibaas_pipeline` does), then the leaderboard stage"
        )
    public = rows.filter(~pl.col("infra_failure") & ~private)
    if public.is_empty():
        return automated
    return public.rename({"run_uid": "run_id", "sample_index": "sample"})


def bank_prompts(taskbank_dir: Path) -> dict[str, str]:
    """Task id -> prompt of every task file in the bank (what examples show beside an answer)."""
    prompts = {}
    for path in task_files(taskbank_dir):
        task = load_task_file(path)
        prompts[task.id] = task.prompt
    return prompts


def outcomes(samples: pl.DataFrame, keys: list[str]) -> pl.DataFrame:
    """Per `keys`: n_tasks, n_solved (expected at one attempt), score mean and spread over tasks,
    total cost (USD) and total latency (s) of the samples."""
    per_task = samples.group_by(*keys, "task_id").agg(
        pl.col("passed").cast(pl.Float64).mean().alias("pass_at_1"),
        pl.col("score").mean(),
        pl.col("cost_usd").sum(),
        (pl.col("latency_ms").fill_null(0.0).sum() / 1000).alias("latency_s"),
    )
    return per_task.group_by(keys).agg(
        pl.len().alias("n_tasks"),
        pl.col("pass_at_1").sum().alias("n_solved"),
        pl.col("score").mean().alias("score_mean"),
        pl.col("score").std(ddof=0).fill_null(0.0).alias("score_sd"),
        pl.col("cost_usd").sum(),
        pl.col("latency_s").sum(),
    )


def leaderboard_outcomes(board: pl.DataFrame, automated: pl.DataFrame) -> pl.DataFrame:
    """The leaderboard with provider, pass@1, cost and latency per solved task for every slice row,
    from the latest run's samples (the run the judgments are about)."""
    latest = latest_run(automated)
    frames = [
        outcomes(latest, ["model", "provider"]).with_columns(
            slice=pl.lit("overall"), slice_value=pl.lit("all")
        )
    ]
    for column in ("language", "scenario", "difficulty"):
        frames.append(
            outcomes(latest, ["model", "provider", column]).select(
                pl.exclude(column), slice=pl.lit(column), slice_value=pl.col(column)
            )
        )
    per_slice = pl.concat(frames).select(
        "slice",
        "slice_value",
        "model",
        "provider",
        (pl.col("n_solved") / pl.col("n_tasks")).alias("pass_at_1"),
        (pl.col("cost_usd") / pl.col("n_solved")).alias("cost_per_solved_usd"),
        (pl.col("latency_s") / pl.col("n_solved")).alias("latency_per_solved_s"),
    )
    # A model that solved nothing has no cost per solved task: null, not infinity.
    per_slice = per_slice.with_columns(
        pl.when(pl.col(c).is_infinite()).then(None).otherwise(pl.col(c)).alias(c)
        for c in ("cost_per_solved_usd", "latency_per_solved_s")
    )
    return board.join(per_slice, on=["slice", "slice_value", "model"], how="left")


def history_mart(samples: pl.DataFrame) -> pl.DataFrame:
    """One row per day (UTC start of the run), model, language, scenario and difficulty, over every
    run in `samples`: the daily series the trends page and filtered leaderboards read."""
    dated = samples.with_columns(pl.col("run_started_at").dt.convert_time_zone("UTC").dt.date().alias("day"))
    return (
        outcomes(dated, ["day", *HISTORY_KEYS])
        .select(
            "day", *HISTORY_KEYS, "n_tasks", "n_solved", "score_mean", "score_sd", "cost_usd", "latency_s"
        )
        .sort("day", *HISTORY_KEYS)
    )


def score_breakdown_mart(
    source_scores: pl.DataFrame, board: pl.DataFrame, rounds: int, seed: int, confidence: float = 0.95
) -> pl.DataFrame:
    """Long form: model, source, score, ci_low, ci_high (bootstrap over tasks), weight (effective, from
    the overall leaderboard row) and n (tasks the source scored for the model)."""
    cube = score_cube(source_scores)
    n_tasks, n_models, n_sources = cube.values.shape
    boot = bootstrap_means(cube.values.reshape(n_tasks, n_models * n_sources), rounds, seed)
    with np.errstate(invalid="ignore"):
        low, high = boot.interval(confidence)
    counts = (~np.isnan(cube.values)).sum(axis=0).reshape(-1)
    long = pl.DataFrame(
        {
            "model": np.repeat(cube.models, n_sources),
            "source": np.tile(list(SOURCES), n_models),
            "score": boot.point,
            "ci_low": low,
            "ci_high": high,
            "n": counts.astype(np.int64),
        }
    ).filter(pl.col("n") > 0)
    weights = board.filter(pl.col("slice") == "overall").unpivot(
        index="model", on=[f"weight_{s}" for s in SOURCES], variable_name="source", value_name="weight"
    )
    weights = weights.with_columns(pl.col("source").str.strip_prefix("weight_"))
    return (
        long.join(weights, on=["model", "source"], how="left")
        .select("model", "source", "score", "ci_low", "ci_high", "weight", "n")
        .sort("model", "source")
    )


def _answers(samples: pl.DataFrame, prompts: Mapping[str, str]) -> pl.DataFrame:
    """The latest run's answers to tasks of the bank, with the task's prompt."""
    if "answer" not in samples.columns or samples.is_empty():
        return pl.DataFrame(schema={c: pl.String for c in [*ANSWER_COLUMNS, "prompt"]})
    known = pl.DataFrame(
        {"task_id": list(prompts), "prompt": list(prompts.values())},
        schema=[("task_id", pl.String), ("prompt", pl.String)],
    )
    answered = latest_run(samples).filter(pl.col("answer").is_not_null() & (pl.col("answer") != ""))
    return answered.select(ANSWER_COLUMNS).join(known, on="task_id", how="inner")


def examples_mart(samples: pl.DataFrame, prompts: Mapping[str, str]) -> pl.DataFrame:
    """One answer per model and task (the first sample) of the latest run: the profile's examples
    and the answers community voting compares. Every task of the bank has a public part, so
    `is_public` is true; runs of private benchmarks never reach this stage."""
    answers = _answers(samples, prompts)
    return (
        answers.sort("sample")
        .unique(["model", "task_id"], keep="first")
        .select(
            "model",
            "task_id",
            "language",
            "scenario",
            pl.lit(True).alias("is_public"),
            "prompt",
            pl.col("answer").alias("output"),
            pl.col("passed").cast(pl.Boolean),
            pl.col("score").cast(pl.Float64),
        )
        .sort("model", "task_id")
    )


def review_items_mart(samples: pl.DataFrame, prompts: Mapping[str, str]) -> pl.DataFrame:
    """Every answered sample of the latest run as a staff review item (`model::task::sample`)."""
    answers = _answers(samples, prompts)
    keys = [item_key(m, t, int(s)) for m, t, s in answers.select("model", "task_id", "sample").iter_rows()]
    return answers.select(
        pl.Series("item_key", keys, dtype=pl.String),
        "task_id",
        "model",
        "language",
        "scenario",
        "prompt",
        pl.col("answer").alias("code"),
    ).sort("item_key")
