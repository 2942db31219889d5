"""Custom-instructions A/B: the same tasks under a baseline and a variant system instruction.

Per metric, samples are averaged per (model, task) and paired across the two runs; the report
gives the mean difference (variant - baseline), a sign-flip permutation p-value and a 95 %
bootstrap interval over tasks, plus McNemar's test and the list of tasks whose outcome flipped.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

import numpy as np
import polars as pl

from aibaas.errors import AibaasError
from aibaas.stats import bootstrap_means, mcnemar_exact, paired_permutation_test, percentile_interval

METRICS = ("score", "pass_rate", "quality", "cost_usd", "latency_ms", "output_tokens")
KEYS = ("model", "task_id")


class ABInputError(AibaasError):
    """The two runs share no scored task, so nothing can be compared."""


@dataclass(frozen=True)
class MetricDelta:
    metric: str
    baseline: float
    variant: float
    difference: float
    ci_low: float
    ci_high: float
    p_value: float
    pairs: int


@dataclass(frozen=True)
class ABReport:
    baseline_run: str
    variant_run: str
    caveat: str | None
    metrics: list[MetricDelta]
    pass_test_p_value: float
    flipped: list[dict[str, Any]]

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def per_task(samples: pl.DataFrame) -> pl.DataFrame:
    """One row per (model, task): the mean of each metric over its scored samples."""
    return (
        samples.filter(~pl.col("infra_failure"))
        .group_by(*KEYS)
        .agg(
            pl.col("score").mean(),
            pl.col("passed").cast(pl.Float64).mean().alias("pass_rate"),
            pl.col("quality").mean(),
            pl.col("cost_usd").mean(),
            pl.col("latency_ms").mean(),
            pl.col("output_tokens").cast(pl.Float64).mean(),
        )
    )


def _delta(metric: str, before: np.ndarray, after: np.ndarray, seed: int) -> MetricDelta:  # type: ignore[type-arg]
    present = ~(np.isnan(before) | np.isnan(after))
    before, after = before[present], after[present]
    test = paired_permutation_test(before, after, seed=seed)
    draws = bootstrap_means((after - before)[:, None], rounds=2000, seed=seed).draws[:, 0]
    low, high = percentile_interval(draws)
    return MetricDelta(
        metric, float(before.mean()), float(after.mean()), test.mean_difference, float(low), float(high),
        test.p_value, test.n,
    )  # fmt: skip


def ab_report(
    baseline: pl.DataFrame, variant: pl.DataFrame, seed: int = 0, configuration: str | None = None
) -> ABReport:
    """Compare a variant run's samples with the baseline run's, task by task.

    Args:
        baseline: sample rows (`aibaas.bench.results.SAMPLE_SCHEMA`) of the baseline run.
        variant: sample rows of the variant run, on the same tasks and models.
        seed: seed of the permutation and bootstrap draws.
        configuration: the warning when the runs differ in more than the instructions
            (`aibaas.bench.snapshot.comparable` of fingerprints without them), shown with the report.

    Raises:
        ABInputError: when the runs have no scored (model, task) in common.
    """
    joined = per_task(baseline).join(per_task(variant), on=list(KEYS), suffix="_variant").sort(*KEYS)
    if joined.is_empty():
        raise ABInputError(
            "the baseline and variant runs share no scored task; run both on the same selection"
        )
    metrics = [
        _delta(m, joined[m].cast(pl.Float64).fill_null(np.nan).to_numpy(),
               joined[f"{m}_variant"].cast(pl.Float64).fill_null(np.nan).to_numpy(), seed)
        for m in METRICS
    ]  # fmt: skip
    before = (joined["pass_rate"] >= 0.5).cast(pl.Int64).to_numpy()
    after = (joined["pass_rate_variant"] >= 0.5).cast(pl.Int64).to_numpy()
    flipped = [
        {"model": row["model"], "task_id": row["task_id"], "direction": "gained" if b == 0 else "lost"}
        for row, b, a in zip(joined.iter_rows(named=True), before, after, strict=True)
        if a != b
    ]
    unpaired = max(per_task(baseline).height, per_task(variant).height) - joined.height
    notes = [configuration] if configuration else []
    if unpaired:
        notes.append(f"{unpaired} (model, task) pair(s) were scored in only one run and are left out")
    return ABReport(
        baseline_run=baseline["run_uid"][0],
        variant_run=variant["run_uid"][0],
        caveat="; ".join(notes) or None,
        metrics=metrics,
        pass_test_p_value=mcnemar_exact(before, after).p_value,
        flipped=flipped,
    )
