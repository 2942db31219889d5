"""Krippendorff's alpha agrees with the `krippendorff` package at every level, with missing data."""

import krippendorff
import numpy as np
import pytest

from aibaas.stats import AlphaLevel, krippendorff_alpha
from aibaas.stats.errors import StatsInputError


def _ratings(seed: int, raters: int, units: int, agreement: float) -> np.ndarray:
    rng = np.random.default_rng(seed)
    truth = rng.integers(1, 6, size=units)
    noisy = rng.integers(1, 6, size=(raters, units))
    data = np.where(rng.random((raters, units)) < agreement, truth, noisy).astype(float)
    data[rng.random(data.shape) < 0.15] = np.nan
    return data


@pytest.mark.parametrize("level", list(AlphaLevel))
@pytest.mark.parametrize(("seed", "agreement"), [(1, 0.2), (2, 0.6), (3, 0.95)])
def test_matches_reference_package(level: AlphaLevel, seed: int, agreement: float) -> None:
    data = _ratings(seed, raters=5, units=60, agreement=agreement)
    expected = krippendorff.alpha(reliability_data=data, level_of_measurement=level.value)
    assert krippendorff_alpha(data, level) == pytest.approx(expected, abs=1e-10)


def test_krippendorff_worked_example() -> None:
    # Krippendorff (2011), section C: 4 observers, 12 units, nominal alpha = 0.743
    nan = np.nan
    data = [
        [1, 2, 3, 3, 2, 1, 4, 1, 2, nan, nan, nan],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, nan, 3],
        [nan, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, nan],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, nan],
    ]
    assert krippendorff_alpha(data, "nominal") == pytest.approx(0.743, abs=5e-4)
    assert krippendorff_alpha(data, "interval") == pytest.approx(0.849, abs=5e-4)


def test_perfect_agreement_is_one_and_unpairable_data_is_refused() -> None:
    assert krippendorff_alpha([[1, 2, 3, 1], [1, 2, 3, 1]], "ordinal") == pytest.approx(1.0)
    with pytest.raises(StatsInputError, match="pairable"):
        krippendorff_alpha([[1, np.nan], [np.nan, 2]])
