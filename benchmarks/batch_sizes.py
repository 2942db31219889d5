"""Sandbox QA of a stratified sample at several batch sizes, to choose `batching.BATCH_SIZES`.

Each size runs the same tasks (each reference twice, each mutant once, as full QA does) with its own
empty compile cache, and prints its seconds, its ratio against the first size given (the baseline),
and how many problems it found: a batch size may change the cost, never the problems.

Run: .venv/bin/python benchmarks/batch_sizes.py --language L [--sample N] [--sizes 12 24 48]
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")

from aibaas.config import load_settings
from aibaas.sandbox import open_sandbox
from aibaas.taskbank.bank import load_bank
from aibaas.taskbank.qa import execution_problems, stratified_sample
from aibaas.taskbank.spec import Language


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", type=Language, required=True, choices=list(Language))
    parser.add_argument("--sample", type=int, default=45, help="stratified sample size")
    parser.add_argument("--sizes", type=int, nargs="+", default=[12, 24, 48], help="first: the baseline")
    args = parser.parse_args()

    bank = load_bank(load_settings().taskbank_dir)
    tasks = stratified_sample([t for t in bank.tasks if t.language is args.language], args.sample)
    load = os.getloadavg()[0]
    print(f"{args.language.value}: {len(tasks)} tasks, cores: {os.cpu_count()}, load {load:.1f}")
    print(f"{'batch size':>10} {'seconds':>8} {'vs first':>8} {'runs':>6} {'problems':>8}")
    baseline = 0.0
    for size in args.sizes:
        with (
            tempfile.TemporaryDirectory() as data_dir,
            open_sandbox(load_settings(data_dir=Path(data_dir))) as sandbox,
        ):
            started = time.perf_counter()
            report = execution_problems(sandbox, tasks, batch_size=size)
            seconds = time.perf_counter() - started
        baseline = baseline or seconds
        ratio = baseline / seconds
        print(f"{size:>10} {seconds:>8.1f} {ratio:>8.2f} {report.runs:>6} {len(report.problems):>8}")


if __name__ == "__main__":
    main()
