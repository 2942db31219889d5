"""Building the `leaderboard_history` mart from a year of daily runs: 100 models x 63 tasks (7
languages x 3 scenarios x 3 difficulties) x 2 samples x 365 runs (4.6 M sample rows, 2.3 M history
rows). Baseline, in the same run: one plain Polars group-by mean of the score over the same keys,
the least work any daily history needs.

Run: .venv/bin/python -m benchmarks.app_history_mart
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import numpy as np
import polars as pl

from aibaas.judging.app_marts import HISTORY_KEYS, history_mart
from aibaas.views.contract import DIFFICULTIES, LANGUAGES, SCENARIOS

MODELS, DAYS, SAMPLES, REPEATS = 100, 365, 2, 3


def samples() -> pl.DataFrame:
    rng = np.random.default_rng(5)
    cells = [(lang, scen, diff) for lang in LANGUAGES for scen in SCENARIOS for diff in DIFFICULTIES]
    m, d, t, _sample = np.meshgrid(
        np.arange(MODELS), np.arange(DAYS), np.arange(len(cells)), np.arange(SAMPLES), indexing="ij"
    )
    m, d, t = m.ravel(), d.ravel(), t.ravel()
    passed = rng.random(m.size) < 0.3 + 0.5 * m / MODELS
    start = datetime(2025, 11, 1, 6, tzinfo=UTC)
    return pl.DataFrame(
        {
            "run_started_at": pl.Series([start + timedelta(days=int(x)) for x in range(DAYS)]).gather(d),
            "model": pl.Series([f"p{i % 6}/model-{i:03d}" for i in range(MODELS)]).gather(m),
            "provider": pl.Series([f"p{i % 6}" for i in range(MODELS)]).gather(m),
            "task_id": pl.Series([f"task-{i:03d}" for i in range(len(cells))]).gather(t),
            "language": pl.Series([c[0] for c in cells]).gather(t),
            "scenario": pl.Series([c[1] for c in cells]).gather(t),
            "difficulty": pl.Series([c[2] for c in cells]).gather(t),
            "passed": passed,
            "score": np.where(passed, 100.0, rng.uniform(0, 60, m.size)),
            "cost_usd": rng.gamma(2.0, 0.001, m.size),
            "latency_ms": rng.gamma(3.0, 300.0, m.size),
        }
    )


def baseline(frame: pl.DataFrame) -> pl.DataFrame:
    day = pl.col("run_started_at").dt.date().alias("day")
    return frame.group_by(day, *HISTORY_KEYS).agg(pl.col("score").mean())


def _median_seconds(work: Callable[[], pl.DataFrame]) -> tuple[float, int]:
    times, rows = [], 0
    for _ in range(REPEATS):
        started = time.perf_counter()
        rows = work().height
        times.append(time.perf_counter() - started)
    return statistics.median(times), rows


def main() -> None:
    frame = samples()
    base, base_rows = _median_seconds(lambda: baseline(frame))
    mart, mart_rows = _median_seconds(lambda: history_mart(frame))
    assert base_rows == mart_rows, (base_rows, mart_rows)
    print(f"sample rows: {frame.height:,}; history rows: {mart_rows:,}; median of {REPEATS}")
    print(f"baseline group-by mean: {base * 1000:,.0f} ms (1x)")
    print(f"history_mart:           {mart * 1000:,.0f} ms ({mart / base:.1f}x)")


if __name__ == "__main__":
    main()
