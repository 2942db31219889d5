"""Stage `taskbank`: the index of task files, its blocking validation check, and its summary mart."""

import dagster as dg
import polars as pl

from aibaas.taskbank.index import index_problems, scan_taskbank, summarize_index
from aibaas.warehouse import publish_mart
from assets.metadata import frame_metadata
from dagster_project.resources import PlatformResource

GROUP = "taskbank"
CHECK_FILES_VALID = "task_files_valid"


@dg.asset(key_prefix=[GROUP], group_name=GROUP, kinds={"polars", "duckdb"})
def taskbank_index(context: dg.AssetExecutionContext, platform: PlatformResource) -> pl.DataFrame:
    """One row per task file under taskbank/tasks: path, id, language, scenario, hash, parse error."""
    tasks_dir = platform.settings().taskbank_dir / "tasks"
    index = scan_taskbank(platform.settings().taskbank_dir)
    if index.is_empty():
        raise dg.Failure(
            description=f"no task files under {tasks_dir}; build the bank with `aibaas taskbank build`"
        )
    context.add_output_metadata(frame_metadata(index))
    return index


@dg.asset_check(asset=taskbank_index, name=CHECK_FILES_VALID, blocking=True)
def task_files_valid(taskbank_index: pl.DataFrame) -> dg.AssetCheckResult:
    """Every task file parses, has the required fields, and has an id of its own."""
    problems = index_problems(taskbank_index)
    return dg.AssetCheckResult(
        passed=not problems,
        severity=dg.AssetCheckSeverity.ERROR,
        metadata={"problems": len(problems), "first_problems": "\n".join(problems[:20]) or "none"},
    )


@dg.asset(key_prefix=[GROUP], group_name=GROUP, kinds={"parquet"})
def taskbank_summary(platform: PlatformResource, taskbank_index: pl.DataFrame) -> dg.MaterializeResult[None]:
    """Published mart `taskbank_summary`: valid task files per language, scenario and difficulty."""
    summary = summarize_index(taskbank_index)
    path = publish_mart(summary, platform.settings().marts, "taskbank_summary")
    return dg.MaterializeResult(metadata={**frame_metadata(summary), "path": str(path)})


defs = dg.Definitions(assets=[taskbank_index, taskbank_summary], asset_checks=[task_files_valid])
