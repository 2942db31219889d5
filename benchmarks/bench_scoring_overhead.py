"""Scoring throughput for Python samples against the sandbox's raw throughput, same run, same work.

Run: .venv/bin/python benchmarks/bench_scoring_overhead.py
Samples are the five mock models' answers (four samples each) to every Python code-generation task.
Two baselines, both `Sandbox.run_many` on warm sandboxes:
- raw, per sample: every sample's code against the hidden tests, plus each task's reference once
  (what executing the samples costs without a scorer);
- raw, distinct: each distinct (task, code) once, plus the references: the executions the scorer
  itself makes, since answers that differ only in prose share one grading.
The measured side is `score_phase`: extraction, those executions, ruff (one batch), lizard, bandit,
similarity to the reference and to HumanEval, and the cell cache. Target: scoring / raw <= 1.2.
"""

import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")

from aibaas.bench.cache import CellCache
from aibaas.bench.definition import BenchmarkDefinition, TaskSelection, demo_definition
from aibaas.bench.engine import generate_phase, plan_run, score_phase
from aibaas.bench.grading import GRADING_LIMITS
from aibaas.bench.tasks import entry_symbol
from aibaas.config import PROJECT_ROOT, load_settings
from aibaas.platform import prepare
from aibaas.sandbox import ExecutionRequest, Sandbox, open_sandbox
from aibaas.scoring.extraction import extract_code
from aibaas.store import make_engine, session_factory
from aibaas.taskbank.execution import hidden_test_source, request_for

# Four samples per task, so fixed costs (planning, corpus loading) are amortized as in a real run.
SAMPLES = 4


def timed_run(sandbox: Sandbox, requests: list[ExecutionRequest]) -> float:
    start = time.perf_counter()
    sandbox.run_many(requests)
    return time.perf_counter() - start


def main() -> None:
    data = Path(tempfile.mkdtemp(prefix="aibaas-bench-scoring-"))
    settings = load_settings(data_dir=data, taskbank_dir=PROJECT_ROOT / "taskbank")
    prepare(settings)
    definition = BenchmarkDefinition(
        name="scoring-overhead",
        models=demo_definition().models,
        selection=TaskSelection(languages=["python"], scenarios=["codegen"]),
        samples_per_task=SAMPLES,
    )
    generate_phase(settings, definition)
    plan = plan_run(settings, definition)
    answers = CellCache(session_factory(make_engine(settings.database_dsn)), "bench").get_many(
        c.key for c in plan.cells
    )
    references = [
        request_for(t.language, t.private.reference_solution, hidden_test_source(t)) for t in plan.tasks
    ]
    samples = [
        request_for(
            c.task.language,
            extract_code(answers[c.key]["text"], "python", entry_symbol(c.task)).code,
            hidden_test_source(c.task),
        )
        for c in plan.cells
    ]
    per_sample = [r.model_copy(update={"limits": GRADING_LIMITS}) for r in references + samples]
    distinct = list({r.fingerprint(): r for r in per_sample}.values())
    with open_sandbox(settings) as sandbox:
        sandbox.run_many(per_sample[: sandbox.concurrency])  # warm every worker's sandbox
        raw_all = timed_run(sandbox, per_sample)
        raw_distinct = timed_run(sandbox, distinct)
        start = time.perf_counter()
        _, progress, _ = score_phase(settings, sandbox, definition)
        scoring = time.perf_counter() - start
    count = len(plan.cells)
    shape = f"{len(plan.tasks)} tasks x 5 models x {SAMPLES}"
    print(f"python codegen samples: {count} ({shape}); scored {progress.done}")
    print(f"raw, per sample : {len(per_sample):4d} runs {raw_all:6.2f} s  {count / raw_all:6.1f} samples/s")
    print(f"raw, distinct   : {len(distinct):4d} runs {raw_distinct:6.2f} s")
    print(f"full scoring    :           {scoring:6.2f} s  {count / scoring:6.1f} samples/s")
    print(f"ratio scoring / raw per sample: {scoring / raw_all:.2f} (target <= 1.2)")
    print(f"ratio scoring / raw distinct  : {scoring / raw_distinct:.2f} (the scorer's own overhead)")


if __name__ == "__main__":
    main()
