"""Sandboxes for the tests: the local backend, and the docker backend against a real podman service.

The podman service is started once per test session on a unix socket in a temporary folder,
with its own containers.conf and storage (see platform-facts.md), and stopped afterwards.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import docker
import pytest

from aibaas.sandbox import Sandbox
from aibaas.sandbox.docker_backend import API_VERSION, DockerBackend
from aibaas.sandbox.local import LocalBackend

CONTAINERS_CONF = """[containers]
default_ulimits = ["nofile=1024:1024", "nproc=1024:1024"]
log_driver = "k8s-file"
[engine]
cgroup_manager = "cgroupfs"
runtime = "runc"
events_logger = "file"
events_logfile_path = "{root}/events.log"
"""
STORAGE_CONF = """[storage]
driver = "overlay"
graphroot = "{root}/storage"
runroot = "{root}/run"
"""


@pytest.fixture(scope="session")
def podman_url() -> Iterator[str]:
    """A podman API service of our own, on a unix socket, for the session."""
    root = Path(tempfile.mkdtemp(prefix="aibaas-podman-"))
    (root / "containers.conf").write_text(CONTAINERS_CONF.format(root=root))
    (root / "storage.conf").write_text(STORAGE_CONF.format(root=root))
    env = {
        **os.environ,
        "CONTAINERS_CONF": str(root / "containers.conf"),
        "CONTAINERS_STORAGE_CONF": str(root / "storage.conf"),
    }
    socket = root / "podman.sock"
    service = subprocess.Popen(
        ["podman", "system", "service", "--time=0", f"unix://{socket}"],
        env=env,
        cwd=root,  # conmon drops an `oom` marker in its working folder when a container is OOM-killed
        stdout=subprocess.DEVNULL,
        stderr=(root / "service.log").open("w"),
    )
    deadline = time.monotonic() + 30
    while not socket.exists():
        assert service.poll() is None, (root / "service.log").read_text()
        assert time.monotonic() < deadline, "podman service did not start"
        time.sleep(0.05)
    yield f"unix://{socket}"
    service.terminate()
    service.wait(timeout=30)
    subprocess.run(["podman", "system", "reset", "--force"], env=env, capture_output=True, check=False)
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def local_sandbox() -> Iterator[Sandbox]:
    with Sandbox(LocalBackend(), concurrency=2) as sandbox:
        yield sandbox


@pytest.fixture(scope="session")
def docker_sandbox(podman_url: str) -> Iterator[Sandbox]:
    client = docker.DockerClient(base_url=podman_url, version=API_VERSION)
    with Sandbox(DockerBackend(client), concurrency=2) as sandbox:
        yield sandbox


@pytest.fixture(params=["local", "docker"])
def any_sandbox(request: pytest.FixtureRequest) -> Sandbox:
    """Each backend in turn."""
    sandbox: Sandbox = request.getfixturevalue(f"{request.param}_sandbox")
    return sandbox
