"""The task-bank index materializes in-process, and its blocking check stops a broken bank."""

from pathlib import Path

import dagster as dg
import pytest

from aibaas.config import load_settings
from aibaas.taskbank.files import task_to_json
from assets import taskbank
from dagster_project.resources import build_resources
from tests.taskbank.conftest import codegen_task

GOOD = task_to_json(codegen_task(index=0))
OTHER = task_to_json(codegen_task(index=1))


def _materialize(tmp_path: Path, files: dict[str, str]) -> dg.ExecuteInProcessResult:
    bank = tmp_path / "bank"
    for name, text in files.items():
        path = bank / "tasks" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    settings = load_settings(data_dir=tmp_path / "data", taskbank_dir=bank)
    return dg.materialize(
        [taskbank.taskbank_index, taskbank.taskbank_summary, taskbank.task_files_valid],
        resources=build_resources(settings),
        raise_on_error=False,
    )


def test_valid_bank_materializes_and_publishes_summary(tmp_path: Path) -> None:
    result = _materialize(tmp_path, {"a.json": GOOD, "b.json": OTHER})
    assert result.success
    [check] = result.get_asset_check_evaluations()
    assert check.passed
    assert (tmp_path / "data" / "marts" / "taskbank_summary.parquet").exists()


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        # a file that is not YAML at all
        ({"bad.yaml": "id: [unclosed\n"}, "bad.yaml: not valid YAML"),
        # a field every task needs is absent
        ({"partial.yaml": "id: xyz\nlanguage: python\n"}, "family: Field required"),
        # two files claim one id
        ({"a.json": GOOD, "b.json": GOOD}, "is used by more than one file"),
    ],
)
def test_broken_bank_fails_the_blocking_check_and_stops_downstream(
    tmp_path: Path, files: dict[str, str], expected: str
) -> None:
    result = _materialize(tmp_path, files)
    [check] = result.get_asset_check_evaluations()
    assert not check.passed
    assert expected in check.metadata["first_problems"].value
    assert not (tmp_path / "data" / "marts" / "taskbank_summary.parquet").exists()


def test_empty_bank_fails_with_the_command_that_builds_it(tmp_path: Path) -> None:
    result = _materialize(tmp_path, {})
    assert not result.success
    [failure] = [e for e in result.all_events if e.is_step_failure]
    assert "aibaas taskbank build" in failure.step_failure_data.user_failure_data.description
