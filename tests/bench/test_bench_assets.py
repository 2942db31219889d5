"""The Dagster stage: one model's partition alone, then the whole job reusing it, with metadata."""

from __future__ import annotations

import dagster as dg

from aibaas.config import Settings
from assets import generations, scores
from assets.generations import MODELS
from assets.scores import BENCH_JOB, SCHEDULES
from dagster_project.definitions import defs
from dagster_project.resources import build_resources

# Two tasks per cell: all six tasks of the test bank (the demo default takes one per cell).
CONFIG = {"resources": {"bench": {"config": {"models": ["mock/oracle", "mock/weak"], "per_cell": 2}}}}
ANSWERS = dg.AssetKey(["generations", "model_answers"])
SCORES = dg.AssetKey(["scores", "automated_scores"])


def _materialization(result: dg.ExecuteInProcessResult, key: dg.AssetKey) -> dict[str, object]:
    [event] = [e for e in result.get_asset_materialization_events() if e.asset_key == key]
    return {k: v.value for k, v in event.materialization.metadata.items()}


def test_one_partition_then_the_whole_job(bench_settings: Settings) -> None:
    # The stage's own definitions, with the resources the code location builds, on test settings.
    stage = dg.Definitions.merge(
        generations.defs, scores.defs, dg.Definitions(resources=build_resources(bench_settings))
    )
    job = stage.resolve_job_def(BENCH_JOB)
    with dg.DagsterInstance.ephemeral() as instance:
        instance.add_dynamic_partitions(MODELS.name or "", ["mock/oracle"])
        alone = job.execute_in_process(
            instance=instance, run_config=CONFIG, partition_key="mock/oracle", asset_selection=[ANSWERS]
        )
        assert alone.success
        assert _materialization(alone, ANSWERS)["progress/done"] == 6
        whole = job.execute_in_process(instance=instance, run_config=CONFIG)
        assert whole.success
        answers = _materialization(whole, ANSWERS)
        assert (answers["progress/total"], answers["progress/cached"]) == (12, 6)
        scored = _materialization(whole, SCORES)
        assert scored["dagster/row_count"] == 12
        assert [e.passed for e in whole.get_asset_check_evaluations()] == [True]
        # Running the whole job registered every model of the benchmark as a partition.
        assert set(instance.get_dynamic_partitions(MODELS.name or "")) == {"mock/oracle", "mock/weak"}


def test_standard_benchmarks_have_schedules() -> None:
    assert {s.name: s.cron_schedule for s in SCHEDULES} == {
        "bench_daily": "0 3 * * *",
        "bench_weekly": "0 4 * * 1",
        "bench_monthly": "0 5 1 * *",
    }
    assert {s.name for s in defs.schedules or []} >= {"bench_daily", "bench_weekly", "bench_monthly"}
