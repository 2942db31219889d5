"""Great Expectations suites on the task tables: the file index and the task-quality mart.

The suites are data (expectation class name and arguments), so docs/taskbank.md can list them and a
test can break each one. `validate` runs a suite in an ephemeral context (nothing written to disk,
no analytics, no progress bars) and returns one sentence per failed expectation.
Great Expectations takes seconds to import, so it is imported when a suite runs, not with this module.
"""

from __future__ import annotations

from typing import Any

import polars as pl

from aibaas.errors import AibaasError
from aibaas.taskbank.mutants import MUTANTS_KEPT
from aibaas.taskbank.spec import Difficulty, Language, Scenario

Expectation = tuple[str, dict[str, Any]]

_KINDS: list[Expectation] = [
    ("ExpectColumnValuesToBeInSet", {"column": "language", "value_set": [v.value for v in Language]}),
    ("ExpectColumnValuesToBeInSet", {"column": "scenario", "value_set": [v.value for v in Scenario]}),
    ("ExpectColumnValuesToBeInSet", {"column": "difficulty", "value_set": [v.value for v in Difficulty]}),
]
SUITES: dict[str, list[Expectation]] = {
    "task_index": [
        ("ExpectTableRowCountToBeBetween", {"min_value": 1}),
        ("ExpectColumnValuesToNotBeNull", {"column": "path"}),
        ("ExpectColumnValuesToBeUnique", {"column": "path"}),
        ("ExpectColumnValuesToMatchRegex", {"column": "sha256", "regex": r"^[0-9a-f]{64}$"}),
        ("ExpectColumnValuesToBeBetween", {"column": "bytes", "min_value": 1}),
        *_KINDS,
    ],
    "taskbank_quality": [
        ("ExpectTableRowCountToBeBetween", {"min_value": 1}),
        ("ExpectColumnValuesToNotBeNull", {"column": "task_id"}),
        ("ExpectColumnValuesToBeUnique", {"column": "task_id"}),
        ("ExpectColumnValuesToMatchRegex", {"column": "version", "regex": r"^[0-9a-f]{16}$"}),
        *_KINDS,
        ("ExpectColumnValuesToBeBetween", {"column": "hidden_tests", "min_value": 0}),
        ("ExpectColumnValuesToBeBetween", {"column": "mutants", "min_value": 0, "max_value": MUTANTS_KEPT}),
        ("ExpectColumnValuesToBeBetween", {"column": "cyclomatic", "min_value": 1}),
        ("ExpectColumnValuesToBeBetween", {"column": "nloc", "min_value": 1}),
        ("ExpectColumnValuesToBeBetween", {"column": "pass_rate", "min_value": 0, "max_value": 1}),
        (
            "ExpectColumnPairValuesAToBeGreaterThanB",
            {
                "column_A": "reference_runs",
                "column_B": "reference_passes",
                "or_equal": True,
                "ignore_row_if": "either_value_is_missing",
            },
        ),
        (
            "ExpectColumnPairValuesAToBeGreaterThanB",
            {
                "column_A": "mutants_run",
                "column_B": "mutants_killed",
                "or_equal": True,
                "ignore_row_if": "either_value_is_missing",
            },
        ),
    ],
}


class UnknownSuiteError(AibaasError):
    """A suite name that is not in SUITES."""


def _describe(expectation_type: str, kwargs: dict[str, Any], result: dict[str, Any]) -> str:
    arguments = ", ".join(f"{k}={v!r}" for k, v in kwargs.items() if k != "batch_id")
    observed = result.get("observed_value")
    unexpected = result.get("unexpected_count")
    detail = (
        f"{unexpected} unexpected value(s), e.g. {result.get('partial_unexpected_list', [])[:3]}"
        if unexpected
        else f"observed {observed!r}"
    )
    return f"{expectation_type}({arguments}) failed: {detail}"


def validate(frame: pl.DataFrame, suite: str) -> list[str]:
    """Run the suite `suite` on `frame`; one sentence per failed expectation (empty: all met).

    List columns are dropped before the frame goes to pandas: no expectation reads them.

    Raises:
        UnknownSuiteError: naming the suites there are.
    """
    if suite not in SUITES:
        raise UnknownSuiteError(f"no expectation suite {suite!r}; there are {', '.join(sorted(SUITES))}")
    import great_expectations as gx
    from great_expectations.data_context.types.base import (
        DataContextConfig,
        InMemoryStoreBackendDefaults,
        ProgressBarsConfig,
    )

    context = gx.get_context(
        mode="ephemeral",
        project_config=DataContextConfig(
            store_backend_defaults=InMemoryStoreBackendDefaults(),
            analytics_enabled=False,
            progress_bars=ProgressBarsConfig(globally=False),
        ),
    )
    batch = (
        context.data_sources.add_pandas(name="taskbank")
        .add_dataframe_asset(name=suite)
        .add_batch_definition_whole_dataframe("whole")
    )
    expectations = context.suites.add(gx.ExpectationSuite(name=suite))
    for name, kwargs in SUITES[suite]:
        expectations.add_expectation(getattr(gx.expectations, name)(**kwargs))
    definition = context.validation_definitions.add(
        gx.ValidationDefinition(name=suite, data=batch, suite=expectations)
    )
    scalar = frame.select([c for c, dtype in frame.schema.items() if not isinstance(dtype, pl.List)])
    outcome = definition.run(batch_parameters={"dataframe": scalar.to_pandas()})
    problems = []
    for result in outcome.results:
        config = result.expectation_config
        if not result.success and config is not None:
            problems.append(f"{suite}: " + _describe(config.type, dict(config.kwargs), dict(result.result)))
    return problems
