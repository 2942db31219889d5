"""Running many solution variants (a reference, its mutants) with far fewer compiler and VM starts.

Quality assurance and the build run every reference and up to eight mutants of it; almost all of
that time is compiler, runtime and interpreter start-up, not the tests. So variants share one
sandbox execution: each is renamed into its own namespace (Java classes
`Solution_v3`/`Solution_v3Test`, C# `Solution_v3`/`Tests_v3`, Rust modules `v3::`, Go top-level
names `fn_v3`) or put in its own directory with its test names prefixed (TypeScript `v3/`
modules, one node process; Ruby `v3/` files, each loaded in a fork of one interpreter), everything
is compiled once and the tests run once, and each test name says which variant it belongs to.
Python needs none of this: its runs already fork from a warm interpreter.

A batch must never change a verdict, only its cost. So a variant is decided by a batch only when
the batch shows it plainly: at least one of its tests failed (killed), or all of its tests were
reported and passed. In a batch stopped by a limit (a looping mutant), only variants whose tests
were all reported before the stop are decided. Variants named in a compile error are compile
errors; everything else a batch leaves open (the variant that hung, a crash that ended the process,
an error the batch cannot pin on a variant) runs again on its own, exactly as it would have without
batching.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from aibaas.sandbox import ExecutionRequest, ExecutionResult, Limits, Sandbox, SourceFile, Status
from aibaas.sandbox import Language as SandboxLanguage
from aibaas.taskbank.codegen import generator
from aibaas.taskbank.execution import QA_LIMITS, request_for
from aibaas.taskbank.spec import Language

# Variants per shared execution, per language: the largest size that still bought a clear gain in
# benchmarks/batch_sizes.py (docs/benchmarks.md, "Task bank"); past it, a bigger batch saves little
# and a variant that hangs or crashes sends more neighbours to run again alone.
BATCH_SIZES: Mapping[Language, int] = {
    Language.TYPESCRIPT: 48,
    Language.RUBY: 12,
    Language.JAVA: 48,
    Language.CSHARP: 48,
    Language.GO: 24,
    Language.RUST: 24,
}
BATCH_SECONDS_PER_VARIANT = 1.0  # added to the single-run limits for each variant of a batch
COMPILE_ROUNDS = 3  # batches retried without the variants a compile error named
_DETAIL_CHARS = 600


@dataclass(frozen=True)
class SourceRun:
    """One solution text run against one test file (which expects `test_count` tests)."""

    language: Language
    source: str
    tests: str
    test_count: int
    label: str = ""
    limits: Limits = QA_LIMITS


@dataclass(frozen=True)
class Verdict:
    """What one run showed: its status and how many of its tests passed and failed."""

    status: Status
    passed: int
    failed: int
    detail: str = ""

    def killed(self) -> bool:
        """Compiled and at least one test failed (a compile error or a timeout proves nothing)."""
        return self.status is Status.TEST_FAILURE and self.failed > 0

    def all_passed(self, expected: int | None = None) -> bool:
        """Succeeded with every test passing, and as many tests as expected if given."""
        ok = self.status is Status.OK and self.passed > 0 and self.failed == 0
        return ok and (expected is None or self.passed == expected)


def verdict_of(result: ExecutionResult) -> Verdict:
    passed = sum(t.passed for t in result.tests)
    detail = (result.compile_output or result.stdout or result.stderr)[-_DETAIL_CHARS:]
    return Verdict(result.status, passed, len(result.tests) - passed, detail)


def run_sources(sandbox: Sandbox, runs: Sequence[SourceRun], batch_size: int | None = None) -> list[Verdict]:
    """The verdict of every run, in order; runs of a batchable language share executions.

    Batches hold each language's `BATCH_SIZES` variants unless `batch_size` says otherwise; a
    `batch_size` of 1 runs everything alone (the baseline the benchmark compares against).
    """
    verdicts: dict[int, Verdict] = {}
    open_runs = [i for i, run in enumerate(runs) if run.language in _LAYOUTS and batch_size != 1]
    for _ in range(COMPILE_ROUNDS):
        if not open_runs:
            break
        batches = _batches(runs, open_runs, batch_size)
        results = sandbox.run_many([_batch_request(runs, batch) for batch in batches])
        open_runs = []
        for batch, result in zip(batches, results, strict=True):
            decided = _decide(runs, batch, result)
            verdicts |= decided
            retry = [i for i in batch if i not in decided]
            # a compile error names some variants: the rest get another batch; a batch that fails
            # for a reason it cannot pin on a variant runs each of them alone below
            if result.status is Status.COMPILE_ERROR and len(retry) < len(batch):
                open_runs += retry
    alone = [i for i in range(len(runs)) if i not in verdicts]
    results = sandbox.run_many([_single_request(runs[i]) for i in alone])
    verdicts |= {i: verdict_of(result) for i, result in zip(alone, results, strict=True)}
    return [verdicts[i] for i in range(len(runs))]


def _single_request(run: SourceRun) -> ExecutionRequest:
    return request_for(run.language, run.source, run.tests, run.label, run.limits)


def _batches(runs: Sequence[SourceRun], indexes: list[int], size: int | None) -> list[list[int]]:
    # runs with other limits go to other batches: one variant's budget must not stretch its neighbours'
    groups: dict[tuple[Language, Limits], list[int]] = {}
    for i in indexes:
        groups.setdefault((runs[i].language, runs[i].limits), []).append(i)
    batches = []
    for (language, _limits), group in groups.items():
        step = size or BATCH_SIZES[language]
        batches += [group[s : s + step] for s in range(0, len(group), step)]
    return batches


def _batch_request(runs: Sequence[SourceRun], batch: list[int]) -> ExecutionRequest:
    language = runs[batch[0]].language
    layout = _LAYOUTS[language]
    files = [f for slot, i in enumerate(batch) for f in layout.files(slot, runs[i])]
    files += [SourceFile(path=p, content=t) for p, t in generator(language).support_files().items()]
    files += layout.root_files([runs[i] for i in batch])
    # A batch that times out decides nothing and its variants run alone with the usual limits, so a
    # tight budget changes no verdict; it only caps what one looping mutant costs the batch.
    single = runs[batch[0]].limits
    limits = Limits(
        wall_time_s=single.wall_time_s + BATCH_SECONDS_PER_VARIANT * len(batch),
        cpu_time_s=single.cpu_time_s + BATCH_SECONDS_PER_VARIANT * len(batch),
        memory_mb=single.memory_mb * 2,
    )
    return ExecutionRequest(
        language=SandboxLanguage(language.value),
        files=tuple(files),
        limits=limits,
        label=f"batch of {len(batch)}: {runs[batch[0]].label}",
    )


def _decide(runs: Sequence[SourceRun], batch: list[int], result: ExecutionResult) -> dict[int, Verdict]:
    language = runs[batch[0]].language
    layout = _LAYOUTS[language]
    if result.status is Status.COMPILE_ERROR:
        named = blamed_variants(language, result.compile_output)
        # blame only what the compiler named; everything else is still undecided
        return {
            batch[slot]: Verdict(Status.COMPILE_ERROR, 0, 0, result.compile_output[-_DETAIL_CHARS:])
            for slot in named
            if slot < len(batch) and len(named) < len(batch)
        }
    tallies = {slot: [0, 0] for slot in range(len(batch))}
    for test in result.tests:
        match = layout.test_owner.search(test.name)
        if match and int(match.group(1)) in tallies:
            tallies[int(match.group(1))][0 if test.passed else 1] += 1
    finished = result.status in (Status.OK, Status.TEST_FAILURE)
    decided = {}
    for slot, (passed, failed) in tallies.items():
        run = runs[batch[slot]]
        # When the batch was stopped (one variant looping), a variant counts only if every one of its
        # tests was reported: a later test of its own might have been the one that hung.
        if not finished and passed + failed != run.test_count:
            continue
        if failed:
            decided[batch[slot]] = Verdict(Status.TEST_FAILURE, passed, failed, "failed in a batch")
        elif passed == run.test_count:
            decided[batch[slot]] = Verdict(Status.OK, passed, 0)
    return decided


def blamed_variants(language: Language, compile_output: str) -> set[int]:
    """The slots of a batch that the compiler's errors (not its warnings) point at."""
    layout = _LAYOUTS[language]
    return {int(n) for n in layout.compile_blame.findall(layout.errors_only(compile_output))}


