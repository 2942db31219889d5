"""Stage `scores`: every answer graded in the sandbox and measured, stored in the warehouse.

`automated_scores` is the frame the judging and leaderboard stages read (one row per sample, the
contract in aibaas/judging/contracts.py); the same rows, with every metric, are appended to the
warehouse table `bench.sample_results` (time-stamped, by date) and the run's per-task results go
to the operational database. Retention runs after each load.
"""

import dagster as dg
import polars as pl

from aibaas.bench.pipeline import score_and_store, score_problems
from aibaas.sandbox import open_sandbox
from assets.generations import BenchResource, model_answers
from assets.metadata import frame_metadata
from dagster_project.resources import PlatformResource

GROUP = "scores"
CHECK_SCORES_IN_RANGE = "scores_in_range"


@dg.asset(key_prefix=[GROUP], group_name=GROUP, deps=[model_answers], kinds={"polars", "duckdb"})
def automated_scores(
    context: dg.AssetExecutionContext, platform: PlatformResource, bench: BenchResource
) -> pl.DataFrame:
    """One row per sample of the latest run: pass/fail, 0-100 score, cost and latency."""
    settings = platform.settings()
    with open_sandbox(settings) as sandbox:
        outcome = score_and_store(
            settings,
            sandbox,
            bench.parameters().resolve(),
            listeners=[lambda p: context.log.info(str(p.as_dict()))],
        )
    context.add_output_metadata(
        {
            **frame_metadata(outcome.contract),
            "run_uid": outcome.run.run_uid,
            "fingerprint": outcome.run.fingerprint,
            "summary": dg.MetadataValue.md(f"```\n{outcome.summary}\n```"),
            **{f"progress/{k}": v for k, v in outcome.progress.as_dict().items() if v is not None},
            "infra_failures": outcome.progress.failed,
        }
    )
    return outcome.contract


@dg.asset_check(asset=automated_scores, name=CHECK_SCORES_IN_RANGE, blocking=True)
def scores_in_range(automated_scores: pl.DataFrame) -> dg.AssetCheckResult:
    """There are scored samples and every score is a number in 0-100 (nothing unscored leaks through)."""
    problems = score_problems(automated_scores)
    return dg.AssetCheckResult(passed=not problems, metadata={"problems": "; ".join(problems) or "none"})


BENCH_JOB = "bench_run"
bench_job = dg.define_asset_job(
    BENCH_JOB,
    selection=dg.AssetSelection.assets(model_answers, automated_scores),
    description="Generate and score one benchmark run (parameters: resources.bench.config); resumes.",
)


def _scheduled(name: str, cron: str, description: str, **parameters: object) -> dg.ScheduleDefinition:
    """A standard benchmark on a cron; stopped until an operator turns it on in the Dagster UI."""
    return dg.ScheduleDefinition(
        name=name,
        cron_schedule=cron,
        execution_timezone="UTC",
        job=bench_job,
        run_config={"resources": {"bench": {"config": parameters}}},
        description=description,
        default_status=dg.DefaultScheduleStatus.STOPPED,
    )


DAILY = "Daily smoke: Python code generation on the mock models."
WEEKLY = "Weekly: the demo benchmark, every task, one sample."
MONTHLY = "Monthly: the demo benchmark with three samples per task."
SCHEDULES = [
    _scheduled("bench_daily", "0 3 * * *", DAILY, languages=["python"], scenarios=["codegen"]),
    _scheduled("bench_weekly", "0 4 * * 1", WEEKLY),
    _scheduled("bench_monthly", "0 5 1 * *", MONTHLY, samples=3),
]

defs = dg.Definitions(
    assets=[automated_scores], asset_checks=[scores_in_range], jobs=[bench_job], schedules=SCHEDULES
)
