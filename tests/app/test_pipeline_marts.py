"""The pages on the marts the pipeline really publishes: the judges and leaderboard stages are
materialized in-process over a real warehouse (two public runs a week apart and one organisation's
private run), then the leaderboard, profile and trends pages are opened on what they published."""

from __future__ import annotations

from datetime import timedelta

import dagster as dg
import polars as pl
import pytest

from aibaas.bench.results import SAMPLE_SCHEMA
from aibaas.bench.warehouse import store_samples
from aibaas.config import Settings, load_settings
from aibaas.judging import synthetic as syn
from aibaas.judging.app_marts import private_benchmark_name
from aibaas.views.contract import MART_SCHEMAS, conform
from aibaas.warehouse import read_mart
from assets import judging, leaderboard
from dagster_project.resources import build_resources
from tests.app.conftest import open_page, write_task
from tests.assets.test_judging_leaderboard import AUTOMATED, WORLD
from tests.assets.test_judging_leaderboard import _seed_database as seed_reviews_and_votes

PRIVATE_MODEL = "mock/org-secret"
BANK_TASKS = [f"task-{i:05d}" for i in range(3)]


def _warehouse_rows(automated: pl.DataFrame, benchmark: str) -> pl.DataFrame:
    """Sample rows as the scores stage stores them, with each answer's text."""
    rows = automated.select(
        pl.col("run_id").alias("run_uid"),
        pl.lit(benchmark).alias("benchmark"),
        pl.exclude("run_id", "sample"),
        pl.col("sample").alias("sample_index"),
        pl.lit(False).alias("infra_failure"),
        pl.format("def solve(values):  # {} on {}\n    return sum(values)\n", "model", "task_id").alias(
            "answer"
        ),
    )
    return rows.select(
        pl.col(c).cast(t) if c in rows.columns else pl.lit(None, dtype=t).alias(c)
        for c, t in SAMPLE_SCHEMA.items()
    )


def _upstream() -> list[dg.AssetsDefinition]:
    @dg.asset(key=["scores", "automated_scores"], group_name="scores")
    def automated_scores() -> pl.DataFrame:
        return AUTOMATED

    @dg.asset(key=["generations", "self_review_responses"], group_name="generations")
    def self_review_responses() -> pl.DataFrame:
        return syn.self_review_responses(AUTOMATED, per_model=20)

    @dg.asset(key=["generations", "panel_responses"], group_name="generations")
    def panel_responses() -> pl.DataFrame:
        return syn.panel_responses(AUTOMATED, per_model=20)

    return [automated_scores, self_review_responses, panel_responses]


@pytest.fixture
def pipeline_settings(app_settings: Settings) -> Settings:
    """The stages materialized over a warehouse holding two public runs and a private one."""
    for task_id in BANK_TASKS:
        write_task(app_settings.taskbank_dir, task_id)
    private = AUTOMATED.filter(pl.col("run_id") == "run-2").with_columns(
        pl.lit("run-private").alias("run_id"),
        pl.lit(PRIVATE_MODEL).alias("model"),
        pl.col("run_started_at") + timedelta(days=3),
    )
    store_samples(app_settings.warehouse, _warehouse_rows(AUTOMATED, "demo"))
    store_samples(app_settings.warehouse, _warehouse_rows(private, private_benchmark_name(1, "secret")))
    seed_reviews_and_votes(app_settings.database_dsn)
    result = dg.materialize(
        [*_upstream(), *judging.defs.assets, *leaderboard.defs.assets, *leaderboard.defs.asset_checks],
        resources=build_resources(load_settings(bootstrap_rounds=200)),
        raise_on_error=False,
    )
    assert result.success
    return app_settings


def test_pages_show_every_mart_the_pipeline_publishes(pipeline_settings: Settings) -> None:
    marts = {name: conform(read_mart(pipeline_settings.marts, name), name) for name in MART_SCHEMAS}
    overall = marts["leaderboard"].filter(pl.col("slice") == "overall")
    assert sorted(overall["model"].to_list()) == sorted(WORLD.models)
    assert overall["provider"].to_list() == ["mock"] * len(WORLD.models)
    assert overall["pass_at_1"].is_between(0, 1).all() and (overall["n_tasks"] == 84).all()
    history = marts["leaderboard_history"]
    assert history["day"].n_unique() == 2  # one day per public run, a week apart
    assert PRIVATE_MODEL not in history["model"].to_list()
    breakdown = marts["score_breakdown"]
    assert set(breakdown["source"]) >= {"automated", "self_review", "panel"}
    assert ((breakdown["ci_low"] <= breakdown["score"]) & (breakdown["score"] <= breakdown["ci_high"])).all()
    examples = marts["model_examples"]
    assert set(examples["task_id"]) == set(BANK_TASKS)  # only tasks of the bank have a prompt to show
    assert examples.height == len(WORLD.models) * len(BANK_TASKS)
    assert PRIVATE_MODEL not in examples["model"].to_list()
    assert marts["review_items"].height == 2 * examples.height  # every sample of the latest run
    assert marts["task_quality"].height == 84

    board = open_page("leaderboard.py")
    assert not board.exception
    assert sorted(board.dataframe[0].value["model"].to_list()) == sorted(WORLD.models)
    profile = open_page("model_profile.py", query={"model": WORLD.models[0]})
    assert not profile.exception
    assert profile.metric[0].label == "Score"
    assert any(BANK_TASKS[0] in expander.label for expander in profile.expander)
    trends = open_page("trends.py")
    assert not trends.exception
    assert not trends.error
