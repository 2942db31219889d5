"""Stage `taskbank`, quality assurance: static and sandbox QA of the bank, the `taskbank_quality` mart,
and the blocking checks that stop a bank with a wrong, toothless, flaky, leaking or duplicated task.

The checks sit on `taskbank_quality`, not on the two QA frames: the mart is published with every finding
(a maintainer's dashboard needs the failures), and everything downstream of it is blocked.
The sandbox part runs on a stratified sample (`AIBAAS_TASKBANK_QA_SAMPLE`, 0 = the whole bank); the
full run is `aibaas taskbank qa` and `benchmarks/taskbank_qa.py`.
"""

from collections.abc import Iterator

import dagster as dg
import polars as pl

from aibaas.sandbox import open_sandbox
from aibaas.taskbank.bank import load_bank
from aibaas.taskbank.calibration import difficulty_evidence
from aibaas.taskbank.expectations import validate
from aibaas.taskbank.qa import execution_problems, stratified_sample
from aibaas.taskbank.quality import execution_qa, problems_in, quality_mart, static_qa
from aibaas.warehouse import mart_path, publish_mart, read_mart
from assets.metadata import frame_metadata
from assets.taskbank import GROUP, taskbank_index
from dagster_project.resources import PlatformResource

MART = "taskbank_quality"
SOLVE_RATES = "task_quality"
CHECK_INDEX_EXPECTATIONS = "task_index_expectations"
CHECK_QUALITY_EXPECTATIONS = "taskbank_quality_expectations"
CHECK_SUGGESTIONS = "improvement_suggestions"
# Blocking check name -> the finding column of `taskbank_quality` it reads.
FINDING_CHECKS = {
    "references_pass": "wrong_reference",
    "tests_have_teeth": "toothless",
    "runs_agree": "flaky",
    "no_prompt_leaks": "leaks",
    "no_near_duplicates": "duplicates",
    "variant_cap_respected": "variant_cap",
    "complexity_measured": "unmeasured",
}
ADVICE = ("lint", "suggestions", "difficulty_evidence")
SHOWN_PROBLEMS = 20


def _result(problems: list[str], severity: dg.AssetCheckSeverity, check_name: str) -> dg.AssetCheckResult:
    return dg.AssetCheckResult(
        check_name=check_name,
        passed=not problems,
        severity=severity,
        metadata={
            "problems": len(problems),
            "first_problems": "\n".join(problems[:SHOWN_PROBLEMS]) or "none",
        },
    )


@dg.asset(key_prefix=[GROUP], group_name=GROUP, deps=[taskbank_index], kinds={"polars", "duckdb"})
def taskbank_static_qa(context: dg.AssetExecutionContext, platform: PlatformResource) -> pl.DataFrame:
    """Per task, without execution: leaks, near-duplicates, variant caps, lint, lizard complexity."""
    frame = static_qa(load_bank(platform.settings().taskbank_dir).tasks)
    context.add_output_metadata(frame_metadata(frame))
    return frame


@dg.asset(key_prefix=[GROUP], group_name=GROUP, deps=[taskbank_index], kinds={"polars", "duckdb"})
def taskbank_sandbox_qa(context: dg.AssetExecutionContext, platform: PlatformResource) -> pl.DataFrame:
    """Per sampled task: references run twice in the sandbox, each mutant once."""
    settings = platform.settings()
    tasks = load_bank(settings.taskbank_dir).tasks
    sample = stratified_sample(tasks, settings.taskbank_qa_sample)
    with open_sandbox(settings) as sandbox:
        report = execution_problems(sandbox, sample)
    frame = execution_qa(report)
    context.add_output_metadata(
        {
            **frame_metadata(frame),
            "sampled_tasks": len(sample),
            "bank_tasks": len(tasks),
            "sandbox_runs": report.runs,
            **{f"seconds/{language}": s for language, s in report.seconds_per_language.items()},
        }
    )
    return frame


@dg.asset(key_prefix=[GROUP], group_name=GROUP, kinds={"polars", "duckdb", "parquet"})
def taskbank_quality(
    context: dg.AssetExecutionContext,
    platform: PlatformResource,
    taskbank_static_qa: pl.DataFrame,
    taskbank_sandbox_qa: pl.DataFrame,
) -> pl.DataFrame:
    """Published mart `taskbank_quality`: every QA finding per task (docs/marts.md)."""
    marts = platform.settings().marts
    # Solve rates from the last published runs, if any: a published mart, not an asset dependency,
    # so the bank's QA does not wait for (or re-run) the benchmark.
    rates = read_mart(marts, SOLVE_RATES) if mart_path(marts, SOLVE_RATES).exists() else None
    mart = difficulty_evidence(quality_mart(taskbank_static_qa, taskbank_sandbox_qa), rates)
    path = publish_mart(mart, marts, MART)
    context.add_output_metadata({**frame_metadata(mart), "path": str(path)})
    return mart


@dg.multi_asset_check(
    specs=[
        *(dg.AssetCheckSpec(name, asset=taskbank_quality, blocking=True) for name in FINDING_CHECKS),
        dg.AssetCheckSpec(CHECK_QUALITY_EXPECTATIONS, asset=taskbank_quality, blocking=True),
        dg.AssetCheckSpec(CHECK_SUGGESTIONS, asset=taskbank_quality),
    ],
    ins={"taskbank_quality": dg.AssetIn(key=taskbank_quality.key)},
)
def taskbank_quality_checks(taskbank_quality: pl.DataFrame) -> Iterator[dg.AssetCheckResult]:
    """Each finding kind must be absent; the mart must meet its expectation suite; suggestions warn."""
    for name, column in FINDING_CHECKS.items():
        yield _result(problems_in(taskbank_quality, column), dg.AssetCheckSeverity.ERROR, name)
    yield _result(validate(taskbank_quality, MART), dg.AssetCheckSeverity.ERROR, CHECK_QUALITY_EXPECTATIONS)
    advice = [p for column in ADVICE for p in problems_in(taskbank_quality, column)]
    yield _result(advice, dg.AssetCheckSeverity.WARN, CHECK_SUGGESTIONS)


@dg.asset_check(asset=taskbank_index, name=CHECK_INDEX_EXPECTATIONS, blocking=True)
def task_index_expectations(taskbank_index: pl.DataFrame) -> dg.AssetCheckResult:
    """The file index meets its Great Expectations suite (paths unique, hashes and kinds well-formed)."""
    return _result(
        validate(taskbank_index, "task_index"), dg.AssetCheckSeverity.ERROR, CHECK_INDEX_EXPECTATIONS
    )


defs = dg.Definitions(
    assets=[taskbank_static_qa, taskbank_sandbox_qa, taskbank_quality],
    asset_checks=[taskbank_quality_checks, task_index_expectations],
)
