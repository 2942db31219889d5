"""Per-language defaults: how to compile, how to run the tests, and how to read their results.

A request may override the commands; the defaults expect the conventional test file names
below and use only each language's standard library (plus JUnit 5 from Debian for Java and a
small bundled harness for C#, which has no test framework in Debian).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from aibaas.sandbox.layout import HARNESS_DIR, SANDBOX_NODE_MODULES, SANDBOX_RUST
from aibaas.sandbox.models import ExecutionRequest, Language, SourceFile, TestFormat

JUNIT_JAR = "/usr/share/java/junit-platform-console-standalone.jar"
ESBUILD = f"{SANDBOX_NODE_MODULES}/.bin/esbuild"
JVM_FLAGS = ("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:CICompilerCount=1", "-Xshare:auto")


@dataclass(frozen=True)
class Plan:
    """The concrete steps of one request after defaults are applied."""

    files: tuple[SourceFile, ...]
    compile_command: tuple[str, ...] | None
    test_command: tuple[str, ...]
    test_format: TestFormat
    compile_outputs: tuple[str, ...] = ()
    inline_python: bool = False
    env: dict[str, str] = field(default_factory=dict)


def _names(request: ExecutionRequest, suffix: str) -> list[str]:
    return sorted(f.path for f in request.files if f.path.endswith(suffix))


def _is_test(path: str) -> bool:
    name = path.rsplit("/", 1)[-1]
    return name.startswith("test") or any(mark in name for mark in ("_test.", ".test.", "Test."))


def _python(request: ExecutionRequest) -> Plan:
    return Plan(request.files, None, ("python3", "-m", "unittest", "-v"), TestFormat.UNITTEST)


def _typescript(request: ExecutionRequest) -> Plan:
    sources = _names(request, ".ts")
    compile_command = (
        ESBUILD,
        "--log-level=warning",
        "--platform=node",
        "--format=cjs",
        "--outdir=out",
        "--outbase=.",
        *sources,
    )
    tests = [f"out/{path[:-3]}.js" for path in sources if _is_test(path)]
    return Plan(
        request.files,
        compile_command,
        ("node", "--test", "--test-reporter=tap", *tests),
        TestFormat.TAP,
        compile_outputs=("out",),
    )


def _java(request: ExecutionRequest) -> Plan:
    compile_command = (
        "javac",
        "-J-XX:TieredStopAtLevel=1",
        "-J-XX:+UseSerialGC",
        "-d",
        "out",
        "-cp",
        JUNIT_JAR,
        *_names(request, ".java"),
    )
    test_command = (
        "java",
        *JVM_FLAGS,
        "-jar",
        JUNIT_JAR,
        "--disable-banner",
        "--disable-ansi-colors",
        "--details=tree",
        "-cp",
        "out",
        "--scan-classpath",
    )
    return Plan(request.files, compile_command, test_command, TestFormat.JUNIT, compile_outputs=("out",))


def _go(request: ExecutionRequest) -> Plan:
    # go vet is a linter, not the compiler: it would fail code that compiles and cost ~0.5 s a sample.
    return Plan(
        request.files,
        ("go", "test", "-vet=off", "-c", "-o", "tests.bin"),
        ("./tests.bin", "-test.v"),
        TestFormat.GO,
        compile_outputs=("tests.bin",),
    )


def _ruby(request: ExecutionRequest) -> Plan:
    loader = "ARGV.shift.split(',').each { |f| require File.expand_path(f) }"
    tests = ",".join(path for path in _names(request, ".rb") if _is_test(path))
    return Plan(request.files, None, ("ruby", "-I.", "-e", loader, tests, "-v"), TestFormat.MINITEST)


def _rust(request: ExecutionRequest) -> Plan:
    sources = _names(request, ".rs")
    root = next((p for p in ("lib.rs", "main.rs") if p in sources), sources[0] if sources else "lib.rs")
    compile_command = (f"{SANDBOX_RUST}/bin/rustc", "--edition", "2021", "--test", "-o", "tests.bin", root)
    return Plan(
        request.files,
        compile_command,
        ("./tests.bin", "--test-threads=1"),
        TestFormat.RUST,
        compile_outputs=("tests.bin",),
    )


def _csharp(request: ExecutionRequest) -> Plan:
    harness = SourceFile(path="AibaasHarness.cs", content=(HARNESS_DIR / "AibaasHarness.cs").read_text())
    files = (*request.files, harness)
    sources = sorted(f.path for f in files if f.path.endswith(".cs"))
    compile_command = ("mcs", "-nologo", "-main:Aibaas.Harness", "-out:tests.exe", *sources)
    return Plan(files, compile_command, ("mono", "tests.exe"), TestFormat.TAP, compile_outputs=("tests.exe",))


_DEFAULTS = {
    Language.PYTHON: _python,
    Language.TYPESCRIPT: _typescript,
    Language.JAVA: _java,
    Language.GO: _go,
    Language.RUBY: _ruby,
    Language.RUST: _rust,
    Language.CSHARP: _csharp,
}
_INLINE_PYTHON = ("python3", "/usr/bin/python3")


def plan(request: ExecutionRequest) -> Plan:
    """The request's steps: its own commands where given, the language's defaults otherwise.

    Args:
        request: what to run.

    Returns:
        The files, commands and output format to use.
    """
    default = _DEFAULTS[request.language](request)
    if request.compile_command is None:
        compile_command = default.compile_command
    else:
        compile_command = request.compile_command or None  # () means: no compile step
    test_command = request.test_command or default.test_command
    test_format = request.test_format or (
        default.test_format if request.test_command is None else TestFormat.NONE
    )
    return Plan(
        files=default.files,
        compile_command=compile_command,
        test_command=test_command,
        test_format=test_format,
        compile_outputs=default.compile_outputs if compile_command == default.compile_command else (),
        # Python tests run in a fork of the sandbox's already started interpreter: same result,
        # no interpreter start-up per sample.
        inline_python=request.language is Language.PYTHON and _inlinable(test_command),
    )


def _inlinable(command: tuple[str, ...]) -> bool:
    """`python3 FILE ...` and `python3 -m MODULE ...`; anything with other flags really execs."""
    if len(command) < 2 or command[0] not in _INLINE_PYTHON:
        return False
    return (command[1] == "-m" and len(command) > 2) or not command[1].startswith("-")
