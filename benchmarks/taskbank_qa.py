"""Full QA of the task bank, timed per language, against the same QA unbatched and bare reference runs.

QA = the static checks of every task plus, in the warm sandbox pool, each reference twice and each
mutant once (`aibaas.taskbank.quality.full_qa`), with variants batched (`aibaas.taskbank.batching`).
Baselines in the same command: the same sandbox QA with every variant run alone (`--unbatched`
sample, default: the same tasks), and each reference once, nothing else. Each part starts with an
empty compile cache (its own temporary data folder), so none profits from another's compiled
references. Printed per language: tasks, QA seconds, unbatched seconds, bare seconds, the ratios,
and the projection to 450 tasks per language (the full 3,150-task bank) from the seconds per task.

Run: .venv/bin/python benchmarks/taskbank_qa.py [--sample N] [--unbatched N] [--language L] [--output Q]
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from collections import defaultdict
from pathlib import Path

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")

from aibaas.config import load_settings
from aibaas.sandbox import open_sandbox
from aibaas.taskbank.bank import load_bank
from aibaas.taskbank.execution import hidden_test_source, request_for
from aibaas.taskbank.qa import execution_problems, stratified_sample
from aibaas.taskbank.quality import finding_counts, full_qa
from aibaas.taskbank.spec import TaskSpec

FULL_BANK_PER_LANGUAGE = 450


def baseline_seconds(tasks: list[TaskSpec], data_dir: Path) -> dict[str, float]:
    """Each reference run once against its hidden tests, per language."""
    by_language: dict[str, list[TaskSpec]] = defaultdict(list)
    for task in tasks:
        by_language[task.language.value].append(task)
    seconds = {}
    with open_sandbox(load_settings(data_dir=data_dir)) as sandbox:
        for language, group in sorted(by_language.items()):
            started = time.perf_counter()
            sandbox.run_many(
                [
                    request_for(t.language, t.private.reference_solution, hidden_test_source(t), t.id)
                    for t in group
                ]
            )
            seconds[language] = time.perf_counter() - started
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=0, help="stratified sample size; 0: the whole bank")
    parser.add_argument("--unbatched", type=int, default=-1, help="tasks of the unbatched baseline; -1: same")
    parser.add_argument("--language", action="append", help="only these languages (repeatable)")
    parser.add_argument("--output", type=Path, help="also write the task-quality table (Parquet) here")
    args = parser.parse_args()

    bank = load_bank(load_settings().taskbank_dir)
    tasks = [t for t in bank.tasks if not args.language or t.language.value in args.language]
    tasks = stratified_sample(tasks, args.sample)
    print(
        f"tasks: {len(tasks)} of {len(bank.tasks)}, cores: {os.cpu_count()}, "
        f"load average: {os.getloadavg()[0]:.1f}"
    )

    with tempfile.TemporaryDirectory() as qa_dir, tempfile.TemporaryDirectory() as base_dir:
        started = time.perf_counter()
        with open_sandbox(load_settings(data_dir=Path(qa_dir))) as sandbox:
            mart, report = full_qa(sandbox, tasks)
        qa_total = time.perf_counter() - started
        if args.output is not None:
            mart.write_parquet(args.output)
        baseline = baseline_seconds(tasks, Path(base_dir))
    unbatched_tasks = tasks if args.unbatched < 0 else stratified_sample(tasks, args.unbatched)
    with (
        tempfile.TemporaryDirectory() as alone_dir,
        open_sandbox(load_settings(data_dir=Path(alone_dir))) as box,
    ):
        unbatched = execution_problems(box, unbatched_tasks, batch_size=1)
    alone_counts: dict[str, int] = defaultdict(int)
    for task in unbatched_tasks:
        alone_counts[task.language.value] += 1

    counts = mart.group_by("language").len().to_dict(as_series=False)
    per_language = dict(zip(counts["language"], counts["len"], strict=True))
    print(
        f"{'language':<11} {'tasks':>5} {'QA s':>8} {'alone s/task':>12} {'speed-up':>8} {'bare s':>8} "
        f"{'QA/bare':>8} {'450 tasks, min':>15}"
    )
    for language, seconds in sorted(report.seconds_per_language.items()):
        n = per_language[language]
        projected = seconds / n * FULL_BANK_PER_LANGUAGE / 60
        alone = unbatched.seconds_per_language[language] / alone_counts[language]
        print(
            f"{language:<11} {n:>5} {seconds:>8.1f} {alone:>12.2f} {alone / (seconds / n):>8.2f} "
            f"{baseline[language]:>8.1f} {seconds / baseline[language]:>8.2f} {projected:>15.1f}"
        )
    sandbox_total = sum(report.seconds_per_language.values())
    projected_total = sum(
        s / per_language[lang] * FULL_BANK_PER_LANGUAGE for lang, s in report.seconds_per_language.items()
    )
    print(
        f"total: QA {qa_total:.1f} s (static {qa_total - sandbox_total:.1f} s, "
        f"sandbox {sandbox_total:.1f} s, {report.runs} runs), bare {sum(baseline.values()):.1f} s, "
        f"QA/bare {sandbox_total / sum(baseline.values()):.2f}"
    )
    print(f"projected full bank (3,150 tasks): {projected_total / 60:.1f} min")
    print(f"findings: {finding_counts(mart)}")
    print(f"load average at the end: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
