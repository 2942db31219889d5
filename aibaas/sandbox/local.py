"""The local backend: bubblewrap namespaces, rlimits and a cgroup v1 group per sandbox.

Each session is one `bwrap` process whose PID 1 is the supervisor: no network (only `lo`),
private pid/ipc/uts/mount/user namespaces, read-only root, tmpfs /work and /tmp, cleared
environment, `--die-with-parent`. The host kills the whole process group if the supervisor does
not answer by the deadline.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
from typing import Any

from aibaas.sandbox import cgroups
from aibaas.sandbox.backend import (
    SUPERVISOR_MEMORY_BYTES,
    SUPERVISOR_PROCESSES,
    JobAnswer,
    SandboxInfraError,
    SandboxUnavailableError,
    answer_deadline,
    parse_answer,
    read_line,
)
from aibaas.sandbox.layout import (
    SANDBOX_PYTHON,
    SANDBOX_SUPERVISOR,
    SYMLINKS,
    WORK_ROOT,
    read_only_mounts,
)
from aibaas.sandbox.models import Limits

SANDBOX_UID = 65534  # nobody: the sample owns nothing of the host, even where a path leaks
WORK_TMPFS_BYTES = 1 << 30
TMP_TMPFS_BYTES = 512 << 20
SHM_TMPFS_BYTES = 64 << 20
# Before the first job: generous limits so the supervisor can start; each job sets its own.
_START_MEMORY = 256 << 20
_START_PROCESSES = 16
# Join every group or do not start at all: a sandbox must never run without its limits.
_JOIN_GROUP = 'for f in $AIBAAS_CGROUP_PROCS; do echo $$ > "$f" || exit 97; done; exec "$@"'


def bwrap_argv() -> list[str]:
    """The bubblewrap command line that starts one sandbox with its supervisor."""
    bwrap = shutil.which("bwrap")
    if bwrap is None:
        raise SandboxUnavailableError("bubblewrap is not installed: apt-get install -y bubblewrap")
    argv = [
        bwrap,
        "--unshare-all",
        "--die-with-parent",
        "--new-session",
        "--as-pid-1",
        "--uid",
        str(SANDBOX_UID),
        "--gid",
        str(SANDBOX_UID),
        "--hostname",
        "sandbox",
    ]
    for mount in read_only_mounts():
        argv += ["--ro-bind", str(mount.host), mount.target]
    for target, link in SYMLINKS:
        argv += ["--symlink", target, link]
    argv += [
        "--dev",
        "/dev",
        "--size",
        str(SHM_TMPFS_BYTES),
        "--tmpfs",
        "/dev/shm",  # noqa: S108 - the sandbox's own tmpfs
        "--proc",
        "/proc",
        "--size",
        str(WORK_TMPFS_BYTES),
        "--tmpfs",
        WORK_ROOT,
        "--size",
        str(TMP_TMPFS_BYTES),
        "--tmpfs",
        "/tmp",  # noqa: S108 - the sandbox's own tmpfs
        "--remount-ro",
        "/",
        "--remount-ro",
        "/dev",
        "--chdir",
        WORK_ROOT,
        "--clearenv",
        SANDBOX_PYTHON,
        "-I",
        SANDBOX_SUPERVISOR,
    ]
    return argv


class LocalSession:
    """One bubblewrap sandbox serving jobs in order; reusable until closed or broken."""

    def __init__(self, use_cgroup: bool) -> None:
        self.group = cgroups.SandboxGroup.create() if use_cgroup else None
        argv = bwrap_argv()
        env = {"PATH": "/usr/bin:/bin"}
        if self.group is not None:
            self.group.set_limits(_START_MEMORY, _START_PROCESSES)
            env["AIBAAS_CGROUP_PROCS"] = " ".join(str(p) for p in self.group.procs_files)
            argv = ["/bin/sh", "-c", _JOIN_GROUP, "sh", *argv]
        self.process = subprocess.Popen(
            argv,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
            start_new_session=True,
        )
        self.broken = False

    def run_job(self, job: dict[str, Any], limits: Limits, step_count: int) -> JobAnswer:
        if self.broken or self.process.poll() is not None:
            raise SandboxInfraError("the sandbox is no longer running")
        job = {**job, "rlimit_memory": self.group is None}
        oom_before = 0
        if self.group is not None:
            self.group.set_limits(
                limits.memory_mb * (1 << 20) + SUPERVISOR_MEMORY_BYTES,
                limits.processes + SUPERVISOR_PROCESSES,
            )
            oom_before = self.group.oom_kills()
        assert self.process.stdin is not None
        try:
            self.process.stdin.write(json.dumps(job).encode() + b"\n")
            self.process.stdin.flush()
            line = read_line(self.process, answer_deadline(limits, step_count))
        except (OSError, SandboxInfraError) as exc:
            self.broken = True
            raise SandboxInfraError(str(exc)) from exc
        steps = parse_answer(line)
        oom = self.group is not None and self.group.oom_kills() > oom_before
        return JobAnswer(steps=steps, oom_killed=oom)

    def close(self) -> None:
        """Stop the sandbox (its whole process group) and remove its cgroup."""
        if self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait()
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                stream.close()
        if self.group is not None:
            self.group.remove()


class LocalBackend:
    """Sandboxes on this machine; sessions are reusable (a warm pool keeps one per worker)."""

    name = "local"
    reusable_sessions = True

    def __init__(self) -> None:
        bwrap_argv()  # fails early with the fix when bubblewrap is missing
        self.use_cgroup = cgroups.available()
        if self.use_cgroup:
            cgroups.prune_stale()

    def open_session(self) -> LocalSession:
        try:
            return LocalSession(self.use_cgroup)
        except OSError as exc:
            raise SandboxInfraError(f"cannot start bubblewrap: {exc}") from exc

    def close(self) -> None:
        """Nothing shared to release: each session owns its own process and group."""
