"""Reading and writing task files; every problem names the file, the field and what is expected."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from aibaas.errors import AibaasError
from aibaas.taskbank.spec import TaskSpec, content_hash

TASK_SUFFIXES = (".json", ".yaml", ".yml")


class TaskFileError(AibaasError):
    """A task file is unreadable or does not follow the task schema."""


def _field(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"


def explain_validation(path: Path | str, exc: ValidationError) -> str:
    """One line per problem: `file: field: message (got value)`."""
    lines = []
    for err in exc.errors(include_url=False):
        got = err.get("input")
        shown = "" if isinstance(got, dict | list) else f" (got {got!r:.60})"
        lines.append(f"{path}: {_field(err['loc'])}: {err['msg']}{shown}")
    return "\n".join(lines)


def parse_task_text(text: str, path: Path | str) -> dict[str, Any]:
    """The raw mapping of a task file (JSON or YAML by suffix)."""
    try:
        data = json.loads(text) if str(path).endswith(".json") else yaml.safe_load(text)
    except json.JSONDecodeError as exc:
        raise TaskFileError(f"{path}: not valid JSON at line {exc.lineno}: {exc.msg}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise TaskFileError(f"{path}: not valid YAML{where}") from None
    if not isinstance(data, dict):
        raise TaskFileError(f"{path}: expected a mapping of task fields at the top level")
    return data


def validate_task_data(data: dict[str, Any], path: Path | str) -> TaskSpec:
    """Validate a raw mapping as a task, including that `version` is its content hash."""
    try:
        task = TaskSpec.model_validate(data)
    except ValidationError as exc:
        raise TaskFileError(explain_validation(path, exc)) from None
    expected = content_hash(task.model_dump(mode="json"))
    if task.version != expected:
        raise TaskFileError(
            f"{path}: version: is {task.version!r} but the content hashes to {expected!r}; "
            "a changed task needs a new version (run `aibaas taskbank rehash`)"
        )
    return task


def load_task_file(path: Path) -> TaskSpec:
    """Read and validate one task file.

    Raises:
        TaskFileError: naming the file, the field and what was expected.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise TaskFileError(f"{path}: cannot be read as UTF-8 text ({exc})") from None
    return validate_task_data(parse_task_text(text, path), path)


def task_files(root: Path) -> Iterator[Path]:
    """The task files under `root/tasks`, in a stable order."""
    tasks_dir = root / "tasks"
    if tasks_dir.is_dir():
        yield from sorted(p for p in tasks_dir.rglob("*") if p.suffix in TASK_SUFFIXES and p.is_file())


def task_to_json(task: TaskSpec) -> str:
    """The canonical text of a task file: stable key order, UTF-8, one trailing newline."""
    return json.dumps(task.model_dump(mode="json"), indent=1, ensure_ascii=False, sort_keys=True) + "\n"


def task_path(root: Path, task: TaskSpec) -> Path:
    return root / "tasks" / task.language.value / task.scenario.value / f"{task.id}.json"


def with_version(data: dict[str, Any]) -> TaskSpec:
    """A task built from a mapping whose version is (re)computed from its content."""
    data = dict(data)
    data["version"] = "0" * 16
    data["version"] = content_hash(TaskSpec.model_validate(data).model_dump(mode="json"))
    return validate_task_data(data, f"<task {data.get('id')}>")
