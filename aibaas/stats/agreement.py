"""Krippendorff's alpha for nominal, ordinal, interval and ratio data, from the coincidence matrix.

Follows Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability": units with fewer than two
values are not pairable and drop out; the expected disagreement uses the pooled value frequencies.
"""

from __future__ import annotations

from enum import StrEnum

import numpy as np
from numpy.typing import ArrayLike, NDArray

from aibaas.stats.errors import StatsInputError


class AlphaLevel(StrEnum):
    NOMINAL = "nominal"
    ORDINAL = "ordinal"
    INTERVAL = "interval"
    RATIO = "ratio"


def _distance(
    values: NDArray[np.float64], totals: NDArray[np.float64], level: AlphaLevel
) -> NDArray[np.float64]:
    """The squared difference function delta^2 between every pair of observed values."""
    if level is AlphaLevel.NOMINAL:
        return 1.0 - np.eye(len(values))
    if level is AlphaLevel.INTERVAL:
        return np.subtract.outer(values, values) ** 2
    if level is AlphaLevel.RATIO:
        sums = np.add.outer(values, values)
        with np.errstate(invalid="ignore", divide="ignore"):
            ratio = np.where(sums == 0, 0.0, np.subtract.outer(values, values) / sums)
        return ratio**2
    # Ordinal: the frequency mass of the ranks from c to k, counting the two end points half.
    cumulative = np.cumsum(totals)
    index = np.arange(len(values))
    lower, upper = np.minimum.outer(index, index), np.maximum.outer(index, index)
    span = cumulative[upper] - cumulative[lower] + totals[lower] - (totals[lower] + totals[upper]) / 2
    return span**2


def krippendorff_alpha(reliability_data: ArrayLike, level: AlphaLevel | str = AlphaLevel.NOMINAL) -> float:
    """Agreement between raters beyond chance: 1 is perfect, 0 is chance, negative is systematic.

    Args:
        reliability_data: raters x units, NaN where a rater did not rate a unit.
        level: the measurement level of the values.

    Returns:
        alpha; NaN when there is no variation at all to disagree about.
    """
    data = np.asarray(reliability_data, dtype=np.float64)
    if data.ndim != 2:
        raise StatsInputError(f"reliability data must be raters x units (2-D), got {data.ndim}-D")
    level = AlphaLevel(level)
    present = ~np.isnan(data)
    values = np.unique(data[present])
    if len(values) == 0:
        raise StatsInputError("reliability data holds no ratings")
    counts = np.stack([(data == v).sum(axis=0) for v in values], axis=1).astype(np.float64)
    pairable = present.sum(axis=0)
    keep = pairable >= 2
    counts, pairable = counts[keep], pairable[keep]
    if len(counts) == 0:
        raise StatsInputError("no unit has two or more ratings; alpha needs at least one pairable unit")
    weights = 1.0 / (pairable - 1.0)
    coincidence = (counts * weights[:, None]).T @ counts - np.diag((counts * weights[:, None]).sum(axis=0))
    totals = coincidence.sum(axis=1)
    n = totals.sum()
    delta = _distance(values, totals, level)
    observed = float((coincidence * delta).sum()) / n
    expected = float((np.outer(totals, totals) * delta).sum()) / (n * (n - 1))
    if expected == 0:
        return float("nan")
    return float(1.0 - observed / expected)
