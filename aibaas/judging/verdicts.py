"""Turn frames of raw judge answers into scored rows, keeping unscored answers and their reasons."""

from __future__ import annotations

import polars as pl

from aibaas.judging.contracts import latest_run
from aibaas.judging.rubric import Unscored, parse_rubric_verdict


def parse_responses(responses: pl.DataFrame) -> pl.DataFrame:
    """Add `score` (0-100, null when unscored), `confidence` and `unscored_reason` to a response frame.

    Args:
        responses: any frame with a `response` column of raw judge answers.
    """
    scores: list[float | None] = []
    confidences: list[float | None] = []
    reasons: list[str | None] = []
    for text in responses["response"].to_list():
        verdict = parse_rubric_verdict(text or "")
        if isinstance(verdict, Unscored):
            scores.append(None)
            confidences.append(None)
            reasons.append(verdict.reason)
        else:
            scores.append(verdict.normalized())
            confidences.append(verdict.confidence)
            reasons.append(None)
    return responses.drop("response").with_columns(
        pl.Series("score", scores, dtype=pl.Float64),
        pl.Series("confidence", confidences, dtype=pl.Float64),
        pl.Series("unscored_reason", reasons, dtype=pl.String),
    )


def sample_truth(automated: pl.DataFrame) -> pl.DataFrame:
    """The automated ground truth of each latest-run sample: model, task_id, sample, truth, passed."""
    return (
        latest_run(automated)
        .group_by("model", "task_id", "sample")
        .agg(pl.col("score").mean().alias("truth"), pl.col("passed").all().alias("passed"))
    )
