"""The vectorized bootstrap equals the loop it replaces, is seeded, and its intervals behave."""

import numpy as np
import pytest

from aibaas.stats import bootstrap_means, resample_weights
from aibaas.stats.errors import StatsInputError


def test_equals_an_explicit_resampling_loop_with_the_same_draws() -> None:
    rng = np.random.default_rng(0)
    values = rng.uniform(0, 100, size=(40, 6))
    values[rng.random(values.shape) < 0.1] = np.nan
    result = bootstrap_means(values, rounds=50, seed=3)
    counts = resample_weights(40, 50, seed=3)
    for round_index in range(50):
        picked = np.repeat(np.arange(40), counts[round_index].astype(int))
        np.testing.assert_allclose(result.draws[round_index], np.nanmean(values[picked], axis=0))
    np.testing.assert_allclose(result.point, np.nanmean(values, axis=0))


def test_same_seed_same_draws_other_seed_other_draws() -> None:
    values = np.random.default_rng(1).normal(size=(30, 3))
    first, again, other = (bootstrap_means(values, 200, seed) for seed in (5, 5, 6))
    np.testing.assert_array_equal(first.draws, again.draws)
    assert not np.array_equal(first.draws, other.draws)


def test_interval_of_a_mean_matches_the_normal_theory_width() -> None:
    values = np.random.default_rng(2).normal(50, 10, size=(2000, 1))
    low, high = bootstrap_means(values, 1000, seed=0).interval(0.95)
    expected_half_width = 1.96 * 10 / np.sqrt(2000)
    assert (high[0] - low[0]) / 2 == pytest.approx(expected_half_width, rel=0.15)
    assert low[0] < values.mean() < high[0]


def test_rejects_a_vector() -> None:
    with pytest.raises(StatsInputError, match="tasks x columns"):
        bootstrap_means(np.arange(5.0))
