"""The bank's plan: full cells, spare variants standing in for tasks no mutant is killed for."""

from __future__ import annotations

from aibaas.taskbank.build import fill_cells, plan_bank
from aibaas.taskbank.families import FAMILIES
from aibaas.taskbank.files import with_version
from aibaas.taskbank.spec import Difficulty, Language, Mutant, Scenario
from tests.taskbank.conftest import codegen_task

MUTANT = Mutant(
    id="m2-lt-to-le-4",
    operator="lt-to-le",
    category="comparison",
    line=2,
    original="a < b",
    replacement="a <= b",
)


def test_the_plan_fills_every_cell_without_more_than_five_variants_of_a_family() -> None:
    slots = plan_bank(FAMILIES, [Language.PYTHON])
    cells = {(s.scenario, s.family.difficulty) for s in slots}
    assert cells == {(scenario, level) for scenario in Scenario for level in Difficulty}
    for scenario, level in cells:
        cell = [s for s in slots if (s.scenario, s.family.difficulty) == (scenario, level)]
        assert len(cell) == 50
        assert max(sum(s.family is f for s in cell) for f in FAMILIES) <= 5


def test_a_task_without_a_killed_mutant_gives_its_place_to_the_next_variant() -> None:
    def task(index: int, mutants: list[Mutant]):
        base = codegen_task(Language.PYTHON, index).model_dump(mode="json")
        base["private"]["mutants"] = [m.model_dump(mode="json") for m in mutants]
        return with_version(base)

    planned = [task(0, [MUTANT]), task(1, []), task(2, [MUTANT]), task(3, [MUTANT])]
    kept, too_weak = fill_cells(planned, target=2)
    assert [t.id for t in kept] == [planned[0].id, planned[2].id]
    assert too_weak == [planned[1].id]
