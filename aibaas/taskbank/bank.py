"""The bank as a table: loading every task file, stats, search, and JSONL import/export."""

from __future__ import annotations

import gzip
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import polars as pl

from aibaas.taskbank.files import (
    TaskFileError,
    load_task_file,
    task_files,
    task_path,
    task_to_json,
    with_version,
)
from aibaas.taskbank.spec import Language, Scenario, TaskSpec, canary_for

TABLE_SCHEMA: dict[str, Any] = {
    "task_id": pl.Utf8,
    "version": pl.Utf8,
    "family": pl.Utf8,
    "language": pl.Utf8,
    "scenario": pl.Utf8,
    "difficulty": pl.Utf8,
    "title": pl.Utf8,
    "tags": pl.List(pl.Utf8),
    "hidden_tests": pl.Int64,
    "edge_tags": pl.List(pl.Utf8),
    "mutants": pl.Int64,
    "planted_defects": pl.Int64,
    "prompt_chars": pl.Int64,
    "path": pl.Utf8,
}


@dataclass(frozen=True)
class LoadedBank:
    tasks: list[TaskSpec]
    paths: dict[str, Path]
    errors: list[str]


def load_bank(root: Path) -> LoadedBank:
    """Every task under `root/tasks`; unreadable or invalid files are reported, not raised."""
    tasks, paths, errors = [], {}, []
    for path in task_files(root):
        try:
            task = load_task_file(path)
        except TaskFileError as exc:
            errors.append(str(exc))
            continue
        tasks.append(task)
        paths[task.id] = path
    return LoadedBank(tasks, paths, errors)


def task_row(task: TaskSpec, path: Path | None = None) -> dict[str, Any]:
    """The public, queryable facts of a task (nothing private beyond counts)."""
    return {
        "task_id": task.id,
        "version": task.version,
        "family": task.family,
        "language": task.language.value,
        "scenario": task.scenario.value,
        "difficulty": task.difficulty.value,
        "title": task.title,
        "tags": task.tags,
        "hidden_tests": len(task.private.hidden_tests),
        "edge_tags": sorted({tag for case in task.private.hidden_tests for tag in case.tags}),
        "mutants": len(task.private.mutants),
        "planted_defects": len(task.private.planted_defects),
        "prompt_chars": len(task.prompt),
        "path": str(path) if path else None,
    }


def bank_table(bank: LoadedBank) -> pl.DataFrame:
    return pl.DataFrame([task_row(t, bank.paths.get(t.id)) for t in bank.tasks], schema=TABLE_SCHEMA)


def bank_stats(table: pl.DataFrame, status: dict[str, str] | None = None) -> pl.DataFrame:
    """Tasks, families and approved tasks per language, scenario and difficulty."""
    approved = {task_id for task_id, s in (status or {}).items() if s == "approved"}
    return (
        table.with_columns(pl.col("task_id").is_in(list(approved)).alias("approved"))
        .group_by("language", "scenario", "difficulty")
        .agg(
            pl.len().alias("tasks"),
            pl.col("family").n_unique().alias("families"),
            pl.col("approved").sum().alias("approved"),
        )
        .sort("language", "scenario", "difficulty")
    )


def search(
    table: pl.DataFrame,
    language: str | None = None,
    scenario: str | None = None,
    difficulty: str | None = None,
    tag: str | None = None,
    text: str | None = None,
) -> pl.DataFrame:
    """Rows matching every given filter; `text` matches id, family or title, case-insensitively."""
    query = table
    for column, value in (("language", language), ("scenario", scenario), ("difficulty", difficulty)):
        if value:
            query = query.filter(pl.col(column) == value)
    if tag:
        query = query.filter(pl.col("tags").list.contains(tag))
    if text:
        needle = text.lower()
        query = query.filter(
            pl.concat_str("task_id", "family", "title", separator=" ")
            .str.to_lowercase()
            .str.contains(needle, literal=True)
        )
    return query


