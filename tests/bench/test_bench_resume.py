"""`aibaas bench run` survives SIGKILL: a resumed run redoes no finished generation or scoring.

Counted, not timed: provider calls come from the gateway's audit log (one line per call), finished
cells from the cell cache. Three real `aibaas bench run` processes (killed during generation,
killed during scoring, completed), then the exports of the finished run.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import polars as pl
import pytest
from sqlalchemy import select

from aibaas.config import Settings
from aibaas.providers.gateway import audit_path
from aibaas.store import make_engine, session_factory
from aibaas.store.bench_models import BenchCell
from aibaas.store.models import BenchmarkRun

AIBAAS = str(Path(sys.executable).parent / "aibaas")
MODELS = "mock/oracle,mock/average,mock/weak"
RUN = ["bench", "run", "--models", MODELS, "--per-cell", "2"]  # every task of the test bank
TOTAL = 18  # three models x six tasks x one sample


def _environment(settings: Settings, tmp_path: Path) -> dict[str, str]:
    # Real-time mock latency, two calls at a time: generation lasts seconds, long enough to kill.
    providers = tmp_path / "providers.yaml"
    providers.write_text(
        "providers:\n  - name: mock\n    kind: mock\n    max_concurrency: 2\n"
        "    options: {latency_scale: 1.0}\n",
        encoding="utf-8",
    )
    return {
        **os.environ,
        "AIBAAS_DATA_DIR": str(settings.data_dir),
        "AIBAAS_TASKBANK_DIR": str(settings.taskbank_dir),
        "AIBAAS_PROVIDERS_FILE": str(providers),
        "LITELLM_LOCAL_MODEL_COST_MAP": "True",
    }


def _cells(settings: Settings, kind: str) -> set[str]:
    sessions = session_factory(make_engine(settings.database_dsn))
    with sessions() as session:
        return set(session.scalars(select(BenchCell.key).where(BenchCell.kind == kind)))


def _calls(settings: Settings) -> int:
    path = audit_path(settings)
    return len(path.read_text(encoding="utf-8").splitlines()) if path.exists() else 0


def _run_until(settings: Settings, env: dict[str, str], kind: str, at_least: int) -> None:
    """Start `aibaas bench run` and SIGKILL it once `at_least` cells of `kind` are stored."""
    process = subprocess.Popen(
        [AIBAAS, *RUN],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
    )  # fmt: skip
    try:
        while process.poll() is None:
            if len(_cells(settings, kind)) >= at_least:
                os.killpg(process.pid, signal.SIGKILL)
                break
            time.sleep(0.02)
    finally:
        process.wait(timeout=120)
    assert process.returncode == -signal.SIGKILL, process.stderr.read().decode() if process.stderr else ""


def _last_run(settings: Settings) -> BenchmarkRun:
    sessions = session_factory(make_engine(settings.database_dsn))
    with sessions() as session:
        run = session.scalars(select(BenchmarkRun).order_by(BenchmarkRun.id.desc())).first()
        assert run is not None
        session.expunge(run)
        return run


# Slow (~40 s idle, minutes on a loaded machine): three CLI runs that each start Dagster, and an export.
@pytest.mark.slow
def test_killed_runs_resume_without_redoing_finished_cells(bench_settings: Settings, tmp_path: Path) -> None:
    env = _environment(bench_settings, tmp_path)

    _run_until(bench_settings, env, "generation", TOTAL // 2)
    generated, calls = len(_cells(bench_settings, "generation")), _calls(bench_settings)
    assert TOTAL // 2 <= generated < TOTAL

    _run_until(bench_settings, env, "score", 3)
    # The resumed process asked only for the answers that were not committed when it was killed.
    assert len(_cells(bench_settings, "generation")) == TOTAL
    assert _calls(bench_settings) - calls == TOTAL - generated
    scored_before = _cells(bench_settings, "score")
    calls = _calls(bench_settings)

    finished = subprocess.run([AIBAAS, *RUN], env=env, capture_output=True, text=True)
    assert finished.returncode == 0, finished.stderr
    assert "mock/oracle" in finished.stdout
    assert _calls(bench_settings) == calls  # every answer was already paid for

    run = _last_run(bench_settings)
    assert (run.status, run.cells_total, run.cells_done, run.cells_failed) == ("succeeded", TOTAL, TOTAL, 0)
    exported = tmp_path / "results.json"
    subprocess.run([AIBAAS, "bench", "export", str(exported), "--format", "json", "--run", run.run_uid],
                   env=env, check=True, capture_output=True)  # fmt: skip
    samples = pl.DataFrame(json.loads(exported.read_text(encoding="utf-8")))
    assert samples.height == TOTAL
    assert set(samples["model"]) == set(MODELS.split(","))
    # Cells whose score was stored before the kill were taken from the cache, not scored again.
    reused = samples.filter(pl.col("score_key").is_in(list(scored_before))).height
    assert reused >= 3
    assert run.resources["progress"]["cached"] == reused
    assert run.resources["progress"]["done"] == TOTAL
