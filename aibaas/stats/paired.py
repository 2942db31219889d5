"""Paired significance tests for "did this model change between two runs on the same tasks"."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike
from scipy.stats import binomtest

from aibaas.stats.errors import StatsInputError


@dataclass(frozen=True)
class PairedTest:
    """The outcome of a paired test: the mean difference (after - before) and a two-sided p-value."""

    method: str
    n: int
    mean_difference: float
    p_value: float


def _paired(before: ArrayLike, after: ArrayLike) -> tuple[np.ndarray, np.ndarray]:  # type: ignore[type-arg]
    a = np.asarray(before, dtype=np.float64)
    b = np.asarray(after, dtype=np.float64)
    if a.shape != b.shape or a.ndim != 1:
        raise StatsInputError(
            f"paired tests need two 1-D arrays of equal length, got {a.shape} and {b.shape}"
        )
    keep = ~(np.isnan(a) | np.isnan(b))
    return a[keep], b[keep]


def paired_permutation_test(
    before: ArrayLike, after: ArrayLike, rounds: int = 10_000, seed: int = 0
) -> PairedTest:
    """Sign-flip permutation test on the mean of per-task differences; no normality assumed.

    Exact (all 2^n sign patterns) when n <= 16, otherwise `rounds` seeded random sign patterns with the
    observed pattern counted once so p is never 0.
    """
    a, b = _paired(before, after)
    diff = b - a
    n = len(diff)
    if n == 0:
        raise StatsInputError("paired test needs at least one task scored in both runs")
    observed = abs(diff.mean())
    if n <= 16:
        patterns = ((np.arange(2**n)[:, None] >> np.arange(n)) & 1) * 2 - 1
        means = np.abs((patterns * diff).mean(axis=1))
        p = float(np.mean(means >= observed - 1e-12))
    else:
        rng = np.random.default_rng(seed)
        signs = rng.choice(np.array([-1.0, 1.0]), size=(rounds, n))
        means = np.abs((signs * diff).mean(axis=1))
        p = float((np.sum(means >= observed - 1e-12) + 1) / (rounds + 1))
    return PairedTest("sign-flip permutation", n, float(diff.mean()), p)


def mcnemar_exact(before: ArrayLike, after: ArrayLike) -> PairedTest:
    """Exact McNemar test for paired pass/fail outcomes: a binomial test on the discordant pairs."""
    a, b = _paired(before, after)
    if not np.all(np.isin(a, (0, 1))) or not np.all(np.isin(b, (0, 1))):
        raise StatsInputError("McNemar's test needs pass/fail outcomes coded 0 or 1")
    gained = int(np.sum((a == 0) & (b == 1)))
    lost = int(np.sum((a == 1) & (b == 0)))
    discordant = gained + lost
    p = 1.0 if discordant == 0 else float(binomtest(gained, discordant, 0.5).pvalue)
    return PairedTest("exact McNemar", len(a), float((b - a).mean()) if len(a) else 0.0, p)
