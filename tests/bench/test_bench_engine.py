"""The engine generates and scores a real bank with the mock models, and never pays twice."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest
from sqlalchemy import select

from aibaas.bench.cache import computed_by
from aibaas.bench.definition import BenchmarkDefinition, TaskSelection
from aibaas.bench.engine import generate_phase, score_phase
from aibaas.bench.notify import RunEvent, events_file, register_hook, unregister_hook
from aibaas.bench.pipeline import score_and_store
from aibaas.bench.progress import Progress
from aibaas.bench.results import model_summary, sample_rows
from aibaas.bench.tasks import select_tasks
from aibaas.config import Settings
from aibaas.providers.gateway import audit_path
from aibaas.sandbox import open_sandbox
from aibaas.store import make_engine, session_factory
from aibaas.store.models import BenchmarkRun
from aibaas.taskbank.spec import TaskSpec

MODELS = ["mock/oracle", "mock/broken"]


def _definition(name: str = "unit", **changes: object) -> BenchmarkDefinition:
    return BenchmarkDefinition(name=name, models=MODELS, **changes)  # type: ignore[arg-type]


def _calls(settings: Settings) -> int:
    path = audit_path(settings)
    return len(path.read_text(encoding="utf-8").splitlines()) if path.exists() else 0


def test_a_run_scores_every_cell_and_ranks_the_oracle_above_the_broken_model(
    bench_settings: Settings,
) -> None:
    definition = _definition()
    run, generated = generate_phase(bench_settings, definition)
    assert (generated.total, generated.done, generated.failed, generated.cached) == (12, 12, 0, 0)
    assert generated.spend_usd > 0
    assert generated.resources["network_calls"] == 12
    with open_sandbox(bench_settings) as sandbox:
        outcome = score_and_store(bench_settings, sandbox, definition)
    assert outcome.run.run_uid == run.run_uid  # the scoring phase resumed the same run
    samples = outcome.samples
    assert samples.height == 12
    assert not samples["infra_failure"].any()
    codegen = samples.filter(pl.col("scenario") == "codegen")
    # Real extraction from real answer shapes; the oracle's code passes every hidden test.
    oracle = codegen.filter(pl.col("model") == "mock/oracle")
    assert oracle["passed"].all()
    assert (oracle["tests_passed"] == oracle["tests_total"]).all()
    assert oracle["similarity_reference"].min() == 1.0
    # The oracle answers every scenario right, reviews included (their findings come wrapped in an object).
    assert samples.filter(pl.col("model") == "mock/oracle")["passed"].all()
    summary = {row["model"]: row for row in model_summary(samples, [1]).iter_rows(named=True)}
    assert summary["mock/oracle"]["score"] > summary["mock/broken"]["score"]
    assert summary["mock/oracle"]["pass@1"] > summary["mock/broken"]["pass@1"]
    assert samples["score"].is_between(0, 100).all()
    assert set(outcome.contract.columns) >= {"run_id", "model", "task_id", "sample", "passed", "score"}


def test_a_rerun_and_a_second_benchmark_reuse_every_cell(bench_settings: Settings) -> None:
    definition = _definition()
    generate_phase(bench_settings, definition)
    with open_sandbox(bench_settings) as sandbox:
        first, _, _ = score_phase(bench_settings, sandbox, definition)
        calls = _calls(bench_settings)
        # Same configuration under another name: comparable numbers, nothing paid again.
        other = _definition(name="unit-copy")
        second, generated = generate_phase(bench_settings, other)
        _, scored, cells = score_phase(bench_settings, sandbox, other)
    assert second.run_uid != first.run_uid
    assert second.fingerprint == first.fingerprint
    assert (generated.cached, scored.cached) == (12, 12)
    assert _calls(bench_settings) == calls
    sessions = session_factory(make_engine(bench_settings.database_dsn))
    assert computed_by(sessions, second.run_uid) == {}
    assert len(cells) == 12


def test_changed_system_instructions_pay_only_for_new_generations(bench_settings: Settings) -> None:
    generate_phase(bench_settings, _definition())
    calls = _calls(bench_settings)
    run, generated = generate_phase(bench_settings, _definition(system_instructions="Prefer clarity."))
    assert (generated.done, generated.cached) == (12, 0)
    assert _calls(bench_settings) == calls + 12
    assert run.resumed is False


def test_one_model_can_be_redone_alone(bench_settings: Settings) -> None:
    definition = _definition()
    _, only_oracle = generate_phase(bench_settings, definition, models=["mock/oracle"])
    assert only_oracle.total == 6
    _, everything = generate_phase(bench_settings, definition)
    assert (everything.total, everything.cached) == (12, 6)


def test_finished_runs_are_announced_to_hooks(bench_settings: Settings) -> None:
    seen: list[RunEvent] = []
    hook = register_hook(seen.append)
    try:
        definition = _definition()
        generate_phase(bench_settings, definition)
        with open_sandbox(bench_settings) as sandbox:
            run, _, _ = score_phase(bench_settings, sandbox, definition)
    finally:
        unregister_hook(hook)
    assert [(e.run_uid, e.status) for e in seen] == [(run.run_uid, "succeeded")]
    lines = events_file(bench_settings.data_dir).read_text(encoding="utf-8").splitlines()
    assert json.loads(lines[-1])["fingerprint"] == run.fingerprint


def test_infrastructure_failures_are_not_scored_against_the_model(
    bench_settings: Settings, tmp_path: Path
) -> None:
    definition = _definition()
    run, _ = generate_phase(bench_settings, definition)
    with open_sandbox(bench_settings) as sandbox:
        _, _, cells = score_phase(bench_settings, sandbox, definition)
    # A cell whose scoring failed in the sandbox has no score: it is marked, not counted as a 0.
    failed = [cells[0].__class__(cells[0].cell, cells[0].generation, None, cells[0].score_key), *cells[1:]]
    rows = sample_rows(run, "unit", failed, definition.weights)
    assert rows["infra_failure"].sum() == 1
    assert rows.filter(pl.col("infra_failure"))["score"].null_count() == 1
    summary = model_summary(rows, [1])
    model = cells[0].cell.model
    assert summary.filter(pl.col("model") == model)["tasks"].item() == 5


def test_an_interrupted_run_is_cancelled_keeps_its_answers_and_resumes(bench_settings: Settings) -> None:
    definition = _definition()

    def interrupt(progress: Progress) -> None:
        if progress.done > 0:
            raise KeyboardInterrupt  # what Ctrl-C or terminating the Dagster run raises

    with pytest.raises(KeyboardInterrupt):
        generate_phase(bench_settings, definition, listeners=[interrupt])
    sessions = session_factory(make_engine(bench_settings.database_dsn))
    with sessions() as session:
        run = session.scalars(select(BenchmarkRun)).one()
        assert run.status == "cancelled"
    kept, calls = computed_by(sessions, run.run_uid)["generation"], _calls(bench_settings)
    resumed, progress = generate_phase(bench_settings, definition)
    assert (resumed.run_uid, resumed.resumed) == (run.run_uid, True)
    assert progress.cached == kept
    assert _calls(bench_settings) - calls == 12 - kept


def test_per_cell_selection_keeps_every_cell_and_caps_each(bench_settings: Settings) -> None:
    every = select_tasks(bench_settings.taskbank_dir, TaskSelection())
    capped = select_tasks(bench_settings.taskbank_dir, TaskSelection(per_cell=1))

    def cell(task: TaskSpec) -> tuple[str, str, str]:
        return (task.language.value, task.scenario.value, task.difficulty.value)

    assert {cell(t) for t in capped} == {cell(t) for t in every}
    assert len(capped) == len({cell(t) for t in capped}) < len(every)
