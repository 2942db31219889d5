"""The sandbox's public data types: what to run, under which limits, and what came of it."""

from __future__ import annotations

import hashlib
import json
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, field_validator


class Language(StrEnum):
    PYTHON = "python"
    TYPESCRIPT = "typescript"
    JAVA = "java"
    GO = "go"
    RUBY = "ruby"
    RUST = "rust"
    CSHARP = "csharp"


class Status(StrEnum):
    """How an execution ended; only SANDBOX_ERROR blames the infrastructure rather than the code."""

    OK = "ok"
    COMPILE_ERROR = "compile_error"
    TEST_FAILURE = "test_failure"
    TIMEOUT = "timeout"
    OUT_OF_MEMORY = "out_of_memory"
    KILLED = "killed"
    SANDBOX_ERROR = "sandbox_error"


class TestFormat(StrEnum):
    """How the test step reports per-test outcomes (parsed from its stdout and stderr)."""

    UNITTEST = "unittest"  # python -m unittest -v
    TAP = "tap"  # node --test --test-reporter=tap, and the C# harness
    JUNIT = "junit"  # JUnit console launcher --details=testfeed
    GO = "go"  # go test -v
    MINITEST = "minitest"  # ruby minitest -v
    RUST = "rust"  # rustc --test binaries
    NONE = "none"  # the exit code is the only outcome


class Limits(BaseModel):
    """Resource limits of one execution; each applies to every step (compile, test) separately."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    wall_time_s: float = Field(default=10.0, gt=0, le=3600)
    cpu_time_s: float = Field(default=10.0, gt=0, le=3600)
    memory_mb: int = Field(default=1024, ge=16, le=65536)
    processes: int = Field(default=128, ge=4, le=4096)
    output_bytes: int = Field(default=1 << 20, ge=1024, le=256 << 20)
    file_size_mb: int = Field(default=64, ge=1, le=4096)


class SourceFile(BaseModel):
    """A file placed in the work directory before the first step."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    path: str
    content: str | bytes
    executable: bool = False

    @field_validator("path")
    @classmethod
    def _relative(cls, value: str) -> str:
        parts = value.split("/")
        if not value or value.startswith("/") or ".." in parts or "" in parts:
            raise ValueError(f"file path {value!r} must be relative, without '..' or empty parts")
        return value


class ExecutionRequest(BaseModel):
    """Files plus an optional compile command and a test command, run in one fresh sandbox.

    Leave `compile_command`/`test_command` unset to use the language's defaults (see
    `aibaas.sandbox.languages`), which also choose `test_format`.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    language: Language
    files: tuple[SourceFile, ...]
    compile_command: tuple[str, ...] | None = None
    test_command: tuple[str, ...] | None = None
    test_format: TestFormat | None = None
    limits: Limits = Limits()
    label: str = ""

    def fingerprint(self) -> str:
        """A stable hash of everything that determines the outcome (not the label)."""
        payload = self.model_dump(mode="json", exclude={"label"})
        for entry in payload["files"]:
            content = entry["content"]
            entry["content"] = hashlib.sha256(
                content.encode() if isinstance(content, str) else content
            ).hexdigest()
        return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()


class TestOutcome(BaseModel):
    model_config = ConfigDict(frozen=True)

    name: str
    passed: bool
    message: str = ""


class ExecutionResult(BaseModel):
    """What happened. `stdout`/`stderr` are those of the last step that ran, truncated with a marker."""

    model_config = ConfigDict(frozen=True)

    status: Status
    exit_code: int | None = None
    stdout: str = ""
    stderr: str = ""
    output_truncated: bool = False
    tests: tuple[TestOutcome, ...] = ()
    wall_time_s: float = 0.0
    cpu_time_s: float = 0.0
    peak_memory_mb: float = 0.0
    compile_cached: bool = False
    compile_output: str = ""
    attempts: int = 1
    backend: str = ""
    detail: str = ""
    label: str = ""

    @property
    def passed(self) -> bool:
        return self.status is Status.OK
