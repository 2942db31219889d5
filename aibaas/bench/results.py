"""Sample results: one row per (model, task, sample), their aggregates, pass@k, and the warehouse.

Rows are time-stamped and carry `result_date`, the warehouse's partition column: time-window
queries filter on it, retention deletes by it and Parquet exports are partitioned by it.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import numpy as np
import polars as pl

from aibaas.bench.cells import ScoredCell
from aibaas.bench.runs import RunRef
from aibaas.scoring.similarity import peer_similarity
from aibaas.scoring.weights import ScoringWeights, scenario_score
from aibaas.stats import pass_at_k

SAMPLE_SCHEMA: dict[str, Any] = {
    "run_uid": pl.Utf8,
    "fingerprint": pl.Utf8,
    "benchmark": pl.Utf8,
    "run_started_at": pl.Datetime("us", "UTC"),
    "model": pl.Utf8,
    "provider": pl.Utf8,
    "family": pl.Utf8,
    "task_id": pl.Utf8,
    "task_version": pl.Utf8,
    "language": pl.Utf8,
    "scenario": pl.Utf8,
    "difficulty": pl.Utf8,
    "sample_index": pl.Int64,
    "generation_key": pl.Utf8,
    "score_key": pl.Utf8,
    "status": pl.Utf8,
    "extraction_rule": pl.Utf8,
    "passed": pl.Boolean,
    "tests_passed": pl.Int64,
    "tests_total": pl.Int64,
    "score": pl.Float64,
    "correctness": pl.Float64,
    "quality": pl.Float64,
    "security": pl.Float64,
    "performance": pl.Float64,
    "similarity_reference": pl.Float64,
    "similarity_public": pl.Float64,
    "public_match": pl.Utf8,
    "similarity_peer": pl.Float64,
    "peer_model": pl.Utf8,
    "canary_leak": pl.Boolean,
    "infra_failure": pl.Boolean,
    "error_class": pl.Utf8,
    "cost_usd": pl.Float64,
    "latency_ms": pl.Float64,
    "input_tokens": pl.Int64,
    "output_tokens": pl.Int64,
    "answer": pl.Utf8,
    "components": pl.Utf8,
    "scored_at": pl.Datetime("us", "UTC"),
    "result_date": pl.Date,
}


def _peers(cells: Sequence[ScoredCell]) -> dict[tuple[str, str, int], tuple[str, float]]:
    """Most similar other model per (model, task, sample), over answers of the same task and sample."""
    by_task: dict[tuple[str, int], dict[str, str]] = defaultdict(dict)
    languages: dict[str, str] = {}
    for item in cells:
        by_task[(item.cell.task.id, item.cell.sample_index)][item.cell.model] = item.generation["text"]
        languages[item.cell.task.id] = item.cell.task.language.value
    out: dict[tuple[str, str, int], tuple[str, float]] = {}
    for (task_id, sample), answers in by_task.items():
        for model, peer in peer_similarity(answers, languages[task_id]).items():
            out[(model, task_id, sample)] = peer
    return out


def _headline(components: dict[str, Any]) -> float | None:
    """The scenario's main component: correctness, mutation score or review recall."""
    for name in ("correctness", "mutation_score", "recall"):
        if name in components:
            return float(components[name])
    return None


def sample_rows(
    run: RunRef, benchmark: str, cells: Sequence[ScoredCell], weights: ScoringWeights
) -> pl.DataFrame:
    """The result rows of scored cells; a cell whose scoring hit an infrastructure failure is marked
    `infra_failure` and has no score (it is never counted against the model)."""
    now = datetime.now(UTC)
    peers = _peers(cells)
    rows = []
    for item in cells:
        cell, gen, score = item.cell, item.generation, item.score or {}
        components = score.get("components", {})
        peer_model, peer_score = peers.get((cell.model, cell.task.id, cell.sample_index), ("", 0.0))
        rows.append({
            "run_uid": run.run_uid, "fingerprint": run.fingerprint, "benchmark": benchmark,
            "run_started_at": run.started_at, "model": cell.model, "provider": cell.model.split("/", 1)[0],
            "family": cell.task.family,
            "task_id": cell.task.id, "task_version": cell.task.version, "language": cell.task.language.value,
            "scenario": cell.task.scenario.value, "difficulty": cell.task.difficulty.value,
            "sample_index": cell.sample_index, "generation_key": cell.key, "score_key": item.score_key,
            "status": score.get("status", "graded" if score else "unscored"),
            "extraction_rule": score.get("extraction_rule"), "passed": bool(score.get("passed", False)),
            "tests_passed": score.get("tests_passed"), "tests_total": score.get("tests_total"),
            "score": scenario_score(components, cell.task.scenario.value, weights) if score else None,
            "correctness": _headline(components),
            "quality": components.get("quality"), "security": components.get("security"),
            "performance": components.get("performance"),
            "similarity_reference": score.get("similarity_reference"),
            "similarity_public": score.get("public_similarity"), "public_match": score.get("public_match"),
            "similarity_peer": peer_score, "peer_model": peer_model,
            "canary_leak": bool(score.get("canary_leak")), "infra_failure": not score,
            "error_class": gen.get("error_class"), "cost_usd": gen.get("cost_usd", 0.0),
            "latency_ms": gen.get("latency_ms"), "input_tokens": gen.get("input_tokens"),
            "output_tokens": gen.get("output_tokens"), "answer": gen.get("text", ""),
            "components": json.dumps(components, sort_keys=True), "scored_at": now, "result_date": now.date(),
        })  # fmt: skip
    return pl.DataFrame(rows, schema=SAMPLE_SCHEMA)


def model_task_results(samples: pl.DataFrame) -> pl.DataFrame:
    """Per (model, task): samples, passed samples, mean score, cost and latency (infra failures left out)."""
    return (
        samples.filter(~pl.col("infra_failure"))
        .group_by("model", "task_id")
        .agg(
            pl.len().alias("samples"),
            pl.col("passed").sum().cast(pl.Int64).alias("passed"),
            pl.col("score").mean().alias("score"),
            pl.col("cost_usd").sum().alias("cost_usd"),
            pl.col("latency_ms").mean().alias("latency_ms"),
        )
        .sort("model", "task_id")
    )


def model_summary(samples: pl.DataFrame, ks: Sequence[int]) -> pl.DataFrame:
    """Per model: mean score, pass@k for each k (unbiased estimator, tasks with n >= k), cost, tokens."""
    per_task = model_task_results(samples)
    rows = []
    for model, frame in per_task.group_by("model", maintain_order=True):
        n, c = frame["samples"].to_numpy(), frame["passed"].to_numpy()
        row: dict[str, Any] = {"model": model[0], "tasks": frame.height, "score": frame["score"].mean()}
        for k in ks:
            eligible = n >= k
            row[f"pass@{k}"] = (
                float(np.mean(pass_at_k(n[eligible], c[eligible], k))) if eligible.any() else None
            )
        row["cost_usd"] = frame["cost_usd"].sum()
        rows.append(row)
    return pl.DataFrame(rows)
