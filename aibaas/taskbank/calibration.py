"""Difficulty labels against evidence: measured solve rates, and the reference's complexity.

Within one language and scenario, each label's tasks have a typical (median) solve rate. A task
whose own solve rate is nearer another label's median than its own label's contradicts its label;
so does an easy task whose reference is as complex as the median hard one, or a hard task as simple
as the median easy one. Medians need at least MIN_TASKS tasks behind them, and a solve rate needs
MIN_MODELS models behind it. Solve rates come from the judging stage's `task_quality` mart
(`pass_rate`, `models`) once real models have run; the findings are advice, not blocking.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import polars as pl

from aibaas.taskbank.spec import Difficulty

MIN_TASKS = 5
MIN_MODELS = 3
LABELS = [d.value for d in Difficulty]
_Cell = tuple[str, str]


def _medians(rows: list[dict[str, Any]], column: str) -> dict[_Cell, dict[str, float]]:
    values: dict[_Cell, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    for row in rows:
        if row[column] is not None:
            values[(row["language"], row["scenario"])][row["difficulty"]].append(float(row[column]))
    return {
        cell: {label: sorted(v)[len(v) // 2] for label, v in by_label.items() if len(v) >= MIN_TASKS}
        for cell, by_label in values.items()
    }


def _rate_flag(row: dict[str, Any], medians: dict[str, float]) -> str | None:
    label, rate = row["difficulty"], row["pass_rate"]
    if label not in medians or rate is None or len(medians) < 2:
        return None
    nearest = min(medians, key=lambda other: (abs(medians[other] - rate), other != label))
    if nearest == label:
        return None
    return (
        f"{row['task_id']}: labelled {label} but {rate:.0%} of models solve it, like the {nearest} tasks "
        f"(median {medians[nearest]:.0%}; {label}: {medians[label]:.0%}); relabel or change the task"
    )


def _complexity_flag(row: dict[str, Any], medians: dict[str, float]) -> str | None:
    label, value = row["difficulty"], row["cyclomatic"]
    if label == "easy" and "hard" in medians and value >= medians["hard"]:
        return (
            f"{row['task_id']}: labelled easy but its reference is as branchy as the median hard task "
            f"(cyclomatic {value} >= {medians['hard']:.0f})"
        )
    if label == "hard" and "easy" in medians and value <= medians["easy"]:
        return (
            f"{row['task_id']}: labelled hard but its reference is as simple as the median easy task "
            f"(cyclomatic {value} <= {medians['easy']:.0f})"
        )
    return None


def difficulty_evidence(quality: pl.DataFrame, solve_rates: pl.DataFrame | None) -> pl.DataFrame:
    """`quality` with `pass_rate`, `rated_by` and a `difficulty_evidence` list of findings per task.

    Args:
        quality: the task-quality frame (task_id, language, scenario, difficulty, cyclomatic).
        solve_rates: the judging stage's task_quality mart (task_id, pass_rate, models), or None.
    """
    rates = pl.DataFrame(schema={"task_id": pl.Utf8, "pass_rate": pl.Float64, "rated_by": pl.Int64})
    if solve_rates is not None and not solve_rates.is_empty():
        rates = solve_rates.select(
            "task_id", pl.col("pass_rate").cast(pl.Float64), pl.col("models").cast(pl.Int64).alias("rated_by")
        ).with_columns(pl.when(pl.col("rated_by") >= MIN_MODELS).then(pl.col("pass_rate")).alias("pass_rate"))
    joined = quality.drop("pass_rate", "rated_by", strict=False).join(rates, on="task_id", how="left")
    rows = joined.select(
        "task_id", "language", "scenario", "difficulty", "cyclomatic", "pass_rate"
    ).to_dicts()
    rate_medians, complexity_medians = _medians(rows, "pass_rate"), _medians(rows, "cyclomatic")
    findings = []
    for row in rows:
        cell = (row["language"], row["scenario"])
        found = (
            _rate_flag(row, rate_medians.get(cell, {})),
            _complexity_flag(row, complexity_medians.get(cell, {})),
        )
        findings.append([f for f in found if f])
    return joined.with_columns(pl.Series("difficulty_evidence", findings, dtype=pl.List(pl.Utf8)))
