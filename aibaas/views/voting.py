"""Anonymous A/B pairs for community voting: two models' answers to the same public task."""

from __future__ import annotations

import random
from dataclasses import dataclass

import polars as pl


@dataclass(frozen=True)
class Pair:
    task_id: str
    language: str
    prompt: str
    model_a: str
    answer_a: str
    model_b: str
    answer_b: str


def public_answers(examples: pl.DataFrame) -> pl.DataFrame:
    """Answers to public tasks only; private tasks never reach voters."""
    return examples.filter(pl.col("is_public"))


def draw_pair(examples: pl.DataFrame, rng: random.Random) -> Pair | None:
    """A random public task answered by at least two models, two of them in random order; None if none."""
    answers = public_answers(examples)
    counts = answers.group_by("task_id").agg(pl.col("model").n_unique().alias("models"))
    tasks = sorted(counts.filter(pl.col("models") >= 2)["task_id"].to_list())
    if not tasks:
        return None
    task = rng.choice(tasks)
    rows = answers.filter(pl.col("task_id") == task).unique("model").sort("model").rows(named=True)
    first, second = rng.sample(rows, 2)
    return Pair(
        task,
        first["language"],
        first["prompt"],
        first["model"],
        first["output"],
        second["model"],
        second["output"],
    )
