"""Benchmarks and runs in the operational database: definitions, snapshots, progress, history.

A run is resumed (not duplicated) when an unfinished run of the same benchmark has the same
fingerprint; a finished one is never changed, and a new run of an unchanged configuration reuses
every cell from the cache.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from aibaas.bench.definition import BenchmarkDefinition
from aibaas.bench.snapshot import RunSnapshot
from aibaas.errors import AibaasError
from aibaas.store.models import Benchmark, BenchmarkRun, RunResult, TaskVersion
from aibaas.taskbank.spec import TaskSpec

UNFINISHED = ("queued", "running", "failed", "cancelled")
HISTORY_COLUMNS = (
    "run_uid", "status", "phase", "fingerprint", "cells_total", "cells_done", "cells_failed", "cells_cached",
    "spend_usd", "resources", "error", "started_at", "finished_at",
)  # fmt: skip


class RunNotFoundError(AibaasError):
    """No run matches what the user asked for."""


@dataclass(frozen=True)
class RunRef:
    id: int
    run_uid: str
    fingerprint: str
    resumed: bool
    started_at: datetime


def save_benchmark(sessions: sessionmaker[Session], definition: BenchmarkDefinition) -> int:
    """Create or update the (platform-wide) benchmark named in the definition; its id."""
    with sessions.begin() as session:
        row = session.scalars(
            select(Benchmark).where(Benchmark.name == definition.name, Benchmark.organization_id.is_(None))
        ).first()
        if row is None:
            row = Benchmark(name=definition.name, definition={}, is_public=True)
            session.add(row)
        row.definition = definition.model_dump(mode="json")
        session.flush()
        return row.id


def open_run(sessions: sessionmaker[Session], benchmark_id: int, snapshot: RunSnapshot, cells: int) -> RunRef:
    """Resume the unfinished run with this fingerprint, or start a new one."""
    fingerprint = snapshot.fingerprint()
    now = datetime.now(UTC)
    with sessions.begin() as session:
        row = session.scalars(
            select(BenchmarkRun)
            .where(
                BenchmarkRun.benchmark_id == benchmark_id,
                BenchmarkRun.fingerprint == fingerprint,
                BenchmarkRun.status.in_(UNFINISHED),
            )
            .order_by(BenchmarkRun.id.desc())
        ).first()
        resumed = row is not None
        if row is None:
            row = BenchmarkRun(
                run_uid=uuid.uuid4().hex,
                benchmark_id=benchmark_id,
                fingerprint=fingerprint,
                snapshot=snapshot.model_dump(mode="json"),
                taskbank_version=snapshot.taskbank_version,
                started_at=now,
            )
            session.add(row)
        row.status, row.phase, row.error, row.finished_at = "running", "generation", None, None
        row.cells_total = cells
        session.flush()
        return RunRef(row.id, row.run_uid, fingerprint, resumed, row.started_at or now)


def record_progress(sessions: sessionmaker[Session], run_id: int, **values: Any) -> None:
    """Update progress columns (phase, cells_done, cells_failed, cells_cached, spend_usd, resources)."""
    with sessions.begin() as session:
        row = session.get(BenchmarkRun, run_id)
        assert row is not None
        for name, value in values.items():
            setattr(row, name, value)


def finish_run(sessions: sessionmaker[Session], run_id: int, status: str, error: str | None = None) -> None:
    with sessions.begin() as session:
        row = session.get(BenchmarkRun, run_id)
        assert row is not None
        row.status, row.error, row.finished_at = status, error, datetime.now(UTC)
        row.phase = "done" if status == "succeeded" else row.phase


def task_version_ids(sessions: sessionmaker[Session], tasks: list[TaskSpec]) -> dict[str, int]:
    """The `task_versions` row of each task (created as approved when the bank has it), by task id."""
    with sessions.begin() as session:
        existing = {
            (row.task_id, row.version): row
            for row in session.scalars(
                select(TaskVersion).where(TaskVersion.task_id.in_([t.id for t in tasks]))
            )
        }
        for task in tasks:
            if (task.id, task.version) not in existing:
                row = TaskVersion(
                    task_id=task.id, version=task.version, family=task.family, language=task.language.value,
                    scenario=task.scenario.value, difficulty=task.difficulty.value, status="approved",
                )  # fmt: skip
                session.add(row)
                existing[(task.id, task.version)] = row
        session.flush()
        return {task.id: existing[(task.id, task.version)].id for task in tasks}


def replace_run_results(sessions: sessionmaker[Session], run_id: int, rows: list[dict[str, Any]]) -> None:
    """Set the per-(model, task) results of a run for the models in `rows`."""
    models = {r["model_name"] for r in rows}
    with sessions.begin() as session:
        for old in session.scalars(
            select(RunResult).where(RunResult.run_id == run_id, RunResult.model_name.in_(models))
        ):
            session.delete(old)
        session.flush()
        session.add_all(RunResult(run_id=run_id, **row) for row in rows)


def run_history(sessions: sessionmaker[Session], limit: int = 20) -> list[dict[str, Any]]:
    """The latest runs, newest first, with their fingerprints and progress."""
    with sessions() as session:
        rows = session.execute(
            select(BenchmarkRun, Benchmark.name)
            .join(Benchmark, Benchmark.id == BenchmarkRun.benchmark_id)
            .order_by(BenchmarkRun.id.desc())
            .limit(limit)
        ).all()
        return [
            {"benchmark": name, **{column: getattr(run, column) for column in HISTORY_COLUMNS}}
            for run, name in rows
        ]


def run_snapshot(sessions: sessionmaker[Session], run_uid: str) -> dict[str, Any]:
    """The stored snapshot of a run."""
    with sessions() as session:
        snapshot = session.scalars(
            select(BenchmarkRun.snapshot).where(BenchmarkRun.run_uid == run_uid)
        ).first()
    if snapshot is None:
        raise RunNotFoundError(f"no run {run_uid!r}; list runs with `aibaas bench status`")
    return dict(snapshot)


def find_run(sessions: sessionmaker[Session], run_uid: str | None) -> dict[str, Any]:
    """A run by (a prefix of) its uid, or the newest run when None."""
    for run in run_history(sessions, limit=10_000):
        if run_uid is None or run["run_uid"].startswith(run_uid):
            return run
    raise RunNotFoundError(
        f"no run {run_uid!r}; list runs with `aibaas bench status`"
        if run_uid
        else "no run yet; start one with `aibaas bench run`"
    )
