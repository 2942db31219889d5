"""Each language compiles and runs its tests in the sandbox, with per-test outcomes."""

from __future__ import annotations

import pytest

from aibaas.sandbox import ExecutionRequest, Language, Sandbox, SourceFile, Status
from aibaas.sandbox.examples import example_request

# The test names each runner reports for the example project.
EXPECTED_TESTS = {
    Language.PYTHON: ["test_sol.TestAdd.test_adds", "test_sol.TestAdd.test_wrong"],
    Language.TYPESCRIPT: ["adds", "wrong"],
    Language.JAVA: ["SolTest.adds()", "SolTest.wrong()"],
    Language.GO: ["TestAdds", "TestWrong"],
    Language.RUBY: ["TestAdd#test_adds", "TestAdd#test_wrong"],
    Language.RUST: ["tests::adds", "tests::wrong"],
    Language.CSHARP: ["SolTests.Adds", "SolTests.Wrong"],
}


@pytest.mark.parametrize("language", list(Language))
def test_passing_project_is_ok_with_every_test_named(any_sandbox: Sandbox, language: Language) -> None:
    result = any_sandbox.run(example_request(language, passing=True))
    assert result.status is Status.OK, result
    assert sorted(t.name for t in result.tests) == EXPECTED_TESTS[language]
    assert all(t.passed for t in result.tests)
    assert result.backend == any_sandbox.backend.name
    assert result.wall_time_s > 0 and result.peak_memory_mb > 0


@pytest.mark.parametrize("language", list(Language))
def test_failing_test_is_a_test_failure_naming_the_test(local_sandbox: Sandbox, language: Language) -> None:
    result = local_sandbox.run(example_request(language, passing=False))
    assert result.status is Status.TEST_FAILURE
    outcomes = {t.name: t.passed for t in result.tests}
    right, wrong = sorted(EXPECTED_TESTS[language], key=lambda name: "wrong" in name.lower())
    assert outcomes == {right: True, wrong: False}


BROKEN_SOURCES = {
    Language.TYPESCRIPT: ("sol.ts", "export function add(a: number, b: number): number {\n"),
    Language.JAVA: ("Sol.java", "public class Sol { int add( }\n"),
    Language.GO: ("sol.go", "package sol\n\nfunc Add(a, b int) int { return a + }\n"),
    Language.RUST: ("lib.rs", "pub fn add(a: i32) -> i32 { a + }\n"),
    Language.CSHARP: ("Sol.cs", "public static class Sol { public static int Add( }\n"),
}


@pytest.mark.parametrize("language", list(BROKEN_SOURCES))
def test_syntax_error_is_a_compile_error_with_the_compiler_message(
    local_sandbox: Sandbox, language: Language
) -> None:
    path, broken = BROKEN_SOURCES[language]
    request = example_request(language)
    files = tuple(
        SourceFile(path=f.path, content=broken if f.path == path else f.content) for f in request.files
    )
    result = local_sandbox.run(request.model_copy(update={"files": files}))
    assert result.status is Status.COMPILE_ERROR
    assert path in result.compile_output
    assert result.tests == ()


def test_identical_sources_reuse_the_compile_output(local_sandbox: Sandbox) -> None:
    request = example_request(Language.GO).model_copy(update={"label": "cache-probe"})
    first = local_sandbox.run(request)
    second = local_sandbox.run(request)
    assert (first.status, second.status) == (Status.OK, Status.OK)
    assert second.compile_cached
    assert second.compile_output == ""
    assert [t.name for t in second.tests] == [t.name for t in first.tests]


def test_custom_commands_run_instead_of_the_defaults(local_sandbox: Sandbox) -> None:
    request = ExecutionRequest(
        language=Language.PYTHON,
        files=(SourceFile(path="main.py", content="import sys\nprint('argv', sys.argv[1:])\n"),),
        test_command=("python3", "main.py", "x", "y"),
    )
    result = local_sandbox.run(request)
    assert result.status is Status.OK
    assert result.stdout == "argv ['x', 'y']\n"


def test_many_requests_come_back_in_order(local_sandbox: Sandbox) -> None:
    requests = [example_request(Language.PYTHON, passing=i % 2 == 0) for i in range(8)]
    results = local_sandbox.run_many(requests)
    assert [r.status for r in results] == [Status.OK, Status.TEST_FAILURE] * 4
