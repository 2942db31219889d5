"""Confidence intervals: Wilson score intervals for proportions, percentile intervals for draws."""

from __future__ import annotations

import math

import numpy as np
from numpy.typing import ArrayLike, NDArray
from scipy.stats import norm

from aibaas.stats.errors import StatsInputError


def _z(confidence: float) -> float:
    if not 0 < confidence < 1:
        raise StatsInputError(f"confidence must be between 0 and 1, got {confidence}")
    return float(norm.ppf(0.5 + confidence / 2))


def wilson_interval(successes: int, trials: int, confidence: float = 0.95) -> tuple[float, float]:
    """The Wilson score interval for a binomial proportion (no continuity correction).

    Args:
        successes: e.g. up-votes.
        trials: e.g. all up and down votes; 0 gives the uninformative interval (0, 1).
        confidence: two-sided level.
    """
    if trials < 0 or not 0 <= successes <= trials:
        raise StatsInputError(f"Wilson interval needs 0 <= successes <= trials, got {successes}/{trials}")
    if trials == 0:
        return 0.0, 1.0
    z = _z(confidence)
    p = successes / trials
    denominator = 1 + z * z / trials
    centre = (p + z * z / (2 * trials)) / denominator
    half = z * math.sqrt(p * (1 - p) / trials + z * z / (4 * trials * trials)) / denominator
    return max(0.0, centre - half), min(1.0, centre + half)


def wilson_lower_bound(successes: int, trials: int, confidence: float = 0.95) -> float:
    """The lower end of the Wilson interval: the ranking key for up/down votes."""
    return wilson_interval(successes, trials, confidence)[0]


def percentile_interval(
    draws: ArrayLike, confidence: float = 0.95, axis: int = 0
) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """Lower and upper percentiles of bootstrap draws along `axis`, ignoring NaN draws."""
    if not 0 < confidence < 1:
        raise StatsInputError(f"confidence must be between 0 and 1, got {confidence}")
    tail = (1 - confidence) / 2 * 100
    values = np.asarray(draws, dtype=np.float64)
    low, high = np.nanpercentile(values, [tail, 100 - tail], axis=axis)
    return np.asarray(low, dtype=np.float64), np.asarray(high, dtype=np.float64)
