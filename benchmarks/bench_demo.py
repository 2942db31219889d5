"""The demo benchmark end to end (every task in the bank, the five mock models, one sample each),
where its wall time goes, and what a resume after an interruption at 50 % redoes (counted).

Run: .venv/bin/python benchmarks/bench_demo.py [--languages python,ruby] [--resume-only]
Phases are timed around the engine's own functions on a fresh data folder. The sandbox's share is
the execution time it reports (compile and test steps, summed, divided by its worker count): the
baseline the total is compared with. The resume part interrupts generation, then scoring, at half way (as
Ctrl-C or a Dagster termination would) and counts provider calls and scorings of the resumed runs.
"""

import argparse
import os
import tempfile
import threading
import time
from collections import defaultdict
from contextlib import suppress
from pathlib import Path

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")

from sqlalchemy import select

from aibaas.bench.definition import BenchmarkDefinition, TaskSelection, demo_definition
from aibaas.bench.engine import generate_phase, plan_run, score_phase
from aibaas.bench.pipeline import score_and_store
from aibaas.bench.progress import Progress
from aibaas.config import PROJECT_ROOT, Settings, load_settings
from aibaas.platform import prepare
from aibaas.providers.gateway import audit_path
from aibaas.sandbox import ExecutionRequest, ExecutionResult, Sandbox, open_sandbox
from aibaas.store import make_engine, session_factory
from aibaas.store.bench_models import BenchCell


class TimedSandbox(Sandbox):
    """The real sandbox, adding up the wall time each language's executions took inside it (as the
    sandbox reports it: compile and test steps, without queueing)."""

    def __init__(self, inner: Sandbox) -> None:
        super().__init__(inner.backend, inner.concurrency, inner.warm, inner.cache, inner.retries)
        self.busy: dict[str, float] = defaultdict(float)
        self.count: dict[str, int] = defaultdict(int)
        self._lock = threading.Lock()

    def run(self, request: ExecutionRequest) -> ExecutionResult:
        result = super().run(request)
        with self._lock:
            self.busy[request.language.value] += result.wall_time_s
            self.count[request.language.value] += 1
        return result


def fresh_settings(name: str) -> Settings:
    settings = load_settings(
        data_dir=Path(tempfile.mkdtemp(prefix=f"aibaas-{name}-")), taskbank_dir=PROJECT_ROOT / "taskbank"
    )
    prepare(settings)
    return settings


def calls(settings: Settings) -> int:
    path = audit_path(settings)
    return len(path.read_text(encoding="utf-8").splitlines()) if path.exists() else 0


def interrupt_at_half(progress: Progress) -> None:
    if progress.done - progress.cached >= progress.total // 2:
        raise KeyboardInterrupt


def definition_for(languages: list[str]) -> BenchmarkDefinition:
    """The demo benchmark on every task of the bank, optionally on some languages only."""
    demo = demo_definition(per_cell=None)
    return demo.model_copy(update={"selection": TaskSelection(languages=languages)}) if languages else demo


def end_to_end(definition: BenchmarkDefinition) -> None:
    settings = fresh_settings("demo")
    plan = plan_run(settings, definition)
    start = time.perf_counter()
    _, generated = generate_phase(settings, definition)
    generation = time.perf_counter() - start
    with open_sandbox(settings) as inner:
        sandbox = TimedSandbox(inner)
        start = time.perf_counter()
        outcome = score_and_store(settings, sandbox, definition)
        scoring = time.perf_counter() - start
        sandbox.close()
    total = generation + scoring
    busy = sum(sandbox.busy.values()) / sandbox.concurrency
    print(
        f"demo benchmark: {len(plan.tasks)} tasks x {len(definition.models)} models = {generated.total} cells"
    )
    rate = generated.total / generation
    print(
        f"generation         {generation:7.1f} s  ({rate:.0f} answers/s, ${generated.spend_usd:.2f} notional)"
    )
    print(f"scoring + storing  {scoring:7.1f} s  ({outcome.progress.done / scoring:.1f} samples/s)")
    executions = sum(sandbox.count.values())
    print(f"  sandbox busy     {busy:7.1f} s  ({executions} executions on {sandbox.concurrency} workers)")
    for language in sorted(sandbox.busy):
        share = sandbox.busy[language] / sandbox.concurrency
        print(f"    {language:<11} {share:7.1f} s  ({sandbox.count[language]} executions)")
    print(f"  static analysis, grading, storage (rest) {scoring - busy:7.1f} s")
    print(f"total              {total:7.1f} s  = {total / busy:.2f}x the sandbox's busy time (baseline)")
    print(outcome.summary)


def stored_scores(settings: Settings) -> set[str]:
    sessions = session_factory(make_engine(settings.database_dsn))
    with sessions() as session:
        return set(session.scalars(select(BenchCell.key).where(BenchCell.kind == "score")))


def resume_counts(definition: BenchmarkDefinition) -> None:
    settings = fresh_settings("resume")
    total = len(plan_run(settings, definition).cells)
    try:
        generate_phase(settings, definition, listeners=[interrupt_at_half])
    except KeyboardInterrupt:
        paid = calls(settings)
    _, resumed = generate_phase(settings, definition)
    asked = calls(settings) - paid
    print(f"generation interrupted after {paid} of {total} calls; the resume found {resumed.cached} answers")
    print(f"  and made {asked} calls: finished answers asked again = {asked - (total - resumed.cached)}")
    with open_sandbox(settings) as sandbox:
        with suppress(KeyboardInterrupt):
            score_phase(settings, sandbox, definition, listeners=[interrupt_at_half])
        before = stored_scores(settings)
        _, scored, cells = score_phase(settings, sandbox, definition)
    finished = sum(1 for cell in cells if cell.score_key in before)
    print(
        f"scoring interrupted with {finished} of {total} cells scored; the resume took {scored.cached} from"
    )
    redone = finished - scored.cached
    print(f"  the cache and scored {scored.done - scored.cached}: finished scorings redone = {redone}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--languages", default="", help="comma-separated languages (default: every one)")
    parser.add_argument("--resume-only", action="store_true", help="only the interrupted-and-resumed runs")
    args = parser.parse_args()
    chosen = definition_for([lang for lang in args.languages.split(",") if lang])
    if not args.resume_only:
        end_to_end(chosen)
    resume_counts(chosen)
