"""Contamination controls: canaries in outputs, reference matches beyond chance, logged private reads."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from aibaas.bench.tasks import task_material
from aibaas.config import load_settings
from aibaas.logs import configure_logging
from aibaas.taskbank.contamination import (
    BASELINE_SIZE,
    UNKNOWN_TASK,
    Output,
    canary_flags,
    reference_alerts,
    reference_match,
)
from aibaas.taskbank.families import FAMILIES
from aibaas.taskbank.material import PRIVATE_READ, material
from aibaas.taskbank.spec import TaskSpec
from tests.taskbank.conftest import codegen_task

# An independent, correct solution of run-length encoding, written the way a model might.
INDEPENDENT = '''
from itertools import groupby


def compress_runs(text: str) -> str:
    """Each run as its length followed by the character."""
    return "".join(f"{sum(1 for _ in group)}{char}" for char, group in groupby(text))
'''


@pytest.fixture(scope="module")
def bank() -> dict[str, TaskSpec]:
    """Two Python code-generation variants of every family."""
    tasks = [codegen_task(index=i, name=f.name) for f in FAMILIES for i in range(2)]
    return {t.id: t for t in tasks}


def test_canaries_in_outputs_are_flagged_with_the_task_they_belong_to(bank: dict[str, TaskSpec]) -> None:
    mine, other = bank["python-codegen-run-length-encode-0"], bank["python-codegen-min-coins-1"]
    outputs = [
        Output("m1", mine.id, f"# {mine.canary}\ndef compress_runs(text): ..."),
        Output("m2", mine.id, f"seen in training: {other.canary} and again {other.canary}"),
        Output("m3", mine.id, "AIBAAS-CANARY-00000000000000ff appears here"),
        Output("m4", mine.id, INDEPENDENT),
    ]
    flags = canary_flags(outputs, bank.values())
    assert [(f.label, f.canary_task, f.own) for f in flags] == [
        ("m1", mine.id, True),
        ("m2", other.id, False),
        ("m3", UNKNOWN_TASK, False),
    ]


def test_a_copied_reference_raises_an_alert_and_an_independent_answer_does_not(
    bank: dict[str, TaskSpec],
) -> None:
    task = bank["python-codegen-run-length-encode-0"]
    lightly_edited = "# my own solution\n" + task.private.reference_solution.replace(
        "out = []", "out = list()"
    )
    outputs = [
        Output("copy", task.id, task.private.reference_solution),
        Output("edited", task.id, lightly_edited),
        Output("independent", task.id, INDEPENDENT),
        Output("unrelated", task.id, bank["python-codegen-min-coins-0"].private.reference_solution),
    ]
    alerts = reference_alerts(outputs, bank)
    assert [a.label for a in alerts] == ["copy", "edited"]
    copy = alerts[0]
    # other families than its own, up to the cap: the bank has far more than that
    assert copy.similarity == 1.0 and copy.z >= 4 and copy.baseline_size == BASELINE_SIZE
    honest = reference_match(outputs[2], task, bank.values())
    assert not honest.alert and honest.similarity < 0.6


def test_no_alert_without_enough_baseline(bank: dict[str, TaskSpec]) -> None:
    task = bank["python-codegen-run-length-encode-0"]
    same_family_only = [t for t in bank.values() if t.family == task.family]
    match = reference_match(Output("copy", task.id, task.private.reference_solution), task, same_family_only)
    assert match.baseline_size == 0 and not match.alert


def _private_reads(stderr: str) -> list[dict[str, str]]:
    lines = [json.loads(line) for line in stderr.splitlines() if line.startswith("{")]
    return [line for line in lines if line.get("event") == PRIVATE_READ]


def test_every_private_read_is_logged_with_who_and_when(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], bank: dict[str, TaskSpec]
) -> None:
    configure_logging(load_settings(data_dir=tmp_path, log_format="json"))
    task = bank["python-codegen-run-length-encode-0"]
    given = material(task, who="ada@example.org")
    task_material(task)  # the benchmark engine's path goes through the same accessor
    reads = _private_reads(capsys.readouterr().err)
    assert [(r["who"], r["task"], r["version"]) for r in reads] == [
        ("ada@example.org", task.id, task.version),
        ("bench.engine", task.id, task.version),
    ]
    assert all(r["timestamp"].endswith("Z") for r in reads)
    assert given.reference_solution == task.private.reference_solution
    assert len(given.mutants) == len(task.private.mutants)
