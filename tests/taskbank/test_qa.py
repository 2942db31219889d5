"""QA's pure parts: the stratified sample, verdicts on reference runs, caps, lint, the expectation suites."""

from __future__ import annotations

import polars as pl
import pytest

from aibaas.taskbank.calibration import difficulty_evidence
from aibaas.taskbank.expectations import UnknownSuiteError, validate
from aibaas.taskbank.files import with_version
from aibaas.taskbank.qa import (
    ExecutionReport,
    TaskOutcome,
    reference_lint,
    reference_problems,
    stratified_sample,
    variant_cap_problems,
)
from aibaas.taskbank.quality import execution_qa, problems_in, quality_mart, static_qa
from aibaas.taskbank.spec import Difficulty, Language, TaskSpec
from tests.taskbank.conftest import codegen_task


def _as(task: TaskSpec, **changes: str) -> TaskSpec:
    return with_version(task.model_dump(mode="json") | changes)


def _bank() -> list[TaskSpec]:
    """Two languages x two difficulties, with 6, 1, 3 and 2 tasks per stratum."""
    tasks = [codegen_task(Language.PYTHON, i) for i in range(6)]
    tasks += [_as(codegen_task(Language.PYTHON, 10), difficulty=Difficulty.HARD.value)]
    tasks += [codegen_task(Language.RUBY, i) for i in range(3)]
    tasks += [_as(codegen_task(Language.RUBY, 10 + i), difficulty=Difficulty.MEDIUM.value) for i in range(2)]
    return tasks


def _strata(tasks: list[TaskSpec]) -> set[tuple[str, str]]:
    return {(t.language.value, t.difficulty.value) for t in tasks}


@pytest.mark.parametrize(
    ("size", "expected"),
    [
        (1, 4),  # below the number of strata: raised to one per stratum
        (7, 7),  # one per stratum, then round-robin over the strata that have more
        (0, 12),  # zero: the whole bank
        (50, 12),  # more than the bank: the whole bank
    ],
)
def test_stratified_sample_covers_every_stratum(size: int, expected: int) -> None:
    bank = _bank()
    sample = stratified_sample(bank, size)
    assert len(sample) == expected
    assert _strata(sample) == _strata(bank)
    assert len({t.id for t in sample}) == expected


def test_stratified_sample_is_deterministic_per_seed() -> None:
    bank = _bank()
    assert stratified_sample(bank, 6, seed=1) == stratified_sample(list(reversed(bank)), 6, seed=1)
    picks = {tuple(t.id for t in stratified_sample(bank, 6, seed=s)) for s in range(6)}
    assert len(picks) > 1


@pytest.mark.parametrize(
    ("passes", "expected"),
    [
        ([True, True], None),  # passes every time
        ([False, False], "the reference fails its hidden tests"),  # wrong reference
        ([True, False], "(flaky)"),  # two runs disagree
        ([], "the reference fails"),  # never ran: not a pass
    ],
)
def test_reference_verdicts(passes: list[bool], expected: str | None) -> None:
    problems = reference_problems("t-1", passes)
    assert (problems == []) if expected is None else (expected in problems[0] and "t-1" in problems[0])


def test_execution_rows_split_findings_by_kind() -> None:
    report = ExecutionReport(
        outcomes={
            "a": TaskOutcome([True, True], mutants_run=3, survivors=["m2"]),
            "b": TaskOutcome([True, False], mutants_run=1),
        }
    )
    rows = {row["task_id"]: row for row in execution_qa(report).iter_rows(named=True)}
    assert rows["a"]["mutants_killed"] == 2
    assert rows["a"]["toothless"] == [
        "a: mutant m2 survives the hidden tests; the tests have no teeth for it"
    ]
    assert rows["b"]["flaky"] and not rows["b"]["wrong_reference"]


def test_variant_cap_names_the_family_and_cell() -> None:
    tasks = [codegen_task(Language.PYTHON, i) for i in range(6)]
    assert variant_cap_problems(tasks[:5]) == []
    [problem] = variant_cap_problems(tasks)
    assert problem == "family run-length-encode has 6 variants in python/codegen; at most 5 allowed"
    frame = static_qa(tasks)
    assert len(problems_in(frame, "variant_cap")) == 6


def test_reference_lint_reports_ruff_findings_per_task() -> None:
    task = codegen_task(Language.PYTHON, 0)
    sloppy = _as(task, id="python-codegen-sloppy-0")
    sloppy = with_version(
        sloppy.model_dump(mode="json")
        | {
            "private": sloppy.private.model_dump(mode="json")
            | {"reference_solution": "import os\n" + task.private.reference_solution}
        }
    )
    found = reference_lint([task, sloppy, codegen_task(Language.RUBY, 0)])
    assert list(found) == ["python-codegen-sloppy-0"]
    assert "F401" in found["python-codegen-sloppy-0"][0]


def test_quality_mart_marks_unsampled_tasks_and_counts_blocking_problems() -> None:
    tasks = [codegen_task(Language.PYTHON, i) for i in range(2)]
    report = ExecutionReport(outcomes={tasks[0].id: TaskOutcome([False, False])})
    mart = quality_mart(static_qa(tasks), execution_qa(report))
    assert mart.select("task_id", "sampled", "blocking_problems", "passed").rows() == [
        (tasks[0].id, True, 1, False),
        (tasks[1].id, False, 0, True),
    ]
    # As published: with the (here absent) solve rates and the difficulty evidence.
    assert validate(difficulty_evidence(mart, None), "taskbank_quality") == []


@pytest.mark.parametrize(
    ("column", "value", "expected"),
    [
        # an id used twice
        ("task_id", "same", "expect_column_values_to_be_unique(column='task_id') failed: 2 unexpected"),
        # a language the platform does not have
        ("language", "cobol", "expect_column_values_to_be_in_set(column='language'"),
        # a reference lizard measured as having no branches at all
        ("cyclomatic", 0, "expect_column_values_to_be_between(column='cyclomatic', min_value=1"),
        # a solve rate that is not a rate
        ("pass_rate", 1.5, "expect_column_values_to_be_between(column='pass_rate', min_value=0"),
    ],
)
def test_quality_suite_catches_a_broken_table(column: str, value: object, expected: str) -> None:
    tasks = [codegen_task(Language.PYTHON, i) for i in range(2)]
    mart = difficulty_evidence(
        quality_mart(static_qa(tasks), execution_qa(ExecutionReport())), None
    ).with_columns(pl.lit(value).alias(column))
    problems = validate(mart, "taskbank_quality")
    assert any(expected in p for p in problems), problems


def test_unknown_suite_is_refused_with_the_known_names() -> None:
    with pytest.raises(UnknownSuiteError, match="there are task_index, taskbank_quality"):
        validate(pl.DataFrame({"a": [1]}), "tasks")
