"""Run executions: a pool of workers, each with a warm sandbox, retries and a compile cache.

`Sandbox.run_many` runs requests concurrently (default: one worker per available core). With
`warm=True` every worker keeps one sandbox open and sends it sample after sample: the sandbox's
supervisor isolates each sample in a fresh folder and kills whatever it leaves behind, so reuse
removes the per-sample start-up cost without letting samples meet. A sandbox failure (not the
sample's fault) discards that sandbox and retries on a fresh one.
"""

from __future__ import annotations

import base64
import os
import threading
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import TracebackType
from typing import Any

from aibaas.logs import get_logger
from aibaas.sandbox.backend import Backend, SandboxInfraError, Session
from aibaas.sandbox.cache import CompileCache, compile_key
from aibaas.sandbox.classify import build_result
from aibaas.sandbox.languages import Plan, plan
from aibaas.sandbox.layout import SANDBOX_ENV, WORK_ROOT
from aibaas.sandbox.models import ExecutionRequest, ExecutionResult, Limits, Status

log = get_logger(__name__)


def default_concurrency() -> int:
    """The cores this process may use."""
    return len(os.sched_getaffinity(0)) or 1


def _encode(files: Sequence[Any]) -> list[dict[str, Any]]:
    encoded = []
    for entry in files:
        raw = entry.content.encode() if isinstance(entry.content, str) else entry.content
        encoded.append(
            {"path": entry.path, "data": base64.b64encode(raw).decode(), "executable": entry.executable}
        )
    return encoded


def _limits_json(limits: Limits) -> dict[str, Any]:
    return {
        "wall_time_s": limits.wall_time_s,
        "cpu_time_s": limits.cpu_time_s,
        "memory_bytes": limits.memory_mb << 20,
        "output_bytes": limits.output_bytes,
        "file_size_bytes": limits.file_size_mb << 20,
    }


class Sandbox:
    """Runs ExecutionRequests on one backend; use as a context manager (or call `close`)."""

    def __init__(
        self,
        backend: Backend,
        concurrency: int | None = None,
        warm: bool = True,
        cache: CompileCache | None = None,
        retries: int = 2,
    ) -> None:
        self.backend = backend
        self.concurrency = concurrency or default_concurrency()
        self.warm = warm and backend.reusable_sessions
        self.cache = cache if cache is not None else CompileCache()
        self.retries = retries
        self._local = threading.local()
        self._sessions: list[Session] = []
        self._lock = threading.Lock()
        self._pool = ThreadPoolExecutor(max_workers=self.concurrency, thread_name_prefix="sandbox")

    def run(self, request: ExecutionRequest) -> ExecutionResult:
        """Run one request and wait for its result."""
        return self._pool.submit(self._execute, request).result()

    def run_many(self, requests: Sequence[ExecutionRequest]) -> list[ExecutionResult]:
        """Run requests concurrently; results come back in the order of the requests."""
        return list(self._pool.map(self._execute, requests))

    def close(self) -> None:
        """Stop the workers and every warm sandbox."""
        self._pool.shutdown(wait=True)
        with self._lock:
            sessions, self._sessions = self._sessions, []
        for session in sessions:
            session.close()
        self.backend.close()

    def __enter__(self) -> Sandbox:
        return self

    def __exit__(self, *_: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()

    def _execute(self, request: ExecutionRequest) -> ExecutionResult:
        steps_plan = plan(request)
        job, compile_cached, key = self._job(request, steps_plan)
        failure = ""
        for attempt in range(1, self.retries + 2):
            session = None
            try:
                session = self._session()
                answer = session.run_job(job, request.limits, len(job["steps"]))
            except SandboxInfraError as exc:
                failure = str(exc)
                log.warning("sandbox failure, retrying", attempt=attempt, error=failure, label=request.label)
                if session is not None:
                    self._discard(session)
                continue
            if not self.warm:
                self._discard(session)
            result = build_result(steps_plan, answer.steps, request.limits, answer.oom_killed, compile_cached)
            if key is not None and not compile_cached and answer.steps[0]["exit_code"] == 0:
                self.cache.put(key, answer.steps[0]["collected"])
            return result.model_copy(
                update={"attempts": attempt, "backend": self.backend.name, "label": request.label}
            )
        return ExecutionResult(
            status=Status.SANDBOX_ERROR,
            detail=failure,
            attempts=self.retries + 1,
            backend=self.backend.name,
            label=request.label,
        )

    def _job(self, request: ExecutionRequest, steps_plan: Plan) -> tuple[dict[str, Any], bool, str | None]:
        """The supervisor job; a cached compile output replaces the compile step."""
        files = _encode(steps_plan.files)
        steps: list[dict[str, Any]] = []
        key = None
        cached = None
        if steps_plan.compile_command is not None:
            if steps_plan.compile_outputs:
                key = compile_key(request.language, steps_plan.compile_command, files, self.backend.name)
                cached = self.cache.get(key)
            if cached is None:
                steps.append(
                    {
                        "name": "compile",
                        "argv": list(steps_plan.compile_command),
                        "collect": list(steps_plan.compile_outputs),
                    }
                )
            else:
                files = files + cached
        steps.append(
            {"name": "test", "argv": list(steps_plan.test_command), "inline_python": steps_plan.inline_python}
        )
        job = {
            "language": request.language.value,
            "files": files,
            "steps": steps,
            "env": SANDBOX_ENV,
            "limits": _limits_json(request.limits),
            "work_root": WORK_ROOT,
        }
        return job, cached is not None, key

    def _session(self) -> Session:
        session: Session | None = getattr(self._local, "session", None) if self.warm else None
        if session is None:
            session = self.backend.open_session()
            with self._lock:
                self._sessions.append(session)
            if self.warm:
                self._local.session = session
        return session

    def _discard(self, session: Session) -> None:
        if getattr(self._local, "session", None) is session:
            self._local.session = None
        with self._lock:
            if session in self._sessions:
                self._sessions.remove(session)
        session.close()


def compile_cache_dir(data_dir: Path) -> Path:
    return data_dir / "sandbox" / "compile-cache"
