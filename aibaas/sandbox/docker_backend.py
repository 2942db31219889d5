"""The container backend: one container per execution through the Docker Engine API.

Works against Docker or podman's compatible service. Every container: the language's image,
`network_mode="none"`, memory (no swap) and pids limits, read-only root, tmpfs /work and /tmp,
all capabilities dropped, no-new-privileges, user `nobody`. Its PID 1 is the supervisor, given
the job as a read-only file; its answer is the container's stdout. Containers are created,
started, waited for, read and removed explicitly (non-detached `run` loses output on podman).
"""

from __future__ import annotations

import contextlib
import json
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from aibaas.config import Settings
from aibaas.sandbox.backend import (
    SUPERVISOR_MEMORY_BYTES,
    SUPERVISOR_PROCESSES,
    JobAnswer,
    SandboxInfraError,
    SandboxUnavailableError,
    answer_deadline,
    parse_answer,
)
from aibaas.sandbox.images import build_images
from aibaas.sandbox.layout import SANDBOX_PYTHON, SANDBOX_SUPERVISOR, WORK_ROOT, read_only_mounts
from aibaas.sandbox.models import Language, Limits

API_VERSION = "1.41"
LIBPOD_API = "v4.0.0"
_TMPFS = {WORK_ROOT: "size=1g,mode=1777", "/tmp": "size=512m,mode=1777"}  # noqa: S108 - in the container


def connect(base_url: str | None) -> Any:
    """A Docker SDK client for the engine at `base_url` (or DOCKER_HOST), checked with a ping."""
    import docker
    from docker.errors import DockerException
    from requests.exceptions import RequestException

    try:
        client = (
            docker.DockerClient(base_url=base_url, version=API_VERSION, timeout=60)
            if base_url
            else docker.from_env(version=API_VERSION, timeout=60)
        )
        client.ping()
    except (DockerException, RequestException) as exc:
        where = base_url or "DOCKER_HOST"
        raise SandboxUnavailableError(
            f"no Docker Engine API at {where} ({exc}); start Docker or `podman system service --time=0 "
            "unix:///run/podman/podman.sock` and set AIBAAS_DOCKER_BASE_URL=unix:///run/podman/podman.sock"
        ) from None
    return client


class DockerSession:
    """Runs each job in a fresh container (the engine is the pool; nothing is reused)."""

    def __init__(self, backend: DockerBackend) -> None:
        self.backend = backend

    def run_job(self, job: dict[str, Any], limits: Limits, step_count: int) -> JobAnswer:
        from docker.errors import DockerException
        from requests.exceptions import RequestException

        folder = Path(tempfile.mkdtemp(prefix="aibaas-job-"))
        container = None
        try:
            folder.chmod(0o755)
            (folder / "job.json").write_text(json.dumps(job))
            (folder / "job.json").chmod(0o644)
            container = self._create(job, limits, folder)
            container.start()
            code = self._wait(container, answer_deadline(limits, step_count))
            logs = container.logs(stdout=True, stderr=False)
            state = (
                container.attrs if code is None else self.backend.client.api.inspect_container(container.id)
            )
            if code != 0:
                raise SandboxInfraError(f"the container's supervisor exited with {code}")
            return JobAnswer(steps=parse_answer(logs), oom_killed=bool(state["State"].get("OOMKilled")))
        except (DockerException, RequestException) as exc:
            raise SandboxInfraError(f"container engine: {exc}") from exc
        finally:
            if container is not None:
                # A container that cannot be removed now goes with the next prune; the result stands.
                with contextlib.suppress(DockerException, RequestException):
                    container.remove(force=True)
            shutil.rmtree(folder, ignore_errors=True)

    def _create(self, job: dict[str, Any], limits: Limits, folder: Path) -> Any:
        from docker.types import Mount

        memory = limits.memory_mb * (1 << 20) + SUPERVISOR_MEMORY_BYTES
        mounts = [Mount(m.target, str(m.host), type="bind", read_only=True) for m in read_only_mounts()]
        mounts.append(Mount("/job", str(folder), type="bind", read_only=True))
        return self.backend.client.containers.create(
            self.backend.images[Language(job["language"])],
            command=[SANDBOX_PYTHON, "-I", SANDBOX_SUPERVISOR, "--job", "/job/job.json"],
            user="65534:65534",
            network_mode="none",
            mem_limit=memory,
            memswap_limit=memory,
            pids_limit=limits.processes + SUPERVISOR_PROCESSES,
            read_only=True,
            tmpfs=_TMPFS,
            cap_drop=["ALL"],
            security_opt=["no-new-privileges"],
            mounts=mounts,
            environment={},
            working_dir=WORK_ROOT,
            hostname="sandbox",
            labels={"aibaas.sandbox": "1"},
            detach=True,
        )

    def _wait(self, container: Any, deadline: float) -> int:
        """The container's exit code; podman's own wait endpoint avoids the 250 ms compat polling."""
        api = self.backend.client.api
        timeout = max(deadline - time.monotonic(), 1.0)
        if self.backend.is_podman:
            url = f"{api.base_url}/{LIBPOD_API}/libpod/containers/{container.id}/wait"
            response = api._post(url, params={"condition": "exited", "interval": "5ms"}, timeout=timeout)
            api._raise_for_status(response)
            return int(response.text)
        return int(container.wait(timeout=timeout)["StatusCode"])

    def close(self) -> None:
        """Nothing to release: each job's container is removed when the job ends."""


class DockerBackend:
    name = "docker"
    reusable_sessions = False

    def __init__(self, client: Any) -> None:
        self.client = client
        self.images = build_images(client)
        components = client.version().get("Components", [])
        self.is_podman = any("podman" in str(c.get("Name", "")).lower() for c in components)

    @classmethod
    def from_settings(cls, settings: Settings) -> DockerBackend:
        return cls(connect(settings.docker_base_url))

    def open_session(self) -> DockerSession:
        return DockerSession(self)

    def close(self) -> None:
        self.client.close()
