"""Quality assurance of the bank as pure functions: each returns problems, one sentence each.

Static checks (leaks, edge cases, variant caps, near-duplicates, complexity) need no execution;
`execution_problems` runs references and mutants in the sandbox.
"""

from __future__ import annotations

import re
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import lizard
from datasketch import MinHash, MinHashLSH

from aibaas.sandbox import Sandbox
from aibaas.taskbank.codegen import generator
from aibaas.taskbank.execution import all_passed, hidden_test_source, killed, request_for
from aibaas.taskbank.mutation import apply_mutants
from aibaas.taskbank.spec import CANARY_RE, Scenario, TaskSpec

MAX_VARIANTS_PER_CELL = 5
MIN_HIDDEN_TESTS = 5
MIN_MUTANTS = 2
DUPLICATE_THRESHOLD = 0.8
EDGE_KINDS = ("empty", "boundary", "large")
_TOKEN = re.compile(r"\w+", re.UNICODE)


def leak_problems(task: TaskSpec) -> list[str]:
    """Private content or the canary inside the prompt or the public part."""
    public_text = task.prompt + task.public.stub + (task.public.code_under_review or "")
    problems = []
    if CANARY_RE.search(public_text):
        problems.append(f"{task.id}: the canary string appears in the public part")
    if task.scenario is not Scenario.TESTING:
        reference_lines = [
            ln.strip() for ln in task.private.reference_solution.splitlines() if len(ln.strip()) > 30
        ]
        leaked = [ln for ln in reference_lines if ln in public_text and ln not in task.public.stub]
        if task.scenario is Scenario.CODEGEN and leaked:
            problems.append(f"{task.id}: reference solution lines appear in the prompt: {leaked[0]!r}")
    for defect in task.private.planted_defects:
        if defect.explanation in public_text:
            problems.append(f"{task.id}: a planted defect's explanation appears in the prompt")
    return problems


def suggestions(task: TaskSpec) -> list[str]:
    """Concrete improvements: too few tests, missing edge cases, weak mutants."""
    out = []
    cases = task.private.hidden_tests
    if task.private.test_source is None and len(cases) < MIN_HIDDEN_TESTS:
        out.append(f"{task.id}: only {len(cases)} hidden tests; add at least {MIN_HIDDEN_TESTS}")
    if cases:
        tags = {tag for case in cases for tag in case.tags}
        missing = [kind for kind in EDGE_KINDS if kind not in tags]
        uses_text = any("str" in p.type for p in task.public.signature.params)
        if uses_text and "unicode" not in tags:
            missing.append("unicode")
        if missing:
            out.append(f"{task.id}: no hidden test covers {', '.join(missing)} inputs; add such cases")
    if len(task.private.mutants) < MIN_MUTANTS:
        out.append(
            f"{task.id}: only {len(task.private.mutants)} mutants are killed; the tests are too weak "
            "to tell subtly wrong code apart"
        )
    return out


def variant_cap_problems(tasks: list[TaskSpec]) -> list[str]:
    """Families with more than MAX_VARIANTS_PER_CELL variants in one language and scenario."""
    counts = Counter((t.language.value, t.scenario.value, t.family) for t in tasks)
    return [
        f"family {family} has {n} variants in {language}/{scenario}; at most {MAX_VARIANTS_PER_CELL} allowed"
        for (language, scenario, family), n in sorted(counts.items())
        if n > MAX_VARIANTS_PER_CELL
    ]


def _minhash(text: str) -> MinHash:
    tokens = _TOKEN.findall(text.lower())
    shingles = {" ".join(tokens[i : i + 3]) for i in range(max(1, len(tokens) - 2))}
    sketch = MinHash(num_perm=64, seed=7)
    for shingle in shingles:
        sketch.update(shingle.encode("utf-8"))
    return sketch


