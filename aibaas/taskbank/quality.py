"""The task-quality tables: QA findings per task as Polars frames, and the published mart.

`static_qa` needs no execution (leaks, duplicates, variant caps, lint, complexity, suggestions);
`execution_qa` turns a sandbox `ExecutionReport` into rows; `quality_mart` joins them. Each finding
column is a list of sentences, so a check is `problems_in(frame, column)` and a dashboard can count
and show them per task.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import polars as pl

from aibaas.sandbox import Sandbox
from aibaas.taskbank.qa import (
    ExecutionReport,
    cap_problem,
    execution_problems,
    leak_problems,
    near_duplicates,
    reference_complexity,
    reference_lint,
    reference_problems,
    stratified_sample,
    suggestions,
    variant_counts,
)
from aibaas.taskbank.spec import TaskSpec

_FINDINGS = pl.List(pl.Utf8)
STATIC_SCHEMA: dict[str, Any] = {
    "task_id": pl.Utf8,
    "version": pl.Utf8,
    "family": pl.Utf8,
    "language": pl.Utf8,
    "scenario": pl.Utf8,
    "difficulty": pl.Utf8,
    "hidden_tests": pl.Int64,
    "edge_kinds": _FINDINGS,
    "mutants": pl.Int64,
    "planted_defects": pl.Int64,
    "cyclomatic": pl.Int64,
    "nloc": pl.Int64,
    "tokens": pl.Int64,
    "functions": pl.Int64,
    "leaks": _FINDINGS,
    "duplicates": _FINDINGS,
    "variant_cap": _FINDINGS,
    "unmeasured": _FINDINGS,
    "lint": _FINDINGS,
    "suggestions": _FINDINGS,
}
EXECUTION_SCHEMA: dict[str, Any] = {
    "task_id": pl.Utf8,
    "reference_runs": pl.Int64,
    "reference_passes": pl.Int64,
    "mutants_run": pl.Int64,
    "mutants_killed": pl.Int64,
    "wrong_reference": _FINDINGS,
    "flaky": _FINDINGS,
    "toothless": _FINDINGS,
}
# Findings that stop the pipeline; `lint` and `suggestions` are advice for maintainers.
BLOCKING_FINDINGS = (
    "leaks",
    "duplicates",
    "variant_cap",
    "unmeasured",
    "wrong_reference",
    "flaky",
    "toothless",
)


def _duplicates_by_task(tasks: list[TaskSpec]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = defaultdict(list)
    for left, right, score in near_duplicates(tasks):
        found[left].append(f"{left}: near-duplicate of {right} (MinHash Jaccard {score})")
        found[right].append(f"{right}: near-duplicate of {left} (MinHash Jaccard {score})")
    return found


def _cap_by_task(tasks: list[TaskSpec]) -> dict[str, list[str]]:
    # The cap is a property of a (language, scenario, family) cell; every task in an over-full
    # cell carries the sentence, so a maintainer looking at any of them sees it.
    counts = variant_counts(tasks)
    found = {}
    for task in tasks:
        cell = (task.language.value, task.scenario.value, task.family)
        problem = cap_problem(cell, counts[cell])
        if problem:
            found[task.id] = [f"{task.id}: {problem}"]
    return found


def static_qa(tasks: list[TaskSpec]) -> pl.DataFrame:
    """One row per task: measures and static findings (no execution)."""
    duplicates = _duplicates_by_task(tasks)
    capped = _cap_by_task(tasks)
    lint = reference_lint(tasks)
    rows = []
    for task in sorted(tasks, key=lambda t: t.id):
        measured = reference_complexity(task)
        rows.append(
            {
                "task_id": task.id,
                "version": task.version,
                "family": task.family,
                "language": task.language.value,
                "scenario": task.scenario.value,
                "difficulty": task.difficulty.value,
                "hidden_tests": len(task.private.hidden_tests),
                "edge_kinds": sorted({tag for case in task.private.hidden_tests for tag in case.tags}),
                "mutants": len(task.private.mutants),
                "planted_defects": len(task.private.planted_defects),
                "cyclomatic": measured.cyclomatic,
                "nloc": measured.nloc,
                "tokens": measured.tokens,
                "functions": measured.functions,
                "leaks": leak_problems(task),
                "duplicates": duplicates.get(task.id, []),
                "variant_cap": capped.get(task.id, []),
                "unmeasured": []
                if measured.functions
                else [f"{task.id}: lizard finds no function in the reference; it cannot be measured"],
                "lint": [f"{task.id}: {finding}" for finding in lint.get(task.id, [])],
                "suggestions": suggestions(task),
            }
        )
    return pl.DataFrame(rows, schema=STATIC_SCHEMA)


def execution_qa(report: ExecutionReport) -> pl.DataFrame:
    """One row per task that ran in the sandbox: reference runs, mutants killed, findings."""
    rows = []
    for task_id, outcome in sorted(report.outcomes.items()):
        problems = reference_problems(task_id, outcome.reference_passes)
        rows.append(
            {
                "task_id": task_id,
                "reference_runs": len(outcome.reference_passes),
                "reference_passes": sum(outcome.reference_passes),
                "mutants_run": outcome.mutants_run,
                "mutants_killed": outcome.mutants_run - len(outcome.survivors),
                "wrong_reference": [p for p in problems if "(flaky)" not in p],
                "flaky": [p for p in problems if "(flaky)" in p],
                "toothless": [
                    f"{task_id}: mutant {mutant} survives the hidden tests; the tests have no teeth for it"
                    for mutant in outcome.survivors
                ],
            }
        )
    return pl.DataFrame(rows, schema=EXECUTION_SCHEMA)


def quality_mart(static: pl.DataFrame, execution: pl.DataFrame) -> pl.DataFrame:
    """The `taskbank_quality` mart: static and sandbox findings per task, with counts and a verdict.

    Tasks outside the sandbox sample have null execution columns and `sampled` false.
    """
    joined = static.join(execution, on="task_id", how="left").with_columns(
        pl.col("reference_runs").is_not_null().alias("sampled")
    )
    joined = joined.with_columns(
        *(pl.col(c).fill_null(pl.lit([], dtype=_FINDINGS)) for c in ("wrong_reference", "flaky", "toothless"))
    )
    return joined.with_columns(
        pl.sum_horizontal(*(pl.col(c).list.len() for c in BLOCKING_FINDINGS))
        .cast(pl.Int64)
        .alias("blocking_problems"),
        pl.col("suggestions").list.len().cast(pl.Int64).alias("suggestion_count"),
    ).with_columns((pl.col("blocking_problems") == 0).alias("passed"))


def problems_in(frame: pl.DataFrame, column: str) -> list[str]:
    """Every finding in a list column of a QA frame, in task order."""
    return [problem for row in frame.get_column(column).to_list() for problem in (row or [])]


def full_qa(
    sandbox: Sandbox, tasks: list[TaskSpec], sample: int = 0, in_sandbox: list[TaskSpec] | None = None
) -> tuple[pl.DataFrame, ExecutionReport]:
    """Static QA of every task and sandbox QA of a stratified sample (0: all): the mart and the run.

    `in_sandbox` names the tasks to run instead of the sample (e.g. those not yet approved).
    """
    static = static_qa(tasks)
    report = execution_problems(
        sandbox, stratified_sample(tasks, sample) if in_sandbox is None else in_sandbox
    )
    return quality_mart(static, execution_qa(report)), report


def finding_counts(mart: pl.DataFrame) -> dict[str, int]:
    """How many findings of each kind (blocking ones, then lint and suggestions) a mart holds."""
    return {column: len(problems_in(mart, column)) for column in (*BLOCKING_FINDINGS, "lint", "suggestions")}
