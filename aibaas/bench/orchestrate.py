"""Launching the benchmark job (`bench_run`) in-process against the persistent Dagster instance,
so a run started from the CLI is the same job as in the Dagster UI and shows in its history.
Dagster is imported lazily: the rest of `aibaas.bench` does not need it.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from aibaas.bench.engine import plan_run
from aibaas.bench.launch import RunParameters
from aibaas.config import Settings
from aibaas.store import make_engine, session_factory
from aibaas.store.models import BenchmarkRun


@dataclass(frozen=True)
class JobOutcome:
    success: bool
    dagster_run_id: str
    run_uid: str | None
    fingerprint: str
    failed_steps: list[str]


def current_progress(sessions: sessionmaker[Session], fingerprint: str) -> dict[str, Any] | None:
    """The newest run row with this fingerprint, as the progress bar shows it."""
    with sessions() as session:
        run = session.scalars(
            select(BenchmarkRun)
            .where(BenchmarkRun.fingerprint == fingerprint)
            .order_by(BenchmarkRun.id.desc())
        ).first()
        if run is None:
            return None
        progress = dict(run.resources.get("progress", {})) if run.resources else {}
        return {**progress, "run_uid": run.run_uid, "status": run.status}


def run_bench_job(
    settings: Settings,
    parameters: RunParameters,
    on_progress: Callable[[dict[str, Any]], None] | None = None,
    poll_seconds: float = 0.3,
) -> JobOutcome:
    """Execute `bench_run` with these parameters; `on_progress` is fed from the database meanwhile."""
    os.environ["DAGSTER_HOME"] = str(settings.dagster_home_dir)
    import dagster as dg

    from assets.scores import BENCH_JOB
    from dagster_project.definitions import defs

    fingerprint = plan_run(settings, parameters.resolve()).snapshot.fingerprint()
    config = {k: v for k, v in parameters.model_dump().items() if v not in (None, [])}
    stop = threading.Event()
    sessions = session_factory(make_engine(settings.database_dsn))

    def poll() -> None:
        while not stop.wait(poll_seconds):
            progress = current_progress(sessions, fingerprint)
            if progress is not None and on_progress is not None:
                on_progress(progress)

    watcher = threading.Thread(target=poll, name="bench-progress", daemon=True)
    watcher.start()
    try:
        with dg.DagsterInstance.get() as instance:
            result = defs.resolve_job_def(BENCH_JOB).execute_in_process(
                instance=instance,
                run_config={"resources": {"bench": {"config": config}}},
                raise_on_error=False,
            )
    finally:
        stop.set()
        watcher.join()
    final = current_progress(sessions, fingerprint)
    if final is not None and on_progress is not None:
        on_progress(final)
    return JobOutcome(
        success=result.success,
        dagster_run_id=result.run_id,
        run_uid=str(final["run_uid"]) if final else None,
        fingerprint=fingerprint,
        failed_steps=[e.step_key or "" for e in result.all_events if e.is_step_failure],
    )
