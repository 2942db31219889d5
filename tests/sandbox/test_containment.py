"""Hostile code on every backend: stopped or failing inside the sandbox, with the right status,
leaving nothing behind, and the next run on the same sandbox unaffected."""

from __future__ import annotations

import json
import socket
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import docker
import pytest

from aibaas.sandbox import ExecutionRequest, Language, Limits, Sandbox, SourceFile, Status
from aibaas.sandbox.docker_backend import API_VERSION, DockerBackend
from aibaas.sandbox.examples import example_request
from aibaas.sandbox.local import LocalBackend

LIMITS = Limits(wall_time_s=3, cpu_time_s=2, memory_mb=128, processes=32, output_bytes=64 * 1024)
HOST_SECRET = "aibaas-host-secret-7d1f"


@pytest.fixture(scope="module", params=["local", "docker"])
def sandbox(request: pytest.FixtureRequest) -> Iterator[Sandbox]:
    """One worker per backend, so a run and the next one share the same (warm) sandbox."""
    if request.param == "local":
        backend: LocalBackend | DockerBackend = LocalBackend()
    else:
        backend = DockerBackend(
            docker.DockerClient(base_url=request.getfixturevalue("podman_url"), version=API_VERSION)
        )
    with Sandbox(backend, concurrency=1) as created:
        yield created


def python(code: str, limits: Limits = LIMITS) -> ExecutionRequest:
    return ExecutionRequest(
        language=Language.PYTHON,
        files=(SourceFile(path="attack.py", content=code),),
        test_command=("python3", "attack.py"),
        limits=limits,
    )


def shell(script: str, limits: Limits = LIMITS) -> ExecutionRequest:
    return ExecutionRequest(
        language=Language.PYTHON,
        files=(SourceFile(path="attack.sh", content=script),),
        test_command=("sh", "attack.sh"),
        limits=limits,
    )


def host_processes_matching(marker: str) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if marker.encode() in (entry / "cmdline").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


def assert_next_run_is_clean(sandbox: Sandbox) -> None:
    """A normal sample passes, and sees no process but itself and the supervisor."""
    assert sandbox.run(example_request(Language.PYTHON)).status is Status.OK
    probe = sandbox.run(
        python("import os\nprint(sorted(int(p) for p in os.listdir('/proc') if p.isdigit()))\n")
    )
    assert probe.status is Status.OK
    assert len(eval(probe.stdout)) == 2, probe.stdout  # PID 1 (supervisor) and the probe itself


def test_fork_bomb_is_stopped(sandbox: Sandbox) -> None:
    code = "import os\nwhile True:\n    try:\n        os.fork()\n    except OSError:\n        pass\n"
    result = sandbox.run(python(code))
    assert result.status in (Status.TIMEOUT, Status.KILLED), result
    assert_next_run_is_clean(sandbox)


def test_memory_bomb_is_out_of_memory(sandbox: Sandbox) -> None:
    result = sandbox.run(python("chunks = []\nwhile True:\n    chunks.append(b'x' * (64 << 20))\n"))
    assert result.status is Status.OUT_OF_MEMORY, result
    assert_next_run_is_clean(sandbox)


def test_infinite_loop_times_out(sandbox: Sandbox) -> None:
    result = sandbox.run(python("while True:\n    pass\n"))
    assert result.status is Status.TIMEOUT
    assert result.cpu_time_s <= LIMITS.cpu_time_s + 1.5
    assert_next_run_is_clean(sandbox)


def test_sleeping_forever_times_out_at_the_wall_limit(sandbox: Sandbox) -> None:
    result = sandbox.run(python("import time\ntime.sleep(10 ** 6)\n"))
    assert result.status is Status.TIMEOUT
    assert "wall time" in result.detail
    assert_next_run_is_clean(sandbox)


def test_daemonized_child_does_not_outlive_the_run(sandbox: Sandbox) -> None:
    marker = "4242.125"
    result = sandbox.run(shell(f"setsid sleep {marker} > /dev/null 2>&1 < /dev/null &\necho started\n"))
    assert result.status is Status.OK
    assert result.stdout == "started\n"
    assert host_processes_matching(f"sleep\0{marker}") == []
    assert_next_run_is_clean(sandbox)


@pytest.fixture
def loopback_server() -> Iterator[tuple[int, list[str]]]:
    """A TCP server on the host's 127.0.0.1 that records every connection it accepts."""
    server = socket.create_server(("127.0.0.1", 0))
    server.settimeout(0.2)
    accepted: list[str] = []
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, peer = server.accept()
            except TimeoutError:
                continue
            accepted.append(str(peer))
            conn.close()

    thread = threading.Thread(target=serve)
    thread.start()
    yield server.getsockname()[1], accepted
    stop.set()
    thread.join()
    server.close()


def test_host_loopback_server_is_unreachable(
    sandbox: Sandbox, loopback_server: tuple[int, list[str]]
) -> None:
    port, accepted = loopback_server
    result = sandbox.run(
        python(f"import socket\nsocket.create_connection(('127.0.0.1', {port}), timeout=2)\n")
    )
    assert result.status is Status.TEST_FAILURE
    assert "ConnectionRefusedError" in result.stderr or "OSError" in result.stderr, result.stderr
    assert accepted == []


