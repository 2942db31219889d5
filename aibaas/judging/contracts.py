"""The frames the judging stage reads, as Polars schemas, and the one adapter that checks them.

Upstream stages (generations and automated scores, issue 5) hand over frames with at least these
columns; `conform` checks and casts them, so a renamed or missing column fails here with its name.
"""

from __future__ import annotations

import polars as pl

from aibaas.judging.errors import JudgingInputError

UTC_TIME = pl.Datetime("us", "UTC")

# One row per generated sample and its automated result.
AUTOMATED_SCORES: dict[str, pl.DataType] = {
    "run_id": pl.String(),
    "run_started_at": UTC_TIME,
    "model": pl.String(),
    "provider": pl.String(),
    "family": pl.String(),
    "task_id": pl.String(),
    "task_version": pl.String(),
    "language": pl.String(),
    "scenario": pl.String(),
    "difficulty": pl.String(),
    "sample": pl.Int64(),
    "passed": pl.Boolean(),
    "score": pl.Float64(),
    "cost_usd": pl.Float64(),
    "latency_ms": pl.Float64(),
}

# A model's review of its own sample; `repeat` numbers repeated reviews of the same sample.
SELF_REVIEW_RESPONSES: dict[str, pl.DataType] = {
    "model": pl.String(),
    "task_id": pl.String(),
    "sample": pl.Int64(),
    "repeat": pl.Int64(),
    "response": pl.String(),
}

# A panel judge's rubric answer on one model's sample (grounded by the task's tests and spec).
PANEL_RESPONSES: dict[str, pl.DataType] = {
    "judge": pl.String(),
    "judge_family": pl.String(),
    "model": pl.String(),
    "task_id": pl.String(),
    "sample": pl.Int64(),
    "response": pl.String(),
}

# Staff reviews and community votes, as read from the operational database; one row per rubric
# criterion of a review (a review scores every criterion 1-5).
STAFF_REVIEWS: dict[str, pl.DataType] = {
    "review_id": pl.Int64(),
    "reviewer_id": pl.Int64(),
    "item_key": pl.String(),
    "criterion": pl.String(),
    "score": pl.Int64(),
    "seconds_spent": pl.Int64(),
    "is_gold": pl.Boolean(),
    "created_at": UTC_TIME,
}

VOTES: dict[str, pl.DataType] = {
    "vote_id": pl.Int64(),
    "voter_id": pl.Int64(),
    "voter_created_at": UTC_TIME,
    "item_key": pl.String(),
    "model_a": pl.String(),
    "model_b": pl.String(),
    "kind": pl.String(),
    "moderation": pl.String(),
    "created_at": UTC_TIME,
}


def latest_run(automated: pl.DataFrame) -> pl.DataFrame:
    """The rows of the most recent run (by start time): judgments are about its samples."""
    latest = automated.sort("run_started_at")["run_id"][-1]
    return automated.filter(pl.col("run_id") == latest)


def conform(frame: pl.DataFrame, schema: dict[str, pl.DataType], name: str) -> pl.DataFrame:
    """The frame's contract columns, cast to the contract types (extra columns are dropped).

    Raises:
        JudgingInputError: naming the frame, the missing columns, or the column that does not cast.
    """
    missing = [column for column in schema if column not in frame.columns]
    if missing:
        raise JudgingInputError(
            f"{name}: missing column(s) {', '.join(missing)}; the contract is in docs/marts.md#inputs"
        )
    try:
        return frame.select(pl.col(column).cast(dtype, strict=True) for column, dtype in schema.items())
    except (pl.exceptions.InvalidOperationError, pl.exceptions.ComputeError) as exc:
        raise JudgingInputError(f"{name}: a column does not match its contract type: {exc}") from None