@dataclass(frozen=True)
class _Layout:
    """How one language puts variant `slot` into a shared execution and finds it again."""

    files: Callable[[int, SourceRun], list[SourceFile]]
    test_owner: re.Pattern[str]  # group 1: the slot a reported test name belongs to
    compile_blame: re.Pattern[str]  # matches of group 1: slots a compile error names
    root_files: Callable[[list[SourceRun]], list[SourceFile]] = lambda _runs: []
    # the compiler output without its warnings, which name variants that compile fine
    errors_only: Callable[[str], str] = lambda output: output


def _renamed(text: str, names: Sequence[str], slot: int) -> str:
    return _replaced_names(text, {name: f"{name}_v{slot}" for name in names})


def _replaced_names(text: str, renames: Mapping[str, str]) -> str:
    pattern = re.compile(r"(?<![.\w])(" + "|".join(re.escape(n) for n in renames) + r")\b")
    return pattern.sub(lambda m: renames[m.group(1)], text)


def _java_files(slot: int, run: SourceRun) -> list[SourceFile]:
    # the test class must still end in `Test`: JUnit's classpath scan finds no other name
    renames = {"Solution": f"Solution_v{slot}", "SolutionTest": f"Solution_v{slot}Test"}
    return [
        SourceFile(path=f"Solution_v{slot}.java", content=_replaced_names(run.source, renames)),
        SourceFile(path=f"Solution_v{slot}Test.java", content=_replaced_names(run.tests, renames)),
    ]


