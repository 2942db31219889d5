"""The one accessor that hands out a task's private material, and logs who took it and when.

`material(task, who)` returns what the offline models answer from and what graders compare with
(`aibaas.providers.TaskMaterial`): the reference solution, its mutants, the reference tests and the
planted defects. Every call writes a `taskbank.private_read` line to the structured log (who, task,
version; the logger stamps the UTC time), so every caller is covered without passing a database
session into the generation loop. Exports and the app's "show private part" go to the audit table.
"""

from __future__ import annotations

import structlog

from aibaas.providers import PlantedDefect, Scenario, TaskMaterial
from aibaas.taskbank.execution import generated_tests, hidden_test_source
from aibaas.taskbank.mutation import apply_mutants
from aibaas.taskbank.spec import TaskSpec

PRIVATE_READ = "taskbank.private_read"
log = structlog.get_logger(__name__)


def mutant_sources(task: TaskSpec) -> list[str]:
    """The reference with each mutant applied on its own."""
    return [apply_mutants(task.private.reference_solution, [m]) for m in task.private.mutants]


def _weak_tests(task: TaskSpec) -> list[str]:
    # Suites with one and with half of the hidden cases: what a mediocre test writer produces.
    hidden = task.private.hidden_tests
    return [
        generated_tests(task.language, task.public.signature, hidden[:count])
        for count in sorted({1, max(1, len(hidden) // 2)})
        if count < len(hidden)
    ]


def material(task: TaskSpec, who: str) -> TaskMaterial:
    """The task's private material for `who` (a service or person), logged as a private read.

    Args:
        task: the task.
        who: who reads it, e.g. `bench:<benchmark>` or a user's e-mail; recorded in the log.
    """
    log.info(PRIVATE_READ, who=who, task=task.id, version=task.version)
    return TaskMaterial(
        task_id=task.id,
        language=task.language.value,
        scenario=Scenario(task.scenario.value),
        prompt=task.prompt,
        reference_solution=task.private.reference_solution,
        mutants=mutant_sources(task),
        reference_tests=hidden_test_source(task),
        weak_tests=_weak_tests(task),
        planted_defects=[
            PlantedDefect(line=d.line, category=d.category.value, explanation=d.explanation)
            for d in task.private.planted_defects
        ],
    )
