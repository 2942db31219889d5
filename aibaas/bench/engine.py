"""The benchmark engine: plan a run, generate every cell, score every answer, resuming from the cache.

Two phases, each usable alone (the Dagster assets `generations` and `scores` call one each):
`generate_phase` asks the models concurrently within each provider's limits, committing every
answer as it arrives; `score_phase` grades every answer in the sandbox and writes the results.
Cells found in the cache are counted as cached and never recomputed. A kill loses only the cells
in flight; an interrupt (Ctrl-C, Dagster termination) stops new calls and keeps finished ones.
"""

from __future__ import annotations

import asyncio
import hashlib
from collections import Counter, defaultdict
from collections.abc import Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from aibaas.bench.cache import CellCache, cell_key
from aibaas.bench.cells import GenCell, ScoredCell
from aibaas.bench.definition import BenchmarkDefinition, DefinitionError
from aibaas.bench.grading import (
    Reference,
    SandboxFailedError,
    answer_code,
    answer_facts,
    grade_answer,
    run_reference,
)
from aibaas.bench.notify import RunEvent, notify
from aibaas.bench.progress import Listener, Progress, ProgressReporter, ResourceMeter
from aibaas.bench.runs import RunRef, finish_run, open_run, record_progress, save_benchmark
from aibaas.bench.snapshot import SCORING_VERSION, RunSnapshot, model_version, sandbox_image
from aibaas.bench.tasks import select_tasks, task_material, taskbank_version
from aibaas.config import Settings
from aibaas.providers import CompletionRequest, CompletionResult, Message
from aibaas.providers.gateway import Gateway
from aibaas.sandbox import Sandbox
from aibaas.scoring.quality import LintFinding, ruff_findings_many
from aibaas.scoring.similarity import Corpus, load_corpus, shingle_corpus
from aibaas.store import make_engine, session_factory
from aibaas.taskbank.spec import Scenario, TaskSpec

GENERATION_CONCURRENCY = 16


@dataclass(frozen=True)
class RunPlan:
    definition: BenchmarkDefinition
    snapshot: RunSnapshot
    tasks: list[TaskSpec]
    cells: list[GenCell]

    def only(self, models: Sequence[str] | None) -> RunPlan:
        """The same run restricted to some of its models (a Dagster partition, `--models`)."""
        if not models:
            return self
        unknown = sorted(set(models) - set(self.definition.models))
        if unknown:
            raise DefinitionError(f"model(s) {unknown} are not in benchmark {self.definition.name!r}")
        return RunPlan(
            self.definition, self.snapshot, self.tasks, [c for c in self.cells if c.model in models]
        )


def build_request(
    definition: BenchmarkDefinition, model: str, task: TaskSpec, sample_index: int
) -> CompletionRequest:
    params = definition.params
    return CompletionRequest(
        model=model,
        messages=[Message(role="user", content=definition.render_prompt(task.prompt))],
        system=definition.system_instructions,
        temperature=params.temperature,
        max_tokens=params.max_tokens,
        top_p=params.top_p,
        seed=params.seed,
        timeout_seconds=params.timeout_seconds,
        material=task_material(task),
        sample_index=sample_index,
    )


def generation_key(definition: BenchmarkDefinition, model: str, task: TaskSpec, sample_index: int) -> str:
    """Everything that determines an answer: model and version, task version, prompt, system, params."""
    return cell_key(
        "generation",
        model=model,
        model_version=model_version(model),
        task=task.id,
        task_version=task.version,
        prompt=definition.render_prompt(task.prompt),
        system=definition.system_instructions,
        params=definition.params.model_dump(mode="json"),
        sample=sample_index,
    )


def plan_run(settings: Settings, definition: BenchmarkDefinition) -> RunPlan:
    """The snapshot and the cells of a run of `definition` on the current bank."""
    tasks = select_tasks(settings.taskbank_dir, definition.selection)
    snapshot = RunSnapshot(
        definition=definition,
        taskbank_version=taskbank_version(tasks),
        tasks=[f"{t.id}@{t.version}" for t in tasks],
        model_versions={m: model_version(m) for m in definition.models},
        sandbox_image=sandbox_image(settings),
    )
    cells = [
        GenCell(model, task, index, generation_key(definition, model, task, index))
        for model in definition.models
        for task in tasks
        for index in range(definition.samples_per_task)
    ]
    return RunPlan(definition, snapshot, tasks, cells)


def _generation_payload(result: CompletionResult) -> dict[str, Any]:
    return result.model_dump(mode="json", exclude={"raw_body"})


def _is_infra_failure(result: CompletionResult) -> bool:
    """Retryable failures (rate limits, timeouts, 5xx, connections) are the provider's, not the model's."""
    return result.error_class is not None and result.error_class.retryable


