"""Batched runs give exactly the verdicts of separate runs, in the real sandbox, only cheaper."""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest

from aibaas.config import load_settings
from aibaas.sandbox import Sandbox, Status, open_sandbox
from aibaas.taskbank.batching import (
    SourceRun,
    _batch_request,
    _decide,
    blamed_variants,
    go_top_level_names,
    run_sources,
    verdict_of,
)
from aibaas.taskbank.execution import hidden_test_source, request_for
from aibaas.taskbank.mutation import apply_mutants, candidate_mutants
from aibaas.taskbank.spec import Language
from tests.taskbank.conftest import codegen_task

BATCHED = [Language.TYPESCRIPT, Language.RUBY, Language.JAVA, Language.CSHARP, Language.GO, Language.RUST]


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Sandbox]:
    with open_sandbox(load_settings(data_dir=tmp_path_factory.mktemp("data"))) as box:
        yield box


def _runs(language: Language) -> list[SourceRun]:
    # the reference, its stub, and mutants: some killed, some not compiling (`-` on strings)
    task = codegen_task(language, 0, "merge-intervals")
    other = codegen_task(language, 0)
    runs = []
    for t in (task, other):
        reference, tests = t.private.reference_solution, hidden_test_source(t)
        mutants = candidate_mutants(reference)
        random.Random(0).shuffle(mutants)
        sources = [reference, t.public.stub, *(apply_mutants(reference, [m]) for m in mutants[:5])]
        runs += [SourceRun(language, s, tests, len(t.private.hidden_tests), t.id) for s in sources]
    return runs


@pytest.mark.slow  # two units of seven variants each, batched and alone, in six languages
@pytest.mark.parametrize("language", BATCHED, ids=[lang.value for lang in BATCHED])
def test_a_batch_decides_every_variant_as_a_separate_run_would(sandbox: Sandbox, language: Language) -> None:
    runs = _runs(language)
    # the batch itself decides the reference and the stub (a batch that decided nothing would pass
    # the comparison below by running everything alone again)
    first = list(range(len(runs) // 2))
    shared = sandbox.run_many([_batch_request(runs, first)])[0]
    assert {0, 1} <= set(_decide(runs, first, shared)), shared.stdout[-500:]
    batched = run_sources(sandbox, runs, batch_size=8)
    alone = [
        verdict_of(r) for r in sandbox.run_many([request_for(r.language, r.source, r.tests) for r in runs])
    ]
    summary = [(v.killed(), v.all_passed(r.test_count)) for v, r in zip(batched, runs, strict=True)]
    assert summary == [(v.killed(), v.all_passed(r.test_count)) for v, r in zip(alone, runs, strict=True)]
    assert summary[0] == (False, True) and summary[1] == (True, False)  # reference passes, stub fails
    compile_errors = [v.status is Status.COMPILE_ERROR for v in alone]
    assert [v.status is Status.COMPILE_ERROR for v in batched] == compile_errors


def test_go_top_level_names_leave_methods_and_locals_alone() -> None:
    source = """package solution

type stack struct{ items []int }

func (s *stack) push(v int) { s.items = append(s.items, v) }

const (
\tlimit = 3
\tfloor = 0
)

var seen = map[int]bool{}

func solve(values []int) int {
\ttotal := 0
\treturn total
}
"""
    assert go_top_level_names(source) == ["floor", "limit", "seen", "solve", "stack"]


# Real compiler output of batches in which one variant does not compile and others only warn.
COMPILER_OUTPUT = {
    Language.CSHARP: (
        "Compilation failed: 1 error(s), 2 warnings\n"
        "Solution_v1.cs(17,34): error CS0019: Operator `-' cannot be applied to operands of type `string'\n"
        "Solution_v2.cs(17,47): warning CS0429: Unreachable expression code detected\n"
        "Tests_v3.cs(9,13): warning CS0219: The variable `x' is assigned but its value is never used\n"
    ),
    Language.JAVA: (
        "Solution_v2Test.java:9: error: bad operand types for binary operator '-'\n"
        "        return a - b;\n"
        "Note: Solution_v0Test.java uses unchecked or unsafe operations.\n"
        "Note: Recompile with -Xlint:unchecked for details.\n1 error\n"
    ),
    Language.RUST: (
        "warning: unused variable: `x`\n --> src/v0/solution.rs:3:9\n  |\n3 |     let x = 1;\n\n"
        "error[E0369]: cannot subtract `String` from `String`\n --> src/v3/solution.rs:5:7\n\n"
        "warning: `solution` (lib test) generated 1 warning\n"
    ),
    Language.TYPESCRIPT: (
        '▲ [WARNING] Comparison with -0 using the "===" operator will also match 0 [equals-negative-zero]\n\n'
        "    v0/solution.ts:2:15:\n      2 │ const b = a === -0;\n\n"
        '✘ [ERROR] Unexpected ";"\n\n    v1/solution.ts:2:12:\n      2 │   return x +;\n\n'
    ),
    Language.RUBY: "v2/solution.rb:7: syntax error, unexpected `end'\n",
    Language.GO: "# solution [solution.test]\n./solution_v4.go:12:9: invalid operation: operator -\n",
}


@pytest.mark.parametrize("language", BATCHED, ids=[lang.value for lang in BATCHED])
def test_only_compile_errors_blame_a_variant_not_warnings(language: Language) -> None:
    expected = {
        Language.TYPESCRIPT: {1},
        Language.RUBY: {2},
        Language.CSHARP: {1},
        Language.JAVA: {2},
        Language.RUST: {3},
        Language.GO: {4},
    }
    assert blamed_variants(language, COMPILER_OUTPUT[language]) == expected[language]
