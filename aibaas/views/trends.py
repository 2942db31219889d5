"""Trends over time for chosen models, and side-by-side comparison with significance.

Two models are compared on the cells both have (same day, language, scenario and difficulty), so
a difference reflects the models rather than a different mix of tasks: a paired t-test over the
matched cells, with Holm's correction across all pairs shown together.
"""

from __future__ import annotations

from datetime import date
from itertools import combinations

import polars as pl
from scipy import stats

from aibaas.views.leaderboard import aggregate_cells

CELL_KEYS = ["day", "language", "scenario", "difficulty"]
ALPHA = 0.05


def in_range(history: pl.DataFrame, models: list[str], start: date, end: date) -> pl.DataFrame:
    return history.filter(pl.col("model").is_in(models), pl.col("day").is_between(start, end))


def time_series(
    history: pl.DataFrame, models: list[str], start: date, end: date, period: str
) -> pl.DataFrame:
    """Score per model and period ('1d', '1w', '1mo') with intervals, for the chosen date range."""
    cells = in_range(history, models, start, end).with_columns(day=pl.col("day").dt.truncate(period))
    return aggregate_cells(cells, ["model", "day"]).sort("model", "day")


def summary(history: pl.DataFrame, models: list[str], start: date, end: date) -> pl.DataFrame:
    """One row per model over the range: score, interval, pass@1, cost and latency per solved task."""
    return aggregate_cells(in_range(history, models, start, end), ["model"]).sort("score", descending=True)


def _holm(p_values: list[float]) -> list[float]:
    order = sorted(range(len(p_values)), key=lambda i: p_values[i])
    adjusted = [0.0] * len(p_values)
    running = 0.0
    for position, index in enumerate(order):
        running = max(running, min(1.0, (len(p_values) - position) * p_values[index]))
        adjusted[index] = running
    return adjusted


def pairwise(history: pl.DataFrame, models: list[str], start: date, end: date) -> pl.DataFrame:
    """Every pair of models: mean paired difference, its 95 % interval, p-value, Holm-adjusted p."""
    cells = in_range(history, models, start, end).select("model", *CELL_KEYS, "score_mean")
    rows: list[tuple[str, str, int, float | None, float | None, float | None, float | None]] = []
    for a, b in combinations(models, 2):
        left = cells.filter(pl.col("model") == a).drop("model")
        right = cells.filter(pl.col("model") == b).drop("model")
        diffs = left.join(right, on=CELL_KEYS, suffix="_b").select(
            d=pl.col("score_mean") - pl.col("score_mean_b")
        )["d"]
        n = diffs.len()
        if n < 2:
            rows.append((a, b, n, None, None, None, None))
            continue
        test = stats.ttest_1samp(diffs.to_numpy(), 0.0)
        interval = test.confidence_interval(0.95)
        rows.append(
            (
                a,
                b,
                n,
                float(diffs.to_numpy().mean()),
                float(interval.low),
                float(interval.high),
                float(test.pvalue),
            )
        )
    frame = pl.DataFrame(
        rows,
        schema={
            "model_a": pl.Utf8,
            "model_b": pl.Utf8,
            "paired_cells": pl.Int64,
            "difference": pl.Float64,
            "diff_ci_low": pl.Float64,
            "diff_ci_high": pl.Float64,
            "p_value": pl.Float64,
        },
        orient="row",
    )
    tested = frame.filter(pl.col("p_value").is_not_null())
    adjusted = pl.DataFrame(
        {
            "model_a": tested["model_a"],
            "model_b": tested["model_b"],
            "p_holm": _holm(tested["p_value"].to_list()),
        },
        schema={"model_a": pl.Utf8, "model_b": pl.Utf8, "p_holm": pl.Float64},
    )
    return frame.join(adjusted, on=["model_a", "model_b"], how="left").with_columns(
        significant=pl.col("p_holm") < ALPHA
    )
