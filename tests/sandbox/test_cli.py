"""`aibaas eval-samples` and `aibaas sandbox ...` as a user runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from aibaas.cli import app
from aibaas.config import Settings
from aibaas.errors import AibaasError
from aibaas.sandbox.humaneval import load_problems

AIBAAS = str(Path(sys.executable).parent / "aibaas")
PROBLEMS = load_problems()


def test_eval_samples_prints_pass_at_k_and_writes_the_report(tmp_path: Path) -> None:
    samples = tmp_path / "samples.jsonl"
    rows = [
        {"task_id": "HumanEval/0", "completion": PROBLEMS["HumanEval/0"]["canonical_solution"]},
        {"task_id": "HumanEval/0", "completion": "    return None\n"},
        {"task_id": "HumanEval/1", "completion": PROBLEMS["HumanEval/1"]["canonical_solution"]},
        {"task_id": "HumanEval/1", "completion": "    while True:\n        pass\n"},
    ]
    samples.write_text("".join(json.dumps(row) + "\n" for row in rows))
    report_path = tmp_path / "report.json"
    env = {k: v for k, v in os.environ.items() if not k.startswith("AIBAAS_")}
    done = subprocess.run(
        [AIBAAS, "eval-samples", str(samples), "--suite", "humaneval", "--k", "1,2",
         "--json", str(report_path), "--timeout", "1"],
        capture_output=True, text=True, timeout=300, cwd=tmp_path,
        env=env | {"AIBAAS_DATA_DIR": str(tmp_path / "data")},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "pass@1: 0.5000" in done.stdout and "pass@2: 1.0000" in done.stdout
    report = json.loads(report_path.read_text())
    assert report["pass_at_k"] == {"pass@1": 0.5, "pass@2": 1.0}
    assert report["tasks"] == {"HumanEval/0": {"n": 2, "passed": 1}, "HumanEval/1": {"n": 2, "passed": 1}}
    assert [s["result"] for s in report["samples"]][-1] == "timed out"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--k", "1,x"], "--k '1,x': give positive integers"),
        (["--k", "0"], "--k '0': give positive integers"),
        (["--suite", "mbpp"], "--suite 'mbpp' is not supported"),
        (["--backend", "k8s"], "--backend 'k8s': choose local or docker"),
    ],
)
def test_eval_samples_rejects_bad_options_by_name(
    settings: Settings, tmp_path: Path, args: list[str], message: str
) -> None:
    samples = tmp_path / "samples.jsonl"
    samples.write_text(json.dumps({"task_id": "HumanEval/0", "completion": "    return 1\n"}) + "\n")
    result = CliRunner().invoke(app, ["eval-samples", str(samples), *args])
    assert isinstance(result.exception, AibaasError)
    assert message in str(result.exception)


def test_sandbox_run_executes_a_folder(settings: Settings, tmp_path: Path) -> None:
    project = tmp_path / "project"
    project.mkdir()
    (project / "main.go").write_text(
        'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("hi from go") }\n'
    )
    result = CliRunner().invoke(
        app,
        ["sandbox", "run", str(project), "--language", "go", "--compile", "go build -o app main.go",
         "--test", "./app", "--json"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["stdout"] == "hi from go\n"
