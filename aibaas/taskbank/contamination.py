"""Contamination signals in model outputs: reproduced canaries and matches with private references.

- A canary string (`AIBAAS-CANARY-<16 hex>`) in an output means the model has seen a task file: the
  output is flagged with the task the canary belongs to, its own task or any other.
- An output whose similarity to its task's private reference is far beyond chance raises an alert.
  Chance is measured for that very output: its similarity to the references of other tasks of the
  same language and scenario, from other families (variants of its own family share the solution's
  shape by design, so they are not chance). The alert needs both a high similarity and a z-score
  far above that baseline, so a short task whose every correct answer looks alike does not fire
  on an answer that merely resembles every reference.
"""

from __future__ import annotations

import random
import statistics
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from aibaas.scoring.similarity import jaccard, shingles
from aibaas.taskbank.spec import CANARY_RE, TaskSpec

UNKNOWN_TASK = "(not in this bank)"
ALERT_SIMILARITY = 0.6
ALERT_Z = 4.0
BASELINE_SIZE = 40
MIN_BASELINE = 5
# The baseline's spread is floored: against near-identical unrelated references a tiny spread
# would turn any small difference into a huge z-score.
MIN_SPREAD = 0.02


@dataclass(frozen=True)
class Output:
    """One model output for one task; `label` is the caller's (e.g. model, sample)."""

    label: str
    task_id: str
    text: str


@dataclass(frozen=True)
class CanaryFlag:
    label: str
    task_id: str
    canary: str
    canary_task: str

    @property
    def own(self) -> bool:
        return self.canary_task == self.task_id


def canary_flags(outputs: Iterable[Output], tasks: Iterable[TaskSpec]) -> list[CanaryFlag]:
    """Every canary found in the outputs, with the task it belongs to (or UNKNOWN_TASK)."""
    owner = {task.canary: task.id for task in tasks}
    return [
        CanaryFlag(output.label, output.task_id, canary, owner.get(canary, UNKNOWN_TASK))
        for output in outputs
        for canary in dict.fromkeys(CANARY_RE.findall(output.text))
    ]


@dataclass(frozen=True)
class ReferenceMatch:
    label: str
    task_id: str
    similarity: float
    baseline_mean: float
    baseline_sd: float
    baseline_size: int
    z: float
    alert: bool


def _baseline_pool(task: TaskSpec, bank: Iterable[TaskSpec]) -> list[TaskSpec]:
    pool = [
        t
        for t in bank
        if t.language is task.language and t.scenario is task.scenario and t.family != task.family
    ]
    pool.sort(key=lambda t: t.id)
    # A fixed, seeded subset keeps the cost per output bounded and the result reproducible.
    rng = random.Random(task.id)  # noqa: S311 - sampling, not secrecy
    return rng.sample(pool, BASELINE_SIZE) if len(pool) > BASELINE_SIZE else pool


def reference_match(output: Output, task: TaskSpec, bank: Iterable[TaskSpec]) -> ReferenceMatch:
    """How far beyond chance `output` resembles the private reference of `task`.

    Args:
        output: the model's output (code or full answer; comments are ignored).
        task: the task it answers.
        bank: the tasks to draw the chance baseline from (the task itself is never used).
    """
    language = task.language.value
    mine = shingles(output.text, language)
    similarity = jaccard(mine, shingles(task.private.reference_solution, language))
    baseline = [
        jaccard(mine, shingles(other.private.reference_solution, language))
        for other in _baseline_pool(task, bank)
    ]
    mean = statistics.fmean(baseline) if baseline else 0.0
    spread = max(statistics.pstdev(baseline) if len(baseline) > 1 else 0.0, MIN_SPREAD)
    z = (similarity - mean) / spread
    alert = len(baseline) >= MIN_BASELINE and similarity >= ALERT_SIMILARITY and z >= ALERT_Z
    return ReferenceMatch(
        output.label,
        task.id,
        round(similarity, 4),
        round(mean, 4),
        round(spread, 4),
        len(baseline),
        round(z, 2),
        alert,
    )


def reference_alerts(outputs: Iterable[Output], bank: Mapping[str, TaskSpec]) -> list[ReferenceMatch]:
    """The outputs that match their task's private reference far beyond chance."""
    tasks = list(bank.values())
    matches = (reference_match(o, bank[o.task_id], tasks) for o in outputs if o.task_id in bank)
    return [match for match in matches if match.alert]
