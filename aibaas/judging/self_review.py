"""Self-review: each model grades its own samples. Consistency, self-enhancement bias, correction.

Bias is measured against the automated ground truth: mean(self score - automated score) per model.
Every judge is somewhat lenient or harsh; what is specific to self-review is the *excess* over the
typical model's bias (the median across models). The corrected score removes only that excess, so
the source keeps its signal about differences between models while a model cannot lift itself by
grading itself kindly.
"""

from __future__ import annotations

import numpy as np
import polars as pl

from aibaas.judging.verdicts import sample_truth
from aibaas.stats import AlphaLevel, krippendorff_alpha


def _consistency(model_reviews: pl.DataFrame) -> float | None:
    """Krippendorff's alpha (interval) across repeated reviews of the same samples; None if not repeated."""
    wide = model_reviews.pivot(
        on="repeat", index=["task_id", "sample"], values="score", aggregate_function="mean"
    )
    repeats = wide.drop("task_id", "sample")
    if repeats.width < 2:
        return None
    matrix = repeats.to_numpy().T.astype(np.float64)
    if np.sum(np.sum(~np.isnan(matrix), axis=0) >= 2) == 0 or np.nanstd(matrix) == 0:
        return None
    return krippendorff_alpha(matrix, AlphaLevel.INTERVAL)


def self_review_report(parsed: pl.DataFrame, automated: pl.DataFrame) -> pl.DataFrame:
    """Per model: reviews, unscored rate, consistency, self and automated means, bias and its excess.

    Args:
        parsed: self-review responses after `parse_responses` (model, task_id, sample, repeat, score...).
        automated: the automated scores frame.
    """
    joined = parsed.join(sample_truth(automated), on=["model", "task_id", "sample"], how="left")
    rows = []
    for (model,), group in joined.group_by("model", maintain_order=True):
        scored = group.filter(pl.col("score").is_not_null())
        rows.append(
            {
                "model": model,
                "reviews": group.height,
                "unscored_rate": 1 - scored.height / group.height,
                "consistency_alpha": _consistency(scored),
                "self_mean": scored["score"].mean(),
                "automated_mean": scored["truth"].mean(),
                "bias": (scored["score"] - scored["truth"]).mean(),
            }
        )
    report = pl.DataFrame(rows, schema_overrides={"consistency_alpha": pl.Float64, "bias": pl.Float64})
    return report.with_columns((pl.col("bias") - pl.col("bias").median()).alias("excess_bias")).sort("model")


def self_review_task_scores(parsed: pl.DataFrame, report: pl.DataFrame) -> pl.DataFrame:
    """model, task_id, score: mean self score per task minus the model's excess bias, clipped to 0-100."""
    return (
        parsed.filter(pl.col("score").is_not_null())
        .group_by("model", "task_id")
        .agg(pl.col("score").mean())
        .join(report.select("model", "excess_bias"), on="model")
        .with_columns((pl.col("score") - pl.col("excess_bias").fill_null(0.0)).clip(0, 100).alias("score"))
        .select("model", "task_id", "score")
    )
