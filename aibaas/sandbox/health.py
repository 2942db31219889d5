"""Doctor checks: which sandbox backends work on this machine."""

from __future__ import annotations

import os

from aibaas.config import Settings
from aibaas.doctor import CheckResult, Status, health_check, version_of
from aibaas.sandbox import cgroups
from aibaas.sandbox.backend import SandboxInfraError, SandboxUnavailableError
from aibaas.sandbox.models import ExecutionRequest, Language, Limits, SourceFile
from aibaas.sandbox.models import Status as RunStatus

_PROBE = ExecutionRequest(
    language=Language.PYTHON,
    files=(SourceFile(path="probe.py", content="print('sandbox ok')\n"),),
    test_command=("python3", "probe.py"),
    limits=Limits(wall_time_s=10),
)


def _configured(settings: Settings, backend: str) -> str:
    return " (configured backend)" if settings.sandbox_backend == backend else ""


@health_check
def local_sandbox(settings: Settings) -> list[CheckResult]:
    from aibaas.sandbox.local import LocalBackend
    from aibaas.sandbox.runner import Sandbox

    required = settings.sandbox_backend == "local"
    groups = cgroups.available()
    results = [
        CheckResult(
            "sandbox:cgroup",
            Status.OK if groups else Status.WARN,
            "cgroup v1 memory and pids groups available"
            if groups
            else "no writable cgroup v1 memory/pids: memory falls back to RLIMIT_AS, no process limit",
            required=False,
            fix="" if groups else "run the sandbox as root on a host with cgroup v1 memory and pids",
        )
    ]
    try:
        with Sandbox(LocalBackend(), concurrency=1, warm=False, retries=0) as sandbox:
            result = sandbox.run(_PROBE)
    except SandboxUnavailableError as exc:
        return [
            *results,
            CheckResult("sandbox:local", Status.FAIL, str(exc), required, "apt-get install -y bubblewrap"),
        ]
    works = result.status is RunStatus.OK and result.stdout == "sandbox ok\n"
    detail = f"{version_of(['bwrap', '--version'])}: a probe ran in {result.wall_time_s * 1000:.0f} ms"
    return [
        *results,
        CheckResult(
            "sandbox:local",
            Status.OK if works else Status.FAIL,
            (detail if works else f"the probe ended {result.status.value}: {result.detail}")
            + _configured(settings, "local"),
            required,
            "" if works else "aibaas sandbox selftest --backend local",
        ),
    ]


@health_check
def docker_sandbox(settings: Settings) -> list[CheckResult]:
    from aibaas.sandbox.docker_backend import connect
    from aibaas.sandbox.images import IMAGE_REPOSITORY

    required = settings.sandbox_backend == "docker"
    where = settings.docker_base_url or os.environ.get("DOCKER_HOST")
    if not where:
        return [
            CheckResult(
                "sandbox:docker",
                Status.FAIL if required else Status.WARN,
                "no Docker Engine API configured" + _configured(settings, "docker"),
                required,
                "podman system service --time=0 unix:///run/podman/podman.sock & "
                "then set AIBAAS_DOCKER_BASE_URL=unix:///run/podman/podman.sock",
            )
        ]
    try:
        client = connect(where)
    except (SandboxUnavailableError, SandboxInfraError) as exc:
        return [CheckResult("sandbox:docker", Status.FAIL if required else Status.WARN, str(exc), required)]
    engine = ", ".join(f"{c.get('Name')} {c.get('Version')}" for c in client.version().get("Components", []))
    built = [i for i in client.images.list() if any(t.startswith(IMAGE_REPOSITORY) for t in i.tags)]
    client.close()
    if not built:
        return [
            CheckResult(
                "sandbox:docker",
                Status.FAIL if required else Status.WARN,
                f"{where} reachable ({engine}) but no sandbox images",
                required,
                "aibaas sandbox build-images",
            )
        ]
    return [CheckResult("sandbox:docker", Status.OK, f"{where} reachable ({engine}), images built", required)]
