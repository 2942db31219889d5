"""One judging source end to end: the latest run's answers, the calls, the cached answers, the frame.

Shared by the Dagster assets `generations/self_review_responses` and `generations/panel_responses`.
"""

from __future__ import annotations

from collections.abc import Sequence

import polars as pl

from aibaas.bench.cache import CellCache
from aibaas.bench.definition import BenchmarkDefinition
from aibaas.config import Settings
from aibaas.judging.calls import (
    CallOutcome,
    Source,
    panel_calls,
    responses_frame,
    run_calls,
    self_review_calls,
)
from aibaas.judging.contracts import AUTOMATED_SCORES, conform, latest_run
from aibaas.judging.errors import JudgingInputError
from aibaas.judging.panel import PanelMember
from aibaas.judging.samples import load_judged_samples
from aibaas.providers.gateway import Gateway
from aibaas.store import make_engine, session_factory


def collect_responses(
    settings: Settings,
    definition: BenchmarkDefinition,
    automated: pl.DataFrame,
    source: Source,
    panel: Sequence[PanelMember] = (),
    repeats: int = 1,
) -> tuple[pl.DataFrame, CallOutcome]:
    """Ask the judges of `source` about every sample of the latest run (cached calls are not repeated).

    Args:
        definition: the benchmark whose latest run is judged.
        automated: the `scores/automated_scores` frame; its latest run is judged.
        panel: the panel members (panel only).
        repeats: reviews per sample (self-review only).

    Returns:
        The SELF_REVIEW_RESPONSES or PANEL_RESPONSES frame, and what the calls took.

    Raises:
        JudgingInputError: an empty panel, or samples without answers or tasks.
    """
    automated = conform(automated, AUTOMATED_SCORES, "scores/automated_scores")
    if source == "panel" and not panel:
        raise JudgingInputError(
            "the judge panel is empty; set the benchmark's `judges` or the judges resource"
        )
    run_id = str(latest_run(automated)["run_id"][0])
    cache = CellCache(session_factory(make_engine(settings.database_dsn)), run_id)
    items = load_judged_samples(settings, definition, automated, cache)
    calls = self_review_calls(items, repeats) if source == "self_review" else panel_calls(items, panel)
    outcome = run_calls(calls, cache, lambda: Gateway.from_settings(settings))
    return responses_frame(calls, outcome, source), outcome
