"""Choosing the backend from configuration."""

from __future__ import annotations

from aibaas.config import Settings
from aibaas.sandbox.backend import Backend
from aibaas.sandbox.cache import CompileCache
from aibaas.sandbox.runner import Sandbox, compile_cache_dir


def make_backend(settings: Settings, backend: str | None = None) -> Backend:
    """The backend named by `backend`, or by `AIBAAS_SANDBOX_BACKEND`.

    Args:
        settings: validated settings (docker URL, data dir).
        backend: "local" or "docker"; None means the configured one.
    """
    chosen = backend or settings.sandbox_backend
    if chosen == "docker":
        from aibaas.sandbox.docker_backend import DockerBackend

        docker: Backend = DockerBackend.from_settings(settings)
        return docker
    from aibaas.sandbox.local import LocalBackend

    return LocalBackend()


def open_sandbox(settings: Settings, backend: str | None = None, warm: bool = True) -> Sandbox:
    """A ready Sandbox for the configured backend, with the on-disk compile cache.

    Args:
        settings: validated settings.
        backend: override of the configured backend.
        warm: keep one sandbox per worker open across executions.
    """
    return Sandbox(
        make_backend(settings, backend),
        concurrency=settings.sandbox_concurrency,
        warm=warm,
        cache=CompileCache(compile_cache_dir(settings.data_dir)),
    )
