"""The marts the app reads and the columns it relies on (docs/app.md lists them with meanings).

`conform` is the one place a mart's shape is checked: a missing column is an error that names the
mart, the columns and the command that republishes it; extra columns are dropped; types are cast.
"""

from __future__ import annotations

from typing import Any

import polars as pl

from aibaas.errors import AibaasError

LANGUAGES = ("python", "typescript", "java", "go", "ruby", "rust", "csharp")
SCENARIOS = ("codegen", "testing", "review")
DIFFICULTIES = ("easy", "medium", "hard")
# Judge sources and their default weights in the final score (the aggregation engineer's setting wins).
SOURCES: dict[str, float] = {
    "automated": 0.40,
    "staff": 0.25,
    "community": 0.20,
    "self_review": 0.075,
    "panel": 0.075,
}

# task_quality flags of the judging stage and how the task bank browser words them.
QUALITY_FLAGS = {
    "outlier": "outlier: scores far from other tasks",
    "ceiling": "every model passes",
    "floor": "no model passes",
}

_TEXT, _FLOAT, _INT, _BOOL = pl.Utf8, pl.Float64, pl.Int64, pl.Boolean

MART_SCHEMAS: dict[str, dict[str, Any]] = {
    "leaderboard": {
        "model": _TEXT,
        "provider": _TEXT,
        "slice": _TEXT,
        "slice_value": _TEXT,
        "score": _FLOAT,
        "ci_low": _FLOAT,
        "ci_high": _FLOAT,
        "rank": _INT,
        "rank_low": _INT,
        "rank_high": _INT,
        "pass_at_1": _FLOAT,
        "cost_per_solved_usd": _FLOAT,
        "latency_per_solved_s": _FLOAT,
        "n_tasks": _INT,
    },
    "leaderboard_history": {
        "day": pl.Date,
        "model": _TEXT,
        "provider": _TEXT,
        "language": _TEXT,
        "scenario": _TEXT,
        "difficulty": _TEXT,
        "n_tasks": _INT,
        "n_solved": _FLOAT,
        "score_mean": _FLOAT,
        "score_sd": _FLOAT,
        "cost_usd": _FLOAT,
        "latency_s": _FLOAT,
    },
    "score_breakdown": {
        "model": _TEXT,
        "source": _TEXT,
        "score": _FLOAT,
        "ci_low": _FLOAT,
        "ci_high": _FLOAT,
        "weight": _FLOAT,
        "n": _INT,
    },
    "model_examples": {
        "model": _TEXT,
        "task_id": _TEXT,
        "language": _TEXT,
        "scenario": _TEXT,
        "is_public": _BOOL,
        "prompt": _TEXT,
        "output": _TEXT,
        "passed": _BOOL,
        "score": _FLOAT,
    },
    "review_items": {
        "item_key": _TEXT,
        "task_id": _TEXT,
        "model": _TEXT,
        "language": _TEXT,
        "scenario": _TEXT,
        "prompt": _TEXT,
        "code": _TEXT,
    },
    "task_quality": {
        "task_id": _TEXT,
        "language": _TEXT,
        "scenario": _TEXT,
        "difficulty": _TEXT,
        "n_models": _INT,
        "pass_rate": _FLOAT,
        "discrimination": _FLOAT,
        "flagged": _BOOL,
        "flag_reason": _TEXT,
    },
}


class MartSchemaError(AibaasError):
    """A published mart lacks columns the app needs."""


def adapt(frame: pl.DataFrame, name: str) -> pl.DataFrame:
    """The judging stage's names for what the app reads (docs/marts.md): `tasks` is the leaderboard's
    `n_tasks`; task_quality's `models` is `n_models` and its outlier/ceiling/floor flags are `flagged`
    with the reasons spelled out. Frames already in the app's shape pass unchanged."""
    if name == "leaderboard" and "n_tasks" not in frame.columns and "tasks" in frame.columns:
        return frame.rename({"tasks": "n_tasks"})
    if name == "task_quality" and "n_models" not in frame.columns and "models" in frame.columns:
        reasons = [
            pl.when(pl.col(flag)).then(pl.lit(text)).otherwise(None)
            for flag, text in QUALITY_FLAGS.items()
            if flag in frame.columns
        ]
        return (
            frame.rename({"models": "n_models"})
            .with_columns(
                pl.concat_str(reasons, separator="; ", ignore_nulls=True).fill_null("").alias("flag_reason")
            )
            .with_columns((pl.col("flag_reason") != "").alias("flagged"))
        )
    return frame


def conform(frame: pl.DataFrame, name: str) -> pl.DataFrame:
    """`frame` with exactly the columns the app reads for mart `name`, in order and cast.

    Raises:
        MartSchemaError: naming the mart, the missing columns and how to republish it.
    """
    schema = MART_SCHEMAS[name]
    frame = adapt(frame, name)
    missing = [column for column in schema if column not in frame.columns]
    if missing:
        raise MartSchemaError(
            f"mart {name!r} lacks the column(s) {', '.join(missing)} that the app reads; "
            "republish the marts with `aibaas materialize` (see docs/marts.md for the columns)"
        )
    return frame.select(pl.col(column).cast(dtype) for column, dtype in schema.items())


def empty(name: str) -> pl.DataFrame:
    """An empty frame with the columns of mart `name`."""
    return pl.DataFrame(schema=MART_SCHEMAS[name])
