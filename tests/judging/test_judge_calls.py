"""Judge calls through the gateway: the mock judges answer the strict rubric, with realistic bias;
answers are cached by content hash so a second run pays for nothing; no judge sees its own model."""

from datetime import UTC, datetime
from pathlib import Path

import polars as pl
import pytest

from aibaas.bench.cache import CellCache
from aibaas.bench.definition import demo_definition
from aibaas.config import load_settings
from aibaas.judging.calls import (
    JudgedSample,
    panel_calls,
    panel_members,
    responses_frame,
    run_calls,
    self_review_calls,
)
from aibaas.judging.contracts import PANEL_RESPONSES, SELF_REVIEW_RESPONSES, conform
from aibaas.judging.errors import JudgingInputError
from aibaas.judging.panel import panel_alpha
from aibaas.judging.samples import judged_samples
from aibaas.judging.verdicts import parse_responses
from aibaas.providers.config import ProviderConfig
from aibaas.providers.gateway import Gateway
from aibaas.providers.registry import build_provider
from aibaas.store import make_engine, migrate, session_factory

PASS_RATES = {"mock/oracle": 1.0, "mock/strong": 0.8, "mock/average": 0.6, "mock/weak": 0.3}


def _items(per_model: int = 40) -> list[JudgedSample]:
    return [
        JudgedSample(
            model=model,
            task_id=f"task-{t:03d}",
            sample=0,
            language="python",
            task_prompt=f"Write solve() for task {t}.",
            answer=f"def solve():\n    return {t}  # {model}\n",
            passed=t < rate * per_model,
            score=100.0 if t < rate * per_model else 30.0,
        )
        for model, rate in PASS_RATES.items()
        for t in range(per_model)
    ]


def _gateway() -> Gateway:
    return Gateway([build_provider(ProviderConfig(name="mock", kind="mock"))])


@pytest.fixture
def cache(tmp_path: Path) -> CellCache:
    settings = load_settings(data_dir=tmp_path / "data")
    migrate.upgrade(settings.database_dsn)
    return CellCache(session_factory(make_engine(settings.database_dsn)), "run-under-test")


def test_self_reviews_are_strict_rubric_verdicts_and_weak_models_flatter_themselves(cache: CellCache) -> None:
    calls = self_review_calls(_items(), repeats=2)
    frame = responses_frame(calls, run_calls(calls, cache, _gateway), "self_review")
    parsed = parse_responses(conform(frame, SELF_REVIEW_RESPONSES, "self_review_responses"))
    assert parsed.height == 4 * 40 * 2
    assert parsed["score"].is_null().mean() < 0.2  # readable in the rubric format
    truth = {m: 100 * r for m, r in PASS_RATES.items()}
    bias = {
        model: float(group["score"].mean()) - truth[model]
        for (model,), group in parsed.filter(pl.col("score").is_not_null()).group_by("model")
    }
    # The weak model's leniency towards its own wrong answers lifts it far above its pass rate.
    assert bias["mock/weak"] > bias["mock/strong"] + 15
    assert bias["mock/weak"] > 20


def test_the_panel_agrees_grounded_by_tests_and_never_judges_its_own_model(cache: CellCache) -> None:
    items = _items()
    calls = panel_calls(items, panel_members(["mock/oracle", "mock/strong"]))
    assert all(call.judge != call.item.model for call in calls)
    assert len(calls) == len(items) * 2 - 40 * 2  # oracle and strong skip their own 40 answers
    frame = responses_frame(calls, run_calls(calls, cache, _gateway), "panel")
    parsed = parse_responses(conform(frame, PANEL_RESPONSES, "panel_responses"))
    alpha = panel_alpha(parsed)
    assert alpha is not None and alpha > 0.667
    passed = {(i.model, i.task_id) for i in items if i.passed}
    by_truth = (
        parsed.with_columns(
            pl.struct("model", "task_id")
            .map_elements(lambda r: (r["model"], r["task_id"]) in passed, pl.Boolean)
            .alias("passed")
        )
        .group_by("passed")
        .agg(pl.col("score").mean())
    )
    means = dict(by_truth.iter_rows())
    assert means[True] > 70 > 30 > means[False]


def test_a_second_run_answers_from_the_cache_without_calling(cache: CellCache) -> None:
    calls = self_review_calls(_items(10), repeats=1)
    first = run_calls(calls, cache, _gateway)
    assert (first.called, first.cached, first.failed) == (40, 0, 0) and first.cost_usd > 0

    def refuse() -> Gateway:
        raise AssertionError("no call may be made when every answer is cached")

    second = run_calls(calls, cache, refuse)
    assert (second.called, second.cached, second.cost_usd) == (0, 40, 0.0)
    assert second.texts == first.texts
    # A new repeat is a new question: only it is asked.
    third = run_calls(self_review_calls(_items(10), repeats=2), cache, _gateway)
    assert (third.called, third.cached) == (40, 40)


def test_a_scored_sample_without_an_answer_is_named() -> None:
    automated = pl.DataFrame(
        {
            "run_id": ["r1"],
            "run_started_at": [datetime(2026, 1, 1, tzinfo=UTC)],
            "model": ["mock/strong"],
            "task_id": ["task-x"],
            "sample": [3],
            "language": ["python"],
            "passed": [True],
            "score": [100.0],
        }
    )
    with pytest.raises(
        JudgingInputError, match="mock/strong on task-x sample 3: the task is not in the bank"
    ):
        judged_samples(automated, demo_definition(), {}, {})