def _csharp_files(slot: int, run: SourceRun) -> list[SourceFile]:
    names = ("Solution", "Tests")
    return [
        SourceFile(path=f"Solution_v{slot}.cs", content=_renamed(run.source, names, slot)),
        SourceFile(path=f"Tests_v{slot}.cs", content=_renamed(run.tests, names, slot)),
    ]


_GO_DECLARATION = re.compile(r"^(?:func|type|var|const) ([A-Za-z_]\w*)", re.M)
_GO_GROUP = re.compile(r"^(?:var|const|type) \(\n(.*?)^\)", re.M | re.S)
_GO_GROUP_NAME = re.compile(r"^\t([A-Za-z_]\w*)", re.M)


def go_top_level_names(source: str) -> list[str]:
    """Package-level functions, types, variables and constants (methods and `init` excluded)."""
    names = set(_GO_DECLARATION.findall(source))
    for group in _GO_GROUP.findall(source):
        names |= set(_GO_GROUP_NAME.findall(group))
    return sorted(names - {"init", "main"})


def _go_files(slot: int, run: SourceRun) -> list[SourceFile]:
    names = go_top_level_names(run.source) + go_top_level_names(run.tests)
    return [
        SourceFile(path=f"solution_v{slot}.go", content=_renamed(run.source, names, slot)),
        SourceFile(path=f"solution_v{slot}_test.go", content=_renamed(run.tests, names, slot)),
    ]


def _rust_files(slot: int, run: SourceRun) -> list[SourceFile]:
    return [SourceFile(path=f"v{slot}/solution.rs", content=run.source)]


def _rust_root(batch: list[SourceRun]) -> list[SourceFile]:
    # each test file becomes the inline module `vN` of lib.rs, whose `mod solution;` is vN/solution.rs
    body = "".join(f"mod v{slot} {{\n{run.tests}\n}}\n" for slot, run in enumerate(batch))
    return [SourceFile(path="lib.rs", content=body)]


