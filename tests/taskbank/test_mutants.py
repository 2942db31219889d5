"""Choosing mutants is hours of sandbox runs on a full bank: a build that stops keeps what it ran."""

import dataclasses
import json
from pathlib import Path

import pytest

from aibaas.config import Settings
from aibaas.sandbox import open_sandbox
from aibaas.taskbank import mutants
from aibaas.taskbank.batching import SourceRun, run_sources
from aibaas.taskbank.execution import generated_tests
from aibaas.taskbank.families import family
from aibaas.taskbank.mutants import MutantCache, ReferenceFailedError, Unit, select_mutants
from aibaas.taskbank.mutation import apply_mutants
from aibaas.taskbank.spec import DefectCategory, Language, Mutant


def _unit() -> Unit:
    variant = family("run-length-encode").variant(0)
    return Unit(
        key="rle/python",
        language=Language.PYTHON,
        reference=variant.references[Language.PYTHON],
        tests=generated_tests(Language.PYTHON, variant.signature, variant.hidden),
        test_count=len(variant.hidden),
    )


def test_a_build_stopped_by_a_failure_keeps_every_outcome_it_already_ran(
    settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(mutants, "SAVE_EVERY", 2)
    good = _unit()
    bad = dataclasses.replace(good, key="broken/python", reference="def nothing():\n    return None\n")
    path = tmp_path / "mutant-cache.json"
    with open_sandbox(settings) as sandbox, pytest.raises(ReferenceFailedError, match="broken/python"):
        select_mutants(sandbox, [good, bad], MutantCache(path))

    saved = json.loads(path.read_text(encoding="utf-8"))
    # the first round: the reference and as many candidates as mutants are kept
    shuffled = mutants._shuffled(good)[: mutants.MUTANTS_KEPT]
    sources = [good.reference] + [apply_mutants(good.reference, [m]) for m in shuffled]
    keys = [MutantCache.key(good.language, source, good.tests) for source in sources]
    assert all(key in saved for key in keys)
    assert saved[keys[0]] is False  # the reference passes: it is no killed mutant
    assert any(saved[key] for key in keys[1:])  # the tests kill some candidates
    assert not list(tmp_path.glob("*.partial"))


def test_lazy_rounds_choose_what_running_every_candidate_would(settings: Settings, tmp_path: Path) -> None:
    unit = _unit()
    with open_sandbox(settings) as sandbox:
        chosen = select_mutants(sandbox, [unit], MutantCache(tmp_path / "lazy.json"))[unit.key]
        every = [apply_mutants(unit.reference, [m]) for m in mutants._shuffled(unit)]
        killed = [
            r.killed()
            for r in run_sources(sandbox, [SourceRun(unit.language, s, unit.tests, 1) for s in every])
        ]
    expected = [m for m, k in zip(mutants._shuffled(unit), killed, strict=True) if k][: mutants.MUTANTS_KEPT]
    assert chosen == sorted(expected, key=lambda m: (m.line, m.id))
    ran = json.loads((tmp_path / "lazy.json").read_text(encoding="utf-8"))
    assert len(ran) < 1 + len(every)  # the reference and fewer candidates than all of them


def test_a_fresh_machine_rebuilding_committed_tasks_runs_nothing_again(
    settings: Settings, tmp_path: Path
) -> None:
    unit = _unit()
    built = MutantCache(tmp_path / "built.json")
    with open_sandbox(settings) as sandbox:
        chosen = select_mutants(sandbox, [unit], built)[unit.key]
        fresh = MutantCache(None)  # what a new checkout has: the task files, no cache
        assert mutants.remember_choices(fresh, [unit], {unit.key: chosen}) == 1
        implied = dict(fresh.known)
        assert select_mutants(sandbox, [unit], fresh)[unit.key] == chosen
    assert fresh.known == implied  # the same choice, and not one run added
    assert all(built.known[key] == killed for key, killed in implied.items() if key in built.known)
    assert mutants.remember_choices(MutantCache(None), [unit], {unit.key: [*chosen[:-1], _foreign()]}) == 0


def _foreign() -> Mutant:
    return Mutant(
        id="gone", operator="none", category=DefectCategory.LOGIC, line=1, original="a", replacement="b"
    )
