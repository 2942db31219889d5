"""A model's profile: headline numbers, breakdown by judge source, slices, history, examples."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import polars as pl

from aibaas.views.leaderboard import aggregate_cells

STRENGTHS_SHOWN = 3


@dataclass(frozen=True)
class ModelProfile:
    model: str
    headline: dict[str, Any]
    breakdown: pl.DataFrame
    slices: pl.DataFrame
    history: pl.DataFrame
    strengths: pl.DataFrame
    weaknesses: pl.DataFrame
    examples: pl.DataFrame


def slices_against_field(board: pl.DataFrame, model: str) -> pl.DataFrame:
    """The model's score in each language, scenario and difficulty, and its gap to the field's median."""
    sliced = board.filter(pl.col("slice") != "overall")
    median = sliced.group_by("slice", "slice_value").agg(field_median=pl.col("score").median())
    mine = sliced.filter(pl.col("model") == model).join(median, on=["slice", "slice_value"])
    return mine.select(
        "slice",
        "slice_value",
        "score",
        "ci_low",
        "ci_high",
        "rank",
        "field_median",
        gap=pl.col("score") - pl.col("field_median"),
    ).sort("slice", "slice_value")


def model_history(history: pl.DataFrame, model: str, period: str = "1w") -> pl.DataFrame:
    """Score per period (Polars duration string, e.g. '1w') with its interval and cost."""
    cells = history.filter(pl.col("model") == model).with_columns(day=pl.col("day").dt.truncate(period))
    return aggregate_cells(cells, ["day"]).sort("day")


def model_profile(
    board: pl.DataFrame,
    breakdown: pl.DataFrame,
    history: pl.DataFrame,
    examples: pl.DataFrame,
    model: str,
) -> ModelProfile | None:
    """Everything the profile page shows for `model`, or None when the leaderboard lacks it.

    Example outputs come from public tasks only: a private task's prompt or answer never leaves here.
    """
    overall = board.filter(pl.col("slice") == "overall", pl.col("model") == model)
    if overall.is_empty():
        return None
    slices = slices_against_field(board, model)
    ordered = slices.sort("gap", descending=True)
    return ModelProfile(
        model=model,
        headline=overall.row(0, named=True),
        breakdown=breakdown.filter(pl.col("model") == model).sort("weight", descending=True),
        slices=slices,
        history=model_history(history, model),
        strengths=ordered.filter(pl.col("gap") > 0).head(STRENGTHS_SHOWN),
        weaknesses=ordered.filter(pl.col("gap") < 0).tail(STRENGTHS_SHOWN).reverse(),
        examples=examples.filter(pl.col("model") == model, pl.col("is_public")).sort("task_id"),
    )
