"""Organisations' private benchmarks: define, start, watch, read results, compare, and count usage.

A private benchmark is a `BenchmarkDefinition` named `org<id>-<name>` (so its runs never enter the
public marts, see `aibaas.judging.app_marts`), written to `<data dir>/org_benchmarks/` and run by
`aibaas bench run --definition FILE` in a background process: the same Dagster job as the CLI and
the Dagster UI, resumable, and independent of the browser session. Progress is read from the run's
row in the operational database. Every function checks the caller's organisation role first.
"""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
import polars as pl
import yaml
from pydantic import ValidationError
from sqlalchemy.orm import Session, sessionmaker

from aibaas.auth import OrgScope, Permission
from aibaas.auth.orgs import OrgSettings
from aibaas.bench.ab import ABReport, ab_report
from aibaas.bench.definition import BenchmarkDefinition, DefinitionError, TaskSelection, explain
from aibaas.bench.engine import plan_run
from aibaas.bench.orchestrate import current_progress
from aibaas.bench.results import model_summary
from aibaas.bench.runs import run_history
from aibaas.bench.warehouse import read_samples
from aibaas.config import Settings, export_environment
from aibaas.errors import AibaasError
from aibaas.judging.app_marts import private_benchmark_name
from aibaas.store.engine import session_scope
from aibaas.store.models import AuditLog, utcnow

INSTRUCTIONS_MAX = 8000
NAME = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,79}$")
BENCHMARK_STARTED = "benchmark.started"
ACTIVE = ("queued", "running")


class BenchmarkRefusedError(AibaasError):
    """A run the organisation may not start now (quota, budget) or a run it does not own."""


@dataclass(frozen=True)
class BenchmarkRequest:
    """What a member fills in to start a private benchmark."""

    name: str
    models: tuple[str, ...]
    languages: tuple[str, ...] = ()
    scenarios: tuple[str, ...] = ()
    difficulties: tuple[str, ...] = ()
    limit: int | None = None
    samples: int = 1
    instructions: str = ""


@dataclass
class StartedRun:
    """A benchmark process started for the organisation; `process` is polled, never waited on."""

    benchmark: str
    fingerprint: str
    log_path: Path
    process: subprocess.Popen[bytes]

    def progress(self, sessions: sessionmaker[Session]) -> dict[str, Any] | None:
        """The run's progress row (None until the process has opened the run)."""
        return current_progress(sessions, self.fingerprint)

    def log_tail(self, lines: int = 15) -> str:
        text = self.log_path.read_text(encoding="utf-8", errors="replace") if self.log_path.exists() else ""
        return "\n".join(text.splitlines()[-lines:])


def instruction_problems(text: str) -> list[str]:
    """What is wrong with custom system instructions, in words (empty: fine, or none given)."""
    problems = []
    if len(text) > INSTRUCTIONS_MAX:
        problems.append(f"instructions are {len(text)} characters; keep them under {INSTRUCTIONS_MAX}")
    controls = sorted({f"U+{ord(c):04X}" for c in text if ord(c) < 32 and c not in "\n\t"})
    if controls:
        problems.append(f"instructions contain control characters ({', '.join(controls)}); remove them")
    if "{prompt}" in text:
        problems.append(
            "instructions are a system message: the task prompt is added by the benchmark, drop {prompt}"
        )
    return problems


def org_definition(scope: OrgScope, request: BenchmarkRequest) -> BenchmarkDefinition:
    """The validated private definition for the request.

    Raises:
        DefinitionError: naming the field and the value that is wrong.
    """
    problems = instruction_problems(request.instructions)
    name = request.name.strip()
    if not NAME.match(name):
        problems.append(
            f"name: {name[:40]!r} must be lowercase letters, digits, '.', '_' or '-' (e.g. nightly-python)"
        )
    if problems:
        raise DefinitionError("; ".join(problems))
    try:
        return BenchmarkDefinition(
            name=private_benchmark_name(scope.organization_id, name),
            models=list(request.models),
            selection=TaskSelection(
                languages=list(request.languages),
                scenarios=list(request.scenarios),
                difficulties=list(request.difficulties),
                limit=request.limit,
            ),
            samples_per_task=request.samples,
            system_instructions=request.instructions.strip() or None,
        )
    except ValidationError as exc:
        raise DefinitionError(explain(exc)) from None


def org_runs(sessions: sessionmaker[Session], scope: OrgScope) -> list[dict[str, Any]]:
    """The organisation's benchmark runs, newest first (benchmark shown without its org prefix)."""
    scope.require(Permission.BENCHMARKS_VIEW)
    prefix = private_benchmark_name(scope.organization_id, "")
    return [
        {**run, "benchmark": run["benchmark"].removeprefix(prefix)}
        for run in run_history(sessions, limit=10_000)
        if run["benchmark"].startswith(prefix)
    ]