def export_jsonl(tasks: list[TaskSpec], path: Path, include_private: bool) -> int:
    """Write tasks as JSON lines (gzip when the name ends in .gz); public exports drop `private`."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "wt", encoding="utf-8") as out:
        for task in tasks:
            data = task.model_dump(mode="json")
            if not include_private:
                data.pop("private")
            out.write(json.dumps(data, ensure_ascii=False, sort_keys=True) + "\n")
    return len(tasks)


def import_jsonl(path: Path, root: Path) -> list[TaskSpec]:
    """Validate every line of a full (private) JSONL export and write the tasks under `root`.

    Raises:
        TaskFileError: naming the file, the line and the field, before anything is written.
    """
    from aibaas.taskbank.files import validate_task_data

    opener = gzip.open if path.suffix == ".gz" else open
    tasks = []
    with opener(path, "rt", encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError as exc:
                raise TaskFileError(f"{path}:{number}: not valid JSON ({exc.msg})") from None
            if "private" not in data:
                raise TaskFileError(
                    f"{path}:{number}: private: missing; import needs a full export (--private)"
                )
            tasks.append(validate_task_data(data, f"{path}:{number}"))
    for task in tasks:
        target = task_path(root, task)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(task_to_json(task), encoding="utf-8")
    return tasks


def _snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()


def humaneval_task(problem: dict[str, Any]) -> TaskSpec:
    """A Python code-generation task from one HumanEval problem (its tests kept as written)."""
    number = problem["task_id"].split("/")[-1]
    task_id = f"python-codegen-humaneval-{number}"
    entry = problem["entry_point"]
    tests = (
        "import unittest\n\nfrom solution import *  # noqa: F403\n\n"
        f"{problem['test']}\n\nclass TestHumanEval(unittest.TestCase):\n"
        f"    def test_check(self) -> None:\n        check({entry})\n"
    )
    data = {
        "id": task_id,
        "family": "humaneval",
        "language": Language.PYTHON.value,
        "scenario": Scenario.CODEGEN.value,
        "difficulty": "easy",
        "title": f"HumanEval {number}: {entry}",
        "tags": ["humaneval", "imported"],
        "prompt": "Complete this Python function; answer with the whole file in one fenced code block.\n\n"
        f"```python\n{problem['prompt']}```",
        "public": {
            # HumanEval has no typed signature: only the entry point is recorded, in the neutral
            # snake_case (five entry points are camelCase; the tests call them by their own name).
            "signature": {"name": _snake(entry), "params": [], "returns": "str"},
            "stub": problem["prompt"],
            "examples": [],
        },
        "private": {
            "reference_solution": problem["prompt"] + problem["canonical_solution"],
            "test_source": tests,
        },
        "canary": canary_for(task_id),
        "provenance": {
            "source": "imported",
            "upstream_id": problem["task_id"],
            "license": "MIT (openai/human-eval)",
        },
    }
    return with_version(data)


HUMANEVAL_FIELDS = ("task_id", "prompt", "canonical_solution", "test", "entry_point")


def read_humaneval(path: Path) -> list[TaskSpec]:
    """Every problem of a HumanEval JSONL file (gzip when it ends in .gz) as a task.

    Raises:
        TaskFileError: naming the file, the line and the missing field, before anything is written.
    """
    opener = gzip.open if path.suffix == ".gz" else open
    tasks = []
    try:
        with opener(path, "rt", encoding="utf-8") as lines:
            numbered = list(enumerate(lines, start=1))
    except (OSError, UnicodeDecodeError) as exc:
        raise TaskFileError(f"{path}: cannot be read as (gzipped) UTF-8 JSON lines ({exc})") from None
    for number, line in numbered:
        if not line.strip():
            continue
        try:
            problem = json.loads(line)
        except json.JSONDecodeError as exc:
            raise TaskFileError(f"{path}:{number}: not valid JSON ({exc.msg})") from None
        missing = [name for name in HUMANEVAL_FIELDS if not isinstance(problem.get(name), str)]
        if missing:
            raise TaskFileError(
                f"{path}:{number}: {', '.join(missing)}: missing; a HumanEval problem has the text "
                f"fields {', '.join(HUMANEVAL_FIELDS)}"
            )
        tasks.append(humaneval_task(problem))
    return tasks