_RUST_DIAGNOSTIC = re.compile(r"^(?=(?:error|warning)\b)", re.M)


def _rust_errors(output: str) -> str:
    return "".join(b for b in _RUST_DIAGNOSTIC.split(output) if not b.startswith("warning"))


_TS_TEST_NAME = re.compile(r"""\btest\((["'])""")


def _typescript_files(slot: int, run: SourceRun) -> list[SourceFile]:
    # a directory per variant keeps the test file's `./solution` import pointing at its own variant;
    # `cases.ts` is not a test file to the runner, so node starts once, for the batch's root file
    tests = _TS_TEST_NAME.sub(lambda m: f"test({m.group(1)}v{slot}/", run.tests)
    return [
        SourceFile(path=f"v{slot}/solution.ts", content=run.source),
        SourceFile(path=f"v{slot}/cases.ts", content=tests),
    ]


def _typescript_root(batch: list[SourceRun]) -> list[SourceFile]:
    imports = "".join(f'import "./v{slot}/cases";\n' for slot in range(len(batch)))
    return [SourceFile(path="batch.test.ts", content=imports)]


_ESBUILD_DIAGNOSTIC = re.compile(r"^(?=[▲✘] \[)", re.M)


def _esbuild_errors(output: str) -> str:
    return "".join(b for b in _ESBUILD_DIAGNOSTIC.split(output) if not b.startswith("▲"))


def _ruby_files(slot: int, run: SourceRun) -> list[SourceFile]:
    # `cases.rb` is not a test file to the runner: the batch's root file loads each one in a fork
    return [
        SourceFile(path=f"v{slot}/solution.rb", content=run.source),
        SourceFile(path=f"v{slot}/cases.rb", content=_renamed(run.tests, ("TestSolution",), slot)),
    ]


def _ruby_root(batch: list[SourceRun]) -> list[SourceFile]:
    # Each variant loads into its own fork of one interpreter that has minitest loaded already, so
    # top-level definitions of one variant never meet another's, at a fraction of a fresh start.
    lines = ['require "minitest"', f"{len(batch)}.times do |slot|"]
    lines += ['  Process.wait(fork { require_relative "v#{slot}/cases" })', "end", ""]
    return [SourceFile(path="test_batch.rb", content="\n".join(lines))]


_LAYOUTS: dict[Language, _Layout] = {
    Language.RUBY: _Layout(
        _ruby_files,
        re.compile(r"^TestSolution_v(\d+)#"),
        re.compile(r"\bv(\d+)/(?:solution|cases)\.rb:\d+"),
        _ruby_root,
    ),
    Language.TYPESCRIPT: _Layout(
        _typescript_files,
        re.compile(r"^v(\d+)/"),
        re.compile(r"^\s*v(\d+)/(?:solution|cases)\.ts:\d+", re.M),
        _typescript_root,
        _esbuild_errors,
    ),
    Language.JAVA: _Layout(
        _java_files,
        re.compile(r"Solution_v(\d+)Test\."),
        re.compile(r"Solution_v(\d+)(?:Test)?\.java:\d+: error"),
    ),
    Language.CSHARP: _Layout(
        _csharp_files,
        re.compile(r"\bTests_v(\d+)\."),
        re.compile(r"(?:Solution|Tests)_v(\d+)\.cs\(\d+,\d+\): error"),
    ),
    # Go has no compiler warnings: every diagnostic that names a file is an error (vet's too)
    Language.GO: _Layout(
        _go_files, re.compile(r"_v(\d+)$"), re.compile(r"solution_v(\d+)(?:_test)?\.go:\d+")
    ),
    Language.RUST: _Layout(
        _rust_files,
        re.compile(r"^v(\d+)::"),
        re.compile(r"\bv(\d+)/(?:solution|tests)\.rs"),
        _rust_root,
        _rust_errors,
    ),
}
