"""Seeded synthetic judging data: demo inputs for every source, and votes with labelled fraud.

Used by the demo marts, the notebooks' tests, the benchmark and the fraud-detection measurement.
Every model has a latent skill; every source observes it through its own noise and bias, so the
statistics have a known truth to recover.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import numpy as np
import polars as pl

from aibaas.judging.items import item_key
from aibaas.judging.rubric import CRITERIA

LANGUAGES = ("python", "typescript", "java", "go", "ruby", "rust", "csharp")
SCENARIOS = ("codegen", "testing", "review")
DIFFICULTIES = ("easy", "medium", "hard")
FAMILIES = ("alpha", "beta", "gamma", "delta")
START = datetime(2025, 1, 6, tzinfo=UTC)


@dataclass(frozen=True)
class World:
    """The latent truth behind synthetic data: skills of models and difficulty of tasks."""

    models: list[str]
    skills: np.ndarray  # type: ignore[type-arg]
    tasks: pl.DataFrame


def make_world(n_models: int, n_tasks: int, seed: int) -> World:
    rng = np.random.default_rng(seed)
    models = [f"mock/model-{i:02d}" for i in range(n_models)]
    tasks = pl.DataFrame(
        {
            "task_id": [f"task-{i:05d}" for i in range(n_tasks)],
            "language": [LANGUAGES[i % len(LANGUAGES)] for i in range(n_tasks)],
            "scenario": [SCENARIOS[(i // len(LANGUAGES)) % len(SCENARIOS)] for i in range(n_tasks)],
            "difficulty": rng.choice(DIFFICULTIES, size=n_tasks).tolist(),
        }
    )
    return World(models=models, skills=np.sort(rng.normal(0.5, 1.0, n_models))[::-1].copy(), tasks=tasks)


def automated_scores(
    world: World, runs: int = 2, samples: int = 2, seed: int = 0, regressed: int = 1
) -> pl.DataFrame:
    """The AUTOMATED_SCORES contract; in the last run model number `regressed` gets clearly worse."""
    rng = np.random.default_rng(seed)
    shift = {"easy": -1.0, "medium": 0.0, "hard": 1.0}
    difficulty = np.array([shift[d] for d in world.tasks["difficulty"].to_list()]) + rng.normal(
        0, 0.5, world.tasks.height
    )
    frames = []
    for run in range(runs):
        skills = world.skills.copy()
        if run == runs - 1 and runs > 1:
            skills[regressed] -= 1.5
        p = 1 / (1 + np.exp(-(skills[:, None, None] - difficulty[None, :, None])))
        passed = rng.random((len(world.models), world.tasks.height, samples)) < p
        m, t, s = np.meshgrid(
            np.arange(len(world.models)), np.arange(world.tasks.height), np.arange(samples), indexing="ij"
        )
        frames.append(
            pl.DataFrame(
                {
                    "run_id": f"run-{run + 1}",
                    "run_started_at": START + timedelta(days=7 * run),
                    "model": np.array(world.models)[m.ravel()],
                    "provider": "mock",
                    "family": np.array([FAMILIES[i % len(FAMILIES)] for i in range(len(world.models))])[
                        m.ravel()
                    ],
                    "task_id": world.tasks["task_id"].to_numpy()[t.ravel()],
                    "task_version": "1",
                    "language": world.tasks["language"].to_numpy()[t.ravel()],
                    "scenario": world.tasks["scenario"].to_numpy()[t.ravel()],
                    "difficulty": world.tasks["difficulty"].to_numpy()[t.ravel()],
                    "sample": s.ravel(),
                    "passed": passed.ravel(),
                    "score": np.where(passed.ravel(), 100.0, rng.uniform(0, 60, passed.size).round()),
                    "cost_usd": rng.gamma(2.0, 0.0004 * (1 + m.ravel() % 5)),
                    "latency_ms": rng.gamma(3.0, 300.0, passed.size),
                }
            )
        )
    return pl.concat(frames)


def _rubric_text(rng: np.random.Generator, level: float, malformed: float) -> str:
    if rng.random() < malformed:
        return str(
            rng.choice(["Looks good to me overall, 4/5.", '```json\n{"correctness": "high"}\n```', ""])
        )
    scores = {c: int(np.clip(round(level + rng.normal(0, 0.6)), 1, 5)) for c in CRITERIA}
    body = json.dumps({**scores, "confidence": round(float(rng.uniform(0.5, 1.0)), 2)})
    return f"My assessment:\n```json\n{body}\n```"


def _latest(automated: pl.DataFrame) -> pl.DataFrame:
    last = automated["run_id"].max()
    return automated.filter(pl.col("run_id") == last).select("model", "task_id", "sample", "passed")


def self_review_responses(
    automated: pl.DataFrame, repeats: int = 2, seed: int = 0, per_model: int = 40
) -> pl.DataFrame:
    """SELF_REVIEW_RESPONSES: lenient on passing samples, more so for some models (self-enhancement)."""
    rng = np.random.default_rng(seed)
    rows = []
    latest = _latest(automated)
    for index, ((model,), group) in enumerate(latest.group_by("model", maintain_order=True)):
        leniency = 0.4 + 0.6 * (index % 3 == 0)
        for task_id, sample, passed in (
            group.head(per_model).select("task_id", "sample", "passed").iter_rows()
        ):
            for repeat in range(repeats):
                level = (4.3 if passed else 2.0) + leniency
                rows.append((model, task_id, sample, repeat, _rubric_text(rng, level, 0.05)))
    return pl.DataFrame(rows, schema=["model", "task_id", "sample", "repeat", "response"], orient="row")


def panel_responses(
    automated: pl.DataFrame, judges: int = 8, seed: int = 0, per_model: int = 40
) -> pl.DataFrame:
    """PANEL_RESPONSES: judges of several families and quality; the last judge is careless."""
    rng = np.random.default_rng(seed)
    latest = _latest(automated)
    names = sorted(set(latest["model"].to_list()))
    panel = [(names[i % len(names)], FAMILIES[i % len(FAMILIES)]) for i in range(judges)]
    rows = []
    for (model,), group in latest.group_by("model", maintain_order=True):
        for task_id, sample, passed in (
            group.head(per_model).select("task_id", "sample", "passed").iter_rows()
        ):
            for number, (judge, family) in enumerate(panel):
                careless = number == judges - 1
                level = float(rng.uniform(1, 5)) if careless else (4.4 if passed else 1.8)
                rows.append((judge, family, model, task_id, sample, _rubric_text(rng, level, 0.03)))
    return pl.DataFrame(
        rows, schema=["judge", "judge_family", "model", "task_id", "sample", "response"], orient="row"
    )


def staff_reviews(
    automated: pl.DataFrame, reviewers: int = 6, items_per_model: int = 12, seed: int = 0
) -> pl.DataFrame:
    """STAFF_REVIEWS (one row per criterion): two reviewers per item, a gold key on every fourth item."""
    rng = np.random.default_rng(seed)
    latest = _latest(automated).filter(pl.col("sample") == 0)
    rows = []
    review_id = 0
    for (_,), group in latest.group_by("model", maintain_order=True):
        for number, (model, task_id, sample, passed) in enumerate(group.head(items_per_model).iter_rows()):
            key = item_key(model, task_id, sample)
            truth = {
                c: int(np.clip(round((4.5 if passed else 2.0) + rng.normal(0, 0.5)), 1, 5)) for c in CRITERIA
            }
            chosen = rng.choice(reviewers, size=2, replace=False)
            writers = [(int(r) + 1, False) for r in chosen] + ([(100, True)] if number % 4 == 0 else [])
            for reviewer, gold in writers:
                review_id += 1
                harsh = -1 if reviewer == reviewers else 0
                for criterion, value in truth.items():
                    noise = 0 if gold else int(rng.choice([-1, 0, 0, 0, 1])) + harsh
                    created = START + timedelta(days=10, minutes=review_id)
                    rows.append(
                        (
                            review_id,
                            reviewer,
                            key,
                            criterion,
                            int(np.clip(value + noise, 1, 5)),
                            180,
                            gold,
                            created,
                        )
                    )
    return pl.DataFrame(
        rows,
        schema=[
            "review_id",
            "reviewer_id",
            "item_key",
            "criterion",
            "score",
            "seconds_spent",
            "is_gold",
            "created_at",
        ],
        orient="row",
    ).with_columns(pl.col("created_at").dt.replace_time_zone("UTC"))
