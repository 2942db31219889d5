"""The public leaderboard: filters (and their URL form), the ranked table, the heat map, exports.

With no filter, or one dimension and all of history, the table is the published leaderboard mart
(bootstrap intervals from the aggregation). Any other combination is recomputed from the daily
history mart with a normal-approximation interval, and the view says which method it used.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from datetime import date, timedelta

import numpy as np
import polars as pl

from aibaas.views.contract import DIFFICULTIES, LANGUAGES, SCENARIOS

ALL = "all"
WINDOWS: dict[str, int | None] = {"all": None, "7d": 7, "30d": 30, "90d": 90, "365d": 365}
DIMENSIONS: dict[str, tuple[str, ...]] = {
    "language": LANGUAGES,
    "scenario": SCENARIOS,
    "difficulty": DIFFICULTIES,
}
PUBLISHED = "published leaderboard (bootstrap intervals over tasks)"
RECOMPUTED = "recomputed from daily history (normal-approximation intervals)"
TABLE_COLUMNS = [
    "rank",
    "rank_low",
    "rank_high",
    "model",
    "provider",
    "score",
    "ci_low",
    "ci_high",
    "pass_at_1",
    "cost_per_solved_usd",
    "latency_per_solved_s",
    "n_tasks",
]


@dataclass(frozen=True)
class LeaderboardFilters:
    """What a visitor chose; every field round-trips through the page's query parameters."""

    language: str = ALL
    scenario: str = ALL
    difficulty: str = ALL
    window: str = ALL
    search: str = ""

    def dimensions(self) -> dict[str, str]:
        """The chosen language, scenario and difficulty that are not 'all'."""
        chosen = {"language": self.language, "scenario": self.scenario, "difficulty": self.difficulty}
        return {k: v for k, v in chosen.items() if v != ALL}

    def to_query_params(self) -> dict[str, str]:
        """Only the fields that differ from the defaults, so a plain URL stays plain."""
        default = LeaderboardFilters()
        return {
            f.name: getattr(self, f.name)
            for f in fields(self)
            if getattr(self, f.name) != getattr(default, f.name)
        }


def filters_from_query_params(params: Mapping[str, str]) -> tuple[LeaderboardFilters, list[str]]:
    """Filters from a shared URL; an unknown value falls back to 'all' with a sentence saying so."""
    filters, problems = LeaderboardFilters(), []
    allowed = {**{k: (ALL, *v) for k, v in DIMENSIONS.items()}, "window": tuple(WINDOWS)}
    for name, choices in allowed.items():
        value = params.get(name)
        if value is None:
            continue
        if value in choices:
            filters = replace(filters, **{name: value})
        else:
            problems.append(f"{name}={value!r} in the link is not one of {', '.join(choices)}; showing all")
    search = params.get("search", "").strip()[:100]
    return replace(filters, search=search), problems


def uses_published(filters: LeaderboardFilters) -> bool:
    return filters.window == ALL and len(filters.dimensions()) <= 1


def window_bounds(history: pl.DataFrame, window: str) -> tuple[pl.Expr, str]:
    """A filter on `day` for the window, relative to the newest published day, and its description."""
    days = WINDOWS[window]
    newest = history["day"].max() if not history.is_empty() else None
    if days is None or not isinstance(newest, date):
        return pl.lit(True), "all history"
    return pl.col("day") >= newest - timedelta(days=days - 1), f"the {days} days up to {newest.isoformat()}"


def with_rank_ranges(frame: pl.DataFrame, over: list[str]) -> pl.DataFrame:
    """Add rank (by score) and the range of ranks the intervals allow, within each `over` group.

    A model's best rank is 1 + the number of models whose lower bound beats its upper bound; its
    worst is the number of models whose upper bound reaches its lower bound (itself included).
    """
    if frame.is_empty():
        return frame.with_columns(rank=pl.lit(0), rank_low=pl.lit(0), rank_high=pl.lit(0))
    parts = []
    for part in frame.partition_by(over, maintain_order=True) if over else [frame]:
        lows = np.sort(part["ci_low"].to_numpy())
        highs = np.sort(part["ci_high"].to_numpy())
        my_high = part["ci_high"].to_numpy()
        my_low = part["ci_low"].to_numpy()
        better = len(lows) - np.searchsorted(lows, my_high, side="right")
        reaching = len(highs) - np.searchsorted(highs, my_low, side="left")
        parts.append(
            part.with_columns(
                rank=pl.col("score").rank("ordinal", descending=True).cast(pl.Int64),
                rank_low=pl.Series(better + 1, dtype=pl.Int64),
                rank_high=pl.Series(reaching, dtype=pl.Int64),
            )
        )
    return pl.concat(parts)


