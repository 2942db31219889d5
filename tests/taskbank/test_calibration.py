"""Difficulty labels checked against solve rates and reference complexity."""

from __future__ import annotations

import polars as pl

from aibaas.taskbank.calibration import difficulty_evidence


def _quality(labels: list[tuple[str, int]]) -> pl.DataFrame:
    """Tasks of one language and scenario: (difficulty, cyclomatic) each."""
    return pl.DataFrame(
        {
            "task_id": [f"t{i:02d}" for i in range(len(labels))],
            "language": ["python"] * len(labels),
            "scenario": ["codegen"] * len(labels),
            "difficulty": [label for label, _ in labels],
            "cyclomatic": [c for _, c in labels],
        }
    )


def _findings(frame: pl.DataFrame) -> dict[str, list[str]]:
    return {
        row["task_id"]: row["difficulty_evidence"]
        for row in frame.iter_rows(named=True)
        if row["difficulty_evidence"]
    }


def test_a_hard_label_solved_like_easy_tasks_is_flagged() -> None:
    quality = _quality([("easy", 3)] * 5 + [("hard", 9)] * 6)
    easy_rates, hard_rates = [0.9, 0.85, 0.95, 0.8, 0.9], [0.2, 0.1, 0.3, 0.25, 0.15, 0.88]
    rates = [*easy_rates, *hard_rates]
    solve = pl.DataFrame({"task_id": quality["task_id"], "pass_rate": rates, "models": [5] * 11})
    found = _findings(difficulty_evidence(quality, solve))
    assert found == {
        "t10": [
            "t10: labelled hard but 88% of models solve it, like the easy tasks (median 90%; hard: 25%); "
            "relabel or change the task"
        ]
    }


def test_rates_from_too_few_models_or_too_few_tasks_prove_nothing() -> None:
    quality = _quality([("easy", 3)] * 5 + [("hard", 9)] * 6)
    rates = [0.9] * 5 + [0.2] * 5 + [0.95]
    few_models = pl.DataFrame({"task_id": quality["task_id"], "pass_rate": rates, "models": [5] * 10 + [2]})
    assert _findings(difficulty_evidence(quality, few_models)) == {}
    few_tasks = quality.head(8)  # three hard tasks: no hard median
    assert _findings(difficulty_evidence(few_tasks, few_models.head(8))) == {}


def test_complexity_contradicting_the_label_is_flagged_without_any_run() -> None:
    quality = _quality([("easy", 2)] * 5 + [("easy", 8)] + [("hard", 8)] * 4 + [("hard", 2)])
    found = _findings(difficulty_evidence(quality, None))
    assert found == {
        "t05": [
            "t05: labelled easy but its reference is as branchy as the median hard task (cyclomatic 8 >= 8)"
        ],
        "t10": [
            "t10: labelled hard but its reference is as simple as the median easy task (cyclomatic 2 <= 2)"
        ],
    }
