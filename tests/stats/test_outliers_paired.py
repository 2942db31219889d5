"""MAD outliers follow Iglewicz-Hoaglin; paired tests agree with scipy's exact tests."""

import numpy as np
import pytest
from scipy.stats import binomtest, permutation_test

from aibaas.stats import mad_outliers, mcnemar_exact, modified_z_scores, paired_permutation_test
from aibaas.stats.errors import StatsInputError


def test_modified_z_scores_by_hand() -> None:
    values = np.array([10.0, 11.0, 12.0, 13.0, 40.0])
    # median 12, absolute deviations 2,1,0,1,28 -> MAD 1
    np.testing.assert_allclose(modified_z_scores(values), 0.6745 * (values - 12.0))
    assert mad_outliers(values).tolist() == [False, False, False, False, True]


def test_constant_majority_flags_every_other_value() -> None:
    assert mad_outliers([5.0, 5.0, 5.0, 6.0]).tolist() == [False, False, False, True]


def test_permutation_test_matches_scipy_exact() -> None:
    rng = np.random.default_rng(3)
    before = rng.normal(50, 5, 12)
    after = before + rng.normal(2, 3, 12)
    ours = paired_permutation_test(before, after)
    reference = permutation_test(
        (after - before,), np.mean, permutation_type="samples", n_resamples=np.inf, alternative="two-sided"
    )
    assert ours.p_value == pytest.approx(reference.pvalue, abs=1e-12)
    assert ours.mean_difference == pytest.approx(np.mean(after - before))


def test_large_permutation_test_is_seeded_and_detects_a_real_change() -> None:
    rng = np.random.default_rng(4)
    before = rng.normal(50, 5, 300)
    changed = paired_permutation_test(before, before + 1.5 + rng.normal(0, 3, 300), seed=1)
    same = paired_permutation_test(before, before + rng.normal(0, 3, 300), seed=1)
    assert changed.p_value < 0.01 < same.p_value
    assert paired_permutation_test(before, before + 1, seed=1) == paired_permutation_test(
        before, before + 1, seed=1
    )


def test_mcnemar_is_a_binomial_test_on_discordant_pairs() -> None:
    before = np.array([1] * 30 + [0] * 30 + [1] * 5 + [0] * 15)
    after = np.array([1] * 30 + [0] * 30 + [0] * 5 + [1] * 15)
    result = mcnemar_exact(before, after)
    # 80 pairs; 15 gained a pass and 5 lost one: the 20 discordant pairs decide the test.
    assert result.n == 80
    assert result.mean_difference == pytest.approx((15 - 5) / 80)
    assert result.p_value == pytest.approx(binomtest(15, 20, 0.5).pvalue)
    with pytest.raises(StatsInputError, match="0 or 1"):
        mcnemar_exact([0.5], [1])