class _Context:
    """What both phases share: sessions, the run row, the cache and the progress fan-out."""

    def __init__(self, settings: Settings, plan: RunPlan, listeners: Sequence[Listener]) -> None:
        self.settings = settings
        self.plan = plan
        self.engine = make_engine(settings.database_dsn)
        self.sessions: sessionmaker[Session] = session_factory(self.engine)
        benchmark_id = save_benchmark(self.sessions, plan.definition)
        self.run: RunRef = open_run(self.sessions, benchmark_id, plan.snapshot, len(plan.cells))
        self.cache = CellCache(self.sessions, self.run.run_uid)
        self.meter = ResourceMeter()
        self.reporter = ProgressReporter([self._record, *listeners])

    def _record(self, progress: Progress) -> None:
        record_progress(
            self.sessions, self.run.id, phase=progress.phase, cells_done=progress.done,
            cells_failed=progress.failed, cells_cached=progress.cached, spend_usd=progress.spend_usd,
            resources={**self.meter.snapshot(), "progress": progress.as_dict()},
        )  # fmt: skip

    def close(self) -> None:
        """Release the phase's database connections."""
        self.engine.dispose()

    def fail(self, exc: BaseException) -> None:
        status = "failed" if isinstance(exc, Exception) else "cancelled"
        finish_run(self.sessions, self.run.id, status, f"{type(exc).__name__}: {exc}"[:2000])
        self.announce(status, {}, f"{type(exc).__name__}: {exc}")

    def announce(self, status: str, summary: dict[str, Any], error: str | None = None) -> None:
        event = RunEvent(
            self.run.run_uid, self.plan.definition.name, status, self.run.fingerprint, summary, error
        )
        notify(event, self.settings.data_dir)


async def _generate(ctx: _Context, gateway: Gateway, progress: Progress, concurrency: int) -> None:
    cached = ctx.cache.get_many(c.key for c in ctx.plan.cells)
    progress.cached = progress.done = sum(1 for c in ctx.plan.cells if c.key in cached)
    pending = [c for c in ctx.plan.cells if c.key not in cached]
    slots = asyncio.Semaphore(concurrency)

    async def one(cell: GenCell) -> tuple[GenCell, CompletionResult]:
        async with slots:
            ctx.meter.calls += 1
            return cell, await gateway.complete(
                build_request(ctx.plan.definition, cell.model, cell.task, cell.sample_index)
            )

    outstanding = {asyncio.ensure_future(one(c)) for c in pending}
    try:
        while outstanding:
            finished, outstanding = await asyncio.wait(outstanding, return_when=asyncio.FIRST_COMPLETED)
            batch = []
            for future in finished:
                cell, result = future.result()
                progress.spend_usd += result.cost_usd
                if _is_infra_failure(result):
                    progress.failed += 1
                else:
                    batch.append((cell.key, "generation", _generation_payload(result), result.cost_usd))
                    progress.done += 1
            ctx.cache.put_many(batch)
            ctx.reporter.report(progress)
    finally:
        # Interrupted: stop every call not finished yet; the finished ones are already committed.
        for future in outstanding:
            future.cancel()


def generate_phase(
    settings: Settings,
    definition: BenchmarkDefinition,
    models: Sequence[str] | None = None,
    listeners: Sequence[Listener] = (),
    concurrency: int = GENERATION_CONCURRENCY,
) -> tuple[RunRef, Progress]:
    """Generate every missing answer of the run (resuming it); returns the run and the phase's progress."""
    plan = plan_run(settings, definition).only(models)
    ctx = _Context(settings, plan, listeners)
    progress = Progress("generation", len(plan.cells))
    try:
        asyncio.run(_generate(ctx, Gateway.from_settings(settings), progress, concurrency))
        progress.resources = ctx.meter.snapshot()
        ctx.reporter.report(progress, force=True)
    except BaseException as exc:
        ctx.fail(exc)
        raise
    finally:
        ctx.close()
    return ctx.run, progress


def score_key(task: TaskSpec, answer: str, image: str) -> str:
    """Everything that determines a score: the answer's text, the task version, scorer and sandbox."""
    text_hash = hashlib.sha256(answer.encode("utf-8")).hexdigest()
    return cell_key("score", task=task.id, task_version=task.version, answer=text_hash,
                    scoring=SCORING_VERSION, sandbox=image)  # fmt: skip


def reference_key(task: TaskSpec, image: str) -> str:
    return cell_key(
        "reference", task=task.id, task_version=task.version, scoring=SCORING_VERSION, sandbox=image
    )


def _references(ctx: _Context, sandbox: Sandbox, tasks: list[TaskSpec]) -> dict[str, Reference]:
    image = ctx.plan.snapshot.sandbox_image
    keys = {t.id: reference_key(t, image) for t in tasks}
    cached = ctx.cache.get_many(keys.values())
    missing = [t for t in tasks if keys[t.id] not in cached]
    with ThreadPoolExecutor(max_workers=sandbox.concurrency) as pool:
        for task, reference in zip(
            missing, pool.map(lambda t: run_reference(sandbox, t), missing), strict=True
        ):
            cached[keys[task.id]] = reference.__dict__
            ctx.cache.put(keys[task.id], "reference", reference.__dict__)
    return {t.id: Reference(**cached[keys[t.id]]) for t in tasks}


