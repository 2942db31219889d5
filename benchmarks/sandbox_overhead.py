"""The local backend's overhead per sample over a bare run of the same test, per language.

For each language's example project (compile + tests): the bare run executes the very same
commands directly on the host in a temporary folder (no isolation); `cold` starts a fresh
sandbox per sample; `warm` sends samples to an already running sandbox. Each sample carries a
unique extra file so the compile cache never hits: the figures are compile + test every time.
Printed: medians in ms and the ratio to bare.

Run: .venv/bin/python benchmarks/sandbox_overhead.py [repetitions]
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")

from aibaas.sandbox import ExecutionRequest, Language, Sandbox, SourceFile
from aibaas.sandbox.examples import example_request
from aibaas.sandbox.languages import plan
from aibaas.sandbox.layout import SANDBOX_ENV, SANDBOX_NODE_MODULES, SANDBOX_RUST, rust_sysroot
from aibaas.sandbox.local import LocalBackend
from aibaas.toolchains import NODE_TOOLS_DIR


def unique(language: Language) -> ExecutionRequest:
    request = example_request(language)
    nonce = SourceFile(path="nonce.txt", content=uuid.uuid4().hex)
    return request.model_copy(update={"files": (*request.files, nonce)})


def host_path(argument: str) -> str:
    """Sandbox paths of the toolchains, as they are on the host."""
    return argument.replace(SANDBOX_RUST, str(rust_sysroot())).replace(
        SANDBOX_NODE_MODULES, str(NODE_TOOLS_DIR / "node_modules")
    )


def bare(request: ExecutionRequest) -> float:
    steps = plan(request)
    env = SANDBOX_ENV | {"PATH": f"{rust_sysroot()}/bin:/usr/bin:/bin"}
    with tempfile.TemporaryDirectory() as folder:
        env |= {"HOME": folder, "TMPDIR": folder, "GOCACHE": f"{folder}/go-cache"}
        for entry in steps.files:
            path = Path(folder) / entry.path
            path.write_bytes(entry.content.encode() if isinstance(entry.content, str) else entry.content)
        started = time.perf_counter()
        for command in (steps.compile_command, steps.test_command):
            if command is not None:
                argv = [host_path(a) for a in command]
                subprocess.run(argv, cwd=folder, env=env, capture_output=True, check=False)
        return time.perf_counter() - started


def sandboxed(sandbox: Sandbox, request: ExecutionRequest) -> float:
    started = time.perf_counter()
    result = sandbox.run(request)
    elapsed = time.perf_counter() - started
    assert result.status.value == "ok", result
    return elapsed


def main(repetitions: int) -> None:
    print(f"repetitions: {repetitions}, load average: {os.getloadavg()[0]:.1f}")
    print(
        f"{'language':<11} {'bare ms':>8} {'cold ms':>8} {'warm ms':>8} {'cold/bare':>10} {'warm/bare':>10}"
    )
    with (
        Sandbox(LocalBackend(), concurrency=1, warm=False) as cold,
        Sandbox(LocalBackend(), concurrency=1) as warm,
    ):
        for language in Language:
            sandboxed(warm, unique(language))  # start the warm sandbox
            figures = {"bare": [], "cold": [], "warm": []}
            for _ in range(repetitions):
                figures["bare"].append(bare(unique(language)))
                figures["cold"].append(sandboxed(cold, unique(language)))
                figures["warm"].append(sandboxed(warm, unique(language)))
            ms = {k: statistics.median(v) * 1000 for k, v in figures.items()}
            print(
                f"{language.value:<11} {ms['bare']:8.0f} {ms['cold']:8.0f} {ms['warm']:8.0f} "
                f"{ms['cold'] / ms['bare']:10.2f} {ms['warm'] / ms['bare']:10.2f}"
            )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
