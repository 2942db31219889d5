"""Aggregation with 1,000 bootstrap rounds over models x tasks x 5 sources, against a naive loop.

Run: .venv/bin/python benchmarks/aggregation_bootstrap.py
The naive baseline resamples task indices per round and averages each (model, source) column with
fancy indexing, the way a straightforward implementation would; it is measured on the same data.
"""

import time

import numpy as np
import polars as pl

from aibaas.judging.aggregate import aggregate, score_cube
from aibaas.judging.weights import SOURCES, AggregationWeights

ROUNDS = 1000


def frame(models: int, tasks: int) -> pl.DataFrame:
    rng = np.random.default_rng(0)
    m = np.repeat(np.arange(models), tasks)
    t = np.tile(np.arange(tasks), models)
    return pl.concat(
        pl.DataFrame(
            {
                "source": s,
                "model": [f"m{i:02d}" for i in m],
                "task_id": [f"t{i}" for i in t],
                "score": rng.uniform(0, 100, models * tasks) + m * 0.3,
            }
        )
        for s in SOURCES
    )


def naive(scores: pl.DataFrame) -> np.ndarray:
    cube = score_cube(scores).values
    n_tasks = cube.shape[0]
    weights = np.array(list(AggregationWeights().as_dict().values()))
    rng = np.random.default_rng(0)
    out = np.empty((ROUNDS, cube.shape[1]))
    for r in range(ROUNDS):
        picked = cube[rng.integers(0, n_tasks, n_tasks)]
        out[r] = np.nanmean(picked, axis=0) @ weights
    return out


def timed(fn, *args) -> float:
    start = time.perf_counter()
    fn(*args)
    return time.perf_counter() - start


def main() -> None:
    print(f"{'models':>6} {'tasks':>6} {'vectorized s':>13} {'naive s':>9} {'ratio':>6}")
    for models, tasks in [(10, 1000), (25, 1000), (50, 1000), (10, 3150), (25, 3150), (50, 3150)]:
        scores = frame(models, tasks)
        fast = timed(aggregate, scores, AggregationWeights(), ROUNDS, 0)
        slow = timed(naive, scores)
        print(f"{models:>6} {tasks:>6} {fast:>13.2f} {slow:>9.2f} {slow / fast:>6.1f}x")


if __name__ == "__main__":
    main()
