"""Sandboxes for the tests: the local backend, and the docker backend against a real podman service."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from aibaas.sandbox import Sandbox
from aibaas.sandbox.local import LocalBackend


@pytest.fixture(scope="session")
def local_sandbox() -> Iterator[Sandbox]:
    with Sandbox(LocalBackend(), concurrency=2) as sandbox:
        yield sandbox
