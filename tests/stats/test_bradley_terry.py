"""Bradley-Terry strengths agree with `choix` and a direct scipy fit; intervals cover the truth."""

import choix
import numpy as np
import pytest
from scipy.optimize import approx_fprime, minimize

from aibaas.stats import fit_bradley_terry, win_matrix
from aibaas.stats.bradley_terry import _objective
from aibaas.stats.errors import StatsInputError


def _games(seed: int, n_items: int, n_games: int) -> tuple[np.ndarray, list[tuple[int, int]]]:
    rng = np.random.default_rng(seed)
    truth = rng.normal(size=n_items)
    truth -= truth.mean()
    games = []
    for _ in range(n_games):
        i, j = rng.choice(n_items, 2, replace=False)
        won = rng.random() < 1 / (1 + np.exp(-(truth[i] - truth[j])))
        games.append((int(i), int(j)) if won else (int(j), int(i)))
    return truth, games


def _fit(n_items: int, games: list[tuple[int, int]], ridge: float):
    winners, losers = np.array(games).T
    wins = win_matrix(n_items, winners, losers, np.ones(len(games)))
    return fit_bradley_terry([f"m{i}" for i in range(n_items)], wins, ridge=ridge)


@pytest.mark.parametrize(("seed", "ridge"), [(1, 0.0), (2, 0.0), (3, 0.3)])
def test_matches_choix(seed: int, ridge: float) -> None:
    _, games = _games(seed, n_items=8, n_games=600)
    expected = choix.opt_pairwise(8, games, alpha=ridge)
    fit = _fit(8, games, ridge)
    np.testing.assert_allclose(fit.strength, expected - expected.mean(), atol=1e-5)


def test_ties_and_weights_match_a_direct_scipy_fit() -> None:
    rng = np.random.default_rng(7)
    first, second = rng.integers(0, 5, 300), rng.integers(0, 5, 300)
    keep = first != second
    first, second = first[keep], second[keep]
    outcome = rng.choice([0.0, 0.5, 1.0], size=len(first))
    weight = rng.uniform(0.2, 2.0, size=len(first))
    wins = win_matrix(5, first, second, outcome, weight)
    fit = fit_bradley_terry(list("abcde"), wins, ridge=0.0)
    direct = minimize(lambda t: _objective(t - t.mean(), wins, 0.0), np.zeros(5), method="BFGS", tol=1e-12)
    np.testing.assert_allclose(fit.strength, direct.x - direct.x.mean(), atol=1e-5)


def test_standard_errors_are_the_inverse_numerical_hessian() -> None:
    _, games = _games(4, n_items=4, n_games=400)
    fit = _fit(4, games, ridge=0.0)
    winners, losers = np.array(games).T
    wins = win_matrix(4, winners, losers, np.ones(len(games)))

    # The free parameters are the first three strengths; the last is minus their sum.
    def nll(free: np.ndarray) -> float:
        return _objective(np.append(free, -free.sum()), wins, 0.0)

    free = fit.strength[:3]
    hessian = np.array(
        [approx_fprime(free, lambda x, i=i: approx_fprime(x, nll, 1e-5)[i], 1e-5) for i in range(3)]
    )
    covariance = np.linalg.inv(hessian)
    np.testing.assert_allclose(fit.standard_error[:3], np.sqrt(np.diag(covariance)), rtol=2e-2)


def test_intervals_cover_the_true_strengths_at_about_the_nominal_rate() -> None:
    covered = total = 0
    for seed in range(40):
        truth, games = _games(100 + seed, n_items=6, n_games=500)
        low, high = _fit(6, games, 0.0).interval(0.95)
        covered += int(np.sum((low <= truth) & (truth <= high)))
        total += 6
    assert 0.90 <= covered / total <= 0.99


def test_an_item_that_never_wins_stays_finite_with_a_ridge() -> None:
    games = [(0, 1)] * 10 + [(1, 2)] * 10 + [(0, 2)] * 5
    fit = _fit(3, games, ridge=0.01)
    assert np.all(np.isfinite(fit.strength))
    assert fit.strength[0] > fit.strength[1] > fit.strength[2]
    assert fit.elo()[0] > 1000 > fit.elo()[2]


def test_rejects_self_comparison() -> None:
    with pytest.raises(StatsInputError, match="compared with itself"):
        win_matrix(3, [0], [0], [1.0])


def test_a_ridge_does_not_inflate_the_intervals() -> None:
    # The ridge only guards against infinite strengths; the spread must match the unpenalized fit.
    _, games = _games(9, n_items=5, n_games=500)
    plain, ridged = _fit(5, games, 0.0), _fit(5, games, 1e-3)
    np.testing.assert_allclose(ridged.standard_error, plain.standard_error, rtol=1e-2)
