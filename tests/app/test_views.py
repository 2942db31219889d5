"""Pure view functions: rank ranges, pooled intervals, filters in URLs, paired comparison."""

from __future__ import annotations

from datetime import date

import numpy as np
import polars as pl
import pytest
from scipy import stats

from aibaas.views import leaderboard as lb
from aibaas.views import trends as tr
from aibaas.views.contract import MartSchemaError, conform


def test_rank_ranges_follow_overlapping_intervals() -> None:
    frame = pl.DataFrame(
        {
            "model": ["a", "b", "c", "d"],
            "score": [90.0, 85.0, 70.0, 69.0],
            "ci_low": [88.0, 80.0, 65.0, 68.0],
            "ci_high": [92.0, 89.0, 75.0, 70.0],
        }
    )
    ranked = lb.with_rank_ranges(frame, over=[]).sort("rank")
    # a beats everyone's upper bound except b's? b's upper 89 < a's lower 88 is false -> a and b overlap.
    assert ranked["rank"].to_list() == [1, 2, 3, 4]
    assert ranked["rank_low"].to_list() == [1, 1, 3, 3]
    assert ranked["rank_high"].to_list() == [2, 2, 4, 4]


def test_pooled_interval_matches_the_raw_scores() -> None:
    rng = np.random.default_rng(1)
    groups = [rng.uniform(0, 100, n) for n in (5, 9, 3)]
    cells = pl.DataFrame(
        {
            "model": ["m"] * 3,
            "n_tasks": [len(g) for g in groups],
            "n_solved": [1, 2, 3],
            "score_mean": [g.mean() for g in groups],
            "score_sd": [g.std() for g in groups],
            "cost_usd": [1.0, 1.0, 1.0],
            "latency_s": [6.0, 6.0, 6.0],
        }
    )
    row = lb.aggregate_cells(cells, ["model"]).row(0, named=True)
    raw = np.concatenate(groups)
    assert row["score"] == pytest.approx(raw.mean())
    half = 1.96 * raw.std() / np.sqrt(raw.size)
    assert row["ci_low"] == pytest.approx(raw.mean() - half)
    assert row["cost_per_solved_usd"] == pytest.approx(0.5)
    assert row["latency_per_solved_s"] == pytest.approx(3.0)


@pytest.mark.parametrize(
    ("params", "expected", "problems"),
    [
        ({}, lb.LeaderboardFilters(), 0),  # a plain link is the default view
        ({"language": "rust", "window": "7d"}, lb.LeaderboardFilters(language="rust", window="7d"), 0),
        ({"difficulty": "impossible"}, lb.LeaderboardFilters(), 1),  # unknown value: all, and a warning
        ({"search": "  x" * 100}, lb.LeaderboardFilters(search=("  x" * 100).strip()[:100]), 0),
    ],
)
def test_filters_round_trip_through_query_params(params, expected, problems) -> None:
    filters, found = lb.filters_from_query_params(params)
    assert filters == expected
    assert len(found) == problems
    assert lb.filters_from_query_params(filters.to_query_params())[0] == filters


def test_published_slice_is_used_only_without_combinations() -> None:
    assert lb.uses_published(lb.LeaderboardFilters(language="go"))
    assert not lb.uses_published(lb.LeaderboardFilters(language="go", scenario="review"))
    assert not lb.uses_published(lb.LeaderboardFilters(window="30d"))


def test_paired_comparison_matches_scipy_and_detects_a_shift() -> None:
    rng = np.random.default_rng(3)
    days = [date(2026, 1, d) for d in range(1, 21)]
    base = rng.uniform(40, 60, len(days))
    rows = []
    for model, shift in (("a", 0.0), ("b", 8.0), ("c", 0.0)):
        for day, value in zip(days, base + shift + rng.normal(0, 1, len(days)), strict=True):
            rows.append((day, model, "python", "codegen", "easy", value))
    history = pl.DataFrame(
        rows, schema=["day", "model", "language", "scenario", "difficulty", "score_mean"], orient="row"
    )
    pairs = tr.pairwise(history, ["a", "b", "c"], days[0], days[-1])
    ab = pairs.filter(model_a="a", model_b="b").row(0, named=True)
    a = history.filter(model="a")["score_mean"].to_numpy()
    b = history.filter(model="b")["score_mean"].to_numpy()
    assert ab["p_value"] == pytest.approx(stats.ttest_rel(a, b).pvalue)
    assert ab["difference"] == pytest.approx(-8.0, abs=1.0)
    assert ab["significant"]
    assert not pairs.filter(model_a="a", model_b="c")["significant"][0]


def test_conform_names_the_missing_columns() -> None:
    with pytest.raises(MartSchemaError, match="'leaderboard' lacks the column\\(s\\) rank_low, rank_high"):
        conform(
            pl.DataFrame({"model": ["m"], "rank": [1]}).with_columns(
                provider=pl.lit("p"),
                slice=pl.lit("overall"),
                slice_value=pl.lit("all"),
                score=pl.lit(1.0),
                ci_low=pl.lit(0.0),
                ci_high=pl.lit(2.0),
                pass_at_1=pl.lit(0.5),
                cost_per_solved_usd=pl.lit(0.1),
                latency_per_solved_s=pl.lit(1.0),
                n_tasks=pl.lit(3),
            ),
            "leaderboard",
        )
