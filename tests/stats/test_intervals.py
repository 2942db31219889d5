"""Wilson intervals agree with scipy's; percentile intervals with numpy's percentiles."""

import numpy as np
import pytest
from scipy.stats import binomtest

from aibaas.stats import percentile_interval, wilson_interval, wilson_lower_bound
from aibaas.stats.errors import StatsInputError


@pytest.mark.parametrize(("successes", "trials"), [(0, 1), (1, 1), (3, 10), (50, 100), (999, 1000), (7, 7)])
@pytest.mark.parametrize("confidence", [0.8, 0.95, 0.99])
def test_wilson_matches_scipy(successes: int, trials: int, confidence: float) -> None:
    expected = binomtest(successes, trials).proportion_ci(confidence_level=confidence, method="wilson")
    low, high = wilson_interval(successes, trials, confidence)
    assert low == pytest.approx(expected.low, abs=1e-12)
    assert high == pytest.approx(expected.high, abs=1e-12)


def test_wilson_lower_bound_ranks_many_votes_above_few() -> None:
    # 90 of 100 up-votes is surer than 1 of 1, though the raw rate is lower
    assert wilson_lower_bound(90, 100) > wilson_lower_bound(1, 1)
    assert wilson_interval(0, 0) == (0.0, 1.0)
    with pytest.raises(StatsInputError, match="successes <= trials"):
        wilson_interval(5, 3)


def test_percentile_interval_ignores_nan_draws() -> None:
    draws = np.column_stack([np.arange(101.0), np.r_[np.arange(100.0), np.nan]])
    low, high = percentile_interval(draws, 0.9)
    np.testing.assert_allclose(low, [5.0, np.percentile(np.arange(100.0), 5)])
    np.testing.assert_allclose(high, [95.0, np.percentile(np.arange(100.0), 95)])
