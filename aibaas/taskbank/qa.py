"""Quality assurance of the bank as pure functions: each returns problems, one sentence each.

Static checks (leaks, edge cases, variant caps, near-duplicates, complexity) need no execution;
`execution_problems` runs references and mutants in the sandbox.
"""

from __future__ import annotations

import json
import random
import re
import subprocess
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import lizard
from datasketch import MinHash, MinHashLSH

from aibaas.errors import AibaasError
from aibaas.sandbox import Sandbox
from aibaas.scoring.quality import RUFF_BIN, RUFF_RULES
from aibaas.taskbank.batching import SourceRun, run_sources
from aibaas.taskbank.codegen import generator
from aibaas.taskbank.execution import hidden_test_source
from aibaas.taskbank.mutation import apply_mutants
from aibaas.taskbank.spec import CANARY_RE, Language, Scenario, TaskSpec

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


def cap_problem(cell: tuple[str, str, str], count: int) -> str | None:
    """The problem with a (language, scenario, family) cell holding `count` variants, if any."""
    language, scenario, family = cell
    if count <= MAX_VARIANTS_PER_CELL:
        return None
    return (
        f"family {family} has {count} variants in {language}/{scenario}; "
        f"at most {MAX_VARIANTS_PER_CELL} allowed"
    )


def variant_counts(tasks: list[TaskSpec]) -> Counter[tuple[str, str, str]]:
    return Counter((t.language.value, t.scenario.value, t.family) for t in tasks)


def variant_cap_problems(tasks: list[TaskSpec]) -> list[str]:
    """Families with more than MAX_VARIANTS_PER_CELL variants in one language and scenario."""
    found = (cap_problem(cell, n) for cell, n in sorted(variant_counts(tasks).items()))
    return [problem for problem in found if problem]


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
    return source_complexity(task.language, task.private.reference_solution)


def source_complexity(language: Language, source: str) -> Complexity:
    """Lizard's measures of one solution file; `functions` is 0 where lizard cannot parse it."""
    info = lizard.analyze_file.analyze_source_code(generator(language).solution_file, source)
    functions = info.function_list
    return Complexity(
        cyclomatic=max((f.cyclomatic_complexity for f in functions), default=1),
        nloc=info.nloc,
        tokens=sum(f.token_count for f in functions),
        functions=len(functions),
    )


@dataclass
class TaskOutcome:
    """How one task fared in the sandbox: its reference runs and the mutants that survived."""

    reference_passes: list[bool] = field(default_factory=list)
    mutants_run: int = 0
    survivors: list[str] = field(default_factory=list)


@dataclass
class ExecutionReport:
    problems: list[str] = field(default_factory=list)
    seconds_per_language: dict[str, float] = field(default_factory=dict)
    runs: int = 0
    outcomes: dict[str, TaskOutcome] = field(default_factory=dict)


def execution_problems(
    sandbox: Sandbox, tasks: list[TaskSpec], repeats: int = 2, batch_size: int | None = None
) -> ExecutionReport:
    """Run each reference `repeats` times (must pass every time) and each mutant once (must be killed)."""
    report = ExecutionReport()
    by_language: dict[str, list[TaskSpec]] = defaultdict(list)
    for task in tasks:
        by_language[task.language.value].append(task)
    for language, group in sorted(by_language.items()):
        started = time.perf_counter()
        runs: list[SourceRun] = []
        meaning: list[tuple[TaskSpec, str | None]] = []
        for task in group:
            tests = hidden_test_source(task)
            count = len(task.private.hidden_tests)
            reference = task.private.reference_solution
            for _ in range(repeats):
                runs.append(SourceRun(task.language, reference, tests, count, task.id))
                meaning.append((task, None))
            for mutant in task.private.mutants:
                source = apply_mutants(reference, [mutant])
                runs.append(SourceRun(task.language, source, tests, count, f"{task.id}:{mutant.id}"))
                meaning.append((task, mutant.id))
        verdicts = run_sources(sandbox, runs, batch_size)
        report.runs += len(verdicts)
        for (task, mutant_id), verdict in zip(meaning, verdicts, strict=True):
            outcome = report.outcomes.setdefault(task.id, TaskOutcome())
            if mutant_id is None:
                outcome.reference_passes.append(verdict.all_passed(len(task.private.hidden_tests) or None))
                continue
            outcome.mutants_run += 1
            if not verdict.killed():
                outcome.survivors.append(mutant_id)
                report.problems.append(
                    f"{task.id}: mutant {mutant_id} survives the hidden tests ({verdict.status}); "
                    "the tests have no teeth for it"
                )
        for task in group:
            report.problems.extend(reference_problems(task.id, report.outcomes[task.id].reference_passes))
        report.seconds_per_language[language] = round(time.perf_counter() - started, 2)
    return report


def reference_problems(task_id: str, passes: list[bool]) -> list[str]:
    """A reference must pass in every run: failing always is a wrong task, sometimes a flaky one."""
    if not any(passes):
        return [f"{task_id}: the reference fails its hidden tests in the sandbox"]
    if not all(passes):
        return [f"{task_id}: the reference passed in some runs and failed in others (flaky)"]
    return []


def stratified_sample(tasks: list[TaskSpec], size: int, seed: int = 0) -> list[TaskSpec]:
    """A deterministic sample with every (language, scenario, difficulty) present at least once.

    Strata are drawn round-robin, each in a seeded shuffled order, until `size` tasks are taken;
    a size below the number of strata is raised to it. `size` 0 means the whole bank.
    """
    if size == 0 or size >= len(tasks):
        return sorted(tasks, key=lambda t: t.id)
    strata: dict[tuple[str, str, str], list[TaskSpec]] = defaultdict(list)
    for task in sorted(tasks, key=lambda t: t.id):
        strata[(task.language.value, task.scenario.value, task.difficulty.value)].append(task)
    for key, members in strata.items():
        random.Random(f"{seed}:{':'.join(key)}").shuffle(members)  # noqa: S311 - sampling, not secrecy
    target = max(size, len(strata))
    picked: list[TaskSpec] = []
    for depth in range(max(len(members) for members in strata.values())):
        for key in sorted(strata):
            if depth < len(strata[key]) and len(picked) < target:
                picked.append(strata[key][depth])
    return sorted(picked, key=lambda t: t.id)


def reference_lint(tasks: list[TaskSpec]) -> dict[str, list[str]]:
    """Ruff's findings on every Python reference (one ruff process for all); other languages: none.

    Returns:
        task id -> findings as `line: CODE message`, for tasks with findings.
    """
    python = [t for t in tasks if t.language is Language.PYTHON]
    if not python:
        return {}
    with tempfile.TemporaryDirectory(prefix="aibaas-lint-") as folder:
        for task in python:
            (Path(folder) / f"{task.id}.py").write_text(task.private.reference_solution, encoding="utf-8")
        completed = subprocess.run(
            [str(RUFF_BIN), "check", "--isolated", "--select", RUFF_RULES, "--output-format", "json", folder],
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
    if completed.returncode not in (0, 1):
        raise AibaasError(
            f"ruff failed on the Python references ({RUFF_BIN}): {completed.stderr.strip()[:300]}"
        )
    found: dict[str, list[str]] = defaultdict(list)
    for item in json.loads(completed.stdout or "[]"):
        found[Path(item["filename"]).stem].append(
            f"line {item['location']['row']}: {item['code']} {item['message']}"
        )
    return dict(found)
