"""The bootstrap over tasks, vectorized: every round is a row of resampling counts.

Resampling tasks with replacement is the same as giving each task a multinomial count; the mean of
every (model, source) column in every round is then one matrix product, counts @ values, instead of
a Python loop over rounds, models and sources. All columns share each round's counts, so the draws
of different sources stay paired and can be combined (weighted sums, ranks) round by round.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray

from aibaas.stats.errors import StatsInputError
from aibaas.stats.intervals import percentile_interval

PUBLISHED_ROUNDS = 1000


def resample_weights(n_tasks: int, rounds: int, seed: int) -> NDArray[np.float64]:
    """How many times each task is drawn in each round: rounds x tasks, each row summing to n_tasks."""
    if n_tasks < 1 or rounds < 1:
        raise StatsInputError(f"bootstrap needs at least one task and one round, got {n_tasks} and {rounds}")
    rng = np.random.default_rng(seed)
    return rng.multinomial(n_tasks, np.full(n_tasks, 1.0 / n_tasks), size=rounds).astype(np.float64)


@dataclass(frozen=True)
class BootstrapResult:
    """Point estimates (means over all tasks) and the draws of every round, per column."""

    point: NDArray[np.float64]
    draws: NDArray[np.float64]

    def interval(self, confidence: float = 0.95) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
        """Percentile interval of each column."""
        return percentile_interval(self.draws, confidence, axis=0)


def bootstrap_means(values: ArrayLike, rounds: int = PUBLISHED_ROUNDS, seed: int = 0) -> BootstrapResult:
    """Bootstrap the mean of each column over resampled rows (tasks); NaN marks a missing score.

    Args:
        values: tasks x columns (a column is e.g. one model's score from one source).
        rounds: bootstrap rounds; 1,000 for published numbers.
        seed: the random seed; the same seed gives the same draws.

    Returns:
        Means over the present values; a column with no value in a round has a NaN draw.
    """
    matrix = np.asarray(values, dtype=np.float64)
    if matrix.ndim != 2:
        raise StatsInputError(f"bootstrap needs a tasks x columns matrix, got {matrix.ndim}-D")
    present = ~np.isnan(matrix)
    filled = np.where(present, matrix, 0.0)
    counts = resample_weights(matrix.shape[0], rounds, seed)
    with np.errstate(invalid="ignore", divide="ignore"):
        draws = (counts @ filled) / (counts @ present)
        point = filled.sum(axis=0) / present.sum(axis=0)
    return BootstrapResult(point=point, draws=draws)