def near_duplicates(
    tasks: list[TaskSpec], threshold: float = DUPLICATE_THRESHOLD
) -> list[tuple[str, str, float]]:
    """Pairs of tasks of different families whose prompt and reference are near-identical (MinHash).

    Variants of one family are near-identical by design and capped separately; a pair across
    families, or two tasks with the same content, is what makes a bank measure less than it seems.
    """
    pairs = []
    by_cell: dict[tuple[str, str], list[TaskSpec]] = defaultdict(list)
    for task in tasks:
        by_cell[(task.language.value, task.scenario.value)].append(task)
    for cell_tasks in by_cell.values():
        sketches = {t.id: _minhash(t.prompt + "\n" + t.private.reference_solution) for t in cell_tasks}
        family_of = {t.id: t.family for t in cell_tasks}
        index = MinHashLSH(threshold=threshold, num_perm=64)
        for task_id, sketch in sketches.items():
            for other in index.query(sketch):
                same_family = family_of[other] == family_of[task_id]
                score = sketch.jaccard(sketches[other])
                if (not same_family or score >= 0.999) and score >= threshold:
                    pairs.append((min(other, task_id), max(other, task_id), round(score, 3)))
            index.insert(task_id, sketch)
    return sorted(pairs)


@dataclass(frozen=True)
class Complexity:
    cyclomatic: int
    nloc: int
    tokens: int
    functions: int


def reference_complexity(task: TaskSpec) -> Complexity:
    """Lizard's measures of the reference solution (all seven languages are supported)."""
    info = lizard.analyze_file.analyze_source_code(
        generator(task.language).solution_file, task.private.reference_solution
    )
    functions = info.function_list
    return Complexity(
        cyclomatic=max((f.cyclomatic_complexity for f in functions), default=1),
        nloc=info.nloc,
        tokens=sum(f.token_count for f in functions),
        functions=len(functions),
    )


@dataclass
class ExecutionReport:
    problems: list[str] = field(default_factory=list)
    seconds_per_language: dict[str, float] = field(default_factory=dict)
    runs: int = 0


def execution_problems(sandbox: Sandbox, tasks: list[TaskSpec], repeats: int = 2) -> ExecutionReport:
    """Run each reference `repeats` times (must pass every time) and each mutant once (must be killed)."""
    report = ExecutionReport()
    by_language: dict[str, list[TaskSpec]] = defaultdict(list)
    for task in tasks:
        by_language[task.language.value].append(task)
    for language, group in sorted(by_language.items()):
        started = time.perf_counter()
        requests = []
        meaning: list[tuple[TaskSpec, str | None, int]] = []
        for task in group:
            tests = hidden_test_source(task)
            for attempt in range(repeats):
                requests.append(request_for(task.language, task.private.reference_solution, tests, task.id))
                meaning.append((task, None, attempt))
            for mutant in task.private.mutants:
                source = apply_mutants(task.private.reference_solution, [mutant])
                requests.append(request_for(task.language, source, tests, f"{task.id}:{mutant.id}"))
                meaning.append((task, mutant.id, 0))
        results = sandbox.run_many(requests)
        report.runs += len(results)
        outcomes: dict[str, list[bool]] = defaultdict(list)
        for (task, mutant_id, _), result in zip(meaning, results, strict=True):
            if mutant_id is None:
                expected = len(task.private.hidden_tests) or None
                outcomes[task.id].append(all_passed(result, expected))
            elif not killed(result):
                report.problems.append(
                    f"{task.id}: mutant {mutant_id} survives the hidden tests ({result.status}); "
                    "the tests have no teeth for it"
                )
        for task_id, passes in outcomes.items():
            if not any(passes):
                report.problems.append(f"{task_id}: the reference fails its hidden tests in the sandbox")
            elif not all(passes):
                report.problems.append(
                    f"{task_id}: the reference passed in some runs and failed in others (flaky)"
                )
        report.seconds_per_language[language] = round(time.perf_counter() - started, 2)
    return report
