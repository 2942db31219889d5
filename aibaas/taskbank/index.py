"""An index of the task files under `taskbank/tasks/`: what is there and whether it is a valid task.

Index building and validation are separate pure steps so the Dagster check and the tests share
`index_problems` without Dagster.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import duckdb
import polars as pl

from aibaas.sql import load_sql
from aibaas.taskbank.files import TaskFileError, load_task_file, task_files

INDEX_SCHEMA: dict[str, Any] = {
    "path": pl.Utf8,
    "task_id": pl.Utf8,
    "family": pl.Utf8,
    "language": pl.Utf8,
    "scenario": pl.Utf8,
    "difficulty": pl.Utf8,
    "sha256": pl.Utf8,
    "bytes": pl.Int64,
    "error": pl.Utf8,
}


def _index_row(root: Path, path: Path) -> dict[str, Any]:
    data = path.read_bytes()
    row: dict[str, Any] = {
        "path": str(path.relative_to(root)),
        "sha256": hashlib.sha256(data).hexdigest(),
        "bytes": len(data),
        "error": None,
    }
    try:
        task = load_task_file(path)
    except TaskFileError as exc:
        # The path is in the row; the message repeats it for readers of the check's output.
        return row | {"error": str(exc).replace(f"{path}: ", "")}
    return row | {
        "task_id": task.id,
        "family": task.family,
        "language": task.language.value,
        "scenario": task.scenario.value,
        "difficulty": task.difficulty.value,
    }


def scan_taskbank(root: Path) -> pl.DataFrame:
    """One row per task file under `root/tasks`, with its hash and any validation error."""
    rows = [_index_row(root, path) for path in task_files(root)]
    return pl.DataFrame(rows, schema=INDEX_SCHEMA)


def index_problems(index: pl.DataFrame) -> list[str]:
    """Everything wrong with an index, one sentence per problem naming the file."""
    problems = [
        f"{row['path']}: {row['error']}"
        for row in index.filter(pl.col("error").is_not_null()).iter_rows(named=True)
    ]
    duplicated = (
        index.filter(pl.col("task_id").is_not_null())
        .group_by("task_id")
        .agg(pl.col("path").sort())
        .filter(pl.col("path").list.len() > 1)
        .sort("task_id")
    )
    problems.extend(
        f"task id {row['task_id']!r} is used by more than one file: {', '.join(row['path'])}"
        for row in duplicated.iter_rows(named=True)
    )
    return problems


def summarize_index(index: pl.DataFrame) -> pl.DataFrame:
    """Valid task files counted per language, scenario and difficulty (`sql/taskbank_summary.sql`)."""
    with duckdb.connect() as connection:
        connection.register("task_index", index.to_arrow())
        return connection.sql(load_sql("taskbank_summary")).pl()