def _month_start(now: datetime) -> datetime:
    return now.astimezone(UTC).replace(day=1, hour=0, minute=0, second=0, microsecond=0)


def usage(sessions: sessionmaker[Session], scope: OrgScope, settings: OrgSettings) -> dict[str, Any]:
    """This month's runs, cells and spend against the organisation's quotas."""
    runs = org_runs(sessions, scope)
    month = [r for r in runs if r["started_at"] and r["started_at"] >= _month_start(datetime.now(UTC))]
    return {
        "runs_this_month": len(month),
        "cells_this_month": sum(r["cells_done"] or 0 for r in month),
        "spend_this_month_usd": sum(r["spend_usd"] or 0.0 for r in month),
        "monthly_budget_usd": settings.quotas.monthly_budget_usd,
        "running": sum(r["status"] in ACTIVE for r in runs),
        "max_concurrent_runs": settings.quotas.max_concurrent_runs,
    }


def _refusal(current: dict[str, Any]) -> str | None:
    if current["running"] >= current["max_concurrent_runs"]:
        return (
            f"{current['running']} run(s) already running, the organisation's limit is "
            f"{current['max_concurrent_runs']}; wait for one to finish or ask an admin to raise the quota"
        )
    if current["spend_this_month_usd"] >= current["monthly_budget_usd"]:
        return (
            f"this month's spend ${current['spend_this_month_usd']:.2f} has reached the budget "
            f"${current['monthly_budget_usd']:.2f}; ask an admin to raise it in the organisation settings"
        )
    return None


def start_benchmark(
    settings: Settings,
    sessions: sessionmaker[Session],
    scope: OrgScope,
    org_settings: OrgSettings,
    request: BenchmarkRequest,
) -> StartedRun:
    """Validate, check quotas, write the definition and start `aibaas bench run` in the background.

    Raises:
        PermissionDeniedError: the role may not run benchmarks.
        DefinitionError: the request is invalid (the message names the field).
        BenchmarkRefusedError: the concurrency quota or the monthly budget is used up.
    """
    scope.require(Permission.BENCHMARKS_RUN)
    definition = org_definition(scope, request)
    refusal = _refusal(usage(sessions, scope, org_settings))
    if refusal:
        raise BenchmarkRefusedError(refusal)
    fingerprint = plan_run(settings, definition).snapshot.fingerprint()
    folder = settings.data_dir / "org_benchmarks"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{definition.name}.yaml"
    path.write_text(yaml.safe_dump(definition.model_dump(mode="json"), sort_keys=False), encoding="utf-8")
    log_path = settings.data_dir / "logs" / f"{definition.name}-{datetime.now(UTC):%Y%m%dT%H%M%S}.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    command = [
        sys.executable,
        "-c",
        "from aibaas.cli import main; main()",
        "bench",
        "run",
        "--definition",
        str(path),
    ]
    with log_path.open("wb") as log:
        # A new session: the run outlives the page (and the server); it resumes if started again.
        process = subprocess.Popen(
            command,
            stdout=log,
            stderr=subprocess.STDOUT,
            env=export_environment(settings),
            start_new_session=True,
        )
    with session_scope(sessions) as db:
        db.add(
            AuditLog(
                occurred_at=utcnow(),
                actor_id=scope.user_id,
                organization_id=scope.organization_id,
                action=BENCHMARK_STARTED,
                target=f"benchmark:{request.name.strip()}",
                details={"fingerprint": fingerprint, "models": definition.models},
            )
        )
    return StartedRun(definition.name, fingerprint, log_path, process)


def _owned(sessions: sessionmaker[Session], scope: OrgScope, run_uid: str) -> dict[str, Any]:
    for run in org_runs(sessions, scope):
        if run["run_uid"] == run_uid:
            return run
    raise BenchmarkRefusedError(f"run {run_uid[:12]} is not one of this organisation's runs")


def _samples(settings: Settings, run_uid: str) -> pl.DataFrame:
    try:
        return read_samples(settings.warehouse, run_uid)
    except duckdb.IOException:
        raise BenchmarkRefusedError(
            "the results store is busy with a running benchmark; try again when it finishes"
        ) from None


def run_results(
    settings: Settings, sessions: sessionmaker[Session], scope: OrgScope, run_uid: str
) -> pl.DataFrame:
    """Per model of one of the organisation's runs: tasks, mean score, pass@1, cost."""
    _owned(sessions, scope, run_uid)
    return model_summary(_samples(settings, run_uid), [1])


def compare_runs(
    settings: Settings, sessions: sessionmaker[Session], scope: OrgScope, baseline_uid: str, variant_uid: str
) -> ABReport:
    """The A/B report of two of the organisation's runs (variant - baseline, paired by model and task)."""
    _owned(sessions, scope, baseline_uid)
    _owned(sessions, scope, variant_uid)
    return ab_report(_samples(settings, baseline_uid), _samples(settings, variant_uid))
