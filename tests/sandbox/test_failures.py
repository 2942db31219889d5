"""Infrastructure failures are retried, and never scored as the code's failure."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator

import docker
import pytest

from aibaas.sandbox import Language, Sandbox, Status
from aibaas.sandbox.docker_backend import API_VERSION, DockerBackend
from aibaas.sandbox.examples import example_request
from aibaas.sandbox.humaneval import Sample, evaluate, load_problems
from aibaas.sandbox.images import build_images
from aibaas.sandbox.local import LocalBackend, LocalSession


def test_a_dead_warm_sandbox_is_replaced_and_the_run_retried() -> None:
    with Sandbox(LocalBackend(), concurrency=1) as sandbox:
        assert sandbox.run(example_request(Language.PYTHON)).status is Status.OK
        [session] = sandbox._sessions
        assert isinstance(session, LocalSession)
        os.killpg(session.process.pid, signal.SIGKILL)  # the sandbox dies between two runs
        session.process.wait()

        result = sandbox.run(example_request(Language.PYTHON))

        assert result.status is Status.OK
        assert result.attempts == 2
        assert sandbox._sessions != [session]


@pytest.fixture
def engine_without_images(podman_url: str) -> Iterator[DockerBackend]:
    """A docker backend whose images disappear from the engine; rebuilt afterwards."""
    client = docker.DockerClient(base_url=podman_url, version=API_VERSION)
    backend = DockerBackend(client)
    for name in backend.images.values():
        client.images.remove(name, force=True)
    yield backend
    build_images(client)


def test_persistent_engine_failure_is_a_sandbox_error_after_retries(
    engine_without_images: DockerBackend,
) -> None:
    with Sandbox(engine_without_images, concurrency=1, retries=2) as sandbox:
        result = sandbox.run(example_request(Language.PYTHON))
    assert result.status is Status.SANDBOX_ERROR
    assert result.attempts == 3
    assert "container engine" in result.detail


def test_humaneval_leaves_sandbox_errors_out_of_the_scores(engine_without_images: DockerBackend) -> None:
    problems = load_problems()
    samples = [Sample(task_id="HumanEval/0", completion=problems["HumanEval/0"]["canonical_solution"])]
    with Sandbox(engine_without_images, concurrency=1, retries=0) as sandbox:
        report = evaluate(sandbox, samples, problems, ks=[1])
    assert report["tasks"] == {}
    assert report["pass_at_k"] == {}
    assert len(report["sandbox_errors"]) == 1 and report["sandbox_errors"][0].startswith("HumanEval/0#0")
