"""Any version a run ever pinned stays resolvable, and two versions can be compared.

A live task is `tasks/<language>/<scenario>/<id>.json`; the build archives a changed task's previous
version as `history/<id>/<version>.json` and a dropped task as `retired/<id>/<version>.json`.
"""

from __future__ import annotations

import difflib
from pathlib import Path

from aibaas.errors import AibaasError
from aibaas.taskbank.files import load_task_file, task_files, task_to_json
from aibaas.taskbank.spec import TaskSpec


class TaskVersionNotFoundError(AibaasError):
    """No file of the bank holds the requested task version."""


def _candidates(root: Path, task_id: str, version: str) -> list[Path]:
    archived = [root / folder / task_id / f"{version}.json" for folder in ("history", "retired")]
    live = [p for p in task_files(root) if p.stem == task_id]
    return live + archived


def resolve(root: Path, task_id: str, version: str) -> TaskSpec:
    """The task `task_id` exactly at `version`: live, superseded or retired.

    Raises:
        TaskVersionNotFoundError: naming the folders searched and the versions that do exist.
    """
    for path in _candidates(root, task_id, version):
        if path.is_file():
            task = load_task_file(path)
            if task.version == version:
                return task
    known = sorted(
        {p.stem for folder in ("history", "retired") for p in (root / folder / task_id).glob("*.json")}
    )
    live = [load_task_file(p).version for p in task_files(root) if p.stem == task_id]
    raise TaskVersionNotFoundError(
        f"task {task_id!r} has no version {version!r} under {root} (tasks/, history/, retired/); "
        f"known versions: {', '.join(live + known) or 'none'}"
    )


def diff(old: TaskSpec, new: TaskSpec) -> str:
    """A unified diff of two task versions' canonical files (empty when they are the same)."""
    return "".join(
        difflib.unified_diff(
            task_to_json(old).splitlines(keepends=True),
            task_to_json(new).splitlines(keepends=True),
            fromfile=f"{old.id}@{old.version}",
            tofile=f"{new.id}@{new.version}",
        )
    )
