"""Sandboxed execution of model-written code: every execution goes through here.

Typical use::

    from aibaas.sandbox import ExecutionRequest, Language, SourceFile, open_sandbox

    with open_sandbox(settings) as sandbox:
        result = sandbox.run(ExecutionRequest(language=Language.PYTHON, files=(...,)))
        results = sandbox.run_many(requests)  # concurrent, order preserved
"""

from aibaas.sandbox.backend import SandboxUnavailableError
from aibaas.sandbox.factory import make_backend, open_sandbox
from aibaas.sandbox.models import (
    ExecutionRequest,
    ExecutionResult,
    Language,
    Limits,
    SourceFile,
    Status,
    TestFormat,
    TestOutcome,
)
from aibaas.sandbox.runner import Sandbox, default_concurrency

__all__ = [
    "ExecutionRequest",
    "ExecutionResult",
    "Language",
    "Limits",
    "Sandbox",
    "SandboxUnavailableError",
    "SourceFile",
    "Status",
    "TestFormat",
    "TestOutcome",
    "default_concurrency",
    "make_backend",
    "open_sandbox",
]
