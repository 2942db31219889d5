"""The task bank as the benchmark sees it: selected tasks, their prompts and the material the
offline models and the graders need (an adapter over `aibaas.taskbank`).
"""

from __future__ import annotations

import hashlib
from collections import Counter
from pathlib import Path

from aibaas.bench.definition import TaskSelection
from aibaas.errors import AibaasError
from aibaas.providers import TaskMaterial
from aibaas.taskbank.codegen import generator
from aibaas.taskbank.files import load_task_file, task_files
from aibaas.taskbank.material import material
from aibaas.taskbank.material import mutant_sources as mutant_sources
from aibaas.taskbank.spec import TaskSpec


class EmptySelectionError(AibaasError):
    """No task of the bank matches the benchmark's selection."""


def _first_per_cell(tasks: list[TaskSpec], per_cell: int) -> list[TaskSpec]:
    """The first `per_cell` tasks of each language x scenario x difficulty, order kept."""
    taken: Counter[tuple[str, str, str]] = Counter()
    kept = []
    for task in tasks:
        cell = (task.language.value, task.scenario.value, task.difficulty.value)
        if taken[cell] < per_cell:
            taken[cell] += 1
            kept.append(task)
    return kept


def select_tasks(taskbank_dir: Path, selection: TaskSelection) -> list[TaskSpec]:
    """The tasks of the bank under `taskbank_dir` that the selection picks, sorted by id.

    Raises:
        EmptySelectionError: naming the folder and the selection, with the command that builds a bank.
    """
    chosen = []
    for path in task_files(taskbank_dir):
        task = load_task_file(path)
        if selection.languages and task.language.value not in selection.languages:
            continue
        if selection.scenarios and task.scenario.value not in selection.scenarios:
            continue
        if selection.difficulties and task.difficulty.value not in selection.difficulties:
            continue
        if selection.tags and not set(selection.tags) & set(task.tags):
            continue
        chosen.append(task)
    chosen.sort(key=lambda t: t.id)
    if selection.per_cell is not None:
        chosen = _first_per_cell(chosen, selection.per_cell)
    if selection.limit is not None:
        chosen = chosen[: selection.limit]
    if not chosen:
        raise EmptySelectionError(
            f"no task under {taskbank_dir / 'tasks'} matches {selection.model_dump(exclude_defaults=True)}; "
            "build the bank with `aibaas taskbank build` or widen the selection"
        )
    return chosen


def taskbank_version(tasks: list[TaskSpec]) -> str:
    """A hash of the selected tasks' ids and versions: the bank as this run saw it."""
    digest = hashlib.sha256("\n".join(f"{t.id}@{t.version}" for t in tasks).encode())
    return digest.hexdigest()[:16]


def task_material(task: TaskSpec) -> TaskMaterial:
    """What the offline models answer from; a logged private read (`aibaas.taskbank.material`)."""
    return material(task, who="bench.engine")


def entry_symbol(task: TaskSpec) -> str:
    """The name an answer must define, in the task language's spelling."""
    return generator(task.language).function_name(task.public.signature.name)
