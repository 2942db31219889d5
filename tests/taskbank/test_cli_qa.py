"""`aibaas taskbank qa` as an operator runs it: the full QA of a bank, its exit status and table."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from aibaas.taskbank.files import task_path, task_to_json
from aibaas.taskbank.reviews import append_reviews, entry
from aibaas.taskbank.spec import TaskSpec
from tests.taskbank.qa_tasks import changed, good_task, run_aibaas


def _bank(tmp_path: Path) -> tuple[TaskSpec, TaskSpec]:
    good, other = good_task(0), good_task(3)
    wrong = changed(
        other, private__reference_solution=other.private.reference_solution.replace("i = j", "i = j + 1")
    )
    for task in (good, wrong):
        path = task_path(tmp_path / "bank", task)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(task_to_json(task), encoding="utf-8")
    return good, wrong


def test_qa_reports_a_wrong_reference_and_exits_non_zero(tmp_path: Path) -> None:
    good, wrong = _bank(tmp_path)
    table = tmp_path / "quality.parquet"
    done = run_aibaas(["taskbank", "qa", "--language", "python", "--output", str(table)], tmp_path)
    assert done.returncode == 1, done.stderr
    assert f"{wrong.id}: the reference fails its hidden tests in the sandbox" in done.stdout
    assert "python: " in done.stdout and "2 tasks, 6 sandbox runs, 1 blocking problems" in done.stdout
    mart = pl.read_parquet(table)
    assert dict(mart.select("task_id", "passed").iter_rows()) == {good.id: True, wrong.id: False}


def test_qa_of_unreviewed_tasks_runs_only_what_is_not_approved(tmp_path: Path) -> None:
    good, wrong = _bank(tmp_path)
    append_reviews(tmp_path / "bank", [entry(good, "approved", "maintainer", "passed full QA")])
    table = tmp_path / "quality.parquet"
    done = run_aibaas(
        ["taskbank", "qa", "--language", "python", "--unreviewed", "--output", str(table)], tmp_path
    )
    assert done.returncode == 1, done.stderr
    assert "2 tasks, 3 sandbox runs, 1 blocking problems" in done.stdout  # only the wrong one ran
    assert dict(pl.read_parquet(table).select("task_id", "sampled").iter_rows()) == {
        good.id: False,
        wrong.id: True,
    }
