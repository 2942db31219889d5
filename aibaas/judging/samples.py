"""The answers the judges review: the latest run's samples with their text and prompt.

Answers come from the engine's cell cache, under the same content-hash keys the engine wrote them
with (`aibaas.bench.engine.generation_key`); the automated scores frame says which samples count
and whether they passed.
"""

from __future__ import annotations

from collections.abc import Mapping

import polars as pl

from aibaas.bench.cache import CellCache
from aibaas.bench.definition import BenchmarkDefinition
from aibaas.bench.engine import generation_key
from aibaas.bench.tasks import select_tasks
from aibaas.config import Settings
from aibaas.judging.calls import JudgedSample
from aibaas.judging.contracts import latest_run
from aibaas.judging.errors import JudgingInputError
from aibaas.taskbank.spec import TaskSpec


def judged_samples(
    automated: pl.DataFrame,
    definition: BenchmarkDefinition,
    tasks: Mapping[str, TaskSpec],
    answers: Mapping[str, str],
) -> list[JudgedSample]:
    """The samples of the latest automated run, with their answers, as judges see them.

    Args:
        automated: the `scores/automated_scores` frame.
        definition: the benchmark that generated the answers (its prompt template and keys).
        tasks: the bank's tasks by id.
        answers: answer text by generation key.

    Raises:
        JudgingInputError: naming a scored sample whose task or answer is not found.
    """
    items = []
    for row in latest_run(automated).sort("model", "task_id", "sample").iter_rows(named=True):
        where = f"{row['model']} on {row['task_id']} sample {row['sample']}"
        task = tasks.get(row["task_id"])
        if task is None:
            raise JudgingInputError(
                f"{where}: the task is not in the bank; rebuild it (`aibaas taskbank build`)"
            )
        answer = answers.get(generation_key(definition, row["model"], task, row["sample"]))
        if answer is None:
            raise JudgingInputError(
                f"{where}: the answer is not in the cell cache; re-materialize generations/model_answers"
            )
        items.append(
            JudgedSample(
                model=row["model"],
                task_id=row["task_id"],
                sample=row["sample"],
                language=row["language"],
                task_prompt=definition.render_prompt(task.prompt),
                answer=answer,
                passed=row["passed"],
                score=row["score"],
            )
        )
    return items


def load_judged_samples(
    settings: Settings, definition: BenchmarkDefinition, automated: pl.DataFrame, cache: CellCache
) -> list[JudgedSample]:
    """`judged_samples` with the tasks of the bank and the answers from the cell cache."""
    tasks = {task.id: task for task in select_tasks(settings.taskbank_dir, definition.selection)}
    latest = latest_run(automated)
    keys = [
        generation_key(definition, model, tasks[task_id], sample)
        for model, task_id, sample in latest.select("model", "task_id", "sample").iter_rows()
        if task_id in tasks
    ]
    answers = {key: str(payload.get("text", "")) for key, payload in cache.get_many(keys).items()}
    return judged_samples(automated, definition, tasks, answers)
