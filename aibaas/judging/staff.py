"""Staff reviews: assignment to reviewers, reliability per rubric item, gold-item accuracy.

A review with `is_gold` set is the answer key for its item (written by a lead reviewer); the other
reviews of that item are graded against it. Gold reviews never count as review scores themselves.
"""

from __future__ import annotations

import random

import numpy as np
import polars as pl

from aibaas.judging.errors import JudgingInputError
from aibaas.judging.items import parse_item_key
from aibaas.judging.rubric import CRITERIA, SCALE_MAX, SCALE_MIN
from aibaas.stats import AlphaLevel, krippendorff_alpha

ALPHA_ALERT = 0.667  # Krippendorff: below 0.667 data are not reliable enough even for tentative conclusions
REVIEWERS_PER_ITEM = 2


def assign_reviewers(
    items: list[str], reviewers: list[int], per_item: int = REVIEWERS_PER_ITEM, seed: int = 0
) -> list[tuple[str, int]]:
    """(item, reviewer) pairs: each item to `per_item` different reviewers, loads within one of each other.

    Pairs of reviewers vary (seeded), so the agreement statistics do not rest on one fixed pair.
    """
    if per_item < 2 or len(set(reviewers)) < per_item:
        raise JudgingInputError(
            f"each item needs at least 2 reviewers and {per_item} distinct reviewers; "
            f"got per_item={per_item} with {len(set(reviewers))} reviewer(s). Add reviewers to the rota."
        )
    rng = random.Random(seed)  # noqa: S311 - fair dealing, not security
    load = dict.fromkeys(sorted(set(reviewers)), 0)
    pairs = []
    for item in items:
        # The least-loaded reviewers take the item; a fresh random tie-break each time varies the pairs.
        chosen = sorted(load, key=lambda r: (load[r], rng.random()))[:per_item]
        for reviewer in chosen:
            load[reviewer] += 1
            pairs.append((item, reviewer))
    return pairs


def reliability_by_criterion(reviews: pl.DataFrame) -> pl.DataFrame:
    """Krippendorff's alpha (ordinal) per rubric criterion over non-gold reviews, with the alert flag."""
    rows = []
    regular = reviews.filter(~pl.col("is_gold"))
    for criterion in CRITERIA:
        wide = regular.filter(pl.col("criterion") == criterion).pivot(
            on="reviewer_id", index="item_key", values="score", aggregate_function="mean"
        )
        matrix = wide.drop("item_key").to_numpy().T.astype(np.float64) if wide.height else np.empty((0, 0))
        pairable = int(np.sum(np.sum(~np.isnan(matrix), axis=0) >= 2)) if matrix.size else 0
        alpha = krippendorff_alpha(matrix, AlphaLevel.ORDINAL) if pairable else None
        rows.append(
            {
                "criterion": criterion,
                "items": pairable,
                "alpha": alpha,
                "alert": alpha is None or not alpha >= ALPHA_ALERT,
            }
        )
    return pl.DataFrame(rows, schema_overrides={"alpha": pl.Float64})


def gold_accuracy(reviews: pl.DataFrame) -> pl.DataFrame:
    """Per reviewer on gold items: items, exact agreement with the key, mean absolute error, feedback."""
    gold = reviews.filter(pl.col("is_gold")).select("item_key", "criterion", pl.col("score").alias("key"))
    graded = reviews.filter(~pl.col("is_gold")).join(gold, on=["item_key", "criterion"], how="inner")
    report = graded.group_by("reviewer_id").agg(
        pl.col("item_key").n_unique().alias("gold_items"),
        (pl.col("score") == pl.col("key")).mean().alias("exact_agreement"),
        (pl.col("score") - pl.col("key")).abs().mean().alias("mean_abs_error"),
        (pl.col("score") - pl.col("key")).mean().alias("mean_signed_error"),
    )
    return report.with_columns(
        pl.when(pl.col("mean_abs_error") <= 0.5)
        .then(pl.lit("in line with the gold answers"))
        .when(pl.col("mean_signed_error") > 0.5)
        .then(pl.lit("scores above the gold answers: check the rubric anchors for the lower levels"))
        .when(pl.col("mean_signed_error") < -0.5)
        .then(pl.lit("scores below the gold answers: check the rubric anchors for the higher levels"))
        .otherwise(pl.lit("scores scatter around the gold answers: review the rubric examples"))
        .alias("feedback")
    ).sort("reviewer_id")


def staff_task_scores(reviews: pl.DataFrame) -> pl.DataFrame:
    """model, task_id, score: mean rubric score of non-gold reviews, on the 0-100 scale."""
    per_item = (
        reviews.filter(~pl.col("is_gold"))
        .group_by("item_key")
        .agg(pl.col("score").mean().alias("rubric_mean"))
    )
    parsed = [parse_item_key(key) for key in per_item["item_key"].to_list()]
    return (
        per_item.with_columns(
            pl.Series("model", [p.model for p in parsed], dtype=pl.String),
            pl.Series("task_id", [p.task_id for p in parsed], dtype=pl.String),
        )
        .group_by("model", "task_id")
        .agg(((pl.col("rubric_mean").mean() - SCALE_MIN) / (SCALE_MAX - SCALE_MIN) * 100).alias("score"))
    )