def aggregate_cells(history: pl.DataFrame, keys: list[str]) -> pl.DataFrame:
    """Pool daily cells into one row per `keys`: task-weighted score, pooled spread, interval, costs."""
    n = pl.col("n_tasks")
    grouped = history.group_by(keys).agg(
        n_tasks=n.sum(),
        solved=pl.col("n_solved").sum(),
        score=(pl.col("score_mean") * n).sum() / n.sum(),
        second_moment=((pl.col("score_sd") ** 2 + pl.col("score_mean") ** 2) * n).sum() / n.sum(),
        cost=pl.col("cost_usd").sum(),
        latency=pl.col("latency_s").sum(),
    )
    spread = (pl.col("second_moment") - pl.col("score") ** 2).clip(lower_bound=0).sqrt()
    half = 1.96 * spread / pl.col("n_tasks").sqrt()
    return grouped.with_columns(
        ci_low=(pl.col("score") - half).clip(0, 100),
        ci_high=(pl.col("score") + half).clip(0, 100),
        pass_at_1=pl.col("solved") / pl.col("n_tasks"),
        cost_per_solved_usd=pl.col("cost") / pl.col("solved").clip(lower_bound=1),
        latency_per_solved_s=pl.col("latency") / pl.col("solved").clip(lower_bound=1),
    ).drop("second_moment", "solved", "cost", "latency")


def _matches(search: str) -> pl.Expr:
    needle = search.lower()
    return pl.col("model").str.to_lowercase().str.contains(needle, literal=True) | pl.col(
        "provider"
    ).str.to_lowercase().str.contains(needle, literal=True)


@dataclass(frozen=True)
class LeaderboardView:
    table: pl.DataFrame
    method: str
    period: str


def leaderboard_view(
    board: pl.DataFrame, history: pl.DataFrame, filters: LeaderboardFilters
) -> LeaderboardView:
    """The ranked table for the filters; ranks are among all models, the search only hides rows."""
    if uses_published(filters):
        chosen = filters.dimensions()
        slice_name, value = next(iter(chosen.items()), ("overall", ALL))
        table = board.filter(pl.col("slice") == slice_name, pl.col("slice_value") == value)
        method, period = PUBLISHED, "all history"
    else:
        in_window, period = window_bounds(history, filters.window)
        cells = history.filter(in_window, *(pl.col(k) == v for k, v in filters.dimensions().items()))
        table = with_rank_ranges(aggregate_cells(cells, ["model", "provider"]), over=[])
        method = RECOMPUTED
    if filters.search:
        table = table.filter(_matches(filters.search))
    return LeaderboardView(table.select(TABLE_COLUMNS).sort("rank"), method, period)


def heatmap(history: pl.DataFrame, filters: LeaderboardFilters, models: list[str]) -> pl.DataFrame:
    """Score per model (rows, in the given order) and language (columns) under the other filters."""
    in_window, _ = window_bounds(history, filters.window)
    others = {k: v for k, v in filters.dimensions().items() if k != "language"}
    cells = history.filter(
        in_window, pl.col("model").is_in(models), *(pl.col(k) == v for k, v in others.items())
    )
    scores = aggregate_cells(cells, ["model", "language"]).select("model", "language", "score")
    if scores.is_empty():
        return pl.DataFrame({"model": models})
    wide = scores.pivot(on="language", index="model", values="score")
    present = [lang for lang in LANGUAGES if lang in wide.columns]
    order = pl.DataFrame({"model": models, "_order": list(range(len(models)))})
    return wide.join(order, on="model").sort("_order").select("model", *present)


def export_csv(table: pl.DataFrame) -> bytes:
    return table.write_csv().encode("utf-8")


def export_json(table: pl.DataFrame) -> bytes:
    return table.write_json().encode("utf-8")
