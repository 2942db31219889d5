"""Building the bank from the families: deterministic task files under `taskbank/tasks/`.

The plan fills each (language, scenario, difficulty) cell with up to TARGET_PER_CELL tasks, taking
variants round-robin over the level's families and never more than MAX_VARIANTS of one family.
Each scenario draws its variants from its own seed range, so the reference shown in a testing
task is never the hidden reference of a code-generation task.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aibaas.sandbox import Sandbox
from aibaas.taskbank.bank import load_bank
from aibaas.taskbank.codegen import generator
from aibaas.taskbank.execution import generated_tests, hidden_test_source
from aibaas.taskbank.families import FAMILIES, Family, Variant
from aibaas.taskbank.files import load_task_file, task_files, task_path, task_to_json, with_version
from aibaas.taskbank.mutants import MutantCache, Unit, remember_choices, select_mutants
from aibaas.taskbank.mutation import apply_mutants
from aibaas.taskbank.prompts import scenario_prompt
from aibaas.taskbank.spec import Difficulty, Language, Mutant, PlantedDefect, Scenario, TaskSpec, canary_for

TARGET_PER_CELL = 50
SPARE_PER_CELL = 4  # planned beyond the target, to replace a variant no mutant is killed for
MAX_VARIANTS = 5
SEED_OFFSET = {Scenario.CODEGEN: 0, Scenario.TESTING: 1000, Scenario.REVIEW: 2000}
DEFECTS_PER_REVIEW = {Difficulty.EASY: 1, Difficulty.MEDIUM: 2, Difficulty.HARD: 2}
OPERATOR_EXPLANATIONS = {
    "comparison": "the comparison operator is wrong",
    "arithmetic": "the arithmetic operator is wrong",
    "boundary": "an off-by-one: the +1/-1 adjustment is missing",
    "logic": "the boolean connective is wrong",
    "constant": "the constant is wrong",
}


@dataclass(frozen=True)
class Slot:
    family: Family
    language: Language
    scenario: Scenario
    index: int

    @property
    def seed(self) -> int:
        return SEED_OFFSET[self.scenario] + self.index

    @property
    def task_id(self) -> str:
        return f"{self.language.value}-{self.scenario.value}-{self.family.name}-{self.index}"

    @property
    def unit_key(self) -> str:
        return unit_key(self.family.name, self.seed, self.language)


def unit_key(family: str, seed: int | None, language: Language) -> str:
    """What mutants are chosen for: one family variant in one language (shared by its scenarios)."""
    return f"{family}:{seed}:{language.value}"


@dataclass
class BuildReport:
    written: int = 0
    unchanged: int = 0
    retired: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    tasks: list[TaskSpec] = field(default_factory=list)


def plan_bank(
    families: Iterable[Family] = FAMILIES,
    languages: Iterable[Language] = Language,
    target: int = TARGET_PER_CELL,
    max_variants: int = MAX_VARIANTS,
) -> list[Slot]:
    """The slots of the bank, in a stable order."""
    family_list = list(families)
    slots = []
    for language in languages:
        for scenario in Scenario:
            for difficulty in Difficulty:
                level = [f for f in family_list if f.difficulty is difficulty and language in f.references]
                cell = [Slot(f, language, scenario, i) for i in range(max_variants) for f in level]
                slots += cell[:target]
    return slots


def _review_defects(mutants: list[Mutant], count: int) -> list[Mutant]:
    chosen: list[Mutant] = []
    for mutant in mutants:
        if len(chosen) < count and all(m.line != mutant.line for m in chosen):
            chosen.append(mutant)
    return chosen


def _defect(mutant: Mutant) -> PlantedDefect:
    return PlantedDefect(
        line=mutant.line,
        category=mutant.category,
        explanation=f"{OPERATOR_EXPLANATIONS[mutant.category.value]}: the line should read "
        f"`{mutant.original.strip()}`",
    )


def make_task(slot: Slot, variant: Variant, mutants: list[Mutant]) -> TaskSpec:
    """The task of one slot: its prompt, public part and private part, with its version."""
    language, scenario = slot.language, slot.scenario
    reference = variant.references[language]
    stub = generator(language).stub(variant.signature, variant.summary)
    shown: str | None = None
    defects: list[PlantedDefect] = []
    if scenario is Scenario.TESTING:
        shown = reference
    elif scenario is Scenario.REVIEW:
        planted = _review_defects(mutants, DEFECTS_PER_REVIEW[variant.difficulty])
        shown = apply_mutants(reference, planted)
        defects = [_defect(m) for m in planted]
    data: dict[str, Any] = {
        "id": slot.task_id,
        "family": variant.family,
        "language": language.value,
        "scenario": scenario.value,
        "difficulty": variant.difficulty.value,
        "title": variant.title,
        "tags": variant.tags,
        "prompt": scenario_prompt(
            scenario, language, variant.statement, variant.signature, stub, variant.examples, shown
        ),
        "public": {
            "signature": variant.signature.model_dump(),
            "stub": stub,
            "examples": [c.model_dump() for c in variant.examples],
            "code_under_review": shown if scenario is Scenario.REVIEW else None,
            "reference_for_testing": shown if scenario is Scenario.TESTING else None,
        },
        "private": {
            "hidden_tests": [c.model_dump() for c in variant.hidden],
            "reference_solution": reference,
            "mutants": [m.model_dump() for m in mutants],
            "planted_defects": [d.model_dump() for d in defects],
        },
        "canary": canary_for(slot.task_id),
        "provenance": {"source": "generated", "generator": variant.family, "seed": variant.seed},
    }
    return with_version(data)


def generate_tasks(
    sandbox: Sandbox, slots: list[Slot], cache: MutantCache, earlier: Iterable[TaskSpec] = ()
) -> list[TaskSpec]:
    """Every slot's task (review slots only with a killed mutant); mutants are chosen in the sandbox.

    `earlier` tasks (the files already in the bank) stand in for sandbox runs: a unit whose
    reference and tests they were written for keeps their choice without running again.
    """
    variants = {(s.family.name, s.seed): s.family.variant(s.seed) for s in slots}
    units: dict[str, Unit] = {}
    for slot in slots:
        variant = variants[(slot.family.name, slot.seed)]
        units.setdefault(
            slot.unit_key,
            Unit(
                key=slot.unit_key,
                language=slot.language,
                reference=variant.references[slot.language],
                tests=generated_tests(slot.language, variant.signature, variant.hidden),
                test_count=len(variant.hidden),
            ),
        )
    remember_choices(cache, list(units.values()), _earlier_choices(earlier, units))
    mutants = select_mutants(sandbox, list(units.values()), cache)
    # a review task without a killed mutant has no defect to plant: the slot is left to a spare
    return [
        make_task(s, variants[(s.family.name, s.seed)], mutants[s.unit_key])
        for s in slots
        if mutants[s.unit_key] or s.scenario is not Scenario.REVIEW
    ]


def _earlier_choices(earlier: Iterable[TaskSpec], units: dict[str, Unit]) -> dict[str, list[Mutant]]:
    """Per unit, the mutants of an existing task written for exactly the unit's reference and tests."""
    chosen = {}
    for task in earlier:
        unit = units.get(unit_key(task.family, task.provenance.seed, task.language))
        if unit is None or task.private.reference_solution != unit.reference:
            continue
        # compared only now: generating a task's test file is the costlier check
        if hidden_test_source(task) == unit.tests:
            chosen[unit.key] = task.private.mutants
    return chosen


