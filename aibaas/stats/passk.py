"""The unbiased pass@k estimator of Chen et al. (2021), vectorized over tasks."""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike, NDArray
from scipy.special import gammaln

from aibaas.stats.errors import StatsInputError


def pass_at_k(samples: ArrayLike, correct: ArrayLike, k: int) -> NDArray[np.float64]:
    """Probability that at least one of `k` samples drawn without replacement passes, per task.

    Computes 1 - C(n - c, k) / C(n, k) through log-gamma, which stays exact where the binomials
    would overflow and needs no Python loop over tasks.

    Args:
        samples: samples generated per task (n), a scalar or one value per task.
        correct: samples that passed per task (c).
        k: samples the user is allowed; must be <= n for every task.

    Returns:
        pass@k per task, in [0, 1].
    """
    c = np.atleast_1d(np.asarray(correct, dtype=np.int64))
    n = np.broadcast_to(np.asarray(samples, dtype=np.int64), c.shape)
    if k < 1:
        raise StatsInputError(f"pass@k needs k >= 1, got k={k}")
    if np.any(c < 0) or np.any(c > n):
        raise StatsInputError("pass@k needs 0 <= correct <= samples for every task")
    if np.any(n < k):
        raise StatsInputError(f"pass@{k} needs at least {k} samples per task; smallest is {int(n.min())}")
    failing = (n - c).astype(np.float64)
    possible = failing >= k
    safe = np.where(possible, failing, k)
    log_ratio = gammaln(safe + 1) - gammaln(safe - k + 1) - gammaln(n + 1.0) + gammaln(n - k + 1.0)
    return np.where(possible, 1.0 - np.exp(log_ratio), 1.0)