def test_outside_address_is_unreachable(sandbox: Sandbox) -> None:
    result = sandbox.run(python("import socket\nsocket.create_connection(('1.1.1.1', 53), timeout=2)\n"))
    assert result.status is Status.TEST_FAILURE
    assert "Network is unreachable" in result.stderr or "OSError" in result.stderr, result.stderr


def test_writes_outside_the_work_dir_fail_and_change_nothing(sandbox: Sandbox) -> None:
    targets = ["/usr/aibaas-probe", "/etc/aibaas-probe", "/aibaas-probe", "/opt/aibaas/supervisor.py"]
    code = (
        "import sys\nblocked = 0\n"
        f"for path in {targets!r}:\n"
        "    try:\n        open(path, 'w').write('x')\n    except OSError as exc:\n"
        "        blocked += 1\n        print(path, type(exc).__name__)\n"
        f"sys.exit(0 if blocked == {len(targets)} else 3)\n"
    )
    result = sandbox.run(python(code))
    assert result.status is Status.OK, result.stdout
    assert not Path("/usr/aibaas-probe").exists() and not Path("/etc/aibaas-probe").exists()


def test_host_environment_home_and_database_are_invisible(
    sandbox: Sandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AIBAAS_TEST_SECRET", HOST_SECRET)
    database = tmp_path / "aibaas.db"
    database.write_text(HOST_SECRET)
    code = (
        "import os\nprint(dict(os.environ))\n"
        "for path in ('/proc/1/environ', '/root', os.path.expanduser('~root'), "
        f"{str(database)!r}, {str(Path.home())!r}):\n"
        "    try:\n        print(path, os.listdir(path) if os.path.isdir(path) else open(path).read())\n"
        "    except OSError as exc:\n        print(path, type(exc).__name__)\n"
    )
    result = sandbox.run(python(code))
    assert result.status is Status.OK
    assert HOST_SECRET not in result.stdout
    assert "AIBAAS_TEST_SECRET" not in result.stdout
    assert f"{database} FileNotFoundError" in result.stdout


def test_kill_all_processes_hurts_only_the_sandbox(sandbox: Sandbox) -> None:
    bystander = subprocess.Popen(["sleep", "60"])
    try:
        result = sandbox.run(shell("kill -9 -1\nkill -1\necho survived\n"))
        assert bystander.poll() is None, "a host process was killed"
        assert result.status is Status.OK
        assert_next_run_is_clean(sandbox)
    finally:
        bystander.kill()
        bystander.wait()


def test_gigabytes_of_output_are_cut_with_a_marker(sandbox: Sandbox) -> None:
    result = sandbox.run(shell("yes 'aibaas output flood'\n"))
    assert result.status is Status.KILLED
    assert "output limit" in result.detail
    assert result.output_truncated
    assert "output truncated by the sandbox" in result.stdout
    assert len(result.stdout) < LIMITS.output_bytes + 200
    assert_next_run_is_clean(sandbox)


def test_huge_file_is_stopped_by_the_file_size_limit(sandbox: Sandbox) -> None:
    limits = LIMITS.model_copy(update={"file_size_mb": 1})
    result = sandbox.run(python("open('big', 'wb').write(b'x' * (8 << 20))\n", limits=limits))
    assert result.status in (Status.KILLED, Status.TEST_FAILURE), result
    assert_next_run_is_clean(sandbox)


def test_nothing_a_sample_leaves_behind_reaches_the_next(sandbox: Sandbox) -> None:
    """Scratch files, shared memory files and SysV IPC objects are gone before the next sample."""
    plant = (
        "import ctypes, os\n"
        "os.makedirs('/tmp/go-cache')\nopen('/tmp/go-cache/entry', 'w').write('poisoned')\n"
        "open('/dev/shm/leak', 'w').write('poisoned')\n"
        "libc = ctypes.CDLL(None)\n"
        "assert libc.shmget(4242, 4096, 0o1666) >= 0 and libc.msgget(4243, 0o1666) >= 0\n"
        "assert libc.semget(4244, 1, 0o1666) >= 0\n"
        "for path in ('/dev/leak', '/leak'):\n"
        "    try:\n        open(path, 'w')\n        raise SystemExit(f'{path} is writable')\n"
        "    except OSError:\n        pass\n"
    )
    planted = sandbox.run(python(plant))
    assert planted.status is Status.OK, planted.stderr
    probe = sandbox.run(
        python(
            "import json, os\n"
            "ipc = [len(open(f'/proc/sysvipc/{k}').read().splitlines()) - 1 for k in ('shm', 'msg', 'sem')]\n"
            "print(json.dumps([os.listdir('/tmp'), os.listdir('/dev/shm'), os.listdir('/work'), ipc]))\n"
        )
    )
    scratch, shm, work, ipc = json.loads(probe.stdout)
    assert (scratch, shm, ipc) == ([], [], [0, 0, 0])
    assert len(work) == 1  # only the probe's own run folder


def test_no_sandbox_process_is_left_on_the_host(sandbox: Sandbox) -> None:
    result = sandbox.run(shell("sleep 4343.5 &\nsleep 4343.5 &\necho done\n"))
    assert result.status is Status.OK
    assert host_processes_matching("4343.5") == []
