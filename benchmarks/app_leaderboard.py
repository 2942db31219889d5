"""The leaderboard page's script run on 100 models x 7 languages x 3 scenarios x 3 difficulties x 365 days.

Measured with AppTest through the app's router: cold (caches cleared, marts read from Parquet),
warm (the same view again), a new filter combination on warm marts (recomputed from history), and
as the baseline the empty-state run (no marts published) in the same process.

Run: .venv/bin/python -m benchmarks.app_leaderboard
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")

import streamlit as st
from streamlit.testing.v1 import AppTest

from aibaas.config import get_settings
from benchmarks.demo_marts import DemoSize, publish

APP = Path(__file__).resolve().parents[1] / "app" / "streamlit_app.py"
REPEATS = 5


def _page_run(query: dict[str, str]) -> float:
    """Seconds for one script run of the leaderboard page (the router's first run excluded)."""
    at = AppTest.from_file(str(APP), default_timeout=120)
    at.query_params.update(query)
    at.run()
    at.switch_page("app_pages/leaderboard.py")
    started = time.perf_counter()
    at.run()
    elapsed = time.perf_counter() - started
    if at.exception:
        raise SystemExit(f"the page failed: {at.exception[0].value}")
    return elapsed


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["AIBAAS_DATA_DIR"] = tmp
        get_settings.cache_clear()
        empty = statistics.median(_page_run({}) for _ in range(REPEATS))

        size = DemoSize()
        frames = publish(get_settings().marts, size)
        rows = frames["leaderboard_history"].height
        st.cache_data.clear()
        st.cache_resource.clear()
        cold = _page_run({})
        warm = statistics.median(_page_run({}) for _ in range(REPEATS))
        combos = [
            {"language": lang, "scenario": "review", "window": "30d"} for lang in ("go", "rust", "java")
        ]
        recompute = statistics.median(_page_run(q) for q in combos)

    print(f"history rows: {rows:,} ({size.models} models x 7 x 3 x 3 x {size.days} days)", file=sys.stderr)
    print(f"baseline empty-state run: {empty * 1000:.0f} ms")
    print(f"cold run (read marts):    {cold * 1000:.0f} ms  ({cold / empty:.1f}x baseline; target < 3000 ms)")
    print(f"warm run (same view):     {warm * 1000:.0f} ms  ({warm / empty:.1f}x baseline; target < 1000 ms)")
    print(f"new filter combination:   {recompute * 1000:.0f} ms  ({recompute / empty:.1f}x baseline)")


if __name__ == "__main__":
    main()
