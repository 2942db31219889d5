"""Turning task material into sandbox requests; all execution goes through `aibaas.sandbox`."""

from __future__ import annotations

from aibaas.sandbox import ExecutionRequest, Limits, SourceFile
from aibaas.sandbox import Language as SandboxLanguage
from aibaas.taskbank.codegen import generator
from aibaas.taskbank.spec import Language, Signature, TaskSpec, TestCase

# Generous for a reference (the slowest toolchain compiles in about a second) and still short
# enough that a mutant stuck in a loop does not hold QA up.
QA_LIMITS = Limits(wall_time_s=20.0, cpu_time_s=20.0, memory_mb=1024)


def hidden_test_source(task: TaskSpec) -> str:
    """The task's hidden test file: a hand-written one if present, else generated from its cases."""
    if task.private.test_source is not None:
        return task.private.test_source
    return generator(task.language).test_source(task.public.signature, task.private.hidden_tests)


def generated_tests(language: Language, signature: Signature, cases: list[TestCase]) -> str:
    return generator(language).test_source(signature, cases)


def request_for(
    language: Language, solution: str, tests: str, label: str = "", limits: Limits = QA_LIMITS
) -> ExecutionRequest:
    """A sandbox request that runs `tests` against `solution` with the language's default harness."""
    gen = generator(language)
    files = [
        SourceFile(path=gen.solution_file, content=solution),
        SourceFile(path=gen.test_file, content=tests),
    ]
    files += [SourceFile(path=path, content=text) for path, text in gen.support_files().items()]
    return ExecutionRequest(
        language=SandboxLanguage(language.value), files=tuple(files), limits=limits, label=label
    )
