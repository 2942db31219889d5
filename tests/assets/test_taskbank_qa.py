"""The QA assets materialize in-process on a temporary bank, and each broken task is caught by the
check meant for it, with a message that names the task and the fault.

The sandbox is the real local one (bubblewrap); the bank is a few Python tasks, so a run takes seconds.
"""

from pathlib import Path

import dagster as dg
import polars as pl
import pytest

from aibaas.config import load_settings
from aibaas.taskbank.files import task_to_json
from aibaas.taskbank.spec import TaskSpec
from aibaas.warehouse import publish_mart, read_mart
from assets import taskbank, taskbank_qa
from dagster_project.resources import build_resources
from tests.taskbank.qa_tasks import changed, count_mutant, good_task


def _materialize(
    tmp_path: Path, tasks: list[TaskSpec], extra_files: dict[str, str] | None = None
) -> dg.ExecuteInProcessResult:
    bank = tmp_path / "bank"
    files = {f"python/codegen/{t.id}.json": task_to_json(t) for t in tasks} | (extra_files or {})
    for name, text in files.items():
        path = bank / "tasks" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    settings = load_settings(data_dir=tmp_path / "data", taskbank_dir=bank)
    return dg.materialize(
        [
            taskbank.taskbank_index,
            taskbank.task_files_valid,
            taskbank_qa.taskbank_static_qa,
            taskbank_qa.taskbank_sandbox_qa,
            taskbank_qa.taskbank_quality,
            taskbank_qa.taskbank_quality_checks,
            taskbank_qa.task_index_expectations,
        ],
        resources=build_resources(settings),
        raise_on_error=False,
    )


def _problems(evaluation: dg.AssetCheckEvaluation) -> str:
    return str(evaluation.metadata["first_problems"].value)


def _evaluations(result: dg.ExecuteInProcessResult) -> dict[str, dg.AssetCheckEvaluation]:
    return {e.check_name: e for e in result.get_asset_check_evaluations()}


def test_good_bank_passes_every_check_and_publishes_the_mart(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AIBAAS_TASKBANK_QA_SAMPLE", "0")
    tasks = [good_task(0), good_task(1)]
    # Solve rates of an earlier run, as the judging stage publishes them.
    rates = pl.DataFrame({"task_id": [t.id for t in tasks], "pass_rate": [0.75, 0.5], "models": [4, 2]})
    publish_mart(rates, tmp_path / "data" / "marts", taskbank_qa.SOLVE_RATES)
    result = _materialize(tmp_path, tasks)
    assert result.success
    evaluations = _evaluations(result)
    assert set(evaluations) >= {*taskbank_qa.FINDING_CHECKS, taskbank_qa.CHECK_QUALITY_EXPECTATIONS}
    failed = {name: _problems(e) for name, e in evaluations.items() if not e.passed}
    # Only advice fails: one mutant per task is fewer than a maintainer should settle for.
    assert set(failed) == {taskbank_qa.CHECK_SUGGESTIONS}
    assert "only 1 mutants are killed" in failed[taskbank_qa.CHECK_SUGGESTIONS]
    assert evaluations[taskbank_qa.CHECK_SUGGESTIONS].severity is dg.AssetCheckSeverity.WARN
    mart = read_mart(tmp_path / "data" / "marts", taskbank_qa.MART)
    assert mart.height == 2
    assert (
        mart.select("sampled", "passed", "mutants_killed", "reference_passes").rows()
        == [(True, True, 1, 2)] * 2
    )
    assert mart.get_column("cyclomatic").to_list() == [6, 6]  # two loops, three conditions
    # A solve rate counts from three models on; two tasks are too few to contradict a label.
    assert mart.select("pass_rate", "rated_by", "difficulty_evidence").rows() == [
        (0.75, 4, []),
        (None, 2, []),
    ]


@pytest.mark.parametrize(
    ("breakage", "check", "expected"),
    [
        # the reference returns the wrong answer: it cannot pass its own hidden tests
        (
            "wrong_reference",
            "references_pass",
            "python-codegen-run-length-encode-0: the reference fails its hidden tests",
        ),
        # an equivalent mutant (`run >= 0` where run is always >= 1) that no test can kill
        (
            "toothless",
            "tests_have_teeth",
            "mutant m-equivalent survives the hidden tests; the tests have no teeth",
        ),
        # a second file with the same content under another id
        ("duplicate", "no_near_duplicates", "near-duplicate of python-codegen-run-length-encode-0"),
        # the canary printed into the prompt
        ("leak", "no_prompt_leaks", "the canary string appears in the public part"),
    ],
)
def test_broken_task_is_caught_by_its_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, breakage: str, check: str, expected: str
) -> None:
    monkeypatch.setenv("AIBAAS_TASKBANK_QA_SAMPLE", "0")
    task = good_task(0)
    broken = {
        "wrong_reference": lambda: [
            changed(
                task,
                private__reference_solution=task.private.reference_solution.replace(
                    '"".join(out)', '"-".join(out)'
                ),
            )
        ],
        "toothless": lambda: [
            changed(
                task,
                private__mutants=[count_mutant(task, "m-equivalent", ">= 1", ">= 0").model_dump(mode="json")],
            )
        ],
        "duplicate": lambda: [task, changed(task, id="python-codegen-run-length-encode-copy")],
        "leak": lambda: [changed(task, prompt=task.prompt + f"\n{task.canary}\n")],
    }[breakage]()
    result = _materialize(tmp_path, broken)
    evaluations = _evaluations(result)
    assert not evaluations[check].passed
    assert expected in _problems(evaluations[check])
    others = {name for name, e in evaluations.items() if not e.passed and name != check}
    assert others <= {taskbank_qa.CHECK_SUGGESTIONS}
    # The mart still shows the failure to maintainers; the run as a whole fails.
    mart = read_mart(tmp_path / "data" / "marts", taskbank_qa.MART)
    assert not mart.get_column("passed").all()
    assert not result.success


def test_malformed_file_is_stopped_before_qa_runs(tmp_path: Path) -> None:
    result = _materialize(tmp_path, [good_task(0)], {"python/codegen/broken.json": '{"id": "x",'})
    evaluations = _evaluations(result)
    assert not evaluations[taskbank.CHECK_FILES_VALID].passed
    assert "broken.json: not valid JSON at line 1" in _problems(evaluations[taskbank.CHECK_FILES_VALID])
    assert taskbank_qa.CHECK_QUALITY_EXPECTATIONS not in evaluations
    assert not (tmp_path / "data" / "marts" / f"{taskbank_qa.MART}.parquet").exists()


def test_sandbox_qa_runs_the_configured_stratified_sample(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AIBAAS_TASKBANK_QA_SAMPLE", "1")
    result = _materialize(tmp_path, [good_task(0), good_task(1), good_task(2)])
    assert result.success
    mart = read_mart(tmp_path / "data" / "marts", taskbank_qa.MART)
    # One stratum (python, codegen, easy): a sample of 1 runs one task; the others are static-only.
    assert mart.get_column("sampled").sum() == 1
    assert mart.filter(~pl.col("sampled")).get_column("reference_runs").null_count() == 2
