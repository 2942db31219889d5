"""The final score: the five sources combined with configured weights, with bootstrap intervals.

Every source is a per-(model, task) score on 0-100. One bootstrap over tasks (shared by all
sources, so their draws stay paired) gives each (model, source) mean per round; each round's
combination applies the weights, renormalized over the sources that model has, so the interval
carries the uncertainty of every source through the weighted sum. Ranks are taken per round too,
which gives each model a rank range. Outlier tasks (modified z-score of a task's mean across
models, per source) are flagged and the score is shown with and without them.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import polars as pl
from numpy.typing import NDArray
from scipy.stats import rankdata

from aibaas.judging.errors import JudgingInputError
from aibaas.judging.weights import SOURCES, AggregationWeights
from aibaas.stats import bootstrap_means, mad_outliers, percentile_interval


@dataclass(frozen=True)
class ScoreCube:
    """Per-task scores as tasks x models x sources, NaN where a source has no score."""

    tasks: list[str]
    models: list[str]
    values: NDArray[np.float64]


def score_cube(source_scores: pl.DataFrame) -> ScoreCube:
    """Pivot long scores (source, model, task_id, score) into the cube the bootstrap works on."""
    unknown = set(source_scores["source"].unique().to_list()) - set(SOURCES)
    if unknown:
        raise JudgingInputError(
            f"source scores: unknown source(s) {sorted(unknown)}; known: {', '.join(SOURCES)}"
        )
    tasks = sorted(source_scores["task_id"].unique().to_list())
    models = sorted(source_scores["model"].unique().to_list())
    cube = np.full((len(tasks), len(models), len(SOURCES)), np.nan)
    task_index = {t: i for i, t in enumerate(tasks)}
    model_index = {m: i for i, m in enumerate(models)}
    source_index = {s: i for i, s in enumerate(SOURCES)}
    means = source_scores.group_by("source", "model", "task_id").agg(pl.col("score").mean())
    cube[
        means["task_id"].replace_strict(task_index).to_numpy(),
        means["model"].replace_strict(model_index).to_numpy(),
        means["source"].replace_strict(source_index).to_numpy(),
    ] = means["score"].to_numpy()
    return ScoreCube(tasks, models, cube)


def outlier_tasks(cube: ScoreCube) -> NDArray[np.bool_]:
    """tasks x sources: a task whose mean across models is an outlier among that source's tasks."""
    present = ~np.isnan(cube.values)
    with np.errstate(invalid="ignore", divide="ignore"):
        task_means = np.where(present, cube.values, 0.0).sum(axis=1) / present.sum(axis=1)
    flags = np.zeros(task_means.shape, dtype=bool)
    for source in range(task_means.shape[1]):
        column = task_means[:, source]
        present = ~np.isnan(column)
        if present.sum() >= 3:
            flags[present, source] = mad_outliers(column[present])
    return flags


def _combine(means: NDArray[np.float64], weights: NDArray[np.float64]) -> NDArray[np.float64]:
    """Weighted mean over the last axis (sources), renormalized over the sources present."""
    present = ~np.isnan(means)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(present, means, 0.0) @ weights / (present @ weights)


def _rank_ranges(
    draws: NDArray[np.float64], confidence: float
) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """Percentile range of each model's rank (1 = best) over bootstrap rounds."""
    ranks = rankdata(-np.nan_to_num(draws, nan=-np.inf), axis=1, method="min")
    low, high = percentile_interval(ranks, confidence, axis=0)
    return np.floor(low), np.ceil(high)


def aggregate(
    source_scores: pl.DataFrame,
    weights: AggregationWeights,
    rounds: int = 1000,
    seed: int = 0,
    confidence: float = 0.95,
) -> pl.DataFrame:
    """One row per model: combined score, interval, rank and rank range, breakdown by source.

    Args:
        source_scores: long frame with source, model, task_id, score (0-100).
        weights: the configured source weights.
        rounds: bootstrap rounds (1,000 for published numbers).
        seed: bootstrap seed, recorded by callers with the result.
    """
    cube = score_cube(source_scores)
    n_tasks, n_models, n_sources = cube.values.shape
    w = np.array([weights.as_dict()[s] for s in SOURCES])
    boot = bootstrap_means(cube.values.reshape(n_tasks, n_models * n_sources), rounds, seed)
    point_by_source = boot.point.reshape(n_models, n_sources)
    combined_draws = _combine(boot.draws.reshape(rounds, n_models, n_sources), w)
    point = _combine(point_by_source, w)
    low, high = percentile_interval(combined_draws, confidence, axis=0)
    rank_low, rank_high = _rank_ranges(combined_draws, confidence)
    flags = outlier_tasks(cube)
    trimmed = np.where(flags[:, None, :], np.nan, cube.values)
    kept = ~np.isnan(trimmed)
    with np.errstate(invalid="ignore", divide="ignore"):
        point_without = _combine(np.where(kept, trimmed, 0.0).sum(axis=0) / kept.sum(axis=0), w)
    present = ~np.isnan(point_by_source)
    effective = np.where(present, w, 0.0) / (present @ w)[:, None]
    frame = pl.DataFrame(
        {
            "model": cube.models,
            "score": point,
            "ci_low": low,
            "ci_high": high,
            "rank": rankdata(-np.nan_to_num(point, nan=-np.inf), method="min"),
            "rank_low": rank_low.astype(np.int64),
            "rank_high": rank_high.astype(np.int64),
            "score_without_outliers": point_without,
            "outlier_tasks": np.full(n_models, int(flags.any(axis=1).sum())),
            "tasks": (~np.isnan(cube.values).all(axis=2)).sum(axis=0),
            **{f"score_{s}": point_by_source[:, i] for i, s in enumerate(SOURCES)},
            **{f"weight_{s}": effective[:, i] for i, s in enumerate(SOURCES)},
        }
    )
    missing = [[s for i, s in enumerate(SOURCES) if not present[m, i] and w[i] > 0] for m in range(n_models)]
    return (
        frame.with_columns(
            pl.Series("sources_missing", missing, dtype=pl.List(pl.String)),
            pl.lit(rounds, dtype=pl.Int64).alias("bootstrap_rounds"),
            pl.lit(seed, dtype=pl.Int64).alias("bootstrap_seed"),
        )
        .with_columns(
            (pl.col("sources_missing").list.len() > 0).alias("renormalized"),
            pl.when(pl.col("sources_missing").list.len() > 0)
            .then(
                pl.lit("no ")
                + pl.col("sources_missing").list.join(", ")
                + pl.lit(" score; weights renormalized over the other sources")
            )
            .otherwise(pl.lit(""))
            .alias("note"),
            pl.col("rank").cast(pl.Int64),
        )
        .sort("rank", "model")
    )
