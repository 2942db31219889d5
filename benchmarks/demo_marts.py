"""Synthetic marts in the shape the app reads (docs/app.md), for app tests and the app benchmark.

The numbers are generated, seeded and labelled synthetic (provider names start with "demo-"); they
exist so pages can be exercised at realistic sizes without running the pipeline. One latent skill per
model, an affinity per language and scenario, a slow drift over time and binomial noise per day give
the leaderboard, heat map and trends a plausible structure.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import polars as pl

from aibaas.judging.items import item_key
from aibaas.views.contract import (
    DIFFICULTIES,
    LANGUAGES,
    MART_SCHEMAS,
    SCENARIOS,
    SOURCES,
    conform,
)
from aibaas.views.leaderboard import with_rank_ranges
from aibaas.warehouse import publish_mart

PROVIDERS = ("demo-anthropic", "demo-openai", "demo-google", "demo-meta", "demo-mistral", "demo-qwen")


@dataclass(frozen=True)
class DemoSize:
    models: int = 100
    days: int = 365
    end: date = date(2026, 11, 1)
    seed: int = 7


def _model_names(n: int) -> tuple[list[str], list[str]]:
    providers = [PROVIDERS[i % len(PROVIDERS)] for i in range(n)]
    return [f"{p}/coder-{i:03d}" for i, p in enumerate(providers)], providers


def history(size: DemoSize) -> pl.DataFrame:
    """leaderboard_history: one row per model, day, language, scenario and difficulty."""
    rng = np.random.default_rng(size.seed)
    names, providers = _model_names(size.models)
    skill = rng.normal(0.0, 1.0, size.models)
    lang_aff = rng.normal(0.0, 0.4, (size.models, len(LANGUAGES)))
    scen_aff = rng.normal(0.0, 0.3, (size.models, len(SCENARIOS)))
    diff_shift = np.array([1.0, 0.0, -1.0])
    drift = rng.normal(0.0, 0.6, size.models)
    m, d, lg, sc, df = np.meshgrid(
        np.arange(size.models),
        np.arange(size.days),
        np.arange(len(LANGUAGES)),
        np.arange(len(SCENARIOS)),
        np.arange(len(DIFFICULTIES)),
        indexing="ij",
    )
    m, d, lg, sc, df = (a.ravel() for a in (m, d, lg, sc, df))
    logit = skill[m] + lang_aff[m, lg] + scen_aff[m, sc] + diff_shift[df] + drift[m] * d / size.days
    p_solve = 1.0 / (1.0 + np.exp(-logit))
    n_tasks = rng.integers(1, 6, m.size)
    n_solved = rng.binomial(n_tasks, p_solve)
    score_mean = np.clip(100.0 * (n_solved + rng.uniform(0, 0.5, m.size)) / (n_tasks + 0.5), 0, 100)
    cost_per_task = 0.002 + 0.02 * (skill[m] - skill.min()) / (np.ptp(skill) + 1e-9)
    start = size.end - timedelta(days=size.days - 1)
    frame = pl.DataFrame(
        {
            "day": pl.Series(d + (start - date(1970, 1, 1)).days, dtype=pl.Int32).cast(pl.Date),
            "model": pl.Series(names).gather(m),
            "provider": pl.Series(providers).gather(m),
            "language": pl.Series(LANGUAGES).gather(lg),
            "scenario": pl.Series(SCENARIOS).gather(sc),
            "difficulty": pl.Series(DIFFICULTIES).gather(df),
            "n_tasks": n_tasks,
            "n_solved": n_solved,
            "score_mean": score_mean,
            "score_sd": rng.uniform(5, 25, m.size),
            "cost_usd": n_tasks * cost_per_task * rng.uniform(0.8, 1.2, m.size),
            "latency_s": n_tasks * rng.uniform(2, 30, m.size),
        }
    )
    return conform(frame, "leaderboard_history")


def _slice_rows(hist: pl.DataFrame, dimension: str | None) -> pl.DataFrame:
    keys = ["model", "provider"] + ([dimension] if dimension else [])
    grouped = hist.group_by(keys).agg(
        n_tasks=pl.col("n_tasks").sum(),
        solved=pl.col("n_solved").sum(),
        score=(pl.col("score_mean") * pl.col("n_tasks")).sum() / pl.col("n_tasks").sum(),
        sd=pl.col("score_sd").mean(),
        cost=pl.col("cost_usd").sum(),
        latency=pl.col("latency_s").sum(),
    )
    half = 1.96 * pl.col("sd") / pl.col("n_tasks").sqrt()
    return grouped.with_columns(
        slice=pl.lit(dimension or "overall"),
        slice_value=pl.col(dimension) if dimension else pl.lit("all"),
        ci_low=(pl.col("score") - half).clip(0, 100),
        ci_high=(pl.col("score") + half).clip(0, 100),
        pass_at_1=pl.col("solved") / pl.col("n_tasks"),
        cost_per_solved_usd=pl.col("cost") / pl.col("solved").clip(lower_bound=1),
        latency_per_solved_s=pl.col("latency") / pl.col("solved").clip(lower_bound=1),
    )


def leaderboard(hist: pl.DataFrame) -> pl.DataFrame:
    """leaderboard: published rows per model for overall and each language, scenario and difficulty."""
    keep = [c for c in MART_SCHEMAS["leaderboard"] if not c.startswith("rank")]
    parts = [_slice_rows(hist, dim).select(keep) for dim in (None, "language", "scenario", "difficulty")]
    frame = pl.concat(parts)
    return conform(with_rank_ranges(frame, over=["slice", "slice_value"]), "leaderboard")


def score_breakdown(board: pl.DataFrame, seed: int) -> pl.DataFrame:
    """score_breakdown: each overall score split by judge source, community missing for some models."""
    rng = np.random.default_rng(seed + 1)
    overall = board.filter(pl.col("slice") == "overall")
    rows = []
    for model, score in overall.select("model", "score").iter_rows():
        for source, weight in SOURCES.items():
            if source == "community" and rng.random() < 0.2:
                continue
            value = float(np.clip(score + rng.normal(0, 6), 0, 100))
            half = float(rng.uniform(2, 8))
            rows.append((model, source, value, max(value - half, 0.0), min(value + half, 100.0), weight))
    frame = pl.DataFrame(
        rows, schema=["model", "source", "score", "ci_low", "ci_high", "weight"], orient="row"
    )
    return conform(frame.with_columns(n=pl.lit(30)), "score_breakdown")


def examples(models: list[str], seed: int, tasks: int = 4) -> pl.DataFrame:
    """model_examples: an answer per model to a few tasks; one private task that must never show."""
    rng = np.random.default_rng(seed + 2)
    rows = []
    for t in range(tasks + 1):
        language = LANGUAGES[t % len(LANGUAGES)]
        task = f"demo-{language}-sum-{t}"
        public = t < tasks
        for model in models:
            passed = bool(rng.random() < 0.6)
            body = "return sum(values)" if passed else "return max(values)"
            output = f"def solve(values: list[int]) -> int:\n    # {model}\n    {body}\n"
            prompt = f"Write solve(values) returning the sum of the integers (task {task})."
            rows.append((model, task, language, "codegen", public, prompt, output, passed, 100.0 * passed))
    schema = ["model", "task_id", "language", "scenario", "is_public", "prompt", "output", "passed", "score"]
    return conform(pl.DataFrame(rows, schema=schema, orient="row"), "model_examples")


def review_items(models: list[str], items: int = 12) -> pl.DataFrame:
    """review_items: model outputs waiting for staff review, keyed like the judging stage reads them."""
    rows = []
    for i in range(items):
        model, task = models[i % len(models)], f"demo-python-sum-{i}"
        code = (
            "def solve(values):\n    total = 0\n    for v in values:\n        total += v\n"
            f"    return total  # {i}\n"
        )
        prompt = f"Write solve(values) returning the sum of the integers (item {i})."
        rows.append((item_key(model, task), task, model, "python", "codegen", prompt, code))
    schema = ["item_key", "task_id", "model", "language", "scenario", "prompt", "code"]
    return conform(pl.DataFrame(rows, schema=schema, orient="row"), "review_items")


def task_quality(hist: pl.DataFrame, per_cell: int = 2) -> pl.DataFrame:
    """task_quality: per task pass rate and discrimination; a few flagged as too easy."""
    rows = []
    for language in LANGUAGES:
        for scenario in SCENARIOS:
            for difficulty in DIFFICULTIES:
                for k in range(per_cell):
                    task = f"{language}-{scenario}-{difficulty}-{k}"
                    rate = {"easy": 0.97, "medium": 0.6, "hard": 0.25}[difficulty] - 0.05 * k
                    flagged = rate > 0.95
                    rows.append(
                        (
                            task,
                            "demo",
                            language,
                            scenario,
                            difficulty,
                            int(hist["model"].n_unique()),
                            rate,
                            round(1.0 - abs(rate - 0.5) * 2, 3),
                            flagged,
                            "almost every model solves it" if flagged else "",
                        )
                    )
    schema = [
        "task_id",
        "family",
        "language",
        "scenario",
        "difficulty",
        "n_models",
        "pass_rate",
        "discrimination",
        "flagged",
        "flag_reason",
    ]
    return conform(pl.DataFrame(rows, schema=schema, orient="row"), "task_quality")


def build(size: DemoSize) -> dict[str, pl.DataFrame]:
    """Every mart the app reads, at the given size."""
    hist = history(size)
    board = leaderboard(hist)
    models = sorted(hist["model"].unique().to_list())
    return {
        "leaderboard_history": hist,
        "leaderboard": board,
        "score_breakdown": score_breakdown(board, size.seed),
        "model_examples": examples(models, size.seed),
        "review_items": review_items(models[:6]),
        "task_quality": task_quality(hist),
    }


def publish(marts_dir: Path, size: DemoSize) -> dict[str, pl.DataFrame]:
    """Build and publish every demo mart into `marts_dir`; returns the frames."""
    frames = build(size)
    for name, frame in frames.items():
        publish_mart(frame, marts_dir, name)
    return frames