def _corpora(settings: Settings, tasks: list[TaskSpec]) -> dict[str, Corpus]:
    folder = settings.data_dir / "public_solutions"
    languages = {t.language.value for t in tasks}
    return {lang: shingle_corpus(load_corpus(folder, lang), lang) for lang in languages}


def _python_lint(answers: dict[str, tuple[TaskSpec, str]]) -> dict[str, list[LintFinding]]:
    """Ruff's findings for every Python answer, from one ruff process instead of one per answer."""
    python = {
        key: answer_code(task, text)
        for key, (task, text) in answers.items()
        if task.language.value == "python"
    }
    keys = [key for key, code in python.items() if code.strip()]
    return dict(zip(keys, ruff_findings_many([python[k] for k in keys]), strict=True))


def _score(ctx: _Context, sandbox: Sandbox, progress: Progress) -> list[ScoredCell]:
    generations = ctx.cache.get_many(c.key for c in ctx.plan.cells)
    image = ctx.plan.snapshot.sandbox_image
    present = [c for c in ctx.plan.cells if c.key in generations]
    keys = {c.key: score_key(c.task, generations[c.key]["text"], image) for c in present}
    scores = ctx.cache.get_many(keys.values())
    progress.failed = len(ctx.plan.cells) - len(present)
    progress.cached = progress.done = sum(1 for c in present if keys[c.key] in scores)
    todo = {keys[c.key]: c for c in present if keys[c.key] not in scores}
    # Identical answers (two models, or two samples) share one score cell: count every cell it settles.
    sharing = Counter(keys[c.key] for c in present)
    references = _references(
        ctx, sandbox, sorted({c.task.id: c.task for c in todo.values()}.values(), key=lambda t: t.id)
    )
    corpora = _corpora(ctx.settings, [c.task for c in todo.values()])
    texts = {key: generations[cell.key]["text"] for key, cell in todo.items()}
    # Answers that differ only in prose hold the same code: grade each (task, code) once.
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key, cell in todo.items():
        code = answer_code(cell.task, texts[key])
        groups[(cell.task.id, code if cell.task.scenario is not Scenario.REVIEW else texts[key])].append(key)
    lint = _python_lint({m[0]: (todo[m[0]].task, texts[m[0]]) for m in groups.values()})
    # Twice the sandbox's workers: while some answers are in static analysis, others keep every
    # sandbox worker busy.
    with ThreadPoolExecutor(max_workers=2 * sandbox.concurrency + 1) as pool:
        futures: dict[Future[dict[str, Any]], list[str]] = {}
        for members in groups.values():
            first, task = members[0], todo[members[0]].task
            corpus, reference = corpora[task.language.value], references[task.id]
            futures[
                pool.submit(grade_answer, sandbox, task, texts[first], reference, corpus, lint.get(first))
            ] = members
        outstanding = set(futures)
        while outstanding:
            finished, outstanding = wait(outstanding, return_when=FIRST_COMPLETED)
            batch = []
            for future in finished:
                members = futures[future]
                try:
                    graded = future.result()
                except SandboxFailedError:
                    progress.failed += sum(sharing[key] for key in members)
                    continue
                for key in members:
                    scores[key] = payload = {**graded, **answer_facts(todo[key].task, texts[key])}
                    batch.append((key, "score", payload, 0.0))
                    progress.done += sharing[key]
            ctx.cache.put_many(batch)
            ctx.reporter.report(progress)
    return [ScoredCell(c, generations[c.key], scores.get(keys[c.key]), keys[c.key]) for c in present]


def score_phase(
    settings: Settings,
    sandbox: Sandbox,
    definition: BenchmarkDefinition,
    models: Sequence[str] | None = None,
    listeners: Sequence[Listener] = (),
) -> tuple[RunRef, Progress, list[ScoredCell]]:
    """Score every generated answer of the run not scored yet; returns every scored cell of the plan."""
    plan = plan_run(settings, definition).only(models)
    ctx = _Context(settings, plan, listeners)
    progress = Progress("scoring", len(plan.cells))
    try:
        scored = _score(ctx, sandbox, progress)
        progress.resources = ctx.meter.snapshot()
        ctx.reporter.report(progress, force=True)
        status = "succeeded" if progress.failed == 0 else "failed"
        error = None
        if progress.failed:
            error = (
                f"{progress.failed} cell(s) have no answer yet (materialize their models' generations) "
                "or hit infrastructure failures; run again to finish them"
            )
        finish_run(ctx.sessions, ctx.run.id, status, error)
        ctx.announce(status, progress.as_dict(), error)
    except BaseException as exc:
        ctx.fail(exc)
        raise
    finally:
        ctx.close()
    return ctx.run, progress, scored
