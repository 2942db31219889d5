"""The A/B report pairs tasks across two real runs and names the tasks whose outcome flipped."""

from __future__ import annotations

import polars as pl
import pytest

from aibaas.bench.ab import ABInputError, ab_report, per_task
from aibaas.bench.definition import BenchmarkDefinition, GenerationParams
from aibaas.bench.engine import generate_phase
from aibaas.bench.pipeline import score_and_store
from aibaas.config import Settings
from aibaas.sandbox import open_sandbox


def _run(settings: Settings, seed: int) -> pl.DataFrame:
    # The offline models ignore instructions but not the seed: a seed change stands in for a variant
    # whose answers differ, which is what the report must measure.
    definition = BenchmarkDefinition(
        name=f"ab-{seed}", models=["mock/average", "mock/weak"], params=GenerationParams(seed=seed)
    )
    generate_phase(settings, definition)
    with open_sandbox(settings) as sandbox:
        return score_and_store(settings, sandbox, definition).samples


def test_report_pairs_tasks_and_lists_flips(bench_settings: Settings) -> None:
    baseline, variant = _run(bench_settings, 0), _run(bench_settings, 7)
    report = ab_report(baseline, variant)
    assert report.caveat is None
    by_metric = {m.metric: m for m in report.metrics}
    assert set(by_metric) == {"score", "pass_rate", "quality", "cost_usd", "latency_ms", "output_tokens"}
    score = by_metric["score"]
    assert score.pairs == 12
    assert score.difference == pytest.approx(score.variant - score.baseline)
    assert score.ci_low <= score.difference <= score.ci_high
    assert 0 < score.p_value <= 1
    # Flips are exactly the (model, task) pairs whose pass/fail differs between the runs.
    before = per_task(baseline).select("model", "task_id", (pl.col("pass_rate") >= 0.5).alias("a"))
    after = per_task(variant).select("model", "task_id", (pl.col("pass_rate") >= 0.5).alias("b"))
    changed = before.join(after, on=["model", "task_id"]).filter(pl.col("a") != pl.col("b"))
    expected = set(zip(changed["model"], changed["task_id"], strict=True))
    assert {(f["model"], f["task_id"]) for f in report.flipped} == expected
    assert changed.height > 0
    assert 0 < report.pass_test_p_value <= 1


def test_runs_without_common_tasks_cannot_be_compared(bench_settings: Settings) -> None:
    baseline = _run(bench_settings, 0)
    other = baseline.with_columns(pl.col("task_id") + "-elsewhere")
    with pytest.raises(ABInputError, match="share no scored task"):
        ab_report(baseline, other)
