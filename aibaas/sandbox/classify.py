"""From the supervisor's raw step reports to a typed ExecutionResult."""

from __future__ import annotations

import base64
import signal
from typing import Any

from aibaas.sandbox.languages import Plan
from aibaas.sandbox.models import ExecutionResult, Limits, Status
from aibaas.sandbox.parsers import parse_tests

TRUNCATION_MARKER = "\n[... output truncated by the sandbox at {limit} bytes ...]\n"


def _text(step: dict[str, Any], stream: str, limit: int) -> str:
    text = base64.b64decode(step[stream]).decode("utf-8", errors="replace")
    if step[f"{stream}_truncated"]:
        text += TRUNCATION_MARKER.format(limit=limit)
    return text


def abnormal_status(step: dict[str, Any], limits: Limits, oom_killed: bool) -> tuple[Status, str] | None:
    """Why a step was stopped, or None when it exited on its own."""
    code = int(step["exit_code"])
    if step["timed_out"]:
        return Status.TIMEOUT, f"wall time limit of {limits.wall_time_s:g} s reached"
    if step["output_exceeded"]:
        return Status.KILLED, f"output limit of {limits.output_bytes} bytes exceeded"
    if oom_killed or step.get("oom_killed"):
        return Status.OUT_OF_MEMORY, f"memory limit of {limits.memory_mb} MB exceeded"
    # The kernel sends SIGXCPU only at the CPU-time soft limit (its accounting can read a little under
    # it in rusage), and SIGKILL at the hard limit one second later.
    hard_limit_kill = code == -signal.SIGKILL and step["cpu_time_s"] >= limits.cpu_time_s - 0.05
    if code == -signal.SIGXCPU or hard_limit_kill:
        return Status.TIMEOUT, f"CPU time limit of {limits.cpu_time_s:g} s reached"
    if code == -signal.SIGXFSZ:
        return Status.KILLED, f"file size limit of {limits.file_size_mb} MB exceeded"
    if code < 0:
        return Status.KILLED, f"killed by signal {signal.Signals(-code).name}"
    return None


def build_result(
    plan: Plan, steps: list[dict[str, Any]], limits: Limits, oom_killed: bool, compile_cached: bool
) -> ExecutionResult:
    """The typed result of a job; the last step's output is the one shown."""
    last = steps[-1]
    ran_compile = plan.compile_command is not None and not compile_cached
    compile_step = steps[0] if ran_compile else None
    stdout = _text(last, "stdout", limits.output_bytes)
    stderr = _text(last, "stderr", limits.output_bytes)
    common: dict[str, Any] = {
        "exit_code": int(last["exit_code"]),
        "stdout": stdout,
        "stderr": stderr,
        "output_truncated": bool(last["stdout_truncated"] or last["stderr_truncated"]),
        "wall_time_s": sum(float(s["wall_time_s"]) for s in steps),
        "cpu_time_s": sum(float(s["cpu_time_s"]) for s in steps),
        "peak_memory_mb": max(int(s["max_rss_kb"]) for s in steps) / 1024,
        "compile_cached": compile_cached,
        "compile_output": (
            _text(compile_step, "stdout", limits.output_bytes)
            + _text(compile_step, "stderr", limits.output_bytes)
            if compile_step is not None
            else ""
        ),
    }
    abnormal = abnormal_status(last, limits, oom_killed)
    if last is compile_step:
        status, detail = abnormal or (Status.COMPILE_ERROR, f"compile step exited with {last['exit_code']}")
        return ExecutionResult(status=status, detail=detail, **common)
    tests = tuple(parse_tests(plan.test_format, stdout, stderr))
    if abnormal is not None:
        return ExecutionResult(status=abnormal[0], detail=abnormal[1], tests=tests, **common)
    if last["exit_code"] != 0 or any(not t.passed for t in tests):
        failed = sum(not t.passed for t in tests)
        return ExecutionResult(
            status=Status.TEST_FAILURE,
            detail=f"{failed} of {len(tests)} tests failed, exit code {last['exit_code']}",
            tests=tests,
            **common,
        )
    return ExecutionResult(status=Status.OK, tests=tests, **common)
