"""What a backend provides: sessions that run supervisor jobs, and the failure they may raise."""

from __future__ import annotations

import json
import os
import selectors
import subprocess
import time
from dataclasses import dataclass
from typing import Any, Protocol

from aibaas.errors import AibaasError
from aibaas.sandbox.models import Limits

# Room for the supervisor itself (a Python interpreter) on top of the sample's memory limit.
SUPERVISOR_MEMORY_BYTES = 48 << 20
# Processes the sandbox needs besides the sample's own: bwrap or the container runtime, the supervisor.
SUPERVISOR_PROCESSES = 4
# How long after its own deadline the host waits for the supervisor's answer before killing it.
ANSWER_GRACE_S = 10.0


class SandboxInfraError(Exception):
    """The infrastructure failed (not the code under test); the execution is retried."""


class SandboxUnavailableError(AibaasError):
    """The configured backend cannot work on this machine; the message says how to fix it."""


@dataclass(frozen=True)
class JobAnswer:
    """The supervisor's answer to one job, plus what only the host could observe."""

    steps: list[dict[str, Any]]
    oom_killed: bool


class Session(Protocol):
    """One sandbox, able to run jobs one after the other."""

    def run_job(self, job: dict[str, Any], limits: Limits, step_count: int) -> JobAnswer: ...

    def close(self) -> None: ...


class Backend(Protocol):
    name: str
    reusable_sessions: bool

    def open_session(self) -> Session: ...

    def close(self) -> None: ...


def answer_deadline(limits: Limits, step_count: int) -> float:
    return time.monotonic() + step_count * (limits.wall_time_s + 3.0) + ANSWER_GRACE_S


def parse_answer(line: bytes) -> list[dict[str, Any]]:
    """The steps of a supervisor answer, or SandboxInfraError when it is not one."""
    try:
        answer = json.loads(line)
    except ValueError as exc:
        raise SandboxInfraError(f"unreadable supervisor answer: {line[:200]!r}") from exc
    if not answer.get("ok"):
        raise SandboxInfraError(f"supervisor could not run the job: {answer.get('error')}")
    steps: list[dict[str, Any]] = answer["steps"]
    return steps


def read_line(process: subprocess.Popen[bytes], deadline: float) -> bytes:
    """One line from a process's stdout, or SandboxInfraError at the deadline or on EOF."""
    assert process.stdout is not None
    fd = process.stdout.fileno()
    buffer = bytearray()
    with selectors.DefaultSelector() as selector:
        selector.register(fd, selectors.EVENT_READ)
        while not buffer.endswith(b"\n"):
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise SandboxInfraError("the supervisor did not answer in time")
            if not selector.select(remaining):
                continue
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                raise SandboxInfraError(f"the sandbox exited (code {process.poll()}) before answering")
            buffer.extend(chunk)
    return bytes(buffer)
