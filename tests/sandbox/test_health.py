"""The doctor reports which sandbox backends work here."""

from __future__ import annotations

import pytest

from aibaas.config import Settings, load_settings
from aibaas.doctor import Status
from aibaas.sandbox.health import docker_sandbox, local_sandbox


def test_local_backend_works_here(settings: Settings) -> None:
    results = {r.component: r for r in local_sandbox(settings)}
    assert results["sandbox:local"].status is Status.OK
    assert "configured backend" in results["sandbox:local"].detail
    assert results["sandbox:cgroup"].status is Status.OK


def test_docker_backend_reachable_once_images_are_built(
    podman_url: str, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    import docker

    from aibaas.sandbox.docker_backend import API_VERSION
    from aibaas.sandbox.images import build_images

    configured = load_settings(docker_base_url=podman_url, sandbox_backend="docker")
    build_images(docker.DockerClient(base_url=podman_url, version=API_VERSION))
    [result] = docker_sandbox(configured)
    assert result.status is Status.OK and result.required
    assert "reachable" in result.detail


def test_unconfigured_docker_is_a_warning_with_the_fix(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DOCKER_HOST", raising=False)
    [result] = docker_sandbox(settings)
    assert result.status is Status.WARN and not result.required
    assert "podman system service" in result.fix


def test_docker_unreachable_when_configured_is_a_failure(settings: Settings, tmp_path) -> None:
    configured = load_settings(docker_base_url=f"unix://{tmp_path}/missing.sock", sandbox_backend="docker")
    [result] = docker_sandbox(configured)
    assert result.status is Status.FAIL
    assert "no Docker Engine API" in result.detail
