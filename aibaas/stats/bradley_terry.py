"""Bradley-Terry strengths from pairwise outcomes, by Newton's method, with Wald intervals.

P(i beats j) = sigmoid(theta_i - theta_j). Ties count half a win to each side, weights scale an
outcome's influence (reputation), and an optional ridge penalty `ridge * sum(theta^2)` (the same
penalty as `choix`) keeps strengths finite for items that never won or never lost. Strengths are
centred on 0; their covariance is the pseudo-inverse of the Hessian projected onto that
sum-to-zero constraint.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray
from scipy.special import expit
from scipy.stats import norm

from aibaas.stats.errors import StatsInputError

ELO_SCALE = 400 / math.log(10)
ELO_BASE = 1000.0


@dataclass(frozen=True)
class BradleyTerryFit:
    """Centred log-strengths, their standard errors, and how the fit went."""

    items: list[str]
    strength: NDArray[np.float64]
    standard_error: NDArray[np.float64]
    comparisons: NDArray[np.float64]
    iterations: int

    def interval(self, confidence: float = 0.95) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
        """Wald interval of each log-strength."""
        z = float(norm.ppf(0.5 + confidence / 2))
        return self.strength - z * self.standard_error, self.strength + z * self.standard_error

    def elo(self, values: NDArray[np.float64] | None = None) -> NDArray[np.float64]:
        """Log-strengths on the familiar Elo scale (400 points = 10:1 odds, centred on 1000)."""
        return ELO_BASE + ELO_SCALE * (self.strength if values is None else values)


def win_matrix(
    n_items: int, first: ArrayLike, second: ArrayLike, outcome: ArrayLike, weight: ArrayLike | None = None
) -> NDArray[np.float64]:
    """W[i, j] = weighted wins of i over j; outcome 1 = first won, 0 = second won, 0.5 = tie."""
    a = np.asarray(first, dtype=np.int64)
    b = np.asarray(second, dtype=np.int64)
    y = np.asarray(outcome, dtype=np.float64)
    w = np.ones_like(y) if weight is None else np.asarray(weight, dtype=np.float64)
    if not (a.shape == b.shape == y.shape == w.shape):
        raise StatsInputError("first, second, outcome and weight must have the same length")
    if np.any((y < 0) | (y > 1)) or np.any(w < 0) or np.any(a == b):
        raise StatsInputError("outcomes must be in [0, 1], weights >= 0, and no item compared with itself")
    wins = np.zeros((n_items, n_items))
    np.add.at(wins, (a, b), w * y)
    np.add.at(wins, (b, a), w * (1 - y))
    return wins


def _objective(theta: NDArray[np.float64], wins: NDArray[np.float64], ridge: float) -> float:
    diff = theta[:, None] - theta[None, :]
    return float(np.sum(wins * np.logaddexp(0.0, -diff)) + ridge * np.sum(theta**2))


def _gradient_hessian(
    theta: NDArray[np.float64], wins: NDArray[np.float64], ridge: float
) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    total = wins + wins.T
    p = expit(theta[:, None] - theta[None, :])
    gradient = -(wins - total * p).sum(axis=1) + 2 * ridge * theta
    curvature = total * p * p.T
    hessian = np.diag(curvature.sum(axis=1)) - curvature + 2 * ridge * np.eye(len(theta))
    return gradient, hessian


def _newton(
    wins: NDArray[np.float64], ridge: float, max_iter: int, tol: float
) -> tuple[NDArray[np.float64], int]:
    """Centred strengths minimizing the objective, and the iterations it took."""
    theta = np.zeros(len(wins))
    current = _objective(theta, wins, ridge)
    for iteration in range(1, max_iter + 1):
        gradient, hessian = _gradient_hessian(theta, wins, ridge)
        step = np.linalg.lstsq(hessian, gradient, rcond=None)[0]
        scale = 1.0
        # Step halving keeps Newton monotone when an item has (almost) no wins or losses.
        while scale > 1e-8:
            candidate = theta - scale * step
            value = _objective(candidate, wins, ridge)
            if value <= current + 1e-12:
                break
            scale /= 2
        theta, previous, current = candidate - candidate.mean(), current, value
        if abs(previous - current) < tol * max(1.0, abs(current)) and np.max(np.abs(scale * step)) < 1e-7:
            return theta, iteration
    raise StatsInputError(f"Bradley-Terry fit did not converge in {max_iter} iterations")


def fit_bradley_terry(
    items: list[str], wins: NDArray[np.float64], ridge: float = 1e-6, max_iter: int = 200, tol: float = 1e-10
) -> BradleyTerryFit:
    """Maximum-(penalized-)likelihood strengths for a win matrix from `win_matrix`.

    Raises:
        StatsInputError: when the matrix does not match the items, or Newton does not converge.
    """
    n = len(items)
    if wins.shape != (n, n):
        raise StatsInputError(f"win matrix is {wins.shape}, expected ({n}, {n}) for {n} items")
    theta, iterations = _newton(wins, ridge, max_iter, tol)
    _, hessian = _gradient_hessian(theta, wins, ridge)
    # Project onto the sum-to-zero subspace: the ridge would otherwise leave a near-flat direction
    # (adding a constant to every strength) whose huge variance is not a real uncertainty.
    centring = np.eye(n) - 1.0 / n
    covariance = np.linalg.pinv(centring @ hessian @ centring, hermitian=True)
    return BradleyTerryFit(
        items=list(items),
        strength=theta,
        standard_error=np.sqrt(np.clip(np.diag(covariance), 0, None)),
        comparisons=(wins + wins.T).sum(axis=1),
        iterations=iterations,
    )
