"""Tasks for QA tests (with mutants that the hidden tests do or do not kill) and the CLI runner."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from aibaas.taskbank.files import with_version
from aibaas.taskbank.spec import DefectCategory, Mutant, TaskSpec
from tests.taskbank.conftest import codegen_task

AIBAAS = str(Path(sys.executable).parent / "aibaas")


def count_mutant(task: TaskSpec, mutant_id: str, old: str, new: str) -> Mutant:
    """A mutant of the run-length reference's line `count = str(run) if run >= N else ""`."""
    lines = task.private.reference_solution.splitlines()
    number, line = next((n, ln) for n, ln in enumerate(lines, start=1) if "count = str(run) if run >=" in ln)
    return Mutant(
        id=mutant_id,
        operator="boundary",
        category=DefectCategory.BOUNDARY,
        line=number,
        original=line,
        replacement=line.replace(old, new),
    )


def changed(task: TaskSpec, **changes: object) -> TaskSpec:
    """The task with fields replaced (`private__mutants=...` for nested ones) and a new version."""
    data = task.model_dump(mode="json")
    for dotted, value in changes.items():
        *parents, leaf = dotted.split("__")
        target = data
        for part in parents:
            target = target[part]
        target[leaf] = value
    return with_version(data)


def good_task(index: int) -> TaskSpec:
    """A task whose tests kill its one mutant (`run >= N` made `run > N`: short runs lose their count)."""
    task = codegen_task(index=index)
    return changed(task, private__mutants=[count_mutant(task, "m-strict", ">=", ">").model_dump(mode="json")])


def run_aibaas(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """`aibaas ARGS` in a real process, with its data and task-bank folders under tmp_path."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("AIBAAS_")} | {
        "AIBAAS_DATA_DIR": str(tmp_path / "data"),
        "AIBAAS_TASKBANK_DIR": str(tmp_path / "bank"),
        "COLUMNS": "250",  # rich wraps messages at the terminal width
    }
    return subprocess.run([AIBAAS, *args], capture_output=True, text=True, env=env, timeout=300, check=False)