def write_bank(root: Path, tasks: list[TaskSpec], languages: Iterable[Language] = Language) -> BuildReport:
    """Write task files; a changed task's previous version goes to `history/`, a dropped one to `retired/`.

    Only tasks of `languages` are retired: building one language leaves the others' files alone.
    """
    report = BuildReport(tasks=tasks)
    scope = {language.value for language in languages}
    keep = {task_path(root, t) for t in tasks}
    for task in tasks:
        path = task_path(root, task)
        text = task_to_json(task)
        if path.is_file():
            if path.read_text(encoding="utf-8") == text:
                report.unchanged += 1
                continue
            _archive(root / "history", path)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        report.written += 1
    for path in list(task_files(root)):
        if path not in keep and path.parent.parent.name in scope:
            _archive(root / "retired", path)
            path.unlink()
            report.retired.append(path.stem)
    return report


def _archive(folder: Path, path: Path) -> None:
    old = load_task_file(path)
    target = folder / old.id / f"{old.version}.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(path, target)


def build_bank(
    root: Path,
    sandbox: Sandbox,
    cache_path: Path | None,
    languages: Iterable[Language] = Language,
    families: Iterable[Family] = FAMILIES,
) -> BuildReport:
    """Plan, generate and write the bank under `root`.

    Args:
        root: the task-bank folder (`taskbank/`).
        sandbox: where references and candidate mutants run.
        cache_path: a JSON file remembering mutant outcomes between builds (None: no cache).
        languages: the languages to build.
        families: the families to build from.
    """
    languages = list(languages)
    slots = plan_bank(families, languages, TARGET_PER_CELL + SPARE_PER_CELL)
    earlier = [t for t in load_bank(root).tasks if t.language in languages]
    tasks = generate_tasks(sandbox, slots, MutantCache(cache_path), earlier)
    kept, too_weak = fill_cells(tasks, TARGET_PER_CELL)
    report = write_bank(root, kept, languages)
    report.problems += [
        f"{task_id}: no mutant is killed by the hidden tests; a spare variant took its place"
        for task_id in too_weak
    ]
    return report


def fill_cells(tasks: list[TaskSpec], target: int) -> tuple[list[TaskSpec], list[str]]:
    """Per cell, the first `target` tasks that have a killed mutant; the ids passed over for lacking one."""
    taken: dict[tuple[str, str, str], int] = {}
    kept: list[TaskSpec] = []
    too_weak: list[str] = []
    for task in tasks:
        cell = (task.language.value, task.scenario.value, task.difficulty.value)
        if taken.get(cell, 0) >= target:
            continue
        if not task.private.mutants:
            too_weak.append(task.id)
            continue
        taken[cell] = taken.get(cell, 0) + 1
        kept.append(task)
    return kept, too_weak
