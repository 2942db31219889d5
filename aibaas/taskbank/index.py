"""An index of the task files under `taskbank/tasks/`: what is there and whether it parses.

Index building and validation are separate pure steps so the Dagster check and the tests share
`index_problems` without Dagster.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import duckdb
import polars as pl
import yaml

from aibaas.sql import load_sql

REQUIRED_FIELDS = ("id", "family", "language", "scenario", "difficulty")
TASK_SUFFIXES = (".yaml", ".yml")

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
        spec = yaml.safe_load(data)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        return row | {"error": f"not valid YAML{where}"}
    if not isinstance(spec, dict):
        return row | {"error": "expected a mapping of task fields at the top level"}
    missing = [name for name in REQUIRED_FIELDS if not spec.get(name)]
    if missing:
        row["error"] = f"missing required field(s): {', '.join(missing)}"
    row.update(
        task_id=spec.get("id"),
        family=spec.get("family"),
        language=spec.get("language"),
        scenario=spec.get("scenario"),
        difficulty=spec.get("difficulty"),
    )
    return row


def scan_taskbank(root: Path) -> pl.DataFrame:
    """One row per task file under `root/tasks`, with its hash and any parse error."""
    tasks_dir = root / "tasks"
    paths = sorted(p for p in tasks_dir.rglob("*") if p.suffix in TASK_SUFFIXES) if tasks_dir.is_dir() else []
    rows = [_index_row(root, path) for path in paths]
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
