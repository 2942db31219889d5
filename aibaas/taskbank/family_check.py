"""Checking a family before it joins the bank: what a maintainer runs while writing one.

Static problems (edge-case kinds, determinism, declared types, names that shadow a reference's
own identifiers) need no execution; the sandbox part runs one variant's reference, stub and the
build's candidate mutants in every language the family implements.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from aibaas.sandbox import Sandbox, Status
from aibaas.taskbank.batching import SourceRun, Verdict, run_sources, verdict_of
from aibaas.taskbank.codegen import generator
from aibaas.taskbank.execution import hidden_test_source, request_for
from aibaas.taskbank.families.base import Family
from aibaas.taskbank.mutants import CANDIDATES_TRIED
from aibaas.taskbank.mutation import apply_mutants, candidate_mutants
from aibaas.taskbank.qa import source_complexity
from aibaas.taskbank.spec import Language, Scenario, TaskSpec

MIN_HIDDEN_TESTS = 10
MIN_KILLED_MUTANTS = 2
NAME_SEEDS = 200
# identifiers a template declares or uses, but not members (`.size()`) nor placeholders
_IDENTIFIER = re.compile(r"(?<![.\w])[A-Za-z_]\w*")
_PLACEHOLDER = re.compile(r"\{\{[a-z_0-9]+\}\}")


def static_problems(fam: Family) -> list[str]:
    """Problems visible without running anything, one sentence each."""
    problems: list[str] = []
    variant = fam.variant(0)
    kinds = {tag for case in variant.hidden for tag in case.tags}
    missing = sorted({"empty", "boundary", "large"} - kinds)
    if missing:
        problems.append(f"{fam.name}: the hidden tests have no {', '.join(missing)} case")
    holds_text = any("str" in p.type for p in variant.signature.params)
    if holds_text != ("unicode" in kinds):
        problems.append(
            f"{fam.name}: a unicode case is needed exactly when a parameter holds text "
            f"(text parameter: {holds_text}, unicode case: {'unicode' in kinds})"
        )
    if len(variant.examples) != 2 or len(variant.hidden) < MIN_HIDDEN_TESTS:
        problems.append(
            f"{fam.name}: needs 2 untagged example cases and at least {MIN_HIDDEN_TESTS} hidden tests "
            f"(has {len(variant.examples)} and {len(variant.hidden)})"
        )
    if fam.variant(7) != fam.variant(7):
        problems.append(f"{fam.name}: variant(7) differs between two calls; draw only from the given rng")
    references = {fam.variant(seed).references[Language.PYTHON] for seed in range(5)}
    statements = {fam.variant(seed).statement for seed in range(5)}
    if len(references) < 3 or len(statements) < 3:
        problems.append(
            f"{fam.name}: seeds 0-4 give {len(references)} distinct references and {len(statements)} "
            "distinct statements; at least 3 of each are needed"
        )
    problems += [
        f"{fam.name}: hidden case{p}"
        for i, case in enumerate(fam.variant(1).hidden)
        for p in case.problems(fam.variant(1).signature, f"[{i}]")
    ]
    problems += _shadowing_problems(fam)
    problems += [
        f"{fam.name}: lizard finds no function in the {language.value} reference, so QA cannot measure "
        "its complexity; rewrite the construct it trips on (Ruby: a modifier `if` inside `{ |x| ... }`)"
        for language, source in variant.references.items()
        if source_complexity(language, source).functions == 0
    ]
    return problems


def _shadowing_problems(fam: Family) -> list[str]:
    # a parameter named like a local variable (`total` in a loop) shadows it in some languages
    chosen: set[str] = set()
    for seed in range(NAME_SEEDS):
        params = fam.choose(random.Random(f"{fam.name}:{seed}"))  # noqa: S311 - as variant() draws
        chosen |= {params["fn"], *params["params"].values()}
    problems = []
    for language, template in fam.references.items():
        gen = generator(language)
        used = set(_IDENTIFIER.findall(_PLACEHOLDER.sub(" ", template)))
        spelled = {gen.param_name(n) for n in chosen} | {gen.function_name(n) for n in chosen}
        clash = sorted(used & spelled)
        if clash:
            problems.append(f"{fam.name}: {language.value} reference uses {clash}, which a seed also names")
    return problems


@dataclass
class LanguageOutcome:
    language: Language
    reference_ok: bool
    stub_fails: bool
    mutants_tried: int
    mutants_killed: int
    detail: str = ""


@dataclass
class FamilyReport:
    family: str
    problems: list[str] = field(default_factory=list)
    outcomes: list[LanguageOutcome] = field(default_factory=list)


def check_family(sandbox: Sandbox, fam: Family, index: int = 3) -> FamilyReport:
    """Static problems, then one variant's reference, stub and candidate mutants in the sandbox."""
    from aibaas.taskbank.build import Slot, make_task

    report = FamilyReport(fam.name, static_problems(fam))
    planned = []
    for language in fam.languages():
        slot = Slot(fam, language, Scenario.CODEGEN, index)
        task = make_task(slot, fam.variant(slot.seed), [])
        reference = task.private.reference_solution
        candidates = candidate_mutants(reference)
        random.Random(slot.unit_key).shuffle(candidates)  # noqa: S311 - the build's stable order
        sources = [reference, task.public.stub] + [
            apply_mutants(reference, [m]) for m in candidates[:CANDIDATES_TRIED]
        ]
        planned.append((task, sources))
    # one batch for every language, so the sandbox pool runs them in parallel
    runs = [
        SourceRun(t.language, s, hidden_test_source(t), len(t.private.hidden_tests), t.id)
        for t, sources in planned
        for s in sources
    ]
    results = iter(run_sources(sandbox, runs))
    for task, sources in planned:
        ref, stub, *mutants = [next(results) for _ in sources]
        if not ref.all_passed():
            # a batch verdict says only that it failed; the author needs the runner's own words
            alone = request_for(task.language, sources[0], hidden_test_source(task), task.id)
            ref = verdict_of(sandbox.run_many([alone])[0])
        report.outcomes.append(_outcome(report, task, ref, stub, mutants))
    return report


def _outcome(
    report: FamilyReport,
    task: TaskSpec,
    ref: Verdict,
    stub: Verdict,
    mutants: list[Verdict],
) -> LanguageOutcome:
    outcome = LanguageOutcome(
        language=task.language,
        reference_ok=ref.all_passed(len(task.private.hidden_tests)),
        stub_fails=stub.status is Status.TEST_FAILURE,
        mutants_tried=len(mutants),
        mutants_killed=sum(m.killed() for m in mutants),
    )
    if not outcome.reference_ok:
        outcome.detail = f"{ref.status}, {ref.failed} tests failed: {ref.detail}"
        report.problems.append(f"{task.id}: the reference fails its hidden tests ({ref.status})")
    if not outcome.stub_fails:
        report.problems.append(f"{task.id}: the stub does not fail the tests ({stub.status})")
    if outcome.reference_ok and outcome.mutants_killed < MIN_KILLED_MUTANTS:
        report.problems.append(
            f"{task.id}: only {outcome.mutants_killed} of {outcome.mutants_tried} candidate mutants are "
            "killed; write operators with spaces around them and test the boundaries they decide"
        )
    return outcome
