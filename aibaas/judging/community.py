"""Community votes: reputation with a daily cap, Bradley-Terry ratings, Wilson ranking, task scores.

Pairwise votes (`a_better`, `b_better`, `tie`) feed Bradley-Terry; `both_bad` says neither answer is
acceptable and is counted but is not a preference. Up/down votes rank single answers by the Wilson
lower bound. Suspicious votes (see fraud.py) weigh nothing; a new account ramps from 0.25 to full
weight over its first 30 days; and one user's total weight per UTC day is capped, so nobody can
outvote the crowd by volume.
"""

from __future__ import annotations

import polars as pl

from aibaas.judging.items import parse_item_key
from aibaas.stats import fit_bradley_terry, wilson_interval, win_matrix

DAILY_CAP = 10.0
RAMP_DAYS = 30.0
MIN_REPUTATION = 0.25
_POINTS = {"a_better": 1.0, "b_better": 0.0, "tie": 0.5}


def vote_weights(flagged: pl.DataFrame, daily_cap: float = DAILY_CAP) -> pl.DataFrame:
    """Add `weight`: reputation by account age, 0 when suspicious, scaled to the user's daily cap."""
    age_days = (pl.col("created_at") - pl.col("voter_created_at")).dt.total_seconds() / 86400
    reputation = (MIN_REPUTATION + (1 - MIN_REPUTATION) * age_days / RAMP_DAYS).clip(MIN_REPUTATION, 1.0)
    weighted = flagged.with_columns(
        pl.when(pl.col("suspicious")).then(0.0).otherwise(reputation).alias("raw_weight"),
        pl.col("created_at").dt.date().alias("day"),
    )
    daily = pl.col("raw_weight").sum().over("voter_id", "day")
    return weighted.with_columns(
        (pl.col("raw_weight") * pl.when(daily > daily_cap).then(daily_cap / daily).otherwise(1.0)).alias(
            "weight"
        )
    ).drop("raw_weight", "day")


def bradley_terry_ratings(
    weighted: pl.DataFrame, ridge: float = 1e-3, confidence: float = 0.95
) -> pl.DataFrame:
    """model, rating (Elo scale), rating_low, rating_high, comparisons from weighted pairwise votes."""
    pairwise = weighted.filter(pl.col("kind").is_in(list(_POINTS)) & (pl.col("weight") > 0))
    models = sorted(set(pairwise["model_a"].to_list()) | set(pairwise["model_b"].to_list()))
    if len(models) < 2:
        return pl.DataFrame(
            schema={
                "model": pl.String,
                "rating": pl.Float64,
                "rating_low": pl.Float64,
                "rating_high": pl.Float64,
                "comparisons": pl.Float64,
            }
        )
    index = {model: i for i, model in enumerate(models)}
    wins = win_matrix(
        len(models),
        [index[m] for m in pairwise["model_a"].to_list()],
        [index[m] for m in pairwise["model_b"].to_list()],
        [_POINTS[k] for k in pairwise["kind"].to_list()],
        pairwise["weight"].to_numpy(),
    )
    fit = fit_bradley_terry(models, wins, ridge=ridge)
    low, high = fit.interval(confidence)
    return pl.DataFrame(
        {
            "model": models,
            "rating": fit.elo(),
            "rating_low": fit.elo(low),
            "rating_high": fit.elo(high),
            "comparisons": fit.comparisons,
        }
    ).sort("rating", descending=True)


def community_task_scores(weighted: pl.DataFrame) -> pl.DataFrame:
    """model, task_id, score (0-100): weighted share of points won in pairwise and up/down votes."""
    pairwise = weighted.filter(pl.col("kind").is_in(list(_POINTS)) & (pl.col("weight") > 0))
    points = pl.col("kind").replace_strict(_POINTS, return_dtype=pl.Float64)
    sides = [
        pairwise.select(
            pl.col("model_a").alias("model"),
            pl.col("item_key").alias("task_id"),
            points.alias("points"),
            "weight",
        ),
        pairwise.select(
            pl.col("model_b").alias("model"),
            pl.col("item_key").alias("task_id"),
            (1 - points).alias("points"),
            "weight",
        ),
    ]
    updown = weighted.filter(pl.col("kind").is_in(["up", "down"]) & (pl.col("weight") > 0))
    if updown.height:
        tasks = [parse_item_key(k).task_id for k in updown["item_key"].to_list()]
        sides.append(
            updown.select(
                pl.col("model_a").alias("model"),
                pl.Series("task_id", tasks, dtype=pl.String),
                (pl.col("kind") == "up").cast(pl.Float64).alias("points"),
                "weight",
            )
        )
    return (
        pl.concat(sides)
        .group_by("model", "task_id")
        .agg(((pl.col("points") * pl.col("weight")).sum() / pl.col("weight").sum() * 100).alias("score"))
    )


def updown_ranking(votes: pl.DataFrame, confidence: float = 0.95) -> pl.DataFrame:
    """Per answer (item_key): up, down, and the Wilson lower bound that ranks it; best first."""
    counts = (
        votes.filter(pl.col("kind").is_in(["up", "down"]))
        .group_by("item_key", pl.col("model_a").alias("model"))
        .agg((pl.col("kind") == "up").sum().alias("up"), (pl.col("kind") == "down").sum().alias("down"))
    )
    bounds = [
        wilson_interval(int(u), int(u + d), confidence)[0] for u, d in counts.select("up", "down").iter_rows()
    ]
    return counts.with_columns(pl.Series("wilson_lower", bounds, dtype=pl.Float64)).sort(
        "wilson_lower", descending=True
    )


def moderation_summary(votes: pl.DataFrame) -> pl.DataFrame:
    """How many vote comments are in each moderation state."""
    return votes.group_by("moderation").agg(pl.len().alias("votes")).sort("moderation")
